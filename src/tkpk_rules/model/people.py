"""Offices, officials and team members."""

from __future__ import annotations

import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.provenance import Certainty

__all__ = [
    "ActingStatus",
    "Element",
    "Member",
    "MemberCategory",
    "Office",
    "OfficeKind",
    "Official",
]


class OfficeKind(enum.Enum):
    """What kind of office (jenis jabatan) someone holds.

    The planning agency has many names (Bappeda, Bapperida, Bappelitbangda, ...):
    its head is always :attr:`KEPALA_PERENCANAAN`, whatever the agency is called;
    the agency's own name goes in :attr:`Office.instansi`.
    """

    GUBERNUR = "gubernur"
    WAKIL_GUBERNUR = "wakil_gubernur"
    BUPATI = "bupati"
    WAKIL_BUPATI = "wakil_bupati"
    WALI_KOTA = "wali_kota"
    WAKIL_WALI_KOTA = "wakil_wali_kota"
    SEKRETARIS_DAERAH = "sekretaris_daerah"
    ASISTEN_SEKRETARIS_DAERAH = "asisten_sekretaris_daerah"
    KEPALA_PERENCANAAN = "kepala_perencanaan"
    """Head of the regional planning agency (Bappeda, Bapperida, Bappelitbangda...)."""
    KEPALA_PEMBERDAYAAN_MASYARAKAT = "kepala_pemberdayaan_masyarakat"
    """Head of the community-empowerment agency (BPMD, DPMD, DPMPD...)."""
    KEPALA_PERANGKAT_DAERAH = "kepala_perangkat_daerah"
    """Head of another regional agency (dinas, badan, kantor)."""
    PEJABAT_PERANGKAT_DAERAH = "pejabat_perangkat_daerah"
    """Another official of a regional agency (kepala bidang, sekretaris dinas...)."""
    PIMPINAN_INSTANSI_VERTIKAL = "pimpinan_instansi_vertikal"
    """Head of a central-government office in the region (BPS, Kemenag, BPN...)."""
    LAINNYA = "lainnya"
    """Anything else: community leaders, business people, academics..."""


class ActingStatus(enum.Enum):
    """Whether the holder of an office is definitive or acting."""

    DEFINITIF = "definitif"
    PLT = "plt"
    """Pelaksana Tugas: carries out the duties while the holder cannot."""
    PJ = "pj"
    """Penjabat: appointed to fill a head-of-region post (Pj. Gubernur, Pj. Bupati...)."""
    PLH = "plh"
    """Pelaksana Harian: stands in for a short absence."""

    @property
    def acting(self) -> bool:
        return self is not ActingStatus.DEFINITIF


class Element(enum.Enum):
    """The four elements (unsur) a team's membership is drawn from."""

    PEMERINTAH_DAERAH = "pemerintah_daerah"
    MASYARAKAT = "masyarakat"
    DUNIA_USAHA = "dunia_usaha"
    PEMANGKU_KEPENTINGAN_LAINNYA = "pemangku_kepentingan_lainnya"


class MemberCategory(enum.Enum):
    """What kind of body a member comes from, when the element is not stated.

    The rules map a category to a default element (documented in
    :mod:`tkpk_rules.rules.membership`); a member's own ``unsur`` always wins.
    """

    PERANGKAT_DAERAH = "perangkat_daerah"
    PEMERINTAH_DESA = "pemerintah_desa"
    INSTANSI_VERTIKAL = "instansi_vertikal"
    BUMN = "bumn"
    BUMD = "bumd"
    SWASTA = "swasta"
    PKK = "pkk"
    PERGURUAN_TINGGI = "perguruan_tinggi"
    LSM = "lsm"
    TOKOH_MASYARAKAT = "tokoh_masyarakat"
    ORGANISASI_KEAGAMAAN = "organisasi_keagamaan"
    MEDIA = "media"
    LAINNYA = "lainnya"


@attrs.frozen(kw_only=True)
class Office(Typed):
    """An office (jabatan) held by a person.

    >>> Office(jenis=OfficeKind.KEPALA_PERENCANAAN, instansi="Bapperida Provinsi Kalimantan Timur")
    ... # doctest: +ELLIPSIS
    Office(jenis=<OfficeKind.KEPALA_PERENCANAAN: 'kepala_perencanaan'>, ...)
    """

    jenis: OfficeKind | NotRecorded = NOT_RECORDED
    sebutan: str | NotRecorded = NOT_RECORDED
    """The title as the decree writes it, e.g. ``"Kepala Bappelitbangda"``."""
    instansi: str | NotRecorded = NOT_RECORDED
    """The agency's own name, e.g. ``"Bappeda Kota Samarinda"``."""
    status: ActingStatus | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class Official(Typed):
    """A person acting in an office: who signed a decree, who chaired a meeting."""

    nama: str | NotRecorded = NOT_RECORDED
    jabatan: Office | NotRecorded = NOT_RECORDED
    atas_nama: Office | NotRecorded = NOT_RECORDED
    """The office on whose behalf the person acted ("a.n. Bupati"), when the record says so."""
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
    """Ids of the record's sources (``Dossier.sumber``) that state this fact."""


@attrs.frozen(kw_only=True)
class Member(Typed):
    """A member of a team or working group, or a person at a meeting (``Meeting.peserta``).

    ``unsur`` is the element the record states; when it is not recorded the
    rules classify the member from ``kategori`` and ``jabatan`` and say so.
    """

    nama: str | NotRecorded = NOT_RECORDED
    jabatan: Office | NotRecorded = NOT_RECORDED
    unsur: Element | NotRecorded = NOT_RECORDED
    kategori: MemberCategory | NotRecorded = NOT_RECORDED
    organisasi: str | NotRecorded = NOT_RECORDED
    """The body the member comes from, when it is not a regional agency."""
    keterangan: str | NotRecorded = NOT_RECORDED
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[str, ...] | NotRecorded = NOT_RECORDED
