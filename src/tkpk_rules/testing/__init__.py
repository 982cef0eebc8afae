"""Hypothesis strategies for testing your own code with realistic TKPK records.

Install the extra: ``pip install 'tkpk-rules[strategies]'`` (it brings
Hypothesis; ``import tkpk_rules`` never imports it).

* **Building blocks**: :func:`region_codes`, :func:`regions`, :func:`offices`,
  :func:`officials`, :func:`members`, :func:`teams`, :func:`secretariats`,
  :func:`meetings`, :func:`agendas`, :func:`planning_documents`, and
  :func:`for_type` for any model type.
* **Whole dossiers**: :func:`dossiers` (arbitrary, realistic as of a date, or
  ``compliant=True``) and :func:`violating` (breaks one rule and no other),
  with :func:`breakable_dates` and :func:`broken_rules` to check the result.
* **Raw documents** in format ``tkpk-rules/1``: :func:`documents` (valid, or
  ``valid=False`` for malformed ones a loader must refuse).

>>> import datetime as dt
>>> from hypothesis import given, settings
>>> from tkpk_rules import check
>>> from tkpk_rules.rules import RULEBOOK
>>> from tkpk_rules.testing import broken_rules, dossiers, violating
>>> on = dt.date(2024, 11, 1)
>>> chair = next(r.code for r in RULEBOOK if r.provision == "53.chair")
>>> @settings(max_examples=5)
... @given(dossiers(compliant=True, on=on), violating(chair, on=on))
... def test(good, bad):
...     assert broken_rules(check(good, on=on)) == frozenset()
...     assert broken_rules(check(bad, on=on)) == {chair}
>>> test()
"""

from __future__ import annotations

from tkpk_rules.testing._registry import (
    breakable_dates,
    breakers,
    broken_rules,
    violating,
)
from tkpk_rules.testing.breakers import Breaker, is_adverse
from tkpk_rules.testing.strategies import (
    agendas,
    documents,
    dossiers,
    for_type,
    imprecise_dates,
    meetings,
    members,
    offices,
    officials,
    planning_documents,
    region_codes,
    regions,
    secretariats,
    teams,
)

__all__ = [
    "Breaker",
    "agendas",
    "breakable_dates",
    "breakers",
    "broken_rules",
    "documents",
    "dossiers",
    "for_type",
    "imprecise_dates",
    "is_adverse",
    "meetings",
    "members",
    "offices",
    "officials",
    "planning_documents",
    "region_codes",
    "regions",
    "secretariats",
    "teams",
    "violating",
]
