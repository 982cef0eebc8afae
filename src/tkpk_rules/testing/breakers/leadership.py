"""Breakers of the rules on the posts of the team (53/2020 and 42/2010).

The mirror of :mod:`tkpk_rules.rules.leadership`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from tkpk_rules.law.timeline import HANDOVER_EARLIEST
from tkpk_rules.model import (
    ActingStatus,
    Dossier,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
)
from tkpk_rules.testing.breakers import (
    E42,
    E53,
    Breaker,
    BreakResult,
    breaks,
    current_team,
    edit_team,
    level_roles,
    member_of,
    official,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


def _no_vacancy_of(d: Dossier, office: OfficeKind) -> Dossier:
    vacancies = d.kekosongan_jabatan
    kept = () if isinstance(vacancies, NotRecorded) else vacancies
    return attrs.evolve(d, kekosongan_jabatan=tuple(v for v in kept if v.jabatan is not office))


@breaks(BREAKERS, "TKPK53-LDR-001", earliest=E42)
def _chair_not_deputy(d: Dossier, on: dt.date) -> BreakResult:
    """The chair is not the deputy head, and no vacancy of the deputy head is recorded."""
    _, deputy, _ = level_roles(d)
    heads = {
        OfficeKind.WAKIL_GUBERNUR,
        OfficeKind.WAKIL_BUPATI,
        OfficeKind.WAKIL_WALI_KOTA,
        OfficeKind.GUBERNUR,
        OfficeKind.BUPATI,
        OfficeKind.WALI_KOTA,
    }
    kinds = [k for k in OfficeKind if k not in heads]

    def chair(kind: OfficeKind | None) -> Dossier:
        changes: dict[str, object] = {"ketua": None if kind is None else member_of(kind)}
        if kind is not OfficeKind.SEKRETARIS_DAERAH:
            # Keep the practice of a sekda vice-chair (TKPK53-LDR-003) followed.
            changes["wakil_ketua"] = member_of(OfficeKind.SEKRETARIS_DAERAH)
        found = current_team(d, on)
        head = found[1].penanggung_jawab if found is not None else None
        office = head.jabatan if isinstance(head, Member) else None
        if (
            isinstance(head, Member)
            and isinstance(office, Office)
            and office.status is (ActingStatus.PJ)
        ):
            # A Penjabat head leaves the deputy's post open (the rule is undetermined).
            defined = attrs.evolve(office, status=ActingStatus.DEFINITIF)
            changes["penanggung_jawab"] = attrs.evolve(head, jabatan=defined)
        return edit_team(_no_vacancy_of(d, deputy), on, **changes)

    return st.sampled_from([None, *kinds]).map(chair)


@breaks(BREAKERS, "TKPK53-LDR-002", earliest=E42)
def _secretary_not_planning(d: Dossier, on: dt.date) -> BreakResult:
    """The secretary is not the head of the planning agency (or there is none)."""
    kinds = [
        k
        for k in OfficeKind
        if k not in (OfficeKind.KEPALA_PERENCANAAN, OfficeKind.KEPALA_PERANGKAT_DAERAH)
    ]
    options: list[Member | None] = [None, *(member_of(k) for k in kinds)]
    options.append(Member(jabatan=Office(sebutan="Sekretaris Bappeda", instansi="Bappeda")))
    # The head of an agency the record names as another one (of no agency named, it may
    # be the planning agency under a name the library does not know: undetermined).
    head = Office(jenis=OfficeKind.KEPALA_PERANGKAT_DAERAH, instansi="Dinas Sosial")
    options.append(Member(jabatan=head))
    return st.sampled_from(options).map(lambda m: edit_team(d, on, sekretaris=m))


@breaks(BREAKERS, "TKPK53-LDR-003", earliest=E53)
def _vice_not_sekda(d: Dossier, on: dt.date) -> BreakResult:
    """Neither the vice-chair nor the chair is the sekda (practice: a departure)."""
    _, deputy, _ = level_roles(d)
    kinds = [k for k in OfficeKind if k is not OfficeKind.SEKRETARIS_DAERAH]

    def vice(person: Member | None) -> Dossier:
        found = current_team(d, on)
        if found is None:
            return d
        from tkpk_rules.judge import office_kind

        changes: dict[str, object] = {"wakil_ketua": person}
        if office_kind(found[1].ketua) is OfficeKind.SEKRETARIS_DAERAH:
            # A sekda in the chair satisfies the practice: seat the deputy head instead.
            changes["ketua"] = member_of(deputy)
        return edit_team(d, on, **changes)

    return st.sampled_from([None, *(member_of(k) for k in kinds)]).map(vice)


# -- Permendagri 42/2010 only --------------------------------------------------------------

#: The last day Permendagri 42/2010 may govern (the handover may come as late as this).
LAST_42 = HANDOVER_EARLIEST - dt.timedelta(days=1)


@breaks(BREAKERS, "TKPK42-LDR-001", earliest=E42, latest=LAST_42)
def _responsible_not_head(d: Dossier, on: dt.date) -> BreakResult:
    """The penanggung jawab is the sekda, not the head of region."""
    return edit_team(d, on, penanggung_jawab=official(OfficeKind.SEKRETARIS_DAERAH))


@breaks(BREAKERS, "TKPK42-LDR-002", earliest=E42, latest=LAST_42)
def _vice_chair_not_sekda(d: Dossier, on: dt.date) -> BreakResult:
    """The vice-chair heads another regional agency, not the sekda."""
    return edit_team(
        d, on, wakil_ketua=official(OfficeKind.KEPALA_PERANGKAT_DAERAH, "Dinas Kesehatan")
    )


@breaks(BREAKERS, "TKPK42-LDR-003", earliest=E42, latest=LAST_42)
def _vice_secretary_elsewhere(d: Dossier, on: dt.date) -> BreakResult:
    """The vice-secretary heads the social affairs office, not the empowerment agency."""
    return edit_team(
        d, on, wakil_sekretaris=official(OfficeKind.KEPALA_PERANGKAT_DAERAH, "Dinas Sosial")
    )
