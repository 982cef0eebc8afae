"""Properties of the planner: for any dossier and any year 2020-2035 the agenda is lawful.

For every year from 2020 to 2035 and any generated dossier, the planned agenda
passes the rulebook's agenda and meeting rules for that year (once carried
out), puts no planned meeting on a weekend, public holiday or cuti bersama day,
keeps every fixed date, avoids the days it was asked to avoid, is the same on
every run, and survives a trip through iCalendar.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import attrs
import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules import regions
from tkpk_rules.engine import check, level_of
from tkpk_rules.judge import team_on
from tkpk_rules.model import AgendaItemKind, AnnualAgenda, Dossier, Team
from tkpk_rules.planning import Origin, apply_plan, from_ical, plan_details, to_ical
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules import by_code
from tkpk_rules.testing import dossiers

#: The rulebook's rules on the annual agenda and on the yearly meetings.
AGENDA_AND_MEETING_RULES = ("TKPK53-AGD-001", "TKPK53-AGD-002", "TKPK53-MTG-001", "TKPK53-MTG-002")
STAMP = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)


@cache
def days_off(year: int) -> frozenset[dt.date]:
    """Public holidays and cuti bersama, read straight from ``holidays`` (not the planner)."""
    table = holidays.country_holidays("ID", years=year, categories=("public", "government"))
    return frozenset(table)


@cache
def working_days(year: int) -> tuple[dt.date, ...]:
    first = dt.date(year, 1, 1)
    every = (first + dt.timedelta(days=n) for n in range(366))
    return tuple(d for d in every if d.year == year and d.weekday() < 5 and d not in days_off(year))


@st.composite
def requests(draw: st.DrawFn) -> dict[str, object]:
    year = draw(st.integers(2020, 2035))
    fixed = draw(st.lists(st.sampled_from(working_days(year)), max_size=4, unique=True))
    avoid_days = draw(st.lists(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)), max_size=12))
    ranges = draw(
        st.lists(
            st.tuples(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)), st.integers(0, 10)),
            max_size=2,
        )
    )
    avoid: list[object] = [d for d in avoid_days if d not in fixed]
    for start, length in ranges:
        end = start + dt.timedelta(days=length)
        if not any(start <= f <= end for f in fixed):
            avoid.append((start, end))
    return {
        "year": year,
        "fixed": fixed,
        "avoid": avoid,
        "weekday": draw(st.none() | st.integers(0, 4)),
        "meetings": draw(st.integers(3, 6)),
    }


def avoided(day: dt.date, avoid: list[object]) -> bool:
    for entry in avoid:
        if isinstance(entry, tuple):
            if entry[0] <= day <= entry[1]:
                return True
        elif day == entry:
            return True
    return False


@settings(max_examples=ci_examples(500, 60))
@given(dossier=dossiers(), request=requests())
def test_planned_agenda_is_lawful_stable_and_exportable(
    dossier: Dossier, request: dict[str, object]
) -> None:
    year = request.pop("year")
    assert isinstance(year, int)
    details = plan_details(dossier, year, **request)  # type: ignore[arg-type]
    agenda = details.agenda
    items = details.items

    # Every item lies in the year and says why it is there.
    assert agenda.tahun == year
    for p in items:
        assert isinstance(p.item.mulai, dt.date) and p.item.mulai.year == year
        assert p.alasan("id") and p.alasan("en")

    # At least the minimum, and at least the number asked for.
    meetings = [p for p in items if p.item.kegiatan is AgendaItemKind.RAPAT_KOORDINASI]
    assert len(meetings) >= max(3, request["meetings"])  # type: ignore[call-overload]
    dates = [p.item.mulai for p in meetings]
    assert len(dates) == len(set(dates))

    # No meeting the planner placed or kept on a weekend, holiday or cuti bersama day;
    # only meetings the record says were already held may sit there.
    for p in meetings:
        if p.origin is Origin.HELD:
            continue
        day = p.item.mulai
        assert isinstance(day, dt.date)
        assert day.weekday() < 5, (day, p.origin)
        assert day not in days_off(year), (day, p.origin)
        if p.origin is Origin.PLANNED:
            assert not avoided(day, request["avoid"]), day  # type: ignore[arg-type]

    # Every fixed date is kept, as a fixed meeting.
    for day in request["fixed"]:  # type: ignore[attr-defined]
        assert day in dates

    # Same result every run.
    assert plan_details(dossier, year, **request) == details  # type: ignore[arg-type]

    # The rulebook judges the agenda, once carried out, compliant for that year.  The
    # yearly rules judge a year only for a team in place; which team is in place is not
    # the planner's business, so a record that does not say gets a team of no known date.
    judged_on = dt.date(year + 1, 1, 1)
    carried_out = apply_plan(dossier, agenda, adopted=dt.date(year, 1, 2), held=True)
    if not isinstance(team_on(carried_out, dt.date(year, 12, 31)).team, Team):
        carried_out = attrs.evolve(carried_out, tim=Team(), riwayat_tim=())
    report = check(
        carried_out,
        on=judged_on,
        handover=dt.date(2020, 1, 1),
        rules=[by_code(code) for code in AGENDA_AND_MEETING_RULES],
    )
    region = regions.get(dossier.wilayah.kode)
    formed = region.dibentuk is None or region.dibentuk <= judged_on
    if level_of(dossier).autonomous and formed:
        judged = [f for f in report.findings if f.year == year]
        assert {f.code for f in judged} == set(AGENDA_AND_MEETING_RULES)
        bad = [
            (f.code, f.outcome.value, f.message_en)
            for f in judged
            if f.outcome is not Outcome.COMPLIANT
        ]
        assert not bad
    else:  # DKI Jakarta's administrative kota and kabupaten, or a region not formed yet
        assert {f.outcome for f in report.findings} == {Outcome.NOT_APPLICABLE}

    # The iCalendar file reads back into the same agenda, event for event.
    for lang in ("id", "en"):
        shown = details.agenda_in(lang)
        data = to_ical(shown, region=dossier.wilayah.kode, lang=lang, stamp=STAMP)
        assert from_ical(data) == shown
        assert data.count(b"BEGIN:VEVENT") == len(items)


@settings(max_examples=ci_examples(200, 40))
@given(year=st.integers(2020, 2035), weekday=st.integers(0, 4))
def test_preferred_weekday_holds_when_the_week_allows(year: int, weekday: int) -> None:
    from tkpk_rules.model import Dossier, RegionRef

    details = plan_details(Dossier(wilayah=RegionRef(kode="33.02")), year, weekday=weekday)
    on_day = [d.weekday() == weekday for d in details.meeting_dates]
    # Holidays may push a meeting off the preferred day, but never most of them.
    assert sum(on_day) >= len(on_day) - 1


def test_every_year_with_the_example_passes_the_rulebook() -> None:
    from tkpk_rules.examples import load_example

    dossier = load_example()
    for year in range(2020, 2036):
        agenda = plan_details(dossier, year).agenda
        report = check(
            apply_plan(dossier, agenda, adopted=dt.date(year, 1, 2), held=True),
            on=dt.date(year + 1, 1, 1),
            handover=dt.date(2020, 1, 1),
        )
        mine = [f for f in report.findings if f.code in AGENDA_AND_MEETING_RULES and f.year == year]
        assert mine and all(f.outcome is Outcome.COMPLIANT for f in mine), year
        assert isinstance(agenda, AnnualAgenda)
