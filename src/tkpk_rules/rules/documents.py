"""Planning documents: RPKD (``53.functions``, ``53.rpkd``), RAT (``53.rat``), report.

The report is ``53.report``.

* The team drafts the RPKD, before or together with the RPJMD.  The law gives no
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

A document adopted after the date judged did not exist yet on that date.  One
adopted in a year or month that holds the date may or may not exist on it: every
rule that requires ``DOCUMENTS`` is judged under both readings of each such
document it looks at, and keeps its finding only where they agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

import attrs

from tkpk_rules.judge import (
    adoption_uncertain,
    adoption_undated,
    covering,
    is_adopted,
)
from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.law.parameters import day_in, value
from tkpk_rules.law.timeline import HANDOVER_EARLIEST, HANDOVER_LATEST
from tkpk_rules.model import (
    Coverage,
    DataBasis,
    DocumentKind,
    ImpreciseDate,
    NotRecorded,
    PlanningDocument,
    YearRange,
    date_bounds,
)
from tkpk_rules.report.outcome import Outcome, Progress
from tkpk_rules.rules._base import (
    R42,
    R53,
    Context,
    Requirement,
    RuleFunction,
    Verdict,
    rule,
    verdict,
)
from tkpk_rules.rules._docs import (
    documents,
    is_uncertain,
    judge_readings,
    open_adoptions,
    open_facts,
    period_length,
)

__all__ = [
    "RAT_TARGETING",
    "RAT_YEARLY",
    "REPORT_TIMING",
    "REPORT_YEARLY",
    "RPKD_CHAPTERS",
    "RPKD_DRAFTED",
    "RPKD_FIVE_YEARS",
    "RPKD_OUTLINE",
    "RPKD_PERIOD_IS_RPJMD",
    "RPKD_WITH_RPJMD",
]


def _bounds(doc: PlanningDocument) -> tuple[dt.date, dt.date]:
    bounds = date_bounds(doc.adopted_on)
    assert bounds is not None, "a document with an adoption date"
    return bounds


def _overlap(a: YearRange, b: YearRange) -> bool:
    return a.mulai <= b.selesai and b.mulai <= a.selesai


def _same_cycle(a: YearRange, b: YearRange) -> bool:
    """Whether two plans' periods belong to one planning cycle: they start or end together.

    An RPKD goes with the RPJMD of its cycle.  Periods that only overlap (RPJMD 2021-2026
    and RPKD 2025-2029, or RPKD 2021-2026 beside RPJMD 2016-2021) are of two cycles: the
    RPKD may have been drafted before its own RPJMD, which the record may not hold yet.
    """
    return a.mulai == b.mulai or a.selesai == b.selesai


def _documents_check(ctx: Context) -> Verdict | None:
    docs = ctx.dossier.dokumen
    if isinstance(docs, NotRecorded):
        return verdict(Outcome.UNDETERMINED, "docs_not_recorded", "dokumen", missing=("dokumen",))
    return None


def _adoption_readings(ctx: Context, body: RuleFunction) -> Iterable[Verdict]:
    """A rule about documents, judged as the record allows while adoption dates are open.

    A document adopted in a year or month that holds the date judged may or may
    not exist on it.  The rule is judged under each reading (each such document
    it can see adopted by then, or not yet) and keeps its findings where every
    reading says the same; otherwise the findings every reading gives alike stand
    and the rest is one *undetermined*, naming the adoption dates that decide.
    """
    if not open_adoptions(ctx):
        return body(ctx)
    readings = judge_readings(ctx, body)
    agreed = readings.agreed
    if agreed is not None:
        return agreed
    deciding = readings.deciding
    undated = [p for p in deciding if _undated(ctx, p)]
    unsure = [p for p in deciding if is_uncertain(ctx.dossier, p)]
    common = readings.common
    # What a reading finds about an undated document itself (its period, its chapters)
    # is kept as the finding if the document existed: the engine makes it undetermined,
    # naming the date (``item_undated``), or the document recorded as uncertain
    # (``uncertain_fact``).  Only what the readings say of the list as a whole ("an RPKD
    # exists") needs the answer below.
    first = [] if readings.too_many else readings.runs[frozenset()]
    shared = {id(v) for v in common}
    itself = [*undated, *(p for p in unsure if p not in undated)]
    mine = [v for v in first if id(v) not in shared and any(_about(v.path, p) for p in itself)]
    shared |= {id(v) for v in mine}
    rest = [v for v in first if id(v) not in shared]
    # An open finding kept names the undated document's date too (it may not exist yet).
    own = [
        v
        if v.outcome is not Outcome.UNDETERMINED
        else attrs.evolve(
            v, missing=tuple(dict.fromkeys((*v.missing, *_dates_of(v.path, undated))))
        )
        for v in mine
    ]
    covered = {p for p in itself if any(_about(v.path, p) for v in own)}
    if own and not rest and covered == set(deciding):
        # Every deciding document is undated or uncertain and has a finding of its own
        # naming what it lacks.
        return (*common, *own)
    missing = tuple(m for p in deciding for m in open_facts(ctx.dossier, p))
    if unsure:
        return (
            *common,
            *own,
            verdict(
                Outcome.UNDETERMINED,
                "docs_uncertain" if len(unsure) == len(deciding) else "docs_uncertain_mixed",
                "dokumen",
                missing=missing,
                extra={"dokumen": ", ".join(deciding), "belum_pasti": ", ".join(unsure)},
            ),
        )
    return (
        *common,
        *own,
        verdict(
            Outcome.UNDETERMINED,
            (
                "docs_adoption_open"
                if not undated
                else "docs_adoption_undated"
                if len(undated) == len(deciding)
                else "docs_adoption_mixed"
            ),
            "dokumen",
            missing=missing,
            extra={"dokumen": ", ".join(deciding)}
            | ({"tanpa_tanggal": ", ".join(undated)} if undated else {}),
        ),
    )


def _about(path: str, doc: str) -> bool:
    """Whether a finding at ``path`` is about the document at ``doc`` (``dokumen[2]``)."""
    return path == doc or path.startswith(doc + ".")


def _dates_of(path: str, undated: list[str]) -> list[str]:
    """The adoption dates of the undated documents ``path`` is about."""
    return [f"{p}.ditetapkan" for p in undated if _about(path, p)]


def _undated(ctx: Context, path: str) -> bool:
    """Whether the record's document at ``path`` (``dokumen[2]``) has no adoption date."""
    docs = ctx.dossier.dokumen
    index = int(path[len("dokumen[") : -1])
    return isinstance(docs, tuple) and index < len(docs) and adoption_undated(docs[index])


#: A rule about planning documents needs them recorded.
DOCUMENTS = Requirement(
    name="documents",
    check=_documents_check,
    around=_adoption_readings,
    messages=(
        (
            "docs_not_recorded",
            ("Dokumen perencanaan tidak dicatat.", "Planning documents are not recorded."),
        ),
        (
            "docs_adoption_open",
            (
                "Belum pasti dokumen {dokumen} sudah ditetapkan pada tanggal penilaian: hanya"
                " tahun atau bulan penetapannya yang diketahui.",
                "Whether {dokumen} had been adopted by the date judged is open: only the year"
                " or month of adoption is known.",
            ),
        ),
        (
            "docs_adoption_undated",
            (
                "Belum pasti dokumen {dokumen} sudah ditetapkan pada tanggal penilaian: tanggal"
                " penetapannya tidak dicatat.",
                "Whether {dokumen} had been adopted by the date judged is open: the adoption"
                " date is not recorded.",
            ),
        ),
        (
            "docs_adoption_undated.action",
            (
                "Catat tanggal penetapan dokumen yang disebut (ditetapkan).",
                "Record the adoption date of the documents named (ditetapkan).",
            ),
        ),
        (
            "docs_adoption_mixed",
            (
                "Belum pasti dokumen {dokumen} sudah ditetapkan pada tanggal penilaian: tanggal"
                " penetapan {tanpa_tanggal} tidak dicatat, dan dari yang lain hanya tahun atau"
                " bulannya yang diketahui.",
                "Whether {dokumen} had been adopted by the date judged is open: no adoption date"
                " is recorded for {tanpa_tanggal}, and of the others only the year or month is"
                " known.",
            ),
        ),
        (
            "docs_adoption_mixed.action",
            (
                "Catat tanggal lengkap penetapan dokumen yang disebut.",
                "Record the full adoption date of the documents named.",
            ),
        ),
        (
            "docs_uncertain",
            (
                "Belum pasti dokumen {dokumen} ada pada tanggal penilaian: dokumen itu dicatat"
                " belum pasti (kepastian: belum_pasti).",
                "Whether {dokumen} existed on the date judged is open: it is recorded as"
                " uncertain (kepastian: belum_pasti).",
            ),
        ),
        (
            "docs_uncertain.action",
            (
                "Pastikan dokumen yang disebut pada sumbernya, lalu ubah kepastiannya.",
                "Confirm the documents named in their source, then change their kepastian.",
            ),
        ),
        (
            "docs_uncertain_mixed",
            (
                "Belum pasti dokumen {dokumen} sudah ditetapkan pada tanggal penilaian:"
                " {belum_pasti} dicatat belum pasti (kepastian: belum_pasti), dan tanggal"
                " penetapan yang lain belum pasti.",
                "Whether {dokumen} had been adopted by the date judged is open: {belum_pasti}"
                " is recorded as uncertain (kepastian: belum_pasti), and the adoption date of"
                " the others is open.",
            ),
        ),
        (
            "docs_uncertain_mixed.action",
            (
                "Pastikan dokumen yang dicatat belum pasti pada sumbernya, dan catat tanggal"
                " lengkap penetapan dokumen lain yang disebut.",
                "Confirm the documents recorded as uncertain in their source, and record the"
                " full adoption date of the other documents named.",
            ),
        ),
        (
            "docs_adoption_open.action",
            (
                "Catat tanggal lengkap penetapan dokumen yang disebut.",
                "Record the full adoption date of the documents named.",
            ),
        ),
        (
            "docs_not_recorded.action",
            (
                "Catat dokumen RPKD, RAT, laporan pelaksanaan dan RPJMD di bagian 'dokumen'.",
                "Record the RPKD, RAT, implementation report and RPJMD under 'dokumen'.",
            ),
        ),
    ),
)


@rule(
    "TKPK53-DOC-001",
    "53.functions",
    support=Support.SINGLE_SOURCE,
    also_cited=(PROVISIONS["53.rpkd"].citation,),
    requires=(DOCUMENTS,),
    messages={
        "title": ("Tim menyusun RPKD", "The team drafts the RPKD"),
        "exists": (
            "RPKD tercatat: {rpkd}.",
            "An RPKD is recorded: {rpkd}.",
        ),
        "no_deadline": (
            "Tidak ada RPKD dalam catatan. Batas waktunya tidak diketahui; RPKD disusun bersama"
            " RPJMD, tetapi tidak ada RPJMD yang ditetapkan menurut 53/2020 dalam catatan.",
            "No RPKD is recorded. No deadline is known; the RPKD is drafted with the RPJMD, but no"
            " RPJMD adopted under 53/2020 is recorded.",
        ),
        "no_deadline.action": (
            "Catat RPKD (juga drafnya) dan RPJMD beserta tanggal penetapannya.",
            "Record the RPKD (drafts too) and the RPJMD with its adoption date.",
        ),
        "rpjmd_date_open": (
            "RPJMD {periode} ditetapkan {ditetapkan} dan tidak ada RPKD untuknya dalam catatan;"
            " belum pasti"
            " RPJMD itu ditetapkan sesudah Permendagri 53/2020 berlaku (hanya tahun atau"
            " bulannya yang diketahui).",
            "The {periode} RPJMD was adopted in {ditetapkan} and no RPKD for it is recorded;"
            " whether it was"
            " adopted after Permendagri 53/2020 governed is open (only the year or month is"
            " known).",
        ),
        "rpjmd_undated": (
            "RPJMD {periode} tercatat tanpa tanggal penetapan dan tidak ada RPKD untuknya dalam"
            " catatan; belum pasti RPJMD itu ditetapkan sesudah Permendagri 53/2020 berlaku.",
            "The {periode} RPJMD is recorded without its adoption date and no RPKD for it is"
            " recorded; whether it was adopted after Permendagri 53/2020 governed is open.",
        ),
        "rpjmd_undated.action": (
            "Catat tanggal penetapan RPJMD (ditetapkan).",
            "Record the date the RPJMD was adopted (ditetapkan).",
        ),
        "rpjmd_date_open.action": (
            "Catat tanggal lengkap penetapan RPJMD.",
            "Record the full date the RPJMD was adopted.",
        ),
        "with_rpjmd": (
            "RPJMD {periode} mempunyai RPKD pendamping.",
            "The {periode} RPJMD has an RPKD alongside it.",
        ),
        "rpkd_period_unknown": (
            "Tidak pasti apakah RPJMD {periode} mempunyai RPKD pendamping: periode RPKD yang"
            " tercatat tidak dicatat.",
            "Whether the {periode} RPJMD has an RPKD alongside it is open: the period of the"
            " RPKD recorded is not recorded.",
        ),
        "rpkd_period_unknown.action": (
            "Catat periode RPKD (periode).",
            "Record the RPKD's period (periode).",
        ),
        "only_draft": (
            "RPKD tercatat hanya sebagai draf atau tanpa penetapan ({rpkd}); ringkasan aturan"
            " tidak menyebut apakah RPKD harus sudah ditetapkan.",
            "The RPKD is recorded only as a draft or without adoption ({rpkd}); the brief of"
            " the law does not say whether the RPKD must already be adopted.",
        ),
        "only_draft.action": (
            "Catat penetapan RPKD (status: ditetapkan, tanggal ditetapkan) bila sudah ada.",
            "Record the RPKD's adoption (status: ditetapkan, the date) once it exists.",
        ),
        "rpkd_adopted_later": (
            "RPJMD {periode} sudah ditetapkan; RPKD untuk periode itu baru ditetapkan sesudah"
            " tanggal penilaian, dan tidak dicatat apakah drafnya sudah ada pada tanggal ini.",
            "The {periode} RPJMD is adopted; the RPKD for that period was adopted only after the"
            " date judged, and whether its draft existed on this date is not recorded.",
        ),
        "rpjmd_without_rpkd": (
            "RPJMD {periode} sudah ditetapkan, tetapi tidak ada RPKD (juga draf) untuk periode"
            " itu.",
            "The {periode} RPJMD is adopted, but there is no RPKD (not even a draft) for that"
            " period.",
        ),
        "rpjmd_without_rpkd.action": (
            "Susun RPKD untuk periode RPJMD, atau catat yang sudah ada.",
            "Draft the RPKD for the RPJMD's period, or record the existing one.",
        ),
    },
)
def RPKD_DRAFTED(ctx: Context) -> Iterator[Verdict]:
    """An RPKD goes with each RPJMD adopted under 53/2020."""
    rpkds = documents(ctx, DocumentKind.RPKD)
    rpjmds = documents(ctx, DocumentKind.RPJMD)
    start = ctx.handover or HANDOVER_LATEST
    # Adopted on or after ``start``; a year or month that holds ``start`` may be either,
    # and so may one whose adoption date is not recorded at all.
    recent = [
        (p, d)
        for p, d in rpjmds
        if isinstance(d.periode, YearRange)
        and (
            b[1] >= start
            if (b := date_bounds(d.adopted_on)) is not None
            # Undated, and its period not over when 53/2020 began to govern.
            else adoption_undated(d) and d.periode.selesai >= start.year
        )
    ]
    spkd = documents(ctx, DocumentKind.SPKD) or []
    adopted = [(p, d) for p, d in rpkds if is_adopted(d) is True]
    if not recent:
        if adopted:
            yield verdict(Outcome.COMPLIANT, "exists", "dokumen", rpkd=tuple(p for p, _ in adopted))
        elif rpkds:
            yield verdict(
                Outcome.UNDETERMINED,
                "only_draft",
                "dokumen",
                missing=tuple(f"{p}.ditetapkan" for p, _ in rpkds),
                rpkd=", ".join(p for p, _ in rpkds),
            )
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
        # An RPKD goes with the RPJMD of its cycle (an RPKD 2021-2026 is not 2025-2029's).
        near = [
            (p, d)
            for p, d in rpkds
            if isinstance(d.periode, YearRange) and _same_cycle(d.periode, period)
        ]
        # An RPKD whose period is not recorded may be this cycle's or another's: it neither
        # shows the RPJMD has one nor that it has none.
        open_period = [p for p, d in rpkds if not isinstance(d.periode, YearRange)]
        match = [p for p, d in near if is_adopted(d) is True]
        drafts = [p for p, d in near if is_adopted(d) is not True]
        used = {"rpjmd": path, "periode": f"{period.mulai}-{period.selesai}", "rpkd": tuple(match)}
        if not match and open_period:
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_period_unknown",
                path,
                used={**used, "rpkd_tanpa_periode": tuple(open_period)},
                missing=tuple(f"{p}.periode" for p in open_period),
                periode=used["periode"],
            )
            continue
        later = [
            p
            for p, d in enumerate_all(ctx, DocumentKind.RPKD)
            if isinstance(d.periode, YearRange) and _same_cycle(d.periode, period)
        ]
        if match:
            yield verdict(Outcome.COMPLIANT, "with_rpjmd", path, used=used, periode=used["periode"])
        elif drafts:
            yield verdict(
                Outcome.UNDETERMINED,
                "only_draft",
                drafts[0],
                used={**used, "rpkd_draf": tuple(drafts)},
                missing=tuple(f"{p}.ditetapkan" for p in drafts),
                rpkd=", ".join(drafts),
            )
        elif later:
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_adopted_later",
                path,
                used={**used, "rpkd_ditetapkan_kemudian": tuple(later)},
                missing=(f"{later[0]}.status (draf pada tanggal penilaian / draft on the date)",),
                periode=used["periode"],
            )
        elif adoption_undated(rpjmd):
            yield verdict(
                Outcome.UNDETERMINED,
                "rpjmd_undated",
                path,
                used=used,
                missing=(f"{path}.ditetapkan",),
                periode=used["periode"],
            )
        elif _bounds(rpjmd)[0] < start:
            # Perhaps adopted before 53/2020 governed: then no RPKD was due with it.
            yield verdict(
                Outcome.UNDETERMINED,
                "rpjmd_date_open",
                path,
                used=used,
                missing=(f"{path}.ditetapkan",),
                periode=used["periode"],
                ditetapkan=rpjmd.adopted_on,
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
    """Every document of a kind, whatever its adoption date.

    Under a reading of the open documents (``ctx.reading``), one recorded as uncertain
    and read as not there is left out: it may not exist at all, at any date.
    """
    docs = ctx.dossier.dokumen
    if not isinstance(docs, tuple):
        return []
    reading = ctx.reading
    gone: frozenset[str] = frozenset()
    if reading is not None:
        reading.asked.add(kind)
        gone = reading.not_yet
    return [
        (path, d)
        for i, d in enumerate(docs)
        if d.jenis is kind and not ((path := f"dokumen[{i}]") in gone and adoption_uncertain(d))
    ]


#: The words of an RPKD adopted before Permendagri 53/2020 governed (:func:`_each_rpkd`).
_BEFORE_53 = {
    "adopted_before_53": (
        "RPKD ini ditetapkan (tanggal: {ditetapkan}) sebelum Permendagri 53/2020 berlaku;"
        " ketentuannya tentang RPKD tidak dinilai untuk dokumen ini.",
        "This RPKD was adopted (date: {ditetapkan}) before Permendagri 53/2020 governed;"
        " its provisions on the RPKD are not judged for this document.",
    ),
}
#: The words of an RPKD whose violation rests on 53/2020 having governed its adoption.
_REGIME_OPEN = {
    "adopted_regime_open": (
        "RPKD ini ditetapkan (tanggal: {ditetapkan}); belum pasti Permendagri 53/2020 sudah"
        " berlaku saat itu, jadi ketentuannya tentang RPKD belum dapat dinilai untuk dokumen"
        " ini.",
        "This RPKD was adopted (date: {ditetapkan}); whether Permendagri 53/2020 already"
        " governed then is open, so its provisions on the RPKD cannot be judged for this"
        " document yet.",
    ),
    "adopted_regime_open.action": (
        "Catat tanggal penetapan RPKD selengkapnya, atau berikan tanggal peralihan"
        " (--handover) bila diketahui.",
        "Record the RPKD's full adoption date, or give the handover date (--handover) if it"
        " is known.",
    ),
}


def _each_rpkd(ctx: Context) -> Iterator[tuple[str, PlanningDocument] | Verdict]:
    """The RPKDs known on the date, with paths; one surely adopted before 53/2020 governed
    is not applicable: no duty of 53/2020 bound it when it was made.  One that may have
    been is judged, and a violation of it is open (:func:`_unless_before_53`)."""
    rpkds = documents(ctx, DocumentKind.RPKD)
    if not rpkds:
        yield verdict(Outcome.NOT_APPLICABLE, "no_rpkd", "dokumen")
        return
    for path, doc in rpkds:
        if _adoption_regime(ctx, doc) == "before":
            shown = _adoption_words(doc.adopted_on)
            yield verdict(Outcome.NOT_APPLICABLE, "adopted_before_53", path, ditetapkan=shown)
        else:
            yield path, doc


def _unless_before_53(ctx: Context, path: str, doc: PlanningDocument, v: Verdict) -> Verdict:
    """``v``, unless it is a violation of an RPKD that may have been adopted before
    53/2020 governed: then the record cannot support it (``adopted_regime_open``)."""
    if v.outcome is not Outcome.VIOLATION or _adoption_regime(ctx, doc) != "open":
        return v
    bounds = date_bounds(doc.adopted_on)
    vague = bounds is None or bounds[0] != bounds[1]
    return verdict(
        Outcome.UNDETERMINED,
        "adopted_regime_open",
        path,
        missing=(f"{path}.ditetapkan",) if vague else (),
        ditetapkan=_adoption_words(doc.adopted_on),
    )


def _adoption_regime(ctx: Context, doc: PlanningDocument) -> str | None:
    """``"before"``, ``"open"`` or ``None`` (53/2020 governed it) for an RPKD's adoption.

    With no adoption date, a period starting before 53/2020 governed a whole year leaves
    it open (it may have been adopted under 42/2010)."""
    bounds = date_bounds(doc.adopted_on)
    if bounds is not None:
        return _regime_at_adoption(ctx, bounds)
    if isinstance(doc.periode, YearRange) and doc.periode.mulai <= HANDOVER_LATEST.year:
        return "open"
    return None


def _regime_at_adoption(ctx: Context, bounds: tuple[dt.date, dt.date]) -> str | None:
    """``"before"`` when an adoption surely came before 53/2020 governed, ``"open"`` when it
    may have (a day in the handover window with no ``handover`` given, or a year or month
    that spans the handover), ``None`` when 53/2020 surely governed it."""
    first, last = bounds
    if ctx.handover is not None:
        if last < ctx.handover:
            return "before"
        return "open" if first < ctx.handover else None
    if last < HANDOVER_EARLIEST:
        return "before"
    return "open" if first < HANDOVER_LATEST else None


def _adoption_words(day: object) -> dt.date | str:
    """An adoption date as a message writes it: a day (in words), or the year or month as
    recorded, or "-" when it is not recorded."""
    return _written(day) if isinstance(day, (dt.date, ImpreciseDate)) else "-"


@rule(
    "TKPK53-DOC-002",
    "53.rpkd",
    requires=(DOCUMENTS,),
    title_params={"tahun": value("masa_rpkd_tahun", R53)},
    messages={
        "title": ("RPKD berjangka {tahun} tahun", "The RPKD spans {tahun} years"),
        "no_rpkd": ("Tidak ada RPKD untuk dinilai.", "There is no RPKD to judge."),
        **_BEFORE_53,
        **_REGIME_OPEN,
        "period_not_recorded": (
            "Periode RPKD tidak dicatat.",
            "The RPKD's period is not recorded.",
        ),
        "ok": (
            "RPKD {periode} berjangka {lama} tahun.",
            "The {periode} RPKD spans {lama} years.",
        ),
        "wrong_length": (
            "RPKD {periode} berjangka {lama} tahun, bukan {diharapkan}.",
            "The {periode} RPKD spans {lama} years, not {diharapkan}.",
        ),
        "wrong_length.action": (
            "Sesuaikan periode RPKD menjadi {diharapkan} tahun (mengikuti RPJMD), atau perbaiki"
            " catatan periodenya.",
            "Make the RPKD span {diharapkan} years (following the RPJMD), or correct the recorded"
            " period.",
        ),
        "calendar_years": (
            "RPKD {periode} mencakup {lama} tahun kalender. Rencana {diharapkan} tahun yang"
            " dimulai di pertengahan tahun lazim ditulis begitu; apakah masa berlakunya"
            " {diharapkan} tahun bergantung pada tanggal awal dan akhirnya, yang tidak dicatat.",
            "The RPKD {periode} covers {lama} calendar years. A {diharapkan}-year plan that"
            " starts in the middle of a year is commonly written so; whether its term is"
            " {diharapkan} years depends on its first and last day, which are not recorded.",
        ),
        "calendar_years.action": (
            "Lihat tanggal awal dan akhir masa berlaku RPKD pada keputusan penetapannya: masa"
            " {diharapkan} tahun (misalnya dari pertengahan tahun pertama sampai pertengahan tahun"
            " terakhir) sesuai; masa yang lebih panjang tidak.",
            "Look up the first and last day of the RPKD's term in the decree that adopted it:"
            " a term of {diharapkan} years (for example from the middle of its first year to the"
            " middle of its last) complies; a longer one does not.",
        ),
    },
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
        yield _unless_before_53(ctx, path, doc, period_length(path, doc.periode, years))


def _existed_before(
    rpkd: PlanningDocument, rpjmds: list[PlanningDocument]
) -> tuple[dt.date | str, dt.date | str] | None:
    """The day (as written) by which ``rpkd`` surely existed, adopted or as a draft, and the
    adoption of an RPJMD surely after it; ``None`` when its dates do not show that."""
    known = [rpkd.adopted_on] + (
        list(rpkd.tanggal_draf) if isinstance(rpkd.tanggal_draf, tuple) else []
    )
    seen: list[tuple[dt.date, object]] = []
    for day in known:
        bounds = date_bounds(day)
        if bounds is not None:
            seen.append((bounds[1], day))
    adopted: list[tuple[dt.date, object]] = []
    for rpjmd in rpjmds:
        bounds = date_bounds(rpjmd.adopted_on)
        if bounds is not None:
            adopted.append((bounds[0], rpjmd.adopted_on))
    if not seen or not adopted:
        return None
    by, first = min(seen, key=lambda x: x[0])
    after, when = min(adopted, key=lambda x: x[0])
    if by >= after:
        return None
    return _written(first), _written(when)


def _written(day: object) -> dt.date | str:
    return day if isinstance(day, dt.date) else str(day)


@rule(
    "TKPK53-DOC-003",
    "53.rpkd",
    requires=(DOCUMENTS,),
    messages={
        "title": (
            "RPKD disusun sebelum atau bersama RPJMD",
            "The RPKD is drafted before or together with the RPJMD",
        ),
        "no_rpkd": ("Tidak ada RPKD untuk dinilai.", "There is no RPKD to judge."),
        **_BEFORE_53,
        "ok": (
            "RPKD disusun bersama RPJMD.",
            "The RPKD was drafted together with the RPJMD.",
        ),
        "before_rpjmd": (
            "Menurut catatan, RPKD tidak disusun bersama RPJMD, tetapi sudah ada pada {ada_sejak},"
            " sebelum RPJMD periode yang sama ditetapkan ({rpjmd_ditetapkan}): disusun"
            " sebelumnya.",
            "According to the record the RPKD was not drafted together with the RPJMD, but it"
            " existed by {ada_sejak}, before the RPJMD of the same period was adopted"
            " ({rpjmd_ditetapkan}): it was drafted before it.",
        ),
        "not_together": (
            "Menurut catatan, RPKD tidak disusun bersama RPJMD. Itu sesuai bila RPKD disusun"
            " sebelum RPJMD, dan tidak bila sesudahnya; catatan tidak menunjukkan yang mana.",
            "According to the record the RPKD was not drafted together with the RPJMD. That"
            " complies if it was drafted before the RPJMD, and not if after it; the record"
            " does not show which.",
        ),
        "not_together.action": (
            "Catat kapan draf RPKD sudah ada (tanggal_draf) dan kapan RPJMD periode yang sama"
            " ditetapkan (dokumen jenis rpjmd).",
            "Record when a draft of the RPKD existed (tanggal_draf) and when the RPJMD of the"
            " same period was adopted (a document of jenis rpjmd).",
        ),
        "not_recorded": (
            "Tidak dicatat apakah RPKD disusun bersama RPJMD (RPJMD periode sama: {rpjmd}).",
            "Whether the RPKD was drafted together with the RPJMD is not recorded (RPJMD of the"
            " same period: {rpjmd}).",
        ),
    },
)
def RPKD_WITH_RPJMD(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD was drafted before or together with the RPJMD."""
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
            # "Before or together" (53.rpkd): not together is a breach only if it came after
            # the RPJMD, which a record can hardly show; before it, when its dates show so
            # (an RPJMD of its period adopted after the date judged counts: it came later).
            later = [
                (p, d)
                for p, d in enumerate_all(ctx, DocumentKind.RPJMD)
                if isinstance(doc.periode, YearRange) and d.periode == doc.periode
            ]
            before = _existed_before(doc, [d for _, d in later])
            if before is not None:
                yield verdict(
                    Outcome.COMPLIANT,
                    "before_rpjmd",
                    path,
                    used=used,
                    ada_sejak=before[0],
                    rpjmd_ditetapkan=before[1],
                )
            else:
                # What would show it came first: a draft's day, and the RPJMD's adoption.
                period = doc.periode
                needed = [f"{path}.tanggal_draf"]
                if not isinstance(period, YearRange):
                    needed.append(f"{path}.periode")
                elif not later:
                    needed.append(f"dokumen (RPJMD periode {period.mulai}-{period.selesai})")
                needed += [f"{p}.ditetapkan" for p, d in later if date_bounds(d.adopted_on) is None]
                yield verdict(
                    Outcome.UNDETERMINED,
                    "not_together",
                    path,
                    used=used,
                    missing=tuple(needed),
                )
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
    yearly=True,
    requires=(DOCUMENTS,),
    messages={
        "title": ("RAT untuk setiap tahun", "A RAT for each year"),
        "ok": (
            "Ada RAT untuk tahun {tahun}.",
            "There is a RAT for {tahun}.",
        ),
        "ok_no_rpkd": (
            "Ada RAT untuk tahun {tahun}, tetapi tidak ada RPKD yang mencakup tahun itu dalam"
            " catatan untuk dijabarkan.",
            "There is a RAT for {tahun}, but no RPKD covering that year is recorded for it to"
            " elaborate.",
        ),
        "ok_no_rpkd.action": (
            "Catat RPKD yang mencakup tahun {tahun}, atau susun RPKD.",
            "Record the RPKD covering {tahun}, or draft one.",
        ),
        "ok_draft_rpkd": (
            "Ada RAT untuk tahun {tahun}, tetapi tidak ada RPKD yang ditetapkan yang mencakup"
            " tahun itu: RPKD yang mencakupnya baru draf atau tanpa penetapan ({rpkd}).",
            "There is a RAT for {tahun}, but no adopted RPKD covers that year: the RPKD covering"
            " it is only a draft or has no adoption recorded ({rpkd}).",
        ),
        "ok_draft_rpkd.action": (
            "Tetapkan RPKD, atau catat penetapannya (status: ditetapkan, tanggal).",
            "Adopt the RPKD, or record its adoption (status: ditetapkan, the date).",
        ),
        "ok_draft": (
            "Ada RAT untuk tahun {tahun}, tetapi baru draf (belum ditetapkan).",
            "There is a RAT for {tahun}, but only as a draft (not adopted).",
        ),
        "ok_draft.action": (
            "Tetapkan RAT tahun {tahun}, atau catat penetapannya (status: ditetapkan, tanggal).",
            "Adopt the {tahun} RAT, or record its adoption (status: ditetapkan, the date).",
        ),
        "missing": (
            "Tidak ada RAT untuk tahun {tahun}.",
            "There is no RAT for {tahun}.",
        ),
        "missing.action": (
            "Susun RAT setiap tahun sebagai penjabaran RPKD, sebaiknya sebelum RKPD/APBD tahun"
            " itu.",
            "Prepare a RAT every year elaborating the RPKD, ideally before that year's RKPD/APBD.",
        ),
        "missing_running": (
            "Belum ada RAT untuk tahun {tahun} yang sedang berjalan.",
            "There is no RAT yet for {tahun}, which is still running.",
        ),
        "missing_running.action": (
            "Susun dan catat RAT tahun {tahun}.",
            "Prepare and record the {tahun} RAT.",
        ),
        "year_unknown": (
            "Tidak ada RAT yang tercatat untuk tahun {tahun}, tetapi tahun RAT {rat} tidak"
            " dicatat: mungkin itulah RAT tahun {tahun}.",
            "No RAT is recorded for {tahun}, but the year of the RAT {rat} is not recorded: it"
            " may be the {tahun} RAT.",
        ),
        "year_unknown.action": (
            "Catat tahun yang dijabarkan setiap RAT (tahun).",
            "Record the year each RAT is for (tahun).",
        ),
    },
)
def RAT_YEARLY(ctx: Context) -> Iterator[Verdict]:
    """A RAT exists for the year, elaborating an RPKD that covers it."""
    year = ctx.year or 0
    rats = documents(ctx, DocumentKind.RAT)
    rpkds = documents(ctx, DocumentKind.RPKD)
    mine = [(p, d) for p, d in rats if d.tahun == year]
    # A RAT surely there settles the year; one whose adoption date is not recorded only
    # when there is no other (the engine then says it may have come later).
    sure = [(p, d) for p, d in mine if not adoption_undated(d)]
    chosen = _surest_first(sure or mine)
    # Only an adopted RPKD covers a year; a draft is named, never counted.
    cover = covering([(p, d) for p, d in rpkds if is_adopted(d) is True], year)
    drafts = [p for p in covering(rpkds, year) if p not in cover]
    if mine:
        path, doc = chosen[0]
        used: dict[str, object] = {
            "rat": tuple(p for p, _ in mine),
            "rpkd_yang_mencakup": tuple(cover),
            "status": doc.status,
        }
        if drafts:
            used["rpkd_draf_yang_mencakup"] = tuple(drafts)
        # Only drafts of the year's RAT: there is one, but not adopted (the brief does not
        # say a RAT must be adopted, so this is said, not judged).
        only_drafts = all(is_adopted(d) is False for _, d in chosen)
        if only_drafts:
            variant = "ok_draft"
        else:
            variant = "ok" if cover else ("ok_draft_rpkd" if drafts else "ok_no_rpkd")
        yield verdict(
            Outcome.COMPLIANT,
            variant,
            path,
            used=used,
            advisory=not cover or only_drafts,
            year=year,
            rpkd=", ".join(drafts),
        )
    elif unyeared := [p for p, d in rats if isinstance(d.tahun, NotRecorded)]:
        # A RAT whose year is not recorded may be this year's: no violation rests on it.
        yield verdict(
            Outcome.UNDETERMINED,
            "year_unknown",
            unyeared[0],
            used={"rat_tanpa_tahun": tuple(unyeared)},
            missing=tuple(f"{p}.tahun" for p in unyeared),
            year=year,
            rat=", ".join(unyeared),
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


def _reports(ctx: Context) -> list[tuple[str, PlanningDocument]]:
    docs = documents(ctx, DocumentKind.LAPORAN_PELAKSANAAN)
    return _surest_first([(p, d) for p, d in docs if d.tahun == ctx.year])


def _surest_first(
    found: list[tuple[str, PlanningDocument]],
) -> list[tuple[str, PlanningDocument]]:
    """``found`` with the documents surely there on the date judged first: dated ones, then
    drafts (there as drafts whenever written), then those whose adoption date is not
    recorded (they may have come later), each group in the record's order, those recorded
    as uncertain (they may not exist) after the others of their group."""
    return sorted(
        found,
        key=lambda item: (
            2 if adoption_undated(item[1]) else int(is_adopted(item[1]) is False),
            adoption_uncertain(item[1]),
        ),
    )


@rule(
    "TKPK53-DOC-005",
    "53.report",
    yearly=_report_years,
    requires=(DOCUMENTS,),
    messages={
        "title": (
            "Laporan pelaksanaan setiap tahun",
            "An implementation report every year",
        ),
        "ok": (
            "Ada laporan pelaksanaan untuk tahun {tahun}.",
            "There is an implementation report for {tahun}.",
        ),
        "missing_no_deadline": (
            "Belum ada laporan pelaksanaan tahun {tahun} dalam catatan. Batas waktunya tidak"
            " diketahui, jadi belum dapat disebut pelanggaran.",
            "No implementation report for {tahun} is recorded. Its deadline is unknown, so this"
            " cannot be called a violation.",
        ),
        "missing_no_deadline.action": (
            "Catat laporan pelaksanaan (LP2KD) tahun {tahun} bila sudah disusun; bila belum,"
            " susun laporan itu.",
            "Record the {tahun} implementation report (LP2KD) if it was prepared; if not,"
            " prepare it.",
        ),
    },
)
def REPORT_YEARLY(ctx: Context) -> Iterator[Verdict]:
    """An implementation report exists for the year (its deadline is unknown)."""
    found = _reports(ctx)
    if found:
        yield verdict(Outcome.COMPLIANT, "ok", found[0][0], year=ctx.year)
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "missing_no_deadline",
            "dokumen",
            missing=(f"dokumen (laporan_pelaksanaan tahun {ctx.year})",),
            year=ctx.year,
        )


def _speaks_until(ctx: Context, year: int, by: dt.date) -> bool | None:
    """Whether the record speaks for every day from 1 January of ``year`` to ``by``."""
    coverage = ctx.dossier.cakupan
    if not isinstance(coverage, Coverage):
        return True  # no coverage recorded: the record speaks for every day
    return coverage.speaks_for(dt.date(year, 1, 1), min(by, ctx.on))


@rule(
    "TKPK53-DOC-006",
    "53.report",
    support=Support.PRACTICE,
    yearly=_report_years,
    requires=(DOCUMENTS,),
    messages={
        "title": (
            "Laporan disampaikan paling lambat akhir tahun berikutnya (praktik)",
            "The report is presented by the end of the following year (practice)",
        ),
        "on_time": (
            "Laporan pelaksanaan tahun {tahun} ditetapkan {ditetapkan}, paling lambat {batas}.",
            "The {tahun} implementation report was adopted on {ditetapkan}, by {batas}.",
        ),
        "late": (
            "Laporan pelaksanaan tahun {tahun} ditetapkan {ditetapkan}, sesudah {batas} yang lazim"
            " dalam praktik.",
            "The {tahun} implementation report was adopted on {ditetapkan}, after the usual"
            " {batas}.",
        ),
        "date_not_recorded": (
            "Tanggal laporan pelaksanaan tahun {tahun} tidak dicatat.",
            "The date of the {tahun} implementation report is not recorded.",
        ),
        "missing_late": (
            "Sampai {batas} tidak ada laporan pelaksanaan tahun {tahun}; dalam praktik laporan"
            " disampaikan sebelum itu.",
            "By {batas} there was no implementation report for {tahun}; in practice it is"
            " presented before then.",
        ),
        "missing_uncovered": (
            "Laporan pelaksanaan tahun {tahun} tidak tercatat, tetapi catatan tidak mencakup"
            " seluruh masa sampai {batas} (cakupan), jadi belum dapat dinilai.",
            "No implementation report for {tahun} is recorded, but the record does not speak"
            " for the whole time up to {batas} (cakupan), so it cannot be judged.",
        ),
        "missing_uncovered.action": (
            "Catat dokumen sampai {batas}, atau perluas cakupan catatan bila sudah lengkap.",
            "Record the documents up to {batas}, or widen the record's coverage if it is complete.",
        ),
        "missing_late.action": (
            "Susun dan sampaikan laporan pelaksanaan tahun {tahun}.",
            "Prepare and present the {tahun} implementation report.",
        ),
        "pending": (
            "Laporan pelaksanaan tahun {tahun} belum tercatat; dalam praktik disampaikan paling"
            " lambat {batas}.",
            "The {tahun} implementation report is not recorded yet; in practice it is presented"
            " by {batas}.",
        ),
    },
)
def REPORT_TIMING(ctx: Context) -> Iterator[Verdict]:
    """In practice the report is presented by the end of the following year."""
    year = ctx.year or 0
    found = _reports(ctx)
    by = day_in("batas_laporan", year + 1)  # practice: the end of the following year
    next_over = ctx.on > by
    # A day, or a year or month (whose last day decides: ``by`` is a year's end).
    dated = [(b, p, d) for p, d in found if (b := date_bounds(d.adopted_on)) is not None]
    if dated:
        bounds, path, doc = min(dated, key=lambda item: (item[0], item[1]))
        on_time = bounds[1] <= by
        yield verdict(
            Outcome.COMPLIANT,
            "on_time" if on_time else "late",
            path,
            advisory=not on_time,
            year=year,
            ditetapkan=doc.adopted_on,
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
    elif next_over and _speaks_until(ctx, year, by) is not True:
        # No report on record, but the record does not speak for the whole time it was due in.
        yield verdict(
            Outcome.UNDETERMINED,
            "missing_uncovered",
            "dokumen",
            missing=(f"cakupan ({year}-{by.year})",),
            year=year,
            batas=by,
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


#: The five chapters of an RPKD, in order (Pasal 20, quoted), as the titles are compared.
RPKD_CHAPTERS: tuple[str, ...] = (
    "pendahuluan",
    "kondisi umum daerah",
    "profil kemiskinan daerah",
    "prioritas program",
    "lokasi prioritas",
)
# "BAB I", "BAB I.", "I.", "1 ", "Bab 2:" before a title; a numeral needs a separator after it.
_CHAPTER_PREFIX = re.compile(
    r"^\s*(?:bab\s+)?(?:(?:[ivxlc]+|\d+)(?=[\s.:)\-]))?\s*[.:)\-]?\s*(?=\S)",
    re.IGNORECASE,
)


def chapter_key(title: str) -> str:
    """A chapter title as compared: no "BAB I." prefix, lower case, single spaces.

    >>> chapter_key("BAB III. PROFIL  Kemiskinan Daerah")
    'profil kemiskinan daerah'
    >>> chapter_key("2 Kondisi Umum Daerah")
    'kondisi umum daerah'
    >>> chapter_key("Lokasi Prioritas"), chapter_key("V. Lokasi Prioritas")
    ('lokasi prioritas', 'lokasi prioritas')
    """
    text = _CHAPTER_PREFIX.sub("", title, count=1)
    return " ".join(re.sub(r"[^\w\s]", " ", text).lower().split())


def _adopted(doc: PlanningDocument) -> bool:
    # As the judge reads it: a draft is never adopted, whatever date it carries, and an
    # adoption known only to its year or month is an adoption.
    return is_adopted(doc) is True


@rule(
    "TKPK53-DOC-007",
    "53.rpkd-outline",
    requires=(DOCUMENTS,),
    title_params={"jumlah": len(RPKD_CHAPTERS)},
    lists=("dokumen[].bab",),
    messages={
        "title": (
            "RPKD terdiri atas {jumlah} bab yang berurutan",
            "The RPKD has {jumlah} chapters, in order",
        ),
        "no_rpkd": ("Tidak ada RPKD untuk dinilai.", "There is no RPKD to judge."),
        **_BEFORE_53,
        **_REGIME_OPEN,
        "chapters_not_recorded": (
            "Bab-bab RPKD tidak dicatat.",
            "The RPKD's chapters are not recorded.",
        ),
        "chapters_not_recorded.action": (
            "Catat judul bab RPKD sesuai urutannya di 'bab'.",
            "Record the RPKD's chapter titles, in order, under 'bab'.",
        ),
        "ok": (
            "RPKD memuat kelima bab sesuai urutan Pasal 20.",
            "The RPKD has the five chapters in the order of Pasal 20.",
        ),
        "wrong": (
            "Bab RPKD tidak sesuai Pasal 20: bab yang tidak ada: {kurang}; urutan tercatat:"
            " {urutan}.",
            "The RPKD's chapters do not follow Pasal 20: missing: {kurang}; recorded order:"
            " {urutan}.",
        ),
        "wrong.action": (
            "Susun RPKD dengan bab: Pendahuluan; Kondisi Umum Daerah; Profil Kemiskinan"
            " Daerah; Prioritas Program; Lokasi Prioritas.",
            "Arrange the RPKD in the chapters Pendahuluan; Kondisi Umum Daerah; Profil"
            " Kemiskinan Daerah; Prioritas Program; Lokasi Prioritas.",
        ),
        "draft_wrong": (
            "Draf RPKD belum mengikuti bab Pasal 20 (bab yang tidak ada: {kurang}); draf masih"
            " dapat berubah.",
            "The draft RPKD does not follow the chapters of Pasal 20 yet (missing: {kurang});"
            " a draft may still change.",
        ),
        "unrecognised": (
            "Judul bab berikut tidak dikenali sebagai bab Pasal 20: {tidak_dikenali}; mungkin"
            " bab yang sama dengan nama lain.",
            "These chapter titles are not recognised as chapters of Pasal 20:"
            " {tidak_dikenali}; they may be the same chapters under other names.",
        ),
        "unrecognised.action": (
            "Periksa judul bab RPKD terhadap Pasal 20 dan catat judul yang dipakai dokumen.",
            "Check the RPKD's chapter titles against Pasal 20 and record the titles used.",
        ),
    },
)
def RPKD_OUTLINE(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD has the five chapters of Pasal 20, in order.

    Titles are compared without their "BAB I." prefix, case or punctuation.  A
    title that matches none of the five may be the same chapter under another
    name: *undetermined*, unless the recognised chapters are out of order.  A
    draft that does not follow the outline is an advisory (it may still change).
    """
    for item in _each_rpkd(ctx):
        if isinstance(item, Verdict):
            yield item
            continue
        path, doc = item
        chapters = doc.bab
        if isinstance(chapters, NotRecorded):
            yield verdict(
                Outcome.UNDETERMINED, "chapters_not_recorded", path, missing=(f"{path}.bab",)
            )
            continue
        keys = [chapter_key(t) for t in chapters]
        known = [RPKD_CHAPTERS.index(k) for k in keys if k in RPKD_CHAPTERS]
        unknown = tuple(t for t, k in zip(chapters, keys, strict=True) if k not in RPKD_CHAPTERS)
        absent = tuple(c for i, c in enumerate(RPKD_CHAPTERS) if i not in known)
        in_order = known == sorted(set(known)) and len(known) == len(set(known))
        used = {"bab": tuple(chapters), "tidak_dikenali": unknown, "bab_tidak_ada": absent}
        if not unknown and in_order and not absent:
            yield verdict(Outcome.COMPLIANT, "ok", path, used=used)
        elif unknown and in_order:
            yield verdict(
                Outcome.UNDETERMINED,
                "unrecognised",
                path,
                used=used,
                missing=(f"{path}.bab",),
                tidak_dikenali=unknown,
            )
        elif not _adopted(doc):
            yield verdict(
                Outcome.UNDETERMINED, "draft_wrong", path, used=used, advisory=True, kurang=absent
            )
        else:
            wrong = verdict(
                Outcome.VIOLATION, "wrong", path, used=used, kurang=absent, urutan=tuple(chapters)
            )
            yield _unless_before_53(ctx, path, doc, wrong)


@rule(
    "TKPK53-DOC-008",
    "53.rpkd",
    requires=(DOCUMENTS,),
    messages={
        "title": (
            "Periode RPKD sama dengan periode RPJMD",
            "The RPKD's period is the RPJMD's period",
        ),
        "no_rpkd": ("Tidak ada RPKD untuk dinilai.", "There is no RPKD to judge."),
        **_BEFORE_53,
        **_REGIME_OPEN,
        "period_not_recorded": (
            "Periode RPKD tidak dicatat.",
            "The RPKD's period is not recorded.",
        ),
        "ok": (
            "Periode RPKD {periode} sama dengan periode RPJMD ({rpjmd}).",
            "The RPKD's period {periode} is the RPJMD's ({rpjmd}).",
        ),
        "no_rpjmd": (
            "Tidak tercatat RPJMD yang periodenya bersinggungan dengan RPKD {periode}.",
            "No RPJMD whose period meets the RPKD's {periode} is recorded.",
        ),
        "no_rpjmd.action": (
            "Catat RPJMD periode yang sama beserta periodenya di bagian 'dokumen'.",
            "Record the RPJMD of that period, with its period, under 'dokumen'.",
        ),
        "other_cycle": (
            "RPJMD yang tercatat ({rpjmd_periode}) tidak mulai atau berakhir bersama RPKD"
            " {periode}, jadi dari siklus perencanaan lain; RPKD dapat disusun sebelum"
            " RPJMD-nya, dan RPJMD yang menyertai RPKD ini belum tercatat.",
            "The RPJMD recorded ({rpjmd_periode}) neither starts nor ends with the RPKD's"
            " {periode}, so it is of another planning cycle; an RPKD may be drafted before its"
            " RPJMD, and the RPJMD this RPKD goes with is not recorded.",
        ),
        "other_cycle.action": (
            "Catat RPJMD periode yang sama beserta periodenya di bagian 'dokumen'.",
            "Record the RPJMD of that period, with its period, under 'dokumen'.",
        ),
        "rpjmd_period_unknown": (
            "Periode RPKD {periode} berbeda dengan periode RPJMD {rpjmd_periode}, tetapi periode"
            " RPJMD lain yang tercatat tidak dicatat: bisa jadi itulah RPJMD periode RPKD ini.",
            "The RPKD's period {periode} differs from the RPJMD's {rpjmd_periode}, but another"
            " RPJMD on record has no period recorded: it may be the RPJMD of this RPKD's period.",
        ),
        "rpjmd_period_unknown.action": (
            "Catat periode setiap RPJMD (periode).",
            "Record each RPJMD's period (periode).",
        ),
        "differs": (
            "Periode RPKD {periode} berbeda dengan periode RPJMD {rpjmd_periode}.",
            "The RPKD's period {periode} differs from the RPJMD's {rpjmd_periode}.",
        ),
        "differs.action": (
            "Samakan periode RPKD dengan periode RPJMD.",
            "Make the RPKD's period the RPJMD's period.",
        ),
    },
)
def RPKD_PERIOD_IS_RPJMD(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD's period is the period of the RPJMD it goes with (one whose period meets it)."""
    rpjmds = [
        (p, d) for p, d in documents(ctx, DocumentKind.RPJMD) if isinstance(d.periode, YearRange)
    ]
    for item in _each_rpkd(ctx):
        if isinstance(item, Verdict):
            yield item
            continue
        path, doc = item
        period = doc.periode
        if not isinstance(period, YearRange):
            yield verdict(
                Outcome.UNDETERMINED, "period_not_recorded", path, missing=(f"{path}.periode",)
            )
            continue
        text = f"{period.mulai}-{period.selesai}"
        meeting = [(p, d) for p, d in rpjmds if _overlap(d.periode, period)]  # type: ignore[arg-type]
        same = tuple(sorted(p for p, d in meeting if d.periode == period))
        if not same:
            # An RPJMD of the very same period adopted after the date judged still shows the
            # RPKD's period is the RPJMD's: never a "differs" violation against another one.
            same = tuple(
                p for p, d in enumerate_all(ctx, DocumentKind.RPJMD) if d.periode == period
            )
        others = tuple(
            sorted(f"{d.periode.mulai}-{d.periode.selesai}" for _, d in meeting)  # type: ignore[union-attr]
        )
        used = {"periode": text, "rpjmd_sama": same, "rpjmd_bersinggungan": others}
        if same:
            yield verdict(Outcome.COMPLIANT, "ok", path, used=used, periode=text, rpjmd=same)
        elif not meeting:
            yield verdict(
                Outcome.UNDETERMINED,
                "no_rpjmd",
                path,
                used=used,
                missing=(f"dokumen (RPJMD periode {text})",),
                periode=text,
            )
        elif not any(_same_cycle(d.periode, period) for _, d in meeting):  # type: ignore[arg-type]
            # Only RPJMDs of other cycles: the one this RPKD goes with may not be recorded
            # yet (an RPKD may be drafted before its RPJMD).
            yield verdict(
                Outcome.UNDETERMINED,
                "other_cycle",
                path,
                used=used,
                missing=(f"dokumen (RPJMD periode {text})",),
                periode=text,
                rpjmd_periode=others,
            )
        elif unknown := tuple(
            f"{p}.periode"
            for p, d in enumerate_all(ctx, DocumentKind.RPJMD)
            if not isinstance(d.periode, YearRange)
        ):
            # An RPJMD whose period is not recorded may be the one of the RPKD's period.
            yield verdict(
                Outcome.UNDETERMINED,
                "rpjmd_period_unknown",
                path,
                used={**used, "rpjmd_tanpa_periode": unknown},
                missing=unknown,
                periode=text,
                rpjmd_periode=others,
            )
        else:
            differs = verdict(
                Outcome.VIOLATION, "differs", path, used=used, periode=text, rpjmd_periode=others
            )
            yield _unless_before_53(ctx, path, doc, differs)


@rule(
    "TKPK53-DOC-009",
    "53.targeting",
    yearly=True,
    requires=(DOCUMENTS,),
    lists=("dokumen[].basis_data",),
    messages={
        "title": (
            "RAT menyasar penerima dengan data berbasis nama, alamat dan NIK",
            "The RAT targets beneficiaries with data by name, address and NIK",
        ),
        "no_rat": (
            "Tidak ada RAT tahun {tahun} untuk dinilai.",
            "There is no RAT for {tahun} to judge.",
        ),
        "basis_not_recorded": (
            "Basis data sasaran RAT tahun {tahun} tidak dicatat.",
            "The data basis of the {tahun} RAT's targeting is not recorded.",
        ),
        "basis_not_recorded.action": (
            "Catat di 'basis_data' apakah sasaran RAT memakai data nama, alamat dan NIK.",
            "Record under 'basis_data' whether the RAT targets with name, address and NIK.",
        ),
        "ok": (
            "RAT tahun {tahun} menyasar penerima dengan data berbasis nama, alamat dan NIK.",
            "The {tahun} RAT targets beneficiaries with data by name, address and NIK.",
        ),
        "incomplete": (
            "Sasaran RAT tahun {tahun} tidak berbasis {kurang} (tercatat: {basis}).",
            "The {tahun} RAT's targeting is not based on {kurang} (recorded: {basis}).",
        ),
        "incomplete.action": (
            "Gunakan data penerima berbasis nama, alamat dan NIK (by name, by address).",
            "Target beneficiaries with data by name, address and NIK.",
        ),
        "draft_incomplete": (
            "RAT tahun {tahun}, yang tidak tercatat sudah ditetapkan, belum menyasar dengan data"
            " berbasis {kurang} (tercatat: {basis}); selama masih draf, RAT dapat berubah.",
            "The {tahun} RAT, not recorded as adopted, does not target by {kurang} yet"
            " (recorded: {basis}); while a draft it may still change.",
        ),
        "draft_incomplete.action": (
            "Sebelum RAT ditetapkan, gunakan data penerima berbasis nama, alamat dan NIK.",
            "Before the RAT is adopted, target beneficiaries with data by name, address and NIK.",
        ),
    },
)
def RAT_TARGETING(ctx: Context) -> Iterator[Verdict]:
    """The year's RAT targets with data by name, address and NIK, as the record says."""
    year = ctx.year or 0
    rats = [(p, d) for p, d in documents(ctx, DocumentKind.RAT) if d.tahun == year]
    if not rats:
        yield verdict(Outcome.NOT_APPLICABLE, "no_rat", "dokumen", year=year)
        return
    needed = (DataBasis.NAMA, DataBasis.ALAMAT, DataBasis.NIK)
    for path, doc in rats:
        basis = doc.basis_data
        if isinstance(basis, NotRecorded):
            yield verdict(
                Outcome.UNDETERMINED,
                "basis_not_recorded",
                path,
                missing=(f"{path}.basis_data",),
                year=year,
            )
            continue
        absent = tuple(b.value for b in needed if b not in basis)
        used = {"basis_data": tuple(b.value for b in basis), "kurang": absent}
        if not absent:
            yield verdict(Outcome.COMPLIANT, "ok", path, used=used, year=year)
        elif not _adopted(doc):
            # A draft is not the adopted RAT: what it says now is advice (as TKPK53-DOC-007).
            # Neither status nor date recorded: which it is would settle it.
            unknown = is_adopted(doc) is None
            yield verdict(
                Outcome.UNDETERMINED,
                "draft_incomplete",
                path,
                used=used,
                advisory=True,
                missing=(f"{path}.status", f"{path}.ditetapkan") if unknown else (),
                year=year,
                kurang=absent,
                basis=used["basis_data"],
            )
        else:
            yield verdict(
                Outcome.VIOLATION,
                "incomplete",
                path,
                used=used,
                year=year,
                kurang=absent,
                basis=used["basis_data"],
            )


# -- Permendagri 42/2010 only: the five-year SPKD (reported; no deadline known) -----------


@rule(
    "TKPK42-DOC-001",
    "42.spkd",
    regimes=(R42,),
    requires=(DOCUMENTS,),
    messages={
        "title": (
            "Ada SPKD yang berlaku (42/2010)",
            "An SPKD is in force (42/2010)",
        ),
        "in_force": (
            "SPKD yang mencakup tahun {tahun} tercatat ({spkd}).",
            "An SPKD covering {tahun} is recorded ({spkd}).",
        ),
        "lapsed": (
            "Tidak ada SPKD yang mencakup tahun {tahun} dalam catatan; SPKD yang tercatat"
            " ({spkd}) untuk tahun lain. Batas waktu SPKD berikutnya tidak diketahui, jadi"
            " bukan pelanggaran.",
            "No SPKD covering {tahun} is recorded; the SPKD recorded ({spkd}) is for other"
            " years. No deadline for the next SPKD is known, so this is not a violation.",
        ),
        "lapsed.action": (
            "Catat SPKD yang mencakup tahun {tahun}, atau susun yang baru.",
            "Record the SPKD covering {tahun}, or draft a new one.",
        ),
        "none_no_deadline": (
            "Tidak ada SPKD dalam catatan. Batas waktu penyusunannya tidak diketahui, jadi bukan"
            " pelanggaran.",
            "No SPKD is recorded. No deadline for drafting it is known, so this is not a"
            " violation.",
        ),
        "none_no_deadline.action": (
            "Catat SPKD daerah (jenis: spkd, dengan periode dan tanggal penetapan).",
            "Record the region's SPKD (jenis: spkd, with its period and adoption date).",
        ),
    },
)
def SPKD_IN_FORCE(ctx: Context) -> Iterator[Verdict]:
    """An SPKD covers the year judged (no deadline is known: never a violation)."""
    spkds = documents(ctx, DocumentKind.SPKD)
    year = ctx.on.year
    cover = covering(spkds, year)
    if cover:
        yield verdict(Outcome.COMPLIANT, "in_force", cover[0], spkd=tuple(cover), tahun=year)
    elif spkds:
        yield verdict(
            Outcome.UNDETERMINED,
            "lapsed",
            "dokumen",
            advisory=True,
            missing=(f"dokumen (SPKD yang mencakup tahun {year})",),
            spkd=tuple(p for p, _ in spkds),
            tahun=year,
        )
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "none_no_deadline",
            "dokumen",
            missing=("dokumen (SPKD)",),
            tahun=year,
        )


@rule(
    "TKPK42-DOC-002",
    "42.spkd",
    regimes=(R42,),
    requires=(DOCUMENTS,),
    title_params={"tahun": value("masa_spkd_tahun", R42)},
    messages={
        "title": (
            "SPKD berjangka {tahun} tahun (42/2010)",
            "The SPKD spans {tahun} years (42/2010)",
        ),
        "no_spkd": (
            "Tidak ada SPKD dalam catatan pada tanggal ini; jangka waktunya tidak dinilai.",
            "No SPKD is recorded on this date; its length is not judged.",
        ),
        "period_not_recorded": (
            "Periode SPKD tidak dicatat.",
            "The SPKD's period is not recorded.",
        ),
        "ok": (
            "SPKD {periode} berjangka {lama} tahun.",
            "The SPKD {periode} spans {lama} years.",
        ),
        "wrong_length": (
            "SPKD {periode} berjangka {lama} tahun, bukan {diharapkan} tahun (periode dihitung"
            " termasuk tahun awal dan akhir).",
            "The SPKD {periode} spans {lama} years, not {diharapkan} (both the first and the last"
            " year count).",
        ),
        "wrong_length.action": (
            "Periksa periode SPKD dalam catatan; SPKD disusun untuk {diharapkan} tahun.",
            "Check the SPKD's period in the record; an SPKD is drafted for {diharapkan} years.",
        ),
        "calendar_years": (
            "SPKD {periode} mencakup {lama} tahun kalender. Rencana {diharapkan} tahun yang"
            " dimulai di pertengahan tahun lazim ditulis begitu; apakah masa berlakunya"
            " {diharapkan} tahun bergantung pada tanggal awal dan akhirnya, yang tidak dicatat.",
            "The SPKD {periode} covers {lama} calendar years. A {diharapkan}-year plan that"
            " starts in the middle of a year is commonly written so; whether its term is"
            " {diharapkan} years depends on its first and last day, which are not recorded.",
        ),
        "calendar_years.action": (
            "Lihat tanggal awal dan akhir masa berlaku SPKD pada keputusan penetapannya: masa"
            " {diharapkan} tahun (misalnya dari pertengahan tahun pertama sampai pertengahan tahun"
            " terakhir) sesuai; masa yang lebih panjang tidak.",
            "Look up the first and last day of the SPKD's term in the decree that adopted it:"
            " a term of {diharapkan} years (for example from the middle of its first year to the"
            " middle of its last) complies; a longer one does not.",
        ),
    },
)
def SPKD_FIVE_YEARS(ctx: Context) -> Iterator[Verdict]:
    """Each SPKD known on the date spans five years (``masa_spkd_tahun``)."""
    years = value("masa_spkd_tahun", R42)
    spkds = documents(ctx, DocumentKind.SPKD)
    if not spkds:
        yield verdict(Outcome.NOT_APPLICABLE, "no_spkd", "dokumen")
        return
    for path, doc in spkds:
        if not isinstance(doc.periode, YearRange):
            yield verdict(
                Outcome.UNDETERMINED, "period_not_recorded", path, missing=(f"{path}.periode",)
            )
            continue
        yield period_length(path, doc.periode, years)


RULES = (
    RPKD_DRAFTED,
    RPKD_FIVE_YEARS,
    RPKD_WITH_RPJMD,
    RAT_YEARLY,
    REPORT_YEARLY,
    REPORT_TIMING,
    RPKD_OUTLINE,
    RPKD_PERIOD_IS_RPJMD,
    RAT_TARGETING,
    SPKD_IN_FORCE,
    SPKD_FIVE_YEARS,
)
