"""A second review of partial and contradictory records (2026-12-03), mended.

Each test builds the smallest record that gave a violation (or a compliance) the record
cannot support, checks the finding is now what the record supports, and checks that
the violation still stands where the record does support it: each can fail both ways.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import compliant, judge, official, only, with_team
from tkpk_rules.judge import empowerment_head, planning_head
from tkpk_rules.model import Member, Office, OfficeKind
from tkpk_rules.report import Outcome

D = dt.date
KPD, PPD, OTHER = (
    OfficeKind.KEPALA_PERANGKAT_DAERAH,
    OfficeKind.PEJABAT_PERANGKAT_DAERAH,
    OfficeKind.LAINNYA,
)


# ------------------------------------------------------ a generic kind beside the agency


def _person(kind: OfficeKind, title: str | None = None, agency: str | None = None) -> Member:
    office = Office(jenis=kind)
    if title is not None:
        office = Office(jenis=kind, sebutan=title)
    if agency is not None:
        office = Office(jenis=kind, sebutan=office.sebutan, instansi=agency)
    return Member(jabatan=office)


def test_the_head_of_an_agency_named_the_planning_agency_is_its_head() -> None:
    for who in (
        _person(KPD, "Kepala Bappedalitbang"),
        _person(KPD, agency="Bappeda Kabupaten Banyumas"),
        _person(KPD, "Kepala", "Bapperida Provinsi Kalimantan Timur"),
    ):
        assert planning_head(who) == (True, True), who
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok_agency_head")
    # The head of another agency is still not the planning head.
    f = only(
        judge(with_team(compliant(), sekretaris=_person(KPD, agency="Dinas Sosial"))),
        "TKPK53-LDR-002",
    )
    assert f.outcome is Outcome.VIOLATION


def test_a_kind_the_title_contradicts_leaves_the_secretary_open() -> None:
    for who in (
        _person(PPD, "Plt. Kepala Bappeda"),  # an official, yet the head's title
        _person(KPD, "Sekretaris Bappeda"),  # a head, yet the secretary's title
        _person(OTHER, "Kepala Bappeda"),  # "another office", yet the head's title
    ):
        assert planning_head(who) == (None, False), who
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "office_unclear"), who
        assert f.missing == ("tim.sekretaris.jabatan.jenis",)
        assert "tidak sejalan" in f.message("id") and "does not agree" in f.message("en")
    # Where kind and title agree that it is not the head, the violation stands.
    for who in (_person(PPD, "Kepala Bidang Ekonomi", "Bappeda"), _person(PPD, "Analis")):
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert f.outcome is Outcome.VIOLATION, who


def test_the_vice_secretary_is_read_the_same_way() -> None:
    assert empowerment_head(_person(KPD, agency="Dinas Pemberdayaan Masyarakat dan Desa")) == (
        True,
        True,
    )
    assert empowerment_head(_person(PPD, "Plt. Kepala Dinpermades")) == (None, False)
    assert empowerment_head(_person(OfficeKind.SEKRETARIS_DAERAH, agency="Bapermas")) == (
        False,
        False,
    )


def test_another_office_with_a_deputy_heads_title_leaves_the_chair_open() -> None:
    d = compliant()
    f = only(judge(with_team(d, ketua=_person(OTHER, "Wakil Bupati Banyumas"))), "TKPK53-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "office_unclear")
    assert f.missing == ("tim.ketua.jabatan.jenis",)
    # Another office with another title: the chair is surely not the deputy head.
    f = only(judge(with_team(d, ketua=_person(OTHER, "Ketua DPRD"))), "TKPK53-LDR-001")
    assert f.outcome is Outcome.VIOLATION
    f = only(judge(with_team(d, ketua=official(OfficeKind.SEKRETARIS_DAERAH))), "TKPK53-LDR-001")
    assert f.outcome is Outcome.VIOLATION


@given(
    st.sampled_from([KPD, PPD, OTHER]),
    st.sampled_from(["Kepala Bappeda", "Plt. Kepala Bappeda", "Sekretaris Bappeda", "Kabid", ""]),
)
def test_a_violation_of_the_secretary_always_agrees_with_kind_and_title(
    kind: OfficeKind, title: str
) -> None:
    who = _person(kind, title or None, "Bappeda Kota Bogor")
    f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
    says_head = title.startswith(("Kepala", "Plt. Kepala"))
    if f.outcome is Outcome.VIOLATION:
        # Only when neither the kind nor the title says "head".
        assert kind is not KPD and not says_head


# ------------------------------------------------------------ a vacancy list in part


def test_a_chair_not_the_deputy_with_the_vacancies_recorded_in_part_is_open() -> None:
    import attrs

    from tkpk_rules.model import Coverage

    d = with_team(compliant(), ketua=official(OfficeKind.SEKRETARIS_DAERAH))
    assert d.kekosongan_jabatan == ()
    assert only(judge(d), "TKPK53-LDR-001").outcome is Outcome.VIOLATION
    partial = attrs.evolve(d, cakupan=Coverage(sebagian=("kekosongan_jabatan",)))
    f = only(judge(partial), "TKPK53-LDR-001")
    assert f.outcome is Outcome.UNDETERMINED and "kekosongan_jabatan" in f.missing
    assert f.facts_dict()["pelanggaran_tidak_didukung"] == "partial_list"
    # Another list in part changes nothing here.
    other = attrs.evolve(d, cakupan=Coverage(sebagian=("rapat_koordinasi",)))
    assert only(judge(other), "TKPK53-LDR-001").outcome is Outcome.VIOLATION


# --------------------------------------------------------- working groups not recorded


def test_an_element_missing_is_open_while_the_working_groups_are_not_recorded() -> None:
    import attrs

    from tkpk_rules.model import NOT_RECORDED, Coverage, Element, WorkingGroup
    from tkpk_rules.testing.records import compliant as base

    d = base()
    team = d.tim
    assert not isinstance(team, type(NOT_RECORDED)) and team is not None
    assert isinstance(team.anggota, tuple)
    members = tuple(m for m in team.anggota if m.unsur is not Element.DUNIA_USAHA)
    d = with_team(d, anggota=members)
    # No working groups, recorded so: the business element is surely missing.
    assert only(judge(d), "TKPK53-MEM-001").outcome is Outcome.VIOLATION
    for groups, missing in (
        (NOT_RECORDED, ("tim.kelompok_kerja",)),
        (
            (WorkingGroup(nama="Pokja Data"),),
            ("tim.kelompok_kerja[0].koordinator", "tim.kelompok_kerja[0].anggota"),
        ),
    ):
        f = only(judge(with_team(d, kelompok_kerja=groups)), "TKPK53-MEM-001")
        assert (f.outcome, f.variant, f.missing) == (
            Outcome.UNDETERMINED,
            "groups_not_recorded",
            missing,
        )
    # Recorded in part: a business member may sit in a group not listed.
    partial = attrs.evolve(d, cakupan=Coverage(sebagian=("tim.kelompok_kerja",)))
    f = only(judge(partial), "TKPK53-MEM-001")
    assert f.outcome is Outcome.UNDETERMINED and "tim.kelompok_kerja" in f.missing
    # A group whose members are recorded and hold no business member: still a violation.
    known = (WorkingGroup(nama="Pokja Data", koordinator=None, anggota=()),)
    assert only(judge(with_team(d, kelompok_kerja=known)), "TKPK53-MEM-001").outcome is (
        Outcome.VIOLATION
    )
