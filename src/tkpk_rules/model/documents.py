"""Planning documents: RPKD, RAT, the implementation report, the older SPKD, and the RPJMD."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.instrument import Instrument
from tkpk_rules.model.provenance import Certainty

__all__ = ["DocumentKind", "DocumentStatus", "PlanningDocument", "Semester", "YearRange"]


class DocumentKind(enum.Enum):
    RPKD = "rpkd"
    """Rencana Penanggulangan Kemiskinan Daerah: the five-year plan (53/2020)."""
    RAT = "rat"
    """Rencana Aksi Tahunan: the RPKD's yearly action plan."""
    LAPORAN_PELAKSANAAN = "laporan_pelaksanaan"
    """The yearly implementation report (in practice LP2KD)."""
    SPKD = "spkd"
    """Strategi Penanggulangan Kemiskinan Daerah: the five-year plan under 42/2010."""
    RPJMD = "rpjmd"
    """The region's medium-term development plan: context for the RPKD."""
    LAPORAN_SEMESTER = "laporan_semester"
    """A half-yearly monitoring report (laporan semester); ``semester`` says which half."""

    @property
    def multi_year(self) -> bool:
        return self in (DocumentKind.RPKD, DocumentKind.SPKD, DocumentKind.RPJMD)


class DocumentStatus(enum.Enum):
    DRAF = "draf"
    DITETAPKAN = "ditetapkan"
    """Adopted."""


class Semester(enum.Enum):
    """A half of a year, for a semester report."""

    PERTAMA = "pertama"
    """January to June."""
    KEDUA = "kedua"
    """July to December."""


@attrs.frozen(kw_only=True)
class YearRange(Typed):
    """A span of whole years, both ends included (``2021``–``2026``)."""

    mulai: int
    selesai: int

    @property
    def length(self) -> int:
        return self.selesai - self.mulai + 1

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.mulai <= year <= self.selesai


@attrs.frozen(kw_only=True)
class PlanningDocument(Typed):
    """A planning document with its period (multi-year plans) or year, and its adoption.

    ``tahun`` is the year a RAT is for, or the year an implementation report
    reports on.
    """

    jenis: DocumentKind
    judul: str | NotRecorded = NOT_RECORDED
    periode: YearRange | NotRecorded = NOT_RECORDED
    tahun: int | NotRecorded = NOT_RECORDED
    status: DocumentStatus | NotRecorded = NOT_RECORDED
    ditetapkan: dt.date | NotRecorded | None = NOT_RECORDED
    """The day it was adopted (or submitted, for a report); ``None``: not yet."""
    penetapan: Instrument | NotRecorded = NOT_RECORDED
    """How it was adopted, when an instrument did it."""
    disusun_bersama_rpjmd: bool | NotRecorded = NOT_RECORDED
    """For an RPKD: whether it was drafted together with the RPJMD."""
    keterangan: str | NotRecorded = NOT_RECORDED
    semester: Semester | NotRecorded = NOT_RECORDED
    """For a semester report: which half of ``tahun`` it reports on."""
    tanggal_draf: tuple[dt.date, ...] | NotRecorded = NOT_RECORDED
    """Days a draft was known to exist (a draft seen, presented, discussed)."""
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
