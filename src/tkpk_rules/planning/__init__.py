"""Plan the annual work agenda, track what is still due, and export it as a calendar.

Perencanaan agenda kerja tahunan TKPK, pemantauan kewajiban yang masih harus
dipenuhi, dan ekspor kalender (iCalendar).

* :func:`plan` draws up the agenda kerja tahunan for one year: the
  coordination meetings (at least 3, on working days only) and the work on the
  implementation report, the RAT and, when one is due, the RPKD, each with the
  reason it sits where it does (``alasan``).
* :func:`obligations` lists, on a given date, what is done, due, at risk or
  overdue, each with its date, citation and support level.
* :func:`to_ical` writes an agenda as an iCalendar file (``calendar`` extra);
  :func:`from_ical` reads one back.

Placing items in the planning cycle (RKPD by the end of June, APBD before the
year starts, RPJMD within six months of taking office) is **practice**, not a
verified provision of Permendagri 53/2020; the minimum of 3 meetings is
*reported*.  Importing this package does not import ``holidays`` or
``icalendar``; they are imported when a calendar is built or written.

>>> import datetime as dt
>>> from tkpk_rules.examples import load_example
>>> from tkpk_rules.planning import obligations
>>> for o in obligations(load_example(), on=dt.date(2026, 11, 27)):
...     if o.code == "meetings.minimum":
...         print(o.message())  # doctest: +NORMALIZE_WHITESPACE
2 dari 3 rapat koordinasi tahun 2026 terlaksana; 1 lagi paling lambat 31 Desember 2026.
Terjadwal: Selasa, 8 Desember 2026.
"""

from __future__ import annotations

from tkpk_rules.planning._errors import CalendarFileError, MissingExtraError, PlanningError
from tkpk_rules.planning.ical import from_ical, to_ical
from tkpk_rules.planning.obligations import Obligation, ObligationStatus, obligations
from tkpk_rules.planning.planner import (
    MINIMUM_MEETINGS,
    AgendaPlan,
    Origin,
    PlannedItem,
    apply_plan,
    parse_weekday,
    plan,
    plan_details,
)
from tkpk_rules.planning.workdays import DayOff, WorkingCalendar, indonesian_calendar

__all__ = [
    "MINIMUM_MEETINGS",
    "AgendaPlan",
    "CalendarFileError",
    "DayOff",
    "MissingExtraError",
    "Obligation",
    "ObligationStatus",
    "Origin",
    "PlannedItem",
    "PlanningError",
    "WorkingCalendar",
    "apply_plan",
    "from_ical",
    "indonesian_calendar",
    "obligations",
    "parse_weekday",
    "plan",
    "plan_details",
    "to_ical",
]
