"""Working days in Indonesia: weekends, public holidays (libur nasional) and joint leave.

Coordination meetings go on working days only.  A day is *not* a working day
when it is a Saturday or Sunday, a public holiday, or a joint-leave day (cuti
bersama), which the government sets each year by a joint ministerial decree
(SKB).  The dates come from the ``holidays`` package (installed with the
``planning`` or ``calendar`` extra): its Indonesian calendar puts public
holidays in the ``public`` category and joint leave in the ``government``
category.  ``holidays`` is imported only when a calendar is built.

Two uncertainties are kept apart from known days off:

* joint leave is published a year or so ahead; for a year the ``holidays`` data
  does not cover yet, the days that are usually chosen (around Eid al-Fitr, at
  Christmas, working days squeezed between a holiday and a weekend) are marked
  *uncertain*;
* religious holidays on the Islamic calendar are estimates in the far future;
  the day either side of an estimated holiday is marked *uncertain* too.

The planner avoids uncertain days while it has another choice.

>>> import datetime as dt
>>> cal = WorkingCalendar.from_days({dt.date(2026, 8, 17): "Hari Kemerdekaan"})
>>> cal.is_working_day(dt.date(2026, 8, 17)), cal.is_working_day(dt.date(2026, 8, 18))
(False, True)
>>> cal.is_working_day(dt.date(2026, 8, 15))  # a Saturday
False
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from tkpk_rules.i18n import Words, weekday_name
from tkpk_rules.planning._errors import MissingExtraError, PlanningError

__all__ = ["DayOff", "WorkingCalendar", "indonesian_calendar"]

PUBLIC = "libur_nasional"
JOINT_LEAVE = "cuti_bersama"
OTHER = "lainnya"

#: Years the planner accepts; the ``holidays`` data has no meaning far outside them.
MIN_YEAR = 2000
MAX_YEAR = 2100


@attrs.frozen
class DayOff:
    """A day on which no meeting is planned: its name in both languages and its kind.

    ``kind`` is ``"libur_nasional"`` (public holiday), ``"cuti_bersama"`` (joint
    leave) or ``"lainnya"`` (a day the caller added).
    """

    date: dt.date
    name: Words
    kind: str


def _weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


@attrs.frozen
class WorkingCalendar:
    """Known days off, uncertain days, and which years the data covers.

    Build it with :func:`indonesian_calendar` (from the ``holidays`` package) or
    :meth:`from_days` (from your own list, e.g. in tests or for a region's own
    holidays).  ``joint_leave_years`` are the years whose joint leave is known;
    ``uncertain`` maps a day to the reason it may become a day off.
    """

    days_off: Mapping[dt.date, DayOff] = attrs.field(factory=dict)
    uncertain: Mapping[dt.date, Words] = attrs.field(factory=dict)
    joint_leave_years: frozenset[int] = frozenset()
    estimated_years: frozenset[int] = frozenset()

    @classmethod
    def from_days(
        cls,
        days: Mapping[dt.date, str] | Iterable[dt.date] = (),
        *,
        uncertain: Iterable[dt.date] = (),
    ) -> WorkingCalendar:
        """A calendar with only the given days off (besides weekends).

        >>> cal = WorkingCalendar.from_days([dt.date(2026, 1, 1)])
        >>> cal.day_off(dt.date(2026, 1, 1)).kind
        'lainnya'
        """
        if isinstance(days, Mapping):
            items = [(d, str(n)) for d, n in days.items()]
        else:
            items = [(d, "hari libur") for d in days]
        off = {d: DayOff(d, Words(n, n), OTHER) for d, n in items}
        unsure = {d: Words("tidak pasti", "uncertain") for d in uncertain}
        return cls(days_off=off, uncertain=unsure)

    def day_off(self, day: dt.date) -> DayOff | None:
        """The holiday or joint-leave day on ``day`` (weekends are not listed)."""
        return self.days_off.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        """``True`` unless ``day`` is a weekend, a public holiday or a joint-leave day."""
        return not _weekend(day) and day not in self.days_off

    def is_uncertain(self, day: dt.date) -> bool:
        """Whether ``day`` may still become a day off (see the module notes)."""
        return day in self.uncertain

    def why_not(self, day: dt.date) -> Words | None:
        """Why ``day`` is not a working day, in both languages; ``None`` if it is one.

        >>> cal = WorkingCalendar.from_days({dt.date(2026, 8, 17): "Hari Kemerdekaan"})
        >>> cal.why_not(dt.date(2026, 8, 17)).id
        'Hari Kemerdekaan'
        >>> cal.why_not(dt.date(2026, 8, 16)).en
        'a weekend (Sunday)'
        """
        off = self.days_off.get(day)
        if off is not None:
            return off.name
        if _weekend(day):
            wd = day.weekday()
            return Words(
                f"akhir pekan ({weekday_name(wd, 'id')})", f"a weekend ({weekday_name(wd, 'en')})"
            )
        return None

    def working_days(self, first: dt.date, last: dt.date) -> Iterator[dt.date]:
        """Every working day from ``first`` to ``last``, both included."""
        day = first
        while day <= last:
            if self.is_working_day(day):
                yield day
            day += dt.timedelta(days=1)

    def count_working_days(self, first: dt.date, last: dt.date) -> int:
        """How many working days lie from ``first`` to ``last``, both included."""
        return sum(1 for _ in self.working_days(first, last))

    def first_working_day(self, on_or_after: dt.date) -> dt.date:
        """The first working day on or after a date."""
        day = on_or_after
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def last_working_day(self, on_or_before: dt.date) -> dt.date:
        """The last working day on or before a date."""
        day = on_or_before
        while not self.is_working_day(day):
            day -= dt.timedelta(days=1)
        return day


def _import_holidays() -> Any:
    try:
        import holidays
    except ImportError:  # pragma: no cover - depends on the environment
        raise MissingExtraError("holidays", "planning") from None
    return holidays


def _check_year(year: int) -> None:
    if not isinstance(year, int) or isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise PlanningError(
            f"tahun harus bilangan bulat {MIN_YEAR}-{MAX_YEAR}, bukan {year!r}",
            f"the year must be a whole number {MIN_YEAR}-{MAX_YEAR}, not {year!r}",
        )


@lru_cache(maxsize=64)
def _year_calendar(
    year: int,
) -> tuple[tuple[tuple[dt.date, DayOff], ...], tuple[tuple[dt.date, Words], ...], bool, bool]:
    holidays = _import_holidays()
    cls = holidays.country_holidays
    public_id = cls("ID", years=year, categories=("public",), language="id")
    public_en = cls("ID", years=year, categories=("public",), language="en_US")
    leave_id = cls("ID", years=year, categories=("government",), language="id")
    leave_en = cls("ID", years=year, categories=("government",), language="en_US")
    off: dict[dt.date, DayOff] = {}
    for day in sorted(public_id):
        off[day] = DayOff(day, Words(public_id[day], public_en.get(day, public_id[day])), PUBLIC)
    for day in sorted(leave_id):
        if day not in off:
            off[day] = DayOff(
                day, Words(leave_id[day], leave_en.get(day, leave_id[day])), JOINT_LEAVE
            )
    unsure: dict[dt.date, Words] = {}
    estimated = False
    for day, name in sorted(public_id.items()):
        if "perkiraan" in name:
            estimated = True
            for delta in (-1, 1):
                near = day + dt.timedelta(days=delta)
                unsure.setdefault(
                    near, Words(f"dekat {name}", f"next to {public_en.get(day, name)}")
                )
    known_leave = len(leave_id) > 0
    if not known_leave:
        for day, name in sorted(public_id.items()):
            if "Idul Fitri" in name and "kedua" not in name:
                for delta in range(-3, 8):
                    near = day + dt.timedelta(days=delta)
                    unsure.setdefault(
                        near,
                        Words(
                            "kemungkinan cuti bersama Idul Fitri",
                            "possible Eid al-Fitr joint leave",
                        ),
                    )
        for dec in (24, 26):
            unsure.setdefault(
                dt.date(year, 12, dec),
                Words("kemungkinan cuti bersama Natal", "possible Christmas joint leave"),
            )
        for day in sorted(off):
            # A working day squeezed between a holiday and a weekend ("hari kejepit").
            for bridge, other in (
                (day + relativedelta(days=1), day + relativedelta(days=2)),
                (day - relativedelta(days=1), day - relativedelta(days=2)),
            ):
                if (
                    bridge.year == year
                    and not _weekend(bridge)
                    and bridge not in off
                    and (_weekend(other))
                ):
                    unsure.setdefault(
                        bridge,
                        Words(
                            "hari kejepit, kemungkinan cuti bersama",
                            "bridge day, possible joint leave",
                        ),
                    )
    # Uncertainty never hides a known day off.
    unsure = {d: p for d, p in unsure.items() if d not in off and d.year == year}
    return tuple(sorted(off.items())), tuple(sorted(unsure.items())), known_leave, estimated


def indonesian_calendar(
    years: Iterable[int], *, extra: Mapping[dt.date, str] | Iterable[dt.date] = ()
) -> WorkingCalendar:
    """The national working calendar for ``years``, from the ``holidays`` package.

    ``extra`` adds days off of your own (a regional holiday, the region's
    anniversary...).  Raises :class:`~tkpk_rules.planning.MissingExtraError`
    when ``holidays`` is not installed.

    >>> cal = indonesian_calendar([2026])
    >>> cal.day_off(dt.date(2026, 8, 17)).name.id
    'Hari Kemerdekaan Republik Indonesia'
    >>> cal.day_off(dt.date(2026, 3, 20)).kind       # joint leave before Eid al-Fitr
    'cuti_bersama'
    >>> 2026 in cal.joint_leave_years, 2030 in indonesian_calendar([2030]).joint_leave_years
    (True, False)
    """
    off: dict[dt.date, DayOff] = {}
    unsure: dict[dt.date, Words] = {}
    leave_years: set[int] = set()
    estimated_years: set[int] = set()
    for year in sorted(set(years)):
        _check_year(year)
        days, maybe, known_leave, estimated = _year_calendar(year)
        off.update(days)
        unsure.update(maybe)
        if known_leave:
            leave_years.add(year)
        if estimated:
            estimated_years.add(year)
    own = WorkingCalendar.from_days(extra)
    for day, item in own.days_off.items():
        off.setdefault(day, item)
    unsure = {d: p for d, p in unsure.items() if d not in off}
    return WorkingCalendar(
        days_off=off,
        uncertain=unsure,
        joint_leave_years=frozenset(leave_years),
        estimated_years=frozenset(estimated_years),
    )
