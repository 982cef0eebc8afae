"""A third review of contradictory records (2026-12-03, third session), mended.

A specific kind of office beside a title naming the very office a rule expects (the
sekda's kind with "Wakil Bupati ..." as chair, "Bupati ..." recorded as ``lainnya``):
the record contradicts itself and does not say which of the two is wrong, so no
violation.  Each test also checks that the violation stands where kind and title agree.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import compliant, judge, only, with_team
from tkpk_rules.judge import (
    empowerment_head,
    names_head_of_region,
    names_regional_secretary,
    planning_head,
)
from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItem,
    AgendaItemKind,
    Coverage,
    Dossier,
    Instrument,
    Member,
    Office,
    OfficeKind,
    Team,
    Topic,
)
from tkpk_rules.report import Outcome
from tkpk_rules.testing.records import compliant_2018

D = dt.date
K = OfficeKind
ON_42 = D(2018, 6, 1)
ON_53 = D(2024, 6, 1)


def _person(kind: OfficeKind, title: str) -> Member:
    return Member(jabatan=Office(jenis=kind, sebutan=title))


def _finding(field: str, who: Member, code: str, on: dt.date) -> tuple[Outcome, str]:
    base = compliant_2018() if on.year < 2020 else compliant()
    f = only(judge(with_team(base, **{field: who}), on=on), code)
    return f.outcome, f.variant


def test_a_specific_kind_with_a_deputy_heads_title_leaves_the_chair_open() -> None:
    who = _person(K.SEKRETARIS_DAERAH, "Wakil Bupati Banyumas")
    assert _finding("ketua", who, "TKPK53-LDR-001", ON_53) == (
        Outcome.UNDETERMINED,
        "office_unclear",
    )
    # Kind and title agree: the sekda chairs, and the record lists no vacancy.
    who = _person(K.SEKRETARIS_DAERAH, "Sekretaris Daerah Kabupaten Banyumas")
    assert _finding("ketua", who, "TKPK53-LDR-001", ON_53)[0] is Outcome.VIOLATION


def test_a_specific_kind_with_the_planning_heads_title_leaves_the_secretary_open() -> None:
    who = _person(K.SEKRETARIS_DAERAH, "Kepala Bappeda Kabupaten Banyumas")
    assert planning_head(who) == (None, False)
    assert _finding("sekretaris", who, "TKPK53-LDR-002", ON_53) == (
        Outcome.UNDETERMINED,
        "office_unclear",
    )
    # The sekda's own title beside the sekda's kind: not the planning head.
    who = _person(K.SEKRETARIS_DAERAH, "Sekretaris Daerah")
    assert planning_head(who) == (False, False)
    assert _finding("sekretaris", who, "TKPK53-LDR-002", ON_53)[0] is Outcome.VIOLATION
    # A head's title of another agency beside a specific kind decides nothing new.
    assert planning_head(_person(K.SEKRETARIS_DAERAH, "Kepala Dinas Sosial")) == (False, False)


def test_a_specific_kind_with_the_empowerment_heads_title_is_open() -> None:
    who = _person(K.KEPALA_PERENCANAAN, "Kepala BPMD Kabupaten Banyumas")
    assert empowerment_head(who) == (None, False)
    outcome, _ = _finding("wakil_sekretaris", who, "TKPK42-LDR-003", ON_42)
    assert outcome is Outcome.UNDETERMINED
    who = _person(K.KEPALA_PERENCANAAN, "Kepala Bappeda")
    assert _finding("wakil_sekretaris", who, "TKPK42-LDR-003", ON_42)[0] is Outcome.VIOLATION


def test_another_office_with_a_head_of_regions_title_is_no_violation_under_42() -> None:
    for who in (
        _person(K.LAINNYA, "Bupati Banyumas"),
        _person(K.SEKRETARIS_DAERAH, "Pj. Bupati Banyumas"),
    ):
        assert _finding("penanggung_jawab", who, "TKPK42-LDR-001", ON_42) == (
            Outcome.UNDETERMINED,
            "office_unclear",
        )
    for who in (
        _person(K.LAINNYA, "Staf Ahli Bupati"),
        _person(K.SEKRETARIS_DAERAH, "Sekretaris Daerah"),
        _person(K.LAINNYA, "Wakil Bupati Banyumas"),
    ):
        assert _finding("penanggung_jawab", who, "TKPK42-LDR-001", ON_42) == (
            Outcome.VIOLATION,
            "not_head",
        )


def test_another_office_with_the_sekdas_title_is_no_violation_under_42() -> None:
    for who in (
        _person(K.LAINNYA, "Sekretaris Daerah Kabupaten Banyumas"),
        _person(K.KEPALA_PERENCANAAN, "Plh. Sekda"),
    ):
        assert _finding("wakil_ketua", who, "TKPK42-LDR-002", ON_42) == (
            Outcome.UNDETERMINED,
            "office_unclear",
        )
    for who in (
        _person(K.LAINNYA, "Asisten Sekda Bidang Perekonomian"),
        _person(K.KEPALA_PERENCANAAN, "Kepala Bappeda"),
    ):
        assert _finding("wakil_ketua", who, "TKPK42-LDR-002", ON_42) == (
            Outcome.VIOLATION,
            "not_sekda",
        )


_KINDS = st.sampled_from([k for k in K if k not in (K.SEKRETARIS_DAERAH,)])
_TITLES = st.sampled_from(
    [
        "Sekretaris Daerah",
        "Plt. Sekda Kabupaten Banyumas",
        "sekretaris  daerah",
        "Asisten Sekda",
        "Kepala Bappeda",
        "Bupati Banyumas",
        "Pj. Bupati",
        "Wakil Bupati",
        "Staf Ahli Bupati",
    ]
)


@given(_KINDS, _TITLES)
def test_a_violation_under_42_never_goes_against_the_title(kind: OfficeKind, title: str) -> None:
    """Whatever the kind recorded, no violation where the title names the expected office."""
    who = _person(kind, title)
    outcome, _ = _finding("wakil_ketua", who, "TKPK42-LDR-002", ON_42)
    if outcome is Outcome.VIOLATION:
        assert not names_regional_secretary(title)
    outcome, _ = _finding("penanggung_jawab", who, "TKPK42-LDR-001", ON_42)
    if outcome is Outcome.VIOLATION:
        assert not names_head_of_region(title)


# ------------------------------------------------ a weakening hunt (2026-12-03), mended


def _agenda_2024(topics: object) -> Dossier:
    """The compliant record whose 2024 agenda plans the RAT only through a meeting."""
    d = compliant(on=D(2025, 12, 31))
    assert isinstance(d.agenda_kerja, tuple)
    agendas = []
    for a in d.agenda_kerja:
        if a.tahun == 2024:
            meeting = AgendaItem(kegiatan=AgendaItemKind.RAPAT_KOORDINASI)
            if topics is not None:
                meeting = attrs.evolve(meeting, pembahasan=topics)
            a = attrs.evolve(
                a,
                kegiatan=(
                    AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RPKD),
                    AgendaItem(kegiatan=AgendaItemKind.LAPORAN_PELAKSANAAN),
                    meeting,
                ),
            )
        agendas.append(a)
    return attrs.evolve(d, agenda_kerja=tuple(agendas))


def _agd002(d: Dossier) -> tuple[Outcome, str]:
    f = only(judge(d, on=D(2025, 12, 31)), "TKPK53-AGD-002", year=2024)
    return f.outcome, f.variant


def test_an_agenda_whose_meetings_topics_are_not_recorded_may_hold_the_work() -> None:
    assert _agd002(_agenda_2024((Topic.RAT,))) == (Outcome.COMPLIANT, "ok")
    assert _agd002(_agenda_2024(None)) == (Outcome.UNDETERMINED, "topics_open")
    # Recorded in part: as open.
    d = _agenda_2024(())
    index = next(i for i, a in enumerate(d.agenda_kerja) if a.tahun == 2024)  # type: ignore[arg-type]
    partial = Coverage(sebagian=(f"agenda_kerja[{index}].kegiatan[2].pembahasan",))
    assert _agd002(attrs.evolve(d, cakupan=partial)) == (Outcome.UNDETERMINED, "topics_open")
    # Recorded in full as discussing something else: the RAT is missing.
    assert _agd002(_agenda_2024((Topic.LAPORAN_PELAKSANAAN,))) == (
        Outcome.VIOLATION,
        "missing_items",
    )


def test_an_rpjmd_without_its_period_may_be_the_rpkds() -> None:
    from tkpk_rules import loads

    def record(first_period: str) -> str:
        return (
            "format: tkpk-rules/1\nwilayah: {kode: '33.02'}\ndokumen:\n"
            f"  - {{jenis: rpjmd, status: ditetapkan, ditetapkan: 2021-06-01{first_period}}}\n"
            "  - {jenis: rpjmd, status: ditetapkan, ditetapkan: 2022-06-01,"
            " periode: {mulai: 2022, selesai: 2026}}\n"
            "  - {jenis: rpkd, status: ditetapkan, ditetapkan: 2021-07-01,"
            " periode: {mulai: 2021, selesai: 2026}}\n"
        )

    def doc008(text: str) -> tuple[Outcome, str]:
        f = only(judge(loads(text), on=D(2024, 12, 31)), "TKPK53-DOC-008")
        return f.outcome, f.variant

    assert doc008(record(", periode: {mulai: 2021, selesai: 2026}")) == (Outcome.COMPLIANT, "ok")
    assert doc008(record("")) == (Outcome.UNDETERMINED, "rpjmd_period_unknown")
    # Every RPJMD's period recorded, none the RPKD's: the violation stands.
    assert doc008(record(", periode: {mulai: 2016, selesai: 2021}")) == (
        Outcome.VIOLATION,
        "differs",
    )


def _chaired_by_the_sekda(team: Team) -> Team:
    return attrs.evolve(
        team, ketua=_person(K.SEKRETARIS_DAERAH, "Sekretaris Daerah Kabupaten Banyumas")
    )


def test_an_undated_teams_make_up_is_no_violation_on_a_day_it_may_not_have_existed() -> None:
    d = compliant()
    team = d.tim
    assert isinstance(team, Team) and isinstance(team.pembentukan, Instrument)
    undated = attrs.evolve(
        _chaired_by_the_sekda(team),
        pembentukan=attrs.evolve(team.pembentukan, tanggal=NOT_RECORDED),
    )
    for on in (D(2021, 12, 31), D(2024, 6, 1)):
        f = only(judge(attrs.evolve(d, tim=undated, riwayat_tim=()), on=on), "TKPK53-LDR-001")
        assert f.outcome is Outcome.UNDETERMINED, (on, f.variant)
        assert "tim.pembentukan.tanggal" in f.missing
        assert "tanggal yang dinilai" in f.message("id")  # no date: the words serve any date
    # Dated, the same team's chair is a violation once it exists.
    dated = _chaired_by_the_sekda(team)
    f = only(judge(attrs.evolve(d, tim=dated), on=D(2024, 6, 1)), "TKPK53-LDR-001")
    assert f.outcome is Outcome.VIOLATION


def test_earlier_teams_without_the_current_one_may_have_been_replaced() -> None:
    d = compliant()
    team = d.tim
    assert isinstance(team, Team)
    earlier = _chaired_by_the_sekda(team)  # formed 2020-03-01
    record = attrs.evolve(d, tim=NOT_RECORDED, riwayat_tim=(earlier,))
    f = only(judge(record, on=D(2024, 12, 31)), "TKPK53-LDR-001")
    assert f.outcome is Outcome.UNDETERMINED and "tim" in f.missing
    # With the current team recorded as that same team, the violation stands.
    f = only(
        judge(attrs.evolve(d, tim=earlier, riwayat_tim=()), on=D(2024, 12, 31)), "TKPK53-LDR-001"
    )
    assert f.outcome is Outcome.VIOLATION


def test_an_undated_team_is_not_said_to_be_in_place() -> None:
    d = compliant()
    team = d.tim
    assert isinstance(team, Team) and isinstance(team.pembentukan, Instrument)
    undated = attrs.evolve(team, pembentukan=attrs.evolve(team.pembentukan, tanggal=NOT_RECORDED))
    f = only(
        judge(attrs.evolve(d, tim=undated, riwayat_tim=()), on=D(2024, 6, 1)), "TKPK53-FRM-001"
    )
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "formed_undated")
    assert f.missing == ("tim.pembentukan.tanggal",)
    f = only(judge(d, on=D(2024, 6, 1)), "TKPK53-FRM-001")
    assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "formed")


def test_a_title_naming_another_levels_office_is_no_contradiction() -> None:
    """A kabupaten's chair titled "Wakil Gubernur ...": neither kind nor title is the wakil
    bupati, so the violation stands; the same for a penanggung jawab titled "Gubernur"."""
    for title in ("Wakil Gubernur Jawa Tengah", "Wakil Wali Kota Surakarta"):
        who = _person(K.SEKRETARIS_DAERAH, title)
        assert _finding("ketua", who, "TKPK53-LDR-001", ON_53)[0] is Outcome.VIOLATION
    for title in ("Gubernur Jawa Tengah", "Wali Kota Surakarta"):
        who = _person(K.LAINNYA, title)
        assert _finding("penanggung_jawab", who, "TKPK42-LDR-001", ON_42) == (
            Outcome.VIOLATION,
            "not_head",
        )


def test_the_unrecorded_current_team_is_an_alternative_only_after_the_latest_earlier() -> None:
    d = compliant()
    team = d.tim
    assert isinstance(team, Team) and isinstance(team.pembentukan, Instrument)
    first = attrs.evolve(
        team, ketua=None, pembentukan=attrs.evolve(team.pembentukan, tanggal=D(2021, 1, 4))
    )
    latest = attrs.evolve(team, pembentukan=attrs.evolve(team.pembentukan, tanggal=D(2024, 1, 2)))
    record = attrs.evolve(d, tim=NOT_RECORDED, riwayat_tim=(first, latest))
    f = only(judge(record, on=D(2022, 6, 1)), "TKPK53-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "no_chair")  # the first one applied
    f = only(judge(record, on=D(2024, 6, 1)), "TKPK53-LDR-001")
    assert f.outcome is Outcome.UNDETERMINED and "tim" in f.missing


def test_an_undated_team_whose_term_had_begun_is_judged_as_in_office() -> None:
    from tkpk_rules.model import DateRange

    d = compliant()
    team = d.tim
    assert isinstance(team, Team) and isinstance(team.pembentukan, Instrument)
    undated = attrs.evolve(
        team,
        ketua=None,
        pembentukan=attrs.evolve(team.pembentukan, tanggal=NOT_RECORDED),
        masa_kerja=DateRange(mulai=D(2021, 1, 1), selesai=None),
    )
    record = attrs.evolve(d, tim=undated, riwayat_tim=())
    report = judge(record, on=D(2025, 11, 1))
    assert only(report, "TKPK53-FRM-001").outcome is Outcome.COMPLIANT
    assert only(report, "TKPK53-LDR-001").outcome is Outcome.VIOLATION
    # Before the term began, it may not have existed yet.
    early = judge(record, on=D(2020, 12, 31))
    assert only(early, "TKPK53-FRM-001").variant == "formed_undated"
