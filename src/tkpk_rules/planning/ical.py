"""The agenda as an iCalendar file (RFC 5545), and back.

Needs the ``calendar`` extra (``pip install 'tkpk-rules[calendar]'``), which
brings the ``icalendar`` package; it is imported only when a file is written
or read.

Every agenda item with a start date becomes one **all-day** event: the title
(``SUMMARY``) is the item's ``judul``; the description holds the reason
(``alasan``) and the legal basis with its support level, in Indonesian (or
English with ``lang="en"``).  An item that spans days ends the day after its
``selesai`` (``DTEND`` is exclusive in iCalendar); a single-day item has no
``DTEND``.  ``UID`` is built from the region, the year, the kind of item and its
place among items of that kind, so importing a revised agenda updates the
events instead of duplicating them.  ``X-TKPK-*`` properties carry the exact
values back to :func:`from_ical`.  Items without a start date cannot be put in
a calendar and are left out.

>>> import datetime as dt
>>> from tkpk_rules.examples import load_example
>>> from tkpk_rules.planning import plan
>>> agenda = plan(load_example(), 2027)
>>> data = to_ical(agenda, region="33.02", stamp=dt.datetime(2027, 1, 4, tzinfo=dt.timezone.utc))
>>> data.startswith(b"BEGIN:VCALENDAR")
True
>>> back = from_ical(data)
>>> back.tahun, [i.mulai for i in back.kegiatan] == [i.mulai for i in agenda.kegiatan]
(2027, True)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from typing import Any

from tkpk_rules.i18n import Words, support_words
from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    ImpreciseDate,
    Topic,
    date_bounds,
)
from tkpk_rules.planning._errors import CalendarFileError, MissingExtraError

__all__ = ["from_ical", "to_ical"]

PRODID = "-//tkpk-rules//agenda kerja tahunan TKPK//ID"
_NOT_ADOPTED = "belum"

#: Which provision each kind of item rests on.
_PROVISION: Mapping[AgendaItemKind, str] = {
    AgendaItemKind.RAPAT_KOORDINASI: "53.meetings",
    AgendaItemKind.PENYUSUNAN_RPKD: "53.rpkd",
    AgendaItemKind.PENYUSUNAN_RAT: "53.rat",
    AgendaItemKind.LAPORAN_PELAKSANAAN: "53.report",
    AgendaItemKind.LAINNYA: "53.agenda",
}
_KIND_TITLE: Mapping[AgendaItemKind, Words] = {
    AgendaItemKind.RAPAT_KOORDINASI: Words("Rapat koordinasi TKPK", "TKPK coordination meeting"),
    AgendaItemKind.PENYUSUNAN_RPKD: Words("Penyusunan RPKD", "Drafting the RPKD"),
    AgendaItemKind.PENYUSUNAN_RAT: Words("Penyusunan RAT", "Drafting the RAT"),
    AgendaItemKind.LAPORAN_PELAKSANAAN: Words("Laporan pelaksanaan", "Implementation report"),
    AgendaItemKind.LAINNYA: Words("Kegiatan TKPK", "TKPK activity"),
}


def _import_icalendar() -> Any:
    try:
        import icalendar
    except ImportError:  # pragma: no cover - depends on the environment
        raise MissingExtraError("icalendar", "calendar") from None
    return icalendar


def _basis(kind: AgendaItemKind, lang: str) -> str:
    provision = PROVISIONS[_PROVISION[kind]]
    # The fact itself; placing it in time is practice, said in each item's reason.
    support = provision.support[0] if provision.support else Support.PRACTICE
    head = "Dasar" if lang != "en" else "Basis"
    grade = support_words(support.value, lang)
    return f"{head}: {provision.citation.text()} [{provision.id}; {grade}]"


def _uid(region: str, year: int, kind: AgendaItemKind, ordinal: int) -> str:
    digest = hashlib.sha256(f"{region}|{year}|{kind.value}|{ordinal}".encode()).hexdigest()[:20]
    return f"{year}-{kind.value}-{ordinal}-{digest}@tkpk-rules"


def to_ical(
    agenda: AnnualAgenda,
    *,
    region: str = "",
    name: str | None = None,
    lang: str = "id",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The agenda as iCalendar bytes (UTF-8, CRLF line ends).

    ``region`` is the region's code or name, used for stable UIDs and the
    calendar's name; ``name`` overrides the calendar name. ``stamp`` is the
    ``DTSTAMP`` of every event (default: now, in UTC); pass a fixed value for
    byte-identical output.

    >>> agenda = AnnualAgenda(tahun=2026, kegiatan=(AgendaItem(
    ...     kegiatan=AgendaItemKind.RAPAT_KOORDINASI, judul="Rapat koordinasi I",
    ...     mulai=dt.date(2026, 3, 10)),))
    >>> text = to_ical(agenda, stamp=dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)).decode()
    >>> "DTSTART;VALUE=DATE:20260310" in text, "SUMMARY:Rapat koordinasi I" in text
    (True, True)
    """
    icalendar = _import_icalendar()
    if not isinstance(agenda, AnnualAgenda):
        raise CalendarFileError(
            f"to_ical() memerlukan AnnualAgenda, bukan {type(agenda).__name__}",
            f"to_ical() needs an AnnualAgenda, not {type(agenda).__name__}",
        )
    if lang not in ("id", "en"):
        raise CalendarFileError(
            f"lang harus 'id' atau 'en', bukan {lang!r}", f"lang must be 'id' or 'en', not {lang!r}"
        )
    if stamp is not None and not isinstance(stamp, dt.datetime):
        raise CalendarFileError(
            f"stamp harus datetime (misalnya datetime(2026, 1, 5, tzinfo=timezone.utc)), bukan"
            f" {type(stamp).__name__}",
            f"stamp must be a datetime (e.g. datetime(2026, 1, 5, tzinfo=timezone.utc)), not"
            f" {type(stamp).__name__}",
        )
    if stamp is None:
        stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    # A calendar's header lines hold one line each: a line break in a region's name
    # (a document may hold one) becomes a space instead of breaking the file.
    region = " ".join(str(region).splitlines())
    name = None if name is None else " ".join(str(name).splitlines())
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    title = name or (
        f"Agenda kerja TKPK {region} {agenda.tahun}".replace("  ", " ")
        if lang != "en"
        else f"TKPK work agenda {region} {agenda.tahun}".replace("  ", " ")
    )
    cal.add("x-wr-calname", title)
    cal.add("x-tkpk-tahun", str(agenda.tahun))
    if region:
        cal.add("x-tkpk-wilayah", region)
    if isinstance(agenda.ditetapkan, dt.date):
        cal.add("x-tkpk-ditetapkan", agenda.ditetapkan.isoformat())
    elif isinstance(agenda.ditetapkan, ImpreciseDate):
        cal.add("x-tkpk-ditetapkan", str(agenda.ditetapkan))  # a year or month, as recorded
    elif agenda.ditetapkan is None:
        cal.add("x-tkpk-ditetapkan", _NOT_ADOPTED)
    if isinstance(agenda.keterangan, str):
        cal.add("x-tkpk-keterangan", agenda.keterangan)
    counts: dict[AgendaItemKind, int] = {}
    items = agenda.kegiatan if isinstance(agenda.kegiatan, tuple) else ()
    for item in items:
        span = date_bounds(item.mulai)
        if span is None:
            continue
        end = date_bounds(item.selesai)
        counts[item.kegiatan] = counts.get(item.kegiatan, 0) + 1
        event = icalendar.Event()
        event.add("uid", _uid(region, agenda.tahun, item.kegiatan, counts[item.kegiatan]))
        event.add("dtstamp", stamp)
        # A date known only to the month or year is shown as an all-day event over
        # its span; X-TKPK-MULAI keeps what was recorded, so reading it back is exact.
        event.add("dtstart", span[0])
        if end is not None:
            event.add("dtend", max(end[1], span[0]) + dt.timedelta(days=1))
        elif isinstance(item.mulai, ImpreciseDate):
            event.add("dtend", span[1] + dt.timedelta(days=1))
        summary = (
            item.judul if isinstance(item.judul, str) else _KIND_TITLE[item.kegiatan].pick(lang)
        )
        event.add("summary", summary)
        description = []
        if isinstance(item.alasan, str) and item.alasan:
            description.append(item.alasan)
        description.append(_basis(item.kegiatan, lang))
        event.add("description", "\n\n".join(description))
        event.add("categories", ["TKPK", item.kegiatan.value])
        meeting = item.kegiatan is AgendaItemKind.RAPAT_KOORDINASI
        event.add("transp", "OPAQUE" if meeting else "TRANSPARENT")
        event.add("x-tkpk-kegiatan", item.kegiatan.value)
        if isinstance(item.judul, str):
            event.add("x-tkpk-judul", item.judul)
        if isinstance(item.mulai, ImpreciseDate):
            event.add("x-tkpk-mulai", str(item.mulai))
        if isinstance(item.selesai, dt.date):
            event.add("x-tkpk-selesai", item.selesai.isoformat())
        elif isinstance(item.selesai, ImpreciseDate):
            event.add("x-tkpk-selesai", str(item.selesai))
        if isinstance(item.pembahasan, tuple):
            event.add("x-tkpk-pembahasan", ",".join(t.value for t in item.pembahasan))
        if isinstance(item.alasan, str):
            event.add("x-tkpk-alasan", item.alasan)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _text(component: Any, key: str) -> str | None:
    return None if (value := _one(component, key)) is None else str(value)


def _one(component: Any, key: str) -> Any:
    """The property ``key`` of ``component``, refused when it is written more than once."""
    value = component.get(key)
    if isinstance(value, list):
        # Keeping one of them would drop the others without a word.
        raise CalendarFileError(
            f"{key.upper()} ditulis {len(value)} kali; satu saja yang boleh",
            f"{key.upper()} is written {len(value)} times; only one is allowed",
        )
    return value


#: Indonesia's three time zones (WIB, WITA, WIT), as offsets from UTC.
_INDONESIA = tuple(dt.timezone(dt.timedelta(hours=h)) for h in (7, 8, 9))


def _local(value: dt.datetime, what: str) -> dt.datetime:
    """A time as the region's clock shows it.  Written in local time, or in an Indonesian
    zone, it is as written; in UTC or another zone (as some calendar programs export), it
    is that time in Indonesia when all three zones give the same day, else refused: which
    day the meeting was the calendar does not say (it does not know the region)."""
    offset = value.utcoffset()
    if offset is None or offset in {z.utcoffset(None) for z in _INDONESIA}:
        return value
    days = {value.astimezone(z).date() for z in _INDONESIA}
    if len(days) > 1:
        raise CalendarFileError(
            f"{what} ({value.isoformat()}) jatuh pada hari yang berbeda di WIB, WITA dan WIT;"
            " tulis waktunya dalam zona setempat (TZID=Asia/Jakarta, Asia/Makassar atau"
            " Asia/Jayapura) atau sebagai acara sehari penuh",
            f"{what} ({value.isoformat()}) falls on different days in WIB, WITA and WIT;"
            " write it in the local zone (TZID=Asia/Jakarta, Asia/Makassar or Asia/Jayapura)"
            " or as an all-day event",
        )
    return value.astimezone(_INDONESIA[0])


def _date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return _local(value, what).date()
    if isinstance(value, dt.date):
        return value
    raise CalendarFileError(f"{what} bukan tanggal: {value!r}", f"{what} is not a date: {value!r}")


def _iso(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CalendarFileError(
            f"{what} bukan tanggal YYYY-MM-DD: {text!r}",
            f"{what} is not a YYYY-MM-DD date: {text!r}",
        ) from None


def _recorded(text: str, what: str) -> dt.date | ImpreciseDate:
    """A date as ``to_ical`` writes it: a day, or only a year or month (``2025-04``)."""
    vague = re.fullmatch(r"(\d{4})(?:-(0[1-9]|1[0-2]))?", text.strip())
    if vague is None:
        return _iso(text, what)
    month = vague.group(2)
    return ImpreciseDate(int(vague.group(1)), int(month) if month else None)


def from_ical(data: bytes | str) -> AnnualAgenda:
    """Read an agenda back from an iCalendar file written by :func:`to_ical`.

    Events from other programs are read too: an event without ``X-TKPK-*``
    properties becomes an item of kind ``lainnya`` with its summary as title.
    The year is the calendar's ``X-TKPK-TAHUN``, else the year of the first
    event.  Raises :class:`~tkpk_rules.planning.CalendarFileError` when the
    data is not iCalendar.

    >>> from_ical(b"not a calendar")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.planning._errors.CalendarFileError: berkas bukan iCalendar yang sah...
    """
    icalendar = _import_icalendar()
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark (Windows exporters) is dropped
        except UnicodeDecodeError as exc:
            # Replacing the bytes would change a title without a word.
            raise CalendarFileError(
                f"berkas bukan UTF-8 (byte ke-{exc.start + 1}); simpan ulang sebagai UTF-8",
                f"the file is not UTF-8 (byte {exc.start + 1}); save it again as UTF-8",
            ) from None
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError, IndexError, KeyError...
        raise CalendarFileError(
            f"berkas bukan iCalendar yang sah: {exc}", f"not a valid iCalendar file: {exc}"
        ) from None
    if getattr(cal, "name", None) != "VCALENDAR":
        raise CalendarFileError("berkas bukan VCALENDAR", "the file is not a VCALENDAR")
    items: list[AgendaItem] = []
    for number, event in enumerate(cal.walk("VEVENT"), start=1):
        try:
            items.append(_item(event))
        except CalendarFileError as exc:
            raise CalendarFileError(
                f"acara ke-{number}{_event_uid(event)}: {exc.message_id}",
                f"event {number}{_event_uid(event)}: {exc.message_en}",
            ) from None
        except (ValueError, TypeError, AttributeError, OverflowError, KeyError, IndexError):
            # A property icalendar parsed but cannot give as a value (a broken DTSTART...).
            which = f"{number}{_event_uid(event)}"
            raise CalendarFileError(
                f"acara ke-{which} tidak dapat dibaca (tanggal atau isian rusak)",
                f"event {which} cannot be read (a broken date or property)",
            ) from None
    year_text = _text(cal, "x-tkpk-tahun")
    if year_text is not None and year_text.strip():
        if re.fullmatch(r"[0-9]{4}", year_text.strip()) is None or int(year_text) < 1900:
            raise CalendarFileError(
                f"X-TKPK-TAHUN bukan tahun (empat angka): {year_text[:20]!r}",
                f"X-TKPK-TAHUN is not a year (four digits): {year_text[:20]!r}",
            )
        year = int(year_text)
    elif items:
        year = min(b[0] for i in items if (b := date_bounds(i.mulai))).year
    else:
        raise CalendarFileError(
            "kalender tanpa acara dan tanpa X-TKPK-TAHUN",
            "a calendar with no events and no X-TKPK-TAHUN",
        )
    adopted_text = _text(cal, "x-tkpk-ditetapkan")
    keterangan = _text(cal, "x-tkpk-keterangan")
    adopted: dt.date | Any | None = NOT_RECORDED
    if adopted_text == _NOT_ADOPTED:
        adopted = None
    elif adopted_text:
        adopted = _recorded(adopted_text, "X-TKPK-DITETAPKAN")
    return AnnualAgenda(
        tahun=year,
        ditetapkan=adopted,
        kegiatan=tuple(items),
        keterangan=keterangan if keterangan is not None else NOT_RECORDED,
    )


def _event_uid(event: Any) -> str:
    uid = event.get("uid")
    return f" (UID {str(uid)[:60]})" if isinstance(uid, str) else ""


def _item(event: Any) -> AgendaItem:
    """One event as an agenda item (what :func:`from_ical` reads of it)."""
    for repeat in ("rrule", "rdate"):
        if event.get(repeat) is not None:
            # Reading only the first day would lose every later one.
            raise CalendarFileError(
                f"acara berulang ({repeat.upper()}) tidak dibaca; tulis setiap rapat sebagai"
                " acara sendiri",
                f"a repeating event ({repeat.upper()}) is not read; write each meeting as an"
                " event of its own",
            )
    status = _text(event, "status")
    if status is not None and status.strip().upper() == "CANCELLED":
        # An agenda item has no status: read as planned, a cancelled event would come back.
        raise CalendarFileError(
            "acara dibatalkan (STATUS:CANCELLED) tidak dapat dibaca sebagai kegiatan agenda;"
            " hapus acara itu dari kalender",
            "a cancelled event (STATUS:CANCELLED) cannot be read as an agenda item; delete"
            " the event from the calendar",
        )
    start_prop = _one(event, "dtstart")
    if start_prop is None:
        raise CalendarFileError("acara tanpa DTSTART", "an event without DTSTART")
    start: dt.date | ImpreciseDate = _date(start_prop.dt, "DTSTART")
    start_text = _text(event, "x-tkpk-mulai")
    if start_text is not None:
        vague = _recorded(start_text, "X-TKPK-MULAI")
        # Kept only while the event still starts where it was written; an event
        # moved in a calendar program keeps its new day.
        if isinstance(vague, dt.date) or vague.earliest == start:
            start = vague
    kind_text = _text(event, "x-tkpk-kegiatan")
    try:
        kind = AgendaItemKind(kind_text) if kind_text else AgendaItemKind.LAINNYA
    except ValueError:
        raise CalendarFileError(
            f"jenis kegiatan tidak dikenal: {kind_text!r}",
            f"unknown kind of item: {kind_text!r}",
        ) from None
    end_text = _text(event, "x-tkpk-selesai")
    if end_text is not None:
        selesai: dt.date | Any = _recorded(end_text, "X-TKPK-SELESAI")
    elif isinstance(start, ImpreciseDate):
        selesai = NOT_RECORDED  # its DTEND only closes the span of the vague start
    elif (end := _one(event, "dtend")) is not None:
        if isinstance(end.dt, dt.datetime):
            # A timed event ends on the day of its DTEND; only an end at midnight is the
            # day before (10:00-12:00 on 10 March is 10 March, not the 9th).
            local_end = _local(end.dt, "DTEND")
            selesai = local_end.date()
            if local_end.time() == dt.time(0, 0) and selesai > _date(start_prop.dt, "DTSTART"):
                selesai -= dt.timedelta(days=1)
        else:
            # Exclusive: the day before; a DTEND equal to DTSTART (no length) is that day.
            day = _date(end.dt, "DTEND")
            before = day - dt.timedelta(days=1)  # the first day of the calendar has none
            selesai = day if day == start else before
        if isinstance(start, dt.date) and selesai < start:
            raise CalendarFileError(
                f"DTEND ({_date(end.dt, 'DTEND').isoformat()}) sebelum DTSTART"
                f" ({start.isoformat()})",
                f"DTEND ({_date(end.dt, 'DTEND').isoformat()}) is before DTSTART"
                f" ({start.isoformat()})",
            )
    else:
        selesai = NOT_RECORDED
    topics_text = _text(event, "x-tkpk-pembahasan")
    try:
        topics: tuple[Topic, ...] | Any = (
            tuple(Topic(t) for t in topics_text.split(",") if t)
            if topics_text is not None
            else NOT_RECORDED
        )
    except ValueError:
        raise CalendarFileError(
            f"topik tidak dikenal: {topics_text!r}", f"unknown topic: {topics_text!r}"
        ) from None
    judul = _text(event, "x-tkpk-judul")
    if judul is None and kind_text is None:
        judul = _text(event, "summary")
    alasan = _text(event, "x-tkpk-alasan")
    if alasan is None and kind_text is None:
        alasan = _text(event, "description")
    return AgendaItem(
        kegiatan=kind,
        judul=judul if judul is not None else NOT_RECORDED,
        mulai=start,
        selesai=selesai,
        pembahasan=topics,
        alasan=alasan if alasan is not None else NOT_RECORDED,
    )
