"""Breakers of the rules on planning documents (RPKD, RAT, report; the SPKD of 42/2010).

The mirror of :mod:`tkpk_rules.rules.documents`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from hypothesis import strategies as st

from tkpk_rules.law.timeline import HANDOVER_EARLIEST, HANDOVER_LATEST
from tkpk_rules.model import (
    NOT_RECORDED,
    DataBasis,
    DocumentKind,
    Dossier,
    PlanningDocument,
    YearRange,
)
from tkpk_rules.testing.breakers import (
    E42,
    E53,
    Y53,
    Breaker,
    BreakResult,
    as_strategy,
    breaks,
    edit_docs,
    follow_rpjmd,
    known,
    overlap,
    rpjmd_for,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


@breaks(BREAKERS, "TKPK53-DOC-001", earliest=E53)
def _rpjmd_alone(d: Dossier, on: dt.date) -> BreakResult:
    """An RPJMD adopted under 53/2020 with no RPKD for its period."""
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()

    def drop_rpkds(d2: Dossier, period: YearRange) -> Dossier:
        def change(doc: PlanningDocument) -> PlanningDocument | None:
            if doc.jenis is not DocumentKind.RPKD:
                return doc
            if isinstance(doc.periode, YearRange) and not overlap(doc.periode, period):
                return doc
            return None

        return edit_docs(d2, change)

    def with_new(day: dt.date) -> Dossier:
        period = YearRange(mulai=on.year + 6, selesai=on.year + 10)
        rpjmd = PlanningDocument(jenis=DocumentKind.RPJMD, periode=period, ditetapkan=day)
        return drop_rpkds(attrs.evolve(d, dokumen=(*docs, rpjmd)), period)

    if not isinstance(d.dokumen, tuple):
        return d
    # Dropping the RPKD of a recorded RPJMD would leave that cycle's RATs without
    # an RPKD (an advisory of TKPK53-DOC-004); a new RPJMD for a later cycle does not.
    return st.dates(E53, on).map(with_new)


def _known_rpkds(d: Dossier, on: dt.date) -> list[int]:
    """The RPKDs known on ``on`` that 53/2020 binds: adopted once it surely governed, or
    not adopted (an earlier one is not applicable to the RPKD rules)."""
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()
    return [
        i
        for i, doc in enumerate(docs)
        if doc.jenis is DocumentKind.RPKD
        and known(doc, on)
        and not (isinstance(doc.adopted_on, dt.date) and doc.adopted_on < HANDOVER_LATEST)
    ]


def _edit_rpkd(
    d: Dossier,
    on: dt.date,
    change: Callable[[PlanningDocument], PlanningDocument],
    draft: PlanningDocument,
) -> BreakResult:
    """Change one RPKD known on ``on``, or add ``draft`` (not adopted yet) when none is."""
    if not isinstance(d.dokumen, tuple):
        return d
    docs = d.dokumen
    known = _known_rpkds(d, on)
    if not known:
        added = change(draft)
        rpjmd = rpjmd_for(added.periode) if isinstance(added.periode, YearRange) else None
        return attrs.evolve(d, dokumen=(*docs, added, *((rpjmd,) if rpjmd else ())))

    def at(i: int) -> Dossier:
        new = change(docs[i])
        out = tuple(new if j == i else x for j, x in enumerate(docs))
        return attrs.evolve(d, dokumen=follow_rpjmd(out, docs[i].periode, new.periode))

    return st.sampled_from(known).map(at)


def _draft(on: dt.date) -> PlanningDocument:
    return PlanningDocument(
        jenis=DocumentKind.RPKD,
        periode=YearRange(mulai=on.year + 1, selesai=on.year + 5),
        ditetapkan=None,
        disusun_bersama_rpjmd=True,
    )


@breaks(BREAKERS, "TKPK53-DOC-002", earliest=E53)
def _rpkd_wrong_length(d: Dossier, on: dt.date) -> BreakResult:
    """An RPKD of seven or more calendar years (longer, so it still covers its RATs).

    Six calendar years is not a violation: a five-year term starting mid-year spans six.
    """

    def wrong(extra: int) -> BreakResult:
        def change(doc: PlanningDocument) -> PlanningDocument:
            start = doc.periode.mulai if isinstance(doc.periode, YearRange) else on.year
            return attrs.evolve(doc, periode=YearRange(mulai=start, selesai=start + extra))

        return _edit_rpkd(d, on, change, _draft(on))

    return st.sampled_from([6, 7, 9]).flatmap(lambda n: as_strategy(wrong(n)))


@breaks(BREAKERS, "TKPK53-DOC-003", earliest=E53, adverse=("not_together",))
def _rpkd_apart(d: Dossier, on: dt.date) -> BreakResult:
    """An RPKD recorded as not drafted together with the RPJMD, and not shown to come before
    it (undetermined, since before is allowed): its RPJMD adopted no later than it."""

    def apart(doc: PlanningDocument) -> PlanningDocument:
        return attrs.evolve(doc, disusun_bersama_rpjmd=False, tanggal_draf=NOT_RECORDED)

    return as_strategy(_edit_rpkd(d, on, apart, _draft(on))).map(_rpjmd_not_after)


def _rpjmd_not_after(d: Dossier) -> Dossier:
    """Each RPJMD adopted no later than an RPKD of its period recorded as drafted apart."""
    if not isinstance(d.dokumen, tuple):
        return d
    apart = {
        doc.periode: doc.ditetapkan
        for doc in d.dokumen
        if doc.jenis is DocumentKind.RPKD
        and doc.disusun_bersama_rpjmd is False
        and isinstance(doc.ditetapkan, dt.date)
    }

    def earlier(doc: PlanningDocument) -> PlanningDocument:
        day = apart.get(doc.periode)
        if doc.jenis is not DocumentKind.RPJMD or not isinstance(day, dt.date):
            return doc
        if isinstance(doc.ditetapkan, dt.date) and doc.ditetapkan > day:
            return attrs.evolve(doc, ditetapkan=day)
        return doc

    return attrs.evolve(d, dokumen=tuple(earlier(doc) for doc in d.dokumen))


#: The first year Permendagri 53/2020 governs throughout.
FIRST_53_YEAR = E53.year + 1


@breaks(BREAKERS, "TKPK53-DOC-004", earliest=dt.date(FIRST_53_YEAR, 1, 1))
def _no_rat(d: Dossier, on: dt.date) -> BreakResult:
    """No RAT for the year before ``on``; in 2021, none for 2021 itself.

    The rule judges the running year too, so it can be broken from the first
    year 53/2020 governs throughout: with no RAT for 2021, and with a RAT for
    2021 that has no RPKD to elaborate, it gives an advisory then, as in any
    later year.  (2020 is judged *undetermined*: the handover falls in it.)
    """
    year = max(on.year - 1, FIRST_53_YEAR)
    return edit_docs(
        d, lambda doc: None if doc.jenis is DocumentKind.RAT and doc.tahun == year else doc
    )


@breaks(BREAKERS, "TKPK53-DOC-005", earliest=Y53, adverse=("missing_no_deadline",))
def _no_report(d: Dossier, on: dt.date) -> BreakResult:
    """No implementation report on the year before ``on`` (undetermined: no deadline known)."""
    year = on.year - 1
    return edit_docs(
        d,
        lambda doc: (
            None if doc.jenis is DocumentKind.LAPORAN_PELAKSANAAN and doc.tahun == year else doc
        ),
    )


@breaks(BREAKERS, "TKPK53-DOC-006", earliest=dt.date(Y53.year + 1, 1, 1))
def _late_report(d: Dossier, on: dt.date) -> BreakResult:
    """The report on two years before ``on`` came after the end of the following year."""
    year = on.year - 2

    def late(day: dt.date) -> Dossier:
        def change(doc: PlanningDocument) -> PlanningDocument:
            if doc.jenis is DocumentKind.LAPORAN_PELAKSANAAN and doc.tahun == year:
                return attrs.evolve(doc, ditetapkan=day)
            return doc

        return edit_docs(d, change)

    return st.dates(dt.date(on.year, 1, 1), on).map(late)


@breaks(BREAKERS, "TKPK53-DOC-007", earliest=dt.date(E53.year + 1, 1, 1))
def _rpkd_chapters_out_of_order(d: Dossier, on: dt.date) -> BreakResult:
    """Every RPKD known on ``on`` has the five chapters of Pasal 20 with two swapped.

    From 2021 the compliant builder always has an RPKD known on the date (the one
    replacing the SPKD is adopted during 2020).  A draft gives an advisory instead.
    """
    order = (
        "Pendahuluan",
        "Profil Kemiskinan Daerah",
        "Kondisi Umum Daerah",
        "Prioritas Program",
        "Lokasi Prioritas",
    )
    return edit_docs(
        d,
        lambda doc: (
            attrs.evolve(doc, bab=order)
            if doc.jenis is DocumentKind.RPKD and known(doc, on)
            else doc
        ),
    )


@breaks(BREAKERS, "TKPK53-DOC-008", earliest=dt.date(E53.year + 1, 1, 1))
def _rpjmd_period_apart(d: Dossier, on: dt.date) -> BreakResult:
    """Every RPJMD runs one year longer than its RPKD (six calendar years, still overlapping).

    No rule judges the RPJMD's own length, and every RPKD still meets an RPJMD.
    """
    return edit_docs(
        d,
        lambda doc: (
            attrs.evolve(
                doc, periode=YearRange(mulai=doc.periode.mulai, selesai=doc.periode.selesai + 1)
            )
            if doc.jenis is DocumentKind.RPJMD and isinstance(doc.periode, YearRange)
            else doc
        ),
    )


@breaks(BREAKERS, "TKPK53-DOC-009", earliest=Y53)
def _rat_without_nik(d: Dossier, on: dt.date) -> BreakResult:
    """Last year's RAT targets with data by name and address, not by NIK."""
    year = on.year - 1
    basis = (DataBasis.NAMA, DataBasis.ALAMAT)
    return edit_docs(
        d,
        lambda doc: (
            attrs.evolve(doc, basis_data=basis)
            if doc.jenis is DocumentKind.RAT and doc.tahun == year
            else doc
        ),
    )


# -- Permendagri 42/2010 only: the SPKD ---------------------------------------------------

#: The last day Permendagri 42/2010 may govern (the handover may come as late as this).
LAST_42 = HANDOVER_EARLIEST - dt.timedelta(days=1)


def _spkds(d: Dossier, on: dt.date) -> list[int]:
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()
    return [i for i, doc in enumerate(docs) if doc.jenis is DocumentKind.SPKD and known(doc, on)]


def _with_spkd_period(d: Dossier, on: dt.date, first: int, last: int) -> Dossier:
    if not isinstance(d.dokumen, tuple):
        return d
    chosen = set(_spkds(d, on))
    period = YearRange(mulai=first, selesai=last)
    return attrs.evolve(
        d,
        dokumen=tuple(
            attrs.evolve(doc, periode=period) if i in chosen else doc
            for i, doc in enumerate(d.dokumen)
        ),
    )


@breaks(BREAKERS, "TKPK42-DOC-001", earliest=E42, latest=LAST_42)
def _spkd_lapsed(d: Dossier, on: dt.date) -> BreakResult:
    """Every SPKD known on ``on`` ends before ``on``'s year (still five years long)."""
    return _with_spkd_period(d, on, on.year - 6, on.year - 2)


@breaks(BREAKERS, "TKPK42-DOC-002", earliest=E42, latest=LAST_42)
def _spkd_seven_years(d: Dossier, on: dt.date) -> BreakResult:
    """Every SPKD known on ``on`` spans seven calendar years (still covering ``on``'s year).

    Six calendar years is undetermined, not a violation: a five-year term that starts
    mid-year is often written across six.
    """
    return _with_spkd_period(d, on, on.year - 2, on.year + 4)
