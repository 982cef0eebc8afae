"""Breakers of the rules on the four elements of membership.

The mirror of :mod:`tkpk_rules.rules.membership`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import (
    Dossier,
    Element,
    Member,
    NotRecorded,
)
from tkpk_rules.testing.breakers import (
    E42,
    Breaker,
    BreakResult,
    breaks,
    current_team,
    edit_team,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


def _strip_element(members: Iterable[Member], element: Element) -> tuple[Member, ...]:
    from tkpk_rules.rules.membership import classify

    return tuple(m for m in members if classify(m)[0] not in (element, None))


def _without_element(d: Dossier, on: dt.date, element: Element) -> Dossier:
    from tkpk_rules.rules.membership import classify

    found = current_team(d, on)
    if found is None:
        return d
    team = found[1]
    anggota = () if isinstance(team.anggota, NotRecorded) else team.anggota
    # Working groups' members count as members: the record must say who they are (none
    # where it did not say), or the rule cannot tell that the element is missing.
    groups = team.kelompok_kerja if isinstance(team.kelompok_kerja, tuple) else ()
    groups = tuple(
        attrs.evolve(
            g,
            koordinator=(
                g.koordinator
                if isinstance(g.koordinator, Member)
                and classify(g.koordinator)[0] not in (element, None)
                else None
            ),
            anggota=_strip_element(g.anggota, element) if isinstance(g.anggota, tuple) else (),
        )
        for g in groups
    )
    posts = {}
    for post in ("penanggung_jawab", "ketua", "wakil_ketua", "sekretaris", "wakil_sekretaris"):
        person = getattr(team, post)
        if isinstance(person, Member) and classify(person)[0] is element:
            posts[post] = attrs.evolve(person, unsur=Element.PEMERINTAH_DAERAH)
    return edit_team(
        d, on, anggota=_strip_element(anggota, element), kelompok_kerja=groups, **posts
    )


@breaks(BREAKERS, "TKPK53-MEM-001", earliest=E42)
def _missing_element(d: Dossier, on: dt.date) -> BreakResult:
    """No member from one of the three elements outside regional government."""
    outside = [Element.MASYARAKAT, Element.DUNIA_USAHA, Element.PEMANGKU_KEPENTINGAN_LAINNYA]
    return st.sampled_from(outside).map(lambda e: _without_element(d, on, e))
