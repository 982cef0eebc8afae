"""Breakers: for each rule, how to turn a compliant dossier into one that breaks that rule only.

One module per topic, mirroring :mod:`tkpk_rules.rules` (``breakers.meetings``
breaks the rules of ``rules.meetings``); this package holds the shape they
share and the helpers.  Adding a rule to a topic means adding its breaker to
that topic's module, nothing else here.

The shape
=========

A breaker module defines ``BREAKERS: dict[str, Breaker]``, keyed by rule code.
:mod:`tkpk_rules.testing._registry` merges the modules of :data:`MODULES`; a
code registered twice is an error.  Register with :func:`breaks`::

    BREAKERS: dict[str, Breaker] = {}

    @breaks(BREAKERS, "TKPK42-XYZ-001", earliest=E42, latest=dt.date(2019, 12, 31))
    def _no_responsible(d: Dossier, on: dt.date) -> Dossier | st.SearchStrategy[Dossier]:
        return edit_team(d, on, penanggung_jawab=None)

A break function gets a dossier the compliant builder made for ``on`` and
returns the broken dossier, or a strategy of them when there are several ways
to break the rule.  It must never raise on any dossier (return it unchanged
when there is nothing to break), and on a compliant dossier for a date from
``earliest`` to ``latest`` (and a level of the rule) it must give a dossier
whose report breaks that rule and no other (see :func:`is_adverse`).

A rule whose worst outcome is not a violation (a missing implementation report
is only *undetermined*, since no deadline is known) names the message
variants that count as its breach in ``adverse``.

The helpers below (:func:`current_team`, :func:`edit_team`, :func:`edit_docs`,
:func:`edit_meetings`) are meant to be shared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import attrs
from hypothesis import strategies as st

from tkpk_rules.law.regulations import REGULATIONS
from tkpk_rules.law.timeline import HANDOVER_LATEST
from tkpk_rules.model import (
    DocumentKind,
    Dossier,
    Element,
    Issuer,
    Meeting,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
    PlanningDocument,
    Team,
    Topic,
    YearRange,
)
from tkpk_rules.report import Finding

#: The breaker modules, one per topic of the rulebook.
MODULES: tuple[str, ...] = tuple(
    f"tkpk_rules.testing.breakers.{topic}"
    for topic in (
        "formation",
        "instrument",
        "membership",
        "leadership",
        "secretariat",
        "agenda",
        "meetings",
        "documents",
    )
)

__all__ = [
    "E42",
    "E53",
    "MAX_DATE",
    "MODULES",
    "Y53",
    "BreakFunction",
    "Breaker",
    "as_strategy",
    "breaks",
    "current_team",
    "edit_docs",
    "edit_meetings",
    "edit_team",
    "follow_rpjmd",
    "is_adverse",
    "known",
    "level_roles",
    "member_of",
    "official",
    "overlap",
    "rpjmd_for",
    "topics_of",
]

#: What a break function returns: one broken dossier, or a strategy of them.
BreakResult = Dossier | st.SearchStrategy[Dossier]
BreakFunction = Callable[[Dossier, dt.date], BreakResult]

#: The first day Permendagri 42/2010 certainly governs (rules shared by both regimes).
E42 = REGULATIONS["permendagri-42-2010"].latest
#: The first day Permendagri 53/2020 certainly governs.
E53 = HANDOVER_LATEST
#: The first 1 January whose previous year 53/2020 governed throughout (yearly rules).
Y53 = dt.date(HANDOVER_LATEST.year + 2, 1, 1)
MAX_DATE = dt.date(2040, 12, 31)


@attrs.frozen(kw_only=True)
class Breaker:
    """How to break one rule: the function, the dates it works on, the rule's breach.

    ``adverse`` names message variants of the rule that count as broken,
    besides a violation and a departure from practice.
    """

    code: str
    apply: BreakFunction
    earliest: dt.date
    latest: dt.date = MAX_DATE
    adverse: frozenset[str] = frozenset()

    def works_on(self, on: dt.date) -> bool:
        """Whether ``on`` lies in the dates this breaker promises to break the rule on."""
        return self.earliest <= on <= self.latest


def breaks(
    registry: dict[str, Breaker],
    code: str,
    *,
    earliest: dt.date,
    latest: dt.date = MAX_DATE,
    adverse: Iterable[str] = (),
) -> Callable[[BreakFunction], BreakFunction]:
    """Decorator: register the function as the breaker of rule ``code`` in ``registry``."""

    def wrap(function: BreakFunction) -> BreakFunction:
        if code in registry:
            raise ValueError(f"two breakers for {code}")
        registry[code] = Breaker(
            code=code,
            apply=function,
            earliest=earliest,
            latest=latest,
            adverse=frozenset(adverse),
        )
        return function

    return wrap


def is_adverse(finding: Finding, adverse: Iterable[str] = ()) -> bool:
    """Whether a finding shows its rule broken: it asks the reader to act.

    A violation; an advisory (a departure from practice, which rules of
    support ``practice`` give instead of violations, a yearly duty at risk, a
    lapsed document...); or one of the rule's ``adverse`` variants, for a
    rule whose worst outcome is a plain *undetermined*.
    """
    from tkpk_rules.report import Outcome, Severity

    if finding.outcome is Outcome.VIOLATION or finding.severity is Severity.ADVISORY:
        return True
    return finding.variant in set(adverse)


# -- helpers ---------------------------------------------------------------------------


def level_roles(d: Dossier) -> tuple[OfficeKind, OfficeKind, Issuer]:
    """The head's and the deputy head's office and the issuer for the dossier's region."""
    from tkpk_rules.engine import level_of
    from tkpk_rules.judge import DEPUTY_HEAD, HEAD, ISSUER
    from tkpk_rules.testing._compliant import role_level

    level = role_level(level_of(d))
    return HEAD[level], DEPUTY_HEAD[level], ISSUER[level]


def current_team(d: Dossier, on: dt.date) -> tuple[str, Team] | None:
    """The team that applies on ``on`` and its path (``tim`` or ``riwayat_tim[i]``)."""
    from tkpk_rules.judge import team_on

    at = team_on(d, on)
    return (at.path, at.team) if isinstance(at.team, Team) else None


def _put_team(d: Dossier, path: str, team: Team) -> Dossier:
    if path == "tim":
        return attrs.evolve(d, tim=team)
    index = int(path[len("riwayat_tim[") : -1])
    history = list(d.riwayat_tim) if isinstance(d.riwayat_tim, tuple) else []
    history[index] = team
    return attrs.evolve(d, riwayat_tim=tuple(history))


def edit_team(d: Dossier, on: dt.date, **changes: Any) -> Dossier:
    """The dossier with the team that applies on ``on`` changed (unchanged if none does)."""
    found = current_team(d, on)
    if found is None:
        return d
    path, team = found
    return _put_team(d, path, attrs.evolve(team, **changes))


def edit_docs(d: Dossier, change: Callable[[PlanningDocument], PlanningDocument | None]) -> Dossier:
    """The dossier with ``change`` applied to every document (``None`` drops it)."""
    if not isinstance(d.dokumen, tuple):
        return d
    kept = (change(doc) for doc in d.dokumen)
    return attrs.evolve(d, dokumen=tuple(doc for doc in kept if doc is not None))


def edit_meetings(d: Dossier, change: Callable[[Meeting], Meeting]) -> Dossier:
    """The dossier with ``change`` applied to every meeting."""
    if not isinstance(d.rapat_koordinasi, tuple):
        return d
    return attrs.evolve(d, rapat_koordinasi=tuple(change(m) for m in d.rapat_koordinasi))


def topics_of(m: Meeting) -> tuple[Topic, ...]:
    return () if isinstance(m.pembahasan, NotRecorded) else m.pembahasan


def member_of(kind: OfficeKind) -> Member:
    return Member(jabatan=Office(jenis=kind), unsur=Element.PEMERINTAH_DAERAH)


def known(doc: PlanningDocument, on: dt.date) -> bool:
    from tkpk_rules.judge import known_on

    return known_on(doc, on)


def overlap(a: YearRange, b: YearRange) -> bool:
    return a.mulai <= b.selesai and b.mulai <= a.selesai


def as_strategy(result: BreakResult) -> st.SearchStrategy[Dossier]:
    return result if isinstance(result, st.SearchStrategy) else st.just(result)


def official(kind: OfficeKind, instansi: str | None = None) -> Member:
    """A regional-government member holding an office of ``kind`` (at ``instansi``)."""
    office = Office(jenis=kind) if instansi is None else Office(jenis=kind, instansi=instansi)
    return Member(jabatan=office, unsur=Element.PEMERINTAH_DAERAH)


def rpjmd_for(period: YearRange) -> PlanningDocument:
    """An RPJMD of ``period`` with no adoption date: the RPJMD an added RPKD goes with."""
    return PlanningDocument(jenis=DocumentKind.RPJMD, periode=period)


def follow_rpjmd(
    docs: tuple[PlanningDocument, ...], old: object, new: object
) -> tuple[PlanningDocument, ...]:
    """``docs`` with every RPJMD of period ``old`` moved to ``new`` (an RPKD's period moved).

    The RPKD's period is the RPJMD's (``53.rpkd``): a breaker that changes one changes
    the other, so that only the rule it aims at breaks.
    """
    if old == new or not isinstance(old, YearRange) or not isinstance(new, YearRange):
        return docs
    return tuple(
        attrs.evolve(x, periode=new) if x.jenis is DocumentKind.RPJMD and x.periode == old else x
        for x in docs
    )
