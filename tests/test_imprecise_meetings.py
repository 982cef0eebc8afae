"""Meetings known only to their year or month (``rapat_koordinasi[i].tanggal: 2024-05``).

A meeting of "2024" counts for 2024; on a date inside its month or year, whether it
was held by then is open. Where that decides a finding it is undetermined and names
the meeting's ``tanggal``; where it does not, the finding stands as before.  The same
for adoption dates (``dokumen[i].ditetapkan``, ``agenda_kerja[i].ditetapkan``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import attrs
import pytest

from _round_trips import assert_workbook_and_convert_round_trip
from rules_fixtures import D, compliant, judge, meeting, only
from tkpk_rules.errors import DocumentError
from tkpk_rules.io import dump, dumps, load, loads
from tkpk_rules.io.schema import shipped_schema
from tkpk_rules.judge import meeting_bounds, meeting_year, year_meetings
from tkpk_rules.model import (
    NOT_RECORDED,
    Dossier,
    ImpreciseDate,
    Meeting,
    MeetingKind,
    MeetingStatus,
    OfficeKind,
    Topic,
    Vacancy,
)
from tkpk_rules.redact import redact
from tkpk_rules.report import Finding, Outcome, Progress

HEAD = "format: tkpk-rules/1\nwilayah: {kode: '73.03'}\n"
Y, M = ImpreciseDate, ImpreciseDate


def with_meetings(d: Dossier, *ms: Meeting) -> Dossier:
    return attrs.evolve(d, rapat_koordinasi=tuple(ms))


def two(year: int) -> list[Meeting]:
    return [
        meeting(D(year, 3, 1), Topic.LAPORAN_PELAKSANAAN),
        meeting(D(year, 6, 1), Topic.RAT),
    ]


# -- the judge ------------------------------------------------------------------------------


def test_a_meeting_belongs_to_the_year_it_is_dated_to() -> None:
    assert meeting_year(meeting(Y(2024))) == 2024
    assert meeting_year(meeting(M(2023, 12))) == 2023
    assert meeting_bounds(meeting(M(2024, 2))) == (D(2024, 2, 1), D(2024, 2, 29))


def test_year_meetings_sorts_days_months_and_years_together_in_any_order() -> None:
    ms = [
        meeting(D(2024, 5, 3)),
        meeting(M(2024, 5)),
        meeting(Y(2024)),
        meeting(D(2024, 1, 1)),
        meeting(M(2024, 5), status=MeetingStatus.DIBATALKAN),
    ]
    expected = None
    for order in itertools.permutations(ms):
        ym = year_meetings(tuple(order), 2024, D(2025, 1, 1))
        if expected is None:
            expected = ym
        assert ym == expected
    assert expected is not None
    assert [str(m.tanggal) for m in expected.held] == [
        "2024-01-01",
        "2024",
        "2024-05",
        "2024-05-03",
    ]
    assert [str(m.tanggal) for m in expected.cancelled] == ["2024-05"]


@pytest.mark.parametrize(
    ("on", "where"),
    [
        (D(2024, 4, 30), "scheduled"),  # every day of May is after the date
        (D(2024, 5, 1), "uncertain_date"),
        (D(2024, 5, 15), "uncertain_date"),
        (D(2024, 5, 30), "uncertain_date"),
        (D(2024, 5, 31), "held"),  # every day of May is on or before the date
        (D(2024, 6, 1), "held"),
    ],
)
def test_a_month_is_held_scheduled_or_open_by_the_date_judged(on: dt.date, where: str) -> None:
    m = meeting(M(2024, 5))
    ym = year_meetings((m,), 2024, on)
    assert getattr(ym, where) == (m,)
    if where == "uncertain_date":
        assert ym.unknown == (m,) and ym.held == () and ym.scheduled == ()


def test_a_cancelled_meeting_never_counts_whatever_its_date() -> None:
    m = meeting(M(2024, 5), status=MeetingStatus.DIBATALKAN)
    ym = year_meetings((m,), 2024, D(2024, 5, 15))
    assert ym.cancelled == (m,) and ym.uncertain_date == ()


# -- TKPK53-MTG-001: the yearly count -------------------------------------------------------


def test_a_meeting_of_2024_counts_for_2024_once_the_year_is_over() -> None:
    d = with_meetings(compliant(), *two(2024), meeting(Y(2024), Topic.RAT))
    f = only(judge(d, D(2025, 1, 10)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.COMPLIANT
    assert "2024" in f.facts_dict()["terlaksana"]


def test_a_meeting_of_another_year_does_not_count_still_a_violation() -> None:
    d = with_meetings(compliant(), *two(2024), meeting(Y(2023)), meeting(M(2025, 1)))
    f = only(judge(d, D(2025, 2, 10)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.VIOLATION


def test_a_month_spanning_the_date_judged_leaves_the_count_open_naming_its_date() -> None:
    d = with_meetings(compliant(), *two(2024), meeting(M(2024, 12)))
    f = only(judge(d, D(2024, 12, 15)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED and f.progress is Progress.ON_TRACK
    assert "rapat_koordinasi[2].tanggal" in f.missing
    assert list(f.facts_dict()["tanggal_belum_pasti"]) == ["2024-12"]
    # The same meeting on a day before the date judged: held, and the year complies.
    exact = with_meetings(compliant(), *two(2024), meeting(D(2024, 12, 1)))
    assert only(judge(exact, D(2024, 12, 15)), "TKPK53-MTG-001", 2024).outcome is (
        Outcome.COMPLIANT
    )


def test_a_month_that_does_not_decide_leaves_the_finding_as_it_was() -> None:
    enough = [*(attrs.evolve(m, tanggal=D(2024, 2, i + 1)) for i, m in enumerate(two(2024)))]
    enough.append(meeting(D(2024, 4, 1)))
    d = with_meetings(compliant(), *enough, meeting(M(2024, 5)))
    f = only(judge(d, D(2024, 5, 15)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.COMPLIANT
    assert f.missing == ()


def test_a_month_wholly_before_the_date_judged_counts_as_held() -> None:
    d = with_meetings(compliant(), *two(2024), meeting(M(2024, 5)))
    assert only(judge(d, D(2024, 6, 1)), "TKPK53-MTG-001", 2024).outcome is Outcome.COMPLIANT


def test_the_chair_vacancy_fact_reads_every_day_a_month_may_be() -> None:
    vacant_may = Vacancy(
        jabatan=OfficeKind.WAKIL_BUPATI, mulai=D(2024, 5, 1), selesai=D(2024, 5, 31)
    )
    vacant_part = attrs.evolve(vacant_may, mulai=D(2024, 5, 10))
    chaired = meeting(M(2024, 5), Topic.RAT, chair=OfficeKind.SEKRETARIS_DAERAH)
    d = with_meetings(compliant(), *two(2024), chaired)
    for vacancy, words in ((vacant_may, "(kekosongan/vacancy"), (vacant_part, "sebagian")):
        f = only(
            judge(attrs.evolve(d, kekosongan_jabatan=(vacancy,)), D(2025, 1, 10)),
            "TKPK53-MTG-001",
            2024,
        )
        (chair,) = [c for c in f.facts_dict()["pimpinan_rapat"] if c.startswith("2024-05")]
        assert words in chair


# -- TKPK53-MTG-002: the topics -------------------------------------------------------------


def test_topics_on_a_meeting_of_an_open_month_leave_the_running_year_open() -> None:
    ms = [meeting(D(2024, 3, 1), Topic.RAT), meeting(M(2024, 5), Topic.LAPORAN_PELAKSANAAN)]
    d = with_meetings(compliant(), *ms)
    f = only(judge(d, D(2024, 5, 15)), "TKPK53-MTG-002", 2024)
    assert f.outcome is Outcome.UNDETERMINED
    assert "rapat_koordinasi[1].tanggal" in f.missing
    assert only(judge(d, D(2024, 6, 1)), "TKPK53-MTG-002", 2024).outcome is Outcome.COMPLIANT


# -- TKPK53-MTG-003: the RPKD prepared through a meeting ------------------------------------


def _rpkd_case(day: dt.date | ImpreciseDate) -> Dossier:
    """The 2026-2030 RPKD (adopted 10 November 2025) with one meeting on it, on ``day``."""
    d = compliant(on=D(2026, 1, 10))
    assert isinstance(d.rapat_koordinasi, tuple)
    ms = [
        attrs.evolve(m, pembahasan=tuple(t for t in m.pembahasan if t is not Topic.RPKD))  # type: ignore[union-attr]
        for m in d.rapat_koordinasi
    ]
    return with_meetings(d, *ms, meeting(day, Topic.RPKD))


def _rpkd_finding(d: Dossier) -> Finding:
    (f,) = [
        f
        for f in judge(d, D(2026, 1, 10)).findings
        if f.code == "TKPK53-MTG-003" and f.path == "dokumen[3]"
    ]
    return f


@pytest.mark.parametrize(
    ("day", "outcome"),
    [
        (D(2025, 11, 5), Outcome.COMPLIANT),
        (M(2025, 10), Outcome.COMPLIANT),  # surely before 10 November
        (Y(2024), Outcome.COMPLIANT),  # the year before the adoption
        (M(2025, 11), Outcome.UNDETERMINED),  # 1 to 30 November: before or after
        (Y(2025), Outcome.UNDETERMINED),
        (M(2025, 12), Outcome.VIOLATION),  # surely after: no meeting prepared it
        (Y(2023), Outcome.VIOLATION),  # too early, whatever its day
    ],
)
def test_a_meeting_on_the_rpkd_counts_only_when_surely_before_its_adoption(
    day: dt.date | ImpreciseDate, outcome: Outcome
) -> None:
    d = _rpkd_case(day)
    f = _rpkd_finding(d)
    assert f.outcome is outcome
    if outcome is Outcome.UNDETERMINED:
        assert isinstance(d.rapat_koordinasi, tuple)
        assert f.missing == (f"rapat_koordinasi[{len(d.rapat_koordinasi) - 1}].tanggal",)
        assert f.variant == "order_unknown"


# -- reading, writing, checking the document ------------------------------------------------

_TEXT = (
    HEAD
    + "rapat_koordinasi:\n"
    + "  - {tanggal: 2024, jenis: rapat_koordinasi, status: terlaksana}\n"
    + "  - {tanggal: 2024-05, tanggal_selesai: 2024-06, jenis: rapat_koordinasi}\n"
    + "  - {tanggal: 2024-07-01, tanggal_selesai: 2024-07}\n"
)


def test_the_loader_reads_a_year_or_month_for_a_meeting() -> None:
    d = loads(_TEXT)
    assert isinstance(d.rapat_koordinasi, tuple)
    first, second, third = d.rapat_koordinasi
    assert (first.tanggal, first.tanggal_selesai) == (Y(2024), NOT_RECORDED)
    assert (second.tanggal, second.tanggal_selesai) == (M(2024, 5), M(2024, 6))
    assert (third.tanggal, third.tanggal_selesai) == (D(2024, 7, 1), M(2024, 7))


def test_dump_and_loads_round_trip_meeting_dates_as_written() -> None:
    d = loads(_TEXT)
    body = dump(d)
    assert [m["tanggal"] for m in body["rapat_koordinasi"]] == [2024, "2024-05", "2024-07-01"]
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]


def test_the_schema_takes_meeting_months_and_refuses_what_the_loader_refuses() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(shipped_schema()))
    assert list(validator.iter_errors(dump(loads(_TEXT)))) == []
    for field in ("tanggal", "tanggal_selesai"):
        for bad in (1900, "2024-13", "2024-5", "2024"):
            body = dump(loads(_TEXT))
            body["rapat_koordinasi"][1][field] = bad
            assert list(validator.iter_errors(body)), (field, bad)
            with pytest.raises(DocumentError):
                load(body)


def test_an_end_surely_before_the_start_is_refused_a_possible_one_is_not() -> None:
    fine = HEAD + "rapat_koordinasi:\n  - {tanggal: 2024-05, tanggal_selesai: 2024-05-01}\n"
    assert loads(fine, strict=True).rapat_koordinasi[0].tanggal_selesai == D(2024, 5, 1)  # type: ignore[index]
    bad = HEAD + "rapat_koordinasi:\n  - {tanggal: 2024-05, tanggal_selesai: 2024-04-30}\n"
    with pytest.raises(DocumentError) as info:
        loads(bad, strict=True)
    assert [p.code for p in info.value.problems] == ["bad_range"]


def test_the_workbook_and_convert_round_trip_meeting_dates(tmp_path: Path) -> None:
    assert_workbook_and_convert_round_trip(_TEXT, tmp_path)


def test_redaction_keeps_a_meeting_month() -> None:
    d = loads(_TEXT)
    d = attrs.evolve(
        d,
        rapat_koordinasi=tuple(
            attrs.evolve(m, peserta=("Budi Santoso",))
            for m in d.rapat_koordinasi  # type: ignore[union-attr]
        ),
    )
    out = redact(d)
    assert [m.tanggal for m in out.rapat_koordinasi] == [  # type: ignore[union-attr]
        m.tanggal
        for m in d.rapat_koordinasi  # type: ignore[union-attr]
    ]


def test_planning_takes_a_record_with_meeting_months() -> None:
    from tkpk_rules.planning import obligations, plan

    d = with_meetings(
        compliant(on=D(2026, 6, 1)),
        *two(2026),
        meeting(M(2026, 6), Topic.RAT),
        meeting(M(2026, 10), status=MeetingStatus.DIJADWALKAN),
        meeting(Y(2025), jenis=MeetingKind.RAPAT_KOORDINASI),
    )
    assert plan(d, 2027) is not None
    assert obligations(d, on=D(2026, 6, 15))


# -- adoption dates known only to the year or month ----------------------------------------


def _with_doc(d: Dossier, index: int, **changes: object) -> Dossier:
    assert isinstance(d.dokumen, tuple)
    docs = list(d.dokumen)
    docs[index] = attrs.evolve(docs[index], **changes)
    return attrs.evolve(d, dokumen=tuple(docs))


def _findings(d: Dossier, on: dt.date, code: str) -> list[Finding]:
    return [f for f in judge(d, on).findings if f.code == code]


def test_an_rpkd_adopted_in_a_month_wholly_past_is_judged_as_adopted() -> None:
    d = _with_doc(compliant(on=D(2026, 1, 10)), 3, ditetapkan=M(2025, 11))
    assert _rpkd_finding(d).outcome is Outcome.COMPLIANT  # the 2025-06-10 meeting came before
    assert all(f.outcome is not Outcome.VIOLATION for f in judge(d, D(2026, 1, 10)).findings)
    # Adopted "in 2025": the meeting of June 2025 may come after; the one of June 2024 did not.
    d = _with_doc(d, 3, ditetapkan=Y(2025))
    assert _rpkd_finding(d).outcome is Outcome.COMPLIANT


def test_document_rules_are_open_while_the_adoption_month_holds_the_date_judged() -> None:
    d = _with_doc(compliant(on=D(2025, 11, 20)), 3, ditetapkan=M(2025, 11))
    # The RPKD of 2026-2030 may not be adopted yet on 20 November: the RPJMD of that
    # period would then have none (TKPK53-DOC-001).
    during = _findings(d, D(2025, 11, 20), "TKPK53-DOC-001")
    (f,) = [f for f in during if f.outcome is not Outcome.COMPLIANT]
    assert f.outcome is Outcome.UNDETERMINED and f.variant == "docs_adoption_open"
    assert f.missing == ("dokumen[3].ditetapkan",)
    # The RPJMD before it has its RPKD in either reading: that finding stands.
    assert [g.path for g in during if g.outcome is Outcome.COMPLIANT] == ["dokumen[0]"]
    # Prepared through a meeting whether adopted by then or not; the RAT rule does not
    # look at that RPKD's year: both keep their finding.
    for code in ("TKPK53-MTG-003", "TKPK53-DOC-004"):
        found = _findings(d, D(2025, 11, 20), code)
        assert found and all(f.outcome is Outcome.COMPLIANT for f in found), code
    # Once the month is over the documents are judged again.
    after = _findings(d, D(2025, 12, 1), "TKPK53-DOC-001")
    assert after and all(f.outcome is Outcome.COMPLIANT for f in after)


def test_an_rpjmd_of_the_handover_year_without_rpkd_is_open_not_a_violation() -> None:
    base = compliant(on=D(2022, 1, 1))
    assert isinstance(base.dokumen, tuple)
    rpjmd = attrs.evolve(base.dokumen[0], ditetapkan=D(2020, 11, 15))
    d = attrs.evolve(base, dokumen=(rpjmd,))
    (f,) = _findings(d, D(2022, 1, 1), "TKPK53-DOC-001")
    assert f.outcome is Outcome.VIOLATION  # adopted after 53/2020 governed, no RPKD
    vague = attrs.evolve(base, dokumen=(attrs.evolve(rpjmd, ditetapkan=Y(2020)),))
    (f,) = _findings(vague, D(2022, 1, 1), "TKPK53-DOC-001")
    assert f.outcome is Outcome.UNDETERMINED and f.variant == "rpjmd_date_open"
    assert f.missing == ("dokumen[0].ditetapkan",)
    early = attrs.evolve(base, dokumen=(attrs.evolve(rpjmd, ditetapkan=Y(2019)),))
    (f,) = _findings(early, D(2022, 1, 1), "TKPK53-DOC-001")
    assert f.outcome is not Outcome.VIOLATION  # surely before: no RPKD was due with it


def test_a_report_of_the_following_year_is_on_time_by_its_last_day() -> None:
    d = compliant(on=D(2026, 1, 10))
    assert isinstance(d.dokumen, tuple)
    index = next(
        i
        for i, doc in enumerate(d.dokumen)
        if doc.jenis.value == "laporan_pelaksanaan" and doc.tahun == 2024
    )
    d = _with_doc(d, index, ditetapkan=Y(2025))
    f = only(judge(d, D(2026, 1, 10)), "TKPK53-DOC-006", 2024)
    assert f.variant == "on_time"


def test_an_agenda_adopted_in_a_month_holding_the_date_is_open() -> None:
    d = compliant(on=D(2025, 1, 15))
    assert isinstance(d.agenda_kerja, tuple)
    agendas = [
        attrs.evolve(a, ditetapkan=M(2025, 1)) if a.tahun == 2025 else a for a in d.agenda_kerja
    ]
    index = next(i for i, a in enumerate(agendas) if a.tahun == 2025)
    d = attrs.evolve(d, agenda_kerja=tuple(agendas))
    for code in ("TKPK53-AGD-001", "TKPK53-AGD-002"):
        f = only(judge(d, D(2025, 1, 15)), code, 2025)
        assert f.outcome is Outcome.UNDETERMINED and f.variant == "adoption_open"
        assert f.missing == (f"agenda_kerja[{index}].ditetapkan",)
    assert only(judge(d, D(2025, 2, 1)), "TKPK53-AGD-001", 2025).outcome is Outcome.COMPLIANT


_DOCS = (
    HEAD
    + "dokumen:\n"
    + "  - {jenis: rpkd, periode: {mulai: 2025, selesai: 2029}, ditetapkan: 2025,"
    + " tanggal_draf: [2024-11, 2024-12-02]}\n"
    + "  - {jenis: rat, tahun: 2025, ditetapkan: 2024-11}\n"
    + "agenda_kerja:\n  - {tahun: 2025, ditetapkan: 2024-12}\n"
)


def test_adoption_dates_load_dump_and_round_trip_as_written(tmp_path: Path) -> None:
    d = loads(_DOCS)
    assert isinstance(d.dokumen, tuple) and isinstance(d.agenda_kerja, tuple)
    assert d.dokumen[0].ditetapkan == Y(2025)
    assert d.dokumen[0].tanggal_draf == (M(2024, 11), D(2024, 12, 2))
    assert d.dokumen[1].ditetapkan == M(2024, 11)
    assert d.agenda_kerja[0].ditetapkan == M(2024, 12)
    body = dump(d)
    assert body["dokumen"][0]["ditetapkan"] == 2025
    assert body["dokumen"][0]["tanggal_draf"] == ["2024-11", "2024-12-02"]
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(shipped_schema()))
    assert list(validator.iter_errors(body)) == []
    pytest.importorskip("openpyxl")
    from tkpk_rules.io.workbook import read_workbook, write_workbook

    path = tmp_path / "tkpk.xlsx"
    write_workbook(str(path), body)
    document, _ = read_workbook(str(path))
    assert load(document) == d


def test_an_agenda_adopted_in_a_month_survives_icalendar() -> None:
    pytest.importorskip("icalendar")
    from tkpk_rules.planning import from_ical, to_ical

    d = loads(_DOCS)
    assert isinstance(d.agenda_kerja, tuple)
    agenda = d.agenda_kerja[0]
    assert from_ical(to_ical(agenda)).ditetapkan == M(2024, 12)
    assert from_ical(to_ical(attrs.evolve(agenda, ditetapkan=Y(2024)))).ditetapkan == Y(2024)


# -- a coverage known only to its months ----------------------------------------------------


def _covered(mulai: object, selesai: object) -> Dossier:
    from tkpk_rules.model import Coverage

    d = with_meetings(compliant(), *two(2024))
    return attrs.evolve(d, cakupan=Coverage(mulai=mulai, selesai=selesai))  # type: ignore[arg-type]


def test_a_year_only_surely_covered_keeps_its_violation() -> None:
    f = only(judge(_covered(M(2023, 12), M(2025, 1)), D(2025, 2, 1)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.VIOLATION
    f = only(judge(_covered(D(2024, 1, 1), Y(2024)), D(2025, 2, 1)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED  # the record may stop before 31 December
    assert "cakupan (2024)" in f.missing
    f = only(judge(_covered(M(2024, 1), D(2024, 12, 31)), D(2025, 2, 1)), "TKPK53-MTG-001", 2024)
    assert f.outcome is Outcome.UNDETERMINED  # from some day of January: not the first


def test_a_coverage_in_months_loads_and_round_trips() -> None:
    text = HEAD + "cakupan: {mulai: 2025-07, selesai: 2025-12, sebagian: [rapat_koordinasi]}\n"
    d = loads(text, strict=True)
    assert d.cakupan.mulai == M(2025, 7) and d.cakupan.selesai == M(2025, 12)  # type: ignore[union-attr]
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]
    with pytest.raises(DocumentError):
        loads(HEAD + "cakupan: {mulai: 2025-07, selesai: 2025-06}\n", strict=True)


# -- a team's term known only to its year or month ------------------------------------------


def _term(selesai: object) -> Dossier:
    from tkpk_rules.model import DateRange, Team

    d = compliant()
    assert isinstance(d.tim, Team)
    term = DateRange(mulai=D(2020, 3, 1), selesai=selesai)  # type: ignore[arg-type]
    return attrs.evolve(d, tim=attrs.evolve(d.tim, masa_kerja=term))


@pytest.mark.parametrize(
    ("selesai", "variant"),
    [
        (D(2025, 12, 31), "formed"),
        (Y(2026), "formed"),  # ends some day of 2026: not yet on 1 November 2025
        (M(2025, 11), "formed"),  # ends 1 November at the earliest: still running on it
        (M(2025, 10), "expiry_open"),
        (Y(2024), "expiry_open"),
        (D(2025, 10, 31), "expired"),
    ],
)
def test_a_term_ending_in_a_month_or_year_may_have_ended(selesai: object, variant: str) -> None:
    f = only(judge(_term(selesai)), "TKPK53-FRM-001")
    assert f.variant == variant
    assert f.outcome is (Outcome.COMPLIANT if variant == "formed" else Outcome.UNDETERMINED)
    if variant == "expiry_open":
        assert "tim.masa_kerja.selesai" in f.missing
    # Judged inside the month the term ends in: it may have ended already.
    f = only(judge(_term(M(2025, 11)), D(2025, 11, 15)), "TKPK53-FRM-001")
    assert f.variant == "expiry_open" and f.outcome is Outcome.UNDETERMINED


def test_a_term_in_months_round_trips() -> None:
    text = HEAD + "tim:\n  masa_kerja: {mulai: 2021-06, selesai: 2026}\n"
    d = loads(text)
    assert d.tim.masa_kerja.mulai == M(2021, 6) and d.tim.masa_kerja.selesai == Y(2026)  # type: ignore[union-attr]
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]
