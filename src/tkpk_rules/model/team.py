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

    ``mulai`` is the first vacant day, ``selesai`` the last, ``None`` while the
    office is still empty, ``NOT_RECORDED`` when the end is unknown.  Either may
    be known only to its year or month (``2024``, ``2024-05``).
    """

    jabatan: OfficeKind
    mulai: dt.date | ImpreciseDate
    selesai: dt.date | ImpreciseDate | NotRecorded | None = NOT_RECORDED
    pengisi: Official | NotRecorded | None = NOT_RECORDED
    """Who carried out the duties meanwhile, if anyone was named."""
    keterangan: str | NotRecorded = NOT_RECORDED

    def covers(self, day: dt.date) -> bool:
        """Whether the office *may* have been vacant on ``day``.

        An end not recorded, or ``None``, leaves the vacancy open; a start or end
        known only to its year or month is read at its widest.  Whether the office
        was *surely* vacant is :meth:`vacant_on`.
        """
        first, _ = _bounds(self.mulai)
        return first <= day <= self._last_possible()

    def vacant_on(self, day: dt.date) -> bool | None:
        """``True`` if surely vacant on ``day``, ``False`` if surely not, ``None`` if open.

        Open on the days a start or end known only to its year or month may or may
        not include, and after the first day when the end is not recorded (the
        office may have been filled any day since).  ``selesai: null`` is still
        vacant: surely so on every day from the start on.

        >>> v = Vacancy(jabatan=OfficeKind.WAKIL_BUPATI, mulai=ImpreciseDate(2024, 5), selesai=None)
        >>> [v.vacant_on(dt.date(2024, m, d)) for m, d in ((4, 30), (5, 15), (5, 31), (9, 1))]
        [False, None, True, True]
        >>> v = Vacancy(jabatan=OfficeKind.WAKIL_BUPATI, mulai=dt.date(2024, 5, 2))
        >>> [v.vacant_on(dt.date(2024, 5, d)) for d in (1, 2, 3)]
        [False, True, None]
        """
        if not self.covers(day):
            return False
        first, last = _bounds(self.mulai)
        # The start and the end of the same vacancy: the end is never before the start.
        if isinstance(self.selesai, NotRecorded):
            end_first, end_last = first, dt.date.max
        elif self.selesai is None:
            end_first = end_last = dt.date.max
        else:
            end_first, end_last = _bounds(self.selesai)
        surely_started = min(last, end_last) <= day
        surely_running = day <= max(end_first, first)
        return True if surely_started and surely_running else None

    def open_dates(self, day: dt.date) -> tuple[str, ...]:
        """Which of ``mulai``/``selesai`` leave :meth:`vacant_on` open on ``day``.

        >>> v = Vacancy(jabatan=OfficeKind.WAKIL_BUPATI, mulai=ImpreciseDate(2024),
        ...             selesai=ImpreciseDate(2025, 3))
        >>> v.open_dates(dt.date(2024, 3, 1)), v.open_dates(dt.date(2025, 3, 10))
        (('mulai',), ('selesai',))
        """
        if self.vacant_on(day) is not None:
            return ()
        first, last = _bounds(self.mulai)
        end_last = self._last_possible()
        out = []
        if day < min(last, end_last):
            out.append("mulai")
        if isinstance(self.selesai, NotRecorded) or (
            self.selesai is not None and max(_bounds(self.selesai)[0], first) < day
        ):
            out.append("selesai")
        return tuple(out) or ("mulai",)

    def _last_possible(self) -> dt.date:
        if self.selesai is None or isinstance(self.selesai, NotRecorded):
            return dt.date.max
        return _bounds(self.selesai)[1]


def _bounds(value: dt.date | ImpreciseDate) -> tuple[dt.date, dt.date]:
    if isinstance(value, ImpreciseDate):
        return value.earliest, value.latest
    return value, value


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
