"""Findings of many reports as one pandas DataFrame (needs the ``pandas`` extra).

>>> import datetime as dt
>>> from tkpk_rules import check, frame
>>> from tkpk_rules.examples import load_example
>>> df = frame([check(load_example(), on=dt.date(2026, 11, 27))])
>>> str(df["hasil"].dtype), "kode" in df.columns
('category', True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tkpk_rules.errors import ArgumentValueError, TkpkError

if TYPE_CHECKING:
    import pandas as pd

    from tkpk_rules.report.finding import Report

__all__ = ["frame"]


def _categories() -> dict[str, list[str]]:
    from tkpk_rules.law.support import Support
    from tkpk_rules.report.outcome import Outcome, Progress, Severity

    return {
        "hasil": [o.value for o in Outcome],
        "keparahan": [s.value for s in Severity],
        "dukungan": [s.value for s in Support],
        "kemajuan": [p.value for p in Progress],
    }


def frame(
    reports: Report | Iterable[Report] | Mapping[str, Report], *, lang: str = "id"
) -> pd.DataFrame:
    """One row per finding of every report, columns as :meth:`Report.to_records` names them.

    ``reports`` is one report, several, or a mapping of names to reports (the name is
    then the ``sumber`` column, first).  ``hasil``, ``keparahan``, ``dukungan`` and
    ``kemajuan`` are categoricals holding every possible value (so counts show the
    zeros too), ``tanggal_pemeriksaan`` is a datetime column, ``tahun`` a nullable
    integer, and ``pesan``/``tindakan`` are in ``lang``.
    """
    try:
        import pandas as pd
    except ImportError:
        raise TkpkError(
            "frame() perlu pandas / frame() needs pandas: pip install 'tkpk-rules[pandas]'"
        ) from None
    from tkpk_rules.report.finding import Report

    if not isinstance(lang, str) or lang not in ("id", "en"):
        raise ArgumentValueError(
            f"lang: bahasa {lang!r} tidak dikenal, pilih 'id' atau 'en' / "
            f"unknown language {lang!r}; use 'id' or 'en'"
        )
    named: list[tuple[str | None, Report]]
    if isinstance(reports, Report):
        named = [(None, reports)]
    elif isinstance(reports, Mapping):
        named = [(str(k), v) for k, v in reports.items()]
    elif isinstance(reports, (str, bytes)) or not isinstance(reports, Iterable):
        raise TkpkError(
            f"frame() menerima Report atau daftar Report, bukan {type(reports).__name__} / "
            f"frame() takes a Report or a list of Reports, not {type(reports).__name__}"
        )
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
    df["tanggal_pemeriksaan"] = pd.to_datetime(df["tanggal_pemeriksaan"])
    df["tahun"] = df["tahun"].astype("Int64")
    return df


def _columns(with_names: bool) -> tuple[str, ...]:
    fields = (
        "kode_wilayah",
        "nama_wilayah",
        "tingkat",
        "provinsi",
        "tanggal_pemeriksaan",
        "kode",
        "ketentuan",
        "hasil",
        "keparahan",
        "dukungan",
        "terverifikasi",
        "tahun",
        "kemajuan",
        "jalur",
        "kutipan",
        "kurang",
        "pesan",
        "tindakan",
        "varian",
        "kepastian",
    )
    return ("sumber", *fields) if with_names else fields
