"""Benchmark: a synthetic national set, import time, and growth with team size.

``PYTHONPATH=src python bench/national.py`` prints Markdown tables (the ones in
``docs/performance.md``):

* **Ratios**, first: every figure of issue 15 as library time ÷ reference time,
  both measured side by side in one run (interleaved repetitions), on CPU time
  (``time.process_time``) and on wall time.  The references: the floor
  (``bench/floor.py``, a hand-written plain-dict checker giving the same
  findings), ``json.loads``, libyaml's ``yaml.CSafeLoader`` (alone, and followed
  by a Python walk of the tree), the 2 s goal, interpreter start-up.
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

Options: ``--quick`` (one repetition, fewer YAML documents: under a minute),
``--profile N`` (only cProfile the check of the set at the five year-ends, top N),
``--yaml-sample N``, ``--clock cpu|wall`` (the clock of the tables after the ratios).
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
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from tkpk_rules import judge, regions  # noqa: E402
from tkpk_rules.io import load, loads  # noqa: E402
from tkpk_rules.io.limits import Limits  # noqa: E402
from tkpk_rules.model import Dossier, Level  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
import floor  # noqa: E402

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
    head, deputy, _word = _heads(region.tingkat)
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
        "wilayah": {"kode": region.kode, "nama": region.nama},
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
    The floor's per-year memo is forgotten too.
    """
    floor._THROUGH.clear()
    try:
        from tkpk_rules import engine, rules
        from tkpk_rules.io import converter
        from tkpk_rules.law import parameters
        from tkpk_rules.report import _canonical
    except ImportError:
        return
    cached = (
        (engine, "_cached_message"),
        (engine, "_has_message"),
        (engine, "_candidates_on"),
        (engine, "_candidates_through"),
        (rules, "_rulebook_hash_of_all"),
        (rules, "_cached_rulebook_hash"),
        (converter, "_close_matches"),
        (parameters, "history"),
    )
    for module, name in cached:
        clear = getattr(getattr(module, name, None), "cache_clear", None)
        if clear is not None:  # absent before the caches came
            clear()
    for module, name in (
        (engine, "_BASES"),
        (engine, "_MADE"),
        (engine, "_PLANS"),
        (engine, "_SPEECH"),
        (_canonical, "_MEMO"),
    ):
        getattr(module, name, {}).clear()
    if hasattr(engine, "_LAST"):  # the memo of the dossier checked last
        engine._LAST = None


class Timing(NamedTuple):
    """The fastest of several runs on each clock, in seconds."""

    cpu: float
    wall: float

    def pick(self) -> float:
        """The value of the clock chosen with ``--clock``."""
        return self.cpu if CLOCK is time.process_time else self.wall


def _once(work: Callable[[], object]) -> Timing:
    reset_caches()
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return Timing(time.process_time() - cpu, time.perf_counter() - wall)


def side_by_side(repeat: int, *works: Callable[[], object]) -> list[Timing]:
    """Each work's best time on both clocks, the works run in turn in every repetition.

    Interleaving (and alternating which goes first) exposes every work to the same
    load of a shared machine, so their ratio is fair even when the absolute times
    are not.  Caches are reset and garbage collected before every run.
    """
    runs: list[list[Timing]] = [[] for _ in works]
    for n in range(repeat):
        order = range(len(works)) if n % 2 == 0 else reversed(range(len(works)))
        for i in order:
            runs[i].append(_once(works[i]))
    return [Timing(min(t.cpu for t in ts), min(t.wall for t in ts)) for ts in runs]


def measure(repeat: int, work: Callable[[], object]) -> Timing:
    """One work's best time on both clocks."""
    return side_by_side(repeat, work)[0]


def best_of(
    repeat: int, work: Callable[[], object], clock: Callable[[], float] | None = None
) -> float:
    """The fastest of ``repeat`` runs, in seconds (caches reset, garbage collected between)."""
    if clock is None:
        return measure(repeat, work).pick()
    times = []
    for _ in range(repeat):
        reset_caches()
        gc.collect()
        started = clock()
        work()
        times.append(clock() - started)
    return min(times)


#: The rows of the ratio table, filled by the benchmarks as they measure.
RATIOS: list[tuple[str, str, str, str, str]] = []


def _cell(lib: float, ref: float, unit: float = 1.0, digits: int = 3) -> str:
    ratio = lib / ref if ref > 0 else float("inf")
    return f"{lib * unit:.{digits}f} / {ref * unit:.{digits}f} = **{ratio:.2f}×**"


def goal(text: str, met: bool) -> str:
    return f"{text}: " + ("meets" if met else "**MISSES**")


def add_ratio(
    figure: str,
    against: str,
    lib: Timing,
    ref: Timing,
    verdict: str = "",
    *,
    unit: float = 1.0,
    digits: int = 3,
) -> float:
    """A row of the ratio table (times multiplied by ``unit``); returns the CPU ratio."""
    RATIOS.append(
        (
            figure,
            against,
            _cell(lib.cpu, ref.cpu, unit, digits),
            _cell(lib.wall, ref.wall, unit, digits),
            verdict,
        )
    )
    return lib.cpu / ref.cpu if ref.cpu > 0 else float("inf")


def _walk(node: object, depth: int = 0) -> int:
    """Visit every value of a parsed tree (what a loader's limits and structuring must)."""
    if isinstance(node, dict):
        return 1 + sum(_walk(k, depth + 1) + _walk(v, depth + 1) for k, v in node.items())
    if isinstance(node, list):
        return 1 + sum(_walk(v, depth + 1) for v in node)
    if (isinstance(node, str) and len(node) > 100_000) or depth > 32:
        raise ValueError("limit")
    return 1


def _libyaml_readers(texts: list[str]) -> list[Callable[[], object]]:
    """Reading ``texts`` with libyaml's ``CSafeLoader``, then with a walk; none without libyaml."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return []
    return [
        lambda: [yaml.load(t, Loader=loader) for t in texts],
        lambda: [_walk(yaml.load(t, Loader=loader)) for t in texts],
    ]


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

    raw: list[dict[str, Any]] = []

    def parse_json() -> None:
        raw[:] = [json.loads(t) for t in texts]

    m_json, m_parse = side_by_side(repeat, load_json, parse_json)
    add_ratio(f"load {len(texts)} dossiers from JSON text", "`json.loads`", m_json, m_parse)
    t_json = m_json.pick()
    rows.append(
        ("load from JSON text", f"{t_json:.3f} s", f"{t_json / len(texts) * 1e3:.2f} ms each")
    )
    t_dict = best_of(repeat, lambda: [load(d) for d in documents])
    rows.append(("load from dicts", f"{t_dict:.3f} s", f"{t_dict / len(texts) * 1e3:.2f} ms each"))

    from tkpk_rules.io._yaml import dump_yaml

    sample = [dump_yaml(d) for d in documents[:yaml_sample]]
    m_yaml, *m_libyaml = side_by_side(
        min(repeat, 2), lambda: [loads(t) for t in sample], *_libyaml_readers(sample)
    )
    per_doc = f"{len(sample)} dossiers, ms per dossier"
    if m_libyaml:
        add_ratio(
            f"load from YAML text ({per_doc})",
            "`yaml.CSafeLoader`",
            m_yaml,
            m_libyaml[0],
            unit=1e3 / len(sample),
            digits=1,
        )
        ratio = add_ratio(
            f"load from YAML text ({per_doc})",
            "`CSafeLoader` + a Python walk of the tree",
            m_yaml,
            m_libyaml[1],
            unit=1e3 / len(sample),
            digits=1,
        )
        RATIOS[-1] = (*RATIOS[-1][:4], goal("goal ≤ 1.5×", ratio <= 1.5))
    else:
        RATIOS.append((f"load from YAML text ({per_doc})", "libyaml", "n/a", "n/a", "no libyaml"))
    t_yaml = m_yaml.pick() / len(sample) * len(documents)
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

    found: list[list[floor.Finding]] = []

    def floor_all() -> None:
        found[:] = [floor.check(d, day) for d in raw for day in year_ends]

    m_check, m_floor = side_by_side(repeat, check_all, floor_all)
    t_check = m_check.pick()
    checks = len(dossiers) * len(year_ends)
    findings = sum(len(r.findings) for r in reports)
    same = findings == sum(len(f) for f in found)
    ratio = add_ratio(
        f"check {len(dossiers)} dossiers at 5 year-ends ({checks:,} checks)",
        "the floor" + ("" if same else " (**finding counts differ**)"),
        m_check,
        m_floor,
    )
    RATIOS[-1] = (*RATIOS[-1][:4], goal("goal ≤ 2.0×", ratio <= 2.0))
    rows.append(
        (
            "check every dossier at each year-end 2021-2025",
            f"{t_check:.3f} s",
            f"{checks} checks, {t_check / checks * 1e3:.2f} ms each, {findings} findings",
        )
    )

    def check_dates() -> None:
        reports[:] = [r for d in dossiers for r in engine.check(d, on=year_ends)]

    try:  # check(on=[...]) came with issue 15's second half; older trees have no row
        engine.check(dossiers[0], on=year_ends[:1])
    except Exception:  # an older engine refuses a list of dates
        pass
    else:
        m_dates, m_floor_dates = side_by_side(repeat, check_dates, floor_all)
        add_ratio(
            f"check {len(dossiers)} dossiers at 5 year-ends, one `check(on=[...])` each",
            "the floor",
            m_dates,
            m_floor_dates,
        )
    m_once, m_floor_once = side_by_side(
        repeat,
        lambda: [engine.check(d, on=year_ends[-1]) for d in dossiers],
        lambda: [floor.check(d, year_ends[-1]) for d in raw],
    )
    add_ratio(
        f"check {len(dossiers)} dossiers once (2025-12-31)", "the floor", m_once, m_floor_once
    )
    t_once = m_once.pick()
    rows.append(
        ("check every dossier once (2025-12-31)", f"{t_once:.3f} s", f"{len(dossiers)} checks")
    )
    total = t_json + t_check
    verdict = "meets" if total < TARGET_LOAD_AND_CHECK else "MISSES"
    both = Timing(m_json.cpu + m_check.cpu, m_json.wall + m_check.wall)
    add_ratio(
        "**load (JSON) + check at 5 year-ends, one process**",
        f"the {TARGET_LOAD_AND_CHECK:.0f} s goal",
        both,
        Timing(TARGET_LOAD_AND_CHECK, TARGET_LOAD_AND_CHECK),
        goal(f"goal < {TARGET_LOAD_AND_CHECK:.0f} s CPU", both.cpu < TARGET_LOAD_AND_CHECK),
    )
    add_ratio(
        "load (JSON) + check at 5 year-ends, one process",
        "`json.loads` + the floor",
        both,
        Timing(m_parse.cpu + m_floor.cpu, m_parse.wall + m_floor.wall),
    )

    # What the cyclic garbage collector costs in that job: the same load and check as one
    # job (nothing of an earlier repetition alive), with the collector on and paused, side
    # by side.  The collections are set off by what the checks keep (the findings); freezing
    # the loaded dossiers (``gc.freeze()``) was measured and took nothing off.
    def load_and_check() -> None:
        reports.clear()
        dossiers.clear()
        load_json()
        check_all()

    def load_and_check_paused() -> None:
        gc.disable()
        try:
            load_and_check()
        finally:
            gc.enable()

    m_on, m_paused = side_by_side(repeat, load_and_check, load_and_check_paused)
    add_ratio(
        "load (JSON) + check at 5 year-ends, as one job",
        "the same with the collector paused",
        m_on,
        m_paused,
    )
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
started, cpu = time.perf_counter(), time.process_time()
{code}
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
heavy = sorted(
    m for m in sys.modules if m.split(".")[0] in ("yaml", "hypothesis", "icalendar", "holidays")
)
print(elapsed, cpu, ",".join(heavy) or "-")
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
    import resource

    rows = []
    startup = []
    startup_cpu = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        startup.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        startup_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    python_alone = Timing(statistics.median(startup_cpu), statistics.median(startup))
    rows.append(
        (
            "interpreter start-up alone (`python -c pass`)",
            f"{statistics.median(startup) * 1e3:.0f} ms",
            "for scale",
        )
    )
    for label, code in cases:
        times = []
        cpus = []
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
            elapsed, cpu, heavy = out.stdout.split()
            times.append(float(elapsed))
            cpus.append(float(cpu))
        if not times:
            rows.append((label, "n/a", heavy))
            continue
        median = statistics.median(times)
        note = f"heavy modules: {heavy}"
        if label == "`import tkpk_rules`":
            note += f"; target < {TARGET_IMPORT * 1e3:.0f} ms: " + (
                "meets" if median < TARGET_IMPORT else "MISSES"
            )
            add_ratio(
                "`import tkpk_rules` (ms, median, fresh interpreter)",
                "interpreter start-up (`python -c pass`)",
                Timing(statistics.median(cpus), median),
                python_alone,
                goal(f"goal < {TARGET_IMPORT * 1e3:.0f} ms", median < TARGET_IMPORT),
                unit=1e3,
                digits=1,
            )
        rows.append((label, f"{median * 1e3:.1f} ms", note))
    return rows


def growth(sizes: list[int], repeat: int = 3) -> list[tuple[str, ...]]:
    """One team of each size: loaded and checked by the library, and by json.loads + floor."""
    engine = _engine()
    on = dt.date(2025, 12, 31)
    region = regions.get("33.02")
    rows: list[tuple[str, ...]] = []
    per: dict[int, tuple[Timing, Timing]] = {}
    for n in sizes:
        document = national_document(region, members=n)
        text = json.dumps(document)
        roomy = Limits(
            max_bytes=max(4_000_000, len(text) * 2),
            max_items=max(10_000, n + 10),
            max_nodes=max(100_000, n * 20),
        )
        times = repeat

        def load_one(text: str = text, roomy: Limits = roomy) -> Dossier:
            return loads(text, limits=roomy)

        def parse_one(text: str = text) -> Any:
            return json.loads(text)

        m_load, m_parse = side_by_side(times, load_one, parse_one)
        dossier, raw = load_one(), parse_one()

        def check_one(dossier: Dossier = dossier) -> object:
            return engine.check(dossier, on=on)

        def floor_one(raw: dict[str, Any] = raw) -> object:
            return floor.check(raw, on)

        m_check, m_floor = side_by_side(times, check_one, floor_one)
        lib = Timing(m_load.cpu + m_check.cpu, m_load.wall + m_check.wall)
        ref = Timing(m_parse.cpu + m_floor.cpu, m_parse.wall + m_floor.wall)
        per[n] = (lib, ref)
        t_load, t_check, t_ref = m_load.pick(), m_check.pick(), ref.pick()
        rows.append(
            (
                f"{n:,}",
                f"{t_load * 1e3:.1f} ms",
                f"{t_load / n * 1e6:.1f} µs",
                f"{t_check * 1e3:.1f} ms",
                f"{t_check / n * 1e6:.1f} µs",
                f"{t_ref * 1e3:.1f} ms",
                f"{(t_load + t_check) / t_ref:.1f}×",
            )
        )
        if n >= 1_000:
            add_ratio(
                f"load + check, {n:,} members (µs per member)",
                "`json.loads` + the floor",
                lib,
                ref,
                unit=1e6 / n,
                digits=1,
            )
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        scale = b / a
        rows.append(
            (
                f"ratio {b:,} / {a:,} (linear = {scale:.0f})",
                f"{per[b][0].pick() / per[a][0].pick():.1f}",
                "",
                "",
                "",
                f"{per[b][1].pick() / per[a][1].pick():.1f}",
                "",
            )
        )

        def grew(t: Callable[[Timing], float]) -> str:
            return (
                f"library {t(per[b][0]) / t(per[a][0]):.1f}, "
                f"floor {t(per[b][1]) / t(per[a][1]):.1f}"
            )

        RATIOS.append(
            (
                f"`json.loads` alone, {b:,} ÷ {a:,} members (linear = {scale:.0f})",
                "itself at the smaller size",
                f"collector on {_parse_growth(a, b, region, paused=False)}, "
                f"paused {_parse_growth(a, b, region, paused=True)}",
                "",
                "for scale: how the reference alone grows (CPU time, best of 3)",
            )
        )
        low, high = 0.8 * scale, 1.2 * scale
        cpu = per[b][0].cpu / per[a][0].cpu
        RATIOS.append(
            (
                f"load + check, {b:,} ÷ {a:,} members (linear = {scale:.0f})",
                "itself at the smaller size",
                grew(lambda t: t.cpu),
                grew(lambda t: t.wall),
                goal(f"goal {low:.0f}-{high:.0f} (library, CPU)", low <= cpu <= high),
            )
        )
    return rows


def _parse_growth(a: int, b: int, region: regions.Region, *, paused: bool) -> str:
    """How ``json.loads`` alone grows from ``a`` to ``b`` members (CPU time, best of 3)."""
    texts = {n: json.dumps(national_document(region, members=n)) for n in (a, b)}
    best: dict[int, float] = {}
    for n, text in texts.items():
        times = []
        for _ in range(3):
            gc.collect()
            if paused:
                gc.disable()
            started = time.process_time()
            json.loads(text)
            times.append(time.process_time() - started)
            gc.enable()
        best[n] = min(times)
    return f"{best[b] / best[a]:.1f}"


def profile_check(top: int) -> int:
    """Print where checking the national set at the five year-ends spends its time."""
    import cProfile
    import pstats

    engine = _engine()
    places = regions.all_regions(on=dt.date(2025, 1, 1))
    dossiers = [loads(json.dumps(national_document(r))) for r in places]
    year_ends = [dt.date(y, 12, 31) for y in YEARS]
    reset_caches()
    profiler = cProfile.Profile()
    profiler.enable()
    for dossier in dossiers:
        for day in year_ends:
            engine.check(dossier, on=day)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)
    return 0


def _table(header: tuple[str, ...], rows: list[Any]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="one repetition, 5 YAML dossiers (under a minute)"
    )
    parser.add_argument(
        "--yaml-sample", type=int, default=None, help="dossiers timed as YAML (20; 5 with --quick)"
    )
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="the clock of the tables after the ratios: wall time (default) or CPU time",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="only profile checking the set at the five year-ends: the top N by cumulative time",
    )
    args = parser.parse_args(argv)
    if args.profile:
        return profile_check(args.profile)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    repeat = 1 if args.quick else 3
    yaml_sample = args.yaml_sample or (5 if args.quick else 20)
    sizes = [10, 100, 1_000, 10_000, 100_000]

    RATIOS.clear()
    national_rows = national(repeat, yaml_sample)
    import_rows = import_times(5 if args.quick else 15)
    growth_rows = growth(sizes, repeat)

    print(f"Machine: {machine()}  \nDate: {dt.date.today().isoformat()}  ")
    print(f"Repetitions: best of {repeat}; tables after the ratios: {args.clock} time\n")
    print("### Ratios: library ÷ reference, measured side by side in one run\n")
    print("Each cell: library / reference = ratio, in seconds unless the figure says.\n")
    print(_table(("figure", "reference", "CPU time", "wall time", "goal"), RATIOS))
    print("\n### National set: 552 regions, five years\n")
    print(_table(("step", "time", "detail"), national_rows))
    print("\n### Import time (fresh interpreter, median)\n")
    print(_table(("import", "time", "note"), import_rows))
    print("\n### Growth: one team of n members (load from JSON text, then check)\n")
    header = (
        "members",
        "load",
        "load per member",
        "check",
        "check per member",
        "`json.loads` + floor",
        "× floor",
    )
    print(_table(header, growth_rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
