"""Write (or check) the golden outputs that keep reports byte-identical across optimisations.

``python scripts/golden.py`` regenerates every file under ``tests/golden/`` from
the code as it is now; ``python scripts/golden.py --check`` only says whether
they still match (exit 1 and the first differences when not).  Run it after a
deliberate change of output (a renamed JSON key, a new message) and commit the
files with the change; ``tests/test_golden.py`` fails on any other change.

What is kept:

* ``examples.json.gz``: both bundled examples judged on several dates (before,
  inside and after the 2020 handover window, mid-year and year-ends), with and
  without a handover date: the JSON report, and the text, Markdown and HTML
  renderings in Indonesian and English.
* ``national.json.gz``: the synthetic national set of ``bench/national.py``
  (every region in force on 2025-01-01) checked at the five year-ends it uses:
  the SHA-256 of every JSON report, and the whole JSON of a few regions chosen
  to cover the engine's special cases (an administrative city, a region formed
  in 2022, a province, a kota), so that a difference can be read, not only seen.

The files are gzip with a zero timestamp: regenerating unchanged outputs gives
the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

#: Dates the bundled examples are judged on: the 42/2010 years, the handover window,
#: its last uncertain day and the first certain one, mid-year and year-ends after it.
EXAMPLE_DATES = (
    dt.date(2018, 12, 31),
    dt.date(2020, 3, 1),
    dt.date(2020, 10, 5),
    dt.date(2020, 10, 6),
    dt.date(2021, 12, 31),
    dt.date(2023, 6, 30),
    dt.date(2024, 12, 31),
    dt.date(2025, 7, 1),
    dt.date(2026, 1, 1),
)
HANDOVERS = (None, dt.date(2020, 7, 1))
RENDERINGS = tuple((fmt, lang) for fmt in ("text", "markdown", "html") for lang in ("id", "en"))
#: The year-ends of ``bench/national.py``.
NATIONAL_DATES = tuple(dt.date(y, 12, 31) for y in (2021, 2022, 2023, 2024, 2025))


def example_outputs() -> Iterator[tuple[str, str]]:
    """``(key, text)`` for every output kept of the bundled examples."""
    from tkpk_rules import check
    from tkpk_rules.examples import EXAMPLES, load_example

    for name in EXAMPLES:
        dossier = load_example(name)
        for handover in HANDOVERS:
            for on in EXAMPLE_DATES:
                report = check(dossier, on=on, handover=handover)
                key = f"{name}@{on.isoformat()}" + (f"+{handover.isoformat()}" if handover else "")
                yield f"{key}.json", report.to_json()
                if handover is None:
                    for fmt, lang in RENDERINGS:
                        yield f"{key}.{fmt}.{lang}", report.render(fmt, lang)


def national_sample_codes() -> frozenset[str]:
    """The regions whose whole reports are kept: a step through the set and the special cases."""
    from tkpk_rules import regions
    from tkpk_rules.model import Level

    every = regions.all_regions(on=dt.date(2025, 1, 1))
    chosen = {r.kode for r in every[::100]}
    for wanted in (
        lambda r: not r.tingkat.autonomous,
        lambda r: r.dibentuk is not None and r.dibentuk > NATIONAL_DATES[0],
        lambda r: r.tingkat is Level.PROVINSI,
        lambda r: r.tingkat is Level.KOTA,
    ):
        chosen.add(next(r.kode for r in every if wanted(r)))
    return frozenset(chosen)


def national_outputs() -> Iterator[tuple[str, str]]:
    """``(key, JSON report)`` for every region of the national set at every year-end."""
    import national

    from tkpk_rules import check, regions
    from tkpk_rules.io import load

    for region in regions.all_regions(on=dt.date(2025, 1, 1)):
        dossier = load(national.national_document(region))
        for on in NATIONAL_DATES:
            yield f"{region.kode}@{on.isoformat()}", check(dossier, on=on).to_json()


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def build_examples() -> dict[str, Any]:
    return {"outputs": dict(example_outputs())}


def build_national() -> dict[str, Any]:
    sample = national_sample_codes()
    digests: dict[str, str] = {}
    whole: dict[str, str] = {}
    for key, text in national_outputs():
        digests[key] = digest(text)
        if key.split("@")[0] in sample:
            whole[key] = text
    return {"sha256": digests, "whole": whole}


FILES = {"examples.json.gz": build_examples, "national.json.gz": build_national}


def encode(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)
    return gzip.compress(text.encode("utf-8", "surrogatepass"), compresslevel=9, mtime=0)


def read(name: str) -> dict[str, Any]:
    with gzip.open(GOLDEN / name, "rt", encoding="utf-8", errors="surrogatepass") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def differences(old: dict[str, Any], new: dict[str, Any], limit: int = 10) -> list[str]:
    """The keys whose kept output differs (or exists on one side only), at most ``limit``."""
    out: list[str] = []
    for part in sorted(set(old) | set(new)):
        a, b = old.get(part, {}), new.get(part, {})
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                out.append(f"{part}/{key}")
                if len(out) >= limit:
                    return out
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare only; write nothing")
    args = parser.parse_args(argv)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    status = 0
    for name, build in FILES.items():
        data = build()
        if args.check:
            found = differences(read(name), data) if (GOLDEN / name).exists() else ["(missing)"]
            if found:
                status = 1
                print(f"{name}: differs at", *found, sep="\n  ")
            else:
                print(f"{name}: same")
        else:
            blob = encode(data)
            (GOLDEN / name).write_bytes(blob)
            print(f"{name}: {sum(len(v) for v in data.values())} outputs, {len(blob):,} bytes")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
