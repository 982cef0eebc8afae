"""When does ``check_many(..., workers=N)`` pay?  ``PYTHONPATH=src python bench/workers.py``.

Judges the first K dossiers of the synthetic national set (``bench/national.py``)
at one date with one process and with ``workers=2``, side by side in one run, on
wall-clock time (processes only help the wall clock), and prints the ratio of
each to the one-process run for several batch sizes.  Each timing is the best of
``--repeat`` runs, the two interleaved (``national.side_by_side``); the machine is
shared, so read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from national import machine, national_document, side_by_side  # noqa: E402

from tkpk_rules import check_many, load, regions  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", default="10,50,150,552")
    args = parser.parse_args(argv)
    on = dt.date(2025, 1, 1)
    places = regions.all_regions(on=on)
    dossiers = [load(national_document(r)) for r in places]
    print(f"machine: {machine()}")
    print(f"{'dossiers':>9} {'1 process':>10} {'workers=' + str(args.workers):>10} {'ratio':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        batch = dossiers[:size]

        def one(batch: list[object] = batch) -> None:
            for report in check_many(batch, on=on):  # type: ignore[arg-type]
                report.stamp.input_hash  # noqa: B018 - the same work as the processes do

        def many(batch: list[object] = batch) -> None:
            list(check_many(batch, on=on, workers=args.workers))  # type: ignore[arg-type]

        alone, together = (t.wall for t in side_by_side(args.repeat, one, many))
        print(f"{len(batch):>9} {alone:>9.2f}s {together:>9.2f}s {together / alone:>6.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
