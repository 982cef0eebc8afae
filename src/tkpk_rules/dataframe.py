"""Findings of many reports as one pandas DataFrame (needs the ``pandas`` extra).

>>> import datetime as dt
>>> from tkpk_rules import check, frame
>>> from tkpk_rules.examples import load_example
>>> df = frame([check(load_example(), on=dt.date(2026, 11, 27))])
>>> str(df["outcome"].dtype), "code" in df.columns
('category', True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tkpk_rules.errors import TkpkError

if TYPE_CHECKING:
    import pandas as pd

    from tkpk_rules.report.finding import Report

__all__ = ["frame"]


def _categories() -> dict[str, list[str]]:
    from tkpk_rules.law.support import Support
    from tkpk_rules.report.outcome import Outcome, Progress, Severity

    return {
        "outcome": [o.value for o in Outcome],
        "severity": [s.value for s in Severity],
        "support": [s.value for s in Support],
        "progress": [p.value for p in Progress],
    }


def frame(
    reports: Report | Iterable[Report] | Mapping[str, Report], *, lang: str = "id"
) -> pd.DataFrame:
    """One row per finding of every report, columns as :meth:`Report.to_records` names them.

    ``reports`` is one report, several, or a mapping of names to reports (the name is
    then the ``sumber`` column, first).  ``outcome``, ``severity``, ``support`` and
    ``progress`` are categoricals holding every possible value (so counts show the
    zeros too), ``judged_on`` is a datetime column, ``year`` a nullable integer, and
    ``message``/``action`` are in ``lang``.
    """
    try:
        import pandas as pd
    except ImportError:
        raise TkpkError(
            "frame() perlu pandas / frame() needs pandas: pip install 'tkpk-rules[pandas]'"
        ) from None
    from tkpk_rules.report.finding import Report

    named: list[tuple[str | None, Report]]
    if isinstance(reports, Report):
        named = [(None, reports)]
    elif isinstance(reports, Mapping):
        named = [(str(k), v) for k, v in reports.items()]
    else:
        named = [(None, r) for r in reports]
    rows: list[dict[str, Any]] = []
    with_names = any(name is not None for name, _ in named)
    for name, report in named:
        if not isinstance(report, Report):
            raise TkpkError(
                f"frame() menerima Report, bukan {type(report).__name__} / "
                f"frame() takes Reports, not {type(report).__name__}"
            )
        for record in report.to_records(lang):
            rows.append({"sumber": name, **record} if with_names else record)
    columns = list(_columns(with_names))
    df: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    for column, values in _categories().items():
        df[column] = pd.Categorical(df[column], categories=values)
    df["judged_on"] = pd.to_datetime(df["judged_on"])
    df["year"] = df["year"].astype("Int64")
    return df


def _columns(with_names: bool) -> tuple[str, ...]:
    fields = (
        "kode",
        "nama",
        "tingkat",
        "provinsi",
        "judged_on",
        "code",
        "provision",
        "outcome",
        "severity",
        "support",
        "verified",
        "year",
        "progress",
        "path",
        "citation",
        "missing",
        "message",
        "action",
    )
    return ("sumber", *fields) if with_names else fields
