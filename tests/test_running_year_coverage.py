"""A warning that a running year is at risk rests on the record, as a violation does.

"0 meetings held so far, at risk" is a claim about the year so far: a record that does
not speak for that part of the year (``cakupan``), or whose meeting list is marked
partial, cannot support it, so the finding is undetermined naming what is missing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from tkpk_rules import check
from tkpk_rules.io import load
from tkpk_rules.model import Coverage, Dossier
from tkpk_rules.report import Finding
from tkpk_rules.report.outcome import Outcome, Progress

RECORD = Path(__file__).parent / "records" / "kab-lombok-timur-jul-des-2025.yaml"
ON = dt.date(2026, 1, 15)


def _meetings_2026(dossier: Dossier) -> Finding:
    report = check(dossier, on=ON)
    (found,) = [f for f in report.by_code("TKPK53-MTG-001") if f.year == 2026]
    return found


def test_a_running_year_the_record_does_not_speak_for_is_not_at_risk() -> None:
    d = load(RECORD)  # speaks for July to December 2025 only
    f = _meetings_2026(d)
    assert f.outcome is Outcome.UNDETERMINED
    assert f.progress is None and "cakupan (2026)" in f.missing


def test_a_record_that_speaks_for_the_year_so_far_keeps_the_warning() -> None:
    d = load(RECORD)
    so_far = attrs.evolve(d, cakupan=Coverage(mulai=dt.date(2025, 7, 1), selesai=ON))
    f = _meetings_2026(so_far)
    assert f.progress is Progress.AT_RISK and f.severity.value == "advisory"


def test_a_partial_meeting_list_does_not_put_the_year_at_risk() -> None:
    d = load(RECORD)
    partial = attrs.evolve(
        d, cakupan=Coverage(mulai=dt.date(2025, 7, 1), selesai=ON, sebagian=("rapat_koordinasi",))
    )
    f = _meetings_2026(partial)
    assert f.outcome is Outcome.UNDETERMINED and f.progress is None
    assert "rapat_koordinasi" in f.missing
