"""A fourth review of partial records (2026-12-03, fourth session), mended.

A meeting over several days that runs over the New Year (30 December to 2 January):
the regulation asks for meetings "in one year" and does not say which year such a
meeting counts for.  It belongs to the year it began; in the year it runs into, it may
count or not, so a shortfall it could fill there is undetermined, never a violation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from rules_fixtures import compliant, judge, meeting, only
from tkpk_rules.judge import meetings_into_year, year_meetings
from tkpk_rules.model import NOT_RECORDED, Dossier, ImpreciseDate, Meeting, MeetingStatus, Topic
from tkpk_rules.report import Outcome, Report

D = dt.date
ON = D(2025, 6, 30)  # 2024 is over


def _with_2024(*extra: Meeting, keep: int = 2) -> Dossier:
    """The compliant record with only ``keep`` of 2024's meetings, and ``extra`` added."""
    base = compliant(on=ON)
    ms = base.rapat_koordinasi
    assert isinstance(ms, tuple)
    mine = [m for m in ms if not (isinstance(m.tanggal, dt.date) and m.tanggal.year == 2024)]
    kept = [m for m in ms if isinstance(m.tanggal, dt.date) and m.tanggal.year == 2024][:keep]
    return attrs.evolve(base, rapat_koordinasi=(*mine, *kept, *extra))


def _over_new_year(end: object, *topics: Topic, **kw: object) -> Meeting:
    return attrs.evolve(meeting(D(2023, 12, 30), *topics, **kw), tanggal_selesai=end)  # type: ignore[arg-type]


def _mtg(d: Dossier, code: str) -> tuple[Outcome, str]:
    f = only(judge(d, on=ON), code, 2024)
    return f.outcome, f.variant


def test_a_meeting_run_on_into_the_year_leaves_the_minimum_open() -> None:
    d = _with_2024(_over_new_year(D(2024, 1, 2)))
    f = only(judge(d, on=ON), "TKPK53-MTG-001", 2024)
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "spans_year")
    # Nothing of the record is missing: the regulation is silent, not the record.
    assert not any("status" in m for m in f.missing)
    assert "ran on into 2024" in f.message("en")
    assert dict(f.facts)["lintas_tahun"] == ("2023-12-30",)


def test_a_meeting_that_ended_within_its_year_is_no_meeting_of_the_next() -> None:
    d = _with_2024(_over_new_year(D(2023, 12, 31)))
    assert _mtg(d, "TKPK53-MTG-001") == (Outcome.VIOLATION, "too_few")
    # And without the extra meeting at all: the same violation.
    assert _mtg(_with_2024(), "TKPK53-MTG-001") == (Outcome.VIOLATION, "too_few")


def test_a_meeting_whose_end_is_known_to_the_year_may_run_on() -> None:
    d = _with_2024(_over_new_year(ImpreciseDate(2024)))
    assert _mtg(d, "TKPK53-MTG-001") == (Outcome.UNDETERMINED, "spans_year")


def test_a_cancelled_meeting_run_on_counts_for_nothing() -> None:
    d = _with_2024(_over_new_year(D(2024, 1, 2), status=MeetingStatus.DIBATALKAN))
    assert _mtg(d, "TKPK53-MTG-001") == (Outcome.VIOLATION, "too_few")


def test_the_meeting_still_counts_for_the_year_it_began() -> None:
    ms = (_over_new_year(D(2024, 1, 2)),)
    ym = year_meetings(ms, 2023, D(2024, 6, 1))
    assert ym.held == ms and ym.spanning == ()
    ym = year_meetings(ms, 2024, D(2024, 6, 1))
    assert ym.held == () and ym.spanning == ms and ym.unknown == ms


def _topics_2024(*spanning_topics: Topic) -> Dossier:
    """2024's meetings work on the RPKD only; one run on from 2023 works on ``topics``."""
    d = _with_2024(_over_new_year(D(2024, 1, 3), *spanning_topics), keep=0)
    ms = d.rapat_koordinasi
    assert isinstance(ms, tuple)
    return attrs.evolve(
        d, rapat_koordinasi=(*ms, *(meeting(D(2024, m, 5), Topic.RPKD) for m in (3, 6, 9)))
    )


def test_a_meeting_run_on_may_hold_the_years_work_on_the_rat() -> None:
    assert _mtg(_topics_2024(Topic.RAT, Topic.LAPORAN_PELAKSANAAN), "TKPK53-MTG-002") == (
        Outcome.UNDETERMINED,
        "spans_year",
    )


def test_a_meeting_run_on_on_other_topics_leaves_the_violation() -> None:
    assert _mtg(_topics_2024(Topic.RPKD), "TKPK53-MTG-002") == (
        Outcome.VIOLATION,
        "missing_topics",
    )


def test_a_meeting_run_on_without_recorded_topics_may_hold_the_work() -> None:
    d = _topics_2024(Topic.RPKD)
    ms = d.rapat_koordinasi
    assert isinstance(ms, tuple)
    blind = tuple(
        attrs.evolve(m, pembahasan=NOT_RECORDED) if m.tanggal == D(2023, 12, 30) else m for m in ms
    )
    assert _mtg(attrs.evolve(d, rapat_koordinasi=blind), "TKPK53-MTG-002") == (
        Outcome.UNDETERMINED,
        "spans_year",
    )


@given(
    st.integers(0, 3),
    st.sampled_from([D(2024, 1, 1), D(2024, 1, 5), D(2024, 2, 1), ImpreciseDate(2024, 1)]),
    st.lists(st.sampled_from(list(Topic)), max_size=3),
)
def test_a_meeting_running_on_never_adds_a_violation(
    keep: int, end: D | ImpreciseDate, topics: list[Topic]
) -> None:
    """The same record, one meeting of 30 December said to run on: no new violation."""
    before = _with_2024(meeting(D(2023, 12, 30), *topics), keep=keep)
    after = _with_2024(_over_new_year(end, *topics), keep=keep)

    def violations(d: Dossier) -> set[tuple[str, str, int | None]]:
        return {
            (f.code, f.variant, f.year)
            for f in judge(d, on=ON).findings
            if f.outcome is Outcome.VIOLATION
        }

    assert violations(after) <= violations(before)


def test_meetings_into_year_skips_meetings_of_the_year_itself() -> None:
    m = attrs.evolve(meeting(D(2024, 3, 1)), tanggal_selesai=D(2025, 1, 2))
    assert meetings_into_year((m,), 2024) == () and meetings_into_year((m,), 2025) == (m,)


def test_due_leaves_a_meeting_run_on_to_the_findings_words() -> None:
    from tkpk_rules.planning import obligations

    d = _with_2024(_over_new_year(D(2024, 1, 2)))
    (previous,) = [o for o in obligations(d, on=D(2025, 1, 10)) if o.code == "meetings.previous"]
    assert previous.status.name == "UNDETERMINED"
    assert "ran on into 2024" in previous.message_en
    assert "not recorded" not in previous.message_en


# --- The order of a list decides nothing (a metamorphic review, 2026-12-03) -------------

from tkpk_rules.model import (  # noqa: E402
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    Coverage,
    Instrument,
    Member,
    Office,
    OfficeKind,
    Team,
)

_FULL = (
    AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RPKD),
    AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RAT),
    AgendaItem(kegiatan=AgendaItemKind.LAPORAN_PELAKSANAAN),
)
_NO_RAT = (_FULL[0], _FULL[2])
_AGENDA_ON = D(2025, 12, 31)


def _two_agendas(first: AnnualAgenda, second: AnnualAgenda) -> Dossier:
    """The compliant record whose 2024 agendas are ``first`` and ``second``, in that order."""
    d = compliant(on=_AGENDA_ON)
    assert isinstance(d.agenda_kerja, tuple)
    others = tuple(a for a in d.agenda_kerja if a.tahun != 2024)
    return attrs.evolve(d, agenda_kerja=(*others, first, second))


def _agd(d: Dossier, code: str) -> tuple[Outcome, str, tuple[str, ...]]:
    f = only(judge(d, on=_AGENDA_ON), code, 2024)
    return f.outcome, f.variant, f.missing


def _adopted(items: tuple[AgendaItem, ...]) -> AnnualAgenda:
    return AnnualAgenda(tahun=2024, ditetapkan=D(2024, 1, 15), kegiatan=items)


def test_two_adopted_agendas_that_differ_settle_nothing_in_either_order() -> None:
    full, short = _adopted(_FULL), _adopted(_NO_RAT)
    for a, b in ((full, short), (short, full)):
        outcome, variant, missing = _agd(_two_agendas(a, b), "TKPK53-AGD-002")
        assert (outcome, variant) == (Outcome.UNDETERMINED, "agendas_differ")
        assert len(missing) == 2 and all(m.startswith("agenda_kerja[") for m in missing)
    # One agenda alone gives its own verdict: the violation where the RAT is missing.
    d = _two_agendas(short, short)
    assert _agd(d, "TKPK53-AGD-002")[:2] == (Outcome.VIOLATION, "missing_items")


def test_a_draft_beside_the_adopted_agenda_is_not_the_years_agenda() -> None:
    draft = AnnualAgenda(tahun=2024, ditetapkan=None, kegiatan=())
    full = _adopted(_FULL)
    for a, b in ((draft, full), (full, draft)):
        d = _two_agendas(a, b)
        assert _agd(d, "TKPK53-AGD-001")[:2] == (Outcome.COMPLIANT, "ok")
        assert _agd(d, "TKPK53-AGD-002")[:2] == (Outcome.COMPLIANT, "ok")


def _chair(kind: OfficeKind) -> Team:
    return Team(
        pembentukan=Instrument(nomor="1", tanggal=D(2021, 3, 1)),
        ketua=Member(jabatan=Office(jenis=kind)),
    )


def _history(*teams: Team) -> Dossier:
    """The compliant record whose current team is formed in 2026, after earlier ``teams``."""
    d = compliant(on=D(2024, 6, 30))
    assert isinstance(d.tim, Team)
    later = attrs.evolve(d.tim, pembentukan=Instrument(nomor="9", tanggal=D(2026, 1, 5)))
    return attrs.evolve(d, tim=later, riwayat_tim=teams)


def test_two_earlier_teams_formed_on_one_day_are_in_no_order() -> None:
    sekda, deputy = _chair(OfficeKind.SEKRETARIS_DAERAH), _chair(OfficeKind.WAKIL_BUPATI)
    for teams in ((sekda, deputy), (deputy, sekda)):
        f = only(judge(_history(*teams), on=D(2024, 6, 30)), "TKPK53-LDR-001")
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "_engine.team_undetermined")
        assert f.missing == ("riwayat_tim[0].pembentukan", "riwayat_tim[1].pembentukan")
    # Teams that agree settle it; one earlier team alone is judged as before.
    f = only(judge(_history(deputy, deputy), on=D(2024, 6, 30)), "TKPK53-LDR-001")
    assert f.outcome is Outcome.COMPLIANT
    f = only(judge(_history(sekda), on=D(2024, 6, 30)), "TKPK53-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "not_deputy")


_KINDS = st.sampled_from([OfficeKind.WAKIL_BUPATI, OfficeKind.SEKRETARIS_DAERAH, OfficeKind.BUPATI])
_ITEMS = st.sampled_from([_FULL, _NO_RAT, ()])
_ADOPTION = st.sampled_from(
    [D(2024, 1, 15), D(2024, 3, 15), None, ImpreciseDate(2024), NOT_RECORDED]
)


@given(_KINDS, _KINDS, _ITEMS, _ITEMS, _ADOPTION, _ADOPTION, st.booleans())
def test_reversing_earlier_teams_or_agendas_changes_no_outcome(
    k1: OfficeKind,
    k2: OfficeKind,
    i1: tuple[AgendaItem, ...],
    i2: tuple[AgendaItem, ...],
    a1: object,
    a2: object,
    partial: bool,
) -> None:
    g1 = AnnualAgenda(tahun=2024, ditetapkan=a1, kegiatan=i1)  # type: ignore[arg-type]
    g2 = AnnualAgenda(tahun=2024, ditetapkan=a2, kegiatan=i2)  # type: ignore[arg-type]
    d = _two_agendas(g1, g2)
    d = attrs.evolve(d, tim=_history().tim, riwayat_tim=(_chair(k1), _chair(k2)))
    agendas = d.agenda_kerja
    assert isinstance(agendas, tuple)
    last = len(agendas) - 1
    e = attrs.evolve(d, riwayat_tim=(_chair(k2), _chair(k1)))
    e = attrs.evolve(e, agenda_kerja=(*agendas[:-2], agendas[-1], agendas[-2]))
    if partial:  # the second agenda's items recorded in part, wherever it stands
        d = attrs.evolve(d, cakupan=Coverage(sebagian=(f"agenda_kerja[{last}].kegiatan",)))
        e = attrs.evolve(e, cakupan=Coverage(sebagian=(f"agenda_kerja[{last - 1}].kegiatan",)))

    def seen(x: Dossier, on: dt.date) -> list[tuple[str, int | None, Outcome, str]]:
        return sorted((f.code, f.year, f.outcome, f.variant) for f in judge(x, on=on).findings)

    for on in (D(2024, 6, 30), _AGENDA_ON):
        assert seen(d, on) == seen(e, on)


# --- What came into being on a day, its day not recorded (a weakening hunt, round 2) ---

from tkpk_rules.io import loads  # noqa: E402

_UNDATED = {
    # code, date judged, the record with {day} where the adoption or decree date goes
    "TKPK53-SEC-001": (
        D(2024, 12, 31),
        'wilayah: {kode: "64"}\n'
        "sekretariat:\n"
        '  pembentukan: {jenis: keputusan, penerbit: lainnya, nomor: "1/2025"{day}}\n',
        "sekretariat.pembentukan.tanggal",
    ),
    "TKPK53-DOC-002": (
        D(2021, 12, 31),
        'wilayah: {kode: "33.71"}\n'
        "dokumen:\n"
        "  - {jenis: rpkd, periode: {mulai: 2021, selesai: 2030}, status: ditetapkan{day}}\n",
        "dokumen[0].ditetapkan",
    ),
    "TKPK53-DOC-009": (
        D(2025, 1, 15),
        'wilayah: {kode: "33.02"}\n'
        'tim: {pembentukan: {penerbit: bupati, nomor: "1", tanggal: 2021-01-10}}\n'
        "dokumen:\n"
        "  - {jenis: rat, tahun: 2024, status: ditetapkan, basis_data: [nama, alamat]{day}}\n",
        "dokumen[0].ditetapkan",
    ),
    "TKPK53-AGD-002": (
        D(2025, 1, 15),
        'wilayah: {kode: "33.02"}\n'
        'tim: {pembentukan: {penerbit: bupati, nomor: "1", tanggal: 2023-01-10}}\n'
        "agenda_kerja:\n"
        "  - {tahun: 2024, kegiatan: [{kegiatan: rapat_koordinasi, pembahasan: [lainnya]}]{day}}\n",
        "agenda_kerja[0].ditetapkan",
    ),
}


def _record(code: str, day: str | None) -> Dossier:
    _, text, missing = _UNDATED[code]
    field = "tanggal" if missing.endswith("tanggal") else "ditetapkan"
    said = "" if day is None else f", {field}: {day}"
    return loads("format: tkpk-rules/1\n" + text.replace("{day}", said))


def _verdicts(d: Dossier, code: str, on: dt.date | None = None) -> set[tuple[Outcome, str]]:
    on = on or _UNDATED[code][0]
    return {(f.outcome, f.variant) for f in judge(d, on=on).by_code(code)}


@pytest.mark.parametrize("code", sorted(_UNDATED))
def test_an_undated_item_gives_no_violation_a_dated_one_might_not(code: str) -> None:
    on, _, missing = _UNDATED[code]
    (f,) = [f for f in judge(_record(code, None), on=on).by_code(code) if f.year in (None, 2024)]
    assert f.outcome is Outcome.UNDETERMINED and missing in f.missing
    assert "Cannot be judged" in f.message("en") and "The finding if it did" in f.message("en")
    # Dated before the date judged: the violation stands; dated after: no violation.
    before, after = (on - dt.timedelta(days=300)).isoformat(), (on + dt.timedelta(days=30))
    assert Outcome.VIOLATION in {o for o, _ in _verdicts(_record(code, before), code)}
    assert Outcome.VIOLATION not in {o for o, _ in _verdicts(_record(code, str(after)), code)}


@settings(max_examples=ci_examples(120, 30))  # each example judges every rule twice
@given(st.sampled_from(sorted(_UNDATED)), st.integers(-800, 800))
def test_dropping_a_date_never_adds_a_violation(code: str, shift: int) -> None:
    on = _UNDATED[code][0]
    day = (on + dt.timedelta(days=shift)).isoformat()
    weak, full = _record(code, None), _record(code, day)
    for rule in {f.code for f in judge(weak, on=on).findings}:
        undated = {v for v in _verdicts(weak, rule, on) if v[0] is Outcome.VIOLATION}
        dated = {v for v in _verdicts(full, rule, on) if v[0] is Outcome.VIOLATION}
        assert undated <= dated, (rule, day)


def test_advice_that_a_report_is_missing_rests_on_a_complete_list() -> None:
    text = (
        "format: tkpk-rules/1\n"
        'wilayah: {kode: "33.02"}\n'
        'tim: {pembentukan: {penerbit: bupati, nomor: "1/2021", tanggal: 2021-01-10}}\n'
        "dokumen: []\n"
    )

    def report_2022(extra: str) -> tuple[Outcome, bool]:
        f = only(judge(loads(text + extra), on=D(2024, 12, 31)), "TKPK53-DOC-006", 2022)
        return f.outcome, f.advisory

    assert report_2022("") == (Outcome.COMPLIANT, True)  # missing_late: advice
    assert report_2022("cakupan: {sebagian: [dokumen]}\n") == (Outcome.UNDETERMINED, False)


# --- A review of the day's diff, mended ---------------------------------------------------


def _meetings(*lines: str, on: dt.date = ON) -> Report:
    text = (
        "format: tkpk-rules/1\n"
        'wilayah: {kode: "33.02"}\n'
        'tim: {pembentukan: {penerbit: bupati, nomor: "1/2021", tanggal: 2021-01-10}}\n'
        "rapat_koordinasi:\n" + "".join(f"  - {{{line}}}\n" for line in lines)
    )
    return judge(loads(text), on=on)


_RUN_ON = "tanggal: 2023-12-30, tanggal_selesai: 2024-01-03, jenis: rapat_koordinasi"
_HELD = "jenis: rapat_koordinasi, status: terlaksana"


def test_a_meeting_run_on_leaves_open_only_the_topics_it_may_hold() -> None:
    r = _meetings(
        f"{_RUN_ON}, status: terlaksana, pembahasan: [rat]",
        f"tanggal: 2024-03-05, {_HELD}, pembahasan: [rpkd]",
    )
    f = only(r, "TKPK53-MTG-002", 2024)
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "missing_topics")
    assert "implementation report" in f.message("en") and "RAT" not in f.message("en")


def test_a_meeting_run_on_is_not_counted_as_of_unknown_status() -> None:
    r = _meetings(
        f"{_RUN_ON}, status: terlaksana",
        f"tanggal: 2024-03-01, {_HELD}",
        "tanggal: 2024-05-01, jenis: rapat_koordinasi",
        "tanggal: 2024-07-01, jenis: rapat_koordinasi",
    )
    f = only(r, "TKPK53-MTG-001", 2024)
    assert f.variant == "status_unknown" and "status of 2 more" in f.message("en")
    assert dict(f.facts)["status_tidak_diketahui"] == ("2024-05-01", "2024-07-01")


def test_spans_year_names_the_laws_text_as_what_would_settle_it() -> None:
    f = only(
        _meetings(
            f"{_RUN_ON}, status: terlaksana",
            f"tanggal: 2024-03-01, {_HELD}",
            f"tanggal: 2024-05-01, {_HELD}",
        ),
        "TKPK53-MTG-001",
        2024,
    )
    assert f.variant == "spans_year" and any(m.startswith("teks Permendagri") for m in f.missing)
    assert "brief of the law" in f.message("en") and "Ringkasan aturan" in f.message("id")


def test_an_undated_draft_is_judged_as_a_draft() -> None:
    text = (
        "format: tkpk-rules/1\n"
        'wilayah: {kode: "33.71"}\n'
        "dokumen:\n"
        "  - {jenis: rpkd, periode: {mulai: 2021, selesai: 2030}, status: draf}\n"
    )
    f = only(judge(loads(text), on=D(2021, 12, 31)), "TKPK53-DOC-002")
    draft = only(
        judge(loads(text.replace("draf}", "draf, ditetapkan: null}")), on=D(2021, 12, 31)),
        "TKPK53-DOC-002",
    )
    assert (f.outcome, f.variant) == (draft.outcome, draft.variant)
    assert dict(f.facts).get("pelanggaran_tidak_didukung") != "item_undated"


def test_advice_that_a_report_is_missing_needs_the_record_to_speak_until_its_deadline() -> None:
    text = (
        "format: tkpk-rules/1\n"
        'wilayah: {kode: "33.02"}\n'
        'tim: {pembentukan: {penerbit: bupati, nomor: "1/2021", tanggal: 2021-01-10}}\n'
        "dokumen: []\n"
    )
    covered = "cakupan: {mulai: 2022-01-01, selesai: 2023-12-31}\n"
    only_2022 = "cakupan: {mulai: 2022-01-01, selesai: 2022-12-31}\n"
    f = only(judge(loads(text + covered), on=D(2024, 12, 31)), "TKPK53-DOC-006", 2022)
    assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "missing_late")
    f = only(judge(loads(text + only_2022), on=D(2024, 12, 31)), "TKPK53-DOC-006", 2022)
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "missing_uncovered")
    assert f.missing == ("cakupan (2022-2023)",)


# --- A review of the mended diff, mended ------------------------------------------------

_NO_RAT_YAML = "[{kegiatan: laporan_pelaksanaan}, {kegiatan: penyusunan_rpkd}]"
_NO_RAT_NOR_REPORT = "[{kegiatan: penyusunan_rpkd}]"


def _agd002_2024(formed: str, *agendas: str, partial: str = "") -> tuple[Outcome, str, str]:
    text = (
        "format: tkpk-rules/1\n"
        'wilayah: {kode: "33.02"}\n'
        f'tim: {{pembentukan: {{penerbit: bupati, nomor: "1", tanggal: {formed}}}}}\n'
        "dokumen: []\n"
        "agenda_kerja:\n" + "".join(f"  - {{tahun: 2024, {a}}}\n" for a in agendas)
    )
    if partial:
        text += f"cakupan: {{sebagian: ['{partial}']}}\n"
    f = only(judge(loads(text), on=D(2025, 6, 30)), "TKPK53-AGD-002", 2024)
    return f.outcome, f.variant, f.message("en")


def test_agreeing_agendas_of_the_year_the_team_was_formed_keep_their_violation() -> None:
    a = f"ditetapkan: 2024-01-15, kegiatan: {_NO_RAT_YAML}"
    b = f"ditetapkan: 2024-02-15, kegiatan: {_NO_RAT_YAML}"
    assert _agd002_2024("2024-01-10", a)[:2] == (Outcome.VIOLATION, "missing_items")
    assert _agd002_2024("2024-01-10", a, b)[:2] == (Outcome.VIOLATION, "missing_items")


def test_a_draft_set_aside_weighs_nothing_and_a_partial_agenda_weighs_in_any_order() -> None:
    a = f"ditetapkan: 2024-01-15, kegiatan: {_NO_RAT_YAML}"
    b = f"ditetapkan: 2024-02-15, kegiatan: {_NO_RAT_YAML}"
    draft = f"ditetapkan: null, kegiatan: {_NO_RAT_YAML}"
    # The draft (set aside beside adopted agendas) has its items recorded in part: no matter.
    found = _agd002_2024("2021-01-10", a, b, draft, partial="agenda_kerja[2].kegiatan")
    assert found[:2] == (Outcome.VIOLATION, "missing_items")
    # An adopted agenda's items recorded in part: open, wherever it stands.
    for where in ("agenda_kerja[0].kegiatan", "agenda_kerja[1].kegiatan"):
        assert _agd002_2024("2021-01-10", a, b, partial=where)[0] is Outcome.UNDETERMINED


def test_agendas_lacking_different_work_are_found_lacking_what_all_of_them_lack() -> None:
    a = f"ditetapkan: 2024-01-15, kegiatan: {_NO_RAT_YAML}"
    b = f"ditetapkan: 2024-02-15, kegiatan: {_NO_RAT_NOR_REPORT}"
    for pair in ((a, b), (b, a)):
        outcome, variant, said = _agd002_2024("2021-01-10", *pair)
        assert (outcome, variant) == (Outcome.VIOLATION, "missing_items")
        assert "RAT" in said and "implementation report" not in said


def test_a_run_on_meeting_of_unrecorded_status_stays_of_unknown_status() -> None:
    r = _meetings(_RUN_ON, f"tanggal: 2024-03-01, {_HELD}", f"tanggal: 2024-05-01, {_HELD}")
    f = only(r, "TKPK53-MTG-001", 2024)
    assert f.variant == "status_unknown"
    assert "rapat_koordinasi[tanggal=2023-12-30].status" in f.missing
    assert dict(f.facts)["status_tidak_diketahui"] == ("2023-12-30",)


def test_a_workbook_cut_off_is_said_to_be_damaged(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from tkpk_rules.errors import DocumentError
    from tkpk_rules.io import dump, load
    from tkpk_rules.io.workbook import write_workbook

    book = tmp_path / "tim.xlsx"
    write_workbook(str(book), dump(compliant()))
    data = book.read_bytes()
    book.write_bytes(data[: len(data) // 2])
    with pytest.raises(DocumentError) as caught:
        load(str(book))
    assert ".docx" not in str(caught.value) and ".xlsx" in str(caught.value)
