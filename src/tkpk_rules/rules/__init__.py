"""The rulebook: every rule of Permendagri 53/2020 and 42/2010 the library encodes.

One module per topic; a topic module holds the rules of 53/2020, those
shared with 42/2010 and those of 42/2010 alone.  Each rule is declared once
(:func:`~tkpk_rules.rules._base.rule`): its code, its provision (the
citation and support come from it, support may only be weakened), its basis
under the other regime, the levels, the shared preconditions it
``requires=`` and every message it can show, in Indonesian and English.  The
messages are registered with :mod:`tkpk_rules.i18n` when the rulebook is
built.  :data:`RULEBOOK` is sorted by
code; :func:`coverage` lists every provision id with the rules that encode
it, or the reason none can.

Rule codes are ``TKPK53-<TOPIC>-<NNN>`` and ``TKPK42-<TOPIC>-<NNN>`` (topics:
``FRM``, ``INS``, ``MEM``, ``LDR``, ``SEC``, ``AGD``, ``MTG``, ``DOC``); a
code is never reused.

>>> from tkpk_rules.rules import RULEBOOK, by_code
>>> meetings = next(r for r in RULEBOOK if r.topic == "meetings")
>>> meetings.provision, by_code(meetings.code) is meetings
('53.meetings', True)
>>> sorted({p for r in RULEBOOK if r.regime_independent for p in r.provisions})[:2]
['42.chair', '42.formation']
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from typing import Any

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
    secretariat,
)
from tkpk_rules.rules._base import (
    ALL_LEVELS,
    R42,
    R53,
    Basis,
    Context,
    Requirement,
    Rule,
    RuleDeclarationError,
    Verdict,
    rule,
    under_42,
    verdict,
)
from tkpk_rules.rules._base import (
    finished as finished,
)
from tkpk_rules.rules._base import (
    pending_facts as pending_facts,
)
from tkpk_rules.rules._base import (
    pending_params as pending_params,
)
from tkpk_rules.rules._base import (
    plainer as plainer,
)
from tkpk_rules.rules._declare import yielded_variants

__all__ = [
    "ALL_LEVELS",
    "R42",
    "R53",
    "RULEBOOK",
    "Basis",
    "Context",
    "Coverage",
    "Requirement",
    "Rule",
    "RuleDeclarationError",
    "Verdict",
    "by_code",
    "coverage",
    "rule",
    "rulebook_hash",
    "under_42",
    "verdict",
    "yielded_variants",
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
        ),
        key=lambda r: r.code,
    )
)

_BY_CODE: Mapping[str, Rule] = {r.code: r for r in RULEBOOK}
if len(_BY_CODE) != len(RULEBOOK):  # pragma: no cover - a declaration error
    raise ValueError("two rules share a code")


def _register_messages() -> None:
    """Give :mod:`tkpk_rules.i18n` every rule's messages, keyed ``<code>.<variant>``."""
    from tkpk_rules import i18n

    for r in RULEBOOK:
        i18n.register({f"{r.code}.{k}": v for k, v in r.all_messages().items()})


_register_messages()


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

    >>> [c.provision for c in coverage() if not c.rules][:2]
    ['53.tasks', '53.strategies']
    >>> chair = next(c for c in coverage() if c.provision == "42.chair")
    >>> chair.rules == tuple(r.code for r in RULEBOOK if r.provision == "53.chair")
    True
    """
    out = []
    for pid, prov in PROVISIONS.items():
        codes = tuple(r.code for r in rules if pid in r.provisions)
        out.append(
            Coverage(
                provision=pid,
                rules=codes,
                checkable=prov.checkable,
                reason_id=prov.reason.id,
                reason_en=prov.reason.en,
            )
        )
    return tuple(out)


def describe_rule(rule: Rule) -> dict[str, object]:
    """A rule's metadata as JSON-ready data (no function), keys in Indonesian.

    These are the entries of ``rules --format json`` (``aturan``), without the
    title and period that the service adds in both languages.
    """
    return {
        "kode": rule.code,
        "ketentuan": rule.provision,
        "topik": rule.topic,
        "kutipan": rule.citation.to_dict(),
        "juga_dikutip": [c.to_dict() for c in rule.also_cited],
        "dukungan": rule.support.value,
        "hanya_saran": rule.advisory_only,
        "rezim": sorted(rule.regimes),
        "lintas_rezim": rule.regime_independent,
        "dasar": [
            {
                "rezim": b.regime,
                "ketentuan": b.provision,
                "kutipan": b.citation.to_dict(),
                "dukungan": b.support.value,
                "juga_dikutip": [c.to_dict() for c in b.also_cited],
            }
            for b in rule.bases
        ],
        "tingkat": sorted(level.value for level in rule.levels),
        "tahunan": rule.yearly,
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
        "provisions": [
            _flat_words(attrs.asdict(p, value_serializer=_ser)) for p in PROVISIONS.values()
        ],
        "parameters": [_flat_words(attrs.asdict(p)) for p in PARAMETERS.values()],
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


#: Fields that hold words in both languages, by the names the hash has always used.
_HASHED_AS = {"fact": "fakta", "reason": "alasan"}


def _flat_words(data: dict[str, Any]) -> dict[str, Any]:
    """Words as two flat entries (``fakta_id``, ``fakta_en``): the hash stays what it was."""
    for key, value in list(data.items()):
        if isinstance(value, dict) and set(value) == {"id", "en"}:
            name = _HASHED_AS.get(key, key)
            del data[key]
            data[f"{name}_id"], data[f"{name}_en"] = value["id"], value["en"]
    return data


def _ser(_inst: object, _field: object, value: object) -> object:
    enum_value = getattr(value, "value", None)
    return enum_value if isinstance(enum_value, str) else value


__all__ += ["describe_rule"]
