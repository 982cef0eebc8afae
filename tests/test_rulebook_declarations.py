"""One declaration per rule: the rulebook refuses a rule that contradicts itself.

A rule is declared once, in its topic module, with its code, provision, basis,
scope, shared preconditions (``requires=``) and every message it can show.
These tests prove, for every rule, that the declaration matches the function
and that the code is written in only the rule's module and its breaker.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from collections.abc import Iterator

import pytest

import tkpk_rules
from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules import (
    RULEBOOK,
    Context,
    RuleDeclarationError,
    Verdict,
    rule,
    verdict,
    yielded_variants,
)
from tkpk_rules.rules._base import support_rank
from tkpk_rules.rules.formation import TEAM

SRC = pathlib.Path(tkpk_rules.__file__).parent
CODE = re.compile(r"TKPK(?:53|42)-[A-Z]{3}-\d{3}")
TITLE = {"title": ("Judul", "Title")}


def _files_naming(code: str) -> list[str]:
    return sorted(
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if code in p.read_text(encoding="utf-8")
    )


@pytest.mark.parametrize("r", RULEBOOK, ids=lambda r: r.code)
def test_a_code_is_written_only_in_its_rule_module_and_its_breaker(r: object) -> None:
    code = r.code  # type: ignore[attr-defined]
    topic = r.topic  # type: ignore[attr-defined]
    assert _files_naming(code) == sorted([f"rules/{topic}.py", f"testing/breakers/{topic}.py"])


def test_no_other_code_is_written_anywhere_in_the_package() -> None:
    known = {r.code for r in RULEBOOK}
    for path in SRC.rglob("*.py"):
        for found in CODE.findall(path.read_text(encoding="utf-8")):
            assert found in known or "XYZ" in found, (path, found)


@pytest.mark.parametrize("r", RULEBOOK, ids=lambda r: r.code)
def test_every_rule_declares_exactly_the_variants_it_can_yield(r: object) -> None:
    declared = r.variants  # type: ignore[attr-defined]
    assert yielded_variants(r.function) == declared  # type: ignore[attr-defined]
    messages = dict(r.messages)  # type: ignore[attr-defined]
    assert "title" in messages
    for key, (indonesian, english) in messages.items():
        assert indonesian.strip() and english.strip(), key
        assert not key.endswith(".action") or key.removesuffix(".action") in (
            declared | {v for req in r.requires for v in req.variants}  # type: ignore[attr-defined]
        )


@pytest.mark.parametrize("r", RULEBOOK, ids=lambda r: r.code)
def test_support_comes_from_the_provision_and_is_never_stronger(r: object) -> None:
    for basis in (r.own_basis, *r.bases):  # type: ignore[attr-defined]
        prov = PROVISIONS[basis.provision]
        assert basis.citation == prov.citation
        assert support_rank(basis.support) >= min(support_rank(s) for s in prov.support)


def _body(ctx: Context) -> Iterator[Verdict]:
    yield verdict(Outcome.COMPLIANT, "ok", "tim")


def test_a_variant_without_a_message_is_refused() -> None:
    with pytest.raises(RuleDeclarationError, match="without a message: ok"):
        rule("TKPK53-LDR-990", "53.chair", messages=TITLE)(_body)


def test_a_message_for_a_variant_never_yielded_is_refused() -> None:
    with pytest.raises(RuleDeclarationError, match="never yielded: gone"):
        rule(
            "TKPK53-LDR-991",
            "53.chair",
            messages={**TITLE, "ok": ("ya", "yes"), "gone": ("x", "x")},
        )(_body)


def test_a_variant_built_at_run_time_is_refused() -> None:
    def built(ctx: Context) -> Iterator[Verdict]:
        kind = "a"
        yield verdict(Outcome.COMPLIANT, f"ok_{kind}", "tim")

    with pytest.raises(RuleDeclarationError, match="not written as text"):
        rule("TKPK53-LDR-992", "53.chair", messages=TITLE)(built)


def test_a_variant_that_shadows_a_requirement_is_refused() -> None:
    def shadow(ctx: Context) -> Iterator[Verdict]:
        yield verdict(Outcome.NOT_APPLICABLE, "no_team", "tim")

    with pytest.raises(RuleDeclarationError, match="shadow"):
        rule(
            "TKPK53-LDR-993",
            "53.chair",
            requires=(TEAM,),
            messages={**TITLE, "no_team": ("x", "x")},
        )(shadow)


def test_a_message_in_one_language_only_is_refused() -> None:
    with pytest.raises(RuleDeclarationError, match="both languages"):
        rule("TKPK53-LDR-994", "53.chair", messages={**TITLE, "ok": ("ya", "")})(_body)


def test_a_support_stronger_than_the_provision_is_refused() -> None:
    with pytest.raises(RuleDeclarationError, match="only weaken"):
        rule(
            "TKPK53-LDR-995",
            "53.chair",
            support=Support.REPORTED,
            messages={**TITLE, "ok": ("ya", "yes")},
        )(_body)


def test_variants_of_helpers_are_counted_as_the_rule_s() -> None:
    from tkpk_rules.rules.documents import RPKD_FIVE_YEARS

    # period_length (a shared helper) yields these; the rule declares them.
    assert {"ok", "calendar_years", "wrong_length"} <= yielded_variants(RPKD_FIVE_YEARS.function)


def test_a_requirement_is_judged_once_by_the_engine() -> None:
    from tkpk_rules import check
    from tkpk_rules.model import NOT_RECORDED, Dossier, RegionRef

    d = Dossier(wilayah=RegionRef(kode="33.02"), tim=NOT_RECORDED)
    report = check(d, on=dt.date(2024, 6, 1))
    needing_team = [r for r in RULEBOOK if TEAM in r.requires]
    assert needing_team
    for r in needing_team:
        for f in report.by_code(r.code):
            if not f.variant.startswith("_engine."):
                assert f.variant == "no_team_record" and f.message_id and f.message_en
