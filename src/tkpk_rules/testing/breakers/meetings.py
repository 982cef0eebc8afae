"""Breakers of the rules on coordination meetings.

The mirror of :mod:`tkpk_rules.rules.meetings`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from tkpk_rules.judge import is_coordination, kind_uncertain, meeting_bounds, meeting_year
from tkpk_rules.model import (
    DocumentKind,
    Dossier,
    Meeting,
    MeetingStatus,
    NotRecorded,
    PlanningDocument,
    Topic,
    YearRange,
)
from tkpk_rules.testing.breakers import (
    E53,
    Y53,
    Breaker,
    BreakResult,
    breaks,
    edit_meetings,
    rpjmd_for,
    topics_of,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


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
        if meeting_year(m) == year
        and (is_coordination(m) or kind_uncertain(m))
        and m.status is not MeetingStatus.DIBATALKAN
    ]
    held = sorted(
        (m for m in counted if m.status is MeetingStatus.TERLAKSANA),
        key=meeting_bounds,
    )
    keep = held[:2]
    topics = (Topic.RPKD, Topic.RAT, Topic.LAPORAN_PELAKSANAAN)
    out: list[Meeting] = []
    for m in d.rapat_koordinasi:
        if any(m is k for k in keep):
            have = topics_of(m)
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
            if meeting_year(m) != year or not is_coordination(m):
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
        # Every meeting that may lie in the window, a month or year that reaches into it too.
        if not meeting_year(m) >= first.year or meeting_bounds(m)[0] > adopted:
            return m
        if not is_coordination(m):
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
        assert isinstance(rpkd.periode, YearRange)
        with_rpkd = attrs.evolve(d, dokumen=(*docs, rpkd, rpjmd_for(rpkd.periode)))
        return _rpkd_without_meeting(with_rpkd, on, day)

    return st.dates(E53, on).map(added)
