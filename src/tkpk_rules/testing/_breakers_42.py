"""Breakers for the rules added with the 42/2010 rulebook, and a dossier that meets them.

Each breaker takes a dossier that is compliant on ``on`` and returns one in
which exactly its rule no longer is, leaving every other rule's outcome as it
was.  Rules that can never give a violation (no deadline is known, or the
rule is practice) are broken into their non-compliant outcome instead:

===============  ======================================  =========================
code             what the breaker does                   outcome
===============  ======================================  =========================
TKPK42-LDR-001   the penanggung jawab becomes the sekda  violation
TKPK42-LDR-002   the vice-chair heads another agency     violation
TKPK42-LDR-003   the vice-secretary heads Dinas Sosial   violation
TKPK42-DOC-001   the SPKD ends before the year judged    undetermined (advisory)
TKPK42-DOC-002   the SPKD spans seven years              violation
TKPK53-INS-003   the decree names only 42/2010           compliant (advisory)
===============  ======================================  =========================

:func:`compliant_2018` builds a dossier that meets every rule in force on a
day from 2011-01-01 to 2019-12-31, while Permendagri 42/2010 governs (and
every 42/2010 rule up to 2020-10-05, for a caller who fixes the handover).

>>> import datetime as dt
>>> from tkpk_rules.engine import check
>>> on = dt.date(2018, 6, 1)
>>> d = compliant_2018()
>>> check(d, on=on).has_violations
False
>>> [f.code for f in check(BREAKERS["TKPK42-LDR-002"](d, on), on=on).violations]
['TKPK42-LDR-002']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from tkpk_rules.model import (
    DocumentKind,
    DocumentStatus,
    Dossier,
    Element,
    Instrument,
    InstrumentKind,
    Level,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
    PlanningDocument,
    RegionRef,
    Team,
    YearRange,
)
from tkpk_rules.rules._base import team_on
from tkpk_rules.testing._compliant import _DEPUTY, _HEAD, _ISSUER

__all__ = [
    "BREAKERS",
    "Breaker",
    "break_TKPK42_DOC_001",
    "break_TKPK42_DOC_002",
    "break_TKPK42_LDR_001",
    "break_TKPK42_LDR_002",
    "break_TKPK42_LDR_003",
    "break_TKPK53_INS_003",
    "compliant_2018",
]

Breaker = Callable[[Dossier, dt.date], Dossier]

_CODES = {Level.PROVINSI: "64", Level.KABUPATEN: "33.02", Level.KOTA: "64.72"}
# The head, deputy and issuer of each level are the compliant builder's own tables.


def _official(kind: OfficeKind, instansi: str | None = None) -> Member:
    office = Office(jenis=kind) if instansi is None else Office(jenis=kind, instansi=instansi)
    return Member(jabatan=office, unsur=Element.PEMERINTAH_DAERAH)


def compliant_2018(level: Level = Level.KABUPATEN) -> Dossier:
    """A dossier whose team (formed 2011, citing 42/2010) meets every 42/2010 rule to 2020.

    Its SPKDs run 2006-2010, 2011-2015 and 2016-2020, each adopted on its
    first day, so one is in force on every day 42/2010 may govern.
    """
    team = Team(
        nama="Tim Koordinasi Penanggulangan Kemiskinan Daerah",
        pembentukan=Instrument(
            jenis=InstrumentKind.KEPUTUSAN,
            penerbit=_ISSUER[level],
            nomor="460/11/2011",
            tanggal=dt.date(2011, 1, 1),
            dasar_hukum=("Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010",),
        ),
        penanggung_jawab=_official(_HEAD[level]),
        ketua=_official(_DEPUTY[level]),
        wakil_ketua=_official(OfficeKind.SEKRETARIS_DAERAH),
        sekretaris=_official(OfficeKind.KEPALA_PERENCANAAN, "Bappeda"),
        wakil_sekretaris=_official(OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT, "BPMD"),
        anggota=(
            _official(OfficeKind.KEPALA_PERANGKAT_DAERAH, "Dinas Sosial"),
            Member(organisasi="Forum LSM", unsur=Element.MASYARAKAT),
            Member(organisasi="KADIN", unsur=Element.DUNIA_USAHA),
            Member(organisasi="Universitas", unsur=Element.PEMANGKU_KEPENTINGAN_LAINNYA),
        ),
    )
    spkd = tuple(
        PlanningDocument(
            jenis=DocumentKind.SPKD,
            periode=YearRange(mulai=start, selesai=start + 4),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=dt.date(start, 1, 1),
        )
        for start in (2006, 2011, 2016)
    )
    return Dossier(
        wilayah=RegionRef(kode=_CODES[level]),
        tim=team,
        riwayat_tim=(),
        kekosongan_jabatan=(),
        dokumen=spkd,
    )


def _with_team(d: Dossier, on: dt.date, **changes: Any) -> Dossier:
    """``d`` with the team that applies on ``on`` changed."""
    at = team_on(d, on)
    if not isinstance(at.team, Team):
        raise ValueError(f"no team applies on {on.isoformat()}")
    new = attrs.evolve(at.team, **changes)
    if at.path == "tim":
        return attrs.evolve(d, tim=new)
    assert not isinstance(d.riwayat_tim, NotRecorded)
    index = int(at.path.removeprefix("riwayat_tim[").removesuffix("]"))
    history = list(d.riwayat_tim)
    history[index] = new
    return attrs.evolve(d, riwayat_tim=tuple(history))


def _spkds(d: Dossier, on: dt.date) -> list[tuple[int, PlanningDocument]]:
    if isinstance(d.dokumen, NotRecorded):
        raise ValueError("no documents recorded")
    return [
        (i, doc)
        for i, doc in enumerate(d.dokumen)
        if doc.jenis is DocumentKind.SPKD
        and not (isinstance(doc.ditetapkan, dt.date) and doc.ditetapkan > on)
    ]


def _replace_docs(d: Dossier, new: Mapping[int, PlanningDocument]) -> Dossier:
    assert not isinstance(d.dokumen, NotRecorded)
    return attrs.evolve(d, dokumen=tuple(new.get(i, doc) for i, doc in enumerate(d.dokumen)))


def break_TKPK42_LDR_001(d: Dossier, on: dt.date) -> Dossier:
    """The penanggung jawab is the sekda, not the head of region."""
    return _with_team(d, on, penanggung_jawab=_official(OfficeKind.SEKRETARIS_DAERAH))


def break_TKPK42_LDR_002(d: Dossier, on: dt.date) -> Dossier:
    """The vice-chair heads another regional agency, not the sekda."""
    return _with_team(
        d, on, wakil_ketua=_official(OfficeKind.KEPALA_PERANGKAT_DAERAH, "Dinas Kesehatan")
    )


def break_TKPK42_LDR_003(d: Dossier, on: dt.date) -> Dossier:
    """The vice-secretary heads the social affairs office, not the empowerment agency."""
    return _with_team(
        d, on, wakil_sekretaris=_official(OfficeKind.KEPALA_PERANGKAT_DAERAH, "Dinas Sosial")
    )


def break_TKPK42_DOC_001(d: Dossier, on: dt.date) -> Dossier:
    """Every SPKD known on ``on`` is moved to end before ``on``'s year (still five years)."""
    moved = {
        i: attrs.evolve(doc, periode=YearRange(mulai=on.year - 6, selesai=on.year - 2))
        for i, doc in _spkds(d, on)
    }
    return _replace_docs(d, moved)


def break_TKPK42_DOC_002(d: Dossier, on: dt.date) -> Dossier:
    """Every SPKD known on ``on`` spans seven calendar years (still covering ``on``'s year).

    Six calendar years is undetermined, not a violation: a five-year term that starts
    mid-year is often written across six.
    """
    stretched = {
        i: attrs.evolve(doc, periode=YearRange(mulai=on.year - 2, selesai=on.year + 4))
        for i, doc in _spkds(d, on)
    }
    return _replace_docs(d, stretched)


def break_TKPK53_INS_003(d: Dossier, on: dt.date) -> Dossier:
    """The decree of the team in place names Permendagri 42/2010 alone as its basis."""
    at = team_on(d, on)
    if not isinstance(at.team, Team) or not isinstance(at.team.pembentukan, Instrument):
        raise ValueError(f"no recorded decree applies on {on.isoformat()}")
    inst = attrs.evolve(
        at.team.pembentukan, dasar_hukum=("Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010",)
    )
    return _with_team(d, on, pembentukan=inst)


#: Every breaker of this module, by rule code.
BREAKERS: Mapping[str, Breaker] = {
    "TKPK42-LDR-001": break_TKPK42_LDR_001,
    "TKPK42-LDR-002": break_TKPK42_LDR_002,
    "TKPK42-LDR-003": break_TKPK42_LDR_003,
    "TKPK42-DOC-001": break_TKPK42_DOC_001,
    "TKPK42-DOC-002": break_TKPK42_DOC_002,
    "TKPK53-INS-003": break_TKPK53_INS_003,
}
