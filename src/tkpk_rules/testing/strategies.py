"""Strategies that build any value the domain model can hold.

:func:`for_type` follows the model's own type hints, so a field added to the
model is generated without touching this module.  Every optional fact is
sometimes :data:`~tkpk_rules.model.NOT_RECORDED`, sometimes ``None`` (where the
model allows it), sometimes a value.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from functools import cache
from typing import Any

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import NOT_RECORDED, DateRange, Dossier, NotRecorded, RegionRef, YearRange

__all__ = ["dossiers", "for_type", "region_codes"]

MIN_DATE = dt.date(2005, 1, 1)
MAX_DATE = dt.date(2040, 12, 31)

#: Text without surrogates, short enough to keep examples readable.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)


@cache
def _codes() -> tuple[str, ...]:
    from tkpk_rules import regions

    return tuple(r.kode for r in regions.all_regions())


def region_codes() -> st.SearchStrategy[str]:
    """Codes of regions in the bundled Kemendagri table."""
    return st.sampled_from(_codes())


def _year_ranges() -> st.SearchStrategy[YearRange]:
    return st.tuples(st.integers(2005, 2040), st.integers(0, 6)).map(
        lambda t: YearRange(mulai=t[0], selesai=t[0] + t[1])
    )


def _date_ranges() -> st.SearchStrategy[DateRange]:
    dates = st.dates(MIN_DATE, MAX_DATE)

    def build(start: Any, end: Any) -> DateRange:
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            start, end = end, start
        return DateRange(mulai=start, selesai=end)

    return st.builds(
        build,
        st.one_of(st.just(NOT_RECORDED), dates),
        st.one_of(st.just(NOT_RECORDED), st.none(), dates),
    )


_SPECIAL: dict[Any, st.SearchStrategy[Any]] = {}


def for_type(tp: Any, *, max_items: int = 3) -> st.SearchStrategy[Any]:
    """A strategy for any type used in :mod:`tkpk_rules.model`."""
    if tp is YearRange:
        return _year_ranges()
    if tp is DateRange:
        return _date_ranges()
    if tp is RegionRef:
        return st.builds(
            RegionRef, kode=region_codes(), nama=st.one_of(st.just(NOT_RECORDED), TEXT)
        )
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options: list[st.SearchStrategy[Any]] = []
        for arg in typing.get_args(tp):
            if arg is NotRecorded:
                options.append(st.just(NOT_RECORDED))
            elif arg is type(None):
                options.append(st.none())
            else:
                options.append(for_type(arg, max_items=max_items))
        return st.one_of(*options)
    if origin is tuple:
        item = for_type(typing.get_args(tp)[0], max_items=max_items)
        return st.lists(item, max_size=max_items).map(tuple)
    if tp is str:
        return TEXT
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(2005, 2040)
    if tp is dt.date:
        return st.dates(MIN_DATE, MAX_DATE)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and attrs.has(tp):
        hints = typing.get_type_hints(tp)
        fields: dict[str, st.SearchStrategy[Any]] = {
            f.name: _deferred(hints[f.name], max_items) for f in attrs.fields(tp)
        }
        return st.builds(tp, **fields)
    raise TypeError(f"no strategy for {tp!r}")


def _deferred(tp: Any, max_items: int) -> st.SearchStrategy[Any]:
    return st.deferred(lambda: for_type(tp, max_items=max_items))


def dossiers(*, max_items: int = 3) -> st.SearchStrategy[Dossier]:
    """Any dossier the model can hold (not necessarily a compliant one)."""
    return for_type(Dossier, max_items=max_items)
