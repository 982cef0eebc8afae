"""The annual work agenda and the coordination meetings."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.people import Official

__all__ = [
    "AgendaItem",
    "AgendaItemKind",
    "AnnualAgenda",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Topic",
]


class Topic(enum.Enum):
    """What a meeting or an agenda item works on."""

    RPKD = "rpkd"
    RAT = "rat"
    LAPORAN_PELAKSANAAN = "laporan_pelaksanaan"
    SPKD = "spkd"
    LAINNYA = "lainnya"


class AgendaItemKind(enum.Enum):
    """The kind of an agenda item."""

    RAPAT_KOORDINASI = "rapat_koordinasi"
    PENYUSUNAN_RPKD = "penyusunan_rpkd"
    PENYUSUNAN_RAT = "penyusunan_rat"
    LAPORAN_PELAKSANAAN = "laporan_pelaksanaan"
    LAINNYA = "lainnya"


class MeetingKind(enum.Enum):
    """The kind of meeting.  Only coordination meetings count towards the minimum."""

    RAPAT_KOORDINASI = "rapat_koordinasi"
    RAPAT_TEKNIS = "rapat_teknis"
    LAINNYA = "lainnya"


class MeetingStatus(enum.Enum):
    TERLAKSANA = "terlaksana"
    """Held."""
    DIJADWALKAN = "dijadwalkan"
    """Scheduled, not held yet."""
    DIBATALKAN = "dibatalkan"
    """Cancelled."""


@attrs.frozen(kw_only=True)
class Meeting(Typed):
    """A meeting of the team.  Who chaired it is a fact to record, not an error."""

    tanggal: dt.date
    jenis: MeetingKind | NotRecorded = NOT_RECORDED
    status: MeetingStatus | NotRecorded = NOT_RECORDED
    judul: str | NotRecorded = NOT_RECORDED
    pembahasan: tuple[Topic, ...] | NotRecorded = NOT_RECORDED
    dipimpin_oleh: Official | NotRecorded = NOT_RECORDED
    peserta: tuple[str, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class AgendaItem(Typed):
    """One item of an annual agenda: an activity with its dates and the reason for them."""

    kegiatan: AgendaItemKind
    judul: str | NotRecorded = NOT_RECORDED
    mulai: dt.date | NotRecorded = NOT_RECORDED
    selesai: dt.date | NotRecorded = NOT_RECORDED
    pembahasan: tuple[Topic, ...] | NotRecorded = NOT_RECORDED
    alasan: str | NotRecorded = NOT_RECORDED
    """Why the item sits where it does."""


@attrs.frozen(kw_only=True)
class AnnualAgenda(Typed):
    """The team's annual work agenda (agenda kerja tahunan) for one year."""

    tahun: int
    ditetapkan: dt.date | NotRecorded | None = NOT_RECORDED
    """The day it was adopted; ``None``: recorded as not adopted."""
    kegiatan: tuple[AgendaItem, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED
