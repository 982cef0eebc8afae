"""Both sides of every dated boundary: the regimes, the handover window, the regions' first days.

A rule that holds under one regime only is *not applicable* before and after
it, *undetermined* while it may or may not govern, judged on the first day it
certainly governs.  Rules shared by 42/2010 and 53/2020 are judged through the
window.  The 2022 Papua codes did not exist before their first day.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules.engine import check
from tkpk_rules.examples import load_example
from tkpk_rules.law import HANDOVER_EARLIEST, HANDOVER_LATEST, HandoverError, governing
from tkpk_rules.model import Dossier, Instrument, Level, OfficeKind, RegionRef, Team
from tkpk_rules.report import Outcome, Report
from tkpk_rules.rules import RULEBOOK, by_code
from tkpk_rules.testing.records import compliant_2018

D = dt.date
ONE_DAY = dt.timedelta(days=1)
R42, R53 = "permendagri-42-2010", "permendagri-53-2020"
ONLY_42 = sorted(r.code for r in RULEBOOK if r.regimes == {R42})
ONLY_53_NOT_YEARLY = sorted(
    r.code for r in RULEBOOK if r.regimes == {R53} and not r.yearly and Level.KABUPATEN in r.levels
)
SHARED = sorted(r.code for r in RULEBOOK if r.regime_independent)


def early_team(level: Level = Level.KABUPATEN) -> Dossier:
    """The 2018 dossier, with its decree moved to 2009 so a team exists through 2010."""
    d = compliant_2018(level)
    assert isinstance(d.tim, Team) and isinstance(d.tim.pembentukan, Instrument)
    inst = attrs.evolve(d.tim.pembentukan, tanggal=D(2009, 6, 1))
    return attrs.evolve(d, tim=attrs.evolve(d.tim, pembentukan=inst))


def outcome(report: Report, code: str) -> Outcome:
    found = {f.outcome for f in report.by_code(code)}
    assert len(found) == 1, (code, report.by_code(code))
    return found.pop()


def variants(report: Report, code: str) -> set[str]:
    return {f.variant for f in report.by_code(code)}


# ---------------------------------------------------------------- 42/2010 comes in


def test_the_day_before_42_2010_could_govern() -> None:
    r = check(early_team(), on=D(2009, 12, 31))
    assert r.stamp.governing == ("permendagri-34-2009",)
    for code in ONLY_42 + SHARED:
        assert variants(r, code) == {"_engine.regime_not_in_force"}, code


def test_the_first_day_42_2010_may_govern_is_uncertain() -> None:
    for day in (D(2010, 1, 1), D(2010, 12, 30)):
        r = check(early_team(), on=day)
        assert r.stamp.governing == ("permendagri-34-2009", R42)
        for code in ONLY_42 + SHARED:
            assert variants(r, code) == {"_engine.regime_uncertain"}, (day, code)


def test_the_first_day_42_2010_certainly_governs() -> None:
    r = check(early_team(), on=D(2010, 12, 31))
    assert r.stamp.governing == (R42,)
    for code in ONLY_42 + SHARED:
        assert outcome(r, code) is Outcome.COMPLIANT, code
    for code in ONLY_53_NOT_YEARLY:
        assert outcome(r, code) is Outcome.NOT_APPLICABLE, code


# ---------------------------------------------------------------- the 2020 handover window


def test_the_day_before_the_window_42_2010_governs() -> None:
    r = check(compliant_2018(), on=D(2019, 12, 31))
    assert r.stamp.governing == (R42,)
    for code in ONLY_42 + SHARED:
        assert outcome(r, code) is Outcome.COMPLIANT, code
    for code in ONLY_53_NOT_YEARLY:
        assert variants(r, code) == {"_engine.regime_not_in_force"}, code


@pytest.mark.parametrize("day", [HANDOVER_EARLIEST, D(2020, 6, 1), HANDOVER_LATEST - ONE_DAY])
def test_inside_the_window_only_shared_rules_are_judged(day: dt.date) -> None:
    r = check(compliant_2018(), on=day)
    assert r.stamp.governing == (R42, R53)
    assert r.stamp.handover is None
    for code in ONLY_42 + ONLY_53_NOT_YEARLY:
        f = r.by_code(code)[0]
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "_engine.regime_uncertain"), code
        assert "--handover" in (f.action_en or "")
    for code in SHARED:
        assert outcome(r, code) is Outcome.COMPLIANT, code


def test_inside_the_window_a_shared_rule_can_still_be_a_violation() -> None:
    d = compliant_2018()
    assert isinstance(d.tim, Team)
    broken = attrs.evolve(d, tim=attrs.evolve(d.tim, ketua=None, wakil_ketua=None))
    r = check(broken, on=D(2020, 6, 1))
    assert outcome(r, "TKPK53-LDR-001") is Outcome.VIOLATION
    # The 42/2010-only vice-chair rule is not judged: the regime is uncertain.
    assert outcome(r, "TKPK42-LDR-002") is Outcome.UNDETERMINED
    chair = r.by_code("TKPK53-LDR-001")[0]
    assert chair.citation.regulation == R53
    assert any(c.regulation == R42 for c in chair.also_cited)


def test_the_first_day_53_2020_certainly_governs() -> None:
    r = check(compliant_2018(), on=HANDOVER_LATEST)
    assert r.stamp.governing == (R53,)
    for code in ONLY_42:
        assert variants(r, code) == {"_engine.regime_not_in_force"}, code
    for code in ONLY_53_NOT_YEARLY:
        assert "_engine.regime_uncertain" not in variants(r, code), code


@pytest.mark.parametrize("handover", [HANDOVER_EARLIEST, D(2020, 7, 1), HANDOVER_LATEST])
def test_a_chosen_handover_splits_the_window_on_that_day(handover: dt.date) -> None:
    before = check(compliant_2018(), on=handover - ONE_DAY, handover=handover)
    first = check(compliant_2018(), on=handover, handover=handover)
    assert before.stamp.governing == (R42,) and first.stamp.governing == (R53,)
    assert before.stamp.handover == first.stamp.handover == handover
    for code in ONLY_42:
        assert outcome(before, code) is Outcome.COMPLIANT, code
        assert outcome(first, code) is Outcome.NOT_APPLICABLE, code
    assert outcome(before, "TKPK53-LDR-003") is Outcome.NOT_APPLICABLE
    assert outcome(first, "TKPK53-LDR-003") is Outcome.COMPLIANT


@pytest.mark.parametrize("handover", [HANDOVER_EARLIEST - ONE_DAY, HANDOVER_LATEST + ONE_DAY])
def test_a_handover_outside_the_window_is_refused(handover: dt.date) -> None:
    with pytest.raises(HandoverError):
        check(compliant_2018(), on=D(2020, 6, 1), handover=handover)


def test_the_stamp_records_the_handover_choice_in_json() -> None:
    r = check(compliant_2018(), on=D(2020, 6, 1), handover=D(2020, 3, 1))
    stamp = r.to_dict()["cap"]
    assert stamp["peralihan"] == "2020-03-01"
    assert stamp["rezim_berlaku"] == [R53]
    assert check(compliant_2018(), on=D(2020, 6, 1)).to_dict()["cap"]["peralihan"] is None


WINDOW = st.dates(HANDOVER_EARLIEST, HANDOVER_LATEST)


@settings(max_examples=ci_examples(60, 25), deadline=None)
@given(on=WINDOW, handover=WINDOW)
def test_with_a_handover_42_rules_hold_exactly_before_it(on: dt.date, handover: dt.date) -> None:
    r = check(compliant_2018(), on=on, handover=handover)
    expected = Outcome.COMPLIANT if on < handover else Outcome.NOT_APPLICABLE
    for code in ONLY_42:
        assert outcome(r, code) is expected, code
    assert r.stamp.governing == ((R42,) if on < handover else (R53,))


@settings(max_examples=ci_examples(40, 15), deadline=None)
@given(on=st.dates(HANDOVER_EARLIEST, HANDOVER_LATEST - ONE_DAY))
def test_without_a_handover_the_window_never_judges_one_regime_rules(on: dt.date) -> None:
    r = check(compliant_2018(), on=on)
    for f in r.findings:
        rule = by_code(f.code)
        if rule.regime_independent:
            assert f.variant != "_engine.regime_uncertain"
        elif not rule.yearly and Level.KABUPATEN in rule.levels:
            assert f.variant == "_engine.regime_uncertain", f.code


# ---------------------------------------------------------------- one dossier, two regimes


def test_the_example_in_2018_cites_42_2010_and_in_2024_cites_53_2020() -> None:
    d = load_example()
    old = check(d, on=D(2018, 6, 1))
    new = check(d, on=D(2024, 6, 1))
    judged_old = [f for f in old.findings if f.outcome is not Outcome.NOT_APPLICABLE]
    judged_new = [f for f in new.findings if f.outcome is not Outcome.NOT_APPLICABLE]
    assert judged_old and judged_new
    assert {f.citation.regulation for f in judged_old} == {R42}
    assert {f.citation.regulation for f in judged_new} == {R53}
    assert {f.provision[:3] for f in judged_old} == {"42."}
    # The same shared rule, the same code, another basis.
    assert old.by_code("TKPK53-LDR-001")[0].provision == "42.chair"
    assert new.by_code("TKPK53-LDR-001")[0].provision == "53.chair"
    # In 2018 the team of 2016 applies; in 2024 the team of 2021.
    assert old.by_code("TKPK42-LDR-001")[0].path == "riwayat_tim[0].penanggung_jawab"
    assert new.by_code("TKPK53-LDR-003")[0].path == "riwayat_tim[1].wakil_ketua"


# ---------------------------------------------------------------- regions over time

FIRST_DAYS = [
    ("93", D(2022, 7, 25), ["91"]),
    ("93.01", D(2022, 7, 25), ["91.01"]),
    ("94", D(2022, 7, 25), ["91"]),
    ("94.04", D(2022, 7, 25), ["91.09"]),
    ("95", D(2022, 7, 25), ["91"]),
    ("95.01", D(2022, 7, 25), ["91.02"]),
    ("96", D(2022, 12, 8), ["92"]),
    ("96.71", D(2022, 12, 8), ["92.71"]),
]


def _region_dossier(kode: str) -> Dossier:
    level = Level.PROVINSI if "." not in kode else Level.KABUPATEN
    d = compliant_2018(level if not kode.endswith(".71") else Level.KOTA)
    return attrs.evolve(d, wilayah=RegionRef(kode=kode))


@pytest.mark.parametrize(("kode", "first", "before"), FIRST_DAYS)
def test_a_region_the_day_before_its_code_existed(
    kode: str, first: dt.date, before: list[str]
) -> None:
    r = check(_region_dossier(kode), on=first - ONE_DAY)
    assert {f.code for f in r.findings} == {rule.code for rule in RULEBOOK}
    assert {(f.outcome, f.variant) for f in r.findings} == {
        (Outcome.NOT_APPLICABLE, "_engine.region_not_yet")
    }
    f = r.findings[0]
    assert f.path == "wilayah"
    assert dict(f.facts)["kode_lama"] == tuple(before)
    from tkpk_rules.i18n import date_words

    for lang in ("id", "en"):
        text = f.message(lang)
        assert kode in text and date_words(first, lang) in text and before[0] in text
    assert "belum ada" in f.message_id and "did not exist yet" in f.message_en
    assert f.action_en is not None and before[0] in f.action_en
    assert not r.has_violations


@pytest.mark.parametrize(("kode", "first", "before"), FIRST_DAYS)
def test_a_region_on_its_first_day_is_judged(kode: str, first: dt.date, before: list[str]) -> None:
    r = check(_region_dossier(kode), on=first)
    assert "_engine.region_not_yet" not in {f.variant for f in r.findings}
    assert r.by_code("TKPK53-FRM-001")[0].outcome is Outcome.COMPLIANT


def test_an_old_code_that_was_replaced_is_still_judged() -> None:
    # Kabupaten Merauke went on under 93.01; its old code does not block judging.
    d = attrs.evolve(compliant_2018(), wilayah=RegionRef(kode="91.01"))
    r = check(d, on=D(2024, 6, 1))
    assert "_engine.region_not_yet" not in {f.variant for f in r.findings}


def test_a_region_that_always_existed_is_judged_before_2020() -> None:
    r = check(compliant_2018(), on=D(2012, 1, 1))
    assert r.by_code("TKPK42-LDR-001")[0].outcome is Outcome.COMPLIANT


# ---------------------------------------------------------------- the edges of the calendar


@pytest.mark.parametrize(
    "on", [dt.date.min, D(1, 12, 31), D(2, 1, 1), D(9999, 12, 31), dt.date.max]
)
def test_any_date_can_be_judged(on: dt.date) -> None:
    r = check(load_example(), on=on)
    assert {f.code for f in r.findings} == {rule.code for rule in RULEBOOK}
    assert all(f.year is None or dt.MINYEAR <= f.year <= dt.MAXYEAR for f in r.findings)
    for fmt in ("text", "markdown", "html", "json"):
        assert r.render(fmt, "id")
    if on.year < 2009:
        assert {f.outcome for f in r.findings} == {Outcome.NOT_APPLICABLE}
        assert governing(on).candidates == (None,)


def test_the_chair_office_kind_name_is_stable() -> None:
    assert OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT.value == "kepala_pemberdayaan_masyarakat"
