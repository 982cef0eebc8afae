"""The 42/2010 rulebook, the advisory for decrees citing replaced law, and their breakers."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from rules_fixtures import compliant
from tkpk_rules.engine import check
from tkpk_rules.examples import load_example
from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.model import (
    NOT_RECORDED,
    ActingStatus,
    DocumentKind,
    Dossier,
    Element,
    Instrument,
    Level,
    Member,
    Office,
    OfficeKind,
    PlanningDocument,
    Team,
    Vacancy,
    YearRange,
)
from tkpk_rules.report import Finding, Outcome, Report, Severity
from tkpk_rules.rules import by_code, coverage
from tkpk_rules.testing import breakers
from tkpk_rules.testing.records import compliant_2018

BREAKERS = {code: b.apply for code, b in breakers().items()}

D = dt.date
ON = D(2018, 6, 1)
LEVELS = st.sampled_from([Level.PROVINSI, Level.KABUPATEN, Level.KOTA])
ERA_42 = st.dates(D(2011, 1, 1), D(2019, 12, 31))


def one(report: Report, code: str) -> Finding:
    found = report.by_code(code)
    assert len(found) == 1, found
    return found[0]


def with_team(d: Dossier, **changes: object) -> Dossier:
    assert isinstance(d.tim, Team)
    return attrs.evolve(d, tim=attrs.evolve(d.tim, **changes))  # type: ignore[arg-type]


def person(kind: OfficeKind | None = None, **office: object) -> Member:
    if kind is not None:
        office["jenis"] = kind
    return Member(jabatan=Office(**office), unsur=Element.PEMERINTAH_DAERAH)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the rulebook


def test_new_rules_cite_42_2010_with_unknown_articles_and_reported_support() -> None:
    for code in ("TKPK42-LDR-001", "TKPK42-LDR-002", "TKPK42-LDR-003", "TKPK42-DOC-001"):
        rule = by_code(code)
        assert rule.citation.text() == "Permendagri 42/2010, Pasal ?"
        assert rule.support is Support.REPORTED
        assert rule.regimes == {"permendagri-42-2010"}
    assert by_code("TKPK53-INS-003").support is Support.PRACTICE


def test_coverage_lists_the_42_provisions() -> None:
    rows = {c.provision: c for c in coverage()}
    assert rows["42.responsible"].rules == ("TKPK42-LDR-001",)
    assert rows["42.vice-chair"].rules == ("TKPK42-LDR-002",)
    assert rows["42.vice-secretary"].rules == ("TKPK42-LDR-003",)
    assert rows["42.spkd"].rules == ("TKPK42-DOC-001", "TKPK42-DOC-002")
    assert rows["42.chair"].rules == ("TKPK53-LDR-001",)  # shared, not duplicated
    assert rows["42.members"].rules == ("TKPK53-MEM-001",)
    assert rows["53.transition"].rules == ("TKPK53-INS-003",)
    assert not rows["42.tasks"].rules and rows["42.tasks"].reason_en
    assert PROVISIONS["42.vice-chair"].support == (Support.REPORTED,)
    assert PROVISIONS["53.vice-chair"].support == (Support.PRACTICE,)


@settings(max_examples=ci_examples(60, 25), deadline=None)
@given(LEVELS, ERA_42)
def test_the_2018_dossier_complies_while_42_2010_governs(level: Level, on: dt.date) -> None:
    r = check(compliant_2018(level), on=on)
    assert not r.has_violations
    assert not r.advisories
    for code in ("TKPK42-LDR-001", "TKPK42-LDR-002", "TKPK42-LDR-003", "TKPK42-DOC-001"):
        assert one(r, code).outcome is Outcome.COMPLIANT


@settings(max_examples=ci_examples(80, 30), deadline=None)
@given(st.sampled_from(sorted(c for c in BREAKERS if c.startswith("TKPK42"))), LEVELS, ERA_42)
def test_each_breaker_breaks_exactly_its_rule(code: str, level: Level, on: dt.date) -> None:
    d = compliant_2018(level)
    before = check(d, on=on)
    after = check(BREAKERS[code](d, on), on=on)
    changed = {
        f.code
        for f, g in zip(before.findings, after.findings, strict=True)
        if f.outcome != g.outcome
    }
    assert changed == {code}
    assert any(f.outcome is not Outcome.COMPLIANT for f in after.by_code(code))
    if by_code(code).code != "TKPK42-DOC-001":  # no deadline known: never a violation
        assert {f.code for f in after.violations} == {code}


def test_the_ins_003_breaker_gives_an_advisory_under_53() -> None:
    on = D(2025, 11, 1)
    d = compliant()
    r = check(BREAKERS["TKPK53-INS-003"](d, on), on=on)
    f = one(r, "TKPK53-INS-003")
    assert (f.outcome, f.severity, f.variant) == (
        Outcome.COMPLIANT,
        Severity.ADVISORY,
        "cites_replaced",
    )
    assert not r.has_violations


# ---------------------------------------------------------------- penanggung jawab


def test_penanggung_jawab_cases() -> None:
    d = compliant_2018()
    assert (
        one(check(with_team(d, penanggung_jawab=None), on=ON), "TKPK42-LDR-001").variant == "none"
    )
    unrecorded = one(check(attrs.evolve(d, tim=Team(ketua=None)), on=ON), "TKPK42-LDR-001")
    assert unrecorded.outcome is Outcome.UNDETERMINED and unrecorded.missing
    pj = person(OfficeKind.BUPATI, status=ActingStatus.PJ)
    acting = one(check(with_team(d, penanggung_jawab=pj), on=ON), "TKPK42-LDR-001")
    assert (acting.outcome, acting.variant) == (Outcome.COMPLIANT, "ok_acting")
    assert "Pj." in acting.message_id
    wrong_level = with_team(d, penanggung_jawab=person(OfficeKind.WALI_KOTA))
    f = one(check(wrong_level, on=ON), "TKPK42-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "title_mismatch")
    sekda = with_team(d, penanggung_jawab=person(OfficeKind.SEKRETARIS_DAERAH))
    assert one(check(sekda, on=ON), "TKPK42-LDR-001").outcome is Outcome.VIOLATION
    still = Vacancy(jabatan=OfficeKind.BUPATI, mulai=D(2018, 1, 1), selesai=None)
    vacant = attrs.evolve(sekda, kekosongan_jabatan=(still,))
    f = one(check(vacant, on=ON), "TKPK42-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.NOT_APPLICABLE, "vacant")
    # An end not recorded: the post may have been filled since, and that decides.
    unknown_end = attrs.evolve(
        sekda, kekosongan_jabatan=(attrs.evolve(still, selesai=NOT_RECORDED),)
    )
    f = one(check(unknown_end, on=ON), "TKPK42-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "vacancy_open")
    assert f.missing == ("kekosongan_jabatan[0].selesai",)
    assert one(check(sekda, on=D(2024, 1, 1)), "TKPK42-LDR-001").outcome is Outcome.NOT_APPLICABLE


# ---------------------------------------------------------------- vice-chair and vice-secretary


def test_vice_chair_is_binding_under_42_and_practice_under_53() -> None:
    d = with_team(compliant_2018(), wakil_ketua=person(OfficeKind.ASISTEN_SEKRETARIS_DAERAH))
    old = one(check(d, on=ON), "TKPK42-LDR-002")
    assert (old.outcome, old.variant) == (Outcome.VIOLATION, "not_sekda")
    assert "reported" in old.support.value
    new = one(check(d, on=D(2021, 6, 1)), "TKPK53-LDR-003")
    assert new.outcome is Outcome.COMPLIANT and new.severity is Severity.ADVISORY


def test_vice_chair_other_cases() -> None:
    d = compliant_2018()
    assert one(check(with_team(d, wakil_ketua=None), on=ON), "TKPK42-LDR-002").variant == "none"
    acting = with_team(d, wakil_ketua=person(OfficeKind.SEKRETARIS_DAERAH, status=ActingStatus.PJ))
    assert one(check(acting, on=ON), "TKPK42-LDR-002").variant == "ok_acting"
    sekda_chairs = with_team(d, ketua=person(OfficeKind.SEKRETARIS_DAERAH), wakil_ketua=None)
    assert one(check(sekda_chairs, on=ON), "TKPK42-LDR-002").variant == "sekda_chairs"
    unknown = with_team(d, wakil_ketua=Member(nama="X"))
    assert one(check(unknown, on=ON), "TKPK42-LDR-002").outcome is Outcome.UNDETERMINED
    other = with_team(d, wakil_ketua=person(OfficeKind.KEPALA_PERANGKAT_DAERAH))
    vacant = attrs.evolve(
        other,
        kekosongan_jabatan=(
            Vacancy(jabatan=OfficeKind.SEKRETARIS_DAERAH, mulai=D(2018, 5, 1), selesai=None),
        ),
    )
    assert one(check(vacant, on=ON), "TKPK42-LDR-002").variant == "vacant"
    unknown_end = attrs.evolve(
        vacant,
        kekosongan_jabatan=(Vacancy(jabatan=OfficeKind.SEKRETARIS_DAERAH, mulai=D(2018, 5, 1)),),
    )
    f = one(check(unknown_end, on=ON), "TKPK42-LDR-002")
    assert (f.outcome, f.variant, f.missing) == (
        Outcome.UNDETERMINED,
        "vacancy_open",
        ("kekosongan_jabatan[0].selesai",),
    )


@pytest.mark.parametrize(
    ("office", "variant", "outcome"),
    [
        ({"instansi": "Bapermas Kabupaten Banyumas"}, "ok_inferred", Outcome.COMPLIANT),
        ({"instansi": "Dinas Pemberdayaan Masyarakat dan Desa"}, "ok_inferred", Outcome.COMPLIANT),
        (
            {"sebutan": "Kepala Bidang Ekonomi", "instansi": "BPMD Kabupaten X"},
            "not_head",
            Outcome.VIOLATION,
        ),
        ({"instansi": "DPMPTSP Kota Samarinda"}, "office_not_recorded", Outcome.UNDETERMINED),
        (
            {"jenis": OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT, "status": ActingStatus.PLT},
            "ok_acting",
            Outcome.COMPLIANT,
        ),
        ({"jenis": OfficeKind.KEPALA_PERENCANAAN}, "not_head", Outcome.VIOLATION),
    ],
)
def test_vice_secretary_matches_the_agency_by_function(
    office: dict[str, object], variant: str, outcome: Outcome
) -> None:
    d = with_team(compliant_2018(), wakil_sekretaris=person(**office))
    f = one(check(d, on=ON), "TKPK42-LDR-003")
    assert (f.variant, f.outcome) == (variant, outcome)


# ---------------------------------------------------------------- SPKD


def _spkds(*periods: tuple[int, int]) -> Dossier:
    docs = tuple(
        PlanningDocument(
            jenis=DocumentKind.SPKD,
            periode=YearRange(mulai=a, selesai=b),
            ditetapkan=D(a, 1, 1),
        )
        for a, b in periods
    )
    return attrs.evolve(compliant_2018(), dokumen=docs)


def test_spkd_cases() -> None:
    lapsed = one(check(_spkds((2011, 2015)), on=ON), "TKPK42-DOC-001")
    assert (lapsed.outcome, lapsed.variant, lapsed.severity) == (
        Outcome.UNDETERMINED,
        "lapsed",
        Severity.ADVISORY,
    )
    none = check(_spkds(), on=ON)
    assert one(none, "TKPK42-DOC-001").variant == "none_no_deadline"
    assert one(none, "TKPK42-DOC-002").outcome is Outcome.NOT_APPLICABLE
    six = check(_spkds((2013, 2018)), on=ON)
    f = one(six, "TKPK42-DOC-002")
    # Six calendar years: a five-year term from mid-2013 to mid-2018 is written so.
    assert (f.outcome, f.variant, dict(f.facts)["tahun"]) == (
        Outcome.UNDETERMINED,
        "calendar_years",
        6,
    )
    assert one(six, "TKPK42-DOC-001").outcome is Outcome.COMPLIANT
    for period, outcome in (
        ((2014, 2017), Outcome.VIOLATION),
        ((2014, 2018), Outcome.COMPLIANT),
        ((2012, 2018), Outcome.VIOLATION),
    ):
        f = one(check(_spkds(period), on=ON), "TKPK42-DOC-002")
        assert f.outcome is outcome, period
    # Adopted after the date judged: not there yet.
    later = check(_spkds((2019, 2023)), on=ON)
    assert one(later, "TKPK42-DOC-001").variant == "none_no_deadline"
    unrecorded = check(attrs.evolve(compliant_2018(), dokumen=NOT_RECORDED), on=ON)
    for code in ("TKPK42-DOC-001", "TKPK42-DOC-002"):
        f = one(unrecorded, code)
        assert (f.outcome, f.missing) == (Outcome.UNDETERMINED, ("dokumen",))


# ---------------------------------------------------------------- decrees citing replaced law


def _basis(d: Dossier, *basis: str, tanggal: dt.date | None = None) -> Dossier:
    assert isinstance(d.tim, Team) and isinstance(d.tim.pembentukan, Instrument)
    inst = attrs.evolve(d.tim.pembentukan, dasar_hukum=basis)
    if tanggal is not None:
        inst = attrs.evolve(inst, tanggal=tanggal)
    return with_team(d, pembentukan=inst)


def test_a_decree_naming_42_2010_judged_under_53_gets_an_advisory() -> None:
    d = compliant_2018()  # formed 2011, names 42/2010, never re-issued
    f = one(check(d, on=D(2024, 6, 1)), "TKPK53-INS-003")
    assert (f.outcome, f.severity, f.variant) == (
        Outcome.COMPLIANT,
        Severity.ADVISORY,
        "cites_replaced",
    )
    assert "2021-2022" in f.message_id and "2021-2022" in f.message_en
    assert "RPKD" in f.message_en and "SPKD" in f.message_en and "3" in f.message_en
    assert f.action_id and "53/2020" in f.action_id
    assert dict(f.facts)["dikenali"] == ("permendagri-42-2010",)
    assert f.citation.text() == "Permendagri 53/2020, Pasal ?"
    assert [c.regulation for c in f.also_cited] == ["permendagri-42-2010"]


def test_the_decree_advisory_other_cases() -> None:
    d = compliant_2018()
    on = D(2024, 6, 1)
    both = _basis(d, "Permendagri 42/2010", "Permendagri Nomor 53 Tahun 2020")
    assert one(check(both, on=on), "TKPK53-INS-003").variant == "cites_current"
    other = _basis(d, "Perpres 15/2010")
    f = one(check(other, on=on), "TKPK53-INS-003")
    assert (f.variant, f.severity) == ("other_basis", Severity.NONE)
    unrecorded = with_team(d, pembentukan=Instrument(tanggal=D(2016, 3, 1), nomor="1/2016"))
    f = one(check(unrecorded, on=on), "TKPK53-INS-003")
    assert (f.variant, f.severity) == ("formed_before", Severity.ADVISORY)
    recent = with_team(d, pembentukan=Instrument(tanggal=D(2021, 3, 1)))
    f = one(check(recent, on=on), "TKPK53-INS-003")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "basis_not_recorded")
    assert f.missing == ("tim.pembentukan.dasar_hukum",)
    # Under 42/2010 it does not apply; in the window it waits for the handover.
    assert one(check(d, on=ON), "TKPK53-INS-003").outcome is Outcome.NOT_APPLICABLE
    assert one(check(d, on=D(2020, 6, 1)), "TKPK53-INS-003").outcome is Outcome.UNDETERMINED
    chosen = one(check(d, on=D(2020, 6, 1), handover=D(2020, 6, 1)), "TKPK53-INS-003")
    assert chosen.variant == "cites_replaced"


def test_the_example_between_the_handover_and_the_2021_decree() -> None:
    # From 2020-10-06 to 2021-06-06 Banyumas still worked under its 2016 decree.
    d = load_example()
    f = one(check(d, on=D(2021, 1, 15)), "TKPK53-INS-003")
    assert (f.variant, f.path) == ("cites_replaced", "riwayat_tim[0].pembentukan")
    assert one(check(d, on=D(2021, 6, 7)), "TKPK53-INS-003").variant == "cites_current"


@settings(max_examples=ci_examples(50, 20), deadline=None)
@given(st.dates(D(2020, 10, 6), D(2030, 12, 31)))
def test_the_decree_advisory_is_never_a_violation(on: dt.date) -> None:
    f = one(check(compliant_2018(), on=on), "TKPK53-INS-003")
    assert f.outcome is Outcome.COMPLIANT and f.severity is Severity.ADVISORY
