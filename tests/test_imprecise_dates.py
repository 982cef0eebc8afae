"""Dates known only to the year or month (``tanggal: 2024``, ``tanggal: 2024-05``).

A decree seen only as "of 2024" loads, dumps, converts and round-trips as written;
judging takes the span into account: on the days it spans, which team applies is
open, and a rule about the team keeps its finding only where every team the record
allows gives the same outcome.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules import check
from tkpk_rules.errors import DocumentError
from tkpk_rules.io import dump, dumps, load, loads
from tkpk_rules.io.schema import shipped_schema
from tkpk_rules.judge import team_on
from tkpk_rules.model import (
    NOT_RECORDED,
    Dossier,
    ImpreciseDate,
    Instrument,
    InstrumentKind,
    Issuer,
    ModelTypeError,
    RegionRef,
    RelatedInstrument,
    Team,
    date_bounds,
)
from tkpk_rules.rules import RULEBOOK
from tkpk_rules.testing import breakable_dates, dossiers, imprecise_dates, violating

yaml = pytest.importorskip("yaml")

HEAD = "format: tkpk-rules/1\nwilayah: {kode: '73.03'}\n"


def _doc(value: str) -> str:
    return f"{HEAD}tim:\n  pembentukan:\n    tanggal: {value}\n"


# -- the value ------------------------------------------------------------------------------


def test_an_imprecise_date_spans_its_year_or_month() -> None:
    year, month = ImpreciseDate(2024), ImpreciseDate(2024, 2)
    assert (year.earliest, year.latest) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (month.earliest, month.latest) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert (str(year), str(month), str(ImpreciseDate(2023, 11))) == ("2024", "2024-02", "2023-11")
    assert date_bounds(month) == (month.earliest, month.latest)
    assert date_bounds(dt.date(2024, 5, 6)) == (dt.date(2024, 5, 6),) * 2
    assert date_bounds(NOT_RECORDED) is None and date_bounds(dt.datetime(2024, 1, 1)) is None
    assert ImpreciseDate(2024) != dt.date(2024, 1, 1)  # never taken for a day


@pytest.mark.parametrize(("tahun", "bulan"), [(2024, 13), (2024, 0), (0, None), (2024, True)])
def test_an_imprecise_date_that_cannot_be_is_refused_in_code(tahun: Any, bulan: Any) -> None:
    with pytest.raises(ModelTypeError):
        ImpreciseDate(tahun, bulan)


# -- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024", ImpreciseDate(2024)),
        ("2024-05", ImpreciseDate(2024, 5)),
        ("'2024-05'", ImpreciseDate(2024, 5)),
        ("2024-05-03", dt.date(2024, 5, 3)),
    ],
)
def test_yaml_reads_a_year_a_month_or_a_day(written: str, expected: object) -> None:
    d = loads(_doc(written))
    assert isinstance(d.tim, Team) and isinstance(d.tim.pembentukan, Instrument)
    assert d.tim.pembentukan.tanggal == expected


def test_json_and_dicts_read_them_too() -> None:
    body = {
        "format": "tkpk-rules/1",
        "wilayah": {"kode": "73.03"},
        "tim": {"pembentukan": {"tanggal": 2024}},
        "riwayat_tim": [{"pembentukan": {"tanggal": "2021-07"}}],
        "instrumen_terkait": [{"jenis": "peraturan_daerah", "tanggal": 2019}],
        "sekretariat": {"pembentukan": {"tanggal": "2024-02"}},
        "sumber": [{"id": "berita-1", "tanggal": 2023, "diakses": "2024-09"}],
    }
    for d in (load(body), loads(json.dumps(body))):
        assert d.tim.pembentukan.tanggal == ImpreciseDate(2024)  # type: ignore[union-attr]
        assert d.riwayat_tim[0].pembentukan.tanggal == ImpreciseDate(2021, 7)  # type: ignore[index,union-attr]
        assert d.instrumen_terkait[0].tanggal == ImpreciseDate(2019)  # type: ignore[index]
        assert d.sekretariat.pembentukan.tanggal == ImpreciseDate(2024, 2)  # type: ignore[union-attr]
        assert d.sumber[0].tanggal == ImpreciseDate(2023)  # type: ignore[index,union-attr]
        assert d.sumber[0].diakses == ImpreciseDate(2024, 9)  # type: ignore[index,union-attr]


@pytest.mark.parametrize(
    ("written", "code", "suggestion"),
    [
        ("2024-13", "bad_date", "2024"),
        ("2024-00", "bad_date", "2024"),
        ("2024-5", "bad_date", "2024-05"),
        ("'2024'", "bad_date", "2024"),
        ("Mei 2024", "bad_date", "2024-05"),
        ("05/2024", "bad_date", "2024-05"),
        ("2024-02-30", "bad_date", None),
        ("20244", "bad_value", None),
        ("1900", "bad_value", None),
        ("2024.5", "wrong_type", None),
        ("true", "wrong_type", None),
    ],
)
def test_a_date_that_cannot_be_gets_a_clear_problem(
    written: str, code: str, suggestion: str | None
) -> None:
    with pytest.raises(DocumentError) as info:
        loads(_doc(written))
    (problem,) = info.value.problems
    assert problem.path == "tim.pembentukan.tanggal"
    assert problem.code == code
    assert problem.suggestion == suggestion
    assert problem.message_id and problem.message_en and problem.message_id != problem.message_en
    if code == "bad_value":
        assert "1945" in problem.message_en and "2100" in problem.message_en


def test_every_recorded_date_may_be_a_year_or_month() -> None:
    """Wherever a dossier records a date, a year or month alone is accepted (issue 12)."""
    import typing

    import attrs

    import tkpk_rules.model as model

    day_only = []
    for name in model.__all__:
        cls = getattr(model, name)
        if not (isinstance(cls, type) and attrs.has(cls)) or cls is model.ImpreciseDate:
            continue
        for field, tp in typing.get_type_hints(cls).items():
            options = set(typing.get_args(tp)) or {tp}
            if dt.date in options and model.ImpreciseDate not in options:
                day_only.append(f"{name}.{field}")
    # The region table's own dates are the library's data, not a record's.
    assert [f for f in day_only if not f.startswith("Region.")] == []
    assert loads(
        HEAD
        + "agenda_kerja:\n  - tahun: 2024\n    kegiatan:\n"
        + "      - {kegiatan: rapat_koordinasi, mulai: 2024}\n"
    ).agenda_kerja[0].kegiatan[0].mulai == model.ImpreciseDate(2024)  # type: ignore[index,union-attr]


# -- writing and round trips ----------------------------------------------------------------


def _imprecise_dossier() -> Dossier:
    return loads(
        HEAD
        + "tim:\n  pembentukan: {tanggal: 2024}\n"
        + "riwayat_tim:\n  - pembentukan: {tanggal: 2021-05}\n"
        + "instrumen_terkait:\n  - {tanggal: 2019}\n  - {tanggal: 2019-03-04}\n"
    )


def test_dump_writes_them_as_written() -> None:
    d = _imprecise_dossier()
    body = dump(d)
    assert body["tim"]["pembentukan"]["tanggal"] == 2024
    assert body["riwayat_tim"][0]["pembentukan"]["tanggal"] == "2021-05"
    assert body["instrumen_terkait"][1]["tanggal"] == "2019-03-04"
    text = dumps(d)
    assert "tanggal: 2024\n" in text
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]
    assert load(body) == d


def test_the_schema_takes_them_and_refuses_what_the_loader_refuses() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shipped_schema())
    validator = jsonschema.Draft202012Validator(schema)
    good = dump(_imprecise_dossier())
    assert list(validator.iter_errors(good)) == []
    for bad in (1900, 20244, "2024-13", "2024-5", "2024"):
        body = dump(_imprecise_dossier())
        body["tim"]["pembentukan"]["tanggal"] = bad
        assert list(validator.iter_errors(body)), bad
        with pytest.raises(DocumentError):
            load(body)


def test_the_workbook_round_trips_them(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from tkpk_rules.io.workbook import read_workbook, write_workbook

    d = _imprecise_dossier()
    path = tmp_path / "tkpk.xlsx"
    write_workbook(str(path), dump(d))
    document, _ = read_workbook(str(path))
    assert load(document) == d

    import openpyxl

    sheet = openpyxl.load_workbook(path)["Tim"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value in (2024, "2021-05")]
    assert {c.number_format for c in cells} == {"0", "@"}  # never shown as a day


def test_convert_round_trips_them(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from tkpk_rules.cli import main

    source = tmp_path / "tkpk.yaml"
    source.write_text(dumps(_imprecise_dossier()), encoding="utf-8")
    book, back = tmp_path / "tkpk.xlsx", tmp_path / "back.yaml"
    assert main(["convert", str(source), str(book)]) == 0
    assert main(["convert", str(book), str(back)]) == 0
    assert loads(back.read_text(encoding="utf-8")) == _imprecise_dossier()


@settings(max_examples=ci_examples(200, 40))
@given(st.lists(imprecise_dates(), min_size=1, max_size=3))
def test_any_drawn_imprecise_date_round_trips(dates: list[ImpreciseDate]) -> None:
    assert all(1 <= (d.bulan or 1) <= 12 for d in dates)
    d = Dossier(
        wilayah=RegionRef(kode="73.03"),
        instrumen_terkait=tuple(RelatedInstrument(tanggal=day) for day in dates),
    )
    for fmt in ("yaml", "json"):
        assert loads(dumps(d, format=fmt)) == d  # type: ignore[arg-type]


# -- which team applies ---------------------------------------------------------------------


def _team(tanggal: object, issuer: Issuer = Issuer.BUPATI) -> Team:
    return Team(
        pembentukan=Instrument(jenis=InstrumentKind.KEPUTUSAN, penerbit=issuer, tanggal=tanggal)  # type: ignore[arg-type]
    )


def _dossier(current: Team, *earlier: Team) -> Dossier:
    return Dossier(wilayah=RegionRef(kode="73.03"), tim=current, riwayat_tim=tuple(earlier))


def test_a_team_of_2024_governs_after_2024_the_earlier_before_and_inside_either() -> None:
    d = _dossier(_team(ImpreciseDate(2024)), _team(dt.date(2021, 3, 1)))
    assert team_on(d, dt.date(2023, 12, 31)).path == "riwayat_tim[0]"
    assert team_on(d, dt.date(2024, 12, 31)).path == "tim"
    assert team_on(d, dt.date(2025, 1, 1)).path == "tim"
    inside = team_on(d, dt.date(2024, 6, 30))
    assert inside.team is NOT_RECORDED
    assert inside.missing == ("tim.pembentukan.tanggal",)
    assert [a.path for a in inside.alternatives] == ["tim", "riwayat_tim[0]"]
    month = _dossier(_team(ImpreciseDate(2024, 5)), _team(dt.date(2021, 3, 1)))
    assert team_on(month, dt.date(2024, 4, 30)).path == "riwayat_tim[0]"
    assert team_on(month, dt.date(2024, 5, 31)).path == "tim"
    assert len(team_on(month, dt.date(2024, 5, 15)).alternatives) == 2


def test_an_undated_earlier_team_is_named_where_it_may_govern() -> None:
    d = _dossier(_team(dt.date(2024, 3, 1)), Team())
    before = team_on(d, dt.date(2023, 6, 1))
    assert before.team is NOT_RECORDED
    assert "riwayat_tim[0].pembentukan.tanggal" in before.missing
    assert [a.path for a in before.alternatives] == ["riwayat_tim[0]", "riwayat_tim"]
    assert team_on(d, dt.date(2024, 3, 1)).path == "tim"  # the current team, once formed


def test_exact_dates_are_judged_as_before() -> None:
    d = _dossier(_team(dt.date(2024, 3, 1)), _team(dt.date(2021, 3, 1)), _team(dt.date(2021, 3, 1)))
    assert team_on(d, dt.date(2024, 2, 29)).path == "riwayat_tim[0]"  # a tie: the first
    assert team_on(d, dt.date(2024, 3, 1)).path == "tim"
    assert team_on(d, dt.date(2020, 1, 1)).team is None
    assert team_on(_dossier(Team()), dt.date(1990, 1, 1)).path == "tim"  # undated current team


# -- judging --------------------------------------------------------------------------------

ON = dt.date(2024, 6, 30)


def _finding(d: Dossier, code: str, on: dt.date = ON) -> Any:
    (found,) = check(d, on=on).by_code(code)
    return found


def _code(provision: str) -> str:
    return next(
        r.code for r in RULEBOOK if r.provision == provision and r.code.startswith("TKPK53")
    )


def test_where_every_team_agrees_the_finding_stands() -> None:
    d = _dossier(_team(ImpreciseDate(2024)), _team(dt.date(2021, 3, 1)))
    f = _finding(d, "TKPK53-INS-001")
    assert f.outcome.value == "compliant"
    assert dict(f.facts)["tim_yang_mungkin"] == ("tim", "riwayat_tim[0]")


def test_where_the_teams_differ_the_outcome_is_undetermined_naming_the_date() -> None:
    wrong = _team(dt.date(2024, 3, 1), Issuer.LAINNYA)
    d = _dossier(wrong, _team(dt.date(2021, 3, 1)))
    assert _finding(d, "TKPK53-INS-001").outcome.value == "violation"
    imprecise = _dossier(
        attrs.evolve(
            wrong, pembentukan=attrs.evolve(wrong.pembentukan, tanggal=ImpreciseDate(2024))
        ),
        _team(dt.date(2021, 3, 1)),
    )  # type: ignore[arg-type]
    f = _finding(imprecise, "TKPK53-INS-001")
    assert f.outcome.value == "undetermined" and f.variant == "_engine.team_undetermined"
    assert f.missing == ("tim.pembentukan.tanggal",)
    assert "tim.pembentukan.tanggal" in f.message_en and "30 Juni 2024" in f.message_id
    assert f.action_en and "tim.pembentukan.tanggal" in f.action_en
    # After the year, the decree surely governs: the violation is back.
    later = _finding(imprecise, "TKPK53-INS-001", dt.date(2025, 1, 1))
    assert later.outcome.value == "violation"


def test_a_team_of_2024_alone_leaves_mid_2024_open_for_formation() -> None:
    d = _dossier(_team(ImpreciseDate(2024)))
    assert _finding(_dossier(_team(dt.date(2024, 3, 1))), _code("53.formation")).outcome.value == (
        "compliant"
    )
    f = _finding(d, _code("53.formation"))
    assert f.outcome.value == "undetermined" and "tim.pembentukan.tanggal" in f.missing
    assert _finding(d, _code("53.formation"), dt.date(2023, 6, 1)).outcome.value == "violation"


def test_an_undated_earlier_team_no_longer_reads_as_no_team() -> None:
    """Before: an undated earlier team was ignored, and the years before ``tim`` had none."""
    d = _dossier(_team(dt.date(2024, 3, 1)), Team())
    f = _finding(d, _code("53.formation"), dt.date(2023, 6, 1))
    assert f.outcome.value == "undetermined"
    assert "riwayat_tim[0].pembentukan.tanggal" in f.missing


def test_a_decree_of_2019_was_formed_before_53_2020() -> None:
    team = attrs.evolve(
        _team(ImpreciseDate(2019)),
        pembentukan=Instrument(penerbit=Issuer.BUPATI, tanggal=ImpreciseDate(2019)),
    )
    f = _finding(_dossier(team), "TKPK53-INS-003", dt.date(2022, 1, 1))
    assert f.variant == "formed_before"
    straddling = attrs.evolve(team, pembentukan=Instrument(tanggal=ImpreciseDate(2020)))
    g = _finding(_dossier(straddling), "TKPK53-INS-003", dt.date(2022, 1, 1))
    assert g.outcome.value == "undetermined"


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("TKPK53-INS-001", "tanggal"),
        ("TKPK53-INS-003", "tanggal"),
        ("TKPK53-FRM-001", "tanggal_pembentukan"),
    ],
)
@pytest.mark.parametrize("tanggal", [ImpreciseDate(2024), ImpreciseDate(2024, 5)])
def test_a_decree_of_a_year_or_month_is_text_among_the_facts(
    code: str, key: str, tanggal: ImpreciseDate
) -> None:
    """As in every rule, a year or month is written as the record writes it: ``"2024-05"``."""
    f = _finding(_dossier(_team(tanggal)), code, dt.date(2025, 6, 1))
    assert dict(f.facts)[key] == str(tanggal)
    assert json.loads(json.dumps(f.to_dict()))["fakta"][key] == str(tanggal)


# -- a date made less precise never adds a violation ----------------------------------------


def _slots(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Paths of the recorded days in fields that may hold a year or month instead."""
    found: list[tuple[str | int, ...]] = []
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            found += _slots(item, (*path, i))
        return found
    if not attrs.has(type(value)):
        return found
    hints = typing.get_type_hints(type(value))
    for field in attrs.fields(type(value)):
        inner = getattr(value, field.name)
        if ImpreciseDate in typing.get_args(hints[field.name]) and isinstance(inner, dt.date):
            found.append((*path, field.name))
        else:
            found += _slots(inner, (*path, field.name))
    return found


def _replace(value: Any, path: tuple[str | int, ...], new: object) -> Any:
    if not path:
        return new
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        items = list(value)
        items[step] = _replace(items[step], rest, new)
        return tuple(items)
    return attrs.evolve(value, **{step: _replace(getattr(value, step), rest, new)})


def _get(value: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


CODES = [r.code for r in RULEBOOK]


@st.composite
def _records(draw: st.DrawFn) -> tuple[dt.date, Dossier]:
    code = draw(st.sampled_from(CODES), label="code")
    on = draw(breakable_dates(code), label="on")
    if draw(st.booleans(), label="broken"):
        return on, draw(violating(code, on=on), label="dossier")
    return on, draw(dossiers(compliant=True, on=on), label="dossier")


def _outcomes(d: Dossier, on: dt.date) -> dict[tuple[str, int | None, str], set[str]]:
    found: dict[tuple[str, int | None, str], set[str]] = {}
    for f in check(d, on=on).findings:
        found.setdefault((f.code, f.year, f.path), set()).add(f.outcome.value)
    return found


def _assert_never_flips(
    before: dict[tuple[str, int | None, str], set[str]],
    after: dict[tuple[str, int | None, str], set[str]],
) -> None:
    """No finding of the vaguer record is a violation, or a compliance, the sharper denies."""
    for key, now in after.items():
        was = before.get(key, set())
        if "violation" in now:
            assert "violation" in was, key
        if "compliant" in now:
            assert "violation" not in was or "compliant" in was, key


def _violations(
    outcomes: dict[tuple[str, int | None, str], set[str]],
) -> set[tuple[str, int | None]]:
    return {(code, year) for (code, year, _), now in outcomes.items() if "violation" in now}


@settings(
    max_examples=ci_examples(150, 25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_records(), st.data())
def test_a_year_or_month_instead_of_a_day_never_adds_a_violation_nor_flips_an_outcome(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    """Days made years or months: the record still loads back, no violation is added, and each
    finding keeps its outcome or becomes undetermined (never compliant <-> violation)."""
    on, exact = case
    slots = _slots(exact)
    chosen = data.draw(st.lists(st.sampled_from(slots), unique=True) if slots else st.just([]))
    vague = exact
    for path in chosen:
        day = _get(exact, path)
        month = data.draw(st.booleans(), label="to the month")
        vague = _replace(vague, path, ImpreciseDate(day.year, day.month if month else None))
    assert load(dump(vague)) == vague  # still a document the loader takes back
    before, after = _outcomes(exact, on), _outcomes(vague, on)
    assert _violations(after) <= _violations(before)
    _assert_never_flips(before, after)


def test_the_property_bites() -> None:
    """Making a date vague does turn a violation, and a compliance, into undetermined."""
    wrong = _dossier(_team(dt.date(2024, 3, 1), Issuer.LAINNYA), _team(dt.date(2021, 3, 1)))
    slots = _slots(wrong)
    assert ("tim", "pembentukan", "tanggal") in slots
    vague = _replace(wrong, ("tim", "pembentukan", "tanggal"), ImpreciseDate(2024))
    assert ("TKPK53-INS-001", None) in _violations(_outcomes(wrong, ON))
    assert ("TKPK53-INS-001", None) not in _violations(_outcomes(vague, ON))
    alone = _dossier(_team(dt.date(2024, 3, 1)))
    formation = _code("53.formation")
    assert _finding(alone, formation).outcome.value == "compliant"
    vague_alone = _replace(alone, ("tim", "pembentukan", "tanggal"), ImpreciseDate(2024, 3))
    assert _finding(vague_alone, formation, dt.date(2024, 3, 15)).outcome.value == "undetermined"
