"""The annual work agenda and the coordination meetings."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.dates import ImpreciseDate
from tkpk_rules.model.people import Member, Official
from tkpk_rules.model.provenance import Certainty

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
    """The kind of meeting.  Only coordination meetings count towards the minimum.

    The labels a meeting is often given (FGD, sinkronisasi, asistensi, bimtek,
    pleno, sosialisasi) have values of their own: whether such a meeting was a
    coordination meeting of the team is a fact the record may not settle, and
    :attr:`TIDAK_DIKETAHUI` says outright that the kind is unknown.
    """

    RAPAT_KOORDINASI = "rapat_koordinasi"
    """A coordination meeting of the team."""
    RAPAT_TEKNIS = "rapat_teknis"
    """A technical meeting (of a working group, of the secretariat)."""
    PLENO = "pleno"
    """A plenary meeting of the team (rapat pleno)."""
    FGD = "fgd"
    """A focus group discussion."""
    SINKRONISASI = "sinkronisasi"
    """A synchronisation meeting (of programmes, of data)."""
    ASISTENSI = "asistensi"
    """Assistance or review by a higher level (asistensi, supervisi)."""
    BIMTEK = "bimtek"
    """Technical guidance or training (bimbingan teknis)."""
    SOSIALISASI = "sosialisasi"
    """An information session (sosialisasi)."""
    LAINNYA = "lainnya"
    """Another kind of meeting, not a coordination meeting."""
    TIDAK_DIKETAHUI = "tidak_diketahui"
    """The record does not know what kind of meeting it was."""


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

    tanggal: dt.date | ImpreciseDate
    """The (first) day of the meeting, or only its year or month (``2024``, ``2024-05``)."""
    jenis: MeetingKind | NotRecorded = NOT_RECORDED
    status: MeetingStatus | NotRecorded = NOT_RECORDED
    judul: str | NotRecorded = NOT_RECORDED
    pembahasan: tuple[Topic, ...] | NotRecorded = NOT_RECORDED
    dipimpin_oleh: Official | NotRecorded = NOT_RECORDED
    peserta: tuple[str | Member, ...] | NotRecorded = NOT_RECORDED
    """Who took part: each a name or agency as text, or a person with office and element."""
    keterangan: str | NotRecorded = NOT_RECORDED
    tanggal_selesai: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The last day of a meeting that spans several days, or only its year or month."""
    dibuka_oleh: Official | NotRecorded = NOT_RECORDED
    """Who opened the meeting, when it is not who led it."""
    tempat: str | NotRecorded = NOT_RECORDED
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class AgendaItem(Typed):
    """One item of an annual agenda: an activity with its dates and the reason for them."""

    kegiatan: AgendaItemKind
    judul: str | NotRecorded = NOT_RECORDED
    mulai: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The first day, or only the month or year the item is planned for (``2025-04``)."""
    selesai: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The last day, or only its month or year."""
    pembahasan: tuple[Topic, ...] | NotRecorded = NOT_RECORDED
    alasan: str | NotRecorded = NOT_RECORDED
    """Why the item sits where it does."""


@attrs.frozen(kw_only=True)
class AnnualAgenda(Typed):
    """The team's annual work agenda (agenda kerja tahunan) for one year."""

    tahun: int
    ditetapkan: dt.date | ImpreciseDate | NotRecorded | None = NOT_RECORDED
    """The day it was adopted, or only its year or month; ``None``: recorded as not adopted."""
    kegiatan: tuple[AgendaItem, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED
