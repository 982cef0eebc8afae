"""Every rule cites and grades itself; coverage lists every provision; messages exist."""

from __future__ import annotations

import re

from tkpk_rules import i18n
from tkpk_rules.law import PROVISIONS, REGULATIONS, Support
from tkpk_rules.rules import RULEBOOK, coverage, rulebook_hash

CODE = re.compile(r"^TKPK(53|42)-(FRM|INS|MEM|LDR|SEC|AGD|MTG|DOC)-\d{3}$")


def test_every_rule_has_code_citation_support_period_levels() -> None:
    codes = [r.code for r in RULEBOOK]
    assert len(codes) == len(set(codes))
    for r in RULEBOOK:
        assert CODE.match(r.code), r.code
        assert r.provision in PROVISIONS
        assert r.citation.regulation in REGULATIONS
        assert isinstance(r.support, Support)
        assert r.regimes and r.regimes <= set(REGULATIONS)
        assert r.levels
        assert i18n.has(f"{r.code}.title")


def test_coverage_lists_every_provision() -> None:
    rows = {c.provision: c for c in coverage()}
    assert list(rows) == list(PROVISIONS)
    for pid, c in rows.items():
        assert c.rules or (c.reason_id and c.reason_en), pid
        assert c.rules or not PROVISIONS[pid].checkable, pid
    assert set(rows["53.meetings"].rules) == {
        r.code for r in RULEBOOK if r.provision == "53.meetings"
    }
    assert not rows["53.funding"].rules


def test_rule_support_never_stronger_than_the_provision() -> None:
    order = list(Support)
    for r in RULEBOOK:
        weakest_allowed = PROVISIONS[r.provision].support
        assert any(order.index(r.support) >= order.index(s) for s in weakest_allowed), r.code


def test_nothing_is_confirmed_today() -> None:
    assert all(r.support is not Support.CONFIRMED for r in RULEBOOK)


def test_regime_independent_rules() -> None:
    independent = {r.code for r in RULEBOOK if r.regime_independent}
    assert {"TKPK53-MEM-001", "TKPK53-LDR-001", "TKPK53-LDR-002"} <= independent
    assert "TKPK53-MTG-001" not in independent


def test_rulebook_hash_is_stable_and_sensitive() -> None:
    assert rulebook_hash() == rulebook_hash()
    assert rulebook_hash() != rulebook_hash(RULEBOOK[:-1])


def test_42_rules_cite_42_and_shared_rules_have_a_42_basis() -> None:
    for r in RULEBOOK:
        if r.code.startswith("TKPK42-"):
            assert r.regimes == {"permendagri-42-2010"}, r.code
            assert r.citation.regulation == "permendagri-42-2010"
            assert r.provision.startswith("42.")
        elif r.regime_independent:
            assert [b.provision for b in r.bases if b.regime == "permendagri-42-2010"], r.code
    for pid, prov in PROVISIONS.items():
        if pid.startswith("42."):
            assert prov.citation.regulation == "permendagri-42-2010"
            assert prov.citation.pasal is None  # no article of 42/2010 is known
            assert Support.CONFIRMED not in prov.support


def test_support_of_a_shared_rule_is_no_stronger_than_either_basis() -> None:
    order = list(Support)
    for r in RULEBOOK:
        for pid in r.provisions:
            allowed = PROVISIONS[pid].support
            assert any(order.index(r.support) >= order.index(s) for s in allowed), (r.code, pid)
