"""The one judge: ``check`` and ``due`` read the same facts the same way.

The rules, the planner and the obligations tracker ask :mod:`tkpk_rules.judge`
which meetings count and how each stands on a date; the tracker's meetings
obligation is a view over the engine's finding.  These properties would fail
if one of them read a fact on its own again.
"""

from __future__ import annotations

import datetime as dt
import inspect
import pathlib
import re

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules import check, judge
from tkpk_rules.model import NOT_RECORDED, Dossier, Meeting, MeetingKind, MeetingStatus
from tkpk_rules.planning import ObligationStatus, obligations
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules.meetings import MEETINGS_MINIMUM
from tkpk_rules.testing import dossiers

SRC = pathlib.Path(judge.__file__).parent
DAYS = st.dates(dt.date(2021, 1, 1), dt.date(2030, 12, 31))


def _cases() -> st.SearchStrategy[tuple[dt.date, Dossier]]:
    return DAYS.flatmap(lambda on: st.tuples(st.just(on), dossiers(on=on)))


def _with_meetings_on(d: Dossier, on: dt.date, data: st.DataObject) -> Dossier:
    """The dossier with some meetings moved onto the day judged, status often unrecorded."""
    if not isinstance(d.rapat_koordinasi, tuple) or not d.rapat_koordinasi:
        return d
    out = []
    for m in d.rapat_koordinasi:
        if data.draw(st.booleans()):
            status = data.draw(st.sampled_from([NOT_RECORDED, *MeetingStatus]))
            m = attrs.evolve(m, tanggal=on, status=status)
        out.append(m)
    return attrs.evolve(d, rapat_koordinasi=tuple(out))


@settings(max_examples=ci_examples(40, 15), deadline=None)
@given(_cases(), st.data())
def test_due_and_check_agree_on_the_meetings(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    on, d = case
    d = _with_meetings_on(d, on, data)
    findings = {f.year: f for f in check(d, on=on, rules=(MEETINGS_MINIMUM,)).findings if f.year}
    tracked = {o.year: o for o in obligations(d, on=on) if o.code.startswith("meetings.")}
    for year in (on.year - 1, on.year):
        f = findings.get(year)
        o = tracked.get(year)
        if f is None:
            continue
        if f.outcome is Outcome.VIOLATION:
            assert o is not None and o.status is ObligationStatus.OVERDUE, (year, o)
        if o is not None and o.status is ObligationStatus.OVERDUE:
            assert f.outcome is Outcome.VIOLATION, (year, f.variant)
        if f.outcome is Outcome.COMPLIANT:
            assert o is None or o.status is ObligationStatus.DONE, (year, o)
        if o is not None and o.status is ObligationStatus.DONE:
            assert f.outcome is not Outcome.VIOLATION
        if f.variant == "status_unknown":
            assert o is not None and o.status is ObligationStatus.UNDETERMINED


def test_a_meeting_on_the_day_with_no_status_is_unknown_for_both() -> None:
    from tkpk_rules.examples import load_example

    d = load_example()
    on = dt.date(2026, 12, 9)
    assert isinstance(d.rapat_koordinasi, tuple)
    ms = [m for m in d.rapat_koordinasi if m.tanggal.year != 2026]
    ms += [
        Meeting(
            tanggal=dt.date(2026, 3, 2),
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=MeetingStatus.TERLAKSANA,
        ),
        Meeting(
            tanggal=dt.date(2026, 6, 2),
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=MeetingStatus.TERLAKSANA,
        ),
        Meeting(tanggal=on, jenis=MeetingKind.RAPAT_KOORDINASI),
    ]
    d = attrs.evolve(d, rapat_koordinasi=tuple(ms))
    ym = judge.year_meetings(d.rapat_koordinasi, 2026, on)  # type: ignore[arg-type]
    assert len(ym.unknown) == 1 and not ym.scheduled
    tracked = {o.code: o for o in obligations(d, on=on)}
    assert tracked["meetings.minimum"].status is ObligationStatus.UNDETERMINED


def test_counts_as_a_coordination_meeting_is_written_once() -> None:
    """Only the judge compares a meeting's kind with ``rapat_koordinasi``."""
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "judge.py"
        and "jenis is MeetingKind.RAPAT_KOORDINASI" in path.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders


def test_the_level_tables_are_written_once() -> None:
    """Head, deputy head and issuer per level live in the judge, nowhere else."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "judge.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"Level\.KABUPATEN:\s*OfficeKind\.WAKIL_BUPATI", text):
            offenders.append(str(path.relative_to(SRC)))
    assert not offenders, offenders


def test_the_judge_is_pure_queries() -> None:
    source = inspect.getsource(judge)
    for word in ("print(", "open(", "verdict(", "Finding("):
        assert word not in source


def _judged_by() -> dict[str, tuple[str, int]]:
    """Which rule (and year offset) judges the fact of each tracked obligation."""
    from tkpk_rules.rules.agenda import AGENDA, AGENDA_CONTENTS
    from tkpk_rules.rules.documents import RAT_YEARLY, REPORT_YEARLY

    return {
        "agenda.adopted": (AGENDA.code, 0),
        "agenda.contents": (AGENDA_CONTENTS.code, 0),
        "meetings.minimum": (MEETINGS_MINIMUM.code, 0),
        "meetings.previous": (MEETINGS_MINIMUM.code, -1),
        "rat.current": (RAT_YEARLY.code, 0),
        "report.previous": (REPORT_YEARLY.code, -1),
    }


@settings(max_examples=ci_examples(40, 15), deadline=None)
@given(_cases(), st.data())
def test_due_and_check_agree_on_every_judged_fact(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    """Overdue exactly where the rule finds a violation; done only where it finds compliance."""
    from tkpk_rules.rules.documents import RPKD_DRAFTED

    on, d = case
    d = _with_meetings_on(d, on, data)
    findings: dict[tuple[str, int | None], list[Outcome]] = {}
    for f in check(d, on=on).findings:
        findings.setdefault((f.code, f.year), []).append(f.outcome)
    judged = _judged_by()
    for o in obligations(d, on=on):
        if o.code == "rpkd.coverage":
            outcomes = findings.get((RPKD_DRAFTED.code, None), [])
        elif o.code in judged:
            code, offset = judged[o.code]
            outcomes = findings.get((code, on.year + offset), [])
        else:
            continue  # rat.next: a year no rule judges yet (advice from the calendar)
        violated = Outcome.VIOLATION in outcomes
        assert (o.status is ObligationStatus.OVERDUE) == violated, (o.code, o.status, outcomes)
        if o.status is ObligationStatus.DONE:
            assert outcomes and set(outcomes) == {Outcome.COMPLIANT}, (o.code, outcomes)


# -- an undated current team after a dated earlier one ---------------------------------------


def test_an_undated_current_team_after_a_dated_earlier_one_leaves_who_governs_open() -> None:
    """Before: the earlier team of 2019 was applied in 2024, the current one ignored."""
    from tkpk_rules.model import Instrument, InstrumentKind, Issuer, RegionRef, Team

    wrong = Team(
        pembentukan=Instrument(
            jenis=InstrumentKind.KEPUTUSAN, penerbit=Issuer.LAINNYA, tanggal=dt.date(2021, 3, 1)
        )
    )
    d = Dossier(wilayah=RegionRef(kode="73.03"), tim=Team(), riwayat_tim=(wrong,))
    on = dt.date(2024, 6, 30)
    at = judge.team_on(d, on)
    assert at.team is NOT_RECORDED and at.missing == ("tim.pembentukan.tanggal",)
    assert [a.path for a in at.alternatives] == ["tim", "riwayat_tim[0]"]
    # The earlier decree's wrong issuer is no violation on a day the current team may govern.
    (f,) = check(d, on=on).by_code("TKPK53-INS-001")
    assert f.outcome is not Outcome.VIOLATION
    assert "tim.pembentukan.tanggal" in f.missing
    # Before the earlier team, neither was formed: the current one is not applied there.
    assert judge.team_on(d, dt.date(2020, 12, 31)).team is None
    # Without a dated earlier team, an undated current team still applies on every day.
    alone = attrs.evolve(d, riwayat_tim=())
    assert judge.team_on(alone, on).path == "tim" and judge.team_on(alone, on).team == Team()
