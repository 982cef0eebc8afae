"""The rulebook: every rule of Permendagri 53/2020 and 42/2010 the library encodes.

One module per topic for 53/2020, and :mod:`tkpk_rules.rules.r42` for the
rules that hold only under 42/2010.  Each :class:`~tkpk_rules.rules._base.Rule`
carries a stable code, a provision id, a citation, a support level, the
regimes it holds under and the levels it applies to; a rule shared by both
regimes also carries its basis under 42/2010.  :data:`RULEBOOK` is sorted by
code; :func:`coverage` lists every provision id with the rules that encode
it, or the reason none can.

Rule codes are ``TKPK53-<TOPIC>-<NNN>`` and ``TKPK42-<TOPIC>-<NNN>`` (topics:
``FRM``, ``INS``, ``MEM``, ``LDR``, ``SEC``, ``AGD``, ``MTG``, ``DOC``); a
code is never reused.

>>> from tkpk_rules.rules import RULEBOOK, by_code
>>> by_code("TKPK53-MTG-001").provision
'53.meetings'
>>> by_code("TKPK53-LDR-001").regime_independent
True
>>> by_code("TKPK53-LDR-001").provisions
('53.chair', '42.chair')
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping

import attrs

from tkpk_rules.law import PROVISIONS
from tkpk_rules.rules import (
    agenda,
    documents,
    formation,
    instrument,
    leadership,
    meetings,
    membership,
    r42,
    secretariat,
)
from tkpk_rules.rules._base import Context, Rule, Verdict

__all__ = [
    "RULEBOOK",
    "Context",
    "Coverage",
    "Rule",
    "Verdict",
    "by_code",
    "coverage",
    "rulebook_hash",
]

#: Every rule, sorted by code.
RULEBOOK: tuple[Rule, ...] = tuple(
    sorted(
        (
            *formation.RULES,
            *instrument.RULES,
            *membership.RULES,
            *leadership.RULES,
            *secretariat.RULES,
            *agenda.RULES,
            *meetings.RULES,
            *documents.RULES,
            *r42.RULES,
        ),
        key=lambda r: r.code,
    )
)

_BY_CODE: Mapping[str, Rule] = {r.code: r for r in RULEBOOK}


def by_code(code: str) -> Rule:
    """The rule with that code.

    :raises KeyError: no rule has that code.
    """
    return _BY_CODE[code]


@attrs.frozen(kw_only=True)
class Coverage:
    """How one provision of the brief is covered: by rules, or not checkable and why."""

    provision: str
    rules: tuple[str, ...]
    checkable: bool
    reason_id: str
    reason_en: str


def coverage(rules: tuple[Rule, ...] = RULEBOOK) -> tuple[Coverage, ...]:
    """Every provision id (53/2020 in the brief's order, then 42/2010), with its coverage.

    A rule shared by both regimes covers its provision under each.

    >>> [c.provision for c in coverage() if not c.rules]
    ['53.tasks', '53.alignment', '53.development', '53.funding', '42.tasks']
    >>> next(c for c in coverage() if c.provision == "42.chair").rules
    ('TKPK53-LDR-001',)
    """
    out = []
    for pid, prov in PROVISIONS.items():
        codes = tuple(r.code for r in rules if pid in r.provisions)
        out.append(
            Coverage(
                provision=pid,
                rules=codes,
                checkable=prov.checkable,
                reason_id=prov.alasan_id,
                reason_en=prov.alasan_en,
            )
        )
    return tuple(out)


def describe_rule(rule: Rule) -> dict[str, object]:
    """A rule's metadata as JSON-ready data (no function)."""
    return {
        "code": rule.code,
        "provision": rule.provision,
        "topic": rule.topic,
        "citation": rule.citation.to_dict(),
        "also_cited": [c.to_dict() for c in rule.also_cited],
        "support": rule.support.value,
        "advisory_only": rule.advisory_only,
        "regimes": sorted(rule.regimes),
        "regime_independent": rule.regime_independent,
        "bases": [
            {
                "regime": b.regime,
                "provision": b.provision,
                "citation": b.citation.to_dict(),
                "also_cited": [c.to_dict() for c in b.also_cited],
            }
            for b in rule.bases
        ],
        "levels": sorted(level.value for level in rule.levels),
        "yearly": rule.yearly,
    }


def rulebook_hash(rules: tuple[Rule, ...] = RULEBOOK) -> str:
    """A SHA-256 of the rulebook's metadata, provisions and parameters.

    It changes when a rule, citation, support level, regime, provision or
    parameter changes; not when only code formatting does.  The hash of each
    tuple of rules is computed once (rules, provisions and parameters are
    frozen module data); the whole :data:`RULEBOOK` is answered without
    hashing the tuple.
    """
    if rules is RULEBOOK:
        return _rulebook_hash_of_all()
    try:
        return _cached_rulebook_hash(tuple(rules))
    except TypeError:  # a rule that cannot be hashed (built by hand with a list in it)
        return _compute_rulebook_hash(tuple(rules))


@functools.cache
def _rulebook_hash_of_all() -> str:
    return _cached_rulebook_hash(RULEBOOK)


@functools.lru_cache(maxsize=64)
def _cached_rulebook_hash(rules: tuple[Rule, ...]) -> str:
    return _compute_rulebook_hash(rules)


def _compute_rulebook_hash(rules: tuple[Rule, ...]) -> str:
    from tkpk_rules.law.parameters import PARAMETERS

    data = {
        "rules": [describe_rule(r) for r in rules],
        "provisions": [attrs.asdict(p, value_serializer=_ser) for p in PROVISIONS.values()],
        "parameters": [attrs.asdict(p) for p in PARAMETERS.values()],
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _ser(_inst: object, _field: object, value: object) -> object:
    enum_value = getattr(value, "value", None)
    return enum_value if isinstance(enum_value, str) else value


__all__ += ["describe_rule"]
