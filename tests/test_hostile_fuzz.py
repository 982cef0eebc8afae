"""The fuzz target in the test suite: a few hundred cases (``bench/fuzz.py`` runs 100,000)."""

from __future__ import annotations

import traceback

from hypothesis import HealthCheck, given, settings

from _profiles import ci_examples
from fuzz_loader import Case, cases, run_case


@settings(
    max_examples=ci_examples(1_000, 150),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(cases())
def test_only_the_librarys_own_errors_escape(case: Case) -> None:
    unexpected = run_case(case)
    if unexpected is not None:
        detail = "".join(traceback.format_exception(unexpected))
        raise AssertionError(f"unexpected {type(unexpected).__name__}:\n{detail}")
