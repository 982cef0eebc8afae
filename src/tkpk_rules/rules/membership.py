"""Membership: the four elements (``53.elements``).

Membership is drawn from four elements (unsur): regional government
(pemerintah daerah), community (masyarakat), business (dunia usaha) and other
stakeholders (pemangku kepentingan lainnya).  No minimum or maximum size is
known, so none is checked.

The members judged are the leadership posts, ``anggota`` and the working
groups' coordinators and members.  A member's own ``unsur`` always wins.
Where it is not stated, the library classifies the member by
:data:`DEFAULT_ELEMENT` (its ``kategori``), else by :data:`OFFICE_ELEMENT`
(its kind of office), and says so in the finding's facts.  These defaults are
the library's choice, not the law's:

==========================  ================================
kategori                    default element
==========================  ================================
perangkat_daerah            pemerintah_daerah
pemerintah_desa             pemangku_kepentingan_lainnya (a village is not a *daerah*)
instansi_vertikal (BPS...)  pemangku_kepentingan_lainnya (central, not regional, government)
bumn, bumd, swasta          dunia_usaha
pkk, lsm, tokoh_masyarakat,
organisasi_keagamaan        masyarakat
perguruan_tinggi, media     pemangku_kepentingan_lainnya
lainnya                     (none: undetermined)
==========================  ================================

>>> from tkpk_rules.model import Member, MemberCategory, Element
>>> classify(Member(kategori=MemberCategory.PKK))
(<Element.MASYARAKAT: 'masyarakat'>, 'kategori')
>>> classify(Member(kategori=MemberCategory.PKK, unsur=Element.DUNIA_USAHA))
(<Element.DUNIA_USAHA: 'dunia_usaha'>, 'unsur')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from tkpk_rules.law import Citation
from tkpk_rules.model import (
    Element,
    Member,
    MemberCategory,
    NotRecorded,
    Office,
    OfficeKind,
    Team,
)
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, under_42, verdict
from tkpk_rules.rules.formation import TEAM, the_team

__all__ = ["DEFAULT_ELEMENT", "ELEMENTS", "OFFICE_ELEMENT", "classify", "team_members"]

_E = Element
_C = MemberCategory

#: The element a member is counted in when only its category is recorded.
DEFAULT_ELEMENT: Mapping[MemberCategory, Element | None] = {
    _C.PERANGKAT_DAERAH: _E.PEMERINTAH_DAERAH,
    _C.PEMERINTAH_DESA: _E.PEMANGKU_KEPENTINGAN_LAINNYA,
    _C.INSTANSI_VERTIKAL: _E.PEMANGKU_KEPENTINGAN_LAINNYA,
    _C.BUMN: _E.DUNIA_USAHA,
    _C.BUMD: _E.DUNIA_USAHA,
    _C.SWASTA: _E.DUNIA_USAHA,
    _C.PKK: _E.MASYARAKAT,
    _C.PERGURUAN_TINGGI: _E.PEMANGKU_KEPENTINGAN_LAINNYA,
    _C.LSM: _E.MASYARAKAT,
    _C.TOKOH_MASYARAKAT: _E.MASYARAKAT,
    _C.ORGANISASI_KEAGAMAAN: _E.MASYARAKAT,
    _C.MEDIA: _E.PEMANGKU_KEPENTINGAN_LAINNYA,
    _C.LAINNYA: None,
}

_K = OfficeKind
#: The element a member is counted in when only the kind of office is recorded.
OFFICE_ELEMENT: Mapping[OfficeKind, Element | None] = {
    **dict.fromkeys(
        (
            _K.GUBERNUR,
            _K.WAKIL_GUBERNUR,
            _K.BUPATI,
            _K.WAKIL_BUPATI,
            _K.WALI_KOTA,
            _K.WAKIL_WALI_KOTA,
            _K.SEKRETARIS_DAERAH,
            _K.ASISTEN_SEKRETARIS_DAERAH,
            _K.KEPALA_PERENCANAAN,
            _K.KEPALA_PEMBERDAYAAN_MASYARAKAT,
            _K.KEPALA_PERANGKAT_DAERAH,
            _K.PEJABAT_PERANGKAT_DAERAH,
        ),
        _E.PEMERINTAH_DAERAH,
    ),
    _K.PIMPINAN_INSTANSI_VERTIKAL: _E.PEMANGKU_KEPENTINGAN_LAINNYA,
    _K.LAINNYA: None,
}

#: The four elements, in the order the law lists them.
ELEMENTS: tuple[Element, ...] = tuple(Element)

_POSTS = ("penanggung_jawab", "ketua", "wakil_ketua", "sekretaris", "wakil_sekretaris")


def classify(member: Member) -> tuple[Element | None, str | None]:
    """A member's element and how it was found: ``unsur``, ``kategori``, ``jabatan`` or ``None``."""
    if isinstance(member.unsur, Element):
        return member.unsur, "unsur"
    if isinstance(member.kategori, MemberCategory):
        element = DEFAULT_ELEMENT[member.kategori]
        if element is not None:
            return element, "kategori"
    if isinstance(member.jabatan, Office) and isinstance(member.jabatan.jenis, OfficeKind):
        element = OFFICE_ELEMENT[member.jabatan.jenis]
        if element is not None:
            return element, "jabatan"
    return None, None


def team_members(team: Team, path: str) -> Iterator[tuple[str, Member]]:
    """Every member of the team with its path: leadership, ``anggota``, working groups."""
    for post in _POSTS:
        value = getattr(team, post)
        if isinstance(value, Member):
            yield f"{path}.{post}", value
    if not isinstance(team.anggota, NotRecorded):
        for i, m in enumerate(team.anggota):
            yield f"{path}.anggota[{i}]", m
    if not isinstance(team.kelompok_kerja, NotRecorded):
        for i, group in enumerate(team.kelompok_kerja):
            if isinstance(group.koordinator, Member):
                yield f"{path}.kelompok_kerja[{i}].koordinator", group.koordinator
            if not isinstance(group.anggota, NotRecorded):
                for j, m in enumerate(group.anggota):
                    yield f"{path}.kelompok_kerja[{i}].anggota[{j}]", m


def _label(member: Member) -> str:
    """How a finding names a member: by office or body first, the person's name last.

    The title (``jabatan.sebutan``), the member's organisation, then the
    agency (``jabatan.instansi``); the name only when none of these is
    recorded.  A report on a redacted dossier so still says who is meant.
    """
    office = member.jabatan if isinstance(member.jabatan, Office) else None
    for value in (
        office.sebutan if office else None,
        member.organisasi,
        office.instansi if office else None,
        member.nama,
    ):
        if isinstance(value, str) and value.strip():
            return value
    return "(tanpa nama / unnamed)"


def _census(team: Team, path: str) -> tuple[Mapping[str, int], Mapping[str, int], tuple[str, ...]]:
    """Members per element, defaults used, labels of members with no element."""
    found: Counter[str] = Counter()
    defaults: Counter[str] = Counter()
    unknown: list[str] = []
    for _, member in team_members(team, path):
        element, how = classify(member)
        if element is None:
            unknown.append(_label(member))
            continue
        found[element.value] += 1
        if how in ("kategori", "jabatan"):
            basis = member.kategori if how == "kategori" else member.jabatan.jenis  # type: ignore[union-attr]
            defaults[f"{how}={basis.value} -> {element.value}"] += 1
    return MappingProxyType(dict(found)), MappingProxyType(dict(defaults)), tuple(unknown)


@rule(
    "TKPK53-MEM-001",
    "53.elements",
    regimes=(R42, R53),
    also_cited=(Citation(regulation="perpres-15-2010"), Citation(regulation=R42)),
    bases=(under_42("42.members", Citation(regulation="perpres-15-2010")),),
    requires=(TEAM,),
    lists=("{team}.kelompok_kerja", "{team}.kelompok_kerja[].anggota"),  # they count too
    messages={
        "title": (
            "Anggota dari empat unsur",
            "Members from the four elements",
        ),
        "all_four_stated": (
            "Keempat unsur terwakili ({jumlah} anggota).",
            "All four elements are represented ({jumlah} members).",
        ),
        "all_four_default": (
            "Keempat unsur terwakili ({jumlah} anggota; {bawaan} diklasifikasikan dengan"
            " klasifikasi bawaan pustaka karena unsurnya tidak dicatat, lihat fakta).",
            "All four elements are represented ({jumlah} members; {bawaan} classified by the"
            " library's default because their element is not recorded, see facts).",
        ),
        "all_four_default.action": (
            "Jika klasifikasi bawaan tidak tepat, catat 'unsur' anggota tersebut.",
            "If a default classification is wrong, record that member's 'unsur'.",
        ),
        "members_not_recorded": (
            "Daftar anggota tidak dicatat; unsur yang belum tampak: {kurang}.",
            "The member list is not recorded; elements not yet seen: {kurang}.",
        ),
        "members_not_recorded.action": (
            "Catat daftar anggota (tim.anggota) beserta unsurnya.",
            "Record the member list (tim.anggota) with each member's element.",
        ),
        "unclassified": (
            "Unsur yang belum tampak: {kurang}; {tanpa_unsur} anggota tidak dapat"
            " diklasifikasikan.",
            "Elements not seen: {kurang}; {tanpa_unsur} members cannot be classified.",
        ),
        "unclassified.action": (
            "Catat 'unsur' atau 'kategori' anggota yang tercantum di fakta 'anggota_tanpa_unsur'.",
            "Record 'unsur' or 'kategori' for the members listed in 'anggota_tanpa_unsur'.",
        ),
        "groups_not_recorded": (
            "Unsur yang belum tampak: {kurang}; anggota kelompok kerja, yang juga dihitung"
            " sebagai anggota tim, tidak dicatat.",
            "Elements not seen: {kurang}; the working groups' members, who count as members of"
            " the team too, are not recorded.",
        ),
        "groups_not_recorded.action": (
            "Catat kelompok kerja (kelompok_kerja) dengan koordinator dan anggotanya, atau"
            " daftar kosong bila tidak ada.",
            "Record the working groups (kelompok_kerja) with their coordinators and members, or"
            " an empty list if there are none.",
        ),
        "missing_elements": (
            "Unsur keanggotaan yang tidak terwakili: {kurang}.",
            "Elements with no member: {kurang}.",
        ),
        "missing_elements.action": (
            "Tambahkan anggota dari unsur tersebut dalam keputusan pembentukan.",
            "Add members from those elements in the forming decree.",
        ),
    },
)
def ELEMENTS_RULE(ctx: Context) -> Iterator[Verdict]:
    """Members come from all four elements."""
    team, path = the_team(ctx), ctx.team.path
    # The same team on every date: counted once per dossier.  The entry holds the team,
    # so its id() cannot be reused while the entry lives.
    kept = ctx.lasting(("elements", id(team), path), lambda: (team, _census(team, path)))
    found, defaults, unknown = kept[1]
    absent = [e.value for e in ELEMENTS if e.value not in found]
    used: dict[str, object] = {
        "anggota_per_unsur": tuple(f"{e.value}: {found.get(e.value, 0)}" for e in ELEMENTS),
        "klasifikasi_bawaan": tuple(f"{k} ({n})" for k, n in sorted(defaults.items())),
        "anggota_tanpa_unsur": tuple(sorted(unknown)),
        "unsur_tidak_ada": tuple(absent),
    }
    if not absent:
        yield verdict(
            Outcome.COMPLIANT,
            "all_four_default" if defaults else "all_four_stated",
            path,
            used=used,
            jumlah=sum(found.values()),
            bawaan=sum(defaults.values()),
        )
        return
    if isinstance(team.anggota, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "members_not_recorded",
            path,
            used=used,
            missing=(f"{path}.anggota",),
            kurang=tuple(absent),
        )
        return
    if unknown:
        yield verdict(
            Outcome.UNDETERMINED,
            "unclassified",
            path,
            used=used,
            missing=(f"{path}.anggota[*].unsur",),
            kurang=tuple(absent),
            tanpa_unsur=len(unknown),
        )
        return
    groups = _groups_open(team, path)
    if groups:
        # Members of the working groups count too (team_members): not recorded, they may
        # hold the element not seen.
        yield verdict(
            Outcome.UNDETERMINED,
            "groups_not_recorded",
            path,
            used=used,
            missing=groups,
            kurang=tuple(absent),
        )
        return
    yield verdict(Outcome.VIOLATION, "missing_elements", path, used=used, kurang=tuple(absent))


def _groups_open(team: Team, path: str) -> tuple[str, ...]:
    """The paths of the working groups' members the record leaves open."""
    groups = team.kelompok_kerja
    if isinstance(groups, NotRecorded):
        return (f"{path}.kelompok_kerja",)
    out: list[str] = []
    for i, group in enumerate(groups):
        if isinstance(group.koordinator, NotRecorded):
            out.append(f"{path}.kelompok_kerja[{i}].koordinator")
        if isinstance(group.anggota, NotRecorded):
            out.append(f"{path}.kelompok_kerja[{i}].anggota")
    return tuple(out)


RULES = (ELEMENTS_RULE,)
