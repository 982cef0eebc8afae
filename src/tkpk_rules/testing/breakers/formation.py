"""Breakers of the rules on forming a team.

The mirror of :mod:`tkpk_rules.rules.formation`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import (
    Dossier,
    NotRecorded,
    Team,
)
from tkpk_rules.testing.breakers import (
    E42,
    Breaker,
    BreakResult,
    breaks,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


@breaks(BREAKERS, "TKPK53-FRM-001", earliest=E42)
def _no_team(d: Dossier, on: dt.date) -> BreakResult:
    """No team on the date: none recorded, or every team formed after it."""
    later = on + dt.timedelta(days=1)

    def formed_later(team: Team) -> Team:
        inst = team.pembentukan
        if isinstance(inst, NotRecorded):
            return team
        return attrs.evolve(team, pembentukan=attrs.evolve(inst, tanggal=later))

    gone = attrs.evolve(d, tim=None, riwayat_tim=())
    if isinstance(d.tim, Team) and not isinstance(d.tim.pembentukan, NotRecorded):
        return st.sampled_from([gone, attrs.evolve(d, tim=formed_later(d.tim), riwayat_tim=())])
    return gone
