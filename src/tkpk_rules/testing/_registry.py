"""Every breaker and compliant builder, merged; ``violating`` and ``broken_rules``."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from functools import cache
from types import ModuleType

from hypothesis import strategies as st

from tkpk_rules.model import Dossier, Level
from tkpk_rules.report import Finding, Report
from tkpk_rules.testing._compliant import COMPLIANT_RANGE, CompliantBuilder, builder_for
from tkpk_rules.testing.breakers import MODULES, Breaker, BreakResult, is_adverse

__all__ = [
    "BREAKER_MODULES",
    "breakable_dates",
    "breakers",
    "broken_rules",
    "compliant_builders",
    "compliant_dossiers",
    "finding_is_adverse",
    "violating",
]

#: The modules that hold breakers, one per topic of the rulebook.
BREAKER_MODULES: tuple[str, ...] = MODULES


def _modules() -> list[ModuleType]:
    found = []
    for name in BREAKER_MODULES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


@cache
def breakers() -> Mapping[str, Breaker]:
    """Every registered breaker, by rule code.

    A module may register plain functions ``(dossier, on) -> dossier`` instead
    of :class:`Breaker` objects: they are wrapped by :func:`_adapt`.

    >>> from tkpk_rules.rules import RULEBOOK
    >>> sorted(breakers()) == sorted(r.code for r in RULEBOOK)
    True
    """
    merged: dict[str, Breaker] = {}
    for module in _modules():
        for code, breaker in getattr(module, "BREAKERS", {}).items():
            if code in merged:
                raise ValueError(f"{code} has a breaker in two modules")
            merged[code] = breaker if isinstance(breaker, Breaker) else _adapt(code, breaker)
    return merged


def _adapt(code: str, function: Callable[[Dossier, dt.date], Dossier]) -> Breaker:
    """A :class:`Breaker` for a plain function, its dates taken from the rule's regimes.

    A rule of 42/2010 alone is broken on dates 42/2010 certainly governs; one
    of 53/2020 alone from the day 53/2020 certainly governs (a yearly rule
    from the first 1 January after a whole year of it); a shared rule on both.
    A function that raises on a dossier it cannot break leaves it unchanged.
    """
    from tkpk_rules.law.timeline import HANDOVER_EARLIEST
    from tkpk_rules.rules import R42, R53, by_code
    from tkpk_rules.testing.breakers import E42, E53, MAX_DATE, Y53

    try:
        rule = by_code(code)
    except KeyError:
        regimes: frozenset[str] = frozenset({R42, R53})
        yearly = False
    else:
        regimes, yearly = rule.regimes, rule.yearly
    earliest = E42 if R42 in regimes else (Y53 if yearly else E53)
    latest = MAX_DATE if R53 in regimes else HANDOVER_EARLIEST - dt.timedelta(days=1)

    def apply(d: Dossier, on: dt.date) -> Dossier:
        try:
            return function(d, on)
        except (ValueError, AssertionError):
            return d

    return Breaker(code=code, apply=apply, earliest=earliest, latest=latest)


@cache
def compliant_builders() -> Mapping[str, CompliantBuilder]:
    """Every compliant builder registered for a regime, by regime id."""
    merged: dict[str, CompliantBuilder] = {}
    for module in _modules():
        merged.update(getattr(module, "COMPLIANT_BUILDERS", {}))
    return merged


def _autonomous(levels: frozenset[Level]) -> list[Level]:
    return sorted((lv for lv in levels if lv.autonomous), key=lambda lv: lv.value)


def compliant_dossiers(
    *, on: dt.date, levels: frozenset[Level] | None = None
) -> st.SearchStrategy[Dossier]:
    """Dossiers on which no rule is broken on ``on``, for a region of one of ``levels``."""
    chosen = sorted(levels or {Level.PROVINSI, Level.KABUPATEN, Level.KOTA}, key=lambda v: v.value)
    build = builder_for(on, compliant_builders())
    return st.sampled_from(chosen).flatmap(lambda level: build(on, level))


def _strategy(result: BreakResult) -> st.SearchStrategy[Dossier]:
    return result if isinstance(result, st.SearchStrategy) else st.just(result)


def _breaker(code: str) -> Breaker:
    try:
        return breakers()[code]
    except KeyError:
        raise KeyError(
            f"no breaker for rule {code}: add one to tkpk_rules/testing/breakers/<topic>.py"
        ) from None


def violating(code: str, *, on: dt.date, level: Level | None = None) -> st.SearchStrategy[Dossier]:
    """Dossiers that break rule ``code`` and no other rule on ``on``.

    ``level`` picks the region's level (by default any level the rule applies
    to).  ``on`` must be a date the rule's breaker works on: see
    :func:`breakable_dates`.

    :raises KeyError: no rule, or no breaker, has that code.
    :raises ValueError: the rule cannot be broken on ``on`` or at ``level``.
    """
    from tkpk_rules.rules import by_code

    rule = by_code(code)
    breaker = _breaker(code)
    if not breaker.works_on(on):
        raise ValueError(
            f"{code} can be broken from {breaker.earliest} to {breaker.latest}, not on {on}"
        )
    levels = _autonomous(rule.levels)
    if level is not None:
        if level not in levels:
            raise ValueError(f"{code} does not apply to a {level.value}")
        levels = [level]
    return compliant_dossiers(on=on, levels=frozenset(levels)).flatmap(
        lambda d: _strategy(breaker.apply(d, on))
    )


def breakable_dates(code: str) -> st.SearchStrategy[dt.date]:
    """The dates on which :func:`violating` can break rule ``code``.

    >>> import datetime as dt
    >>> from tkpk_rules.rules import RULEBOOK
    >>> minimum = next(r.code for r in RULEBOOK if r.provision == "53.meetings" and r.yearly)
    >>> breakable_dates(minimum).example() >= dt.date(2022, 1, 1)  # doctest: +SKIP
    True
    """
    breaker = _breaker(code)
    lo = max(breaker.earliest, COMPLIANT_RANGE[0])
    hi = min(breaker.latest, COMPLIANT_RANGE[1])
    return st.dates(lo, hi)


def finding_is_adverse(finding: Finding) -> bool:
    """Whether the finding shows its rule broken (see :func:`is_adverse`)."""
    breaker = breakers().get(finding.code)
    return is_adverse(finding, breaker.adverse if breaker is not None else ())


def broken_rules(report: Report) -> frozenset[str]:
    """The codes of the rules a report shows broken.

    A rule is broken when one of its findings is a violation or an advisory
    (a departure from practice, which rules of support ``practice`` give
    instead of violations, a duty at risk...), or a state its breaker declares
    adverse (a missing implementation report, whose deadline nobody knows).

    >>> import datetime as dt
    >>> from tkpk_rules.engine import check
    >>> from tkpk_rules.model import Dossier, RegionRef
    >>> from tkpk_rules.rules import RULEBOOK
    >>> formation = next(r.code for r in RULEBOOK if r.provision == "53.formation")
    >>> broken_rules(check(Dossier(wilayah=RegionRef(kode="64.72"), tim=None, riwayat_tim=()),
    ...                    on=dt.date(2024, 6, 1))) == {formation}
    True
    """
    return frozenset(f.code for f in report.findings if finding_is_adverse(f))
