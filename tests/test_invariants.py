"""Invariants of the rulebook and the engine, each a property over generated dossiers.

The dossiers come from :mod:`tkpk_rules.testing`: arbitrary ones (any value the
model can hold), realistic ones (a compliant dossier with a few rules broken),
compliant ones, and ones that break exactly one rule.  Under the ``ci``
Hypothesis profile every property here runs at least 500 examples.

*Broken* means what :func:`tkpk_rules.testing.broken_rules` says: a violation,
an advisory, or a state the rule's breaker declares adverse.

*Contradiction*, as checked by :func:`contradictions`, is one of two things:

1. **Opposite verdicts on the same facts.**  Two findings of different rules
   about the same thing (the same path and the same year) that rest on the
   same facts (the same names with the same values, the year aside, at least
   one), where one is a violation and the other is compliant without any
   advisory.  The same facts about the same thing cannot be both in order and
   a breach.  Two rules may judge different aspects of one thing (the issuer
   and the legal basis of one decree, the number and the topics of one year's
   meetings): they rest on different facts, even when they share some for
   context (the decree's number and date), and are not a contradiction.
2. **Judging what another finding says is not there.**  A violation whose
   variant is ``none`` (the record says the thing at path *P* does not exist,
   e.g. no team, no secretariat) next to a finding of another rule, for the
   same year, that is compliant or a violation about something inside *P*.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules.engine import check
from tkpk_rules.io import dump, dumps, load, loads
from tkpk_rules.judge import team_on
from tkpk_rules.model import Dossier, Element, Meeting, NotRecorded, Team
from tkpk_rules.report import Finding, Outcome, Report, Severity
from tkpk_rules.report._canonical import canonical
from tkpk_rules.rules import RULEBOOK, by_code
from tkpk_rules.rules.membership import classify, team_members
from tkpk_rules.testing import (
    breakable_dates,
    breakers,
    broken_rules,
    dossiers,
    meetings,
    members,
    violating,
)
from tkpk_rules.testing._registry import finding_is_adverse

CODES = [r.code for r in RULEBOOK]
CORE = ci_examples(500, 40)
"""Examples of a core property: at least 500 under the ``ci`` profile."""

ANY_DAY = st.dates(dt.date(2008, 1, 1), dt.date(2040, 12, 31))
REALISTIC_DAY = st.dates(dt.date(2011, 1, 1), dt.date(2040, 12, 31))
core = settings(max_examples=CORE, suppress_health_check=[HealthCheck.too_slow])


def _realistic() -> st.SearchStrategy[tuple[dt.date, Dossier]]:
    return REALISTIC_DAY.flatmap(lambda on: st.tuples(st.just(on), dossiers(on=on)))


def _arbitrary() -> st.SearchStrategy[tuple[dt.date, Dossier]]:
    return st.tuples(ANY_DAY, dossiers())


def _one_broken() -> st.SearchStrategy[tuple[str, dt.date, Dossier]]:
    def for_code(code: str) -> st.SearchStrategy[tuple[str, dt.date, Dossier]]:
        return breakable_dates(code).flatmap(
            lambda on: st.tuples(st.just(code), st.just(on), violating(code, on=on))
        )

    return st.sampled_from(CODES).flatmap(for_code)


def cases() -> st.SearchStrategy[tuple[dt.date, Dossier]]:
    """A date and a dossier: arbitrary, realistic, or breaking exactly one rule."""
    return st.one_of(_arbitrary(), _realistic(), _one_broken().map(lambda t: (t[1], t[2])))


# -- every rule has a breaker; compliant and violating dossiers do what they say -------------


def test_every_rule_has_a_breaker_and_every_breaker_a_rule() -> None:
    missing = [code for code in CODES if code not in breakers()]
    assert not missing, (
        f"rules without a breaker in tkpk_rules/testing/breakers/<topic>.py: {missing}"
    )
    stale = sorted(set(breakers()) - set(CODES))
    assert not stale, f"breakers of rules that no longer exist: {stale}"


@core
@given(REALISTIC_DAY.flatmap(lambda on: st.tuples(st.just(on), dossiers(compliant=True, on=on))))
def test_compliant_dossiers_break_no_rule(case: tuple[dt.date, Dossier]) -> None:
    on, d = case
    report = check(d, on=on)
    assert broken_rules(report) == frozenset(), _adverse(report)
    assert not report.has_violations and not report.advisories


@core
@given(_one_broken())
def test_violating_breaks_exactly_that_rule(case: tuple[str, dt.date, Dossier]) -> None:
    code, on, d = case
    report = check(d, on=on)
    assert broken_rules(report) == {code}, _adverse(report)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=ci_examples(12, 4))
@given(data=st.data())
def test_each_rule_is_broken_alone(code: str, data: st.DataObject) -> None:
    on = data.draw(breakable_dates(code), label="on")
    d = data.draw(violating(code, on=on), label="dossier")
    assert broken_rules(check(d, on=on)) == {code}


def _passes(report: Report, code: str) -> bool:
    mine = report.by_code(code)
    return any(
        f.outcome is Outcome.COMPLIANT and not finding_is_adverse(f) for f in mine
    ) and not any(finding_is_adverse(f) for f in mine)


_FIND = settings(
    max_examples=ci_examples(300, 100),
    database=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@pytest.mark.parametrize("code", CODES)
def test_every_rule_can_both_pass_and_fail(code: str) -> None:
    """For each rule the strategies give a dossier it passes and one it fails."""
    levels = frozenset(by_code(code).levels)
    passing = breakable_dates(code).flatmap(
        lambda on: st.tuples(st.just(on), dossiers(compliant=True, on=on, levels=levels))
    )
    on, d = find(passing, lambda t: _passes(check(t[1], on=t[0]), code), settings=_FIND)
    assert _passes(check(d, on=on), code)
    failing = breakable_dates(code).flatmap(
        lambda on: st.tuples(st.just(on), violating(code, on=on))
    )
    on, d = find(failing, lambda t: code in broken_rules(check(t[1], on=t[0])), settings=_FIND)
    assert not _passes(check(d, on=on), code)


# -- no contradictions ---------------------------------------------------------------------

_NOT_A_FACT = {"tahun"}  # the year is part of what is judged, not a fact about it


def _under(path: str, parent: str) -> bool:
    return path.startswith((parent + ".", parent + "["))


def contradictions(report: Report) -> list[tuple[Finding, Finding]]:
    """The pairs of findings that contradict each other (see the module docstring)."""
    found = []
    for a, b in itertools.permutations(report.findings, 2):
        if a.code == b.code or a.year != b.year:
            continue
        absent = a.outcome is Outcome.VIOLATION and a.variant == "none"
        judged = b.outcome in (Outcome.COMPLIANT, Outcome.VIOLATION)
        if absent and judged and _under(b.path, a.path):
            found.append((a, b))
        if a.path != b.path or a.outcome is not Outcome.VIOLATION:
            continue
        if b.outcome is not Outcome.COMPLIANT or b.severity is not Severity.NONE:
            continue
        fa = {k: v for k, v in a.facts if k not in _NOT_A_FACT}
        fb = {k: v for k, v in b.facts if k not in _NOT_A_FACT}
        if fa and fa == fb:
            found.append((a, b))
    return found


@core
@given(cases())
def test_no_two_rules_contradict(case: tuple[dt.date, Dossier]) -> None:
    on, d = case
    bad = contradictions(check(d, on=on))
    assert not bad, [(a.code, a.variant, b.code, b.variant, a.path) for a, b in bad]


def test_contradictions_are_detected() -> None:
    """The checker itself finds a planted contradiction."""
    on = dt.date(2024, 6, 1)
    report = check(Dossier(wilayah=load_kode("64.72")), on=on)
    f = report.findings[0]
    a = attrs.evolve(f, code="X-1", outcome=Outcome.VIOLATION, variant="v", facts=(("k", 1),))
    b = attrs.evolve(
        f,
        code="X-2",
        outcome=Outcome.COMPLIANT,
        severity=Severity.NONE,
        variant="w",
        facts=(("k", 1), ("tahun", 2024)),
    )
    c = attrs.evolve(f, code="X-3", outcome=Outcome.VIOLATION, variant="none", path="tim")
    e = attrs.evolve(f, code="X-4", outcome=Outcome.COMPLIANT, path="tim.ketua")
    planted = attrs.evolve(report, findings=(a, b, c, e))
    assert {(x.code, y.code) for x, y in contradictions(planted)} == {
        ("X-1", "X-2"),
        ("X-3", "X-4"),
    }
    for facts in ((("k", 2),), (("k", 1), ("context", "x")), ()):
        other = attrs.evolve(b, facts=facts)
        assert contradictions(attrs.evolve(report, findings=(a, other))) == []


def load_kode(kode: str) -> Any:
    from tkpk_rules.model import RegionRef

    return RegionRef(kode=kode)


# -- monotonicity --------------------------------------------------------------------------


def _violations(report: Report, topic: str) -> set[tuple[str, int | None, str]]:
    codes = {r.code for r in RULEBOOK if r.topic == topic}
    return {(f.code, f.year, f.path) for f in report.violations if f.code in codes}


def _near_years(on: dt.date) -> st.SearchStrategy[Meeting]:
    return st.one_of(
        meetings(year=on.year - 1), meetings(year=on.year), meetings(year=on.year - 2), meetings()
    )


@core
@given(cases(), st.data())
def test_adding_a_meeting_never_adds_a_meeting_violation(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    """On a recorded list of meetings (an unrecorded one becomes known by adding one)."""
    on, d = case
    listed = d.rapat_koordinasi if isinstance(d.rapat_koordinasi, tuple) else ()
    before = attrs.evolve(d, rapat_koordinasi=listed)
    extra = data.draw(_near_years(on), label="meeting")
    position = data.draw(st.integers(0, len(listed)), label="position")
    after = attrs.evolve(d, rapat_koordinasi=(*listed[:position], extra, *listed[position:]))
    new = _violations(check(after, on=on), "meetings") - _violations(
        check(before, on=on), "meetings"
    )
    assert not new


def _absent_elements(team: Team, path: str) -> list[Element]:
    present = {classify(m)[0] for _, m in team_members(team, path)}
    return [e for e in Element if e not in present]


@core
@given(cases(), st.data())
def test_adding_a_member_of_a_missing_element_never_adds_an_element_violation(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    """On a recorded member list of the team that applies on the date."""
    on, d = case
    at = team_on(d, on)
    if not isinstance(at.team, Team):
        d = attrs.evolve(d, tim=Team(anggota=()), riwayat_tim=())
        at = team_on(d, on)
    assert isinstance(at.team, Team)
    listed = at.team.anggota if isinstance(at.team.anggota, tuple) else ()
    before = _with_team_members(d, at.path, at.team, listed)
    absent = _absent_elements(attrs.evolve(at.team, anggota=listed), at.path)
    element = data.draw(st.sampled_from(absent or list(Element)), label="element")
    member = data.draw(st.one_of(members(element=element), members()), label="member")
    after = _with_team_members(d, at.path, at.team, (*listed, member))
    new = _violations(check(after, on=on), "membership") - _violations(
        check(before, on=on), "membership"
    )
    assert not new


def _with_team_members(d: Dossier, path: str, team: Team, anggota: tuple[Any, ...]) -> Dossier:
    new = attrs.evolve(team, anggota=anggota)
    if path == "tim":
        return attrs.evolve(d, tim=new)
    index = int(path[len("riwayat_tim[") : -1])
    assert isinstance(d.riwayat_tim, tuple)
    history = list(d.riwayat_tim)
    history[index] = new
    return attrs.evolve(d, riwayat_tim=tuple(history))


# -- order, determinism, round trips, schema ------------------------------------------------

_DOC_PATH = re.compile(r"dokumen\[(\d+)\]")
_MEETING_PATH = re.compile(r"rapat_koordinasi\[(\d+)\]")


def _normal(report: Report, d: Dossier) -> list[tuple[Any, ...]]:
    """The findings with document indexes replaced by the document's content, order-free."""
    docs = d.dokumen if isinstance(d.dokumen, tuple) else ()
    keys = [json.dumps(canonical(doc), sort_keys=True) for doc in docs]
    rank = {k: i for i, k in enumerate(sorted(set(keys)))}
    # Meetings too: a rule may name a meeting by its place (``rapat_koordinasi[2].tanggal``).
    meetings = d.rapat_koordinasi if isinstance(d.rapat_koordinasi, tuple) else ()
    mkeys = [json.dumps(canonical(m), sort_keys=True) for m in meetings]
    mrank = {k: i for i, k in enumerate(sorted(set(mkeys)))}

    def text(value: str) -> str:
        value = _DOC_PATH.sub(lambda m: f"dokumen[#{rank[keys[int(m.group(1))]]}]", value)
        return _MEETING_PATH.sub(
            lambda m: f"rapat_koordinasi[#{mrank[mkeys[int(m.group(1))]]}]", value
        )

    def fact(value: object) -> object:
        if isinstance(value, str):
            return text(value)
        if isinstance(value, tuple):
            return tuple(sorted(text(v) for v in value))
        return value

    return sorted(
        (
            f.code,
            f.year or 0,
            f.outcome.value,
            f.severity.value,
            f.variant,
            text(f.path),
            tuple((k, fact(v)) for k, v in f.facts),
            tuple(sorted(text(m) for m in f.missing)),
        )
        for f in report.findings
    )


def _shuffle(draw: Any, items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(draw(st.permutations(list(items))))


def _shuffle_team(draw: Any, team: Team) -> Team:
    anggota = team.anggota
    if isinstance(anggota, tuple):
        anggota = _shuffle(draw, anggota)
    groups = team.kelompok_kerja
    if isinstance(groups, tuple):
        groups = tuple(
            attrs.evolve(g, anggota=_shuffle(draw, g.anggota))
            if isinstance(g.anggota, tuple)
            else g
            for g in groups
        )
    return attrs.evolve(team, anggota=anggota, kelompok_kerja=groups)


@core
@given(cases(), st.data())
def test_order_of_members_meetings_and_documents_does_not_matter(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    on, d = case
    draw = data.draw
    changes: dict[str, Any] = {}
    if isinstance(d.tim, Team):
        changes["tim"] = _shuffle_team(draw, d.tim)
    if isinstance(d.riwayat_tim, tuple):
        changes["riwayat_tim"] = tuple(_shuffle_team(draw, t) for t in d.riwayat_tim)
    for name in ("rapat_koordinasi", "dokumen"):
        value = getattr(d, name)
        if isinstance(value, tuple):
            changes[name] = _shuffle(draw, value)
    shuffled = attrs.evolve(d, **changes)
    assert _normal(check(shuffled, on=on), shuffled) == _normal(check(d, on=on), d)


@core
@given(cases())
def test_the_same_input_gives_the_same_report(case: tuple[dt.date, Dossier]) -> None:
    on, d = case
    first = check(d, on=on)
    again = check(d, on=on)
    copy = check(load(dump(d)), on=on)
    assert first == again == copy
    assert first.to_json().encode() == copy.to_json().encode()


@core
@given(st.one_of(_arbitrary(), _realistic()).map(lambda t: t[1]))
def test_dump_then_load_changes_nothing(d: Dossier) -> None:
    assert load(dump(d)) == d
    assert loads(dumps(d, format="json")) == d
    assert loads(dumps(d, format="yaml")) == d


@cache
def _report_validator() -> Any:
    from tkpk_rules.service import schema as shipped

    schema = shipped("report")
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


@core
@given(cases())
def test_every_json_report_validates_against_its_schema(case: tuple[dt.date, Dossier]) -> None:
    on, d = case
    _report_validator().validate(json.loads(check(d, on=on).to_json()))


# -- helpers ------------------------------------------------------------------------------


def _adverse(report: Report) -> list[tuple[str, int | None, str, str]]:
    return [(f.code, f.year, f.variant, f.path) for f in report.findings if finding_is_adverse(f)]


def test_not_recorded_is_not_a_list() -> None:
    """The monotonicity properties rely on telling an unrecorded list from an empty one."""
    assert not isinstance(Dossier(wilayah=load_kode("64")).rapat_koordinasi, tuple)
    assert isinstance(Dossier(wilayah=load_kode("64")).rapat_koordinasi, NotRecorded)
