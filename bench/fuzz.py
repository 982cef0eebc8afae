"""The long fuzz campaign: ``python bench/fuzz.py --cases 100000``.

Runs the Hypothesis fuzz target of ``tests/fuzz_loader.py`` (arbitrary JSON-like
values, mutated valid documents, edited document text and file bytes, structural
mutants of the bundled examples and the loader corpus of hostile scalars, through
``load``, ``loads`` with both YAML parsers, ``load_file``, ``redact``, ``check``
with every renderer, ``diff``, ``obligations``, ``plan_details`` and ``to_ical``)
and counts the cases and the unexpected exceptions: any exception that is not
one of the library's own errors.  Unlike a test, it does not stop at the first
failure; it groups failures by type and place and shows one input for each.
Exit status 1 when anything unexpected came out.

Usage::

    PYTHONPATH=src python bench/fuzz.py --cases 100000 [--jobs 2] [--seed 0]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

CHUNK = 2_000  # cases per Hypothesis run; each run gets its own seed


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} in {last.name}"


def _run_chunk(
    todo: int, run_seed: int, failures: Counter[str], samples: dict[str, str]
) -> tuple[int, bool]:
    """Run up to ``todo`` cases under one Hypothesis seed: how many ran, and whether cut short."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as with_seed
    from hypothesis.errors import FlakyStrategyDefinition

    from fuzz_loader import Case, cases, run_case

    counted = [0]

    @with_seed(run_seed)
    @settings(
        max_examples=todo,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(cases())
    def campaign(case: Case) -> None:
        if counted[0] >= todo:
            return
        counted[0] += 1
        unexpected = run_case(case)
        if unexpected is not None:
            key = f"{type(unexpected).__name__} at {_where(unexpected)}"
            failures[key] += 1
            if key not in samples:
                samples[key] = f"{unexpected!s:.300}\n    input: {case!r:.500}"

    try:
        campaign()
    except FlakyStrategyDefinition:
        # A draw that depends on earlier draws is the campaign's own fault, not the
        # library's: count it apart and go on with the next seed.
        print(f"fuzz: seed {run_seed}: draw was flaky after {counted[0]} cases", file=sys.stderr)
        return counted[0], True
    return counted[0], False


def _worker(args: tuple[int, int]) -> tuple[int, Counter[str], dict[str, str], bool, int]:
    cases_wanted, seed = args
    from fuzz_loader import check_available

    # The library warns about clerk mistakes in the mutants; thousands of them say nothing here.
    warnings.simplefilter("ignore")
    done = 0
    cut_short = 0
    failures: Counter[str] = Counter()
    samples: dict[str, str] = {}
    run = 0
    while done < cases_wanted:
        todo = min(CHUNK, cases_wanted - done)
        ran, flaky = _run_chunk(todo, seed * 1_000_003 + run, failures, samples)
        done += ran
        cut_short += flaky
        run += 1
        print(f"fuzz: worker {seed}: {done}/{cases_wanted} cases", file=sys.stderr, flush=True)
    return done, failures, samples, check_available(), cut_short


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases to run (default 100000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    args = parser.parse_args(argv)

    jobs = max(1, min(args.jobs, args.cases))
    shares = [args.cases // jobs + (1 if i < args.cases % jobs else 0) for i in range(jobs)]
    started = time.perf_counter()
    work = [(share, args.seed + i) for i, share in enumerate(shares)]
    results: list[Any]
    if jobs == 1:
        results = [_worker(work[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            results = pool.map(_worker, work)
    elapsed = time.perf_counter() - started

    total = sum(r[0] for r in results)
    failures: Counter[str] = Counter()
    samples: dict[str, str] = {}
    for _, found, shown, _, _ in results:
        failures.update(found)
        for key, text in shown.items():
            samples.setdefault(key, text)
    with_check = all(r[3] for r in results)

    print(f"fuzz: {total} cases in {elapsed:.1f} s on {jobs} process(es), seed {args.seed}")
    print(
        "targets: load, loads (both YAML parsers), load_file, redact, dump"
        + (
            ", check + renderers, diff, obligations, plan_details, to_ical"
            if with_check
            else " (check: engine not available yet)"
        )
    )
    print(f"unexpected exceptions: {sum(failures.values())}")
    cut_short = sum(r[4] for r in results)
    if cut_short:
        print(f"chunks cut short by a flaky draw (the harness's, not the library's): {cut_short}")
    for key, count in failures.most_common():
        print(f"  {count:6d}  {key}\n    {samples[key]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
