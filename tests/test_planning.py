"""The agenda planner, the working calendar and the obligations tracker."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import attrs
import pytest

from tkpk_rules.examples import load_example
from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    Instrument,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PlanningDocument,
    RegionRef,
    Team,
    Topic,
    YearRange,
)
from tkpk_rules.planning import (
    AgendaPlan,
    Obligation,
    ObligationStatus,
    Origin,
    PlanningError,
    WorkingCalendar,
    apply_plan,
    indonesian_calendar,
    obligations,
    plan,
    plan_details,
)

D = dt.date


@pytest.fixture(scope="module")
def banyumas() -> Dossier:
    return load_example()


def meetings_of(agenda: AnnualAgenda) -> list[dt.date]:
    assert isinstance(agenda.kegiatan, tuple)
    return [
        i.mulai
        for i in agenda.kegiatan
        if i.kegiatan is AgendaItemKind.RAPAT_KOORDINASI and isinstance(i.mulai, dt.date)
    ]


def items_of(agenda: AnnualAgenda, kind: AgendaItemKind) -> list:
    assert isinstance(agenda.kegiatan, tuple)
    return [i for i in agenda.kegiatan if i.kegiatan is kind]


def bare(**changes: object) -> Dossier:
    """A record with a region and the example's team (the meeting rule needs a team)."""
    from tkpk_rules.examples import load_example

    base = Dossier(wilayah=RegionRef(kode="33.02"), tim=load_example().tim)
    return attrs.evolve(base, **changes)


def empty(**changes: object) -> Dossier:
    """A record with only the region."""
    return attrs.evolve(Dossier(wilayah=RegionRef(kode="33.02")), **changes)


# --------------------------------------------------------------------------- import


def test_importing_planning_does_not_import_holidays_or_icalendar() -> None:
    code = (
        "import sys, tkpk_rules.planning\n"
        "bad = [m for m in ('holidays', 'icalendar') if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# --------------------------------------------------------------------------- calendar


def test_calendar_knows_public_holidays_and_joint_leave() -> None:
    cal = indonesian_calendar([2026])
    independence = cal.day_off(D(2026, 8, 17))
    assert independence is not None and independence.kind == "libur_nasional"
    leave = cal.day_off(D(2026, 3, 20))  # cuti bersama before Idul Fitri 2026
    assert leave is not None and leave.kind == "cuti_bersama"
    assert not cal.is_working_day(D(2026, 12, 24))  # cuti bersama Natal
    assert cal.is_working_day(D(2026, 12, 8))
    assert not cal.is_working_day(D(2026, 12, 12))  # Saturday
    assert 2026 in cal.joint_leave_years


def test_calendar_marks_likely_joint_leave_in_years_without_data() -> None:
    cal = indonesian_calendar([2030])
    assert 2030 not in cal.joint_leave_years
    assert cal.is_uncertain(D(2030, 12, 24))
    assert not cal.is_uncertain(D(2030, 9, 10))


def test_calendar_of_your_own() -> None:
    cal = WorkingCalendar.from_days({D(2026, 2, 24): "Hari Jadi Kabupaten"})
    assert not cal.is_working_day(D(2026, 2, 24))
    assert cal.why_not(D(2026, 2, 24)).id == "Hari Jadi Kabupaten"  # type: ignore[union-attr]
    assert cal.count_working_days(D(2026, 2, 23), D(2026, 2, 27)) == 4


# --------------------------------------------------------------------------- planner


def test_plan_fresh_year_places_meetings_through_the_cycle(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2026, keep_recorded=False)
    assert agenda.tahun == 2026 and agenda.ditetapkan is None
    first, second, third = meetings_of(agenda)
    assert D(2026, 2, 16) <= first <= D(2026, 3, 31)  # the previous year's report
    assert second <= D(2026, 6, 15)  # before the RKPD is set at the end of June
    assert D(2026, 9, 15) <= third <= D(2026, 11, 30)  # before the APBD
    (report,) = items_of(agenda, AgendaItemKind.LAPORAN_PELAKSANAAN)
    assert report.selesai <= D(2026, 3, 31)
    rat = items_of(agenda, AgendaItemKind.PENYUSUNAN_RAT)
    assert min(i.selesai for i in rat) <= D(2026, 6, 15)
    assert all(isinstance(i.alasan, str) and i.alasan for i in agenda.kegiatan)  # type: ignore[union-attr]


def test_plan_keeps_recorded_meetings(banyumas: Dossier) -> None:
    details = plan_details(banyumas, 2026)
    assert details.meeting_dates == (D(2026, 3, 10), D(2026, 7, 14), D(2026, 12, 8))
    origins = [
        p.origin for p in details.items if p.item.kegiatan is AgendaItemKind.RAPAT_KOORDINASI
    ]
    assert origins == [Origin.HELD, Origin.HELD, Origin.SCHEDULED]


def test_preferred_weekday(banyumas: Dossier) -> None:
    for name, index in (("selasa", 1), ("Thursday", 3), (4, 4)):
        agenda = plan(banyumas, 2026, weekday=name, keep_recorded=False)
        assert {d.weekday() for d in meetings_of(agenda)} == {index}


def test_fixed_dates_are_kept_and_fill_slots(banyumas: Dossier) -> None:
    details = plan_details(banyumas, 2026, fixed=[D(2026, 5, 19)], keep_recorded=False)
    assert D(2026, 5, 19) in details.meeting_dates
    assert len(details.meeting_dates) == 3
    fixed = [p for p in details.items if p.item.mulai == D(2026, 5, 19)]
    assert fixed[0].origin is Origin.FIXED
    assert "sudah ditetapkan sebelumnya" in fixed[0].alasan("id")


def test_avoided_dates_are_not_used(banyumas: Dossier) -> None:
    plain = plan(banyumas, 2026, keep_recorded=False)
    avoid = [(D(2026, 3, 1), D(2026, 3, 17)), D(2026, 6, 2)]
    agenda = plan(banyumas, 2026, keep_recorded=False, avoid=avoid)
    assert meetings_of(plain) != meetings_of(agenda)
    for day in meetings_of(agenda):
        assert not D(2026, 3, 1) <= day <= D(2026, 3, 17) and day != D(2026, 6, 2)


def test_more_meetings_and_a_dedicated_rpkd_meeting(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2025, meetings=5, keep_recorded=False)
    days = meetings_of(agenda)
    assert len(days) == 5 and days == sorted(set(days))
    rpkd_meetings = [
        i
        for i in items_of(agenda, AgendaItemKind.RAPAT_KOORDINASI)
        if i.pembahasan == (Topic.RPKD,)
    ]
    assert len(rpkd_meetings) == 1


def test_rpkd_with_new_rpjmd_and_inauguration(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2025, inauguration=D(2025, 2, 20))
    (rpkd,) = items_of(agenda, AgendaItemKind.PENYUSUNAN_RPKD)
    assert rpkd.mulai == D(2025, 2, 20) and rpkd.selesai == D(2025, 8, 20)
    assert "2025\u20132029" in rpkd.judul and "enam bulan" in rpkd.alasan
    assert any(
        Topic.RPKD in (i.pembahasan or ())
        for i in items_of(agenda, AgendaItemKind.RAPAT_KOORDINASI)
    )


def test_rpkd_in_force_gives_a_monitoring_item(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2026)
    (rpkd,) = items_of(agenda, AgendaItemKind.PENYUSUNAN_RPKD)
    assert rpkd.judul.startswith("Pemantauan")
    assert "mencakup tahun 2027" in agenda.keterangan


def test_rpkd_due_when_none_covers_next_year() -> None:
    docs = (
        PlanningDocument(
            jenis=DocumentKind.RPKD,
            periode=YearRange(mulai=2022, selesai=2026),
            status=DocumentStatus.DITETAPKAN,
        ),
    )
    agenda = plan(bare(dokumen=docs), 2026)
    (rpkd,) = items_of(agenda, AgendaItemKind.PENYUSUNAN_RPKD)
    assert rpkd.judul.startswith("Penyusunan RPKD") and "2027" in rpkd.alasan
    unknown = plan(bare(), 2026)
    (rpkd,) = items_of(unknown, AgendaItemKind.PENYUSUNAN_RPKD)
    assert "tidak diketahui" in rpkd.alasan


def test_late_rat_is_adopted_early(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2027)  # the example's RAT 2027 is still a draft
    late = [i for i in items_of(agenda, AgendaItemKind.PENYUSUNAN_RAT) if "bila belum" in i.judul]
    assert late and late[0].selesai <= D(2027, 1, 31)
    # A plan made before 2027 does not know the year has begun: it never says so.
    assert "sudah berjalan" not in late[0].alasan and "dimulai" in late[0].alasan
    assert "tertunda" not in late[0].judul


def test_scheduled_meeting_on_a_holiday_is_replaced() -> None:
    record = (
        Meeting(
            tanggal=D(2026, 8, 17),
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=MeetingStatus.DIJADWALKAN,
        ),
    )
    details = plan_details(bare(rapat_koordinasi=record), 2026)
    assert D(2026, 8, 17) not in details.meeting_dates
    assert any("17 Agustus 2026" in p.alasan("id") for p in details.items)
    changed = apply_plan(bare(rapat_koordinasi=record), details.agenda)
    (old,) = [m for m in changed.rapat_koordinasi if m.tanggal == D(2026, 8, 17)]  # type: ignore[union-attr]
    assert old.status is MeetingStatus.DIBATALKAN


def test_all_held_without_report_topic_adds_a_meeting() -> None:
    held = tuple(
        Meeting(
            tanggal=d,
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=MeetingStatus.TERLAKSANA,
            pembahasan=(Topic.RAT,),
        )
        for d in (D(2026, 4, 7), D(2026, 7, 7), D(2026, 10, 6))
    )
    agenda = plan(bare(rapat_koordinasi=held), 2026)
    days = meetings_of(agenda)
    assert len(days) == 4
    extra = [
        i
        for i in items_of(agenda, AgendaItemKind.RAPAT_KOORDINASI)
        if i.mulai not in {m.tanggal for m in held}
    ]
    assert Topic.LAPORAN_PELAKSANAAN in extra[0].pembahasan


def test_english_reasons(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2027, lang="en")
    assert agenda.kegiatan[0].alasan.startswith("The record shows no RAT 2027")  # type: ignore[index, union-attr]
    assert "not adopted" in agenda.keterangan


def test_plan_is_stable_across_processes() -> None:
    code = (
        "import json\n"
        "from tkpk_rules.examples import load_example\n"
        "from tkpk_rules.io.converter import converter\n"
        "from tkpk_rules.model import AnnualAgenda\n"
        "from tkpk_rules.planning import plan\n"
        "d = load_example()\n"
        "print(json.dumps([converter.unstructure(plan(d, y, meetings=4), AnnualAgenda)"
        " for y in range(2024, 2032)], sort_keys=True))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and json.loads(runs[0])


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"meetings": 2}, "paling sedikit 3"),
        ({"meetings": True}, "jumlah rapat"),
        ({"year": 2019}, "42/2010"),
        ({"year": "2026"}, "bilangan bulat"),
        ({"weekday": "sabtu"}, "Senin-Jumat"),
        ({"fixed": [D(2026, 8, 17)]}, "bukan hari kerja: Hari Kemerdekaan"),
        ({"fixed": [D(2027, 3, 2)]}, "tidak berada di tahun 2026"),
        ({"fixed": [D(2026, 3, 3)], "avoid": [D(2026, 3, 3)]}, "sekaligus dihindari"),
        ({"fixed": ["2026-03-03"]}, "harus tanggal"),
        ({"avoid": [(D(2026, 1, 1), D(2026, 12, 31))]}, "tidak ada hari kerja"),
        ({"avoid": [(D(2026, 5, 1), D(2026, 4, 1))]}, "terbalik"),
    ],
)
def test_bad_requests_raise_bilingual_planning_errors(
    banyumas: Dossier, kwargs: dict[str, object], words: str
) -> None:
    args = {"year": 2026, **kwargs}
    year = args.pop("year")
    with pytest.raises(PlanningError) as info:
        plan(banyumas, year, **args)  # type: ignore[arg-type]
    assert words in info.value.message_id
    assert info.value.message_en and info.value.message_en != info.value.message_id
    assert " / " in str(info.value)


def test_plan_rejects_what_is_not_a_dossier() -> None:
    with pytest.raises(PlanningError):
        plan({"wilayah": {"kode": "33.02"}}, 2026)  # type: ignore[arg-type]


def test_agenda_plan_is_frozen(banyumas: Dossier) -> None:
    details = plan_details(banyumas, 2026)
    assert isinstance(details, AgendaPlan)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        details.year = 2027  # type: ignore[misc]


# --------------------------------------------------------------------------- obligations


def by_code(items: list[Obligation]) -> dict[str, Obligation]:
    return {o.code: o for o in items}


def test_example_obligations_late_november(banyumas: Dossier) -> None:
    items = obligations(banyumas, on=D(2026, 11, 27))
    found = by_code(items)
    meetings = found["meetings.minimum"]
    assert meetings.status is ObligationStatus.DUE
    assert meetings.deadline == D(2026, 12, 31)
    assert meetings.message().startswith(
        "2 dari 3 rapat koordinasi tahun 2026 terlaksana; 1 lagi paling lambat 31 Desember 2026."
    )
    assert "8 Desember 2026" in meetings.message()
    assert meetings.message("en").startswith("2 of 3 coordination meetings of 2026 held; 1 more")
    assert meetings.support.value == "reported" and not meetings.advisory
    rat = found["rat.next"]
    assert rat.status is ObligationStatus.AT_RISK and rat.advisory
    assert "RAT 2027 belum ditetapkan (masih draf)" in rat.message()
    assert found["rpkd.coverage"].status is ObligationStatus.DONE
    assert items[0].code == "rat.next"  # most urgent first
    assert json.loads(json.dumps([o.to_dict() for o in items]))


def test_obligations_before_the_rkpd_deadline(banyumas: Dossier) -> None:
    rat = by_code(obligations(banyumas, on=D(2026, 5, 4)))["rat.next"]
    assert rat.status is ObligationStatus.DUE and rat.deadline == D(2026, 6, 30)


def test_meeting_past_but_not_marked_held_is_undetermined(banyumas: Dossier) -> None:
    found = by_code(obligations(banyumas, on=D(2026, 12, 9)))
    assert found["meetings.minimum"].status is ObligationStatus.UNDETERMINED


def test_no_meetings_late_in_the_year_is_at_risk() -> None:
    found = by_code(obligations(bare(rapat_koordinasi=()), on=D(2026, 12, 1)))
    m = found["meetings.minimum"]
    assert m.status is ObligationStatus.AT_RISK
    assert "3 lagi" in m.message() and "belum dijadwalkan" in m.message()
    early = by_code(obligations(bare(rapat_koordinasi=()), on=D(2026, 2, 2)))
    assert early["meetings.minimum"].status is ObligationStatus.DUE


def test_scheduled_meeting_on_holiday_is_at_risk() -> None:
    record = (Meeting(tanggal=D(2026, 12, 25), jenis=MeetingKind.RAPAT_KOORDINASI),)
    m = by_code(obligations(bare(rapat_koordinasi=record), on=D(2026, 6, 1)))["meetings.minimum"]
    assert m.status is ObligationStatus.AT_RISK and "Natal" in m.message()


def test_previous_year_short_is_overdue() -> None:
    record = (
        Meeting(
            tanggal=D(2025, 5, 6),
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=MeetingStatus.TERLAKSANA,
        ),
    )
    team = Team(pembentukan=Instrument(tanggal=D(2021, 3, 1)))
    found = by_code(obligations(bare(rapat_koordinasi=record, tim=team), on=D(2026, 1, 12)))
    assert found["meetings.previous"].status is ObligationStatus.OVERDUE
    assert "kekurangan 2 rapat" in found["meetings.previous"].message()
    # Without a team on record the rule cannot judge 2025, and neither can the tracker.
    unknown = by_code(obligations(empty(rapat_koordinasi=record), on=D(2026, 1, 12)))
    assert unknown["meetings.previous"].status is ObligationStatus.UNDETERMINED
    assert "belum dapat dinilai" in unknown["meetings.previous"].message()


def test_not_recorded_is_undetermined_never_overdue() -> None:
    items = obligations(empty(), on=D(2026, 7, 1))
    assert {o.status for o in items} == {ObligationStatus.UNDETERMINED}
    # The RAT for 2026 was due before the APBD 2026, at the end of 2025.
    assert all(o.deadline is None or o.deadline.year in (2025, 2026) for o in items)


def test_regime_window_makes_everything_undetermined(banyumas: Dossier) -> None:
    items = obligations(banyumas, on=D(2020, 6, 1))
    assert {o.status for o in items} == {ObligationStatus.UNDETERMINED}
    assert items[0].message().startswith("Pada 1 Juni 2020 belum pasti")
    fixed = obligations(banyumas, on=D(2020, 6, 1), handover=D(2020, 3, 1))
    assert {o.status for o in fixed} != {ObligationStatus.UNDETERMINED}
    old = obligations(banyumas, on=D(2018, 6, 1))
    assert "Permendagri 42/2010" in old[0].message()


def test_obligations_reject_bad_dates(banyumas: Dossier) -> None:
    with pytest.raises(PlanningError):
        obligations(banyumas, on=dt.datetime(2026, 1, 1))
    with pytest.raises(PlanningError):
        obligations(banyumas, on="2026-01-01")  # type: ignore[arg-type]


def test_planned_agenda_settles_the_agenda_obligations(banyumas: Dossier) -> None:
    before = by_code(obligations(banyumas, on=D(2027, 1, 12)))
    assert before["agenda.adopted"].status is ObligationStatus.DUE
    with_plan = apply_plan(banyumas, plan(banyumas, 2027), adopted=D(2027, 1, 11))
    after = by_code(obligations(with_plan, on=D(2027, 1, 12)))
    assert after["agenda.adopted"].status is ObligationStatus.DONE
    assert after["agenda.contents"].status is ObligationStatus.DONE
    assert after["meetings.minimum"].status is ObligationStatus.DUE


def test_apply_plan_keeps_other_years(banyumas: Dossier) -> None:
    agenda = plan(banyumas, 2027)
    out = apply_plan(banyumas, agenda, held=True)
    recorded = [a.tahun for a in banyumas.agenda_kerja]  # type: ignore[union-attr]
    assert 2027 not in recorded
    assert [a.tahun for a in out.agenda_kerja] == [*recorded, 2027]  # type: ignore[union-attr]
    held_2027 = [
        m
        for m in out.rapat_koordinasi
        if m.tanggal.year == 2027 and m.status is MeetingStatus.TERLAKSANA  # type: ignore[union-attr]
    ]
    assert len(held_2027) == 3
    assert [m for m in out.rapat_koordinasi if m.tanggal.year < 2027] == [  # type: ignore[union-attr]
        m
        for m in banyumas.rapat_koordinasi
        if m.tanggal.year < 2027  # type: ignore[union-attr]
    ]
    assert agenda.ditetapkan is None and out.agenda_kerja[-1].ditetapkan is None  # type: ignore[index]
    assert NOT_RECORDED not in (agenda.kegiatan,)


def test_meetings_of_a_year_before_the_team_was_formed_are_not_overdue(banyumas: Dossier) -> None:
    import attrs as _attrs

    from tkpk_rules.model import Instrument, Team

    team = banyumas.tim
    assert isinstance(team, Team)
    late = _attrs.evolve(team, pembentukan=Instrument(tanggal=D(2024, 2, 29)))
    record = _attrs.evolve(banyumas, tim=late, riwayat_tim=(), rapat_koordinasi=())
    before = by_code(obligations(record, on=D(2024, 3, 1)))
    assert before["meetings.previous"].status is ObligationStatus.UNDETERMINED
    formed_earlier = _attrs.evolve(
        record, tim=_attrs.evolve(late, pembentukan=Instrument(tanggal=D(2022, 1, 3)))
    )
    after = by_code(obligations(formed_earlier, on=D(2024, 3, 1)))
    assert after["meetings.previous"].status is ObligationStatus.OVERDUE
