"""Planning documents: RPKD (``53.functions``, ``53.rpkd``), RAT (``53.rat``), report.

The report is ``53.report``.

* The team drafts the RPKD, together with the RPJMD.  The law gives no
  deadline, so a missing RPKD is a violation only when the record shows an
  RPJMD adopted under 53/2020 with no RPKD for an overlapping period (drafted
  "together" means at least a draft exists by then); otherwise undetermined.
* The RPKD spans five years (a dated parameter).  A period of six calendar
  years ("2021-2026") is undetermined, not a violation: a five-year term that
  starts mid-year is written so, and only its first and last day tell.
* The RAT elaborates the RPKD for one year: a RAT for each year judged.
* The implementation report is yearly; its deadline is unknown, so a missing
  report is never a violation (``DOC-005``).  Practice is to present it by the
  end of the following year (``DOC-006``, advisory only).

A document adopted after the date judged did not exist yet on that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.law.parameters import value
from tkpk_rules.law.timeline import HANDOVER_LATEST
from tkpk_rules.model import DocumentKind, PlanningDocument, YearRange
from tkpk_rules.report.outcome import Outcome, Progress
from tkpk_rules.rules._base import R53, Context, Verdict, rule, verdict
from tkpk_rules.rules._docs import covering, documents, period_length

__all__ = [
    "RAT_YEARLY",
    "REPORT_TIMING",
    "REPORT_YEARLY",
    "RPKD_DRAFTED",
    "RPKD_FIVE_YEARS",
    "RPKD_WITH_RPJMD",
]


def _overlap(a: YearRange, b: YearRange) -> bool:
    return a.mulai <= b.selesai and b.mulai <= a.selesai


def _not_recorded(path: str = "dokumen") -> Verdict:
    return verdict(Outcome.UNDETERMINED, "docs_not_recorded", path, missing=("dokumen",))


@rule(
    "TKPK53-DOC-001",
    "53.functions",
    "documents",
    citation=PROVISIONS["53.functions"].citation,
    support=Support.SINGLE_SOURCE,
    also_cited=(PROVISIONS["53.rpkd"].citation,),
)
def RPKD_DRAFTED(ctx: Context) -> Iterator[Verdict]:
    """An RPKD goes with each RPJMD adopted under 53/2020."""
    rpkds = documents(ctx, DocumentKind.RPKD)
    rpjmds = documents(ctx, DocumentKind.RPJMD)
    if rpkds is None or rpjmds is None:
        yield _not_recorded()
        return
    start = ctx.handover or HANDOVER_LATEST
    recent = [
        (p, d)
        for p, d in rpjmds
        if isinstance(d.ditetapkan, dt.date)
        and d.ditetapkan >= start
        and isinstance(d.periode, YearRange)
    ]
    spkd = documents(ctx, DocumentKind.SPKD) or []
    if not recent:
        if rpkds:
            yield verdict(Outcome.COMPLIANT, "exists", "dokumen", rpkd=tuple(p for p, _ in rpkds))
        else:
            yield verdict(
                Outcome.UNDETERMINED,
                "no_deadline",
                "dokumen",
                missing=("dokumen (RPJMD dengan tanggal penetapan)",),
                spkd=tuple(p for p, _ in spkd),
            )
        return
    for path, rpjmd in recent:
        period = rpjmd.periode
        assert isinstance(period, YearRange)
        match = [
            p
            for p, d in rpkds
            if not isinstance(d.periode, YearRange) or _overlap(d.periode, period)
        ]
        used = {"rpjmd": path, "periode": f"{period.mulai}-{period.selesai}", "rpkd": tuple(match)}
        later = [
            p
            for p, d in enumerate_all(ctx, DocumentKind.RPKD)
            if isinstance(d.periode, YearRange) and _overlap(d.periode, period)
        ]
        if match:
            yield verdict(Outcome.COMPLIANT, "with_rpjmd", path, used=used, periode=used["periode"])
        elif later:
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_adopted_later",
                path,
                used={**used, "rpkd_ditetapkan_kemudian": tuple(later)},
                missing=(f"{later[0]}.status (draf pada tanggal penilaian / draft on the date)",),
                periode=used["periode"],
            )
        else:
            yield verdict(
                Outcome.VIOLATION,
                "rpjmd_without_rpkd",
                path,
                used=used,
                periode=used["periode"],
                spkd=tuple(p for p, _ in spkd),
            )


def enumerate_all(ctx: Context, kind: DocumentKind) -> list[tuple[str, PlanningDocument]]:
    """Every document of a kind, whatever its adoption date."""
    docs = ctx.dossier.dokumen
    if not isinstance(docs, tuple):
        return []
    return [(f"dokumen[{i}]", d) for i, d in enumerate(docs) if d.jenis is kind]


def _each_rpkd(ctx: Context) -> Iterator[tuple[str, PlanningDocument] | Verdict]:
    rpkds = documents(ctx, DocumentKind.RPKD)
    if rpkds is None:
        yield _not_recorded()
        return
    if not rpkds:
        yield verdict(Outcome.NOT_APPLICABLE, "no_rpkd", "dokumen")
        return
    yield from rpkds


@rule(
    "TKPK53-DOC-002",
    "53.rpkd",
    "documents",
    citation=PROVISIONS["53.rpkd"].citation,
    support=Support.SINGLE_SOURCE,
)
def RPKD_FIVE_YEARS(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD spans five years."""
    years = value("masa_rpkd_tahun", R53)
    for item in _each_rpkd(ctx):
        if isinstance(item, Verdict):
            yield item
            continue
        path, doc = item
        if not isinstance(doc.periode, YearRange):
            yield verdict(
                Outcome.UNDETERMINED, "period_not_recorded", path, missing=(f"{path}.periode",)
            )
            continue
        yield period_length(path, doc.periode, years)


@rule(
    "TKPK53-DOC-003",
    "53.rpkd",
    "documents",
    citation=PROVISIONS["53.rpkd"].citation,
    support=Support.SINGLE_SOURCE,
)
def RPKD_WITH_RPJMD(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD was drafted together with the RPJMD."""
    rpjmds = documents(ctx, DocumentKind.RPJMD) or []
    for item in _each_rpkd(ctx):
        if isinstance(item, Verdict):
            yield item
            continue
        path, doc = item
        same = tuple(
            p
            for p, d in rpjmds
            if isinstance(d.periode, YearRange)
            and isinstance(doc.periode, YearRange)
            and d.periode == doc.periode
        )
        flag = doc.disusun_bersama_rpjmd
        used = {"disusun_bersama_rpjmd": flag, "rpjmd_periode_sama": same}
        if flag is True:
            yield verdict(Outcome.COMPLIANT, "ok", path, used=used)
        elif flag is False:
            yield verdict(Outcome.VIOLATION, "not_with_rpjmd", path, used=used)
        else:
            yield verdict(
                Outcome.UNDETERMINED,
                "not_recorded",
                path,
                used=used,
                missing=(f"{path}.disusun_bersama_rpjmd",),
                rpjmd=same,
            )


@rule(
    "TKPK53-DOC-004",
    "53.rat",
    "documents",
    citation=PROVISIONS["53.rat"].citation,
    support=Support.SINGLE_SOURCE,
    yearly=True,
)
def RAT_YEARLY(ctx: Context) -> Iterator[Verdict]:
    """A RAT exists for the year, elaborating an RPKD that covers it."""
    year = ctx.year or 0
    rats = documents(ctx, DocumentKind.RAT)
    rpkds = documents(ctx, DocumentKind.RPKD)
    if rats is None or rpkds is None:
        yield _not_recorded()
        return
    mine = [(p, d) for p, d in rats if d.tahun == year]
    cover = covering(rpkds, year)
    if mine:
        path, doc = mine[0]
        used = {
            "rat": tuple(p for p, _ in mine),
            "rpkd_yang_mencakup": tuple(cover),
            "status": doc.status,
        }
        yield verdict(
            Outcome.COMPLIANT,
            "ok" if cover else "ok_no_rpkd",
            path,
            used=used,
            advisory=not cover,
            year=year,
        )
    elif ctx.year_over:
        yield verdict(Outcome.VIOLATION, "missing", "dokumen", year=year)
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "missing_running",
            "dokumen",
            advisory=True,
            progress=Progress.AT_RISK,
            year=year,
        )


def _report_years(on: dt.date) -> tuple[int, ...]:
    return (on.year - 2, on.year - 1)


def _reports(ctx: Context) -> list[tuple[str, PlanningDocument]] | None:
    docs = documents(ctx, DocumentKind.LAPORAN_PELAKSANAAN)
    if docs is None:
        return None
    return [(p, d) for p, d in docs if d.tahun == ctx.year]


@rule(
    "TKPK53-DOC-005",
    "53.report",
    "documents",
    citation=PROVISIONS["53.report"].citation,
    support=Support.REPORTED,
    yearly=_report_years,
)
def REPORT_YEARLY(ctx: Context) -> Iterator[Verdict]:
    """An implementation report exists for the year (its deadline is unknown)."""
    found = _reports(ctx)
    if found is None:
        yield _not_recorded()
    elif found:
        yield verdict(Outcome.COMPLIANT, "ok", found[0][0], year=ctx.year)
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "missing_no_deadline",
            "dokumen",
            missing=(f"dokumen (laporan_pelaksanaan tahun {ctx.year})",),
            year=ctx.year,
        )


@rule(
    "TKPK53-DOC-006",
    "53.report",
    "documents",
    citation=PROVISIONS["53.report"].citation,
    support=Support.PRACTICE,
    yearly=_report_years,
)
def REPORT_TIMING(ctx: Context) -> Iterator[Verdict]:
    """In practice the report is presented by the end of the following year."""
    year = ctx.year or 0
    found = _reports(ctx)
    if found is None:
        yield _not_recorded()
        return
    by = dt.date(year + 1, 12, 31)
    next_over = ctx.on > by
    dated = [(p, d) for p, d in found if isinstance(d.ditetapkan, dt.date)]
    if dated:
        path, doc = min(dated, key=lambda item: item[1].ditetapkan)  # type: ignore[arg-type,return-value]
        on_time = doc.ditetapkan <= by  # type: ignore[operator]
        yield verdict(
            Outcome.COMPLIANT,
            "on_time" if on_time else "late",
            path,
            advisory=not on_time,
            year=year,
            ditetapkan=doc.ditetapkan,
            batas=by,
        )
    elif found:
        yield verdict(
            Outcome.UNDETERMINED,
            "date_not_recorded",
            found[0][0],
            missing=(f"{found[0][0]}.ditetapkan",),
            year=year,
        )
    elif next_over:
        yield verdict(
            Outcome.COMPLIANT, "missing_late", "dokumen", advisory=True, year=year, batas=by
        )
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "pending",
            "dokumen",
            progress=Progress.ON_TRACK,
            year=year,
            batas=by,
        )


RULES = (RPKD_DRAFTED, RPKD_FIVE_YEARS, RPKD_WITH_RPJMD, RAT_YEARLY, REPORT_YEARLY, REPORT_TIMING)
