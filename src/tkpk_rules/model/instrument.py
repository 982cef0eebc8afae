"""Instruments: the decree or regulation that forms a team or a secretariat."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.dates import ImpreciseDate
from tkpk_rules.model.people import Official
from tkpk_rules.model.provenance import Certainty

__all__ = [
    "Instrument",
    "InstrumentKind",
    "Issuer",
    "RelatedInstrument",
    "RelatedInstrumentKind",
]


class InstrumentKind(enum.Enum):
    """The form of a legal instrument issued by a head of region."""

    KEPUTUSAN = "keputusan"
    """A decree: Keputusan Gubernur / Bupati / Wali Kota."""
    PERATURAN = "peraturan"
    """A regulation: Peraturan Gubernur / Bupati / Wali Kota (Pergub, Perbup, Perwali)."""


class Issuer(enum.Enum):
    """Who issues the instrument, by office (not by the person who signed)."""

    GUBERNUR = "gubernur"
    BUPATI = "bupati"
    WALI_KOTA = "wali_kota"
    LAINNYA = "lainnya"


@attrs.frozen(kw_only=True)
class Instrument(Typed):
    """A legal instrument (keputusan or peraturan) and what it says about itself.

    ``dasar_hukum`` lists the regulations the instrument cites as its basis, as
    written (``"Permendagri Nomor 53 Tahun 2020"``) or as the library's ids
    (``"permendagri-53-2020"``); :func:`tkpk_rules.law.identify` reads both.
    """

    jenis: InstrumentKind | NotRecorded = NOT_RECORDED
    penerbit: Issuer | NotRecorded = NOT_RECORDED
    nomor: str | NotRecorded = NOT_RECORDED
    tanggal: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The day it was signed, or only its year (``2024``) or month (``2024-05``)."""
    judul: str | NotRecorded = NOT_RECORDED
    penandatangan: Official | NotRecorded = NOT_RECORDED
    dasar_hukum: tuple[str, ...] | NotRecorded = NOT_RECORDED
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED


class RelatedInstrumentKind(enum.Enum):
    """The form of an instrument related to the team but not forming it."""

    PERATURAN_DAERAH = "peraturan_daerah"
    """A Perda (issued with the regional parliament), e.g. on poverty reduction."""
    PERATURAN_KEPALA_DAERAH = "peraturan_kepala_daerah"
    """A Pergub / Perbup / Perwali, e.g. technical guidance for the team."""
    KEPUTUSAN = "keputusan"
    """A decree other than the one forming the team (a secretariat, a pokja...)."""
    INSTRUKSI = "instruksi"
    """An Instruksi Gubernur / Bupati / Wali Kota, e.g. giving the chair a task."""
    SURAT_EDARAN = "surat_edaran"
    """A circular letter (surat edaran)."""
    LAINNYA = "lainnya"
    """Anything else."""


@attrs.frozen(kw_only=True)
class RelatedInstrument(Typed):
    """An instrument of the region about poverty reduction that does not form the team.

    Recorded as a fact; no rule judges it unless the law says something about it.
    """

    jenis: RelatedInstrumentKind | NotRecorded = NOT_RECORDED
    penerbit: Issuer | NotRecorded = NOT_RECORDED
    nomor: str | NotRecorded = NOT_RECORDED
    tanggal: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The day it was signed, or only its year (``2024``) or month (``2024-05``)."""
    judul: str | NotRecorded = NOT_RECORDED
    penandatangan: Official | NotRecorded = NOT_RECORDED
    dasar_hukum: tuple[str, ...] | NotRecorded = NOT_RECORDED
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
    keterangan: str | NotRecorded = NOT_RECORDED
