"""Dates known only to the year or the month: ``2024`` or ``2024-05``.

Real records often know a decree only as "of 2024" (a JDIH list, a news item).
Such a date is an :class:`ImpreciseDate`: not a day, but the span of days it may
be, from :attr:`~ImpreciseDate.earliest` to :attr:`~ImpreciseDate.latest`.
It is never compared with a day as if it were one; the judge asks
:func:`date_bounds` and decides what a span settles and what it leaves open.

>>> d = ImpreciseDate(2024, 5)
>>> str(d), d.earliest.isoformat(), d.latest.isoformat()
('2024-05', '2024-05-01', '2024-05-31')
>>> str(ImpreciseDate(2024)), date_bounds(ImpreciseDate(2024))[1].isoformat()
('2024', '2024-12-31')
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs

from tkpk_rules.model._base import ModelTypeError, Typed

__all__ = ["ImpreciseDate", "date_bounds"]


@attrs.frozen
class ImpreciseDate(Typed):
    """A date known only to its year (``bulan`` is ``None``) or to its year and month.

    Written ``2024`` (a whole number) or ``"2024-05"`` (text) in a document.

    >>> ImpreciseDate(2024, 13)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.model._base.ModelTypeError: ImpreciseDate.bulan: ... 1..12, bukan / got 13
    """

    tahun: int
    bulan: int | None = None

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        # What a value can never be: a year outside the calendar, a thirteenth month.
        if not dt.MINYEAR <= self.tahun <= dt.MAXYEAR:
            raise ModelTypeError(
                f"ImpreciseDate.tahun: seharusnya / expected {dt.MINYEAR}..{dt.MAXYEAR}, "
                f"bukan / got {self.tahun}"
            )
        if self.bulan is not None and not 1 <= self.bulan <= 12:
            raise ModelTypeError(
                f"ImpreciseDate.bulan: seharusnya / expected 1..12, bukan / got {self.bulan}"
            )

    @property
    def earliest(self) -> dt.date:
        """The first day the date may be."""
        return dt.date(self.tahun, self.bulan or 1, 1)

    @property
    def latest(self) -> dt.date:
        """The last day the date may be."""
        if self.bulan is None:
            return dt.date(self.tahun, 12, 31)
        return dt.date(self.tahun, self.bulan, calendar.monthrange(self.tahun, self.bulan)[1])

    def __str__(self) -> str:
        if self.bulan is None:
            return f"{self.tahun:04d}"
        return f"{self.tahun:04d}-{self.bulan:02d}"


def date_bounds(value: object) -> tuple[dt.date, dt.date] | None:
    """``(earliest, latest)`` of a recorded date, exact or imprecise; ``None`` otherwise.

    >>> date_bounds(dt.date(2024, 3, 1))
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 1))
    >>> date_bounds(None) is None
    True
    """
    if type(value) is dt.date:  # the common case first: an exact day
        return value, value
    if isinstance(value, ImpreciseDate):
        return value.earliest, value.latest
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value, value
    return None
