"""The dossier: one region's whole TKPK record."""

from __future__ import annotations

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.agenda import AnnualAgenda, Meeting
from tkpk_rules.model.documents import PlanningDocument
from tkpk_rules.model.instrument import RelatedInstrument
from tkpk_rules.model.provenance import Coverage, Source
from tkpk_rules.model.team import Secretariat, SubTeam, Team, Vacancy

__all__ = ["Dossier", "RegionRef"]

FORMAT_V1 = "tkpk-rules/1"


@attrs.frozen(kw_only=True)
class RegionRef(Typed):
    """The region a dossier is about: its Kemendagri code, and the name as written."""

    kode: str
    nama: str | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class Dossier(Typed):
    """One region's TKPK record: team, secretariat, agenda, meetings and documents.

    ``tim`` is the team formed by the latest instrument; ``riwayat_tim`` holds
    earlier teams, so a record can be judged on a date in the past.  Leaving a
    field out means *not recorded*; ``None`` or an empty tuple means *recorded as
    none*.

    >>> from tkpk_rules.model import Dossier, RegionRef
    >>> d = Dossier(wilayah=RegionRef(kode="64.72"))
    >>> d.tim
    NOT_RECORDED
    """

    wilayah: RegionRef
    tim: Team | NotRecorded | None = NOT_RECORDED
    riwayat_tim: tuple[Team, ...] | NotRecorded = NOT_RECORDED
    sekretariat: Secretariat | NotRecorded | None = NOT_RECORDED
    kekosongan_jabatan: tuple[Vacancy, ...] | NotRecorded = NOT_RECORDED
    agenda_kerja: tuple[AnnualAgenda, ...] | NotRecorded = NOT_RECORDED
    rapat_koordinasi: tuple[Meeting, ...] | NotRecorded = NOT_RECORDED
    """The team's meetings; those of ``jenis`` other than ``rapat_koordinasi`` do not count."""
    dokumen: tuple[PlanningDocument, ...] | NotRecorded = NOT_RECORDED
    sumber: tuple[str | Source, ...] | NotRecorded = NOT_RECORDED
    """Where the record comes from: each a note as text, or a :class:`Source` with an id
    that facts cite in their own ``sumber``."""
    keterangan: str | NotRecorded = NOT_RECORDED
    cakupan: Coverage | NotRecorded = NOT_RECORDED
    """The period the record speaks for and the lists it knows to be incomplete."""
    instrumen_terkait: tuple[RelatedInstrument, ...] | NotRecorded = NOT_RECORDED
    """Other instruments of the region on poverty reduction (Perda, Perbup, Instruksi...)."""
    tim_bawahan: tuple[SubTeam, ...] | NotRecorded = NOT_RECORDED
    """Teams below the region (TKPK Kecamatan, TKPK Kelurahan...)."""
