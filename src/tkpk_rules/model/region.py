"""Regions (wilayah) as Kemendagri lists them: provinces and kabupaten/kota."""

from __future__ import annotations

import datetime as dt
import enum

import attrs


class Level(enum.Enum):
    """The level (tingkat) of a region.

    DKI Jakarta's administrative cities and regency are not autonomous regions,
    so they have levels of their own.
    """

    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"
    KABUPATEN_ADMINISTRASI = "kabupaten_administrasi"
    KOTA_ADMINISTRASI = "kota_administrasi"

    @property
    def autonomous(self) -> bool:
        """Whether a region of this level is an autonomous region (daerah otonom)."""
        return self in (Level.PROVINSI, Level.KABUPATEN, Level.KOTA)


@attrs.frozen
class Region:
    """One row of the bundled Kemendagri region table.

    ``kode`` is the Kemendagri code: two digits for a province (``"64"``), the
    province code, a dot and two digits for a kabupaten/kota (``"64.72"``).
    ``dibentuk`` is the first day the code is valid, where the region (or the
    code) is recent; ``None`` means it was already valid on 1 January 2020, the
    earliest date the bundled table speaks for.  ``berakhir`` is the last day an
    old code was valid (``None`` while it is still valid); ``kode_baru`` names the
    code that replaced it.
    """

    kode: str
    nama: str
    tingkat: Level
    dibentuk: dt.date | None = None
    berakhir: dt.date | None = None
    kode_baru: str | None = None
    dasar_hukum: str | None = None

    @property
    def provinsi(self) -> str:
        """The code of the province this region belongs to (itself for a province)."""
        return self.kode.split(".")[0]

    @property
    def autonomous(self) -> bool:
        return self.tingkat.autonomous

    def exists_on(self, on: dt.date) -> bool:
        """Whether the code denotes this region on the given date."""
        if self.dibentuk is not None and on < self.dibentuk:
            return False
        return not (self.berakhir is not None and on > self.berakhir)
