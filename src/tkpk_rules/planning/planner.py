"""The annual agenda planner: when the meetings fall and when the work is done, and why.

:func:`plan` draws up the agenda kerja tahunan for one year from what the
dossier records.  What the brief knows, and how well:

* the team works from an annual agenda holding work plans for the RPKD, the
  RAT and the implementation report (``53.agenda``, reported;
  ``53.agenda-contents``, single source);
* those are prepared in coordination meetings, at least 3 a year
  (``53.meetings``, reported);
* the planning cycle the items are placed by is **practice**, not a verified
  provision: the fiscal year is the calendar year; the RKPD is set by the end of
  June of the year before it applies and the APBD is approved before the year
  starts, so a RAT that is to feed them must exist before those dates; the
  RPJMD is set within six months of the head of region taking office, and the
  RPKD is drafted alongside it.

So, for year *Y*: the report on *Y-1* is drafted in the first quarter and
discussed at a meeting in March; the draft RAT *Y+1* is ready by mid-June and
agreed at a meeting early in June, before the RKPD *Y+1* is set; the RAT is
aligned with the draft APBD and adopted by the end of November, with a meeting
in October.  An RPKD is drafted when a new RPJMD period starts or no adopted
RPKD covers *Y+1*.  Meetings fall on working days only (no weekend, public
holiday or cuti bersama), on the preferred weekday when there is one near.
Every item says in ``alasan`` why it sits where it does.

>>> import datetime as dt
>>> from tkpk_rules.examples import load_example
>>> agenda = plan(load_example(), 2026, keep_recorded=False)
>>> [str(i.mulai) for i in agenda.kegiatan if i.kegiatan.value == "rapat_koordinasi"]
['2026-03-10', '2026-06-02', '2026-10-20']
>>> agenda.kegiatan[0].alasan  # doctest: +ELLIPSIS
'Tahun anggaran 2025 berakhir 31 Desember 2025; ...'
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from tkpk_rules.i18n import (
    SUPPORT,
    Text,
    Words,
    date_words,
    day_of_year_words,
    duration_words,
    month_words,
    roman,
    span_words,
    weekday_name,
)
from tkpk_rules.judge import is_coordination, meeting_bounds, meeting_year
from tkpk_rules.law.parameters import PARAMETERS, day_in
from tkpk_rules.law.parameters import value as law_value
from tkpk_rules.law.timeline import HANDOVER_LATEST
from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    ImpreciseDate,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PlanningDocument,
    Topic,
    YearRange,
    date_bounds,
    is_recorded,
)
from tkpk_rules.planning._errors import PlanningError
from tkpk_rules.planning.workdays import MAX_YEAR, WorkingCalendar, indonesian_calendar

__all__ = [
    "MINIMUM_MEETINGS",
    "AgendaPlan",
    "Origin",
    "PlannedItem",
    "apply_plan",
    "parse_weekday",
    "plan",
    "plan_details",
]

#: The fewest coordination meetings a year (``53.meetings``: "at least 3 times in 1 year"),
#: from the law's dated parameters.
MINIMUM_MEETINGS: int = law_value("minimum_rapat_koordinasi", "permendagri-53-2020")
#: The most meetings the planner places in one year.
MAXIMUM_MEETINGS = 24
#: Planned meetings keep at least this many days from one another while they can.
SPACING_DAYS = law_value("jarak_rapat_hari", "permendagri-53-2020")
#: The RPJMD (and the RPKD drafted with it) is set within this many months of taking office.
RPJMD_MONTHS = law_value("rpjmd_bulan", "permendagri-53-2020")
#: The first year the planner plans: Permendagri 53/2020 governs by 6 October 2020.
FIRST_YEAR = 2020


class Origin(enum.Enum):
    """Where an agenda item comes from."""

    PLANNED = "direncanakan"
    """Placed by the planner."""
    FIXED = "tetap"
    """A date the caller fixed."""
    HELD = "terlaksana"
    """A meeting the dossier records as held."""
    SCHEDULED = "dijadwalkan"
    """A meeting the dossier records as scheduled, kept as it is."""


@attrs.frozen(kw_only=True)
class PlannedItem:
    """One agenda item with where it comes from and its reasons in both languages."""

    item: AgendaItem
    origin: Origin
    reasons: tuple[Text, ...]

    def alasan(self, lang: str = "id") -> str:
        """Why the item sits where it does, in ``lang``."""
        return " ".join(r.render(lang) for r in self.reasons)

    def title(self, lang: str = "id") -> str:
        return self.titles.render(lang) if self.titles is not None else str(self.item.judul)

    titles: Text | None = None


@attrs.frozen(kw_only=True)
class AgendaPlan:
    """The planner's full answer: the agenda, each item's origin and reasons, and notes.

    ``agenda`` carries Indonesian titles and reasons; :meth:`agenda_in` gives the
    same agenda in English.
    """

    year: int
    items: tuple[PlannedItem, ...]
    notes: tuple[Text, ...]

    @property
    def agenda(self) -> AnnualAgenda:
        return self.agenda_in("id")

    def agenda_in(self, lang: str = "id") -> AnnualAgenda:
        """The agenda with titles, reasons and notes in ``lang`` (``"id"`` or ``"en"``)."""
        return AnnualAgenda(
            tahun=self.year,
            ditetapkan=None,
            kegiatan=tuple(
                attrs.evolve(p.item, judul=p.title(lang), alasan=p.alasan(lang)) for p in self.items
            ),
            keterangan=" ".join(n.render(lang) for n in self.notes),
        )

    @property
    def meeting_dates(self) -> tuple[dt.date, ...]:
        """The dates of every coordination meeting in the agenda, in order."""
        return tuple(
            p.item.mulai
            for p in self.items
            if p.item.kegiatan is AgendaItemKind.RAPAT_KOORDINASI
            and isinstance(p.item.mulai, dt.date)
        )


# --------------------------------------------------------------------------- inputs

_WEEKDAYS = {
    **{name: i for i, name in enumerate(("senin", "selasa", "rabu", "kamis", "jumat"))},
    **{name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday"))},
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri"))},
    "jum'at": 4,
    "sen": 0,
    "sel": 1,
    "rab": 2,
    "kam": 3,
    "jum": 4,
}


def parse_weekday(value: int | str | None) -> int | None:
    """A preferred weekday as 0 (Monday) to 4 (Friday), from a number or a name.

    >>> parse_weekday("Selasa"), parse_weekday("thursday"), parse_weekday(4), parse_weekday(None)
    (1, 3, 4, None)
    >>> parse_weekday("Sabtu")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.planning._errors.PlanningError: hari pilihan harus hari kerja Senin-Jumat...
    """
    if value is None:
        return None
    if isinstance(value, bool):
        index = -1
    elif isinstance(value, int):
        index = value
    elif isinstance(value, str):
        index = _WEEKDAYS.get(value.strip().lower(), -1)
    else:
        index = -1
    if not 0 <= index <= 4:
        raise PlanningError(
            f"hari pilihan harus hari kerja Senin-Jumat (atau 0-4), bukan {value!r}",
            f"the preferred weekday must be a working day Monday-Friday (or 0-4), not {value!r}",
            argument="weekday",
        )
    return index


def _check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= MAX_YEAR:
        raise PlanningError(
            f"tahun harus bilangan bulat {FIRST_YEAR}-{MAX_YEAR}, bukan {year!r}; sebelum 2020"
            " yang berlaku Permendagri 42/2010, yang tidak direncanakan oleh modul ini",
            f"the year must be a whole number {FIRST_YEAR}-{MAX_YEAR}, not {year!r}; before"
            " 2020 Permendagri 42/2010 governed, which this planner does not plan for",
            argument="year",
        )
    return year


def _check_meetings(meetings: object) -> int:
    if (
        not isinstance(meetings, int)
        or isinstance(meetings, bool)
        or not MINIMUM_MEETINGS <= meetings <= MAXIMUM_MEETINGS
    ):
        raise PlanningError(
            f"jumlah rapat harus {MINIMUM_MEETINGS}-{MAXIMUM_MEETINGS}, bukan {meetings!r}:"
            f" rapat koordinasi paling sedikit {MINIMUM_MEETINGS} kali setahun"
            " (Permendagri 53/2020, dilaporkan)",
            f"the number of meetings must be {MINIMUM_MEETINGS}-{MAXIMUM_MEETINGS}, not"
            f" {meetings!r}: at least {MINIMUM_MEETINGS} coordination meetings a year"
            " (Permendagri 53/2020, reported)",
            argument="meetings",
        )
    return meetings


def _as_date(value: object, what_id: str, what_en: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise PlanningError(
            f"{what_id} harus tanggal (datetime.date), bukan {value!r}",
            f"{what_en} must be a date (datetime.date), not {value!r}",
        )
    return value


def _dates_argument(value: Any, name: str, what_id: str, what_en: str) -> list[Any]:
    """``fixed`` or ``avoid`` as a list: a single date or a text is refused, not walked."""
    if isinstance(value, (dt.date, str, bytes)) or not isinstance(value, Iterable):
        raise PlanningError(
            f"{name}: {what_id} harus daftar tanggal (misalnya [date(2027, 3, 3)]), bukan"
            f" {type(value).__name__}",
            f"{name}: {what_en} must be a list of dates (e.g. [date(2027, 3, 3)]), not"
            f" {type(value).__name__}",
            argument=name,
        )
    return list(value)


def _expand_avoid(
    avoid: Iterable[dt.date | tuple[dt.date, dt.date]], year: int
) -> dict[dt.date, Words]:
    out: dict[dt.date, Words] = {}
    mark = Words(
        Text("planning.day_avoided").render("id"), Text("planning.day_avoided").render("en")
    )
    for entry in avoid:
        if isinstance(entry, tuple):
            if len(entry) != 2:
                raise PlanningError(
                    f"rentang yang dihindari harus (awal, akhir), bukan {entry!r}",
                    f"a range to avoid must be (start, end), not {entry!r}",
                    argument="avoid",
                )
            start = _as_date(entry[0], "awal rentang", "the range start")
            end = _as_date(entry[1], "akhir rentang", "the range end")
            if end < start:
                raise PlanningError(
                    f"rentang {start.isoformat()}..{end.isoformat()} terbalik",
                    f"the range {start.isoformat()}..{end.isoformat()} ends before it starts",
                    argument="avoid",
                )
        else:
            start = end = _as_date(entry, "tanggal yang dihindari", "a date to avoid")
        day = max(start, dt.date(year, 1, 1))
        while day <= min(end, dt.date(year, 12, 31)):
            out[day] = mark
            day += dt.timedelta(days=1)
    return out


# --------------------------------------------------------------------------- dossier facts


def _documents(dossier: Dossier) -> tuple[PlanningDocument, ...] | None:
    docs = dossier.dokumen
    return docs if isinstance(docs, tuple) else None


def _adopted(doc: PlanningDocument) -> bool | None:
    """Whether a document is adopted: True, False, or None when the record does not say."""
    if doc.status is DocumentStatus.DITETAPKAN or date_bounds(doc.adopted_on) is not None:
        return True
    if doc.status is DocumentStatus.DRAF or doc.adopted_on is None:
        return False
    return None


def _adopted_before(doc: PlanningDocument, day: dt.date) -> bool:
    """Adopted, and (when the date is recorded) before ``day``; an unknown status counts."""
    state = _adopted(doc)
    if state is False:
        return False
    # A year or month of adoption counts when it may be before ``day``, as an unknown status does.
    bounds = date_bounds(doc.adopted_on)
    return not (bounds is not None and bounds[0] >= day)


def _period(doc: PlanningDocument) -> YearRange | None:
    return doc.periode if isinstance(doc.periode, YearRange) else None


def _period_text(period: YearRange) -> str:
    return f"{period.mulai}\u2013{period.selesai}"


@attrs.frozen
class _RpkdNeed:
    due: bool
    reason: str  # "new_rpjmd" | "uncovered" | "unknown" | "covered"
    period: YearRange | None = None
    rpjmd_start: int | None = None


def _rpkd_need(dossier: Dossier, year: int) -> _RpkdNeed:
    docs = _documents(dossier)
    if docs is None:
        return _RpkdNeed(True, "unknown")
    start = dt.date(year, 1, 1)
    rpkds = [d for d in docs if d.jenis is DocumentKind.RPKD and _period(d) is not None]
    for rpjmd in docs:
        period = _period(rpjmd)
        if rpjmd.jenis is not DocumentKind.RPJMD or period is None:
            continue
        if period.mulai in (year, year + 1):
            matched = any(
                _adopted_before(r, start)
                and (p := _period(r)) is not None
                and p.mulai >= period.mulai
                for r in rpkds
            )
            if not matched:
                return _RpkdNeed(True, "new_rpjmd", period, period.mulai)
    covering = [
        r
        for r in rpkds
        if _adopted_before(r, start)
        and (year + 1) in (_period(r) or YearRange(mulai=0, selesai=-1))
    ]
    if covering:
        best = sorted(covering, key=lambda r: (_period(r) or YearRange(mulai=0, selesai=0)).mulai)[
            -1
        ]
        return _RpkdNeed(False, "covered", _period(best))
    return _RpkdNeed(True, "uncovered")


def _rat_late(dossier: Dossier, year: int) -> bool | None:
    """Whether the record shows the RAT for ``year`` not adopted before the year; None: unknown."""
    docs = _documents(dossier)
    if docs is None:
        return None
    start = dt.date(year, 1, 1)
    rats = [d for d in docs if d.jenis is DocumentKind.RAT and d.tahun == year]
    return not any(_adopted_before(r, start) for r in rats)


# --------------------------------------------------------------------------- placing


@attrs.frozen(kw_only=True)
class _Slot:
    key: str
    target: dt.date
    lo: dt.date
    hi: dt.date
    topics: tuple[Topic, ...]
    subjects: tuple[Text, ...]
    why: tuple[Text, ...]
    priority: int


@attrs.frozen(kw_only=True)
class _Meeting:
    day: dt.date
    origin: Origin
    topics: tuple[Topic, ...]
    subjects: tuple[Text, ...]
    reasons: tuple[Text, ...]
    judul: str | None = None


def _days(lo: dt.date, hi: dt.date) -> Iterable[dt.date]:
    day = lo
    while day <= hi:
        yield day
        day += dt.timedelta(days=1)


def _place(
    slot: _Slot,
    cal: WorkingCalendar,
    blocked: dict[dt.date, Words],
    taken: Sequence[dt.date],
    weekday: int | None,
    year: int,
) -> tuple[dt.date, tuple[Text, ...]]:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    levels = (
        (slot.lo, slot.hi, True, False),
        (slot.lo, slot.hi, False, False),
        (first, last, True, False),
        (first, last, False, False),
        (slot.lo, slot.hi, False, True),
        (first, last, False, True),
    )
    for lo, hi, spaced, unsure_ok in levels:
        candidates = [
            d
            for d in _days(lo, hi)
            if cal.is_working_day(d)
            and d not in blocked
            and d not in taken
            and (unsure_ok or not cal.is_uncertain(d))
            and (not spaced or all(abs((d - t).days) >= SPACING_DAYS for t in taken))
        ]
        if not candidates:
            continue
        best = min(
            candidates,
            key=lambda d: (
                weekday is not None and d.weekday() != weekday,
                abs((d - slot.target).days),
                d,
            ),
        )
        notes: list[Text] = []
        on_weekday = weekday is not None and best.weekday() == weekday
        weekday_text: Text | str = (
            Text(
                "planning.place_weekday",
                name=Words(weekday_name(best.weekday()), weekday_name(best.weekday(), "en")),
            )
            if on_weekday
            else ""
        )
        notes.append(
            Text(
                "planning.place_target",
                day=_DayText(best),
                weekday=weekday_text,
                target=slot.target,
                span=_SpanText(slot.lo, slot.hi),
            )
        )
        if best != slot.target:
            why = _why_not(slot.target, cal, blocked, taken)
            if why is not None:
                notes.append(Text("planning.place_moved", target=slot.target, name=why))
        if (lo, hi) != (slot.lo, slot.hi):
            notes.append(Text("planning.place_widened", span=_SpanText(slot.lo, slot.hi)))
        elif not spaced:
            notes.append(
                Text("planning.place_crowded", spacing=duration_words(SPACING_DAYS, "day"))
            )
        if unsure_ok and cal.is_uncertain(best):
            notes.append(Text("planning.place_uncertain"))
        return best, tuple(notes)
    raise PlanningError(
        f"tidak ada hari kerja yang tersisa pada tahun {year} untuk rapat koordinasi;"
        " kurangi tanggal yang dihindari atau jumlah rapat",
        f"no working day is left in {year} for a coordination meeting; avoid fewer days or"
        " plan fewer meetings",
    )


def _support_of(parameter: str) -> Words:
    """How the support of a number of the law reads (the vocabulary's words)."""
    return SUPPORT[PARAMETERS[(parameter, "permendagri-53-2020")].support.value]


def _DayText(day: dt.date) -> Words:
    return Words(date_words(day, "id", weekday=True), date_words(day, "en", weekday=True))


def _SpanText(lo: dt.date, hi: dt.date) -> Words:
    return Words(span_words(lo, hi, "id"), span_words(lo, hi, "en"))


def _why_not(
    day: dt.date, cal: WorkingCalendar, blocked: dict[dt.date, Words], taken: Sequence[dt.date]
) -> Words | Text | None:
    off = cal.why_not(day)
    if off is not None:
        return off
    if day in blocked:
        return blocked[day]
    if day in taken:
        return Text("planning.day_taken")
    if cal.is_uncertain(day):
        return Text("planning.day_maybe_leave", name=cal.uncertain[day])
    return None


def _topics_for(day: dt.date, year: int) -> tuple[tuple[Topic, ...], tuple[Text, ...]]:
    if day <= day_in("laporan_selesai", year):
        return (Topic.LAPORAN_PELAKSANAAN,), (Text("planning.subject_report", year=year - 1),)
    return (Topic.RAT,), (Text("planning.subject_rat", year=year + 1),)


# --------------------------------------------------------------------------- plan


def check_calendar(calendar: object) -> None:
    """Refuse a ``calendar`` argument that is neither ``None`` nor a :class:`WorkingCalendar`
    (``plan`` and ``obligations`` take the same)."""
    if calendar is not None and not isinstance(calendar, WorkingCalendar):
        raise PlanningError(
            f"calendar harus WorkingCalendar (misalnya indonesian_calendar), bukan"
            f" {type(calendar).__name__}",
            f"calendar must be a WorkingCalendar (e.g. indonesian_calendar), not"
            f" {type(calendar).__name__}",
            argument="calendar",
        )


def plan_details(
    dossier: Dossier,
    year: int,
    *,
    weekday: int | str | None = None,
    meetings: int = MINIMUM_MEETINGS,
    fixed: Iterable[dt.date] = (),
    avoid: Iterable[dt.date | tuple[dt.date, dt.date]] = (),
    inauguration: dt.date | None = None,
    keep_recorded: bool = True,
    calendar: WorkingCalendar | None = None,
) -> AgendaPlan:
    """Plan the annual agenda for ``year`` and explain every item (see :func:`plan`).

    >>> from tkpk_rules.examples import load_example
    >>> details = plan_details(load_example(), 2026, weekday="kamis", keep_recorded=False)
    >>> [d.isoformat() for d in details.meeting_dates]
    ['2026-03-12', '2026-06-04', '2026-10-22']
    >>> details.items[0].alasan("en")  # doctest: +ELLIPSIS
    "The 2025 fiscal year closed on 31 December 2025; ..."
    """
    if not isinstance(dossier, Dossier):
        raise PlanningError(
            f"yang direncanakan harus Dossier, bukan {type(dossier).__name__}",
            f"plan() needs a Dossier, not {type(dossier).__name__}",
        )
    year = _check_year(year)
    meetings = _check_meetings(meetings)
    preferred = parse_weekday(weekday)
    if inauguration is not None:
        inauguration = _as_date(inauguration, "tanggal pelantikan", "the inauguration date")
    check_calendar(calendar)
    if not isinstance(keep_recorded, bool):  # "no" is true to Python
        raise PlanningError(
            f"keep_recorded harus True atau False, bukan {keep_recorded!r}",
            f"keep_recorded must be True or False, not {keep_recorded!r}",
            argument="keep_recorded",
        )
    fixed = _dates_argument(fixed, "fixed", "tanggal tetap", "fixed dates")
    avoid = _dates_argument(avoid, "avoid", "tanggal yang dihindari", "dates to avoid")
    cal = calendar if calendar is not None else indonesian_calendar([year])
    blocked = _expand_avoid(avoid, year)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)

    # ---- dates that are kept: fixed by the caller, and recorded meetings
    kept: dict[dt.date, _Meeting] = {}
    for value in fixed:
        day = _as_date(value, "tanggal tetap", "a fixed date")
        if day.year != year:
            raise PlanningError(
                f"tanggal tetap {day.isoformat()} tidak berada di tahun {year}",
                f"the fixed date {day.isoformat()} is not in {year}",
                argument="fixed",
            )
        off = cal.why_not(day)
        if off is not None:
            raise PlanningError(
                f"tanggal tetap {date_words(day)} bukan hari kerja: {off.id}",
                f"the fixed date {date_words(day, 'en')} is not a working day: {off.en}",
                argument="fixed",
            )
        if day in blocked:
            raise PlanningError(
                f"tanggal {day.isoformat()} diminta tetap sekaligus dihindari",
                f"{day.isoformat()} is both fixed and to be avoided",
                argument="fixed",
            )
        kept[day] = _Meeting(
            day=day,
            origin=Origin.FIXED,
            topics=(),
            subjects=(),
            reasons=(Text("planning.why_fixed"),),
        )

    replaced: list[tuple[dt.date, Words]] = []
    vague: list[Words] = []
    if keep_recorded and isinstance(dossier.rapat_koordinasi, tuple):
        for rec in sorted(dossier.rapat_koordinasi, key=meeting_bounds):
            if not is_coordination(rec):
                continue
            if not isinstance(rec.tanggal, dt.date):
                # A meeting known only to its month or year holds no day of the plan;
                # a note says so, so that it is not left out without a word.
                if meeting_year(rec) == year and rec.status is not MeetingStatus.DIBATALKAN:
                    vague.append(month_words(rec.tanggal.tahun, rec.tanggal.bulan))
                continue
            if rec.tanggal.year != year:
                continue
            if rec.status is MeetingStatus.DIBATALKAN or rec.tanggal in kept:
                continue
            topics = rec.pembahasan if isinstance(rec.pembahasan, tuple) else ()
            judul = rec.judul if isinstance(rec.judul, str) else None
            off = cal.why_not(rec.tanggal) or blocked.get(rec.tanggal)
            if rec.status is MeetingStatus.TERLAKSANA:
                reasons: tuple[Text, ...] = (Text("planning.why_recorded_held"),)
                if off is not None:
                    reasons += (Text("planning.why_recorded_on_day_off", name=off),)
                kept[rec.tanggal] = _Meeting(
                    day=rec.tanggal,
                    origin=Origin.HELD,
                    topics=topics,
                    subjects=(),
                    reasons=reasons,
                    judul=judul,
                )
            elif off is None:
                kept[rec.tanggal] = _Meeting(
                    day=rec.tanggal,
                    origin=Origin.SCHEDULED,
                    topics=topics,
                    subjects=(),
                    reasons=(Text("planning.why_recorded_scheduled"),),
                    judul=judul,
                )
            else:
                replaced.append((rec.tanggal, off))

    # ---- the work items and the meeting slots
    rpkd = _rpkd_need(dossier, year)
    rat_late = _rat_late(dossier, year)
    items: list[PlannedItem] = []
    notes: list[Text] = [Text("planning.note_generated", year=year)]
    if year == FIRST_YEAR:
        notes.append(Text("planning.note_transition", year=year, pasti_sejak=HANDOVER_LATEST))
    if year not in cal.joint_leave_years and calendar is None:
        notes.append(Text("planning.note_no_joint_leave", year=year))
    if year in cal.estimated_years:
        notes.append(Text("planning.note_estimated", year=year))
    if vague:
        notes.append(Text("planning.note_vague_meetings", dates=tuple(vague)))

    def work(
        kind: AgendaItemKind,
        title: Text,
        lo: dt.date,
        hi: dt.date,
        topics: tuple[Topic, ...],
        why: tuple[Text, ...],
    ) -> None:
        start, end = cal.first_working_day(lo), cal.last_working_day(hi)
        if end < start:  # pragma: no cover - a window always holds a working day
            end = start
        items.append(
            PlannedItem(
                item=AgendaItem(kegiatan=kind, mulai=start, selesai=end, pembahasan=topics),
                origin=Origin.PLANNED,
                reasons=why,
                titles=title,
            )
        )

    prev, nxt = year - 1, year + 1
    report_end = cal.last_working_day(day_in("laporan_selesai", year))
    work(
        AgendaItemKind.LAPORAN_PELAKSANAAN,
        Text("planning.title_report", year=prev),
        day_in("laporan_mulai", year),
        report_end,
        (Topic.LAPORAN_PELAKSANAAN,),
        (Text("planning.why_report", prev=prev, next=nxt, rkpd_by=_rkpd_by(year)),),
    )
    if rat_late:
        work(
            AgendaItemKind.PENYUSUNAN_RAT,
            Text("planning.title_rat_late", year=year),
            day_in("rat_terlambat_mulai", year),
            day_in("rat_terlambat_selesai", year),
            (Topic.RAT,),
            (Text("planning.why_rat_late", year=year),),
        )
    elif rat_late is None:
        notes.append(Text("planning.note_documents_unknown", year=year))
    draft_end = cal.last_working_day(day_in("rat_draf_selesai", year))
    work(
        AgendaItemKind.PENYUSUNAN_RAT,
        Text("planning.title_rat_draft", year=nxt),
        day_in("rat_draf_mulai", year),
        draft_end,
        (Topic.RAT,),
        (
            Text(
                "planning.why_rat_draft",
                next=nxt,
                year=year,
                end=draft_end,
                ahead=_ahead(year),
                rkpd_by=_rkpd_by(year),
            ),
        ),
    )
    final_end = cal.last_working_day(day_in("rat_final_selesai", year))
    work(
        AgendaItemKind.PENYUSUNAN_RAT,
        Text("planning.title_rat_final", year=nxt),
        day_in("rat_final_mulai", year),
        final_end,
        (Topic.RAT,),
        (Text("planning.why_rat_final", next=nxt, end=final_end, spare=_spare(year)),),
    )

    rpkd_window: tuple[dt.date, dt.date] | None = None
    months = duration_words(RPJMD_MONTHS, "month")
    if rpkd.due:
        if rpkd.reason == "new_rpjmd" and rpkd.rpjmd_start == year:
            if inauguration is not None:
                lo = max(inauguration, first)
                hi = min(inauguration + relativedelta(months=RPJMD_MONTHS), last)
                when = Text(
                    "planning.when_inauguration",
                    day=inauguration,
                    end=inauguration + relativedelta(months=RPJMD_MONTHS),
                    months=months,
                )
            else:
                lo, hi = first, day_in("batas_rkpd", year)
                when = Text("planning.when_unknown", end=hi, months=months)
            if hi < lo:
                lo, hi = first, last
            assert rpkd.period is not None
            why: tuple[Text, ...] = (
                Text(
                    "planning.why_rpkd_new_rpjmd",
                    period=_period_text(rpkd.period),
                    when=when,
                    months=months,
                ),
            )
            period_text: str | Words = _period_text(rpkd.period)
        elif rpkd.reason == "new_rpjmd":
            assert rpkd.period is not None
            lo, hi = first, day_in("rat_final_selesai", year)
            why = (
                Text(
                    "planning.why_rpkd_new_rpjmd",
                    period=_period_text(rpkd.period),
                    when="",
                    months=months,
                ),
            )
            period_text = _period_text(rpkd.period)
        elif rpkd.reason == "uncovered":
            lo, hi = day_in("rat_draf_mulai", year), day_in("rat_final_selesai", year)
            why = (Text("planning.why_rpkd_uncovered", next=nxt, end=cal.last_working_day(hi)),)
            period_text = Words("periode berikutnya", "next period")
        else:
            lo, hi = day_in("rat_draf_mulai", year), day_in("rat_final_selesai", year)
            why = (Text("planning.why_rpkd_unknown", next=nxt),)
            period_text = Words("periode berikutnya", "next period")
        rpkd_window = (cal.first_working_day(lo), cal.last_working_day(hi))
        work(
            AgendaItemKind.PENYUSUNAN_RPKD,
            Text("planning.title_rpkd", period=period_text),
            lo,
            hi,
            (Topic.RPKD,),
            why,
        )
    else:
        assert rpkd.period is not None
        notes.append(Text("planning.note_rpkd_covered", period=_period_text(rpkd.period), next=nxt))
        work(
            AgendaItemKind.PENYUSUNAN_RPKD,
            Text("planning.title_rpkd_review", period=_period_text(rpkd.period)),
            day_in("rat_final_mulai", year),
            day_in("rat_final_selesai", year),
            (Topic.RPKD,),
            (Text("planning.why_rpkd_review", period=_period_text(rpkd.period)),),
        )

    report_topics: tuple[Topic, ...] = (Topic.LAPORAN_PELAKSANAAN,)
    report_subjects: tuple[Text, ...] = (Text("planning.subject_report", year=prev),)
    if rat_late:
        report_topics += (Topic.RAT,)
        report_subjects += (Text("planning.subject_rat", year=year),)
    slots = [
        _Slot(
            key="rkpd",
            target=day_in("rapat_rkpd_sasaran", year),
            lo=day_in("rapat_rkpd_awal", year),
            hi=day_in("rapat_rkpd_akhir", year),
            topics=(Topic.RAT,),
            subjects=(Text("planning.subject_rat", year=nxt),),
            why=(Text("planning.why_meeting_rkpd", next=nxt, rkpd_by=_rkpd_by(year)),),
            priority=0,
        ),
        _Slot(
            key="report",
            target=day_in("rapat_laporan_sasaran", year),
            lo=day_in("rapat_laporan_awal", year),
            hi=day_in("rapat_laporan_akhir", year),
            topics=report_topics,
            subjects=report_subjects,
            why=(Text("planning.why_meeting_report", prev=prev),),
            priority=1,
        ),
        _Slot(
            key="apbd",
            target=day_in("rapat_apbd_sasaran", year),
            lo=day_in("rapat_apbd_awal", year),
            hi=day_in("rapat_apbd_akhir", year),
            topics=(Topic.RAT,),
            subjects=(Text("planning.subject_rat", year=nxt),),
            why=(Text("planning.why_meeting_apbd", next=nxt, year=year),),
            priority=2,
        ),
    ]
    if rpkd_window is not None and meetings > len(slots):
        lo, hi = rpkd_window
        slots.append(
            _Slot(
                key="rpkd",
                target=lo + (hi - lo) / 2,
                lo=lo,
                hi=hi,
                topics=(Topic.RPKD,),
                subjects=(Text("planning.subject_rpkd"),),
                why=(Text("planning.why_meeting_rpkd", span=_SpanText(lo, hi)),),
                priority=3,
            )
        )

    # ---- match kept meetings to slots (nearest target within the slot's window)
    pairs = sorted(
        (abs((day - s.target).days), s.priority, day, s.key)
        for s in slots
        for day in kept
        if s.lo <= day <= s.hi
    )
    by_key = {s.key: s for s in slots}
    matched_slots: set[str] = set()
    matched_days: set[dt.date] = set()
    for _, _, day, key in pairs:
        if key in matched_slots or day in matched_days:
            continue
        matched_slots.add(key)
        matched_days.add(day)
        slot = by_key[key]
        m = kept[day]
        if m.origin is Origin.HELD:
            # What a held meeting discussed is a fact: only the record says it.
            kept[day] = attrs.evolve(m, reasons=m.reasons + slot.why)
            continue
        kept[day] = attrs.evolve(
            m,
            topics=m.topics or slot.topics,
            subjects=slot.subjects if not m.topics else (),
            reasons=m.reasons + slot.why,
        )
    for day, m in list(kept.items()):
        if day not in matched_days and not m.topics and m.origin is not Origin.HELD:
            topics, subjects = _topics_for(day, year)
            kept[day] = attrs.evolve(m, topics=topics, subjects=subjects)

    # ---- place the meetings still needed
    to_place = max(0, meetings - len(kept))
    open_slots = sorted((s for s in slots if s.key not in matched_slots), key=lambda s: s.priority)
    placed: dict[dt.date, _Meeting] = dict(kept)
    replacements = list(replaced)
    for slot in open_slots[:to_place]:
        day, how = _place(slot, cal, blocked, sorted(placed), preferred, year)
        reasons = slot.why + how
        if replacements:
            old, name = replacements.pop(0)
            reasons += (Text("planning.why_replaces", day=old, name=name),)
        placed[day] = _Meeting(
            day=day,
            origin=Origin.PLANNED,
            topics=slot.topics,
            subjects=slot.subjects,
            reasons=reasons,
        )
    for _ in range(max(0, to_place - len(open_slots))):
        points = [first, *sorted(placed), last]
        gaps = [
            (points[i + 1] - points[i], points[i], points[i + 1]) for i in range(len(points) - 1)
        ]
        width, start, end = max(gaps, key=lambda g: (g[0], -g[1].toordinal()))
        target = start + width / 2
        lo, hi = start + dt.timedelta(days=1), end - dt.timedelta(days=1)
        if hi < lo:
            lo, hi = first, last
        topics, subjects = _topics_for(target, year)
        slot = _Slot(
            key="extra", target=target, lo=lo, hi=hi, topics=topics, subjects=subjects,
            why=(Text("planning.why_meeting_extra"),), priority=9,
        )  # fmt: skip
        day, how = _place(slot, cal, blocked, sorted(placed), preferred, year)
        topics, subjects = _topics_for(day, year)
        placed[day] = _Meeting(
            day=day, origin=Origin.PLANNED, topics=topics, subjects=subjects, reasons=slot.why + how
        )

    # ---- an RPKD to draft is discussed at the meetings inside its window
    if rpkd_window is not None and not any(Topic.RPKD in m.topics for m in placed.values()):
        lo, hi = rpkd_window
        for day, m in placed.items():
            if lo <= day <= hi and m.origin is not Origin.HELD:
                placed[day] = attrs.evolve(
                    m,
                    topics=(*m.topics, Topic.RPKD),
                    subjects=(*m.subjects, Text("planning.subject_rpkd")) if m.subjects else (),
                    reasons=(*m.reasons, Text("planning.why_meeting_rpkd", span=_SpanText(lo, hi))),
                )

    # ---- the meetings together must work on the report and on the RAT (53.meetings)
    for topic, subject, pick in (
        (Topic.LAPORAN_PELAKSANAAN, Text("planning.subject_report", year=prev), min),
        (Topic.RAT, Text("planning.subject_rat", year=nxt), max),
    ):
        if any(topic in m.topics for m in placed.values()):
            continue
        open_days = [d for d, m in placed.items() if m.origin is not Origin.HELD]
        why_topic = Text("planning.why_topic_added", topic=subject)
        if open_days:
            day = pick(open_days)
            m = placed[day]
            placed[day] = attrs.evolve(
                m,
                topics=(*m.topics, topic),
                subjects=(*m.subjects, subject) if m.subjects else (),
                reasons=(*m.reasons, why_topic),
            )
        else:
            slot = next((s for s in slots if topic in s.topics), slots[0])
            day, how = _place(slot, cal, blocked, sorted(placed), preferred, year)
            placed[day] = _Meeting(
                day=day, origin=Origin.PLANNED, topics=(topic,), subjects=(subject,),
                reasons=(why_topic, *slot.why, *how),
            )  # fmt: skip

    for number, day in enumerate(sorted(placed), start=1):
        m = placed[day]
        subjects = (
            m.subjects
            or tuple(_subject_of(t, year) for t in m.topics)
            or (Text("planning.subject_other"),)
        )
        title = Text("planning.title_meeting", number=roman(number), subject=subjects)
        items.append(
            PlannedItem(
                item=AgendaItem(
                    kegiatan=AgendaItemKind.RAPAT_KOORDINASI,
                    mulai=day,
                    pembahasan=m.topics
                    if m.topics or m.origin is not Origin.HELD
                    else NOT_RECORDED,
                    judul=m.judul if m.judul is not None else NOT_RECORDED,
                ),
                origin=m.origin,
                reasons=m.reasons,
                titles=None if m.judul is not None else title,
            )
        )
    notes.append(
        Text(
            "planning.why_meeting_minimum",
            minimum=MINIMUM_MEETINGS,
            support=_support_of("minimum_rapat_koordinasi"),
        )
    )

    order = {k: i for i, k in enumerate(AgendaItemKind)}
    items.sort(
        key=lambda p: (
            b[0] if (b := date_bounds(p.item.mulai)) else first,
            order[p.item.kegiatan],
        )
    )
    return AgendaPlan(year=year, items=tuple(items), notes=tuple(notes))


def _subject_of(topic: Topic, year: int) -> Text:
    if topic is Topic.LAPORAN_PELAKSANAAN:
        return Text("planning.subject_report", year=year - 1)
    if topic is Topic.RAT:
        return Text("planning.subject_rat", year=year + 1)
    if topic is Topic.RPKD:
        return Text("planning.subject_rpkd")
    return Text("planning.subject_other")


def plan(
    dossier: Dossier,
    year: int,
    *,
    weekday: int | str | None = None,
    meetings: int = MINIMUM_MEETINGS,
    fixed: Iterable[dt.date] = (),
    avoid: Iterable[dt.date | tuple[dt.date, dt.date]] = (),
    inauguration: dt.date | None = None,
    keep_recorded: bool = True,
    calendar: WorkingCalendar | None = None,
    lang: str = "id",
) -> AnnualAgenda:
    """The annual work agenda (agenda kerja tahunan) for ``year``, not yet adopted.

    ``weekday``: preferred day for meetings (``"selasa"``, ``"tuesday"`` or 0-4).
    ``meetings``: how many coordination meetings (at least 3).
    ``fixed``: meeting dates already set, kept as they are (each must be a
    working day of ``year``). ``avoid``: dates or ``(start, end)`` ranges on
    which no meeting is placed. ``inauguration``: the day the head of region
    took office, when a new RPJMD period starts this year. ``keep_recorded``:
    keep the coordination meetings the dossier records for ``year`` (held ones
    always; scheduled ones when they fall on a working day). ``calendar``: a
    :class:`~tkpk_rules.planning.WorkingCalendar` of your own instead of the
    national one from the ``holidays`` package. ``lang``: the language of
    titles and reasons (``"id"`` or ``"en"``).

    Raises :class:`~tkpk_rules.planning.PlanningError` for impossible requests.

    >>> from tkpk_rules.examples import load_example
    >>> agenda = plan(load_example(), 2026, lang="en")
    >>> [(str(i.mulai), i.judul) for i in agenda.kegiatan if i.kegiatan.value == "rapat_koordinasi"]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2026-03-10', 'Rapat koordinasi I 2026'), ('2026-07-14', 'Rapat koordinasi II 2026'),
     ('2026-12-08', 'Rapat koordinasi III 2026')]
    >>> plan(load_example(), 2026, meetings=2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.planning._errors.PlanningError: jumlah rapat harus 3-24, bukan 2: ...
    """
    if lang not in ("id", "en"):
        raise PlanningError(
            f"bahasa {lang!r} tidak dikenal; pilih id atau en",
            f"unknown language {lang!r}; use id or en",
        )
    details = plan_details(
        dossier,
        year,
        weekday=weekday,
        meetings=meetings,
        fixed=fixed,
        avoid=avoid,
        inauguration=inauguration,
        keep_recorded=keep_recorded,
        calendar=calendar,
    )
    return details.agenda_in(lang)


def apply_plan(
    dossier: Dossier,
    agenda: AnnualAgenda,
    *,
    adopted: dt.date | None = None,
    held: bool = False,
) -> Dossier:
    """The dossier with ``agenda`` in its place, and its meetings added to the record.

    The agenda replaces any agenda of the same year.  Each coordination meeting
    of the agenda that the record does not hold yet is added, after the
    meetings already recorded (whose order is kept), as scheduled
    (``dijadwalkan``); a coordination meeting of that year the record holds as
    not held yet, and the agenda no longer holds, is marked cancelled
    (``dibatalkan``: the agenda replaced it); one it still holds takes the
    agenda's topics (``pembahasan``).  A meeting the agenda plans only for a month or
    year ("2026-03") is the first recorded meeting of that span no other item took, or
    added; another recorded day of that span is left as recorded (it may be that
    meeting).  With ``held=True`` every coordination meeting of the agenda is recorded
    as held, which shows what the record will look
    like once the plan is carried out.  ``adopted`` sets the agenda's adoption
    date.

    >>> from tkpk_rules.examples import load_example
    >>> d = apply_plan(load_example(), plan(load_example(), 2027), adopted=dt.date(2027, 1, 11))
    >>> [a.tahun for a in d.agenda_kerja], sum(m.tanggal.year == 2027 for m in d.rapat_koordinasi)
    ([2023, 2024, 2025, 2026, 2027], 3)
    """
    if adopted is not None:
        agenda = attrs.evolve(agenda, ditetapkan=adopted)
    agendas = dossier.agenda_kerja if isinstance(dossier.agenda_kerja, tuple) else ()
    agendas = tuple(
        sorted((*(a for a in agendas if a.tahun != agenda.tahun), agenda), key=lambda a: a.tahun)
    )
    records = list(dossier.rapat_koordinasi) if isinstance(dossier.rapat_koordinasi, tuple) else []
    items = agenda.kegiatan if isinstance(agenda.kegiatan, tuple) else ()
    # A planned day is the recorded meeting of the same date. A meeting planned only for
    # a month or year ("2026-03") may be any recorded meeting of that span: it takes the
    # first one no other planned item took, and is added only when there is none. A
    # recorded meeting known only to its month or year is the same as a planned one
    # only when both say the same month or year.
    planned: list[tuple[dt.date | ImpreciseDate, AgendaItem]] = [
        (i.mulai, i)
        for i in items
        if i.kegiatan is AgendaItemKind.RAPAT_KOORDINASI
        and isinstance(i.mulai, (dt.date, ImpreciseDate))
    ]
    known = {m.tanggal for m in records if is_coordination(m)}
    by_day = dict(planned)
    for day, item in planned:
        if day not in known and isinstance(day, dt.date):
            records.append(_scheduled(day, item))
            known.add(day)
    match: dict[int, AgendaItem] = {
        n: by_day[m.tanggal]
        for n, m in enumerate(records)
        if is_coordination(m) and meeting_year(m) == agenda.tahun and m.tanggal in by_day
    }
    vague = [(day, i) for day, i in planned if isinstance(day, ImpreciseDate) and day not in known]
    for day, item in vague:
        inside = next(
            (
                n
                for n, m in enumerate(records)
                if n not in match
                and is_coordination(m)
                and isinstance(m.tanggal, dt.date)
                and day.earliest <= m.tanggal <= day.latest
            ),
            None,
        )
        if inside is None:
            inside = len(records)
            records.append(_scheduled(day, item))
        match[inside] = item
    spans = [(day.earliest, day.latest) for day, _ in vague]
    out: list[Meeting] = []
    for n, m in enumerate(records):
        if is_coordination(m) and meeting_year(m) == agenda.tahun:
            mine = match.get(n)
            if (
                mine is not None
                and m.status is not MeetingStatus.TERLAKSANA
                and is_recorded(mine.pembahasan)
            ):
                m = attrs.evolve(m, pembahasan=mine.pembahasan)
            # A day inside a month the agenda plans a meeting for may be that meeting:
            # it is not taken for replaced, nor for held; it stays as recorded.
            maybe = isinstance(m.tanggal, dt.date) and any(
                lo <= m.tanggal <= hi for lo, hi in spans
            )
            if mine is not None:
                if held:
                    m = attrs.evolve(m, status=MeetingStatus.TERLAKSANA)
            elif not maybe and m.status is not MeetingStatus.TERLAKSANA:
                m = attrs.evolve(m, status=MeetingStatus.DIBATALKAN)  # replaced by the agenda
        out.append(m)
    records = out
    return attrs.evolve(dossier, agenda_kerja=agendas, rapat_koordinasi=tuple(records))


def _scheduled(day: dt.date | ImpreciseDate, item: AgendaItem) -> Meeting:
    """The meeting an agenda item plans for ``day``, as the record holds one not yet held."""
    return Meeting(
        tanggal=day,
        jenis=MeetingKind.RAPAT_KOORDINASI,
        status=MeetingStatus.DIJADWALKAN,
        judul=item.judul,
        pembahasan=item.pembahasan,
    )


def _rkpd_by(year: int) -> Words:
    """When next year's RKPD is set, as a day of the year ("akhir Juni"; practice)."""
    return day_of_year_words(day_in("batas_rkpd", year))


def _ahead(year: int) -> Words:
    """How long before the RKPD deadline the RAT draft is done, in whole weeks (practice)."""
    days = (day_in("batas_rkpd", year) - day_in("rat_draf_selesai", year)).days
    return duration_words(days // 7, "week")


def _spare(year: int) -> Words:
    """How long the final RAT is done before the APBD deadline, in whole months (practice)."""
    gap = relativedelta(day_in("batas_apbd", year), day_in("rat_final_selesai", year))
    return duration_words(gap.years * 12 + gap.months, "month")
