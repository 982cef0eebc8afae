"""Helpers about offices: which title a level uses, acting status, the planning agency."""

from __future__ import annotations

import re

from tkpk_rules.model import (
    ActingStatus,
    Issuer,
    Level,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
    Official,
)

__all__ = [
    "DEPUTY_HEAD",
    "HEAD",
    "ISSUER",
    "acting_label",
    "empowerment_head",
    "is_empowerment_agency",
    "is_planning_agency",
    "office_kind",
    "planning_head",
]

#: The head of region's office at each autonomous level.
HEAD: dict[Level, OfficeKind] = {
    Level.PROVINSI: OfficeKind.GUBERNUR,
    Level.KABUPATEN: OfficeKind.BUPATI,
    Level.KOTA: OfficeKind.WALI_KOTA,
}
#: The deputy head's office: a province needs a wakil gubernur, a kota a wakil wali kota.
DEPUTY_HEAD: dict[Level, OfficeKind] = {
    Level.PROVINSI: OfficeKind.WAKIL_GUBERNUR,
    Level.KABUPATEN: OfficeKind.WAKIL_BUPATI,
    Level.KOTA: OfficeKind.WAKIL_WALI_KOTA,
}
#: Who issues a head-of-region instrument at each level.
ISSUER: dict[Level, Issuer] = {
    Level.PROVINSI: Issuer.GUBERNUR,
    Level.KABUPATEN: Issuer.BUPATI,
    Level.KOTA: Issuer.WALI_KOTA,
}

# Names of planning agencies: Bappeda and its longer forms (Bappedalitbang, Bappeda
# Litbang), Bapperida, Bappelitbangda/Bapelitbangda, Barenlitbangda, and the spelled
# out "Badan Perencanaan ...".  Bappenda (revenue) and Bapenda are not planning.
_PLANNING = re.compile(
    r"\b(?:bap{1,2}eda\w*|bap{1,2}erida\w*|bap{1,2}elitbang\w*|barenlitbang\w*|"
    r"badan\s+perencanaan\b)",
    re.IGNORECASE,
)
# Names of community-empowerment agencies: spelled out ("Pemberdayaan Masyarakat",
# with or without "dan Desa"), and the short forms BPMD, BPMPD, DPMD, DPMPD, Bapermas,
# Dinpermades, Dispermades, Dispermasdes.  DPMPTSP (investment) and "Pemberdayaan
# Perempuan" (women's empowerment) are not it.
_EMPOWERMENT = re.compile(
    r"(?:pemberdayaan\s+masyarakat|\bbapermas\w*|\bbpmp?d\b|\bdpmp?d\b|\bdinpermades\b|"
    r"\bdisperm(?:as)?des\b)",
    re.IGNORECASE,
)
_HEAD_TITLE = re.compile(r"^\s*(?:(?:plt|pj|plh)\.?\s+)?kepala\s+(?!bidang|sub|seksi|bagian)", re.I)


def is_planning_agency(name: str | NotRecorded) -> bool:
    """Whether a name denotes a regional planning agency, however it is spelled.

    >>> [is_planning_agency(n) for n in ("Bappeda Kota Samarinda", "BAPPERIDA Kaltim",
    ...  "Bappedalitbang Kabupaten Banyumas", "Barenlitbangda Kabupaten Sumba Timur",
    ...  "Badan Perencanaan Pembangunan Daerah", "Bapenda Kota Bogor", "Dinas Sosial")]
    [True, True, True, True, True, False, False]
    """
    return isinstance(name, str) and _PLANNING.search(name) is not None


def is_empowerment_agency(name: str | NotRecorded) -> bool:
    """Whether a name denotes a community-empowerment agency, however it is spelled.

    >>> [is_empowerment_agency(n) for n in ("BPMD Kabupaten Banyumas", "Bapermas Kabupaten X",
    ...  "Dinas Pemberdayaan Masyarakat dan Desa", "DPMPD Provinsi Kalimantan Timur",
    ...  "DPMPTSP Kota Samarinda", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak")]
    [True, True, True, True, False, False]
    """
    return isinstance(name, str) and _EMPOWERMENT.search(name) is not None


def office_kind(person: Member | Official | NotRecorded | None) -> OfficeKind | NotRecorded:
    """The recorded kind of office of a member or official (``NOT_RECORDED`` if unknown)."""
    from tkpk_rules.model import NOT_RECORDED

    if not isinstance(person, (Member, Official)):
        return NOT_RECORDED
    office = person.jabatan
    if not isinstance(office, Office):
        return NOT_RECORDED
    return office.jenis


def planning_head(person: Member | Official) -> tuple[bool | None, bool]:
    """Whether ``person`` heads the planning agency, and whether that was inferred.

    Returns ``(answer, inferred)``; ``answer`` is ``None`` when the record
    cannot tell.  The recorded ``jenis`` decides; without it, the agency name
    (``instansi`` or the title) is read: a planning agency with a head's title
    (``Kepala ...``) or no title at all counts as its head, inferred.
    """
    office = person.jabatan
    if not isinstance(office, Office):
        return None, False
    if not isinstance(office.jenis, NotRecorded):
        return office.jenis is OfficeKind.KEPALA_PERENCANAAN, False
    names = [n for n in (office.sebutan, office.instansi) if isinstance(n, str)]
    if not any(is_planning_agency(n) for n in names):
        return None, False
    title = office.sebutan
    if isinstance(title, str):
        return bool(_HEAD_TITLE.search(title)), True
    return True, True


def empowerment_head(person: Member | Official) -> tuple[bool | None, bool]:
    """Whether ``person`` heads the community-empowerment agency, and whether that was inferred.

    Read like :func:`planning_head`: the recorded ``jenis`` decides; without
    it, the agency name and the title are read, and the answer is inferred.

    >>> from tkpk_rules.model import Member, Office
    >>> empowerment_head(Member(jabatan=Office(instansi="Bapermas Kabupaten Banyumas")))
    (True, True)
    >>> empowerment_head(Member(jabatan=Office(jenis=OfficeKind.SEKRETARIS_DAERAH)))
    (False, False)
    """
    office = person.jabatan
    if not isinstance(office, Office):
        return None, False
    if not isinstance(office.jenis, NotRecorded):
        return office.jenis is OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT, False
    names = [n for n in (office.sebutan, office.instansi) if isinstance(n, str)]
    if not any(is_empowerment_agency(n) for n in names):
        return None, False
    title = office.sebutan
    if isinstance(title, str):
        return bool(_HEAD_TITLE.search(title)), True
    return True, True


def acting_label(person: Member | Official | NotRecorded | None) -> str | None:
    """``"plt"``, ``"pj"`` or ``"plh"`` when the person holds the office as acting."""
    if not isinstance(person, (Member, Official)) or not isinstance(person.jabatan, Office):
        return None
    status = person.jabatan.status
    if isinstance(status, ActingStatus) and status.acting:
        return status.value
    return None
