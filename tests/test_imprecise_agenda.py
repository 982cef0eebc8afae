"""Agenda items planned only for a month or a year (``mulai: 2025-06``).

A recorded annual agenda often says "penyusunan RAT: Juni s.d. November" without
days.  Such an item loads, round-trips through JSON and iCalendar, and is read
for what it says: an end planned for a month is reached on that month's last
day, and a meeting planned for a month may be any recorded meeting of that month.
"""

from __future__ import annotations

import datetime as dt

import attrs
import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tkpk_rules
from tkpk_rules.examples import load_example
from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    ImpreciseDate,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Topic,
)
from tkpk_rules.planning import apply_plan, from_ical, obligations, plan, to_ical
from tkpk_rules.testing.strategies import imprecise_dates

STAMP = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.timezone.utc)

RECORD = """\
format: tkpk-rules/1
wilayah: {kode: "33.02"}
agenda_kerja:
  - tahun: 2025
    ditetapkan: 2025-01-20
    kegiatan:
      - {kegiatan: penyusunan_rat, mulai: 2025-06, selesai: 2025-11}
      - {kegiatan: laporan_pelaksanaan, mulai: 2025, selesai: 2025-03-31}
      - {kegiatan: rapat_koordinasi, mulai: 2025-04, pembahasan: [rat]}
"""


def _items(agenda: AnnualAgenda) -> tuple[AgendaItem, ...]:
    assert isinstance(agenda.kegiatan, tuple)
    return agenda.kegiatan


def test_month_and_year_forms_load_from_yaml_and_json() -> None:
    dossier = tkpk_rules.loads(RECORD)
    assert isinstance(dossier.agenda_kerja, tuple)
    rat, report, meeting = _items(dossier.agenda_kerja[0])
    assert (rat.mulai, rat.selesai) == (ImpreciseDate(2025, 6), ImpreciseDate(2025, 11))
    assert (report.mulai, report.selesai) == (ImpreciseDate(2025), dt.date(2025, 3, 31))
    assert meeting.mulai == ImpreciseDate(2025, 4)
    for form in ("yaml", "json"):
        text = tkpk_rules.dumps(dossier, format=form)
        assert tkpk_rules.loads(text) == dossier
    assert '"mulai": "2025-06"' in tkpk_rules.dumps(dossier, format="json")


def test_a_month_item_is_an_all_day_event_over_its_month_and_reads_back_exactly() -> None:
    dossier = tkpk_rules.loads(RECORD)
    assert isinstance(dossier.agenda_kerja, tuple)
    agenda = dossier.agenda_kerja[0]
    data = to_ical(agenda, region="33.02", stamp=STAMP)
    rat, report, meeting = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert rat.decoded("dtstart") == dt.date(2025, 6, 1)
    assert rat.decoded("dtend") == dt.date(2025, 12, 1)  # exclusive: all of November
    assert (str(rat["x-tkpk-mulai"]), str(rat["x-tkpk-selesai"])) == ("2025-06", "2025-11")
    assert report.decoded("dtstart") == dt.date(2025, 1, 1)
    assert meeting.decoded("dtend") == dt.date(2025, 5, 1)  # the whole of April
    assert from_ical(data) == agenda


@given(
    start=imprecise_dates(2011, 2040),
    end=st.one_of(st.just(NOT_RECORDED), imprecise_dates(2011, 2040), st.dates()),
    kind=st.sampled_from(list(AgendaItemKind)),
)
def test_ical_round_trip_keeps_every_recorded_form(
    start: ImpreciseDate, end: object, kind: AgendaItemKind
) -> None:
    item = AgendaItem(kegiatan=kind, mulai=start, selesai=end)  # type: ignore[arg-type]
    agenda = AnnualAgenda(tahun=start.tahun, kegiatan=(item,))
    assert from_ical(to_ical(agenda, stamp=STAMP)) == agenda


def test_an_end_planned_for_a_month_is_reached_on_its_last_day() -> None:
    base = load_example()
    assert isinstance(base.agenda_kerja, tuple)
    y2025 = next(a for a in base.agenda_kerja if a.tahun == 2025)
    items = tuple(
        attrs.evolve(i, selesai=ImpreciseDate(2025, 11))
        if i.kegiatan is AgendaItemKind.PENYUSUNAN_RAT
        else i
        for i in _items(y2025)
    )
    agendas = tuple(
        attrs.evolve(a, kegiatan=items) if a.tahun == 2025 else a for a in base.agenda_kerja
    )
    dossier = attrs.evolve(base, agenda_kerja=agendas)

    def rat_next(on: dt.date) -> str:
        found = [o for o in obligations(dossier, on=on) if o.code == "rat.next"]
        assert found, "rat.next is always listed"
        return found[0].message_en

    # Before and on 30 November the agenda's target is not yet past; it names the day.
    assert "30 November 2025" in rat_next(dt.date(2025, 11, 15))
    exact = attrs.evolve(
        dossier,
        agenda_kerja=tuple(
            attrs.evolve(
                a,
                kegiatan=tuple(
                    attrs.evolve(i, selesai=dt.date(2025, 11, 30))
                    if i.kegiatan is AgendaItemKind.PENYUSUNAN_RAT
                    else i
                    for i in _items(a)
                ),
            )
            if a.tahun == 2025
            else a
            for a in dossier.agenda_kerja  # type: ignore[union-attr]
        ),
    )
    for on in (dt.date(2025, 11, 15), dt.date(2025, 11, 30), dt.date(2025, 12, 10)):
        vague = next(o for o in obligations(dossier, on=on) if o.code == "rat.next")
        day = next(o for o in obligations(exact, on=on) if o.code == "rat.next")
        assert vague.status is day.status  # "November 2025" reads as its last day


def _agenda_with(*items: AgendaItem) -> AnnualAgenda:
    return AnnualAgenda(tahun=2026, kegiatan=items)


def _meeting(day: dt.date | ImpreciseDate, status: MeetingStatus) -> Meeting:
    return Meeting(tanggal=day, jenis=MeetingKind.RAPAT_KOORDINASI, status=status)


def _coordination(d: tkpk_rules.Dossier, year: int) -> list[Meeting]:
    assert isinstance(d.rapat_koordinasi, tuple)
    return [m for m in d.rapat_koordinasi if str(m.tanggal).startswith(str(year))]


MARCH = AgendaItem(
    kegiatan=AgendaItemKind.RAPAT_KOORDINASI, mulai=ImpreciseDate(2026, 3), pembahasan=(Topic.RAT,)
)


def test_a_meeting_planned_for_a_month_is_the_recorded_meeting_of_that_month() -> None:
    base = attrs.evolve(
        load_example(),
        rapat_koordinasi=(_meeting(dt.date(2026, 3, 10), MeetingStatus.DIJADWALKAN),),
    )
    after = apply_plan(base, _agenda_with(MARCH))
    (only,) = _coordination(after, 2026)
    # Not added a second time, and not cancelled as if the agenda had dropped it.
    assert only.tanggal == dt.date(2026, 3, 10)
    assert only.status is MeetingStatus.DIJADWALKAN
    assert only.pembahasan == (Topic.RAT,)
    held = apply_plan(base, _agenda_with(MARCH), held=True)
    assert [m.status for m in _coordination(held, 2026)] == [MeetingStatus.TERLAKSANA]


def test_a_meeting_planned_for_a_month_with_no_recorded_one_is_added_with_that_month() -> None:
    base = attrs.evolve(load_example(), rapat_koordinasi=())
    after = apply_plan(base, _agenda_with(MARCH))
    (added,) = _coordination(after, 2026)
    assert added.tanggal == ImpreciseDate(2026, 3)
    assert added.status is MeetingStatus.DIJADWALKAN


def test_a_recorded_meeting_outside_the_planned_month_is_still_replaced() -> None:
    base = attrs.evolve(
        load_example(), rapat_koordinasi=(_meeting(dt.date(2026, 4, 7), MeetingStatus.DIJADWALKAN),)
    )
    after = apply_plan(base, _agenda_with(MARCH))
    statuses = {str(m.tanggal): m.status for m in _coordination(after, 2026)}
    assert statuses == {
        "2026-04-07": MeetingStatus.DIBATALKAN,
        "2026-03": MeetingStatus.DIJADWALKAN,
    }


@pytest.mark.parametrize(
    ("lang", "words"), [("id", "(Maret 2026)"), ("en", "(March 2026)")], ids=["id", "en"]
)
def test_plan_says_which_recorded_meetings_it_could_not_place(lang: str, words: str) -> None:
    base = attrs.evolve(
        load_example(),
        rapat_koordinasi=(_meeting(ImpreciseDate(2026, 3), MeetingStatus.TERLAKSANA),),
    )
    note = plan(base, 2026, lang=lang).keterangan
    assert isinstance(note, str) and words in note
    plain = attrs.evolve(base, rapat_koordinasi=())
    assert words not in str(plan(plain, 2026, lang=lang).keterangan)


def _planned(day: dt.date | ImpreciseDate) -> AgendaItem:
    return AgendaItem(kegiatan=AgendaItemKind.RAPAT_KOORDINASI, mulai=day)


def test_a_meeting_recorded_only_by_its_year_does_not_swallow_the_planned_days() -> None:
    """Review finding: one vague recorded meeting used to stand for every planned day."""
    days = (dt.date(2026, 3, 10), dt.date(2026, 6, 2), dt.date(2026, 10, 20))
    base = attrs.evolve(
        load_example(),
        rapat_koordinasi=(_meeting(ImpreciseDate(2026), MeetingStatus.DIJADWALKAN),),
    )
    after = apply_plan(base, _agenda_with(*(_planned(d) for d in days)), held=True)
    held = [m.tanggal for m in _coordination(after, 2026) if m.status is MeetingStatus.TERLAKSANA]
    assert held == list(days)
    # The vague one is replaced by the agenda, as a precise one not on the agenda would be.
    assert [m.status for m in _coordination(after, 2026) if m.tanggal == ImpreciseDate(2026)] == [
        MeetingStatus.DIBATALKAN
    ]


def test_two_meetings_planned_for_one_month_take_one_recorded_meeting_each() -> None:
    recorded = _meeting(dt.date(2026, 3, 10), MeetingStatus.DIJADWALKAN)
    base = attrs.evolve(load_example(), rapat_koordinasi=(recorded,))
    march = ImpreciseDate(2026, 3)
    after = apply_plan(base, _agenda_with(_planned(march), _planned(march)))
    assert sorted(str(m.tanggal) for m in _coordination(after, 2026)) == ["2026-03", "2026-03-10"]
    assert all(m.status is MeetingStatus.DIJADWALKAN for m in _coordination(after, 2026))


def test_a_month_event_moved_in_a_calendar_program_keeps_its_new_day() -> None:
    item = AgendaItem(kegiatan=AgendaItemKind.RAPAT_KOORDINASI, mulai=ImpreciseDate(2025, 4))
    data = to_ical(AnnualAgenda(tahun=2025, kegiatan=(item,)), stamp=STAMP).decode()
    moved = data.replace("DTSTART;VALUE=DATE:20250401", "DTSTART;VALUE=DATE:20250415")
    assert moved != data
    (back,) = _items(from_ical(moved))
    assert back.mulai == dt.date(2025, 4, 15)


def test_a_recorded_day_that_may_be_a_planned_month_is_left_as_recorded() -> None:
    first = _meeting(dt.date(2026, 3, 10), MeetingStatus.DIJADWALKAN)
    second = _meeting(dt.date(2026, 3, 24), MeetingStatus.DIJADWALKAN)
    base = attrs.evolve(load_example(), rapat_koordinasi=(first, second))
    after = apply_plan(base, _agenda_with(_planned(ImpreciseDate(2026, 3))), held=True)
    statuses = {str(m.tanggal): m.status for m in _coordination(after, 2026)}
    # The month's one planned meeting is the first; the second may be it too: neither
    # replaced nor taken for held.
    assert statuses == {
        "2026-03-10": MeetingStatus.TERLAKSANA,
        "2026-03-24": MeetingStatus.DIJADWALKAN,
    }
