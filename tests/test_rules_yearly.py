"""Agenda, meetings and documents: yearly duties, running years, and their boundaries."""

from __future__ import annotations

import attrs
import pytest

from rules_fixtures import ON, D, agenda, compliant, judge, meeting, only
from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItem,
    AgendaItemKind,
    DocumentKind,
    Dossier,
    MeetingKind,
    MeetingStatus,
    OfficeKind,
    PlanningDocument,
    Topic,
    Vacancy,
    YearRange,
)
from tkpk_rules.report import Outcome, Progress, Severity


def with_meetings(d: Dossier, *ms: object) -> Dossier:
    return attrs.evolve(d, rapat_koordinasi=tuple(ms))


def three(year: int) -> list[object]:
    return [
        meeting(D(year, 3, 1), Topic.LAPORAN_PELAKSANAAN),
        meeting(D(year, 6, 1), Topic.RAT),
        meeting(D(year, 9, 1), Topic.RAT),
    ]


# ---------------------------------------------------------------- meetings: count


def test_two_vs_three_meetings_in_a_year_that_is_over() -> None:
    d = with_meetings(compliant(), *three(2024)[:2])
    assert only(judge(d), "TKPK53-MTG-001", 2024).outcome is Outcome.VIOLATION
    d = with_meetings(compliant(), *three(2024))
    assert only(judge(d), "TKPK53-MTG-001", 2024).outcome is Outcome.COMPLIANT


def test_december_31_vs_january_1() -> None:
    d = with_meetings(compliant(), *three(2024)[:2])
    f = only(judge(d, D(2024, 12, 31)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED and f.progress is Progress.AT_RISK
    assert f.facts_dict()["sisa_hari"] == 1
    assert only(judge(d, D(2025, 1, 1)), "TKPK53-MTG-001", 2024).outcome is Outcome.VIOLATION
    # a meeting on 31 December counts for that year, one on 1 January for the next
    late = with_meetings(compliant(), *three(2024)[:2], meeting(D(2024, 12, 31)))
    assert only(judge(late, D(2025, 1, 1)), "TKPK53-MTG-001", 2024).outcome is Outcome.COMPLIANT
    early = with_meetings(compliant(), *three(2024)[:2], meeting(D(2025, 1, 1)))
    assert only(judge(early, D(2025, 1, 2)), "TKPK53-MTG-001", 2024).outcome is Outcome.VIOLATION


def test_running_year_on_track_and_at_risk() -> None:
    held2 = three(2025)[:2]
    sched = meeting(D(2025, 12, 5), status=MeetingStatus.DIJADWALKAN)
    f = only(
        judge(with_meetings(compliant(), *held2, sched), D(2025, 11, 1)), "TKPK53-MTG-001", 2025
    )
    assert (f.outcome, f.progress, f.severity) == (
        Outcome.UNDETERMINED,
        Progress.ON_TRACK,
        Severity.NONE,
    )
    assert "2 meetings held, 1 scheduled" in f.message_en
    one = with_meetings(compliant(), three(2025)[0])
    f = only(judge(one, D(2025, 12, 22)), "TKPK53-MTG-001", 2025)
    assert (f.outcome, f.progress, f.severity) == (
        Outcome.UNDETERMINED,
        Progress.AT_RISK,
        Severity.ADVISORY,
    )
    assert "days left: 10" in f.message_en


def test_meetings_after_the_date_are_only_scheduled_and_others_do_not_count() -> None:
    d = with_meetings(compliant(), *three(2024))
    assert only(judge(d, D(2024, 8, 1)), "TKPK53-MTG-001", 2024).progress is Progress.ON_TRACK
    tech = [attrs.evolve(m, jenis=MeetingKind.RAPAT_TEKNIS) for m in three(2024)]  # type: ignore[misc]
    assert (
        only(judge(with_meetings(compliant(), *tech)), "TKPK53-MTG-001", 2024).outcome
        is Outcome.VIOLATION
    )
    cancelled = [*three(2024)[:2], meeting(D(2024, 9, 1), status=MeetingStatus.DIBATALKAN)]
    assert (
        only(judge(with_meetings(compliant(), *cancelled)), "TKPK53-MTG-001", 2024).outcome
        is Outcome.VIOLATION
    )
    unknown = [*three(2024)[:2], attrs.evolve(meeting(D(2024, 9, 1)), status=NOT_RECORDED)]
    f = only(judge(with_meetings(compliant(), *unknown)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED and f.missing == (
        "rapat_koordinasi[tanggal=2024-09-01].status",
    )
    blind = attrs.evolve(compliant(), rapat_koordinasi=NOT_RECORDED)
    assert only(judge(blind), "TKPK53-MTG-001", 2024).outcome is Outcome.UNDETERMINED


def test_meeting_chair_is_a_fact_with_vacancy_boundary() -> None:
    ms = [*three(2024)[:2], meeting(D(2024, 9, 1), Topic.RAT, chair=OfficeKind.SEKRETARIS_DAERAH)]
    vac = Vacancy(jabatan=OfficeKind.WAKIL_BUPATI, mulai=D(2024, 1, 1), selesai=D(2024, 8, 31))
    d = attrs.evolve(with_meetings(compliant(), *ms), kekosongan_jabatan=(vac,))
    f = only(judge(d), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.COMPLIANT
    assert "2024-09-01: sekretaris_daerah" in f.facts_dict()["pimpinan_rapat"]
    d2 = attrs.evolve(d, kekosongan_jabatan=(attrs.evolve(vac, selesai=D(2024, 9, 1)),))
    f2 = only(judge(d2), "TKPK53-MTG-001", 2024)
    assert f2.outcome is Outcome.COMPLIANT
    assert any("2024-09-01" in s and "vacancy" in s for s in f2.facts_dict()["pimpinan_rapat"])


# ---------------------------------------------------------------- meetings: topics and RPKD


def test_topics_of_the_year() -> None:
    no_report = [meeting(D(2024, m, 1), Topic.RAT) for m in (3, 6, 9)]
    f = only(judge(with_meetings(compliant(), *no_report)), "TKPK53-MTG-002", 2024)
    assert (
        f.outcome is Outcome.VIOLATION and "laporan_pelaksanaan" in f.facts_dict()["belum_dibahas"]
    )
    blind = [*no_report[:2], attrs.evolve(no_report[2], pembahasan=NOT_RECORDED)]
    assert (
        only(judge(with_meetings(compliant(), *blind)), "TKPK53-MTG-002", 2024).outcome
        is Outcome.UNDETERMINED
    )


def test_rpkd_prepared_through_meetings() -> None:
    d = compliant(on=D(2022, 1, 1))
    assert only(judge(d, D(2022, 1, 1)), "TKPK53-MTG-003").outcome is Outcome.COMPLIANT
    no_rpkd_topic = [m for m in d.rapat_koordinasi if Topic.RPKD not in m.pembahasan]  # type: ignore[union-attr,operator]
    f = only(judge(with_meetings(d, *no_rpkd_topic), D(2022, 1, 1)), "TKPK53-MTG-003")
    assert f.outcome is Outcome.VIOLATION


# ---------------------------------------------------------------- agenda


def test_agenda_missing_over_vs_running() -> None:
    d = attrs.evolve(compliant(), agenda_kerja=(agenda(2025),))
    assert only(judge(d), "TKPK53-AGD-001", 2024).outcome is Outcome.VIOLATION
    d = attrs.evolve(compliant(), agenda_kerja=(agenda(2024),))
    f = only(judge(d), "TKPK53-AGD-001", 2025)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.ADVISORY


def test_agenda_contents() -> None:
    a = attrs.evolve(agenda(2024), kegiatan=(AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RAT),))
    f = only(
        judge(attrs.evolve(compliant(), agenda_kerja=(a, agenda(2025)))), "TKPK53-AGD-002", 2024
    )
    assert f.outcome is Outcome.VIOLATION
    assert f.facts_dict()["tidak_ada"] == ["rpkd", "laporan_pelaksanaan"]
    # RPKD missing while an RPKD is in force: the source is silent
    a = attrs.evolve(
        agenda(2024),
        kegiatan=(
            AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RAT),
            AgendaItem(
                kegiatan=AgendaItemKind.RAPAT_KOORDINASI, pembahasan=(Topic.LAPORAN_PELAKSANAAN,)
            ),
        ),
    )
    f = only(
        judge(attrs.evolve(compliant(), agenda_kerja=(a, agenda(2025)))), "TKPK53-AGD-002", 2024
    )
    assert f.outcome is Outcome.UNDETERMINED and f.variant == "rpkd_in_force"
    # The same agenda with no document list at all: an RPKD may be in force (found by the
    # 100,000-case fuzz run, where it was an AssertionError escaping check)
    f = only(
        judge(attrs.evolve(compliant(), agenda_kerja=(a, agenda(2025)), dokumen=NOT_RECORDED)),
        "TKPK53-AGD-002",
        2024,
    )
    assert f.outcome is Outcome.UNDETERMINED and f.variant == "rpkd_unknown"
    assert f.missing == ("dokumen",)


# ---------------------------------------------------------------- documents


def rpkd(mulai: int, selesai: int) -> PlanningDocument:
    return PlanningDocument(
        jenis=DocumentKind.RPKD,
        periode=YearRange(mulai=mulai, selesai=selesai),
        ditetapkan=D(2021, 10, 1),
        disusun_bersama_rpjmd=True,
    )


@pytest.mark.parametrize(
    ("end", "outcome"),
    [
        (2023, Outcome.VIOLATION),
        (2024, Outcome.VIOLATION),
        (2025, Outcome.COMPLIANT),
        (2026, Outcome.UNDETERMINED),
        (2027, Outcome.VIOLATION),
        (2030, Outcome.VIOLATION),
    ],
)
def test_rpkd_four_five_six_seven_years(end: int, outcome: Outcome) -> None:
    d = compliant()
    docs = tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RPKD)  # type: ignore[union-attr]
    f = only(judge(attrs.evolve(d, dokumen=(*docs, rpkd(2021, end)))), "TKPK53-DOC-002")
    assert f.outcome is outcome


def test_rpkd_over_six_calendar_years_asks_for_the_term() -> None:
    """2021-2026 is how a five-year term starting mid-2021 is written: the days decide."""
    d = compliant()
    docs = tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RPKD)  # type: ignore[union-attr]
    f = only(judge(attrs.evolve(d, dokumen=(*docs, rpkd(2021, 2026)))), "TKPK53-DOC-002")
    assert (f.variant, f.severity) == ("calendar_years", Severity.NONE)
    assert f.missing and f.missing[0].endswith(
        ".periode (tanggal awal dan akhir masa berlaku / first and last day of the term)"
    )
    facts = dict(f.facts)
    assert (facts["tahun"], facts["tahun_kalender"], facts["diharapkan"]) == (6, 6, 5)
    assert "6 tahun kalender" in f.message_id and "6 calendar years" in f.message_en
    assert f.action_id and f.action_en and "first and last day" in f.action_en


def test_rpkd_with_rpjmd_and_rpjmd_without_rpkd() -> None:
    d = compliant()
    docs = tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RPKD)  # type: ignore[union-attr]
    r = judge(attrs.evolve(d, dokumen=docs))
    assert [f.outcome for f in r.by_code("TKPK53-DOC-001")] == [Outcome.VIOLATION]
    flag = attrs.evolve(rpkd(2021, 2025), disusun_bersama_rpjmd=NOT_RECORDED)
    f = only(judge(attrs.evolve(d, dokumen=(*docs, flag))), "TKPK53-DOC-003")
    assert f.outcome is Outcome.UNDETERMINED and f.facts_dict()["rpjmd_periode_sama"]
    no = attrs.evolve(flag, disusun_bersama_rpjmd=False)
    # Drafted apart from the RPJMD it may have come before it, which the brief allows.
    f = only(judge(attrs.evolve(d, dokumen=(*docs, no))), "TKPK53-DOC-003")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "not_together")


def test_documents_adopted_after_the_date_do_not_exist_yet() -> None:
    d = compliant()
    docs = tuple(x for x in d.dokumen if not (x.jenis is DocumentKind.RAT and x.tahun == 2024))  # type: ignore[union-attr]
    late = PlanningDocument(jenis=DocumentKind.RAT, tahun=2024, ditetapkan=D(2025, 11, 2))
    r = judge(attrs.evolve(d, dokumen=(*docs, late)))
    assert only(r, "TKPK53-DOC-004", 2024).outcome is Outcome.VIOLATION
    r = judge(attrs.evolve(d, dokumen=(*docs, late)), D(2025, 11, 2))
    assert only(r, "TKPK53-DOC-004", 2024).outcome is Outcome.COMPLIANT


def test_report_missing_is_never_a_violation_but_practice_advises() -> None:
    d = compliant()
    docs = tuple(x for x in d.dokumen if x.jenis is not DocumentKind.LAPORAN_PELAKSANAAN)  # type: ignore[union-attr]
    r = judge(attrs.evolve(d, dokumen=docs))
    assert {f.outcome for f in r.by_code("TKPK53-DOC-005")} == {Outcome.UNDETERMINED}
    old = only(r, "TKPK53-DOC-006", 2023)
    assert (old.outcome, old.severity) == (Outcome.COMPLIANT, Severity.ADVISORY)
    assert only(r, "TKPK53-DOC-006", 2024).progress is Progress.ON_TRACK
    assert ON.year == 2025


def test_rpkd_adopted_after_the_date_leaves_drafting_undetermined() -> None:
    d = compliant()
    f = [x for x in judge(d, D(2025, 11, 15)).by_code("TKPK53-DOC-001") if "2026" in x.message_en]
    assert [x.outcome for x in f] == [Outcome.COMPLIANT]
    f = list(judge(d, D(2025, 11, 9)).by_code("TKPK53-DOC-001"))
    assert all(x.outcome is Outcome.COMPLIANT for x in f)  # the 2026 RPJMD is not adopted yet
    late = attrs.evolve(
        d,
        dokumen=tuple(
            attrs.evolve(x, ditetapkan=D(2026, 2, 1))
            if x.jenis is DocumentKind.RPKD and x.periode == YearRange(mulai=2026, selesai=2030)
            else x
            for x in d.dokumen  # type: ignore[union-attr]
        ),
    )
    f = [x for x in judge(late, D(2025, 12, 1)).by_code("TKPK53-DOC-001") if "2026" in x.message_en]
    assert [x.variant for x in f] == ["rpkd_adopted_later"]
    assert f[0].outcome is Outcome.UNDETERMINED


def test_rpkd_period_matches_an_rpjmd_adopted_after_the_date_judged() -> None:
    # Found by the docs page's random example: an RPKD adopted before its RPJMD, while an
    # older RPJMD of a longer period overlaps it.  The record shows an RPJMD of the very same
    # period (adopted later), so "the period differs" is not a violation the record supports.
    on = D(2040, 8, 29)
    docs = (
        PlanningDocument(
            jenis=DocumentKind.RPJMD,
            periode=YearRange(mulai=2036, selesai=2045),
            ditetapkan=D(2035, 9, 6),
        ),
        PlanningDocument(
            jenis=DocumentKind.RPJMD,
            periode=YearRange(mulai=2041, selesai=2045),
            ditetapkan=D(2040, 9, 29),
        ),
        attrs.evolve(rpkd(2041, 2045), ditetapkan=D(2040, 8, 16)),
    )
    findings = [
        f
        for f in judge(attrs.evolve(compliant(), dokumen=docs), on=on).findings
        if f.code == "TKPK53-DOC-008" and f.path == "dokumen[2]"
    ]
    assert findings and all(f.outcome is not Outcome.VIOLATION for f in findings)
