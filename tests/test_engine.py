"""The engine: regimes and the handover window, properties of check()."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import ON, D, compliant, judge, only, team, with_team
from tkpk_rules.engine import check, check_many
from tkpk_rules.law import HandoverError
from tkpk_rules.model import NOT_RECORDED, DocumentKind, Dossier, Level, OfficeKind
from tkpk_rules.report import Outcome, Severity
from tkpk_rules.rules import RULEBOOK

LEVELS = st.sampled_from([Level.PROVINSI, Level.KABUPATEN, Level.KOTA])
DATES = st.dates(D(2021, 1, 1), D(2029, 12, 31))


def test_import_engine_is_light() -> None:
    code = (
        "import sys, tkpk_rules.engine; bad = [m for m in ('yaml', 'hypothesis', 'icalendar',"
        " 'cattrs') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_rule_gives_a_finding() -> None:
    r = judge(compliant())
    assert {f.code for f in r.findings} == {rule.code for rule in RULEBOOK}


def test_handover_window_regime_dependent_vs_independent() -> None:
    d = compliant(on=D(2021, 1, 1))
    inside = judge(d, D(2020, 6, 1))
    assert only(inside, "TKPK53-LDR-003").outcome is Outcome.UNDETERMINED
    assert (
        only(inside, "TKPK53-LDR-003").action_en
        and "--handover" in only(inside, "TKPK53-LDR-003").action_en
    )  # type: ignore[operator]
    assert only(inside, "TKPK53-LDR-001").outcome is Outcome.COMPLIANT  # regime-independent
    before = judge(d, D(2019, 12, 31))
    assert only(before, "TKPK53-LDR-003").outcome is Outcome.NOT_APPLICABLE
    assert "42/2010" in only(before, "TKPK53-LDR-003").message_en
    assert only(judge(d, D(2020, 10, 5)), "TKPK53-LDR-003").outcome is Outcome.UNDETERMINED
    assert only(judge(d, D(2020, 10, 6)), "TKPK53-LDR-003").outcome is Outcome.COMPLIANT
    chosen = judge(d, D(2020, 6, 1), handover=D(2020, 6, 1))
    assert only(chosen, "TKPK53-LDR-003").outcome is Outcome.COMPLIANT
    assert chosen.stamp.handover == D(2020, 6, 1)
    assert (
        only(judge(d, D(2020, 6, 1), handover=D(2020, 6, 2)), "TKPK53-LDR-003").outcome
        is Outcome.NOT_APPLICABLE
    )
    with pytest.raises(HandoverError):
        judge(d, D(2021, 1, 1), handover=D(2021, 1, 1))


def test_yearly_rules_in_the_handover_year() -> None:
    d = compliant(on=D(2021, 3, 1))
    r = judge(d, D(2021, 3, 1))
    assert only(r, "TKPK53-MTG-001", 2020).outcome is Outcome.UNDETERMINED
    r = judge(d, D(2021, 3, 1), handover=D(2020, 1, 1))
    assert only(r, "TKPK53-MTG-001", 2020).outcome is Outcome.COMPLIANT


def test_before_any_known_regulation() -> None:
    r = judge(compliant(), D(2008, 6, 1))
    assert {f.outcome for f in r.findings} == {Outcome.NOT_APPLICABLE}


def test_check_many_in_order() -> None:
    ds = [compliant(Level.KOTA), compliant(Level.PROVINSI)]
    assert [r.subject.kode for r in check_many(ds, on=ON)] == ["64.72", "64"]


# ---------------------------------------------------------------- properties


@given(LEVELS, DATES)
def test_a_dossier_built_to_comply_has_no_violation(level: Level, on: dt.date) -> None:
    r = check(compliant(level, on), on=on)
    assert not r.has_violations
    assert all(f.severity is not Severity.ADVISORY for f in r.findings)


def _remove(d: Dossier, what: str) -> Dossier:
    if what == "ketua":
        return with_team(d, ketua=None)
    if what == "sekretaris":
        return with_team(d, sekretaris=None)
    if what == "tim":
        return attrs.evolve(d, tim=None)
    if what == "anggota":
        return with_team(d, anggota=team(d).anggota[:1])  # type: ignore[index]
    if what == "rapat":
        return attrs.evolve(
            d, rapat_koordinasi=tuple(m for m in d.rapat_koordinasi if m.tanggal.year != 2024)
        )  # type: ignore[union-attr]
    if what == "agenda":
        return attrs.evolve(d, agenda_kerja=tuple(a for a in d.agenda_kerja if a.tahun != 2024))  # type: ignore[union-attr]
    if what == "rat":
        return attrs.evolve(
            d,
            dokumen=tuple(
                x for x in d.dokumen if not (x.jenis is DocumentKind.RAT and x.tahun == 2024)
            ),
        )  # type: ignore[union-attr]
    if what == "sekretariat":
        return attrs.evolve(d, sekretariat=None)
    raise AssertionError(what)


EXPECTED = {
    "ketua": {"TKPK53-LDR-001"},
    "sekretaris": {"TKPK53-LDR-002"},
    "tim": {"TKPK53-FRM-001"},
    "anggota": {"TKPK53-MEM-001"},
    "rapat": {"TKPK53-MTG-001", "TKPK53-MTG-002"},
    "agenda": {"TKPK53-AGD-001"},
    "rat": {"TKPK53-DOC-004"},
    "sekretariat": {"TKPK53-SEC-001"},
}


@given(st.sampled_from(sorted(EXPECTED)))
def test_removing_one_required_thing_gives_exactly_that_finding(what: str) -> None:
    d = compliant(Level.PROVINSI)
    r = judge(_remove(d, what))
    assert {f.code for f in r.violations} == EXPECTED[what]
    provisions = {f.provision for f in r.violations}
    assert len(provisions) == 1


@given(st.randoms(use_true_random=False), LEVELS)
def test_reordering_members_and_meetings_changes_nothing(rnd: random.Random, level: Level) -> None:
    d = compliant(level)
    members = list(team(d).anggota)  # type: ignore[arg-type]
    meetings = list(d.rapat_koordinasi)  # type: ignore[arg-type]
    rnd.shuffle(members)
    rnd.shuffle(meetings)
    shuffled = attrs.evolve(with_team(d, anggota=tuple(members)), rapat_koordinasi=tuple(meetings))
    a, b = judge(d), judge(shuffled)
    assert a.findings == b.findings


@given(st.sampled_from(["ketua", "anggota", "rapat", "agenda"]), DATES)
def test_same_input_same_json_bytes(what: str, on: dt.date) -> None:
    d = _remove(compliant(), what)
    assert check(d, on=on).to_json().encode() == check(d, on=on).to_json().encode()


@given(st.data())
def test_practice_rules_never_give_violations(data: st.DataObject) -> None:
    from tkpk_rules.testing.strategies import dossiers

    d = data.draw(dossiers())
    on = data.draw(st.dates(D(2019, 1, 1), D(2027, 12, 31)))
    r = check(d, on=on)
    for f in r.findings:
        if f.support.value == "practice":
            assert f.outcome is not Outcome.VIOLATION
        assert (f.outcome is Outcome.VIOLATION) == (f.severity is Severity.VIOLATION)
        if f.outcome is Outcome.VIOLATION and f.year is not None:
            assert f.year < on.year


def test_unrecorded_facts_never_give_violations() -> None:
    bare = Dossier(wilayah=compliant().wilayah)
    r = judge(bare)
    assert not r.has_violations
    assert all(
        f.missing
        for f in r.findings
        if f.outcome is Outcome.UNDETERMINED and f.variant != "_engine.regime_uncertain"
    )
    assert NOT_RECORDED is bare.tim


def test_acting_sekda_chair_during_vacancy_in_running_year() -> None:
    assert OfficeKind.SEKRETARIS_DAERAH.value == "sekretaris_daerah"


@pytest.mark.parametrize(
    ("dossier", "on", "handover"),
    [
        ("bukan dossier", dt.date(2024, 1, 1), None),
        ({"wilayah": {"kode": "64.72"}}, dt.date(2024, 1, 1), None),
        (None, dt.date(2024, 1, 1), None),
        ("ok", "2024-01-01", None),
        ("ok", dt.datetime(2024, 1, 1, 12, 0), None),
        ("ok", dt.date(2024, 1, 1), "2020-05-01"),
    ],
)
def test_wrong_argument_types_raise_the_library_error(
    dossier: object, on: object, handover: object
) -> None:
    from tkpk_rules.errors import ArgumentTypeError
    from tkpk_rules.model import Dossier, RegionRef

    if dossier == "ok":
        dossier = Dossier(wilayah=RegionRef(kode="64.72"))
    with pytest.raises(ArgumentTypeError):
        check(dossier, on=on, handover=handover)  # type: ignore[arg-type]


def test_unknown_region_in_a_dossier_built_in_code_is_refused() -> None:
    from tkpk_rules.errors import UnknownRegionError
    from tkpk_rules.model import Dossier, RegionRef

    with pytest.raises(UnknownRegionError):
        check(Dossier(wilayah=RegionRef(kode="99.99")), on=dt.date(2024, 1, 1))
