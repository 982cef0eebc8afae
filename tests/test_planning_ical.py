"""iCalendar export of the annual agenda, and reading it back."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from tkpk_rules.examples import load_example
from tkpk_rules.model import NOT_RECORDED, AgendaItem, AgendaItemKind, AnnualAgenda, Topic
from tkpk_rules.planning import CalendarFileError, from_ical, plan, to_ical

STAMP = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def agenda() -> AnnualAgenda:
    return plan(load_example(), 2027)


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_every_item_is_an_all_day_event_with_indonesian_text(agenda: AnnualAgenda) -> None:
    data = to_ical(agenda, region="33.02", stamp=STAMP)
    found = events(data)
    assert len(found) == len(agenda.kegiatan)  # type: ignore[arg-type]
    for event, item in zip(found, agenda.kegiatan, strict=True):  # type: ignore[arg-type]
        start = event.decoded("dtstart")
        assert type(start) is dt.date and start == item.mulai  # all-day: a date, not a datetime
        assert str(event["summary"]) == item.judul
        description = str(event["description"])
        assert description.startswith(item.alasan)  # type: ignore[arg-type]
        assert "Dasar: Permendagri 53/2020" in description
        if isinstance(item.selesai, dt.date):
            assert event.decoded("dtend") == item.selesai + dt.timedelta(days=1)  # exclusive end
        else:
            assert "dtend" not in event
    meeting = next(e for e in found if str(e["x-tkpk-kegiatan"]) == "rapat_koordinasi")
    assert "dilaporkan, teks pasal belum diverifikasi" in str(meeting["description"])
    assert str(meeting["transp"]) == "OPAQUE"


def test_uids_are_stable_and_distinct(agenda: AnnualAgenda) -> None:
    first = [str(e["uid"]) for e in events(to_ical(agenda, region="33.02", stamp=STAMP))]
    later = dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc)
    again = [str(e["uid"]) for e in events(to_ical(agenda, region="33.02", stamp=later))]
    assert first == again and len(set(first)) == len(first)
    other = [str(e["uid"]) for e in events(to_ical(agenda, region="64.72", stamp=STAMP))]
    assert not set(first) & set(other)


def test_same_stamp_gives_the_same_bytes(agenda: AnnualAgenda) -> None:
    assert to_ical(agenda, stamp=STAMP) == to_ical(agenda, stamp=STAMP)
    assert b"\r\n" in to_ical(agenda, stamp=STAMP)


def test_round_trip(agenda: AnnualAgenda) -> None:
    assert from_ical(to_ical(agenda, region="33.02", stamp=STAMP)) == agenda
    assert from_ical(to_ical(agenda, stamp=STAMP).decode("utf-8")) == agenda


def test_english_calendar() -> None:
    english = plan(load_example(), 2027, lang="en")
    data = to_ical(english, lang="en", stamp=STAMP)
    assert b"Basis: Permendagri 53/2020" in data.replace(b"\r\n ", b"")
    assert from_ical(data) == english


def test_items_without_a_start_are_left_out() -> None:
    agenda = AnnualAgenda(
        tahun=2026,
        kegiatan=(
            AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RAT),
            AgendaItem(
                kegiatan=AgendaItemKind.RAPAT_KOORDINASI,
                mulai=dt.date(2026, 3, 10),
                pembahasan=(Topic.RAT,),
            ),
        ),
    )
    back = from_ical(to_ical(agenda, stamp=STAMP))
    assert back.kegiatan == (agenda.kegiatan[1],)  # type: ignore[index]
    assert back.ditetapkan is NOT_RECORDED and back.tahun == 2026


def test_events_from_other_programs() -> None:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//someone//else//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", "x@example.org")
    event.add("dtstamp", STAMP)
    event.add("dtstart", dt.date(2026, 5, 5))
    event.add("dtend", dt.date(2026, 5, 8))
    event.add("summary", "Bimtek TKPK")
    cal.add_component(event)
    back = from_ical(cal.to_ical())
    (item,) = back.kegiatan  # type: ignore[misc]
    assert back.tahun == 2026
    assert item.kegiatan is AgendaItemKind.LAINNYA and item.judul == "Bimtek TKPK"
    assert item.selesai == dt.date(2026, 5, 7)


@pytest.mark.parametrize(
    "data",
    [
        b"not a calendar",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nX-TKPK-TAHUN:2026\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260310\r\n"
        b"X-TKPK-KEGIATAN:rapat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nX-TKPK-TAHUN:2026\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260310\r\n"
        b"X-TKPK-SELESAI:31-12-2026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ],
)
def test_bad_calendars_raise_calendar_file_error(data: bytes) -> None:
    with pytest.raises(CalendarFileError) as info:
        from_ical(data)
    assert info.value.message_id and info.value.message_en


def test_to_ical_needs_an_agenda() -> None:
    with pytest.raises(CalendarFileError):
        to_ical({"tahun": 2026})  # type: ignore[arg-type]


# --- calendars from other programs that must not pass silently (review, 2026-12-03)

_HEAD = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
_EVENT = b"BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20240101T000000Z\r\n"
_END = b"END:VEVENT\r\nEND:VCALENDAR\r\n"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            _EVENT + b"DTSTART;VALUE=DATE:20240101\r\nDTSTART;VALUE=DATE:20240102\r\n" + _END,
            "DTSTART",
        ),
        (_EVENT + b"DTSTART:garbage\r\n" + _END, "event 1"),
        (
            _EVENT + b"DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010101\r\n" + _END,
            "event 1",
        ),
        ("X-TKPK-TAHUN:\u00b2\r\nEND:VCALENDAR\r\n".encode(), "X-TKPK-TAHUN"),
        (b"X-TKPK-TAHUN:0\r\nEND:VCALENDAR\r\n", "X-TKPK-TAHUN"),
        (_EVENT + b"DTSTART;VALUE=DATE:20240101\r\nSUMMARY:A\r\nSUMMARY:B\r\n" + _END, "SUMMARY"),
        (
            _EVENT + b"DTSTART;VALUE=DATE:20240105\r\nRRULE:FREQ=MONTHLY;COUNT=12\r\n" + _END,
            "RRULE",
        ),
        (_EVENT + b"DTSTART;VALUE=DATE:20240101\r\nSUMMARY:Caf\xe9\r\n" + _END, "UTF-8"),
    ],
)
def test_a_calendar_that_cannot_be_read_as_written_is_refused_in_words(
    body: bytes, said: str
) -> None:
    with pytest.raises(CalendarFileError) as info:  # never a bare Python error
        from_ical(_HEAD + body)
    assert said in info.value.message("en")
    assert info.value.message("id") != info.value.message("en")
