"""Breakers of the rules on the annual work agenda.

The mirror of :mod:`tkpk_rules.rules.agenda`: one breaker per rule of that module.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import (
    AgendaItem,
    AgendaItemKind,
    Dossier,
    NotRecorded,
    Topic,
)
from tkpk_rules.testing.breakers import (
    Y53,
    Breaker,
    BreakResult,
    breaks,
)

__all__ = ["BREAKERS"]

#: This topic's breakers, by rule code.
BREAKERS: dict[str, Breaker] = {}


@breaks(BREAKERS, "TKPK53-AGD-001", earliest=Y53)
def _no_agenda(d: Dossier, on: dt.date) -> BreakResult:
    """No annual agenda for the year before ``on``."""
    if not isinstance(d.agenda_kerja, tuple):
        return d
    year = on.year - 1
    return attrs.evolve(d, agenda_kerja=tuple(a for a in d.agenda_kerja if a.tahun != year))


_ITEM_TOPIC = {
    Topic.RAT: AgendaItemKind.PENYUSUNAN_RAT,
    Topic.LAPORAN_PELAKSANAAN: AgendaItemKind.LAPORAN_PELAKSANAAN,
}


def _agenda_without(d: Dossier, year: int, topic: Topic) -> Dossier:
    if not isinstance(d.agenda_kerja, tuple):
        return d

    def strip(item: AgendaItem) -> AgendaItem | None:
        if item.kegiatan is _ITEM_TOPIC[topic]:
            return None
        if isinstance(item.pembahasan, tuple) and topic in item.pembahasan:
            return attrs.evolve(item, pembahasan=tuple(t for t in item.pembahasan if t != topic))
        if isinstance(item.pembahasan, NotRecorded) and item.kegiatan not in _ITEM_TOPIC.values():
            # A meeting whose topics are not recorded may hold the work: say it holds none.
            return attrs.evolve(item, pembahasan=())
        return item

    agendas = []
    for a in d.agenda_kerja:
        if a.tahun == year:
            items = () if isinstance(a.kegiatan, NotRecorded) else a.kegiatan
            kept = tuple(i for i in map(strip, items) if i is not None)
            a = attrs.evolve(a, kegiatan=kept)
            if isinstance(a.ditetapkan, NotRecorded):
                # An agenda of no recorded adoption may not have existed yet: date it.
                a = attrs.evolve(a, ditetapkan=dt.date(year - 1, 12, 15))
        agendas.append(a)
    return attrs.evolve(d, agenda_kerja=tuple(agendas))


@breaks(BREAKERS, "TKPK53-AGD-002", earliest=Y53)
def _agenda_incomplete(d: Dossier, on: dt.date) -> BreakResult:
    """Last year's agenda plans no RAT (or no implementation report)."""
    topics = [Topic.RAT, Topic.LAPORAN_PELAKSANAAN]
    return st.sampled_from(topics).map(lambda t: _agenda_without(d, on.year - 1, t))
