"""Memory over many checks: RSS stays flat over 10,000 checks of distinct dossiers.

``PYTHONPATH=src python bench/memory.py [--checks 10000]`` checks that many
dossiers, each the bundled example with every free text (names, decree
numbers, titles, notes) made long and unique to it (so no two dossiers share a
message), and prints the resident set
size every tenth of the way, then the growth from the first tenth to the end.
A cache that kept user text across calls (the engine's message cache did:
16,384 entries of formatted messages) shows as steady growth; flat memory
shows as a ratio near 1.00.  It runs the same loop a second time with the
message cache kept across calls (the old behaviour), side by side, for the
comparison.  No test asserts memory; the figures are printed here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import attrs  # noqa: E402

from tkpk_rules import check, engine  # noqa: E402
from tkpk_rules.examples import load_example  # noqa: E402

ON = dt.date(2024, 6, 1)


def rss_mb() -> float:
    """The current resident set size in MB (Linux: /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/statm") as stream:
            pages = int(stream.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def renamed(dossier: object, n: int) -> object:
    """The dossier with every free text (names, numbers, titles...) unique to ``n`` and long."""

    def visit(value: object) -> object:
        if isinstance(value, tuple):
            return tuple(visit(v) for v in value)
        if not attrs.has(type(value)):
            return value
        changes = {}
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            old = getattr(value, field.name)
            if type(old) is str and old and field.name != "kode":  # every free text
                changes[field.name] = f"{old} {n} " + "panjang " * 200
            else:
                changes[field.name] = visit(old)
        return attrs.evolve(value, **changes)  # type: ignore[misc]

    return visit(dossier)


def run(checks: int, *, keep_cache: bool) -> list[tuple[int, float]]:
    base = load_example()
    real_clear = engine._cached_message.cache_clear
    if keep_cache:  # the behaviour before the fix: the cache outlives each call
        engine._cached_message.cache_clear = lambda: None  # type: ignore[method-assign]
    try:
        samples = []
        step = max(1, checks // 10)
        for i in range(1, checks + 1):
            check(renamed(base, i), on=ON)  # type: ignore[arg-type]
            if i % step == 0:
                gc.collect()
                samples.append((i, rss_mb()))
        return samples
    finally:
        engine._cached_message.cache_clear = real_clear  # type: ignore[method-assign]
        real_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checks", type=int, default=10_000)
    args = parser.parse_args(argv)
    fixed = run(args.checks, keep_cache=False)
    old = run(args.checks, keep_cache=True)
    print(f"RSS (MB) over {args.checks:,} checks of distinct dossiers, texts of ~1.6 KB\n")
    print("| checks | cache cleared per call (now) | cache kept across calls (before) |")
    print("|---:|---:|---:|")
    for (i, now), (_, before) in zip(fixed, old, strict=True):
        print(f"| {i:,} | {now:.1f} | {before:.1f} |")
    print()
    print(
        f"growth, first tenth to the end: now {fixed[-1][1] - fixed[0][1]:+.1f} MB "
        f"(x{fixed[-1][1] / fixed[0][1]:.2f}); before {old[-1][1] - old[0][1]:+.1f} MB "
        f"(x{old[-1][1] / old[0][1]:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
