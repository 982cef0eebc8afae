"""Which regulation governs TKPK on a given date: the regimes as dated data.

The Permendagri that set out how TKPK work follow one another: 34/2009, then
42/2010, then 53/2020.  None of the days on which one took over is known; each
is bounded by what the sources say (see :mod:`tkpk_rules.law.regulations`).  On
a day inside a bound the answer is *uncertain*, and the rules whose answer
depends on the regime come out undetermined.

The 42/2010 → 53/2020 handover matters most: 53/2020 certainly governs from
6 October 2020; before 1 January 2020 it cannot have.  A caller who knows (or
wants to assume) the day it took over passes it as ``handover``; the window of
days that choice may name is :data:`HANDOVER_EARLIEST` to :data:`HANDOVER_LATEST`.

>>> import datetime as dt
>>> governing(dt.date(2018, 5, 1)).regulation
'permendagri-42-2010'
>>> governing(dt.date(2020, 6, 1)).candidates
('permendagri-42-2010', 'permendagri-53-2020')
>>> governing(dt.date(2020, 6, 1), handover=dt.date(2020, 3, 1)).regulation
'permendagri-53-2020'
>>> governing(dt.date(2020, 10, 6)).regulation
'permendagri-53-2020'
"""

from __future__ import annotations

import datetime as dt

import attrs

from tkpk_rules.errors import TkpkError
from tkpk_rules.law.regulations import REGULATIONS

__all__ = [
    "HANDOVER_EARLIEST",
    "HANDOVER_LATEST",
    "REGIMES",
    "HandoverError",
    "RegimeAt",
    "check_handover",
    "governing",
    "governing_through",
]

#: The regulations that, one after the other, govern how TKPK are formed and work.
REGIMES: tuple[str, ...] = ("permendagri-34-2009", "permendagri-42-2010", "permendagri-53-2020")

#: The earliest day 53/2020 may have taken over from 42/2010.
HANDOVER_EARLIEST = REGULATIONS["permendagri-53-2020"].earliest
#: The day by which 53/2020 certainly governs; the last day a ``handover`` may name.
HANDOVER_LATEST = REGULATIONS["permendagri-53-2020"].latest


class HandoverError(TkpkError, ValueError):
    """A handover date outside the window the sources allow."""


@attrs.frozen
class RegimeAt:
    """The answer to "which regulation governs on ``on``?".

    ``candidates`` lists every regime that may govern that day, oldest first;
    ``None`` among them means "possibly none of them yet".  ``regulation`` is
    the single candidate when the answer is certain, else ``None``.
    """

    on: dt.date
    candidates: tuple[str | None, ...]

    @property
    def determined(self) -> bool:
        return len(self.candidates) == 1

    @property
    def regulation(self) -> str | None:
        return self.candidates[0] if self.determined else None


def _bounds(regime: str, handover: dt.date | None) -> tuple[dt.date, dt.date]:
    reg = REGULATIONS[regime]
    if regime == "permendagri-53-2020" and handover is not None:
        return handover, handover
    return reg.earliest, reg.latest


def check_handover(handover: dt.date | None) -> None:
    """Raise :class:`HandoverError` when ``handover`` lies outside the known window.

    >>> check_handover(dt.date(2021, 1, 1))
    Traceback (most recent call last):
    ...
    tkpk_rules.law.timeline.HandoverError: ...
    """
    if handover is None:
        return
    if not HANDOVER_EARLIEST <= handover <= HANDOVER_LATEST:
        raise HandoverError(
            f"Tanggal peralihan {handover.isoformat()} di luar rentang yang mungkin "
            f"({HANDOVER_EARLIEST.isoformat()} s.d. {HANDOVER_LATEST.isoformat()}) / "
            f"handover date {handover.isoformat()} is outside the possible window "
            f"({HANDOVER_EARLIEST.isoformat()} to {HANDOVER_LATEST.isoformat()})"
        )


def governing(on: dt.date, *, handover: dt.date | None = None) -> RegimeAt:
    """Which regime governs TKPK on ``on``.

    ``handover`` is the first day 53/2020 governs, when the caller fixes it;
    without it the day is unknown and dates in the window are uncertain.

    >>> governing(dt.date(2019, 12, 31)).regulation, governing(dt.date(2020, 1, 1)).regulation
    ('permendagri-42-2010', None)
    >>> governing(dt.date(2008, 1, 1)).candidates
    (None,)

    :raises HandoverError: ``handover`` lies outside the window the sources allow.
    """
    check_handover(handover)
    certain: str | None = None
    possible: list[str] = []
    for regime in REGIMES:
        earliest, latest = _bounds(regime, handover)
        if latest <= on:
            certain, possible = regime, []
        elif earliest <= on:
            possible.append(regime)
    candidates: tuple[str | None, ...] = (certain, *possible)
    return RegimeAt(on=on, candidates=candidates)


def governing_through(
    first: dt.date, last: dt.date, *, handover: dt.date | None = None
) -> tuple[str | None, ...]:
    """Every regime that may govern on some day from ``first`` to ``last``.

    One element: the same regime certainly governed the whole span.

    >>> governing_through(dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    ('permendagri-53-2020',)
    >>> governing_through(dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    ('permendagri-42-2010',)
    >>> len(governing_through(dt.date(2020, 1, 1), dt.date(2020, 12, 31)))
    2
    """
    seen: list[str | None] = []
    for day in (first, last):
        for c in governing(day, handover=handover).candidates:
            if c not in seen:
                seen.append(c)
    # A regime that starts and ends strictly inside the span would be missed by
    # looking at both ends; regimes here last years, spans at most a year.
    return tuple(seen)
