"""Benchmark: a synthetic national set, import time, and growth with team size.

``PYTHONPATH=src python bench/national.py`` prints Markdown tables (the ones in
``docs/performance.md``):

* **National set.**  Every region in force on 2025-01-01 (38 provinces and 514
  kabupaten/kota) gets one dossier with five years of records (2021-2025): a
  team of 40 (five leaders and 35 members), a secretariat, six meetings and an
  annual agenda a year, an RPKD, and a RAT and an implementation report a year.
  Timed: building the documents (not part of the target), loading them from
  JSON text and from dicts, checking each dossier at the end of every one of
  the five years (2,760 checks), and rendering the reports of the last year in
  every format.  YAML is timed on a sample and scaled up.
* **Import time**, each in a fresh interpreter (median of several runs).
* **Growth**: one team of 10 to 100,000 members, loaded and checked.

Options: ``--quick`` (fewer repetitions, for a smoke run), ``--yaml-sample N``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from tkpk_rules import judge, regions  # noqa: E402
from tkpk_rules.io import load, loads  # noqa: E402
from tkpk_rules.io.limits import Limits  # noqa: E402
from tkpk_rules.model import Dossier, Level  # noqa: E402

YEARS = (2021, 2022, 2023, 2024, 2025)
TARGET_LOAD_AND_CHECK = 2.0  # seconds, on a 2-core machine
TARGET_IMPORT = 0.150  # seconds

# --------------------------------------------------------------------------
# The synthetic national set
# --------------------------------------------------------------------------

#: The head and deputy head of each level are the judge's; DKI's administrative areas
#: take those of a kabupaten and a kota (every rule is not applicable to them anyway).
_LIKE = {
    Level.KABUPATEN_ADMINISTRASI: Level.KABUPATEN,
    Level.KOTA_ADMINISTRASI: Level.KOTA,
}
_WORDS = {Level.PROVINSI: "Provinsi", Level.KABUPATEN: "Kabupaten", Level.KOTA: "Kota"}


def _heads(level: Level) -> tuple[str, str, str]:
    like = _LIKE.get(level, level)
    return judge.HEAD[like].value, judge.DEPUTY_HEAD[like].value, _WORDS[like]


_AGENCIES = (
    "Dinas Sosial",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Pekerjaan Umum",
    "Dinas Perumahan Rakyat",
    "Dinas Ketenagakerjaan",
    "Dinas Koperasi dan UKM",
    "Dinas Pertanian",
    "Dinas Kelautan dan Perikanan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas Perindustrian dan Perdagangan",
    "Dinas Komunikasi dan Informatika",
    "Badan Pengelola Keuangan Daerah",
    "Inspektorat",
    "Dinas Pengendalian Penduduk dan KB",
    "Dinas Ketahanan Pangan",
    "Dinas Lingkungan Hidup",
    "Dinas Perhubungan",
    "Dinas Pariwisata",
)

_OTHERS = (
    ("pimpinan_instansi_vertikal", "instansi_vertikal", None, "BPS"),
    ("pimpinan_instansi_vertikal", "instansi_vertikal", None, "Kantor Kementerian Agama"),
    ("lainnya", "pkk", None, "Tim Penggerak PKK"),
    ("lainnya", "perguruan_tinggi", "pemangku_kepentingan_lainnya", "Universitas Negeri"),
    ("lainnya", "swasta", "dunia_usaha", "Forum CSR"),
    ("lainnya", "bumd", None, "Bank Pembangunan Daerah"),
    ("lainnya", "lsm", "masyarakat", "Lembaga Swadaya Masyarakat"),
    ("lainnya", "tokoh_masyarakat", "masyarakat", "Tokoh masyarakat"),
    ("lainnya", "organisasi_keagamaan", "masyarakat", "Organisasi keagamaan"),
    ("lainnya", "media", None, "Media lokal"),
    ("lainnya", "bumn", "dunia_usaha", "BUMN"),
    ("lainnya", "pemerintah_desa", None, "Asosiasi Pemerintah Desa"),
    ("lainnya", "swasta", "dunia_usaha", "Kamar Dagang dan Industri"),
    ("lainnya", "lsm", "masyarakat", "Forum Anak"),
    ("lainnya", "perguruan_tinggi", "pemangku_kepentingan_lainnya", "Politeknik"),
)


def _leader(kind: str, title: str, who: str) -> dict[str, Any]:
    return {
        "nama": who,
        "jabatan": {"jenis": kind, "sebutan": title, "status": "definitif"},
        "unsur": "pemerintah_daerah",
    }


def _members(place: str, count: int) -> list[dict[str, Any]]:
    members: list[dict[str, Any]] = []
    for i in range(count):
        if i % 7 < 4:
            agency = _AGENCIES[i % len(_AGENCIES)]
            members.append(
                {
                    "nama": f"Anggota {i + 1}",
                    "jabatan": {
                        "jenis": "kepala_perangkat_daerah",
                        "instansi": f"{agency} {place}",
                        "status": "plt" if i % 13 == 0 else "definitif",
                    },
                    "unsur": "pemerintah_daerah",
                }
            )
        else:
            kind, category, element, body = _OTHERS[i % len(_OTHERS)]
            member: dict[str, Any] = {
                "nama": f"Anggota {i + 1}",
                "jabatan": {"jenis": kind},
                "kategori": category,
                "organisasi": f"{body} {place}",
            }
            if element:
                member["unsur"] = element
            members.append(member)
    return members


def national_document(region: regions.Region, members: int = 35) -> dict[str, Any]:
    """One region's dossier with five years of records, as a plain document."""
    head, deputy, word = _heads(region.tingkat)
    place = region.nama
    issuer = head
    formed = dt.date(2021, 3, 15)
    decree = {
        "jenis": "keputusan",
        "penerbit": issuer,
        "nomor": f"400.9/{region.kode}/2021",
        "tanggal": formed.isoformat(),
        "judul": f"Pembentukan Tim Koordinasi Penanggulangan Kemiskinan {place}",
        "penandatangan": {"nama": "Kepala Daerah", "jabatan": {"jenis": head}},
        "dasar_hukum": ["Permendagri Nomor 53 Tahun 2020"],
    }
    team = {
        "nama": f"TKPK {place}",
        "pembentukan": decree,
        "masa_kerja": {"mulai": formed.isoformat(), "selesai": None},
        "penanggung_jawab": _leader(head, f"{head.replace('_', ' ').title()} {place}", "Kepala"),
        "ketua": _leader(deputy, f"Wakil {place}", "Wakil Kepala"),
        "wakil_ketua": _leader("sekretaris_daerah", "Sekretaris Daerah", "Sekda"),
        "sekretaris": _leader("kepala_perencanaan", f"Kepala Bappeda {place}", "Kepala Bappeda"),
        "wakil_sekretaris": _leader(
            "kepala_pemberdayaan_masyarakat", f"Kepala DPMD {place}", "Kepala DPMD"
        ),
        "anggota": _members(place, members),
        "kelompok_kerja": [
            {"nama": f"Pokja {name}", "bidang": name}
            for name in ("Data", "Pengaduan", "Pengembangan Kemitraan")
        ],
    }
    secretariat = {
        "pembentukan": {**decree, "nomor": f"400.9/{region.kode}/2021/S"},
        "kepala": {"nama": "Kepala Bidang", "jabatan": {"jenis": "pejabat_perangkat_daerah"}},
        "kedudukan": f"Bappeda {place}",
        "anggota": _members(place, 4),
    }
    meetings: list[dict[str, Any]] = []
    agendas: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = [
        {
            "jenis": "rpkd",
            "periode": {"mulai": 2021, "selesai": 2026},
            "status": "ditetapkan",
            "ditetapkan": "2021-09-01",
            "disusun_bersama_rpjmd": True,
        }
    ]
    topics = ("rpkd", "rat", "laporan_pelaksanaan", "rat", "lainnya", "laporan_pelaksanaan")
    for year in YEARS:
        for n, month in enumerate((2, 4, 6, 8, 10, 12)):
            meetings.append(
                {
                    "tanggal": f"{year}-{month:02d}-15",
                    "jenis": "rapat_koordinasi",
                    "status": "terlaksana",
                    "judul": f"Rapat koordinasi {n + 1} {year}",
                    "pembahasan": [topics[n]],
                    "dipimpin_oleh": {"nama": "Wakil Kepala", "jabatan": {"jenis": deputy}},
                    "peserta": [f"{a} {place}" for a in _AGENCIES[:5]],
                }
            )
        agendas.append(
            {
                "tahun": year,
                "ditetapkan": f"{year}-01-20",
                "kegiatan": [
                    {"kegiatan": "rapat_koordinasi", "mulai": f"{year}-{m:02d}-01"}
                    for m in (2, 4, 6, 8, 10, 12)
                ],
            }
        )
        documents.append(
            {"jenis": "rat", "tahun": year, "status": "ditetapkan", "ditetapkan": f"{year}-01-31"}
        )
        documents.append(
            {
                "jenis": "laporan_pelaksanaan",
                "tahun": year,
                "status": "ditetapkan",
                "ditetapkan": f"{year + 1}-02-28",
            }
        )
    return {
        "format": "tkpk-rules/1",
        "wilayah": {"kode": region.kode, "nama": f"{word} {region.nama}"},
        "tim": team,
        "sekretariat": secretariat,
        "agenda_kerja": agendas,
        "rapat_koordinasi": meetings,
        "dokumen": documents,
        "sumber": [f"SK TKPK {region.kode}"],
    }


# --------------------------------------------------------------------------
# Timing helpers
# --------------------------------------------------------------------------


#: The clock ``best_of`` reads: wall time, or this process's CPU time (``--clock cpu``),
#: which other load on a shared machine disturbs far less.
CLOCK: Callable[[], float] = time.perf_counter


def reset_caches() -> None:
    """Forget what the library remembers between calls (input hashes, messages, suggestions).

    Called before every timed run, so that no repetition profits from an earlier one:
    a dossier checked at five dates is still hashed once within a run, as in real use.
    """
    try:
        from tkpk_rules import engine, rules
        from tkpk_rules.io import converter
        from tkpk_rules.report import _canonical
    except ImportError:
        return
    cached = (
        (engine, "_cached_message"),
        (engine, "_has_message"),
        (rules, "_rulebook_hash_of_all"),
        (rules, "_cached_rulebook_hash"),
        (converter, "_close_matches"),
    )
    for module, name in cached:
        function = getattr(module, name, None)
        if function is not None:  # absent before the caches came
            function.cache_clear()
    for module, name in ((engine, "_BASES"), (_canonical, "_MEMO")):
        getattr(module, name, {}).clear()


def best_of(
    repeat: int, work: Callable[[], object], clock: Callable[[], float] | None = None
) -> float:
    """The fastest of ``repeat`` runs, in seconds (caches reset, garbage collected between)."""
    read = clock or CLOCK
    times = []
    for _ in range(repeat):
        reset_caches()
        gc.collect()
        started = read()
        work()
        times.append(read() - started)
    return min(times)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return (
        f"{os.cpu_count()} cores (`nproc`), {cpu}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.machine()}"
    )


def _engine() -> Any:
    try:
        from tkpk_rules import engine
    except ImportError:  # the engine is another issue's: the benchmark still loads
        return None
    return engine


# --------------------------------------------------------------------------
# The three benchmarks
# --------------------------------------------------------------------------


def national(repeat: int, yaml_sample: int) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    on = dt.date(2025, 1, 1)
    places = regions.all_regions(on=on)
    provinces = sum(1 for r in places if r.tingkat is Level.PROVINSI)
    documents = [national_document(r) for r in places]
    texts = [json.dumps(d, ensure_ascii=False) for d in documents]
    built = time.perf_counter() - started
    size = sum(len(t.encode()) for t in texts)
    rows.append(
        (
            "build the set (not timed against the target)",
            f"{built:.2f} s",
            f"{len(places)} dossiers ({provinces} provinces, {len(places) - provinces} "
            f"kab/kota), {size / 1e6:.1f} MB of JSON",
        )
    )

    dossiers: list[Dossier] = []

    def load_json() -> None:
        dossiers[:] = [loads(t) for t in texts]

    t_json = best_of(repeat, load_json)
    rows.append(
        ("load from JSON text", f"{t_json:.3f} s", f"{t_json / len(texts) * 1e3:.2f} ms each")
    )
    t_dict = best_of(repeat, lambda: [load(d) for d in documents])
    rows.append(("load from dicts", f"{t_dict:.3f} s", f"{t_dict / len(texts) * 1e3:.2f} ms each"))

    from tkpk_rules.io._yaml import dump_yaml

    sample = [dump_yaml(d) for d in documents[:yaml_sample]]
    t_yaml = best_of(1, lambda: [loads(t) for t in sample]) / len(sample) * len(documents)
    rows.append(
        (
            "load from YAML text (scaled from a sample)",
            f"{t_yaml:.1f} s",
            f"{len(sample)} of {len(documents)} timed; pure-Python PyYAML",
        )
    )

    engine = _engine()
    if engine is None:
        rows.append(("check", "n/a", "TODO: tkpk_rules.engine not available"))
        return rows
    year_ends = [dt.date(y, 12, 31) for y in YEARS]
    reports: list[Any] = []

    def check_all() -> None:
        reports[:] = [engine.check(d, on=day) for d in dossiers for day in year_ends]

    t_check = best_of(repeat, check_all)
    checks = len(dossiers) * len(year_ends)
    findings = sum(len(r.findings) for r in reports)
    rows.append(
        (
            "check every dossier at each year-end 2021-2025",
            f"{t_check:.3f} s",
            f"{checks} checks, {t_check / checks * 1e3:.2f} ms each, {findings} findings",
        )
    )
    t_once = best_of(repeat, lambda: [engine.check(d, on=year_ends[-1]) for d in dossiers])
    rows.append(
        ("check every dossier once (2025-12-31)", f"{t_once:.3f} s", f"{len(dossiers)} checks")
    )
    total = t_json + t_check
    verdict = "meets" if total < TARGET_LOAD_AND_CHECK else "MISSES"
    rows.append(
        (
            "**load (JSON) + check at each year-end**",
            f"**{total:.3f} s**",
            f"target < {TARGET_LOAD_AND_CHECK:.0f} s: {verdict}",
        )
    )
    busiest: list[float] = []

    def parallel() -> None:
        _parallel(texts, year_ends, jobs=2)  # forked after best_of reset the caches
        busiest.append(LAST_WORKER_CPU[0])

    t_par = best_of(repeat, parallel, clock=time.perf_counter)
    rows.append(
        (
            "**the same on 2 processes** (load JSON + check at each year-end)",
            f"**{t_par:.3f} s**",
            f"wall time, `concurrent.futures` (fork); target < "
            f"{TARGET_LOAD_AND_CHECK:.0f} s: "
            + ("meets" if t_par < TARGET_LOAD_AND_CHECK else "MISSES"),
        )
    )
    if CLOCK is not time.perf_counter:
        # On a busy machine the wall time above measures the other load too: the CPU time of
        # the busier worker is what two otherwise idle cores would take, plus start-up.
        rows.append(
            (
                "the same on 2 processes, CPU time of the busier worker",
                f"{min(busiest):.3f} s",
                f"`--clock cpu`; wall time on an idle machine is this plus process start-up; "
                f"target < {TARGET_LOAD_AND_CHECK:.0f} s: "
                + ("meets" if min(busiest) < TARGET_LOAD_AND_CHECK else "MISSES"),
            )
        )
    last = reports[len(year_ends) - 1 :: len(year_ends)]
    from tkpk_rules.report.render import FORMATS

    for fmt in FORMATS:

        def render_all(fmt: str = fmt) -> None:
            for report in last:
                report.render(fmt, "id")

        t_fmt = best_of(repeat, render_all)
        rows.append(
            (
                f"render {len(last)} reports as {fmt}",
                f"{t_fmt:.3f} s",
                f"{t_fmt / len(last) * 1e3:.2f} ms each",
            )
        )
    return rows


def _load_and_check(job: tuple[list[str], list[dt.date]]) -> tuple[int, float]:
    """Load each text once and check it on every day: the findings, and the CPU time taken."""
    texts, days = job
    from tkpk_rules.engine import check

    started = time.process_time()
    total = 0
    for text in texts:
        dossier = loads(text)  # loaded once, checked on every day, as in the one-process row
        total += sum(len(check(dossier, on=day).findings) for day in days)
    return total, time.process_time() - started


#: The CPU time of the busier worker in the last ``_parallel`` run.
LAST_WORKER_CPU: list[float] = []


def _parallel(texts: list[str], days: list[dt.date], jobs: int) -> int:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [(texts[i::jobs], days) for i in range(jobs)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        results = list(pool.map(_load_and_check, chunks))
    LAST_WORKER_CPU[:] = [max(cpu for _, cpu in results)]
    return sum(n for n, _ in results)


_IMPORT_SNIPPET = """
import sys, time
sys.path.insert(0, {src!r})
started = time.perf_counter()
{code}
elapsed = time.perf_counter() - started
heavy = sorted(
    m for m in sys.modules if m.split(".")[0] in ("yaml", "hypothesis", "icalendar", "holidays")
)
print(elapsed, ",".join(heavy) or "-")
"""


def import_times(runs: int) -> list[tuple[str, str, str]]:
    cases = [
        ("`import tkpk_rules`", "import tkpk_rules"),
        ("`from tkpk_rules import load, Dossier`", "from tkpk_rules import load, Dossier"),
        ("`import tkpk_rules.engine` (load + check)", "import tkpk_rules.io, tkpk_rules.engine"),
        (
            "`import tkpk_rules.cli` (the command)",
            "import tkpk_rules.cli; tkpk_rules.cli.build_parser()",
        ),
    ]
    rows = []
    startup = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        startup.append(time.perf_counter() - started)
    rows.append(
        (
            "interpreter start-up alone (`python -c pass`)",
            f"{statistics.median(startup) * 1e3:.0f} ms",
            "for scale",
        )
    )
    for label, code in cases:
        times = []
        heavy = "-"
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", _IMPORT_SNIPPET.format(src=str(SRC), code=code)],
                check=False,
                capture_output=True,
                text=True,
            )
            if out.returncode != 0:
                heavy = "fails: " + out.stderr.strip().splitlines()[-1]
                break
            elapsed, heavy = out.stdout.split()
            times.append(float(elapsed))
        if not times:
            rows.append((label, "n/a", heavy))
            continue
        median = statistics.median(times)
        note = f"heavy modules: {heavy}"
        if label == "`import tkpk_rules`":
            note += f"; target < {TARGET_IMPORT * 1e3:.0f} ms: " + (
                "meets" if median < TARGET_IMPORT else "MISSES"
            )
        rows.append((label, f"{median * 1e3:.1f} ms", note))
    return rows


def growth(sizes: list[int]) -> list[tuple[str, str, str, str, str]]:
    engine = _engine()
    on = dt.date(2025, 12, 31)
    region = regions.get("33.02")
    rows = []
    per: dict[int, tuple[float, float]] = {}
    for n in sizes:
        document = national_document(region, members=n)
        text = json.dumps(document)
        roomy = Limits(
            max_bytes=max(4_000_000, len(text) * 2),
            max_items=max(10_000, n + 10),
            max_nodes=max(100_000, n * 20),
        )
        repeat = 3 if n <= 10_000 else 1

        def load_one(text: str = text, roomy: Limits = roomy) -> Dossier:
            return loads(text, limits=roomy)

        t_load = best_of(repeat, load_one)
        dossier = load_one()

        def check_one(dossier: Dossier = dossier) -> object:
            return engine.check(dossier, on=on)

        t_check = best_of(repeat, check_one) if engine else float("nan")
        per[n] = (t_load, t_check)
        rows.append(
            (
                f"{n:,}",
                f"{t_load * 1e3:.1f} ms",
                f"{t_load / n * 1e6:.1f} µs",
                f"{t_check * 1e3:.1f} ms",
                f"{t_check / n * 1e6:.1f} µs",
            )
        )
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        scale = b / a
        rows.append(
            (
                f"ratio {b:,} / {a:,} (linear = {scale:.0f})",
                f"{per[b][0] / per[a][0]:.1f}",
                "",
                f"{per[b][1] / per[a][1]:.1f}",
                "",
            )
        )
    return rows


def _table(header: tuple[str, ...], rows: list[Any]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one repetition, smaller growth")
    parser.add_argument("--yaml-sample", type=int, default=20, help="dossiers timed as YAML")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall time (default) or this process's CPU time, for a busy machine",
    )
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    repeat = 1 if args.quick else 3
    sizes = [10, 100, 1_000, 10_000] if args.quick else [10, 100, 1_000, 10_000, 100_000]

    print(f"Machine: {machine()}  \nDate: {dt.date.today().isoformat()}  ")
    print(f"Clock: {args.clock} time, best of {repeat}\n")
    print("### National set: 552 regions, five years\n")
    print(_table(("step", "time", "detail"), national(repeat, args.yaml_sample)))
    print("\n### Import time (fresh interpreter, median)\n")
    print(_table(("import", "time", "note"), import_times(5 if args.quick else 15)))
    print("\n### Growth: one team of n members (load from JSON text, then check)\n")
    print(
        _table(("members", "load", "load per member", "check", "check per member"), growth(sizes))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
