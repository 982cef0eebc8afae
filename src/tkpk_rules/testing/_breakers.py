"""Breakers: for each rule, how to turn a compliant dossier into one that breaks that rule only.

The shape (follow it in ``_breakers_42.py`` or any other breaker module)
=======================================================================

A breaker module defines ``BREAKERS: dict[str, Breaker]``, keyed by rule code,
and may define ``COMPLIANT_BUILDERS: dict[str, CompliantBuilder]``, keyed by
regime id (``"permendagri-42-2010"``), for the dates that regime governs.
:mod:`tkpk_rules.testing._registry` merges every breaker module it finds; a
code registered twice is an error.  Register with :func:`breaks`::

    BREAKERS: dict[str, Breaker] = {}

    @breaks(BREAKERS, "TKPK42-LDR-001", earliest=E42, latest=dt.date(2019, 12, 31))
    def _no_responsible(d: Dossier, on: dt.date) -> Dossier | st.SearchStrategy[Dossier]:
        return edit_team(d, on, penanggung_jawab=None)

A break function gets a dossier the compliant builder made for ``on`` and
returns the broken dossier, or a strategy of them when there are several ways
to break the rule.  It must never raise on any dossier (return it unchanged
when there is nothing to break), and on a compliant dossier for a date from
``earliest`` to ``latest`` (and a level of the rule) it must give a dossier
whose report breaks that rule and no other (see :func:`is_adverse`).

A rule whose worst outcome is not a violation (a missing implementation report
is only *undetermined*, since no deadline is known) names the message
variants that count as its breach in ``adverse``.

The helpers below (:func:`current_team`, :func:`edit_team`, :func:`edit_docs`,
:func:`edit_meetings`) are meant to be shared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import attrs
from hypothesis import strategies as st

from tkpk_rules.law.regulations import REGULATIONS
from tkpk_rules.law.timeline import HANDOVER_LATEST
from tkpk_rules.model import (
    AgendaItem,
    AgendaItemKind,
    DocumentKind,
    Dossier,
    Element,
    InstrumentKind,
    Issuer,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
    PlanningDocument,
    Team,
    Topic,
    YearRange,
)
from tkpk_rules.report import Finding

__all__ = [
    "BREAKERS",
    "E42",
    "E53",
    "MAX_DATE",
    "Y53",
    "BreakFunction",
    "Breaker",
    "breaks",
    "current_team",
    "edit_docs",
    "edit_meetings",
    "edit_team",
    "is_adverse",
    "level_roles",
]

#: What a break function returns: one broken dossier, or a strategy of them.
BreakResult = Dossier | st.SearchStrategy[Dossier]
BreakFunction = Callable[[Dossier, dt.date], BreakResult]

#: The first day Permendagri 42/2010 certainly governs (rules shared by both regimes).
E42 = REGULATIONS["permendagri-42-2010"].latest
#: The first day Permendagri 53/2020 certainly governs.
E53 = HANDOVER_LATEST
#: The first 1 January whose previous year 53/2020 governed throughout (yearly rules).
Y53 = dt.date(HANDOVER_LATEST.year + 2, 1, 1)
MAX_DATE = dt.date(2040, 12, 31)


@attrs.frozen(kw_only=True)
class Breaker:
    """How to break one rule: the function, the dates it works on, the rule's breach.

    ``adverse`` names message variants of the rule that count as broken,
    besides a violation and a departure from practice.
    """

    code: str
    apply: BreakFunction
    earliest: dt.date
    latest: dt.date = MAX_DATE
    adverse: frozenset[str] = frozenset()

    def works_on(self, on: dt.date) -> bool:
        """Whether ``on`` lies in the dates this breaker promises to break the rule on."""
        return self.earliest <= on <= self.latest


def breaks(
    registry: dict[str, Breaker],
    code: str,
    *,
    earliest: dt.date,
    latest: dt.date = MAX_DATE,
    adverse: Iterable[str] = (),
) -> Callable[[BreakFunction], BreakFunction]:
    """Decorator: register the function as the breaker of rule ``code`` in ``registry``."""

    def wrap(function: BreakFunction) -> BreakFunction:
        if code in registry:
            raise ValueError(f"two breakers for {code}")
        registry[code] = Breaker(
            code=code,
            apply=function,
            earliest=earliest,
            latest=latest,
            adverse=frozenset(adverse),
        )
        return function

    return wrap


def is_adverse(finding: Finding, adverse: Iterable[str] = ()) -> bool:
    """Whether a finding shows its rule broken: it asks the reader to act.

    A violation; an advisory (a departure from practice, which rules of
    support ``practice`` give instead of violations, a yearly duty at risk, a
    lapsed document...); or one of the rule's ``adverse`` variants, for a
    rule whose worst outcome is a plain *undetermined*.
    """
    from tkpk_rules.report import Outcome, Severity

    if finding.outcome is Outcome.VIOLATION or finding.severity is Severity.ADVISORY:
        return True
    return finding.variant in set(adverse)


# -- helpers ---------------------------------------------------------------------------


def level_roles(d: Dossier) -> tuple[OfficeKind, OfficeKind, Issuer]:
    """The head's and the deputy head's office and the issuer for the dossier's region."""
    from tkpk_rules.engine import level_of
    from tkpk_rules.rules._people import DEPUTY_HEAD, HEAD, ISSUER
    from tkpk_rules.testing._compliant import role_level

    level = role_level(level_of(d))
    return HEAD[level], DEPUTY_HEAD[level], ISSUER[level]


def current_team(d: Dossier, on: dt.date) -> tuple[str, Team] | None:
    """The team that applies on ``on`` and its path (``tim`` or ``riwayat_tim[i]``)."""
    from tkpk_rules.rules._base import team_on

    at = team_on(d, on)
    return (at.path, at.team) if isinstance(at.team, Team) else None


def _put_team(d: Dossier, path: str, team: Team) -> Dossier:
    if path == "tim":
        return attrs.evolve(d, tim=team)
    index = int(path[len("riwayat_tim[") : -1])
    history = list(d.riwayat_tim) if isinstance(d.riwayat_tim, tuple) else []
    history[index] = team
    return attrs.evolve(d, riwayat_tim=tuple(history))


def edit_team(d: Dossier, on: dt.date, **changes: Any) -> Dossier:
    """The dossier with the team that applies on ``on`` changed (unchanged if none does)."""
    found = current_team(d, on)
    if found is None:
        return d
    path, team = found
    return _put_team(d, path, attrs.evolve(team, **changes))


def edit_docs(d: Dossier, change: Callable[[PlanningDocument], PlanningDocument | None]) -> Dossier:
    """The dossier with ``change`` applied to every document (``None`` drops it)."""
    if not isinstance(d.dokumen, tuple):
        return d
    kept = (change(doc) for doc in d.dokumen)
    return attrs.evolve(d, dokumen=tuple(doc for doc in kept if doc is not None))


def edit_meetings(d: Dossier, change: Callable[[Meeting], Meeting]) -> Dossier:
    """The dossier with ``change`` applied to every meeting."""
    if not isinstance(d.rapat_koordinasi, tuple):
        return d
    return attrs.evolve(d, rapat_koordinasi=tuple(change(m) for m in d.rapat_koordinasi))


def _counted(m: Meeting) -> bool:
    """Whether a meeting counts as a coordination meeting (its kind unrecorded counts)."""
    return isinstance(m.jenis, NotRecorded) or m.jenis is MeetingKind.RAPAT_KOORDINASI


def _topics(m: Meeting) -> tuple[Topic, ...]:
    return () if isinstance(m.pembahasan, NotRecorded) else m.pembahasan


def _member(kind: OfficeKind) -> Member:
    return Member(jabatan=Office(jenis=kind), unsur=Element.PEMERINTAH_DAERAH)


def _known(doc: PlanningDocument, on: dt.date) -> bool:
    return not (isinstance(doc.ditetapkan, dt.date) and doc.ditetapkan > on)


def _overlap(a: YearRange, b: YearRange) -> bool:
    return a.mulai <= b.selesai and b.mulai <= a.selesai


# -- the breakers of Permendagri 53/2020 -----------------------------------------------------

BREAKERS: dict[str, Breaker] = {}


@breaks(BREAKERS, "TKPK53-FRM-001", earliest=E42)
def _no_team(d: Dossier, on: dt.date) -> BreakResult:
    """No team on the date: none recorded, or every team formed after it."""
    later = on + dt.timedelta(days=1)

    def formed_later(team: Team) -> Team:
        inst = team.pembentukan
        if isinstance(inst, NotRecorded):
            return team
        return attrs.evolve(team, pembentukan=attrs.evolve(inst, tanggal=later))

    gone = attrs.evolve(d, tim=None, riwayat_tim=())
    if isinstance(d.tim, Team) and not isinstance(d.tim.pembentukan, NotRecorded):
        return st.sampled_from([gone, attrs.evolve(d, tim=formed_later(d.tim), riwayat_tim=())])
    return gone


def _edit_instrument(d: Dossier, on: dt.date, **changes: Any) -> Dossier:
    found = current_team(d, on)
    if found is None or isinstance(found[1].pembentukan, NotRecorded):
        return d
    return edit_team(d, on, pembentukan=attrs.evolve(found[1].pembentukan, **changes))


@breaks(BREAKERS, "TKPK53-INS-001", earliest=E42)
def _wrong_issuer(d: Dossier, on: dt.date) -> BreakResult:
    """The forming decree issued by someone other than the head of region."""
    expected = level_roles(d)[2]
    others = [i for i in Issuer if i is not expected]
    return st.sampled_from(others).map(lambda i: _edit_instrument(d, on, penerbit=i))


@breaks(BREAKERS, "TKPK53-INS-002", earliest=E42)
def _regulation(d: Dossier, on: dt.date) -> BreakResult:
    """A peraturan instead of a keputusan (practice: a departure, not a violation)."""
    return _edit_instrument(d, on, jenis=InstrumentKind.PERATURAN)


def _strip_element(members: Iterable[Member], element: Element) -> tuple[Member, ...]:
    from tkpk_rules.rules.membership import classify

    return tuple(m for m in members if classify(m)[0] not in (element, None))


def _without_element(d: Dossier, on: dt.date, element: Element) -> Dossier:
    from tkpk_rules.rules.membership import classify

    found = current_team(d, on)
    if found is None:
        return d
    team = found[1]
    anggota = () if isinstance(team.anggota, NotRecorded) else team.anggota
    groups = team.kelompok_kerja
    if isinstance(groups, tuple):
        groups = tuple(
            attrs.evolve(
                g,
                koordinator=(
                    g.koordinator
                    if not isinstance(g.koordinator, Member)
                    or classify(g.koordinator)[0] not in (element, None)
                    else None
                ),
                anggota=(
                    _strip_element(g.anggota, element)
                    if isinstance(g.anggota, tuple)
                    else g.anggota
                ),
            )
            for g in groups
        )
    posts = {}
    for post in ("penanggung_jawab", "ketua", "wakil_ketua", "sekretaris", "wakil_sekretaris"):
        person = getattr(team, post)
        if isinstance(person, Member) and classify(person)[0] is element:
            posts[post] = attrs.evolve(person, unsur=Element.PEMERINTAH_DAERAH)
    return edit_team(
        d, on, anggota=_strip_element(anggota, element), kelompok_kerja=groups, **posts
    )


@breaks(BREAKERS, "TKPK53-MEM-001", earliest=E42)
def _missing_element(d: Dossier, on: dt.date) -> BreakResult:
    """No member from one of the three elements outside regional government."""
    outside = [Element.MASYARAKAT, Element.DUNIA_USAHA, Element.PEMANGKU_KEPENTINGAN_LAINNYA]
    return st.sampled_from(outside).map(lambda e: _without_element(d, on, e))


def _no_vacancy_of(d: Dossier, office: OfficeKind) -> Dossier:
    vacancies = d.kekosongan_jabatan
    kept = () if isinstance(vacancies, NotRecorded) else vacancies
    return attrs.evolve(d, kekosongan_jabatan=tuple(v for v in kept if v.jabatan is not office))


@breaks(BREAKERS, "TKPK53-LDR-001", earliest=E42)
def _chair_not_deputy(d: Dossier, on: dt.date) -> BreakResult:
    """The chair is not the deputy head, and no vacancy of the deputy head is recorded."""
    _, deputy, _ = level_roles(d)
    heads = {
        OfficeKind.WAKIL_GUBERNUR,
        OfficeKind.WAKIL_BUPATI,
        OfficeKind.WAKIL_WALI_KOTA,
        OfficeKind.GUBERNUR,
        OfficeKind.BUPATI,
        OfficeKind.WALI_KOTA,
    }
    kinds = [k for k in OfficeKind if k not in heads]

    def chair(kind: OfficeKind | None) -> Dossier:
        changes: dict[str, object] = {"ketua": None if kind is None else _member(kind)}
        if kind is not OfficeKind.SEKRETARIS_DAERAH:
            # Keep the practice of a sekda vice-chair (TKPK53-LDR-003) followed.
            changes["wakil_ketua"] = _member(OfficeKind.SEKRETARIS_DAERAH)
        return edit_team(_no_vacancy_of(d, deputy), on, **changes)

    return st.sampled_from([None, *kinds]).map(chair)


@breaks(BREAKERS, "TKPK53-LDR-002", earliest=E42)
def _secretary_not_planning(d: Dossier, on: dt.date) -> BreakResult:
    """The secretary is not the head of the planning agency (or there is none)."""
    kinds = [k for k in OfficeKind if k is not OfficeKind.KEPALA_PERENCANAAN]
    options: list[Member | None] = [None, *(_member(k) for k in kinds)]
    options.append(Member(jabatan=Office(sebutan="Sekretaris Bappeda", instansi="Bappeda")))
    return st.sampled_from(options).map(lambda m: edit_team(d, on, sekretaris=m))


@breaks(BREAKERS, "TKPK53-LDR-003", earliest=E53)
def _vice_not_sekda(d: Dossier, on: dt.date) -> BreakResult:
    """Neither the vice-chair nor the chair is the sekda (practice: a departure)."""
    _, deputy, _ = level_roles(d)
    kinds = [k for k in OfficeKind if k is not OfficeKind.SEKRETARIS_DAERAH]

    def vice(person: Member | None) -> Dossier:
        found = current_team(d, on)
        if found is None:
            return d
        from tkpk_rules.rules._people import office_kind

        changes: dict[str, object] = {"wakil_ketua": person}
        if office_kind(found[1].ketua) is OfficeKind.SEKRETARIS_DAERAH:
            # A sekda in the chair satisfies the practice: seat the deputy head instead.
            changes["ketua"] = _member(deputy)
        return edit_team(d, on, **changes)

    return st.sampled_from([None, *(_member(k) for k in kinds)]).map(vice)


def _secretariat_broken(d: Dossier, on: dt.date) -> BreakResult:
    sec = d.sekretariat
    options = [attrs.evolve(d, sekretariat=None)]
    if not isinstance(sec, (NotRecorded, type(None))) and not isinstance(
        sec.pembentukan, NotRecorded
    ):
        expected = level_roles(d)[2]
        for issuer in Issuer:
            if issuer is not expected:
                inst = attrs.evolve(sec.pembentukan, penerbit=issuer)
                options.append(attrs.evolve(d, sekretariat=attrs.evolve(sec, pembentukan=inst)))
    return st.sampled_from(options)


BREAKERS["TKPK53-SEC-001"] = Breaker(code="TKPK53-SEC-001", apply=_secretariat_broken, earliest=E53)
BREAKERS["TKPK53-SEC-002"] = Breaker(code="TKPK53-SEC-002", apply=_secretariat_broken, earliest=E53)


@breaks(BREAKERS, "TKPK53-SEC-003", earliest=E53)
def _secretariat_elsewhere(d: Dossier, on: dt.date) -> BreakResult:
    """The secretariat sits outside the planning agency (practice: a departure)."""
    sec = d.sekretariat
    if isinstance(sec, (NotRecorded, type(None))):
        return d
    seats = ["Dinas Sosial", "Sekretariat Daerah", "Bagian Kesra Setda", "Dinas PMD"]
    return st.sampled_from(seats).map(
        lambda s: attrs.evolve(d, sekretariat=attrs.evolve(sec, kedudukan=s))
    )


@breaks(BREAKERS, "TKPK53-AGD-001", earliest=Y53)
def _no_agenda(d: Dossier, on: dt.date) -> BreakResult:
    """No annual agenda for the year before ``on``."""
    if not isinstance(d.agenda_kerja, tuple):
        return d
    year = on.year - 1
    return attrs.evolve(d, agenda_kerja=tuple(a for a in d.agenda_kerja if a.tahun != year))


_ITEM_TOPIC = {
    Topic.RAT: AgendaItemKind.PENYUSUNAN_RAT,
    Topic.LAPORAN_PELAKSANAAN: AgendaItemKind.LAPORAN_PELAKSANAAN,
}


def _agenda_without(d: Dossier, year: int, topic: Topic) -> Dossier:
    if not isinstance(d.agenda_kerja, tuple):
        return d

    def strip(item: AgendaItem) -> AgendaItem | None:
        if item.kegiatan is _ITEM_TOPIC[topic]:
            return None
        if isinstance(item.pembahasan, tuple) and topic in item.pembahasan:
            return attrs.evolve(item, pembahasan=tuple(t for t in item.pembahasan if t != topic))
        return item

    agendas = []
    for a in d.agenda_kerja:
        if a.tahun == year:
            items = () if isinstance(a.kegiatan, NotRecorded) else a.kegiatan
            kept = tuple(i for i in map(strip, items) if i is not None)
            a = attrs.evolve(a, kegiatan=kept)
        agendas.append(a)
    return attrs.evolve(d, agenda_kerja=tuple(agendas))


@breaks(BREAKERS, "TKPK53-AGD-002", earliest=Y53)
def _agenda_incomplete(d: Dossier, on: dt.date) -> BreakResult:
    """Last year's agenda plans no RAT (or no implementation report)."""
    topics = [Topic.RAT, Topic.LAPORAN_PELAKSANAAN]
    return st.sampled_from(topics).map(lambda t: _agenda_without(d, on.year - 1, t))


@breaks(BREAKERS, "TKPK53-MTG-001", earliest=Y53)
def _two_meetings(d: Dossier, on: dt.date) -> BreakResult:
    """Only two coordination meetings held last year; the rest were cancelled.

    The two kept are the earliest held, so that any RPKD prepared in that year
    still has its meeting; they take on every topic the others discussed.
    """
    if not isinstance(d.rapat_koordinasi, tuple):
        return d
    year = on.year - 1
    counted = [
        m
        for m in d.rapat_koordinasi
        if m.tanggal.year == year and _counted(m) and m.status is not MeetingStatus.DIBATALKAN
    ]
    held = sorted(
        (m for m in counted if m.status is MeetingStatus.TERLAKSANA),
        key=lambda m: m.tanggal,
    )
    keep = held[:2]
    topics = (Topic.RPKD, Topic.RAT, Topic.LAPORAN_PELAKSANAAN)
    out: list[Meeting] = []
    for m in d.rapat_koordinasi:
        if any(m is k for k in keep):
            have = _topics(m)
            m = attrs.evolve(m, pembahasan=(*have, *(t for t in topics if t not in have)))
        elif any(m is c for c in counted):
            m = attrs.evolve(m, status=MeetingStatus.DIBATALKAN)
        out.append(m)
    return attrs.evolve(d, rapat_koordinasi=tuple(out))


@breaks(BREAKERS, "TKPK53-MTG-002", earliest=Y53)
def _topic_not_discussed(d: Dossier, on: dt.date) -> BreakResult:
    """Last year's coordination meetings never discussed the RAT (or the report)."""
    year = on.year - 1

    def without(topic: Topic) -> Dossier:
        def change(m: Meeting) -> Meeting:
            if m.tanggal.year != year or not _counted(m):
                return m
            if m.status not in (MeetingStatus.TERLAKSANA, MeetingStatus.DIBATALKAN):
                return attrs.evolve(m, status=MeetingStatus.DIBATALKAN)
            if isinstance(m.pembahasan, NotRecorded):
                return attrs.evolve(m, pembahasan=(Topic.RPKD,))
            return attrs.evolve(m, pembahasan=tuple(t for t in m.pembahasan if t != topic))

        return edit_meetings(d, change)

    return st.sampled_from([Topic.RAT, Topic.LAPORAN_PELAKSANAAN]).map(without)


def _rpkd_without_meeting(d: Dossier, on: dt.date, adopted: dt.date) -> Dossier:
    first = dt.date(adopted.year - 1, 1, 1)

    def change(m: Meeting) -> Meeting:
        if not first <= m.tanggal <= adopted or not _counted(m):
            return m
        if m.status is not MeetingStatus.TERLAKSANA:
            return m
        if isinstance(m.pembahasan, NotRecorded):
            return attrs.evolve(m, pembahasan=(Topic.RAT,))
        return attrs.evolve(m, pembahasan=tuple(t for t in m.pembahasan if t != Topic.RPKD))

    return edit_meetings(d, change)


@breaks(BREAKERS, "TKPK53-MTG-003", earliest=E53)
def _rpkd_unprepared(d: Dossier, on: dt.date) -> BreakResult:
    """An RPKD adopted under 53/2020 with no coordination meeting on it before."""
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()
    adopted = sorted(
        {
            doc.ditetapkan
            for doc in docs
            if doc.jenis is DocumentKind.RPKD
            and isinstance(doc.ditetapkan, dt.date)
            and E53 <= doc.ditetapkan <= on
        }
    )
    if adopted:
        return st.sampled_from(adopted).map(lambda a: _rpkd_without_meeting(d, on, a))
    if not isinstance(d.rapat_koordinasi, tuple):
        return d

    def added(day: dt.date) -> Dossier:
        rpkd = PlanningDocument(
            jenis=DocumentKind.RPKD,
            periode=YearRange(mulai=on.year + 1, selesai=on.year + 5),
            ditetapkan=day,
            disusun_bersama_rpjmd=True,
        )
        return _rpkd_without_meeting(attrs.evolve(d, dokumen=(*docs, rpkd)), on, day)

    return st.dates(E53, on).map(added)


@breaks(BREAKERS, "TKPK53-DOC-001", earliest=E53)
def _rpjmd_alone(d: Dossier, on: dt.date) -> BreakResult:
    """An RPJMD adopted under 53/2020 with no RPKD for its period."""
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()

    def drop_rpkds(d2: Dossier, period: YearRange) -> Dossier:
        def change(doc: PlanningDocument) -> PlanningDocument | None:
            if doc.jenis is not DocumentKind.RPKD:
                return doc
            if isinstance(doc.periode, YearRange) and not _overlap(doc.periode, period):
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
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()
    return [i for i, doc in enumerate(docs) if doc.jenis is DocumentKind.RPKD and _known(doc, on)]


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
        return attrs.evolve(d, dokumen=(*docs, change(draft)))

    def at(i: int) -> Dossier:
        return attrs.evolve(
            d, dokumen=tuple(change(x) if j == i else x for j, x in enumerate(docs))
        )

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

    return st.sampled_from([6, 7, 9]).flatmap(lambda n: _strategy(wrong(n)))


@breaks(BREAKERS, "TKPK53-DOC-003", earliest=E53)
def _rpkd_apart(d: Dossier, on: dt.date) -> BreakResult:
    """An RPKD recorded as not drafted together with the RPJMD."""
    return _edit_rpkd(d, on, lambda doc: attrs.evolve(doc, disusun_bersama_rpjmd=False), _draft(on))


@breaks(BREAKERS, "TKPK53-DOC-004", earliest=Y53)
def _no_rat(d: Dossier, on: dt.date) -> BreakResult:
    """No RAT for the year before ``on``."""
    year = on.year - 1
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


def _strategy(result: BreakResult) -> st.SearchStrategy[Dossier]:
    return result if isinstance(result, st.SearchStrategy) else st.just(result)
