"""Compliances an undated team decree cannot support (2026-12-03, seventh session), mended.

A team whose forming decree has no date recorded (and no earlier team is dated, and no
term recorded as begun) may have been formed after the date judged.  A violation about
what the team is made of was already *undetermined* (``team_undated_on``); a compliance
about it ("the head is the regional secretary", "all four elements are stated") is too
now: on a day the team did not exist yet, it had no head at all.  The property: a
compliance about the team found with the date dropped holds both with the decree dated
before the date judged and with it dated after.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from rules_fixtures import team, with_team
from tkpk_rules import check
from tkpk_rules.examples import load_example
from tkpk_rules.model import NOT_RECORDED, DateRange, Dossier, Instrument, Team
from tkpk_rules.report import Outcome, Report
from tkpk_rules.rules import RULEBOOK
from tkpk_rules.testing import dossiers
from tkpk_rules.testing.records import compliant

D = dt.date
ON = D(2025, 11, 1)
#: The rules about what the team is made of, and the decree that forms it.
TEAM_RULES = (
    "TKPK53-INS-001",
    "TKPK53-INS-002",
    "TKPK53-LDR-001",
    "TKPK53-LDR-002",
    "TKPK53-LDR-003",
    "TKPK53-MEM-001",
)
#: Every rule of the date about the team (the engine's own list of team topics).
ABOUT_THE_TEAM = frozenset(
    r.code
    for r in RULEBOOK
    if r.years is None and r.topic in {"formation", "instrument", "membership", "leadership"}
)


def _decree_dated(d: Dossier, day: object) -> Dossier:
    inst = team(d).pembentukan
    assert isinstance(inst, Instrument)
    return with_team(d, pembentukan=attrs.evolve(inst, tanggal=day))


def _settled(report: Report) -> set[tuple[str, int | None]]:
    """(rule about the team, year) whose every finding is a compliance (advice or not).

    Only the rules about the team: on a day before the team was formed the yearly rules
    are not judged at all, while with the date not recorded they keep what the dated
    meetings and documents show (``test_unsupported_violations``)."""
    out: dict[tuple[str, int | None], bool] = {}
    for f in report.findings:
        if f.code not in ABOUT_THE_TEAM:
            continue
        key = (f.code, f.year)
        out[key] = out.get(key, True) and f.outcome is Outcome.COMPLIANT
    return {k for k, ok in out.items() if ok}


def _check_both_ways(d: Dossier, on: dt.date) -> None:
    own = team(d).pembentukan.tanggal  # type: ignore[union-attr]
    before = own if isinstance(own, dt.date) and own <= on else on - dt.timedelta(days=1)
    weak = check(_decree_dated(d, NOT_RECORDED), on=on)
    early = check(_decree_dated(d, before), on=on)
    late = check(_decree_dated(d, on + dt.timedelta(days=1)), on=on)
    gained = _settled(weak) - (_settled(early) & _settled(late))
    assert not gained, (on, sorted(gained, key=str))


def test_the_undated_team_of_the_compliant_record_is_not_said_to_be_well_formed() -> None:
    d = compliant()
    dated = check(d, on=ON)
    weak = check(_decree_dated(d, NOT_RECORDED), on=ON)
    for code in TEAM_RULES:
        (was,) = dated.by_code(code)
        assert was.outcome is Outcome.COMPLIANT, code
        (f,) = weak.by_code(code)
        assert f.outcome is Outcome.UNDETERMINED, code
        assert f.missing[0] == "tim.pembentukan.tanggal", code
        assert f.facts_dict()["kepatuhan_tidak_didukung"] == "team_undated_on", code
        assert f.path == was.path and f.variant == was.variant, code
        assert "The finding if it did: " + was.message("en") in f.message("en"), code
        assert "Temuan bila tim sudah ada: " + was.message("id") in f.message("id"), code
        assert "tim.pembentukan.tanggal" in (f.action("en") or ""), code
    # What does not rest on the team stays: the meetings held, the documents adopted.
    for code in ("TKPK53-MTG-001", "TKPK53-DOC-004", "TKPK53-AGD-001"):
        assert {f.outcome for f in weak.by_code(code)} == {Outcome.COMPLIANT}, code
    _check_both_ways(d, ON)
    assert set(TEAM_RULES) <= ABOUT_THE_TEAM


def test_a_term_recorded_as_begun_keeps_the_compliance() -> None:
    """A term begun by the date puts the team in office, the decree's date aside."""
    d = _decree_dated(compliant(), NOT_RECORDED)
    begun = with_team(d, masa_kerja=DateRange(mulai=D(2021, 1, 4), selesai=None))
    assert isinstance(begun.tim, Team)
    report = check(begun, on=ON)
    for code in TEAM_RULES:
        (f,) = report.by_code(code)
        assert f.outcome is Outcome.COMPLIANT, code


def test_the_examples_at_their_year_ends() -> None:
    for name in ("kabupaten-banyumas", "provinsi-kalimantan-timur"):
        d = load_example(name)
        if isinstance(d.tim, Team) and isinstance(d.tim.pembentukan, Instrument):
            for on in (D(2021, 12, 31), D(2023, 12, 31), D(2025, 12, 31)):
                _check_both_ways(d, on)


@settings(max_examples=ci_examples(25, 40))  # each example judges three records
@given(
    st.sampled_from([D(2021, 12, 31), D(2023, 6, 30), D(2024, 12, 31), D(2025, 3, 1)]).flatmap(
        lambda on: st.tuples(st.just(on), dossiers(compliant=True, on=on))
    )
)
def test_a_team_compliance_with_the_date_dropped_holds_either_way(
    case: tuple[dt.date, Dossier],
) -> None:
    on, d = case
    if isinstance(d.tim, Team) and isinstance(d.tim.pembentukan, Instrument):
        term = d.tim.masa_kerja
        if isinstance(term, DateRange) and term.mulai is not NOT_RECORDED:
            # A recorded term puts the team in office, its decree's date aside (above):
            # a decree dated after the date judged is not a world such a record allows.
            return
        _check_both_ways(d, on)
