"""The public strategies of ``tkpk_rules.testing`` keep their promises."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules import regions as table
from tkpk_rules.engine import check, level_of
from tkpk_rules.errors import DocumentError
from tkpk_rules.io import load
from tkpk_rules.judge import DEPUTY_HEAD, meeting_year, planning_head
from tkpk_rules.model import (
    AnnualAgenda,
    DocumentKind,
    Dossier,
    Element,
    Level,
    Meeting,
    MeetingStatus,
    Member,
    Office,
    OfficeKind,
    PlanningDocument,
    RegionRef,
    Team,
    Topic,
    YearRange,
)
from tkpk_rules.report import Outcome
from tkpk_rules.rules import RULEBOOK
from tkpk_rules.rules.membership import classify, team_members
from tkpk_rules.testing import (
    Breaker,
    agendas,
    breakable_dates,
    breakers,
    broken_rules,
    documents,
    dossiers,
    for_type,
    meetings,
    members,
    offices,
    officials,
    planning_documents,
    region_codes,
    regions,
    secretariats,
    teams,
    violating,
)
from tkpk_rules.testing._compliant import builder_for, compliant_dossier
from tkpk_rules.testing._registry import _adapt
from tkpk_rules.testing.records import compliant

ON = dt.date(2024, 11, 1)
some = settings(max_examples=ci_examples(100, 20))


def test_importing_the_library_never_imports_hypothesis() -> None:
    code = (
        "import sys, tkpk_rules; tkpk_rules.check; tkpk_rules.load; tkpk_rules.Report;"
        "import tkpk_rules.rules, tkpk_rules.engine, tkpk_rules.io;"
        "assert 'hypothesis' not in sys.modules, 'hypothesis imported';"
        "assert 'tkpk_rules.testing' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_compliant_needs_a_date() -> None:
    with pytest.raises(TypeError, match="on="):
        dossiers(compliant=True)


def test_violating_refuses_what_it_cannot_do() -> None:
    with pytest.raises(KeyError):
        violating("TKPK53-XXX-999", on=ON)
    with pytest.raises(ValueError, match="can be broken from"):
        violating("TKPK53-MTG-001", on=dt.date(2021, 6, 1))
    with pytest.raises(ValueError, match="does not apply"):
        violating("TKPK53-SEC-001", on=ON, level=Level.KOTA)


@settings(max_examples=ci_examples(30, 5))
@given(dossiers(compliant=True, on=ON, levels=[Level.KOTA_ADMINISTRASI]))
def test_dki_administrative_regions_are_not_applicable(d: Dossier) -> None:
    assert level_of(d) is Level.KOTA_ADMINISTRASI
    assert {f.outcome for f in check(d, on=ON).findings} == {Outcome.NOT_APPLICABLE}


@pytest.mark.parametrize("level", [Level.PROVINSI, Level.KABUPATEN, Level.KOTA])
@settings(max_examples=ci_examples(30, 5))
@given(data=st.data())
def test_compliant_dossiers_keep_to_the_level_asked(level: Level, data: st.DataObject) -> None:
    d = data.draw(dossiers(compliant=True, on=ON, levels=[level]))
    assert level_of(d) is level
    assert broken_rules(check(d, on=ON)) == frozenset()


@some
@given(st.sampled_from(list(Element)).flatmap(lambda e: st.tuples(st.just(e), members(element=e))))
def test_members_of_an_element_are_counted_in_it(case: tuple[Element, Member]) -> None:
    element, member = case
    assert classify(member)[0] is element


@some
@given(
    st.sampled_from([Level.PROVINSI, Level.KABUPATEN, Level.KOTA]).flatmap(
        lambda lv: st.tuples(st.just(lv), teams(level=lv))
    )
)
def test_teams_have_the_expected_leadership_and_all_elements(case: tuple[Level, Team]) -> None:
    level, team = case
    assert isinstance(team.ketua, Member) and isinstance(team.ketua.jabatan, Office)
    assert team.ketua.jabatan.jenis is DEPUTY_HEAD[level]
    assert isinstance(team.sekretaris, Member) and planning_head(team.sekretaris)[0] is True
    assert {classify(m)[0] for _, m in team_members(team, "tim")} >= set(Element)


@some
@given(st.integers(2015, 2035).flatmap(lambda y: st.tuples(st.just(y), meetings(year=y))))
def test_meetings_fall_in_the_year_asked(case: tuple[int, Meeting]) -> None:
    year, meeting = case
    assert meeting_year(meeting) == year


@some
@given(meetings(status=MeetingStatus.DIBATALKAN))
def test_meetings_have_the_status_asked(meeting: Meeting) -> None:
    assert meeting.status is MeetingStatus.DIBATALKAN


@some
@given(agendas(year=2024))
def test_agendas_plan_the_rpkd_the_rat_and_the_report(agenda: AnnualAgenda) -> None:
    assert agenda.tahun == 2024 and isinstance(agenda.kegiatan, tuple)
    planned = set()
    for item in agenda.kegiatan:
        planned.add(item.kegiatan.value)
        if isinstance(item.pembahasan, tuple):
            planned.update(t.value for t in item.pembahasan)
    assert {"penyusunan_rpkd", "rpkd"} & planned
    assert {"penyusunan_rat", "rat"} & planned
    assert Topic.LAPORAN_PELAKSANAAN.value in planned


@some
@given(region_codes(levels=[Level.KOTA], on=dt.date(2021, 1, 1)))
def test_region_codes_keep_to_level_and_date(code: str) -> None:
    region = table.get(code)
    assert region.tingkat is Level.KOTA and region.exists_on(dt.date(2021, 1, 1))


@some
@given(regions(), offices(kind=OfficeKind.KEPALA_PERENCANAAN), officials(kind=OfficeKind.BUPATI))
def test_regions_offices_and_officials(ref: RegionRef, office: Office, who: object) -> None:
    assert table.find(ref.kode) is not None
    assert office.jenis is OfficeKind.KEPALA_PERENCANAAN
    assert who.jabatan.jenis is OfficeKind.BUPATI  # type: ignore[attr-defined]


@some
@given(planning_documents(kind=DocumentKind.RAT), secretariats(level=Level.PROVINSI))
def test_planning_documents_and_secretariats(doc: object, sec: object) -> None:
    assert doc.jenis is DocumentKind.RAT  # type: ignore[attr-defined]
    assert sec.pembentukan.penerbit.value == "gubernur"  # type: ignore[attr-defined]


@some
@given(documents())
def test_valid_documents_load(doc: dict[str, object]) -> None:
    assert doc["format"] == "tkpk-rules/1"
    load(doc)


@settings(max_examples=ci_examples(100, 40))
@given(documents(valid=False))
def test_malformed_documents_are_refused_with_a_document_error(doc: dict[str, object]) -> None:
    with pytest.raises(DocumentError) as info:
        load(doc)
    assert info.value.problems


def _first_rpkd_gone(on: dt.date) -> Dossier:
    """A compliant dossier of 2021 as three breakers leave it (a failure seen once).

    The breaker of TKPK53-DOC-002 stretched the RPKD of 2021 to seven calendar
    years (its RPJMD following), and the one of TKPK53-DOC-001 then added an
    RPJMD for 2027-2031 adopted on 6 October 2020 and dropped every RPKD meeting
    that period: the RAT of 2021 is left with no RPKD to elaborate.
    """
    d = compliant(on=on)
    assert isinstance(d.dokumen, tuple)
    first, seven = YearRange(mulai=2021, selesai=2025), YearRange(mulai=2021, selesai=2027)
    docs = tuple(
        attrs.evolve(doc, periode=seven)
        if doc.jenis is DocumentKind.RPJMD and doc.periode == first
        else doc
        for doc in d.dokumen
        # Both RPKDs meet 2027-2031 once the first is stretched to seven years: dropped.
        if doc.jenis is not DocumentKind.RPKD
    )
    later = PlanningDocument(
        jenis=DocumentKind.RPJMD,
        periode=YearRange(mulai=2027, selesai=2031),
        ditetapkan=dt.date(2020, 10, 6),
    )
    return attrs.evolve(d, dokumen=(*docs, later))


@settings(max_examples=ci_examples(100, 15))
@given(
    st.dates(dt.date(2011, 1, 1), dt.date(2040, 12, 31)).flatmap(
        lambda on: st.tuples(st.just(on), dossiers(on=on))
    )
)
@example((dt.date(2021, 1, 1), _first_rpkd_gone(dt.date(2021, 1, 1))))
def test_realistic_dossiers_break_only_rules_that_can_be_broken_then(
    case: tuple[dt.date, Dossier],
) -> None:
    on, d = case
    for code in broken_rules(check(d, on=on)):
        assert breakers()[code].works_on(on), code


def test_a_rat_without_an_rpkd_in_2021_is_within_its_breakers_dates() -> None:
    # The first year 53/2020 governs throughout is 2021: a RAT of 2021 with no RPKD to
    # elaborate is an advisory of TKPK53-DOC-004 already then, as in any later year.
    on = dt.date(2021, 1, 1)
    report = check(_first_rpkd_gone(on), on=on)
    assert [f.variant for f in report.by_code("TKPK53-DOC-004") if f.year == 2021] == ["ok_no_rpkd"]
    assert "TKPK53-DOC-004" in broken_rules(report)
    assert breakers()["TKPK53-DOC-004"].works_on(on)


@pytest.mark.parametrize("on", [dt.date(2021, 1, 1), dt.date(2021, 7, 1), dt.date(2021, 12, 31)])
@settings(max_examples=ci_examples(10, 3))
@given(data=st.data())
def test_a_missing_rat_is_broken_alone_in_2021(on: dt.date, data: st.DataObject) -> None:
    d = data.draw(violating("TKPK53-DOC-004", on=on))
    report = check(d, on=on)
    assert broken_rules(report) == {"TKPK53-DOC-004"}
    assert [f.variant for f in report.by_code("TKPK53-DOC-004") if f.year == 2021] == [
        "missing_running"
    ]


@some
@given(dossiers())
def test_arbitrary_dossiers_are_still_for_type(d: Dossier) -> None:
    assert isinstance(d, Dossier)
    assert isinstance(for_type(Dossier), st.SearchStrategy)


def test_breakers_are_well_formed() -> None:
    for code, b in breakers().items():
        assert isinstance(b, Breaker) and b.code == code
        assert b.earliest <= b.latest
    for rule in RULEBOOK:
        assert isinstance(breakable_dates(rule.code), st.SearchStrategy)


def test_plain_function_breakers_are_adapted() -> None:
    def raises(d: Dossier, on: dt.date) -> Dossier:
        raise ValueError("nothing to break")

    adapted = _adapt("TKPK42-LDR-001", raises)
    d = Dossier(wilayah=RegionRef(kode="64"))
    assert adapted.apply(d, ON) is d
    assert adapted.latest < dt.date(2020, 1, 1) <= adapted.earliest.replace(year=2020)
    assert _adapt("TKPK53-MTG-001", raises).earliest == dt.date(2022, 1, 1)
    assert _adapt("TKPK53-LDR-001", raises).latest.year == 2040


def test_a_builder_registered_for_a_regime_serves_its_dates() -> None:
    def mine(on: dt.date, level: Level) -> st.SearchStrategy[Dossier]:
        return st.just(Dossier(wilayah=RegionRef(kode="64")))

    builders = {"permendagri-42-2010": mine}
    assert builder_for(dt.date(2015, 1, 1), builders) is mine
    assert builder_for(dt.date(2024, 1, 1), builders) is compliant_dossier
    assert builder_for(dt.date(2015, 1, 1), {}) is compliant_dossier


@settings(max_examples=1)
@given(st.data())
def test_the_compliant_builder_refuses_dates_it_does_not_serve(data: st.DataObject) -> None:
    with pytest.raises(ValueError, match="serves"):
        data.draw(compliant_dossier(dt.date(1999, 1, 1), Level.KOTA))
