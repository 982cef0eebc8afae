"""The JSON contract: every output has a format tag and validates against its shipped schema."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from referencing import Registry, Resource

from tkpk_rules import service
from tkpk_rules.cli import main
from tkpk_rules.errors import DocumentError, Problem
from tkpk_rules.examples import EXAMPLES, example_text
from tkpk_rules.service._schemas import GENERATED, generated_schemas, schema_file, schema_text

SCHEMAS = Path(__file__).resolve().parent.parent / "src" / "tkpk_rules" / "schemas"
ON = "2026-11-27"


def _registry() -> Registry[Any]:
    resources = [
        (service.schema(n)["$id"], Resource.from_contents(service.schema(n)))
        for n in service.SCHEMA_NAMES
    ]
    return Registry().with_resources(resources)


REGISTRY = _registry()


def assert_valid(data: dict[str, Any], name: str) -> None:
    """``data`` validates against the shipped schema ``name``, with format checks."""
    validator = jsonschema.Draft202012Validator(
        service.schema(name),
        registry=REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    validator.validate(data)


def cli_json(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None
) -> tuple[int, dict[str, Any]]:
    if stdin is not None:
        stream = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(sys, "stdin", stream)
            code = main(list(argv))
    else:
        code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out)


def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "rusak.yaml"
    path.write_text("format: tkpk-rules/1\nwilayah: {kode: '99.99'}\n", encoding="utf-8")
    return path


# --- the schemas ------------------------------------------------------------------------


@pytest.mark.parametrize("name", GENERATED)
def test_shipped_schemas_are_the_generated_ones(name: str) -> None:
    shipped = (SCHEMAS / schema_file(name)).read_text(encoding="utf-8")
    assert shipped == schema_text(generated_schemas()[name]), (
        f"run `python -m tkpk_rules.service` to regenerate {schema_file(name)}"
    )


def test_each_schema_file_is_named_by_its_format_version() -> None:
    """``report-2.json`` holds format ``tkpk-rules.laporan/2``; no stale file stays."""
    from tkpk_rules.service._schemas import versions

    for name in service.SCHEMA_NAMES:
        data = service.schema(name)
        version = versions()[name]
        assert data["$id"].endswith(f"/{name}-{version}.json")
        if name != "document":
            assert data["properties"]["format"]["const"].endswith(f"/{version}")
    shipped = {p.name for p in SCHEMAS.glob("*.json")}
    assert shipped == {schema_file(n) for n in service.SCHEMA_NAMES}


@pytest.mark.parametrize("name", service.SCHEMA_NAMES)
def test_every_schema_is_a_valid_2020_12_schema_printed_by_the_command(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = service.schema(name)
    jsonschema.Draft202012Validator.check_schema(data)
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == data


def test_schema_without_a_name_is_the_document_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$id"].endswith("/document-1.json")


def test_the_region_code_pattern_takes_real_codes_only() -> None:
    import re

    pattern = re.compile(service.REGION_CODE_PATTERN)
    assert all(pattern.match(c) for c in ("33", "33.02", "64.72", "31.71"))
    assert not any(pattern.match(c) for c in ("3302", "33.2", "05", "33.02.01", " 33.02"))


# --- every output validates -------------------------------------------------------------


def test_check_validate_due_answer_with_the_envelope(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = bad_file(tmp_path)
    for command, inner in (("check", "report"), ("due", "due"), ("validate", None)):
        extra = ["--on", ON] if command != "validate" else []
        code, data = cli_json(capsys, command, str(bad), "--example", *extra, "--format", "json")
        assert code == 2
        assert_valid(data, "envelope")
        assert data["perintah"] == command
        good, broken = data["masukan"]  # the example comes first
        assert good["sah"] and not broken["sah"]
        assert broken["sumber"] == str(bad)
        assert_valid(broken["masalah"], "problems")
        assert broken["masalah"]["masalah"][0]["jalur"] == "wilayah.kode"
        if inner:
            assert_valid(good["hasil"], inner)


@pytest.mark.parametrize("example", EXAMPLES)
def test_one_input_gives_the_same_envelope_as_two(
    example: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "tim.yaml"
    path.write_text(example_text(example), encoding="utf-8")
    _, one = cli_json(capsys, "check", str(path), "--on", ON, "--format", "json")
    _, two = cli_json(capsys, "check", str(path), str(path), "--on", ON, "--format", "json")
    assert one.keys() == two.keys()
    assert two["masukan"] == [one["masukan"][0]] * 2


def test_plan_diff_rules_coverage_validate(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = cli_json(capsys, "plan", "--example", "--year", "2027", "--format", "json")
    assert code == 0
    assert_valid(data, "plan")
    code, data = cli_json(
        capsys,
        "diff",
        "--example",
        "--from",
        "2019-06-01",
        "--to",
        "2024-06-01",
        "--format",
        "json",
    )
    assert_valid(data, "diff")
    code, data = cli_json(capsys, "rules", "--format", "json")
    assert code == 0
    assert_valid(data, "rules")
    code, data = cli_json(capsys, "coverage", "--format", "json")
    assert code == 0
    assert_valid(data, "coverage")


@pytest.mark.parametrize("command", ["plan", "diff"])
def test_plan_and_diff_print_the_problems_of_a_bad_document(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = bad_file(tmp_path)
    extra = ["--from", "2019-06-01", "--to", "2024-06-01"] if command == "diff" else []
    code, data = cli_json(capsys, command, str(bad), *extra, "--format", "json")
    assert code == 2
    assert_valid(data, "problems")
    assert data["sumber"] == str(bad)


def test_every_output_names_its_format(capsys: pytest.CaptureFixture[str]) -> None:
    names = {
        "check": service.ENVELOPE_FORMAT,
        "due": service.ENVELOPE_FORMAT,
        "validate": service.ENVELOPE_FORMAT,
        "plan": service.PLAN_FORMAT,
        "rules": service.RULES_FORMAT,
        "coverage": service.COVERAGE_FORMAT,
    }
    for command, fmt in names.items():
        args = [] if command in ("rules", "coverage") else ["--example"]
        _, data = cli_json(capsys, command, *args, "--format", "json")
        assert data["format"] == fmt


# --- standard input ---------------------------------------------------------------------


@pytest.mark.parametrize("command", ["validate", "check", "due", "plan", "diff"])
def test_dash_reads_standard_input(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    extra = {"diff": ["--from", "2019-06-01", "--to", "2024-06-01"], "plan": ["--year", "2027"]}
    extra.setdefault(command, ["--on", ON] if command in ("check", "due") else [])
    _, from_stdin = cli_json(
        capsys, command, "-", *extra[command], "--format", "json", stdin=example_text()
    )
    _, from_example = cli_json(capsys, command, "--example", *extra[command], "--format", "json")
    if from_stdin["format"] == service.ENVELOPE_FORMAT:
        assert from_stdin["masukan"][0]["sumber"] == "-"
        for entry in from_stdin["masukan"] + from_example["masukan"]:
            entry.pop("sumber")
    assert from_stdin == from_example


def test_standard_input_is_read_once_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "-", "-"]) == 64  # bad usage (sysexits)
    assert "once" in capsys.readouterr().err


def test_validate_json_from_standard_input_in_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tkpk_rules", "validate", "--format", "json", "-"],
        input=example_text().encode("utf-8"),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert_valid(data, "envelope")
    assert data["masukan"] == [
        {"sumber": "-", "sah": True, "hasil": {"wilayah": {"kode": "33.02"}}}
    ]


def test_standard_input_beyond_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from tkpk_rules.io.limits import Limits

    stream = io.TextIOWrapper(io.BytesIO(b"a: " + b"x" * 100), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    name, result = service.read_stdin(limits=Limits(max_bytes=50))
    assert name == "-" and isinstance(result, DocumentError)
    assert result.problems[0].code == "limit"


# --- the PHP pitfalls -------------------------------------------------------------------


def _document(**changes: Any) -> dict[str, Any]:
    from tkpk_rules.examples import load_example
    from tkpk_rules.io import dump

    data: dict[str, Any] = json.loads(json.dumps(dump(load_example()), default=str))
    for path, value in changes.items():
        node = data
        *parents, last = path.split("__")
        for key in parents:
            node = node[key]
        node[last] = value
    return data


def _problems_of(data: object) -> list[Problem]:
    _, result = service.read_text("tim.json", json.dumps(data))
    assert isinstance(result, DocumentError)
    return list(result.problems)


def test_an_empty_php_array_where_a_mapping_belongs_names_json_encode() -> None:
    (problem,) = _problems_of(_document(tim__ketua=[]))
    assert problem.path == "tim.ketua" and problem.code == "wrong_type"
    assert "json_encode" in problem.message_en and "json_encode" in problem.message_id
    (whole,) = _problems_of([])
    assert whole.path == "" and "json_encode" in whole.message_en


def test_a_carbon_datetime_for_a_date_suggests_the_day_and_changes_nothing() -> None:
    value = "2026-03-12T00:00:00.000000Z"
    (problem,) = _problems_of(_document(tim__pembentukan__tanggal=value))
    assert problem.code == "bad_date" and problem.path == "tim.pembentukan.tanggal"
    assert problem.found == value and problem.suggestion == "2026-03-12"
    assert "ISO 8601" not in problem.message_en  # the old words contradicted themselves
    assert "not changed" in problem.message_en and "tidak diubah" in problem.message_id


def test_a_utc_time_that_is_not_midnight_warns_the_day_may_differ() -> None:
    (problem,) = _problems_of(_document(tim__pembentukan__tanggal="2026-03-11T17:00:00Z"))
    assert problem.suggestion == "2026-03-11"
    assert "WIB" in problem.message_en and "WIB" in problem.message_id


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    hour=st.integers(0, 23),
    zone=st.sampled_from(["Z", "+07:00", "", ".000000Z"]),
)
def test_refining_keeps_path_code_and_found(day: dt.date, hour: int, zone: str) -> None:
    found = f"{day.isoformat()}T{hour:02d}:00:00{zone}"
    before = Problem(path="a.b", code="bad_date", message_id="x", message_en="x", found=found)
    after = service.refine(before)
    assert (after.path, after.code, after.found) == (before.path, before.code, before.found)
    assert after.suggestion == day.isoformat()
    assert found in after.message_en


@given(st.lists(st.sampled_from(["good", "bad"]), min_size=1, max_size=6))
def test_the_envelope_has_one_entry_per_input_in_order(kinds: list[str]) -> None:
    good = service.read_text("good", example_text())
    bad = service.read_text("bad", '{"format": "tkpk-rules/1"}')
    inputs = [(f"{k}{i}", (good if k == "good" else bad)[1]) for i, k in enumerate(kinds)]
    answer = service.validate(inputs)
    entries = answer.data["masukan"]
    assert [e["sumber"] for e in entries] == [name for name, _ in inputs]
    assert [e["sah"] for e in entries] == [k == "good" for k in kinds]
    assert all(("hasil" in e) != ("masalah" in e) for e in entries)
    expected = service.Status.BAD_INPUT if "bad" in kinds else service.Status.OK
    assert answer.status is expected


def test_each_input_may_be_judged_on_its_own_date() -> None:
    days = {"33.02": dt.date(2026, 11, 27), "64": dt.date(2025, 6, 1)}
    inputs = [service.read_text(n, example_text(n)) for n in EXAMPLES]
    answer = service.check(inputs, on=lambda d: days[d.wilayah.kode])
    judged = {
        e["hasil"]["wilayah"]["kode"]: e["hasil"]["cap"]["tanggal_pemeriksaan"]
        for e in answer.data["masukan"]
    }
    assert judged == {code: day.isoformat() for code, day in days.items()}
    due = service.due(inputs, on=lambda d: days[d.wilayah.kode])
    assert [e["hasil"]["tanggal"] for e in due.data["masukan"]] == [
        days[e["hasil"]["wilayah"]].isoformat() for e in due.data["masukan"]
    ]


def test_the_schemas_refuse_what_the_contract_forbids() -> None:
    answer = service.validate([service.read_text("tim.yaml", example_text())]).data
    entry = answer["masukan"][0]
    broken = service.validate([service.read_text("x", "[]")]).data["masukan"][0]
    for wrong in (
        {**entry, "masalah": broken["masalah"]},  # both a result and problems
        {**entry, "sah": False},  # not readable, yet no problems
        {**entry, "hasil": {"wilayah": {"kode": "3302"}}},  # not a region code
    ):
        with pytest.raises(jsonschema.ValidationError):
            assert_valid({**answer, "masukan": [wrong]}, "envelope")
    with pytest.raises(jsonschema.ValidationError):
        assert_valid({**broken["masalah"], "jumlah": 0, "masalah": []}, "problems")


def test_the_summary_of_many_reports_follows_its_schema() -> None:
    """``summary(..., format="json")`` (``tkpk-rules.ringkasan/2``), an unreadable file too."""
    import datetime as dt

    from tkpk_rules.engine import check
    from tkpk_rules.examples import load_example
    from tkpk_rules.report.render import SUMMARY_FORMAT, summary

    rows = [(name, check(load_example(name), on=dt.date(2026, 11, 27))) for name in EXAMPLES]
    data = json.loads(summary([*rows, ("rusak.yaml", None)], format="json"))
    assert_valid(data, "summary")
    assert data["format"] == SUMMARY_FORMAT
    assert [r["berkas"] for r in data["baris"]] == [*EXAMPLES, "rusak.yaml"]
    assert data["baris"][-1]["jumlah"] is None
    assert sum(data["baris"][0]["bagian"][g] for g in ("violation", "compliant")) <= len(
        rows[0][1].findings
    )
    data["baris"][0]["region"] = "33.02"  # an old key is refused
    with pytest.raises(jsonschema.ValidationError):
        assert_valid(data, "summary")
