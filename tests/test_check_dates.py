"""Judging one dossier at several dates in one pass: ``check(dossier, on=[...])`` (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkpk_rules import check, check_many
from tkpk_rules.errors import ArgumentTypeError, ArgumentValueError
from tkpk_rules.examples import load_example
from tkpk_rules.model import Dossier, RegionRef

YEAR_ENDS = [dt.date(y, 12, 31) for y in range(2019, 2026)]


@pytest.mark.parametrize("handover", [None, dt.date(2020, 7, 1)])
def test_several_dates_equal_separate_checks(handover: dt.date | None) -> None:
    dossier = load_example()
    days = [*YEAR_ENDS, dt.date(2020, 3, 1), dt.date(2024, 6, 30), YEAR_ENDS[0]]
    together = check(dossier, on=days, handover=handover)
    assert isinstance(together, tuple) and len(together) == len(days)
    for day, report in zip(days, together, strict=True):
        alone = check(load_example(), on=day, handover=handover)  # a fresh object: no memo
        assert report == alone
        assert report.to_json() == alone.to_json()  # stamp and input hash included


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.dates(dt.date(2008, 1, 1), dt.date(2030, 12, 31)), min_size=1, max_size=4),
    st.booleans(),
)
def test_any_dates_in_any_order_equal_separate_checks(days: list[dt.date], redact: bool) -> None:
    together = check(load_example(), on=days, redact=redact)
    assert [r.stamp.judged_on for r in together] == days
    assert [r.to_json() for r in together] == [
        check(load_example(), on=d, redact=redact).to_json() for d in days
    ]


def test_an_iterator_of_dates_is_accepted() -> None:
    d = Dossier(wilayah=RegionRef(kode="64"))
    reports = check(d, on=iter(YEAR_ENDS[:2]))
    assert [r.stamp.judged_on for r in reports] == YEAR_ENDS[:2]


def test_bad_dates_are_refused_in_words() -> None:
    d = Dossier(wilayah=RegionRef(kode="64"))
    with pytest.raises(ArgumentValueError, match="at least one date"):
        check(d, on=[])
    with pytest.raises(ArgumentTypeError, match=r"on\[1\]: .*datetime.date"):
        check(d, on=[YEAR_ENDS[0], "2024-12-31"])
    with pytest.raises(ArgumentTypeError, match="fromisoformat"):
        check(d, on="2024-12-31")  # type: ignore[call-overload]
    with pytest.raises(ArgumentTypeError, match=r"datetime\.date"):
        list(check_many([d], on=YEAR_ENDS))  # type: ignore[arg-type]
