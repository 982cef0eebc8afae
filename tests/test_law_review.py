"""What a review of the rules against the brief found (2026-12-03), mended.

The brief (``53.rpkd``): the RPKD is drafted *before or together with* the RPJMD, and
no deadline for it is known.  Each test fails on the code before the review.
"""

from __future__ import annotations

import datetime as dt

import attrs

from tkpk_rules import check
from tkpk_rules.examples import load_example
from tkpk_rules.law import Support
from tkpk_rules.model import DocumentKind, Dossier, ImpreciseDate
from tkpk_rules.planning import ObligationStatus, obligations
from tkpk_rules.report import Outcome
from tkpk_rules.testing.records import compliant

D = dt.date
ON = D(2025, 11, 20)


def _rpkd(d: Dossier, start: int) -> int:
    assert isinstance(d.dokumen, tuple)
    return next(
        i
        for i, x in enumerate(d.dokumen)
        if x.jenis is DocumentKind.RPKD and getattr(x.periode, "mulai", None) == start
    )


def _with(d: Dossier, index: int, **change: object) -> Dossier:
    assert isinstance(d.dokumen, tuple)
    docs = list(d.dokumen)
    docs[index] = attrs.evolve(docs[index], **change)
    return attrs.evolve(d, dokumen=tuple(docs))


def _doc003(d: Dossier, index: int, on: dt.date = ON) -> tuple[Outcome, str]:
    (f,) = [f for f in check(d, on=on).by_code("TKPK53-DOC-003") if f.path == f"dokumen[{index}]"]
    return f.outcome, f.variant


def test_an_rpkd_not_drafted_together_is_no_violation_it_may_have_come_first() -> None:
    d = compliant(on=ON)
    # The RPKD 2021-2025 was adopted (2020-12-01) after its RPJMD (2020-11-15).
    i = _rpkd(d, 2021)
    assert _doc003(d, i) == (Outcome.COMPLIANT, "ok")
    apart = _with(d, i, disusun_bersama_rpjmd=False)
    assert _doc003(apart, i) == (Outcome.UNDETERMINED, "not_together")
    (f,) = [f for f in check(apart, on=ON).by_code("TKPK53-DOC-003") if f.path == f"dokumen[{i}]"]
    assert f.missing == (f"dokumen[{i}].tanggal_draf",)
    assert "sebelum RPJMD" in f.message("id") and "before the RPJMD" in f.message("en")
    # A draft seen before the RPJMD's adoption: it came first, which the brief allows.
    seen = _with(apart, i, tanggal_draf=(ImpreciseDate(2020, 6),))
    assert _doc003(seen, i) == (Outcome.COMPLIANT, "before_rpjmd")
    # A draft seen only in the RPJMD's own month shows nothing either way.
    same_month = _with(apart, i, tanggal_draf=(ImpreciseDate(2020, 11),))
    assert _doc003(same_month, i) == (Outcome.UNDETERMINED, "not_together")


def test_an_rpkd_adopted_before_its_rpjmd_was_drafted_before_it() -> None:
    d = compliant(on=ON)
    # The RPKD 2026-2030 was adopted (2025-11-10) before its RPJMD (2025-11-15).
    i = _rpkd(d, 2026)
    assert _doc003(_with(d, i, disusun_bersama_rpjmd=False), i) == (
        Outcome.COMPLIANT,
        "before_rpjmd",
    )


def test_no_rule_calls_an_rpkd_apart_from_its_rpjmd_a_violation() -> None:
    d = compliant(on=ON)
    assert isinstance(d.dokumen, tuple)
    for i, x in enumerate(d.dokumen):
        if x.jenis is DocumentKind.RPKD:
            d = _with(d, i, disusun_bersama_rpjmd=False)
    found = {f.outcome for f in check(d, on=ON).by_code("TKPK53-DOC-003")}
    assert found == {Outcome.UNDETERMINED, Outcome.COMPLIANT}


def test_the_end_of_an_rpkd_period_is_practice_advice_not_a_deadline() -> None:
    # In 2029 the bundled example's RPKD 2025-2029 ends: when the next is due, no rule says.
    found = {o.code: o for o in obligations(load_example(), on=D(2029, 3, 1))}
    rpkd = found["rpkd.coverage"]
    assert rpkd.status is ObligationStatus.DUE and rpkd.deadline == D(2029, 12, 31)
    assert rpkd.support is Support.PRACTICE and rpkd.advisory
    assert "tidak menyebut tenggat" in rpkd.message("id")
    assert "no deadline" in rpkd.message("en")


def test_the_counts_written_in_words_are_the_counts_of_the_lists_the_law_names() -> None:
    """Four elements and five chapters are written as words in messages ("Keempat unsur",
    "kelima bab"); the lists themselves are declared once (the model's enumeration, the
    rule's chapters). If the law's list changes, this fails and the words must follow."""
    from tkpk_rules.rules.documents import RPKD_CHAPTERS, RPKD_OUTLINE
    from tkpk_rules.rules.membership import ELEMENTS, ELEMENTS_RULE

    words = {4: ("empat", "four"), 5: ("kelima", "five")}
    members = dict(ELEMENTS_RULE.messages)
    assert words[len(ELEMENTS)][0] in members["title"][0].lower()
    assert words[len(ELEMENTS)][1] in members["title"][1].lower()
    outline = dict(RPKD_OUTLINE.messages)
    assert words[len(RPKD_CHAPTERS)][0] in outline["ok"][0]
    assert words[len(RPKD_CHAPTERS)][1] in outline["ok"][1]


def test_the_practice_deadline_of_the_report_is_a_parameter() -> None:
    from tkpk_rules.law.parameters import PARAMETERS, day_in

    assert day_in("batas_laporan", 2026) == D(2026, 12, 31)
    (found,) = [p for (name, _), p in PARAMETERS.items() if name == "batas_laporan"]
    assert found.support is Support.PRACTICE
