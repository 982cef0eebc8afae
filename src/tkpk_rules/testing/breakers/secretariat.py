"""Breakers of the rules on the secretariat.

The mirror of :mod:`tkpk_rules.rules.secretariat`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import (
    Dossier,
    Issuer,
    NotRecorded,
)
from tkpk_rules.testing.breakers import (
    E53,
    Breaker,
    BreakResult,
    breaks,
    level_roles,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


def _secretariat_broken(d: Dossier, on: dt.date) -> BreakResult:
    sec = d.sekretariat
    options = [attrs.evolve(d, sekretariat=None)]
    if not isinstance(sec, (NotRecorded, type(None))) and not isinstance(
        sec.pembentukan, NotRecorded
    ):
        expected = level_roles(d)[2]
        for issuer in Issuer:
            if issuer is not expected:
                inst = attrs.evolve(sec.pembentukan, penerbit=issuer)
                if isinstance(inst.tanggal, NotRecorded):
                    # An undated decree may not have existed yet: date it before the day.
                    inst = attrs.evolve(inst, tanggal=on - dt.timedelta(days=30))
                options.append(attrs.evolve(d, sekretariat=attrs.evolve(sec, pembentukan=inst)))
    return st.sampled_from(options)


BREAKERS["TKPK53-SEC-001"] = Breaker(code="TKPK53-SEC-001", apply=_secretariat_broken, earliest=E53)


BREAKERS["TKPK53-SEC-002"] = Breaker(code="TKPK53-SEC-002", apply=_secretariat_broken, earliest=E53)


@breaks(BREAKERS, "TKPK53-SEC-003", earliest=E53)
def _secretariat_elsewhere(d: Dossier, on: dt.date) -> BreakResult:
    """The secretariat sits outside the planning agency (practice: a departure)."""
    sec = d.sekretariat
    if isinstance(sec, (NotRecorded, type(None))):
        return d
    seats = ["Dinas Sosial", "Sekretariat Daerah", "Bagian Kesra Setda", "Dinas PMD"]
    return st.sampled_from(seats).map(
        lambda s: attrs.evolve(d, sekretariat=attrs.evolve(sec, kedudukan=s))
    )
