"""Planning documents: RPKD, RAT, the implementation report, the older SPKD, and the RPJMD."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.dates import ImpreciseDate
from tkpk_rules.model.instrument import Instrument
from tkpk_rules.model.provenance import Certainty

__all__ = [
    "DataBasis",
    "DocumentKind",
    "DocumentStatus",
    "PlanningDocument",
    "Programme",
    "ProgrammeGroup",
    "Semester",
    "Strategy",
    "YearRange",
]


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


class Strategy(enum.Enum):
    """The four strategies of poverty reduction (Permendagri 53/2020 Pasal 17, quoted)."""

    MENGURANGI_BEBAN = "mengurangi_beban"
    """(a) Reduce the spending burden of poor people."""
    MENINGKATKAN_KEMAMPUAN = "meningkatkan_kemampuan"
    """(b) Raise the capability and income of poor people."""
    USAHA_MIKRO_KECIL = "usaha_mikro_kecil"
    """(c) Develop and sustain micro and small enterprises."""
    SINERGI = "sinergi"
    """(d) Align (sinergi) policies and programmes."""


class ProgrammeGroup(enum.Enum):
    """The three groups of programmes (Permendagri 53/2020 Pasal 18, quoted)."""

    BANTUAN_SOSIAL = "bantuan_sosial"
    """(a) Integrated social assistance and social security for households, families, people."""
    PEMBERDAYAAN = "pemberdayaan"
    """(b) Community empowerment and support for micro and small enterprises."""
    LAINNYA = "lainnya"
    """(c) Other programmes raising the economic activity and welfare of poor people."""


class DataBasis(enum.Enum):
    """What the data that targets beneficiaries is based on (Pasal 19, quoted)."""

    NAMA = "nama"
    """By name."""
    ALAMAT = "alamat"
    """By address."""
    NIK = "nik"
    """By national identity number (NIK)."""


@attrs.frozen(kw_only=True)
class Programme(Typed):
    """A programme of an RPKD or a RAT, with the strategy and group the document gives it.

    The tags are what the document says; the library checks that they are among those of
    Pasal 17 and 18, not that the programme really follows them.
    """

    nama: str | NotRecorded = NOT_RECORDED
    strategi: tuple[Strategy, ...] | NotRecorded = NOT_RECORDED
    kelompok: ProgrammeGroup | NotRecorded = NOT_RECORDED


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
    ditetapkan: dt.date | ImpreciseDate | NotRecorded | None = NOT_RECORDED
    """The day it was adopted (or submitted, for a report), or only its year or month;
    ``None``: not yet."""
    penetapan: Instrument | NotRecorded = NOT_RECORDED
    """How it was adopted, when an instrument did it."""
    disusun_bersama_rpjmd: bool | NotRecorded = NOT_RECORDED
    """For an RPKD: whether it was drafted together with the RPJMD."""
    keterangan: str | NotRecorded = NOT_RECORDED
    semester: Semester | NotRecorded = NOT_RECORDED
    """For a semester report: which half of ``tahun`` it reports on."""
    tanggal_draf: tuple[dt.date | ImpreciseDate, ...] | NotRecorded = NOT_RECORDED
    """Days a draft was known to exist (a draft seen, presented, discussed), or their months."""
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
    bab: tuple[str, ...] | NotRecorded = NOT_RECORDED
    """The chapter titles, in the document's order (for an RPKD: Pasal 20)."""
    program: tuple[Programme, ...] | NotRecorded = NOT_RECORDED
    """The programmes of an RPKD or a RAT, with their strategy and group tags."""
    basis_data: tuple[DataBasis, ...] | NotRecorded = NOT_RECORDED
    """For a RAT: what the data targeting beneficiaries is based on (Pasal 19)."""

    @property
    def adopted_on(self) -> dt.date | ImpreciseDate | NotRecorded | None:
        """The adoption date the rules read: ``ditetapkan``, or when that is not recorded
        the date of the instrument that adopted it (``penetapan.tanggal``).

        >>> from tkpk_rules.model import Instrument
        >>> PlanningDocument(jenis=DocumentKind.RPKD,
        ...                  penetapan=Instrument(tanggal=dt.date(2025, 10, 31))).adopted_on
        datetime.date(2025, 10, 31)
        """
        if not isinstance(self.ditetapkan, NotRecorded):
            return self.ditetapkan
        inst = self.penetapan
        return NOT_RECORDED if isinstance(inst, NotRecorded) else inst.tanggal
