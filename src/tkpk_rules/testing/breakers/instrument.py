"""Breakers of the rules on the forming instrument.

The mirror of :mod:`tkpk_rules.rules.instrument`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import (
    Dossier,
    Instrument,
    InstrumentKind,
    Issuer,
    NotRecorded,
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
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


def _edit_instrument(d: Dossier, on: dt.date, **changes: Any) -> Dossier:
    found = current_team(d, on)
    if found is None or isinstance(found[1].pembentukan, NotRecorded):
        return d
    return edit_team(d, on, pembentukan=attrs.evolve(found[1].pembentukan, **changes))


@breaks(BREAKERS, "TKPK53-INS-001", earliest=E42)
def _wrong_issuer(d: Dossier, on: dt.date) -> BreakResult:
    """The forming decree issued by someone other than the head of region."""
    expected = level_roles(d)[2]
    others = [i for i in Issuer if i is not expected]
    return st.sampled_from(others).map(lambda i: _edit_instrument(d, on, penerbit=i))


@breaks(BREAKERS, "TKPK53-INS-002", earliest=E42)
def _regulation(d: Dossier, on: dt.date) -> BreakResult:
    """A peraturan instead of a keputusan (practice: a departure, not a violation)."""
    return _edit_instrument(d, on, jenis=InstrumentKind.PERATURAN)


@breaks(BREAKERS, "TKPK53-INS-003", earliest=E53)
def _decree_names_only_42(d: Dossier, on: dt.date) -> BreakResult:
    """The decree of the team in place names Permendagri 42/2010 alone as its basis."""
    found = current_team(d, on)
    if found is None or not isinstance(found[1].pembentukan, Instrument):
        return d
    inst = attrs.evolve(
        found[1].pembentukan,
        dasar_hukum=("Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010",),
    )
    return edit_team(d, on, pembentukan=inst)
