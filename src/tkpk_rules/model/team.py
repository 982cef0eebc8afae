"""The team, its working groups, its secretariat, and vacancies in offices."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.dates import ImpreciseDate
from tkpk_rules.model.instrument import Instrument
from tkpk_rules.model.people import Member, OfficeKind, Official
from tkpk_rules.model.provenance import Certainty

__all__ = [
    "ActingChair",
    "DateRange",
    "Secretariat",
    "SubTeam",
    "SubTeamLevel",
    "Team",
    "Vacancy",
    "WorkingGroup",
]


@attrs.frozen(kw_only=True)
class DateRange(Typed):
    """A span of days; either end may be open, not recorded, or known only to its year or month."""

    mulai: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    selesai: dt.date | ImpreciseDate | NotRecorded | None = NOT_RECORDED
    """``None``: still running."""


@attrs.frozen(kw_only=True)
class WorkingGroup(Typed):
    """A working group (kelompok kerja, pokja) of the team."""

    nama: str | NotRecorded = NOT_RECORDED
    bidang: str | NotRecorded = NOT_RECORDED
    koordinator: Member | NotRecorded | None = NOT_RECORDED
    anggota: tuple[Member, ...] | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class ActingChair(Typed):
    """Someone named to carry out the chair's duties (pelaksana ketua), for a period.

    This is outside the five posts of the decree: the record of who, by whose
    instrument, from when to when.  Recorded as a fact; no rule judges it yet.
    """

    pejabat: Official | NotRecorded = NOT_RECORDED
    masa: DateRange | NotRecorded = NOT_RECORDED
    penugasan: Instrument | NotRecorded = NOT_RECORDED
    """The instrument that gave the task (an Instruksi, a letter), when known."""
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class Team(Typed):
    """A TKPK as one instrument forms it.

    Each leadership post is a :class:`Member`, ``None`` when the record says the
    post is not filled in the decree, or ``NOT_RECORDED``.  ``anggota`` holds
    the other members: ``NOT_RECORDED`` when the member list is unknown, an
    empty tuple when the team has no other members.
    """

    nama: str | NotRecorded = NOT_RECORDED
    """The team's name as written; teams also go by TKPKD, Tim Penanggulangan Kemiskinan..."""
    pembentukan: Instrument | NotRecorded = NOT_RECORDED
    masa_kerja: DateRange | NotRecorded = NOT_RECORDED
    penanggung_jawab: Member | NotRecorded | None = NOT_RECORDED
    ketua: Member | NotRecorded | None = NOT_RECORDED
    wakil_ketua: Member | NotRecorded | None = NOT_RECORDED
    sekretaris: Member | NotRecorded | None = NOT_RECORDED
    wakil_sekretaris: Member | NotRecorded | None = NOT_RECORDED
    anggota: tuple[Member, ...] | NotRecorded = NOT_RECORDED
    kelompok_kerja: tuple[WorkingGroup, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED
    pelaksana_ketua: tuple[ActingChair, ...] | NotRecorded = NOT_RECORDED
    """People named to carry out the chair's duties for a while."""


@attrs.frozen(kw_only=True)
class Secretariat(Typed):
    """The team's secretariat (Sekretariat TKPK)."""

    pembentukan: Instrument | NotRecorded = NOT_RECORDED
    kepala: Official | NotRecorded | None = NOT_RECORDED
    kedudukan: str | NotRecorded = NOT_RECORDED
    """Where it sits, e.g. ``"Bappeda Kabupaten Banyumas"``."""
    anggota: tuple[Member, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class Vacancy(Typed):
    """A record that an office stood empty (kekosongan jabatan) between two dates.

    ``selesai`` is the last vacant day, ``None`` while the office is still empty.
    """

    jabatan: OfficeKind
    mulai: dt.date
    selesai: dt.date | NotRecorded | None = NOT_RECORDED
    pengisi: Official | NotRecorded | None = NOT_RECORDED
    """Who carried out the duties meanwhile, if anyone was named."""
    keterangan: str | NotRecorded = NOT_RECORDED

    def covers(self, day: dt.date) -> bool:
        """Whether the office was vacant on ``day`` (an unrecorded end counts as open)."""
        if day < self.mulai:
            return False
        return not (isinstance(self.selesai, dt.date) and day > self.selesai)


class SubTeamLevel(enum.Enum):
    """The level of a team below the region."""

    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    DESA = "desa"
    LAINNYA = "lainnya"


@attrs.frozen(kw_only=True)
class SubTeam(Typed):
    """A team below the region (TKPK Kecamatan, TKPK/TPKK Kelurahan, a village team).

    One entry can stand for one team (``wilayah`` names its area) or for many
    (``jumlah``: "teams were formed in 27 kecamatan").  Recorded as a fact; no
    rule judges it.
    """

    tingkat: SubTeamLevel | NotRecorded = NOT_RECORDED
    wilayah: str | NotRecorded = NOT_RECORDED
    """The area, e.g. ``"Kecamatan Sokaraja"``; left out when the entry counts many teams."""
    jumlah: int | NotRecorded = NOT_RECORDED
    """How many such teams the entry stands for."""
    nama: str | NotRecorded = NOT_RECORDED
    pembentukan: Instrument | NotRecorded = NOT_RECORDED
    ketua: Member | NotRecorded | None = NOT_RECORDED
    anggota: tuple[Member, ...] | NotRecorded = NOT_RECORDED
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED
