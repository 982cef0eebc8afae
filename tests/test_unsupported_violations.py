"""Violations a partial record cannot support, found by a review (2026-12-03) and mended.

Each test builds the smallest record that gave a violation before and checks that it
is now *undetermined*, with the missing fact named, and that the violation still
stands where the record does support it (so each test can fail both ways).
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import compliant, judge, only, team, with_team
from tkpk_rules.judge import ISSUER, planning_head
from tkpk_rules.model import (
    NOT_RECORDED,
    Certainty,
    Coverage,
    DocumentKind,
    Dossier,
    ImpreciseDate,
    Instrument,
    InstrumentKind,
    Level,
    MeetingKind,
    MeetingStatus,
    Member,
    Office,
    Secretariat,
    Topic,
)
from tkpk_rules.report import Outcome, Report

D = dt.date


def _without_meetings_of(d: Dossier, year: int) -> Dossier:
    assert isinstance(d.rapat_koordinasi, tuple)
    kept = tuple(m for m in d.rapat_koordinasi if getattr(m.tanggal, "year", None) != year)
    return attrs.evolve(d, rapat_koordinasi=kept)


# ------------------------------------------------- a team whose forming date is not recorded


def _undated(d: Dossier) -> Dossier:
    inst = team(d).pembentukan
    assert not isinstance(inst, type(NOT_RECORDED))
    return with_team(d, pembentukan=attrs.evolve(inst, tanggal=NOT_RECORDED))


def test_an_undated_team_gives_no_violation_for_a_year_it_may_not_have_existed_in() -> None:
    d = _without_meetings_of(compliant(), 2024)
    # Dated (formed in 2020): 2024 had too few meetings, a violation the record supports.
    assert only(judge(d), "TKPK53-MTG-001", 2024).outcome is Outcome.VIOLATION
    f = only(judge(_undated(d)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing == ("tim.pembentukan.tanggal",)
    assert f.facts_dict()["pelanggaran_tidak_didukung"] == "team_undated"
    assert "tanggal pembentukan tim tidak dicatat" in f.message("id")
    assert "forming date is not recorded" in f.message("en")


def test_an_undated_team_keeps_what_the_record_shows() -> None:
    # A compliant year stays compliant, and the running year's warning stays a warning.
    d = _undated(_without_meetings_of(compliant(), 2025))
    assert only(judge(d), "TKPK53-MTG-001", 2024).outcome is Outcome.COMPLIANT
    running = only(judge(d), "TKPK53-MTG-001", 2025)
    assert running.outcome is Outcome.UNDETERMINED and running.missing == ()


def test_an_undated_team_with_the_rat_missing() -> None:
    d = compliant()
    assert isinstance(d.dokumen, tuple)
    d = attrs.evolve(
        d,
        dokumen=tuple(
            x for x in d.dokumen if not (x.jenis is DocumentKind.RAT and x.tahun == 2024)
        ),
    )
    assert only(judge(d), "TKPK53-DOC-004", 2024).outcome is Outcome.VIOLATION
    assert only(judge(_undated(d)), "TKPK53-DOC-004", 2024).outcome is Outcome.UNDETERMINED


# ------------------------------------------------------------ a RAT whose year is not recorded


def _rat_of(d: Dossier, year: int) -> int:
    assert isinstance(d.dokumen, tuple)
    return next(
        i for i, x in enumerate(d.dokumen) if x.jenis is DocumentKind.RAT and x.tahun == year
    )


def test_a_rat_without_its_year_may_be_the_missing_one() -> None:
    d = compliant()
    assert isinstance(d.dokumen, tuple)
    i = _rat_of(d, 2024)
    docs = list(d.dokumen)
    gone = attrs.evolve(d, dokumen=tuple(docs[:i] + docs[i + 1 :]))
    assert only(judge(gone), "TKPK53-DOC-004", 2024).outcome is Outcome.VIOLATION
    docs[i] = attrs.evolve(docs[i], tahun=NOT_RECORDED)
    f = only(judge(attrs.evolve(d, dokumen=tuple(docs))), "TKPK53-DOC-004", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing == (f"dokumen[{i}].tahun",) and f.path == f"dokumen[{i}]"
    assert "tahun RAT" in f.message("id") and "may be the 2024 RAT" in f.message("en")


# ------------------------------------- MTG-003: meetings on the RPKD whose status is not known


def _meetings_of_year_changed(d: Dossier, year: int, **change: object) -> Dossier:
    """Every meeting of ``year`` changed."""
    assert isinstance(d.rapat_koordinasi, tuple)
    return attrs.evolve(
        d,
        rapat_koordinasi=tuple(
            attrs.evolve(m, **change) if m.tanggal.year == year else m  # type: ignore[union-attr]
            for m in d.rapat_koordinasi
        ),
    )


def _rpkd_meetings(d: Dossier, **change: object) -> Dossier:
    """Every meeting of 2020 (the year the first RPKD was adopted) changed."""
    return _meetings_of_year_changed(d, 2020, **change)


def _mtg003(d: Dossier) -> list[tuple[Outcome, str, tuple[str, ...]]]:
    return [(f.outcome, f.variant, f.missing) for f in judge(d).by_code("TKPK53-MTG-003")]


@given(
    st.sampled_from(
        [
            {"status": NOT_RECORDED},
            {"status": MeetingStatus.DIJADWALKAN},
            {"jenis": NOT_RECORDED},
            {"jenis": MeetingKind.PLENO},
            {"jenis": MeetingKind.FGD},
        ]
    )
)
def test_a_meeting_that_may_have_been_held_on_the_rpkd_leaves_it_open(
    change: dict[str, object],
) -> None:
    d = compliant()
    cancelled = _rpkd_meetings(d, status=MeetingStatus.DIBATALKAN)
    assert _mtg003(cancelled)[0][0] is Outcome.VIOLATION
    found = _mtg003(_rpkd_meetings(d, **change))
    outcome, variant, missing = found[0]
    assert (outcome, variant) == (Outcome.UNDETERMINED, "status_unknown"), found
    field = "status" if "status" in change else "jenis"
    assert missing and all(m.startswith("rapat_koordinasi[") for m in missing)
    assert all(m.endswith("." + field) for m in missing), missing


def test_a_meeting_of_another_kind_does_not_prepare_the_rpkd() -> None:
    d = _rpkd_meetings(compliant(), jenis=MeetingKind.RAPAT_TEKNIS)
    assert _mtg003(d)[0][0] is Outcome.VIOLATION


# ---------------------------------------------- the secretary's title, read from its words


def _secretary(title: str) -> Member:
    return Member(jabatan=Office(sebutan=title, instansi="Bappeda Kabupaten Banyumas"))


def test_abbreviated_and_acting_head_titles_are_the_head() -> None:
    for title in ("Ka. Bappeda", "Kaban Bappeda", "Pelaksana Tugas Kepala Bappeda", "Kepala"):
        assert planning_head(_secretary(title)) == (True, True), title
        f = only(judge(with_team(compliant(), sekretaris=_secretary(title))), "TKPK53-LDR-002")
        assert f.outcome is Outcome.COMPLIANT, title


def test_a_title_the_library_cannot_read_is_no_violation() -> None:
    f = only(
        judge(with_team(compliant(), sekretaris=_secretary("Koordinator Perencanaan"))),
        "TKPK53-LDR-002",
    )
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing == ("tim.sekretaris.jabatan.jenis",)
    for title in ("Sekretaris Bappeda", "Kepala Bidang Ekonomi", "Kabid Sosbud"):
        f = only(judge(with_team(compliant(), sekretaris=_secretary(title))), "TKPK53-LDR-002")
        assert f.outcome is Outcome.VIOLATION, title


# ------------------------------------------- a list inside an item marked incomplete (sebagian)


def _partial(d: Dossier, *paths: str) -> Dossier:
    return attrs.evolve(d, cakupan=Coverage(sebagian=paths))


def test_an_incomplete_list_of_agenda_items_leaves_the_agenda_open() -> None:
    d = compliant()
    assert isinstance(d.agenda_kerja, tuple)
    i = next(k for k, a in enumerate(d.agenda_kerja) if a.tahun == 2024)
    agendas = list(d.agenda_kerja)
    items = agendas[i].kegiatan
    assert isinstance(items, tuple)
    agendas[i] = attrs.evolve(agendas[i], kegiatan=(items[0], items[2]))  # no RAT item
    short = attrs.evolve(d, agenda_kerja=tuple(agendas))
    assert only(judge(short), "TKPK53-AGD-002", 2024).outcome is Outcome.VIOLATION
    # Another agenda's items marked incomplete change nothing about this one.
    other = _partial(short, f"agenda_kerja[{i + 1}].kegiatan")
    assert only(judge(other), "TKPK53-AGD-002", 2024).outcome is Outcome.VIOLATION
    f = only(judge(_partial(short, f"agenda_kerja[{i}].kegiatan")), "TKPK53-AGD-002", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing == (f"agenda_kerja[{i}].kegiatan",)
    assert f.facts_dict()["pelanggaran_tidak_didukung"] == "partial_list"


def test_an_incomplete_list_of_a_meetings_topics_leaves_the_topics_open() -> None:
    # 2024's meetings discussed only the RAT: no meeting on the implementation report.
    d = _meetings_of_year_changed(compliant(), 2024, pembahasan=(Topic.RAT,))
    assert isinstance(d.rapat_koordinasi, tuple)
    only_rat = d.rapat_koordinasi
    assert only(judge(d), "TKPK53-MTG-002", 2024).outcome is Outcome.VIOLATION
    i = next(k for k, m in enumerate(only_rat) if m.tanggal == D(2024, 3, 10))
    f = only(judge(_partial(d, f"rapat_koordinasi[{i}].pembahasan")), "TKPK53-MTG-002", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing == (f"rapat_koordinasi[{i}].pembahasan",)


def test_rules_declare_the_lists_inside_items_they_read() -> None:
    from tkpk_rules.rules import RULEBOOK

    declared = {r.code: r.lists for r in RULEBOOK if r.lists}
    assert declared == {
        "TKPK53-AGD-002": ("agenda_kerja[].kegiatan",),
        "TKPK53-DOC-007": ("dokumen[].bab",),
        "TKPK53-DOC-009": ("dokumen[].basis_data",),
        "TKPK53-MTG-002": ("rapat_koordinasi[].pembahasan",),
        "TKPK53-MTG-003": ("rapat_koordinasi[].pembahasan",),
        # Lists of the record beyond the topic's own (a second review, 2026-12-03).
        "TKPK42-LDR-001": ("kekosongan_jabatan",),
        "TKPK42-LDR-002": ("kekosongan_jabatan",),
        "TKPK53-LDR-001": ("kekosongan_jabatan",),
        "TKPK53-MEM-001": ("{team}.kelompok_kerja", "{team}.kelompok_kerja[].anggota"),
    }


# ------------------------------------------- a meeting recorded as uncertain (belum_pasti)


@given(
    st.sampled_from(
        [
            {"status": MeetingStatus.DIBATALKAN},
            {"jenis": MeetingKind.RAPAT_TEKNIS},
        ]
    )
)
def test_an_uncertain_meeting_that_would_not_count_may_count(change: dict[str, object]) -> None:
    d = compliant()
    assert isinstance(d.rapat_koordinasi, tuple)
    i = next(k for k, m in enumerate(d.rapat_koordinasi) if m.tanggal == D(2024, 9, 10))
    meetings = list(d.rapat_koordinasi)
    meetings[i] = attrs.evolve(meetings[i], **change)
    sure = attrs.evolve(d, rapat_koordinasi=tuple(meetings))
    assert only(judge(sure), "TKPK53-MTG-001", 2024).outcome is Outcome.VIOLATION
    meetings[i] = attrs.evolve(meetings[i], kepastian=Certainty.BELUM_PASTI)
    f = only(judge(attrs.evolve(d, rapat_koordinasi=tuple(meetings))), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    field = "status" if "status" in change else "jenis"
    assert f.missing == (f"rapat_koordinasi[tanggal=2024-09-10].{field}",)


def test_an_uncertain_cancelled_meeting_on_the_rpkd_leaves_mtg003_open() -> None:
    d = _rpkd_meetings(compliant(), status=MeetingStatus.DIBATALKAN)
    assert _mtg003(d)[0][0] is Outcome.VIOLATION
    d = _rpkd_meetings(d, kepastian=Certainty.BELUM_PASTI)
    outcome, variant, missing = _mtg003(d)[0]
    assert (outcome, variant) == (Outcome.UNDETERMINED, "status_unknown")
    assert missing and all(m.endswith(".status") for m in missing)


def test_mtg003_looks_for_meetings_only_where_the_record_speaks() -> None:
    d = _rpkd_meetings(compliant(), status=MeetingStatus.DIBATALKAN)
    assert _mtg003(attrs.evolve(d, cakupan=Coverage(mulai=D(2019, 1, 1))))[0][0] is (
        Outcome.VIOLATION
    )
    # The record speaks only from July 2020: the RPKD of December 2020 may have been
    # worked on in meetings of 2019 or early 2020 it does not show.
    outcome, variant, missing = _mtg003(attrs.evolve(d, cakupan=Coverage(mulai=D(2020, 7, 1))))[0]
    assert (outcome, variant) == (Outcome.UNDETERMINED, "outside_coverage")
    assert missing == ("cakupan (2019-01-01..2020-12-01)",)


# --------------------------------------------- a secretariat decree later than the date judged


def test_a_secretariat_formed_after_the_date_is_not_there_yet() -> None:
    d = compliant(Level.PROVINSI)
    decree = Instrument(
        jenis=InstrumentKind.KEPUTUSAN,
        penerbit=_ISSUER_PROVINSI,
        nomor="X/2025",
        tanggal=D(2025, 1, 10),
    )
    d = attrs.evolve(d, sekretariat=Secretariat(pembentukan=decree))
    assert only(judge(d, D(2025, 6, 30)), "TKPK53-SEC-001").outcome is Outcome.COMPLIANT
    f = only(judge(d, D(2024, 6, 30)), "TKPK53-SEC-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "formed_later")
    # Judged at several dates in one call, each date gets its own answer.
    early, late = (
        only(r, "TKPK53-SEC-001") for r in judge_dates(d, D(2024, 6, 30), D(2025, 6, 30))
    )
    assert (early.outcome, late.outcome) == (Outcome.UNDETERMINED, Outcome.COMPLIANT)


def judge_dates(d: Dossier, *days: dt.date) -> tuple[Report, ...]:
    from tkpk_rules import check

    return check(d, on=list(days))


_ISSUER_PROVINSI = ISSUER[Level.PROVINSI]


def test_a_rat_only_in_draft_is_said_not_passed_as_plain_compliance() -> None:
    from tkpk_rules.model import DocumentStatus
    from tkpk_rules.report import Severity

    d = compliant()
    assert isinstance(d.dokumen, tuple)
    i = _rat_of(d, 2024)
    docs = list(d.dokumen)
    assert only(judge(d), "TKPK53-DOC-004", 2024).severity is Severity.NONE
    docs[i] = attrs.evolve(docs[i], status=DocumentStatus.DRAF, ditetapkan=None)
    f = only(judge(attrs.evolve(d, dokumen=tuple(docs))), "TKPK53-DOC-004", 2024)
    assert (f.outcome, f.variant, f.severity) == (
        Outcome.COMPLIANT,
        "ok_draft",
        Severity.ADVISORY,
    )
    assert "draf" in f.message("id") and "draft" in f.message("en")


def test_the_head_of_a_part_written_short_is_not_the_head() -> None:
    for title in ("Ka. Bidang Ekonomi", "Ka.Subbag Umum", "Kepala  Bidang Ekonomi"):
        f = only(judge(with_team(compliant(), sekretaris=_secretary(title))), "TKPK53-LDR-002")
        assert f.outcome is Outcome.VIOLATION, title


def test_an_incomplete_topic_list_of_another_year_changes_nothing() -> None:
    d = _meetings_of_year_changed(compliant(), 2024, pembahasan=(Topic.RAT,))
    assert isinstance(d.rapat_koordinasi, tuple)
    only_rat = d.rapat_koordinasi
    i = next(k for k, m in enumerate(only_rat) if m.tanggal == D(2020, 3, 10))
    f = only(judge(_partial(d, f"rapat_koordinasi[{i}].pembahasan")), "TKPK53-MTG-002", 2024)
    assert f.outcome is Outcome.VIOLATION


# ------------------------------------- a team formed during the year, none before it


def _formed_on(d: Dossier, day: object, history: object = ()) -> Dossier:
    inst = team(d).pembentukan
    assert not isinstance(inst, type(NOT_RECORDED))
    d = with_team(d, pembentukan=attrs.evolve(inst, tanggal=day))
    return attrs.evolve(d, riwayat_tim=history)


def test_a_year_the_team_was_formed_in_is_not_a_shortfall_without_a_team_before() -> None:
    d = _without_meetings_of(compliant(), 2024)
    # Formed on 1 January 2024 (or earlier): the whole year was its own, a violation.
    for day in (D(2020, 3, 1), D(2024, 1, 1)):
        assert only(judge(_formed_on(d, day)), "TKPK53-MTG-001", 2024).outcome is (
            Outcome.VIOLATION
        )
    f = only(judge(_formed_on(d, D(2024, 5, 10))), "TKPK53-MTG-001", 2024)
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "too_few")
    # None before it, as the record says: only the official text can settle it.
    assert f.missing == ("teks Permendagri 53/2020: kewajiban tahunan pada tahun tim dibentuk",)
    assert f.facts_dict()["pelanggaran_tidak_didukung"] == "team_formed_in_year"
    assert "10 Mei 2024" in f.message("id") and "10 May 2024" in f.message("en")
    assert "riwayat_tim" in f.action("id")
    # Earlier teams not recorded: one may have run the year from 1 January.
    f = only(judge(_formed_on(d, D(2024, 5, 10), NOT_RECORDED)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED and f.missing == ("riwayat_tim",)
    # A team recorded before it: the year had a team from its first day.
    old = team(_formed_on(d, D(2016, 3, 1)))
    f = only(judge(_formed_on(d, D(2024, 5, 10), (old,))), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.VIOLATION
    # An earlier team formed in the year too, the current one undated: no team on 1 January
    # either way (a review of the day's changes found this missed).
    first = team(_formed_on(d, D(2024, 3, 1)))
    f = only(judge(_formed_on(d, NOT_RECORDED, (first,))), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    assert f.facts_dict()["pelanggaran_tidak_didukung"] == "team_formed_in_year"
    # Known only to its year: formed "in 2024".
    f = only(judge(_formed_on(d, ImpreciseDate(2024))), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED and "in 2024" in f.message("en")


def test_a_recorded_item_at_fault_stays_a_violation_in_the_year_the_team_was_formed() -> None:
    d = compliant()
    assert isinstance(d.agenda_kerja, tuple)
    agendas = tuple(
        attrs.evolve(a, kegiatan=a.kegiatan[:1]) if a.tahun == 2024 else a for a in d.agenda_kerja
    )
    d = _formed_on(attrs.evolve(d, agenda_kerja=agendas), D(2024, 5, 10))
    f = only(judge(d), "TKPK53-AGD-002", 2024)
    assert f.outcome is Outcome.VIOLATION and f.path.startswith("agenda_kerja[")
    # Without the agenda at all, what the year lacks is open.
    gone = attrs.evolve(d, agenda_kerja=tuple(a for a in agendas if a.tahun != 2024))
    assert only(judge(gone), "TKPK53-AGD-001", 2024).outcome is Outcome.UNDETERMINED


@given(st.dates(D(2023, 1, 1), D(2024, 12, 31)))
def test_no_yearly_shortfall_is_a_violation_in_a_year_the_team_began_in_part(day: dt.date) -> None:
    d = _formed_on(_without_meetings_of(compliant(), 2024), day)
    f = only(judge(d), "TKPK53-MTG-001", 2024)
    if day.year == 2024 and day > D(2024, 1, 1):
        assert f.outcome is Outcome.UNDETERMINED
        assert f.facts_dict()["pelanggaran_tidak_didukung"] == "team_formed_in_year"
    else:
        assert f.outcome is Outcome.VIOLATION
    if day.year == 2024 and day > D(2024, 1, 1):
        # No rule finds the year lacking anything (what a recorded item says still counts).
        lacking = [x for x in judge(d).findings if x.year == 2024 and "[" not in x.path]
        assert all(x.outcome is not Outcome.VIOLATION for x in lacking)


def test_a_team_formed_in_a_month_is_said_in_words() -> None:
    d = _formed_on(_without_meetings_of(compliant(), 2024), ImpreciseDate(2024, 5))
    f = only(judge(d), "TKPK53-MTG-001", 2024)
    assert "dibentuk pada Mei 2024" in f.message("id")
    assert "formed in May 2024" in f.message("en")
