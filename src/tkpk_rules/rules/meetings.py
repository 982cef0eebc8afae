"""Coordination meetings (``53.meetings``).

RPKD, RAT and the implementation report are prepared through coordination
meetings, held at least three times a year (a dated parameter, see
:mod:`tkpk_rules.law.parameters`).

Counting, on the date judged:

* only meetings of ``jenis`` ``rapat_koordinasi`` count; a meeting listed
  without ``jenis``, or as ``tidak_diketahui``, pleno, FGD, sinkronisasi,
  asistensi, bimtek or sosialisasi, is counted neither way: when it would
  decide the outcome the finding is *undetermined* and names its ``jenis`` as
  the missing fact;
* a meeting on or before the date with status ``terlaksana`` was held; one
  after the date is at most scheduled (the date judged does not know later
  facts); ``dibatalkan`` never counts; a past meeting whose status is not
  recorded, or still ``dijadwalkan``, is *unknown*;
* a year that is over is judged on what was held; a year still running on
  what was held plus what is scheduled: *on track* or *at risk*, never a
  violation;
* a meeting known only to its year or month (``2024``, ``2024-05``) counts
  for that year; while the date judged falls inside its month or year, whether
  it was held by then is open, and the finding names its ``tanggal``.

Who chaired each meeting is recorded in the facts, with whether the
deputy-head post was vacant that day; it is not judged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tkpk_rules.judge import (
    DEPUTY_HEAD,
    YearMeetings,
    is_coordination,
    kind_uncertain,
    meeting_bounds,
    meeting_index,
    meeting_year,
    meetings_into_year,
    meetings_of_year,
    office_kind,
    year_meetings,
)
from tkpk_rules.law import PROVISIONS
from tkpk_rules.law.parameters import value
from tkpk_rules.law.timeline import HANDOVER_LATEST
from tkpk_rules.model import (
    Certainty,
    Coverage,
    DocumentKind,
    ImpreciseDate,
    Meeting,
    MeetingStatus,
    NotRecorded,
    OfficeKind,
    Topic,
    Vacancy,
    date_bounds,
)
from tkpk_rules.report.outcome import Outcome, Progress
from tkpk_rules.rules._base import R53, Context, Requirement, Verdict, rule, verdict
from tkpk_rules.rules._docs import documents
from tkpk_rules.rules.documents import DOCUMENTS

__all__ = [
    "MEETINGS_MINIMUM",
    "MEETINGS_RPKD",
    "MEETINGS_TOPICS",
]

_CITATION = PROVISIONS["53.meetings"].citation


#: What settles which year a meeting over the New Year counts for: the official text.
_NO_TEXT_YET = "teks Permendagri 53/2020: tahun rapat yang melewati pergantian tahun"


def _dates(ms: tuple[Meeting, ...]) -> tuple[str, ...]:
    # A day as ISO 8601 (``2024-03-01``), a year or month as recorded (``2024``, ``2024-05``).
    return tuple(str(m.tanggal) for m in ms)


def _status_or_kind(m: Meeting, unsure: set[int]) -> str:
    """The fact that would say whether meeting ``m`` counts: its kind when that is
    uncertain (``id(m)`` in ``unsure``), else its status."""
    return f"rapat_koordinasi[tanggal={m.tanggal}]." + ("jenis" if id(m) in unsure else "status")


def _date_paths(ctx: Context, ms: tuple[Meeting, ...]) -> tuple[str, ...]:
    """``rapat_koordinasi[i].tanggal`` of each meeting, by its place in the record."""
    recorded = _meetings(ctx)
    return tuple(f"rapat_koordinasi[{meeting_index(recorded, m)}].tanggal" for m in ms)


def _year_meetings(ctx: Context, ms: tuple[Meeting, ...], year: int) -> YearMeetings:
    """:func:`year_meetings` once per check and year, the year's meetings sorted once per
    record (the same on every date judged)."""

    def sort() -> tuple[Meeting, ...]:
        return meetings_of_year(ms, year)

    def into() -> tuple[Meeting, ...]:
        return meetings_into_year(ms, year)

    return ctx.shared(
        ("year_meetings", year),
        lambda: year_meetings(
            ms,
            year,
            ctx.on,
            of_year=ctx.lasting(("meetings_of", year), sort),
            into=ctx.lasting(("meetings_into", year), into),
        ),
    )


def _chairs(ctx: Context, ms: tuple[Meeting, ...]) -> tuple[str, ...]:
    deputy = DEPUTY_HEAD[ctx.level]
    recorded = ctx.dossier.kekosongan_jabatan
    out = []
    for m in ms:
        kind = office_kind(m.dipimpin_oleh)
        text = f"{m.tanggal}: {kind.value if not isinstance(kind, NotRecorded) else '?'}"
        if kind is not deputy and not isinstance(kind, NotRecorded):
            if isinstance(recorded, NotRecorded):
                text += " (kekosongan tidak dicatat/vacancies not recorded)"
            else:
                text += _vacancy_note(recorded, deputy, m)
        out.append(text)
    return tuple(out)


def _vacancy_note(recorded: tuple[Vacancy, ...], deputy: OfficeKind, m: Meeting) -> str:
    """Whether the deputy-head post was vacant on every day the meeting may have been."""
    first, last = meeting_bounds(m)
    vacancies = [v for v in recorded if v.jabatan is deputy]
    # One vacancy surely covering both ends surely covers every day between.
    if any(v.vacant_on(first) and v.vacant_on(last) for v in vacancies):
        return f" (kekosongan/vacancy {deputy.value})"
    touching = [v for v in vacancies if v.covers(first) or v.covers(last) or _inside(v, m)]
    if not touching:
        return ""
    if any(v.vacant_on(d) is None for v in touching for d in (first, last)):
        # The vacancy's own start or end is known only to its year or month, or not recorded.
        return f" (kekosongan belum pasti/vacancy uncertain {deputy.value})"
    return f" (kekosongan sebagian rentang/vacancy part of the span {deputy.value})"


def _inside(v: Vacancy, m: Meeting) -> bool:
    """Whether a vacancy may begin on a day the meeting may have been."""
    first, last = meeting_bounds(m)
    bounds = date_bounds(v.mulai)
    assert bounds is not None
    return first <= bounds[0] <= last or first <= bounds[1] <= last


def _meetings_check(ctx: Context) -> Verdict | None:
    if isinstance(ctx.dossier.rapat_koordinasi, NotRecorded):
        return verdict(
            Outcome.UNDETERMINED,
            "not_recorded",
            "rapat_koordinasi",
            missing=("rapat_koordinasi",),
            year=ctx.year,
        )
    return None


#: A rule about the year's meetings needs the meetings recorded.
MEETINGS = Requirement(
    name="meetings",
    check=_meetings_check,
    messages=(
        (
            "not_recorded",
            (
                "Rapat koordinasi tahun {tahun} tidak dapat dinilai: rapat tidak dicatat.",
                "Coordination meetings in {tahun} cannot be judged: meetings are not recorded.",
            ),
        ),
    ),
)


def _meetings(ctx: Context) -> tuple[Meeting, ...]:
    ms = ctx.dossier.rapat_koordinasi
    assert not isinstance(ms, NotRecorded), "MEETINGS requirement not declared"
    return ms


@rule(
    "TKPK53-MTG-001",
    "53.meetings",
    yearly=True,
    requires=(MEETINGS,),
    title_params={"minimum": value("minimum_rapat_koordinasi", R53)},
    messages={
        "title": (
            "Paling sedikit {minimum} rapat koordinasi setahun",
            "At least {minimum} coordination meetings a year",
        ),
        "ok": (
            "Tahun {tahun}: {terlaksana} rapat koordinasi terlaksana (minimal {minimum}).",
            "{tahun}: {terlaksana} coordination meetings held (at least {minimum} required).",
        ),
        "status_unknown": (
            "Tahun {tahun}: {terlaksana} rapat terlaksana; status {tidak_diketahui} rapat lain"
            " tidak"
            " diketahui, padahal menentukan (minimal {minimum}).",
            "{tahun}: {terlaksana} meetings held; the status of {tidak_diketahui} more is unknown"
            " and decides it (at least {minimum} required).",
        ),
        "kind_unknown": (
            "Tahun {tahun}: {terlaksana} rapat koordinasi terlaksana; {jenis_tidak_pasti} rapat"
            " lain belum tentu rapat koordinasi TKPK (jenis tidak dicatat, atau FGD/pleno/"
            "sinkronisasi/...), padahal menentukan (minimal {minimum}).",
            "{tahun}: {terlaksana} coordination meetings held; {jenis_tidak_pasti} other"
            " meetings may or may not be coordination meetings of the team (kind not recorded,"
            " or FGD/pleno/sinkronisasi/...) and decide it (at least {minimum} required).",
        ),
        "kind_unknown.action": (
            "Catat jenis rapat yang disebut pada fakta yang diperlukan (rapat_koordinasi atau"
            " jenis lain) dan statusnya.",
            "Record the kind of the meetings listed as facts needed (rapat_koordinasi or"
            " another kind) and their status.",
        ),
        "spans_year": (
            "Tahun {tahun}: {terlaksana} rapat koordinasi terlaksana; {lintas_tahun} rapat lain"
            " dimulai pada tahun sebelumnya dan berlanjut ke tahun {tahun}. Ringkasan aturan"
            " tidak menyebut untuk tahun mana rapat seperti itu dihitung, padahal menentukan"
            " (minimal {minimum}).",
            "{tahun}: {terlaksana} coordination meetings held; {lintas_tahun} more began in the"
            " year before and ran on into {tahun}. The brief of the law does not say which year"
            " such a meeting counts for, and it decides it (at least {minimum} required).",
        ),
        "spans_year.action": (
            "Catat status rapat lain yang disebut pada fakta yang diperlukan, bila ada; untuk"
            " rapat yang melewati pergantian tahun tidak ada yang perlu dicatat: biarkan belum"
            " ditentukan sampai teks resmi Permendagri 53/2020 dibaca.",
            "Record the status of any other meetings listed as facts needed; for the meeting"
            " that ran over the New Year there is nothing to record: leave it undetermined"
            " until the official text of Permendagri 53/2020 is read.",
        ),
        "status_unknown.action": (
            "Catat status rapat yang disebut pada fakta yang diperlukan (terlaksana/dibatalkan).",
            "Record the status of the meetings listed as facts needed (held/cancelled).",
        ),
        "too_few": (
            "Tahun {tahun}: hanya {terlaksana} rapat koordinasi terlaksana; minimal {minimum}.",
            "{tahun}: only {terlaksana} coordination meetings were held; at least {minimum} are"
            " required.",
        ),
        "too_few.action": (
            "Jadwalkan paling sedikit {minimum} rapat koordinasi setiap tahun dalam agenda kerja.",
            "Schedule at least {minimum} coordination meetings a year in the work agenda.",
        ),
        "on_track": (
            "Tahun {tahun} masih berjalan: {terlaksana} rapat terlaksana, {dijadwalkan} dijadwalkan"
            " (minimal {minimum}): sesuai jalur.",
            "{tahun} is still running: {terlaksana} meetings held, {dijadwalkan} scheduled (at"
            " least {minimum} required): on track.",
        ),
        "on_track_unknown": (
            "Tahun {tahun} masih berjalan: {terlaksana} rapat terlaksana, {dijadwalkan}"
            " dijadwalkan, dan {belum_pasti} rapat lain yang belum pasti terhitung (lihat fakta"
            " yang diperlukan; minimal {minimum}): sesuai jalur hanya bila rapat itu terhitung.",
            "{tahun} is still running: {terlaksana} meetings held, {dijadwalkan} scheduled, and"
            " {belum_pasti} more that may or may not count (see the facts needed; at least"
            " {minimum} required): on track only if those count.",
        ),
        "on_track_unknown.action": (
            "Catat yang dapat dicatat di antara fakta yang diperlukan (status, jenis atau"
            " tanggal rapat); untuk rapat yang melewati pergantian tahun, biarkan belum"
            " ditentukan sampai teks resmi Permendagri 53/2020 dibaca.",
            "Record what can be recorded among the facts needed (a meeting's status, kind or"
            " date); for a meeting that ran over the New Year, leave it undetermined until the"
            " official text of Permendagri 53/2020 is read.",
        ),
        "at_risk": (
            "Tahun {tahun} masih berjalan: {terlaksana} rapat terlaksana, {dijadwalkan}"
            " dijadwalkan,"
            " {sisa_hari} hari tersisa (minimal {minimum}): berisiko tidak terpenuhi.",
            "{tahun} is still running: {terlaksana} meetings held, {dijadwalkan} scheduled,"
            " days left: {sisa_hari} (at least {minimum} required): at risk.",
        ),
        "at_risk.action": (
            "Jadwalkan rapat koordinasi yang kurang sebelum akhir tahun.",
            "Schedule the missing coordination meetings before the year ends.",
        ),
    },
)
def MEETINGS_MINIMUM(ctx: Context) -> Iterator[Verdict]:
    """At least three coordination meetings in the year."""
    ms = _meetings(ctx)
    year = ctx.year or 0
    minimum = value("minimum_rapat_koordinasi", R53)
    ym = _year_meetings(ctx, ms, year)
    held, sched, unk = len(ym.held), len(ym.scheduled), len(ym.unknown)
    # Run on from the year before and recorded as a held coordination meeting: what is open
    # is the year it counts for, not its status or kind (those stay among the unknown).
    run_on = {
        id(m) for m in ym.spanning if m.status is MeetingStatus.TERLAKSANA and is_coordination(m)
    }
    used: dict[str, object] = {
        "minimum": minimum,
        "terlaksana": _dates(ym.held),
        "dijadwalkan": _dates(ym.scheduled),
        # A meeting run on from the year before has a status; which year it counts for is
        # what is open (``lintas_tahun``).
        "status_tidak_diketahui": _dates(tuple(m for m in ym.unknown if id(m) not in run_on)),
        "dibatalkan": _dates(ym.cancelled),
        "tanpa_jenis": ym.without_kind,
        "jenis_belum_pasti": _dates(ym.uncertain_kind),
        # The same meetings give the same chairs on every date: once per dossier (the
        # dossier holds the meetings, so their ids stand for them while the memo lives).
        "pimpinan_rapat": ctx.lasting(
            ("chairs", tuple(map(id, ym.held))), lambda: _chairs(ctx, ym.held)
        ),
        "sisa_hari": ctx.days_left,
    }
    params = {
        "terlaksana": held,
        "dijadwalkan": sched,
        "minimum": minimum,
        "tidak_diketahui": unk - len(run_on),
        "belum_pasti": unk,
        "jenis_tidak_pasti": len(ym.uncertain_kind),
        "sisa_hari": ctx.days_left,
    }
    unsure = {id(m) for m in ym.uncertain_kind}
    # Neither a meeting dated to a month or year spanning the date nor one run on from an
    # earlier year (which year it counts for is a question for the law's text, which the
    # brief does not answer, not for the record) lacks its status.
    undated = {id(m) for m in ym.uncertain_date} | run_on
    missing = tuple(
        _status_or_kind(m, unsure) for m in ym.unknown if id(m) not in undated
    ) + _date_paths(ctx, ym.uncertain_date)
    if ym.uncertain_date:
        used["tanggal_belum_pasti"] = _dates(ym.uncertain_date)
    if ym.spanning:
        used["lintas_tahun"] = _dates(ym.spanning)
        params["lintas_tahun"] = len(ym.spanning)
    path = "rapat_koordinasi"
    if held >= minimum:
        yield verdict(Outcome.COMPLIANT, "ok", path, used=used, year=year, extra=params)
    elif ctx.year_over:
        if held + unk >= minimum:
            if ym.uncertain_kind:
                variant = "kind_unknown"
            elif held + unk - len(run_on) < minimum:
                variant = "spans_year"
                missing = (*missing, _NO_TEXT_YET)
            else:
                variant = "status_unknown"
            yield verdict(
                Outcome.UNDETERMINED,
                variant,
                path,
                used=used,
                missing=missing,
                year=year,
                extra=params,
            )
        else:
            yield verdict(Outcome.VIOLATION, "too_few", path, used=used, year=year, extra=params)
    elif held + sched + _held_or_ahead(ym) >= minimum:
        # (A meeting dated to a month holding the date judged, held or scheduled, is one
        # or the other by the year's end: on track either way.)
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
    elif held + sched + unk >= minimum:
        # On track only if meetings that may not count (status, kind or date not recorded,
        # or run on from the year before) do: neither on track nor at risk, as said.
        yield verdict(
            Outcome.UNDETERMINED,
            "on_track_unknown",
            path,
            used=used,
            missing=(*missing, _NO_TEXT_YET) if run_on else missing,
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


def _held_or_ahead(ym: YearMeetings) -> int:
    """The meetings dated to a month or year holding the date judged that are recorded
    as held or scheduled: held by then, or still ahead."""
    steady = (MeetingStatus.TERLAKSANA, MeetingStatus.DIJADWALKAN)
    return sum(1 for m in ym.uncertain_date if m.status in steady)


def _may_hold(m: Meeting, absent: list[Topic]) -> bool:
    """Whether meeting ``m`` may have worked on one of the ``absent`` topics: its topics
    not recorded, or among them, or not recorded as held (the topics of a meeting still
    scheduled, or of unknown status, may be its plan, not what it discussed)."""
    return (
        isinstance(m.pembahasan, NotRecorded)
        or m.status is not MeetingStatus.TERLAKSANA
        or any(t in m.pembahasan for t in absent)
    )


def _topics_left(
    ctx: Context, absent: list[Topic], sched_topics: set[Topic], used: dict[str, object]
) -> Verdict:
    """:data:`MEETINGS_TOPICS`'s verdict on what no meeting of the year (nor one run on
    into it from the year before) may have worked on."""
    path, year, kurang = "rapat_koordinasi", ctx.year or 0, tuple(t.value for t in absent)
    if ctx.year_over:
        return verdict(
            Outcome.VIOLATION, "missing_topics", path, used=used, year=year, kurang=kurang
        )
    if all(t in sched_topics for t in absent):
        return verdict(
            Outcome.UNDETERMINED,
            "on_track",
            path,
            used=used,
            year=year,
            progress=Progress.ON_TRACK,
            kurang=kurang,
        )
    return verdict(
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
    "TKPK53-MTG-002",
    "53.meetings",
    yearly=True,
    requires=(MEETINGS,),
    lists=("rapat_koordinasi[].pembahasan",),
    messages={
        "title": (
            "RAT dan laporan pelaksanaan dibahas dalam rapat koordinasi",
            "The RAT and implementation report are worked on in coordination meetings",
        ),
        "ok": (
            "Tahun {tahun}: RAT dan laporan pelaksanaan dibahas dalam rapat koordinasi.",
            "{tahun}: the RAT and the implementation report were discussed in coordination"
            " meetings.",
        ),
        "topics_unknown": (
            "Tahun {tahun}: belum tampak pembahasan {kurang}; pokok bahasan sebagian rapat tidak"
            " dicatat.",
            "{tahun}: no meeting is seen working on {kurang}; some meetings' topics are not"
            " recorded.",
        ),
        "topics_unknown.action": (
            "Catat pokok bahasan (pembahasan) setiap rapat.",
            "Record each meeting's topics (pembahasan).",
        ),
        "status_unknown": (
            "Tahun {tahun}: belum pasti {kurang} sudah dibahas; status atau jenis sebagian rapat"
            " belum tercatat (belum tercatat terlaksana, atau belum pasti rapat koordinasi"
            " TKPK), padahal menentukan.",
            "{tahun}: whether {kurang} has been worked on is open; the status or kind of some"
            " meetings is not recorded (not recorded as held, or maybe not coordination"
            " meetings of the team), and it decides it.",
        ),
        "status_unknown.action": (
            "Catat status dan jenis rapat yang disebut pada fakta yang diperlukan.",
            "Record the status and kind of the meetings listed as facts needed.",
        ),
        "date_unknown": (
            "Tahun {tahun}: belum pasti {kurang} sudah dibahas; rapat yang tanggalnya hanya"
            " diketahui bulan atau tahunnya belum tentu terlaksana pada tanggal penilaian.",
            "{tahun}: whether {kurang} has been worked on is open; a meeting dated only to its"
            " month or year may not have been held yet on the date judged.",
        ),
        "date_unknown.action": (
            "Catat tanggal lengkap rapat yang disebut pada fakta yang diperlukan.",
            "Record the full date of the meetings listed as facts needed.",
        ),
        "spans_year": (
            "Tahun {tahun}: belum pasti {kurang} sudah dibahas; rapat yang dimulai pada tahun"
            " sebelumnya dan berlanjut ke tahun {tahun} mungkin membahasnya, dan ringkasan aturan"
            " tidak menyebut untuk tahun mana rapat seperti itu dihitung.",
            "{tahun}: whether {kurang} has been worked on is open; a meeting begun in the year"
            " before and run on into {tahun} may have worked on it, and the brief of the law does"
            " not say which year such a meeting counts for.",
        ),
        "spans_year.action": (
            "Tidak ada yang perlu dicatat untuk rapat yang melewati pergantian tahun: biarkan"
            " belum ditentukan sampai teks resmi Permendagri 53/2020 dibaca.",
            "Nothing to record for the meeting that ran over the New Year: leave it"
            " undetermined until the official text of Permendagri 53/2020 is read.",
        ),
        "missing_topics": (
            "Tahun {tahun}: tidak ada rapat koordinasi yang membahas {kurang}.",
            "{tahun}: no coordination meeting worked on {kurang}.",
        ),
        "missing_topics.action": (
            "Bahas {kurang} dalam rapat koordinasi, dan catat pokok bahasannya.",
            "Work on {kurang} in a coordination meeting, and record its topics.",
        ),
        "on_track": (
            "Tahun {tahun} masih berjalan: {kurang} dijadwalkan dibahas dalam rapat mendatang.",
            "{tahun} is still running: {kurang} is scheduled for a coming meeting.",
        ),
        "at_risk": (
            "Tahun {tahun} masih berjalan: belum ada rapat (terlaksana atau dijadwalkan) yang"
            " membahas {kurang}.",
            "{tahun} is still running: no meeting (held or scheduled) works on {kurang} yet.",
        ),
        "at_risk.action": (
            "Jadwalkan pembahasan {kurang} dalam rapat koordinasi tahun ini.",
            "Schedule {kurang} for a coordination meeting this year.",
        ),
    },
)
def MEETINGS_TOPICS(ctx: Context) -> Iterator[Verdict]:
    """The year's coordination meetings worked on the RAT and the implementation report."""
    ms = _meetings(ctx)
    year = ctx.year or 0
    ym = _year_meetings(ctx, ms, year)
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
    # A meeting run on from an earlier year holds this year's work only if it may have
    # worked on what is absent (its topics not recorded, or among them).
    spanning = {id(m) for m in ym.spanning}
    unknown = [m for m in ym.unknown if id(m) not in spanning]
    # The absent topics such a meeting may hold: all of them when its topics are unknown.
    may_hold: set[Topic] = set()
    for m in ym.spanning:
        may_hold.update(absent if isinstance(m.pembahasan, NotRecorded) else m.pembahasan)
    run_on = [t for t in absent if t in may_hold]
    used: dict[str, object] = {
        "dibahas": tuple(sorted(t.value for t in held_topics)),
        "belum_dibahas": tuple(t.value for t in absent),
        "rapat_tanpa_pembahasan": held_blind + len(unknown),
    }
    if ym.spanning:
        used["lintas_tahun"] = _dates(ym.spanning)
    path = "rapat_koordinasi"
    kurang = tuple(t.value for t in absent)
    # A meeting of unknown status, kind or date matters only if it may have worked on what
    # is absent (its topics not recorded, or among them).
    relevant = [m for m in unknown if _may_hold(m, absent)]
    if not absent:
        yield verdict(Outcome.COMPLIANT, "ok", path, used=used, year=year)
    elif held_blind or relevant:
        dated = {id(m) for m in ym.uncertain_date}
        open_status = [m for m in relevant if id(m) not in dated]
        blind = held_blind or any(isinstance(m.pembahasan, NotRecorded) for m in open_status)
        unsure = {id(m) for m in ym.uncertain_kind}
        status = tuple(
            _status_or_kind(m, unsure)
            for m in open_status
            if not isinstance(m.pembahasan, NotRecorded)
        )
        yield verdict(
            Outcome.UNDETERMINED,
            "topics_unknown" if blind else ("status_unknown" if status else "date_unknown"),
            path,
            used=used,
            year=year,
            missing=(
                *(("rapat_koordinasi[*].pembahasan",) if blind else ()),
                *status,
                *_date_paths(ctx, ym.uncertain_date),
            ),
            kurang=kurang,
        )
    elif run_on and len(run_on) == len(absent):
        yield verdict(
            Outcome.UNDETERMINED,
            "spans_year",
            path,
            used=used,
            missing=(_NO_TEXT_YET,),
            year=year,
            kurang=kurang,
        )
    else:
        yield _topics_left(ctx, [t for t in absent if t not in may_hold], sched_topics, used)


@rule(
    "TKPK53-MTG-003",
    "53.meetings",
    also_cited=(PROVISIONS["53.rpkd"].citation,),
    requires=(DOCUMENTS,),
    lists=("rapat_koordinasi[].pembahasan",),
    messages={
        "title": (
            "RPKD disusun melalui rapat koordinasi",
            "The RPKD is prepared through coordination meetings",
        ),
        "adoption_not_recorded": (
            "Tanggal penetapan RPKD tidak dicatat.",
            "The RPKD's adoption date is not recorded.",
        ),
        "not_recorded": (
            "Rapat koordinasi tidak dicatat.",
            "Coordination meetings are not recorded.",
        ),
        "ok": (
            "RPKD (ditetapkan {ditetapkan}) dibahas dalam rapat koordinasi: {rapat}.",
            "The RPKD (adopted {ditetapkan}) was discussed in coordination meetings: {rapat}.",
        ),
        "topics_unknown": (
            "Tidak tampak rapat yang membahas RPKD sebelum penetapannya ({ditetapkan}); pokok"
            " bahasan sebagian rapat tidak dicatat.",
            "No meeting is seen working on the RPKD before its adoption ({ditetapkan}); some"
            " meetings' topics are not recorded.",
        ),
        "none": (
            "Tidak ada rapat koordinasi yang membahas RPKD sebelum penetapannya (sejak awal"
            " tahun sebelumnya sampai hari penetapan; ditetapkan {ditetapkan}).",
            "No coordination meeting worked on the RPKD before its adoption (from the start of"
            " the year before it to the day it was adopted; adopted {ditetapkan}).",
        ),
        "none.action": (
            "Bahas rancangan RPKD dalam rapat koordinasi TKPK sebelum ditetapkan, dan catat"
            " pokok bahasannya; bila rapat seperti itu sudah ada, catat rapat itu.",
            "Work on the draft RPKD in TKPK coordination meetings before it is adopted, and"
            " record the topics; if such a meeting took place, record it.",
        ),
        "order_unknown": (
            "Belum pasti ada rapat koordinasi yang membahas RPKD sebelum penetapannya"
            " ({ditetapkan}): tanggal rapat atau tanggal penetapan hanya diketahui tahun atau"
            " bulannya.",
            "Whether a coordination meeting worked on the RPKD before its adoption"
            " ({ditetapkan}) is open: the meeting's or the adoption's date is known only to the"
            " year or month.",
        ),
        "order_unknown.action": (
            "Catat tanggal lengkap rapat dan penetapan RPKD yang disebut pada fakta yang"
            " diperlukan.",
            "Record the full dates of the meetings and the RPKD adoption listed as facts needed.",
        ),
        "status_unknown": (
            "Belum pasti ada rapat koordinasi yang membahas RPKD sebelum penetapannya"
            " ({ditetapkan}): jenis atau status rapat yang mungkin membahasnya tidak"
            " dicatat atau belum pasti.",
            "Whether a coordination meeting worked on the RPKD before its adoption"
            " ({ditetapkan}) is open: the kind or the status of the meetings that may have"
            " done so is not recorded or uncertain.",
        ),
        "status_unknown.action": (
            "Catat jenis (rapat_koordinasi atau jenis lain) dan status rapat yang disebut pada"
            " fakta yang diperlukan.",
            "Record the kind (rapat_koordinasi or another) and the status of the meetings"
            " listed as facts needed.",
        ),
        "outside_coverage": (
            "Tidak tampak rapat koordinasi yang membahas RPKD sebelum penetapannya"
            " ({ditetapkan}), tetapi catatan tidak mencakup seluruh {rentang} (cakupan), jadi"
            " rapat itu belum tentu tidak ada.",
            "No coordination meeting is seen working on the RPKD before its adoption"
            " ({ditetapkan}), but the record does not speak for all of {rentang} (cakupan), so"
            " such a meeting may still have been held.",
        ),
        "outside_coverage.action": (
            "Lengkapi catatan rapat untuk rentang itu (dan perluas cakupan.mulai/selesai).",
            "Complete the record of meetings for that span (and widen cakupan.mulai/selesai).",
        ),
        "no_rpkd": (
            "Tidak ada RPKD yang ditetapkan menurut 53/2020 dalam catatan.",
            "No RPKD adopted under 53/2020 is recorded.",
        ),
    },
)
def MEETINGS_RPKD(ctx: Context) -> Iterator[Verdict]:
    """Each RPKD adopted under 53/2020 was prepared through a coordination meeting.

    The library reads "prepared through" as: a held coordination meeting that
    discussed the RPKD, in the year of adoption or the year before, on or
    before the adoption date.  A meeting there that may have been one (its kind
    uncertain, its status not recorded or still "scheduled") and may have discussed
    the RPKD leaves the answer open rather than counting as no meeting.
    """
    rpkds = documents(ctx, DocumentKind.RPKD)
    start = ctx.handover or HANDOVER_LATEST
    judged = 0
    for path, doc in rpkds:
        adopted = doc.adopted_on
        bounds = date_bounds(adopted)
        if bounds is None:
            if adopted is None:
                continue  # not adopted yet: nothing prepared to judge
            judged += 1
            yield verdict(
                Outcome.UNDETERMINED, "adoption_not_recorded", path, missing=(f"{path}.ditetapkan",)
            )
            continue
        first, last = bounds
        if last < start:
            continue  # adopted before 53/2020 certainly governed
        judged += 1
        ms = ctx.dossier.rapat_koordinasi
        if isinstance(ms, NotRecorded):
            yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=("rapat_koordinasi",))
            continue
        # A meeting surely in the window (held on or before every day the adoption may
        # be, from the year before it), or only maybe (a month or year spanning it).
        sure: list[Meeting] = []
        maybe: list[Meeting] = []
        # Not cancelled, but not known to be a held coordination meeting either: its
        # kind is uncertain, or its status is not recorded (or still "scheduled").
        doubtful: list[Meeting] = []
        # So is one recorded as uncertain (``kepastian: belum_pasti``), held or not.
        for m in ms:
            m_first, m_last = meeting_bounds(m)
            doubted = m.kepastian is Certainty.BELUM_PASTI
            if (
                (m.status is MeetingStatus.DIBATALKAN and not doubted)
                or meeting_year(m) < first.year - 1
                or m_first > last
            ):
                continue
            if is_coordination(m) and m.status is MeetingStatus.TERLAKSANA and not doubted:
                (sure if m_last <= first else maybe).append(m)
            elif kind_uncertain(m) or is_coordination(m) or doubted:
                doubtful.append(m)
        window = sure + maybe

        def on_rpkd(m: Meeting) -> bool:
            return not isinstance(m.pembahasan, NotRecorded) and Topic.RPKD in m.pembahasan

        hits = sorted(str(m.tanggal) for m in sure if on_rpkd(m))
        blind = [m for m in window if isinstance(m.pembahasan, NotRecorded)]
        unsure = [m for m in maybe if on_rpkd(m)]
        # A day stays a date (as before); a year or month is written as recorded.
        shown: object = adopted if first == last else str(adopted)
        used = {"ditetapkan": shown, "rapat_rpkd": tuple(hits)}
        if hits:
            yield verdict(
                Outcome.COMPLIANT, "ok", path, used=used, ditetapkan=shown, rapat=tuple(hits)
            )
        elif blind:
            yield verdict(
                Outcome.UNDETERMINED,
                "topics_unknown",
                path,
                used=used,
                missing=("rapat_koordinasi[*].pembahasan",),
                ditetapkan=shown,
            )
        elif open_ := [m for m in doubtful if on_rpkd(m) or isinstance(m.pembahasan, NotRecorded)]:
            # A meeting that may have been a held coordination meeting on the RPKD.
            yield verdict(
                Outcome.UNDETERMINED,
                "status_unknown",
                path,
                used={**used, "rapat_belum_pasti": _dates(tuple(open_))},
                missing=tuple(
                    f"rapat_koordinasi[{meeting_index(ms, m)}]."
                    + ("status" if is_coordination(m) else "jenis")
                    for m in open_
                ),
                ditetapkan=shown,
            )
        elif unsure or first < start:
            # Whether a meeting on the RPKD came before its adoption, or whether the
            # adoption came after 53/2020 governed, is what the imprecise date leaves open.
            dates = _date_paths(
                ctx, tuple(m for m in unsure if isinstance(m.tanggal, ImpreciseDate))
            )
            if first != last:
                dates = (f"{path}.ditetapkan", *dates)
            used["rapat_rpkd_belum_pasti"] = _dates(tuple(unsure))
            yield verdict(
                Outcome.UNDETERMINED,
                "order_unknown",
                path,
                used=used,
                missing=dates,
                ditetapkan=shown,
            )
        elif (span := _uncovered(ctx, dt.date(first.year - 1, 1, 1), last)) is not None:
            # The window the rule looks in is not wholly inside what the record speaks for.
            yield verdict(
                Outcome.UNDETERMINED,
                "outside_coverage",
                path,
                used=used,
                missing=(f"cakupan ({span})",),
                ditetapkan=shown,
                rentang=span,
            )
        else:
            yield verdict(Outcome.VIOLATION, "none", path, used=used, ditetapkan=shown)
    if judged == 0:
        yield verdict(Outcome.NOT_APPLICABLE, "no_rpkd", "dokumen")


def _uncovered(ctx: Context, first: dt.date, last: dt.date) -> str | None:
    """The span ``first``..``last`` as text when ``cakupan`` does not surely cover it."""
    coverage = ctx.dossier.cakupan
    if not isinstance(coverage, Coverage) or coverage.speaks_for(first, last) is True:
        return None
    return f"{first.isoformat()}..{last.isoformat()}"


RULES = (MEETINGS_MINIMUM, MEETINGS_TOPICS, MEETINGS_RPKD)
