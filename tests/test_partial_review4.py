"""A fourth review of partial records (2026-12-03, fourth session), mended.

A meeting over several days that runs over the New Year (30 December to 2 January):
the regulation asks for meetings "in one year" and does not say which year such a
meeting counts for.  It belongs to the year it began; in the year it runs into, it may
count or not, so a shortfall it could fill there is undetermined, never a violation.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import compliant, judge, meeting, only
from tkpk_rules.judge import meetings_into_year, year_meetings
from tkpk_rules.model import NOT_RECORDED, Dossier, ImpreciseDate, Meeting, MeetingStatus, Topic
from tkpk_rules.report import Outcome

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
