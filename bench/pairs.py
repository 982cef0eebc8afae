"""Benchmark: two source trees compared in interleaved pairs on the national job.

``python bench/pairs.py /path/to/other/tree [--pairs 3]`` runs, in turn, a fresh
interpreter on the other tree and one on this one (its ``src`` and its own
``bench/national.py`` first on the path), each loading the synthetic national
set from JSON text and checking every dossier at the five year-ends, best of 3
(CPU time, the library's caches forgotten before each repetition, the collector
on).  Taking the two trees in turn, pair after pair, lets both see the same load
of a shared machine: the ratio is the figure to read, not the seconds.

A tree to compare with is made with ``git worktree add /tmp/base <commit>``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Run in a fresh interpreter with the tree as its first argument; prints two figures.
_JOB = """
import datetime as dt, gc, json, sys, time
tree = sys.argv[1]
sys.path[:0] = [tree + "/src", tree + "/bench"]
import national
from tkpk_rules import check, regions
from tkpk_rules.io import loads
places = regions.all_regions(on=dt.date(2025, 1, 1))
texts = [json.dumps(national.national_document(r), ensure_ascii=False) for r in places]
days = [dt.date(y, 12, 31) for y in national.YEARS]
best = (float("inf"), float("inf"))
for _ in range(3):
    national.reset_caches()
    gc.collect()
    started = time.process_time()
    dossiers = [loads(t) for t in texts]
    loaded = time.process_time()
    for d in dossiers:
        check(d, on=days)
    done = time.process_time()
    best = min(best, (done - started, done - loaded))
    del dossiers
print(f"{best[0]:.3f} {best[1]:.3f}")
"""


def _run(tree: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _JOB, str(tree)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="the other source tree (a git worktree)")
    parser.add_argument("--pairs", type=int, default=3, help="pairs to run (default 3)")
    args = parser.parse_args()
    other = args.other.resolve()
    if not (other / "src" / "tkpk_rules").is_dir():
        parser.error(f"{other} holds no src/tkpk_rules")
    print("| pair | other: load + check | this: load + check | other: check | this: check |")
    print("|---|---|---|---|---|")
    for pair in range(1, args.pairs + 1):
        theirs, ours = _run(other), _run(ROOT)
        print(
            f"| {pair} | {theirs[0]:.3f} s | {ours[0]:.3f} s ({ours[0] / theirs[0]:.2f}x)"
            f" | {theirs[1]:.3f} s | {ours[1]:.3f} s ({ours[1] / theirs[1]:.2f}x) |"
        )


if __name__ == "__main__":
    main()
