"""Coordination meetings (``53.meetings``).

RPKD, RAT and the implementation report are prepared through coordination
meetings, held at least three times a year (a dated parameter, see
:mod:`tkpk_rules.law.parameters`).

Counting, on the date judged:

* only meetings of ``jenis`` ``rapat_koordinasi`` count; a meeting listed
  without ``jenis`` is taken as one (it is listed under ``rapat_koordinasi``)
  and the finding says how many were;
* a meeting on or before the date with status ``terlaksana`` was held; one
  after the date is at most scheduled (the date judged does not know later
  facts); ``dibatalkan`` never counts; a past meeting whose status is not
  recorded, or still ``dijadwalkan``, is *unknown*;
* a year that is over is judged on what was held; a year still running on
  what was held plus what is scheduled: *on track* or *at risk*, never a
  violation.

Who chaired each meeting is recorded in the facts, with whether the
deputy-head post was vacant that day; it is not judged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.law.parameters import value
from tkpk_rules.law.timeline import HANDOVER_LATEST
from tkpk_rules.model import (
    NOT_RECORDED,
    DocumentKind,
    Meeting,
    MeetingKind,
    MeetingStatus,
    NotRecorded,
    Topic,
)
from tkpk_rules.report.outcome import Outcome, Progress
from tkpk_rules.rules._base import R53, Context, Verdict, rule, verdict
from tkpk_rules.rules._docs import documents
from tkpk_rules.rules._people import DEPUTY_HEAD, office_kind
from tkpk_rules.rules.leadership import vacancies_on

__all__ = ["MEETINGS_MINIMUM", "MEETINGS_RPKD", "MEETINGS_TOPICS", "YearMeetings", "year_meetings"]

_CITATION = PROVISIONS["53.meetings"].citation


@attrs.frozen
class YearMeetings:
    """The coordination meetings of one year, sorted by what was known on the date judged."""

    held: tuple[Meeting, ...]
    scheduled: tuple[Meeting, ...]
    unknown: tuple[Meeting, ...]
    cancelled: tuple[Meeting, ...]
    without_kind: int


def year_meetings(meetings: tuple[Meeting, ...], year: int, on: dt.date) -> YearMeetings:
    """Sort one year's coordination meetings into held, scheduled, unknown and cancelled.

    >>> m = Meeting(tanggal=dt.date(2024, 3, 1), status=MeetingStatus.TERLAKSANA)
    >>> year_meetings((m,), 2024, dt.date(2024, 2, 1)).scheduled == (m,)
    True
    """
    held: list[Meeting] = []
    scheduled: list[Meeting] = []
    unknown: list[Meeting] = []
    cancelled: list[Meeting] = []
    without_kind = 0
    for m in _sorted(tuple(m for m in meetings if m.tanggal.year == year)):
        if isinstance(m.jenis, NotRecorded):
            without_kind += 1
        elif m.jenis is not MeetingKind.RAPAT_KOORDINASI:
            continue
        if m.status is MeetingStatus.DIBATALKAN:
            cancelled.append(m)
        elif m.tanggal > on or (m.tanggal == on and m.status is MeetingStatus.DIJADWALKAN):
            scheduled.append(m)
        elif m.status is MeetingStatus.TERLAKSANA:
            held.append(m)
        else:
            unknown.append(m)
    return YearMeetings(
        tuple(held), tuple(scheduled), tuple(unknown), tuple(cancelled), without_kind
    )


def _meeting_key(m: Meeting) -> tuple[str, str, str, str]:
    # A total order that does not depend on the order of the input.
    return (m.tanggal.isoformat(), repr(m.status), repr(m.jenis), repr(m))


def _repr_ranks(members: tuple[object, ...]) -> dict[object, int]:
    """Each value's place in the order of its ``repr()``, as :func:`_meeting_key` sorts."""
    return {v: i for i, v in enumerate(sorted(members, key=repr))}


_STATUS_RANK = _repr_ranks((*MeetingStatus, NOT_RECORDED))
_KIND_RANK = _repr_ranks((*MeetingKind, NOT_RECORDED))


def _sorted(meetings: tuple[Meeting, ...]) -> list[Meeting]:
    """The meetings in the order of :func:`_meeting_key`, without building every ``repr()``.

    Date, status and kind decide almost always; only meetings that share all
    three (where the rest of the meeting decides) fall back to the full key.
    """
    try:
        keys = [(m.tanggal, _STATUS_RANK[m.status], _KIND_RANK[m.jenis]) for m in meetings]
        if len(set(keys)) == len(keys):
            order = sorted(range(len(keys)), key=keys.__getitem__)
            return [meetings[i] for i in order]
    except (KeyError, TypeError):  # values of other types than the model's, built by hand
        pass
    return sorted(meetings, key=_meeting_key)


def _dates(ms: tuple[Meeting, ...]) -> tuple[str, ...]:
    return tuple(m.tanggal.isoformat() for m in ms)


def _chairs(ctx: Context, ms: tuple[Meeting, ...]) -> tuple[str, ...]:
    deputy = DEPUTY_HEAD[ctx.level]
    out = []
    for m in ms:
        kind = office_kind(m.dipimpin_oleh)
        text = (
            f"{m.tanggal.isoformat()}: {kind.value if not isinstance(kind, NotRecorded) else '?'}"
        )
        if kind is not deputy and not isinstance(kind, NotRecorded):
            vac = vacancies_on(ctx.dossier, deputy, m.tanggal)
            if vac:
                text += f" (kekosongan/vacancy {deputy.value})"
            elif vac is None:
                text += " (kekosongan tidak dicatat/vacancies not recorded)"
        out.append(text)
    return tuple(out)


def _meetings(ctx: Context) -> tuple[Meeting, ...] | Verdict:
    ms = ctx.dossier.rapat_koordinasi
    if isinstance(ms, NotRecorded):
        return verdict(
            Outcome.UNDETERMINED,
            "not_recorded",
            "rapat_koordinasi",
            missing=("rapat_koordinasi",),
            year=ctx.year,
        )
    return ms


@rule(
    "TKPK53-MTG-001",
    "53.meetings",
    "meetings",
    citation=_CITATION,
    support=Support.REPORTED,
    yearly=True,
)
def MEETINGS_MINIMUM(ctx: Context) -> Iterator[Verdict]:
    """At least three coordination meetings in the year."""
    ms = _meetings(ctx)
    if isinstance(ms, Verdict):
        yield ms
        return
    year = ctx.year or 0
    minimum = value("minimum_rapat_koordinasi", R53)
    ym = year_meetings(ms, year, ctx.on)
    held, sched, unk = len(ym.held), len(ym.scheduled), len(ym.unknown)
    used: dict[str, object] = {
        "minimum": minimum,
        "terlaksana": _dates(ym.held),
        "dijadwalkan": _dates(ym.scheduled),
        "status_tidak_diketahui": _dates(ym.unknown),
        "dibatalkan": _dates(ym.cancelled),
        "tanpa_jenis_dihitung": ym.without_kind,
        "pimpinan_rapat": _chairs(ctx, ym.held),
        "sisa_hari": ctx.days_left,
    }
    params = {
        "terlaksana": held,
        "dijadwalkan": sched,
        "minimum": minimum,
        "tidak_diketahui": unk,
        "sisa_hari": ctx.days_left,
    }
    missing = tuple(f"rapat_koordinasi[tanggal={d}].status" for d in _dates(ym.unknown))
    path = "rapat_koordinasi"
    if held >= minimum:
        yield verdict(Outcome.COMPLIANT, "ok", path, used=used, year=year, extra=params)
    elif ctx.year_over:
        if held + unk >= minimum:
            yield verdict(
                Outcome.UNDETERMINED,
                "status_unknown",
                path,
                used=used,
                missing=missing,
                year=year,
                extra=params,
            )
        else:
            yield verdict(Outcome.VIOLATION, "too_few", path, used=used, year=year, extra=params)
    elif held + sched + unk >= minimum:
        yield verdict(
            Outcome.UNDETERMINED,
            "on_track",
            path,
            used=used,
            missing=missing,
            progress=Progress.ON_TRACK,
            year=year,
            extra=params,
        )
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "at_risk",
            path,
            used=used,
            missing=missing,
            advisory=True,
            progress=Progress.AT_RISK,
            year=year,
            extra=params,
        )


@rule(
    "TKPK53-MTG-002",
    "53.meetings",
    "meetings",
    citation=_CITATION,
    support=Support.REPORTED,
    yearly=True,
)
def MEETINGS_TOPICS(ctx: Context) -> Iterator[Verdict]:
    """The year's coordination meetings worked on the RAT and the implementation report."""
    ms = _meetings(ctx)
    if isinstance(ms, Verdict):
        yield ms
        return
    year = ctx.year or 0
    ym = year_meetings(ms, year, ctx.on)
    needed = (Topic.RAT, Topic.LAPORAN_PELAKSANAAN)

    def topics(group: tuple[Meeting, ...]) -> tuple[set[Topic], int]:
        found: set[Topic] = set()
        blind = 0
        for m in group:
            if isinstance(m.pembahasan, NotRecorded):
                blind += 1
            else:
                found.update(m.pembahasan)
        return found, blind

    held_topics, held_blind = topics(ym.held)
    sched_topics, _ = topics(ym.scheduled)
    absent = [t for t in needed if t not in held_topics]
    used: dict[str, object] = {
        "dibahas": tuple(sorted(t.value for t in held_topics)),
        "belum_dibahas": tuple(t.value for t in absent),
        "rapat_tanpa_pembahasan": held_blind + len(ym.unknown),
    }
    path = "rapat_koordinasi"
    kurang = tuple(t.value for t in absent)
    if not absent:
        yield verdict(Outcome.COMPLIANT, "ok", path, used=used, year=year)
    elif held_blind or ym.unknown:
        yield verdict(
            Outcome.UNDETERMINED,
            "topics_unknown",
            path,
            used=used,
            year=year,
            missing=("rapat_koordinasi[*].pembahasan",),
            kurang=kurang,
        )
    elif ctx.year_over:
        yield verdict(
            Outcome.VIOLATION, "missing_topics", path, used=used, year=year, kurang=kurang
        )
    elif all(t in sched_topics for t in absent):
        yield verdict(
            Outcome.UNDETERMINED,
            "on_track",
            path,
            used=used,
            year=year,
            progress=Progress.ON_TRACK,
            kurang=kurang,
        )
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "at_risk",
            path,
            used=used,
            year=year,
            advisory=True,
            progress=Progress.AT_RISK,
            kurang=kurang,
        )


@rule(
    "TKPK53-MTG-003",
    "53.meetings",
    "meetings",
    citation=_CITATION,
    support=Support.REPORTED,
    also_cited=(PROVISIONS["53.rpkd"].citation,),
)
def MEETINGS_RPKD(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD adopted under 53/2020 was prepared through a coordination meeting.

    The library reads "prepared through" as: a held coordination meeting that
    discussed the RPKD, in the year of adoption or the year before, on or
    before the adoption date.
    """
    rpkds = documents(ctx, DocumentKind.RPKD)
    if rpkds is None:
        yield verdict(Outcome.UNDETERMINED, "docs_not_recorded", "dokumen", missing=("dokumen",))
        return
    start = ctx.handover or HANDOVER_LATEST
    judged = 0
    for path, doc in rpkds:
        adopted = doc.ditetapkan
        if not isinstance(adopted, dt.date):
            if adopted is None:
                continue  # not adopted yet: nothing prepared to judge
            judged += 1
            yield verdict(
                Outcome.UNDETERMINED, "adoption_not_recorded", path, missing=(f"{path}.ditetapkan",)
            )
            continue
        if adopted < start:
            continue  # adopted before 53/2020 certainly governed
        judged += 1
        ms = ctx.dossier.rapat_koordinasi
        if isinstance(ms, NotRecorded):
            yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=("rapat_koordinasi",))
            continue
        window = [
            m
            for m in ms
            if m.status is MeetingStatus.TERLAKSANA
            and (isinstance(m.jenis, NotRecorded) or m.jenis is MeetingKind.RAPAT_KOORDINASI)
            and adopted.year - 1 <= m.tanggal.year
            and m.tanggal <= adopted
        ]
        hits = sorted(
            m.tanggal.isoformat()
            for m in window
            if not isinstance(m.pembahasan, NotRecorded) and Topic.RPKD in m.pembahasan
        )
        blind = [m for m in window if isinstance(m.pembahasan, NotRecorded)]
        used = {"ditetapkan": adopted, "rapat_rpkd": tuple(hits)}
        if hits:
            yield verdict(
                Outcome.COMPLIANT, "ok", path, used=used, ditetapkan=adopted, rapat=tuple(hits)
            )
        elif blind:
            yield verdict(
                Outcome.UNDETERMINED,
                "topics_unknown",
                path,
                used=used,
                missing=("rapat_koordinasi[*].pembahasan",),
                ditetapkan=adopted,
            )
        else:
            yield verdict(Outcome.VIOLATION, "none", path, used=used, ditetapkan=adopted)
    if judged == 0:
        yield verdict(Outcome.NOT_APPLICABLE, "no_rpkd", "dokumen")


RULES = (MEETINGS_MINIMUM, MEETINGS_TOPICS, MEETINGS_RPKD)
