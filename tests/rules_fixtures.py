"""Shared helpers for rulebook tests.

The compliant records themselves are :mod:`tkpk_rules.testing.records`.
"""

from __future__ import annotations

import datetime as dt

import attrs

from tkpk_rules import judge as _judge
from tkpk_rules.engine import check
from tkpk_rules.model import (
    Dossier,
    Team,
)
from tkpk_rules.report import Finding, Outcome, Report
from tkpk_rules.testing.records import (
    CODES,
    agenda,
    compliant,
    compliant_2018,
    meeting,
    official,
    year_meetings,
)

__all__ = [
    "CODES",
    "DEPUTY",
    "HEAD",
    "ISSUER",
    "ON",
    "agenda",
    "compliant",
    "compliant_2018",
    "judge",
    "meeting",
    "official",
    "only",
    "outcomes",
    "team",
    "violations",
    "with_team",
    "year_meetings",
]

D = dt.date
#: The default date judged: 2024 is over, 2025 still running.
ON = D(2025, 11, 1)


HEAD, DEPUTY, ISSUER = _judge.HEAD, _judge.DEPUTY_HEAD, _judge.ISSUER


def team(d: Dossier) -> Team:
    assert isinstance(d.tim, Team)
    return d.tim


def with_team(d: Dossier, **changes: object) -> Dossier:
    """The dossier with its team changed."""
    return attrs.evolve(d, tim=attrs.evolve(team(d), **changes))


def judge(d: Dossier, on: dt.date = ON, **kw: object) -> Report:
    return check(d, on=on, **kw)  # type: ignore[arg-type]


def only(report: Report, code: str, year: int | None = None) -> Finding:
    """The single finding of ``code`` (for ``year``)."""
    found = [f for f in report.by_code(code) if year is None or f.year == year]
    assert len(found) == 1, found
    return found[0]


def outcomes(report: Report) -> dict[tuple[str, int | None], Outcome]:
    return {(f.code, f.year): f.outcome for f in report.findings}


def violations(report: Report) -> list[str]:
    return sorted({f.code for f in report.violations})
