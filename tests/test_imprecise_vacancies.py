"""Vacancies known only to their year or month, or with an end not recorded (issue 12).

``kekosongan_jabatan[i].mulai`` and ``selesai`` take ``2024`` or ``2024-05`` like the
other dates of the format.  Whether the office was vacant on the date judged is then
one of three answers (:func:`tkpk_rules.judge.vacancy_at`): surely, surely not, or
open.  An end not recorded is open after the first day (the post may have been filled
since); ``selesai: null`` is still vacant.  Where an open answer decides a rule the
finding is *undetermined* (variant ``vacancy_open``) naming the date; where it does not,
the finding stands.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from _round_trips import assert_workbook_and_convert_round_trip
from rules_fixtures import D, compliant, compliant_2018, judge, meeting, official, only, with_team
from tkpk_rules.errors import DocumentError
from tkpk_rules.io import _fast, dump, dumps, load, loads
from tkpk_rules.io.schema import shipped_schema
from tkpk_rules.judge import vacancies_on, vacancy_at
from tkpk_rules.model import (
    NOT_RECORDED,
    Dossier,
    ImpreciseDate,
    NotRecorded,
    OfficeKind,
    Topic,
    Vacancy,
)
from tkpk_rules.report import Finding, Outcome
from tkpk_rules.testing import imprecise_dates

Y, M = ImpreciseDate, ImpreciseDate
HEAD = "format: tkpk-rules/1\nwilayah: {kode: '33.02'}\n"
WABUP = OfficeKind.WAKIL_BUPATI


def vacancy(mulai: object, selesai: object = None, office: OfficeKind = WABUP) -> Vacancy:
    return Vacancy(jabatan=office, mulai=mulai, selesai=selesai)  # type: ignore[arg-type]


# -- the three answers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("v", "day", "answer", "open_dates"),
    [
        # A start known only to its month: before it no, inside it open, after it yes.
        (vacancy(M(2024, 5)), D(2024, 4, 30), False, ()),
        (vacancy(M(2024, 5)), D(2024, 5, 1), None, ("mulai",)),
        (vacancy(M(2024, 5)), D(2024, 5, 30), None, ("mulai",)),
        (vacancy(M(2024, 5)), D(2024, 5, 31), True, ()),
        (vacancy(M(2024, 5)), D(2030, 1, 1), True, ()),  # selesai: null, still vacant
        # An end known only to its year: open through that year, no after it.
        (vacancy(D(2023, 3, 1), Y(2024)), D(2023, 12, 31), True, ()),
        (vacancy(D(2023, 3, 1), Y(2024)), D(2024, 1, 1), True, ()),  # its last day is in 2024
        (vacancy(D(2023, 3, 1), Y(2024)), D(2024, 1, 2), None, ("selesai",)),
        (vacancy(D(2023, 3, 1), Y(2024)), D(2024, 12, 31), None, ("selesai",)),
        (vacancy(D(2023, 3, 1), Y(2024)), D(2025, 1, 1), False, ()),
        # An end not recorded: surely vacant on the first day only, open after it.
        (vacancy(D(2024, 5, 2), NOT_RECORDED), D(2024, 5, 1), False, ()),
        (vacancy(D(2024, 5, 2), NOT_RECORDED), D(2024, 5, 2), True, ()),
        (vacancy(D(2024, 5, 2), NOT_RECORDED), D(2024, 5, 3), None, ("selesai",)),
        (vacancy(M(2024, 5), NOT_RECORDED), D(2024, 5, 3), None, ("mulai", "selesai")),
        # Both in the same month: the end is never before the start.
        (vacancy(M(2024, 5), M(2024, 5)), D(2024, 5, 15), None, ("mulai", "selesai")),
        (vacancy(M(2024, 5), M(2024, 5)), D(2024, 6, 1), False, ()),
        # Exact days: as before.
        (vacancy(D(2024, 1, 1), D(2024, 6, 30)), D(2024, 6, 30), True, ()),
        (vacancy(D(2024, 1, 1), D(2024, 6, 30)), D(2024, 7, 1), False, ()),
    ],
)
def test_a_vacancy_is_surely_vacant_surely_not_or_open(
    v: Vacancy, day: dt.date, answer: bool | None, open_dates: tuple[str, ...]
) -> None:
    assert v.vacant_on(day) is answer
    assert v.open_dates(day) == open_dates
    assert v.covers(day) is (answer is not False)  # "may be vacant", as vacancies_on reads


def test_vacancy_at_names_the_dates_that_leave_it_open() -> None:
    d = attrs.evolve(
        compliant(),
        kekosongan_jabatan=(
            vacancy(D(2020, 1, 1), D(2020, 2, 1)),
            vacancy(D(2024, 1, 1), M(2024, 6), office=OfficeKind.SEKRETARIS_DAERAH),
            vacancy(M(2024, 6), NOT_RECORDED),
        ),
    )
    at = vacancy_at(d, WABUP, D(2024, 6, 10))
    assert at is not None
    assert at.vacant is None
    assert at.missing == ("kekosongan_jabatan[2].mulai", "kekosongan_jabatan[2].selesai")
    after = vacancy_at(d, WABUP, D(2024, 8, 1))
    assert after is not None and after.vacant is None
    assert after.missing == ("kekosongan_jabatan[2].selesai",)
    assert vacancy_at(d, WABUP, D(2024, 5, 31)) == vacancy_at(d, WABUP, D(2021, 1, 1))
    assert vacancy_at(d, WABUP, D(2021, 1, 1)).vacant is False  # type: ignore[union-attr]
    sure = vacancy_at(d, OfficeKind.SEKRETARIS_DAERAH, D(2024, 5, 31))
    assert sure is not None and sure.vacant is True and sure.missing == ()
    assert (
        vacancy_at(attrs.evolve(d, kekosongan_jabatan=NOT_RECORDED), WABUP, D(2024, 1, 1)) is None
    )
    # vacancies_on keeps its meaning: the vacancies that may cover the day.
    assert len(vacancies_on(d, WABUP, D(2024, 8, 1)) or ()) == 1


# -- reading and writing ---------------------------------------------------------------------

_TEXT = (
    HEAD
    + "kekosongan_jabatan:\n"
    + "  - {jabatan: wakil_bupati, mulai: 2023, selesai: 2024-05}\n"
    + "  - {jabatan: sekretaris_daerah, mulai: 2024-05, selesai: null}\n"
    + "  - {jabatan: bupati, mulai: 2024-05-02, selesai: 2025}\n"
    + "  - {jabatan: wakil_bupati, mulai: 2025-01-06}\n"
)
_EXPECTED = (
    (Y(2023), M(2024, 5)),
    (M(2024, 5), None),
    (D(2024, 5, 2), Y(2025)),
    (D(2025, 1, 6), NOT_RECORDED),
)


def _dates(d: Dossier) -> tuple[tuple[object, object], ...]:
    assert isinstance(d.kekosongan_jabatan, tuple)
    return tuple((v.mulai, v.selesai) for v in d.kekosongan_jabatan)


def test_yaml_and_json_read_a_year_or_month_for_a_vacancy() -> None:
    d = loads(_TEXT)
    assert _dates(d) == _EXPECTED
    body = dump(d)
    assert [(v["mulai"], v.get("selesai", "-")) for v in body["kekosongan_jabatan"]] == [
        (2023, "2024-05"),
        ("2024-05", None),
        ("2024-05-02", 2025),
        ("2025-01-06", "-"),
    ]
    text = json.dumps(body)
    assert '"mulai": 2023' in text and '"selesai": "2024-05"' in text
    assert loads(text) == d and load(json.loads(text)) == d
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]


def test_the_fast_path_builds_the_same_vacancies(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    real = _fast.structure_fast

    def counting(*args: Any, **kwargs: Any) -> Any:
        made = real(*args, **kwargs)
        built.append(made is not None)
        return made

    monkeypatch.setattr(_fast, "structure_fast", counting)
    fast = loads(_TEXT)
    from_json = loads(json.dumps(dump(fast)))
    assert built and all(built)  # each load went the fast way
    monkeypatch.setattr(_fast, "structure_fast", lambda *a, **k: None)
    slow = loads(_TEXT)
    assert fast == slow == from_json
    for a, b in zip(_dates(fast), _dates(slow), strict=True):
        assert [type(x) for x in a] == [type(x) for x in b]


@pytest.mark.parametrize("field", ["mulai", "selesai"])
@pytest.mark.parametrize("bad", [1900, "2024-13", "2024-5", "2024", "Mei 2024"])
def test_the_schema_and_loader_refuse_the_same_wrong_dates(field: str, bad: object) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(shipped_schema()))
    good = dump(loads(_TEXT))
    assert list(validator.iter_errors(good)) == []
    body = dump(loads(_TEXT))
    body["kekosongan_jabatan"][0][field] = bad
    assert list(validator.iter_errors(body))
    with pytest.raises(DocumentError) as info:
        load(body)
    assert [p.path for p in info.value.problems] == [f"kekosongan_jabatan[0].{field}"]


def test_strict_loading_refuses_an_end_surely_before_the_start() -> None:
    fine = (
        HEAD + "kekosongan_jabatan:\n  - {jabatan: bupati, mulai: 2024-05, selesai: 2024-05-01}\n"
    )
    assert _dates(loads(fine, strict=True)) == ((M(2024, 5), D(2024, 5, 1)),)
    bad = HEAD + "kekosongan_jabatan:\n  - {jabatan: bupati, mulai: 2024-05, selesai: 2024-04-30}\n"
    loads(bad)  # only the strict check looks at the order
    with pytest.raises(DocumentError) as info:
        loads(bad, strict=True)
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("bad_range", "kekosongan_jabatan[0]")
    ]


def test_the_workbook_and_convert_round_trip_vacancy_dates(tmp_path: Path) -> None:
    assert_workbook_and_convert_round_trip(_TEXT, tmp_path)


@settings(max_examples=ci_examples(100, 25))
@given(imprecise_dates(), st.one_of(st.none(), imprecise_dates()))
def test_any_drawn_vacancy_dates_round_trip(mulai: ImpreciseDate, selesai: object) -> None:
    d = attrs.evolve(compliant(), kekosongan_jabatan=(vacancy(mulai, selesai),))
    assert load(dump(d)) == d
    assert loads(dumps(d, format="json")) == d


def test_the_json_report_carries_a_vacancy_month_as_written() -> None:
    d = attrs.evolve(
        with_team(compliant(), ketua=official(OfficeKind.SEKRETARIS_DAERAH)),
        kekosongan_jabatan=(vacancy(M(2025, 3), Y(2026)),),
    )
    f = only(judge(d, D(2025, 11, 1)), "TKPK53-LDR-001")
    assert f.outcome is Outcome.NOT_APPLICABLE
    assert list(f.facts_dict()["kekosongan"]) == ["wakil_bupati 2025-03/2026"]
    record = json.loads(judge(d, D(2025, 11, 1)).to_json())
    (found,) = [x for x in record["temuan"] if x["kode"] == "TKPK53-LDR-001"]
    assert "wakil_bupati 2025-03/2026" in json.dumps(found)


# -- TKPK53-LDR-001: the chair ---------------------------------------------------------------


def _chair_case(v: Vacancy, chair: OfficeKind = OfficeKind.SEKRETARIS_DAERAH) -> Dossier:
    return attrs.evolve(with_team(compliant(), ketua=official(chair)), kekosongan_jabatan=(v,))


def _ldr(d: Dossier, on: dt.date, code: str = "TKPK53-LDR-001") -> Finding:
    return only(judge(d, on), code)


@pytest.mark.parametrize(
    ("on", "outcome", "variant"),
    [
        (D(2025, 2, 28), Outcome.VIOLATION, "not_deputy"),  # before March: no vacancy yet
        (D(2025, 3, 1), Outcome.UNDETERMINED, "vacancy_open"),
        (D(2025, 3, 30), Outcome.UNDETERMINED, "vacancy_open"),
        (D(2025, 3, 31), Outcome.NOT_APPLICABLE, "vacant"),  # every day of March has begun it
        (D(2025, 11, 1), Outcome.NOT_APPLICABLE, "vacant"),
    ],
)
def test_a_sekda_chair_around_a_vacancy_begun_in_a_month(
    on: dt.date, outcome: Outcome, variant: str
) -> None:
    f = _ldr(_chair_case(vacancy(M(2025, 3))), on)
    assert (f.outcome, f.variant) == (outcome, variant)
    if outcome is Outcome.UNDETERMINED:
        assert f.missing == ("kekosongan_jabatan[0].mulai",)
        assert "kekosongan_jabatan[0].mulai" in f.message_id
        assert "vacant" in f.message_en and f.action_en


@pytest.mark.parametrize(
    ("on", "outcome", "variant"),
    [
        (D(2024, 12, 31), Outcome.NOT_APPLICABLE, "vacant"),
        (D(2025, 1, 1), Outcome.NOT_APPLICABLE, "vacant"),  # the last vacant day is in 2025
        (D(2025, 1, 2), Outcome.UNDETERMINED, "vacancy_open"),  # it may have been 1 January
        (D(2025, 12, 31), Outcome.UNDETERMINED, "vacancy_open"),
        (D(2026, 1, 1), Outcome.VIOLATION, "vacancy_ended"),  # surely over by then
    ],
)
def test_a_sekda_chair_around_a_vacancy_ended_in_a_year(
    on: dt.date, outcome: Outcome, variant: str
) -> None:
    f = _ldr(_chair_case(vacancy(D(2024, 3, 1), Y(2025))), on)
    assert (f.outcome, f.variant) == (outcome, variant)
    if outcome is Outcome.UNDETERMINED:
        assert f.missing == ("kekosongan_jabatan[0].selesai",)
    if variant == "vacancy_ended":
        assert "2025" in f.message_en


def test_an_end_not_recorded_no_longer_excuses_the_chair_for_ever() -> None:
    """``selesai`` left out: the post may have been filled any day since; ``null``: still empty."""
    unknown = _chair_case(vacancy(D(2024, 3, 1), NOT_RECORDED))
    assert _ldr(unknown, D(2024, 3, 1)).outcome is Outcome.NOT_APPLICABLE  # its first day
    f = _ldr(unknown, D(2025, 11, 1))
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "vacancy_open")
    assert f.missing == ("kekosongan_jabatan[0].selesai",)
    assert f.facts_dict()["hasil_bila_kosong"] == "not_applicable"
    assert f.facts_dict()["hasil_bila_terisi"] == "violation"
    still = _chair_case(vacancy(D(2024, 3, 1), None))
    assert _ldr(still, D(2025, 11, 1)).variant == "vacant"


def test_a_deputy_chair_with_an_open_vacancy_is_open_too() -> None:
    """Vacant, the rule would not apply; filled, it is met: the two readings differ."""
    f = _ldr(_chair_case(vacancy(M(2025, 3)), chair=WABUP), D(2025, 3, 15))
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "vacancy_open")
    assert _ldr(_chair_case(vacancy(M(2025, 3)), chair=WABUP), D(2025, 2, 1)).outcome is (
        Outcome.COMPLIANT
    )


def test_an_open_vacancy_of_another_office_changes_nothing() -> None:
    d = _chair_case(vacancy(M(2025, 3), office=OfficeKind.SEKRETARIS_DAERAH))
    f = _ldr(d, D(2025, 3, 15))
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "not_deputy")


def test_an_open_vacancy_and_an_office_not_recorded_name_both() -> None:
    d = attrs.evolve(
        with_team(compliant(), ketua=attrs.evolve(official(WABUP), jabatan=NOT_RECORDED)),
        kekosongan_jabatan=(vacancy(M(2025, 3)),),
    )
    f = _ldr(d, D(2025, 3, 15))
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing == ("kekosongan_jabatan[0].mulai", "tim.ketua.jabatan.jenis")


# -- TKPK42-LDR-001 / 002: the penanggung jawab and the vice-chair under 42/2010 ------------


ON_42 = D(2018, 6, 1)


@pytest.mark.parametrize(
    ("code", "field", "office", "vacant_post", "confident"),
    [
        (
            "TKPK42-LDR-001",
            "penanggung_jawab",
            OfficeKind.SEKRETARIS_DAERAH,
            OfficeKind.BUPATI,
            "not_head",
        ),
        (
            "TKPK42-LDR-002",
            "wakil_ketua",
            OfficeKind.KEPALA_PERANGKAT_DAERAH,
            OfficeKind.SEKRETARIS_DAERAH,
            "not_sekda",
        ),
    ],
)
@pytest.mark.parametrize(
    ("on", "outcome"),
    [
        (D(2018, 4, 30), Outcome.VIOLATION),  # before May
        (D(2018, 5, 1), Outcome.UNDETERMINED),
        (D(2018, 5, 31), Outcome.NOT_APPLICABLE),
        (D(2018, 6, 1), Outcome.NOT_APPLICABLE),  # the last vacant day is in June
        (D(2018, 6, 2), Outcome.UNDETERMINED),  # ... and may have been 1 June
        (D(2018, 6, 30), Outcome.UNDETERMINED),
        (D(2018, 7, 1), Outcome.VIOLATION),  # surely over
    ],
)
def test_the_42_rules_around_a_vacancy_of_months(
    code: str,
    field: str,
    office: OfficeKind,
    vacant_post: OfficeKind,
    confident: str,
    on: dt.date,
    outcome: Outcome,
) -> None:
    d = attrs.evolve(
        with_team(compliant_2018(), **{field: official(office)}),
        kekosongan_jabatan=(vacancy(M(2018, 5), M(2018, 6), office=vacant_post),),
    )
    f = _ldr(d, on, code)
    assert f.outcome is outcome
    if outcome is Outcome.VIOLATION:
        assert f.variant == confident
    elif outcome is Outcome.UNDETERMINED:
        assert f.variant == "vacancy_open"
        which = "mulai" if on.month == 5 else "selesai"
        assert f.missing == (f"kekosongan_jabatan[0].{which}",)
    # Where the post holder is the right one, the vacancy does not matter.
    right = OfficeKind.BUPATI if code == "TKPK42-LDR-001" else OfficeKind.SEKRETARIS_DAERAH
    ok = attrs.evolve(d, tim=attrs.evolve(d.tim, **{field: official(right)}))
    assert _ldr(ok, on, code).outcome is Outcome.COMPLIANT


# -- the meeting chair facts (TKPK53-MTG-001) -------------------------------------------------


@pytest.mark.parametrize(
    ("v", "words"),
    [
        (vacancy(D(2024, 5, 1), D(2024, 5, 31)), "(kekosongan/vacancy"),
        (vacancy(M(2024, 5), D(2024, 6, 30)), "belum pasti"),  # began some day of May
        (vacancy(D(2024, 4, 1), NOT_RECORDED), "belum pasti"),  # may have ended before
        (vacancy(D(2024, 4, 1), None), "(kekosongan/vacancy"),
        (vacancy(D(2024, 5, 10), D(2024, 5, 20)), "sebagian"),  # inside the month only
        (vacancy(M(2024, 7), None), ""),  # surely after
    ],
)
def test_the_meeting_chair_fact_says_when_the_vacancy_is_uncertain(v: Vacancy, words: str) -> None:
    chaired = meeting(M(2024, 5), Topic.RAT, chair=OfficeKind.SEKRETARIS_DAERAH)
    d = attrs.evolve(
        compliant(),
        rapat_koordinasi=(
            meeting(D(2024, 3, 1), Topic.LAPORAN_PELAKSANAAN),
            meeting(D(2024, 6, 1), Topic.RAT),
            chaired,
        ),
        kekosongan_jabatan=(v,),
    )
    f = only(judge(d, D(2025, 1, 10)), "TKPK53-MTG-001", 2024)
    (chair,) = [c for c in f.facts_dict()["pimpinan_rapat"] if c.startswith("2024-05")]
    if words:
        assert words in chair
    else:
        assert "(" not in chair
    assert f.outcome is Outcome.COMPLIANT  # a fact, never judged


# -- a vaguer vacancy date never flips an outcome --------------------------------------------

_RULES = {
    "TKPK53-LDR-001": ("ketua", (OfficeKind.SEKRETARIS_DAERAH, WABUP), WABUP, D(2023, 1, 1)),
    "TKPK42-LDR-001": (
        "penanggung_jawab",
        (OfficeKind.SEKRETARIS_DAERAH, OfficeKind.BUPATI),
        OfficeKind.BUPATI,
        D(2016, 1, 1),
    ),
    "TKPK42-LDR-002": (
        "wakil_ketua",
        (OfficeKind.KEPALA_PERANGKAT_DAERAH, OfficeKind.SEKRETARIS_DAERAH),
        OfficeKind.SEKRETARIS_DAERAH,
        D(2016, 1, 1),
    ),
}


@st.composite
def _vacancy_cases(draw: st.DrawFn) -> tuple[str, Dossier, dt.date, tuple[Vacancy, ...]]:
    code = draw(st.sampled_from(sorted(_RULES)))
    field, holders, post, start = _RULES[code]
    base = compliant() if code.startswith("TKPK53") else compliant_2018()
    d = with_team(base, **{field: official(draw(st.sampled_from(holders)))})
    span = st.dates(start, start + dt.timedelta(days=3 * 365))
    vacancies = []
    for _ in range(draw(st.integers(1, 2))):
        first = draw(span)
        end = draw(
            st.one_of(
                st.none(),
                st.just(NOT_RECORDED),
                st.integers(0, 400).map(lambda n, f=first: f + dt.timedelta(days=n)),
            )
        )
        vacancies.append(vacancy(first, end, office=post))
    return code, d, draw(span), tuple(vacancies)


def _vaguer(day: dt.date, to_year: bool) -> ImpreciseDate:
    return ImpreciseDate(day.year, None if to_year else day.month)


@settings(
    max_examples=ci_examples(150, 30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_vacancy_cases(), st.data())
def test_a_vaguer_vacancy_date_never_flips_an_outcome(
    case: tuple[str, Dossier, dt.date, tuple[Vacancy, ...]], data: st.DataObject
) -> None:
    """Day -> month -> year: each step keeps the finding or makes it undetermined."""
    code, base, on, vacancies = case
    index = data.draw(st.integers(0, len(vacancies) - 1), label="vacancy")
    field = data.draw(st.sampled_from(["mulai", "selesai"]), label="field")
    day = getattr(vacancies[index], field)
    if not isinstance(day, dt.date):
        day = vacancies[index].mulai  # no end day to make vaguer: the start instead
        field = "mulai"
    steps = [day, _vaguer(day, to_year=False), _vaguer(day, to_year=True)]
    found = []
    for value in steps:
        changed = list(vacancies)
        changed[index] = attrs.evolve(changed[index], **{field: value})
        found.append(only(judge(attrs.evolve(base, kekosongan_jabatan=tuple(changed)), on), code))
    for sharper, vaguer in itertools.pairwise(found):
        if vaguer.outcome is not Outcome.UNDETERMINED:
            assert vaguer.outcome is sharper.outcome, (sharper.variant, vaguer.variant)
            if vaguer.outcome is Outcome.VIOLATION:
                assert vaguer.variant == sharper.variant
        if sharper.outcome is Outcome.UNDETERMINED:
            assert vaguer.outcome is Outcome.UNDETERMINED  # vaguer never settles more
        if vaguer.variant == "vacancy_open":
            assert vaguer.missing and all(
                m.startswith(("kekosongan_jabatan[", "tim.")) for m in vaguer.missing
            )


def test_the_vaguer_property_bites() -> None:
    """A vaguer start does turn a violation and an excuse into undetermined."""
    exact = _chair_case(vacancy(D(2025, 3, 10)))
    month = _chair_case(vacancy(M(2025, 3)))
    assert _ldr(exact, D(2025, 3, 5)).outcome is Outcome.VIOLATION
    assert _ldr(month, D(2025, 3, 5)).outcome is Outcome.UNDETERMINED
    assert _ldr(exact, D(2025, 3, 15)).outcome is Outcome.NOT_APPLICABLE
    assert _ldr(month, D(2025, 3, 15)).outcome is Outcome.UNDETERMINED
    assert isinstance(NOT_RECORDED, NotRecorded)


@pytest.mark.parametrize(
    ("v", "on", "words_id", "words_en"),
    [
        (vacancy(M(2025, 3)), D(2025, 11, 1), "kosong sejak Maret 2025", "vacant since March 2025"),
        (
            vacancy(D(2024, 1, 8), M(2024, 6)),
            D(2025, 11, 1),
            "kekosongan berakhir Juni 2024",
            "ended on June 2024",
        ),
    ],
    ids=["since-a-month", "ended-in-a-month"],
)
def test_messages_write_a_vacancy_month_in_words(
    v: Vacancy, on: dt.date, words_id: str, words_en: str
) -> None:
    """Review finding: a month-only vacancy date showed as ``2025-03`` in the message."""
    f = _ldr(_chair_case(v), on)
    assert words_id in f.message("id") and words_en in f.message("en"), f.message("en")
    assert "2025-03" not in f.message("id") and "2024-06" not in f.message("id")
