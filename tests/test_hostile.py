"""Hostile and broken input: every one is refused with a document error, never a crash.

Speed is not asserted here (the benchmark measures it); these tests say only that
the right error comes back, and the process carries on.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from tkpk_rules.errors import DocumentError, LimitExceededError, TkpkError
from tkpk_rules.io import load, load_file, loads, parse
from tkpk_rules.io.limits import Limits

BASE: dict[str, Any] = {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}}

BILLION_LAUGHS = """\
format: tkpk-rules/1
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def _codes(exc: pytest.ExceptionInfo[DocumentError]) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_billion_laughs_alias_bomb_is_refused_at_the_first_anchor() -> None:
    with pytest.raises(DocumentError) as exc:
        loads(BILLION_LAUGHS)
    assert _codes(exc) == ["yaml_alias"]
    assert "(line 2)" in exc.value.describe("en")


def test_alias_bomb_in_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        load_file(path)
    assert _codes(exc) == ["yaml_alias"]


def test_merge_keys_cannot_smuggle_an_alias_in() -> None:
    with pytest.raises(DocumentError) as exc:
        loads("format: tkpk-rules/1\nbase: {kode: '64.72'}\nwilayah:\n  <<: *base\n")
    assert _codes(exc) == ["yaml_alias"]


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object/apply:os.system ['echo pwned > /tmp/tkpk-pwned']",
        "format: !!python/name:os.system ''",
        "wilayah: !!python/object/new:dict {}",
        "a: !custom x",
        "a: !!binary aGVsbG8=",
        "a: !!set {x: null}",
        "a: !!omap [{x: 1}]",
    ],
)
def test_yaml_tags_are_refused_and_never_run(text: str) -> None:
    with pytest.raises(DocumentError) as exc:
        loads(text)
    assert _codes(exc) == ["yaml_tag"]
    assert not Path("/tmp/tkpk-pwned").exists()


@pytest.mark.parametrize(
    "text",
    [
        '{"a": ' + "1" * 5_000 + "}",
        "a: " + "1" * 5_000,
        "a: -" + "9" * 5_000,
    ],
    ids=["json", "yaml", "yaml-negative"],
)
def test_integers_too_long_for_python_are_a_limit_problem(text: str) -> None:
    with pytest.raises(LimitExceededError) as exc:
        parse(text)
    assert _codes(exc) == ["limit"]
    assert exc.value.problems[0].expected == "max_digits=100"
    assert "digit" in exc.value.describe("en")


@pytest.mark.parametrize(
    "value", ["2024-13-45", "0000-01-01", "2024-02-30 10:00:00", "2001-12-14t21:59:43.10-99:00"]
)
def test_yaml_dates_that_are_no_dates_are_reported_with_their_path(value: str) -> None:
    text = (
        f"format: tkpk-rules/1\nwilayah: {{kode: '64.72'}}\nrapat_koordinasi:\n- tanggal: {value}\n"
    )
    with pytest.raises(DocumentError) as exc:
        loads(text)
    assert exc.value.paths == ["rapat_koordinasi[0].tanggal"]
    assert _codes(exc) == ["bad_date"]


@pytest.mark.parametrize(
    "text",
    [
        "\x00",
        "format: tkpk-rules/1\x07\n",
        "a: 1\n---\nb: 2\n",
        "{",
        '{"a": 1,}',
        "[[[[",
        "a: b: c",
        "\ufeff\ufeff",
        '{"a": "\\ud800"}',
        "- ",
        "? [a, b]\n: c",
    ],
)
def test_broken_text_is_a_document_error(text: str) -> None:
    with pytest.raises(DocumentError):
        loads(text)


@pytest.mark.parametrize(
    "raw",
    [b"\xff\xfe\x00\x00", b"format: \xc3\x28", b"\x00" * 100, b"\xef\xbb\xbf{}"],
)
def test_broken_files_are_a_document_error(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "broken.yaml"
    path.write_bytes(raw)
    with pytest.raises(DocumentError):
        load_file(path)


def test_a_directory_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as exc:
        load_file(tmp_path)
    assert _codes(exc) == ["file"]


@pytest.mark.parametrize(
    "document",
    [
        {**BASE, "sumber": {"a"}},
        {**BASE, "keterangan": b"x"},
        {**BASE, "keterangan": object()},
        {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}, 1: 2},
        {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}, None: 2},
        {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}, (1, 2): 2},
        {**BASE, "agenda_kerja": [{"tahun": math.nan}]},
        {**BASE, "agenda_kerja": [{"tahun": math.inf}]},
        {**BASE, "rapat_koordinasi": [{"tanggal": dt.datetime(2024, 1, 1)}]},
        {**BASE, "format": {"a": [1]}},
        {**BASE, "wilayah": {"kode": "\x00" * 10}},
        {**BASE, "tim": {"ketua": {"unsur": "\ud800"}}},
    ],
)
def test_python_values_no_document_can_hold_are_document_errors(document: Any) -> None:
    with pytest.raises(DocumentError):
        load(document)


def test_mapping_types_other_than_dict_are_read() -> None:
    document = types.MappingProxyType({**BASE, "tim": types.MappingProxyType({"nama": "TKPK"})})
    assert load(document).tim.nama == "TKPK"  # type: ignore[union-attr]


@pytest.mark.parametrize("source", [None, b"format: x", ["x"], 12, bytearray(b"x")])
def test_things_that_are_no_document_are_a_document_error(source: Any) -> None:
    with pytest.raises(DocumentError):
        load(source)


def test_a_python_dict_nested_ten_thousand_deep_is_a_limit() -> None:
    value: Any = None
    for _ in range(10_000):
        value = {"x": value}
    with pytest.raises(LimitExceededError):
        load({**BASE, "tim": value})


def test_a_recursion_error_while_reading_yaml_becomes_a_limit() -> None:
    # The depth limit is raised past what this (deliberately short) stack can compose:
    # the fallback turns the RecursionError into a limit, and the process carries on.
    text = "a: " + "[" * 150 + "]" * 150
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(_stack()) + 100)
    try:
        with pytest.raises(LimitExceededError) as exc:
            parse(text, limits=Limits(max_depth=200))
    finally:
        sys.setrecursionlimit(old)
    assert exc.value.problems[0].expected == "max_depth=200"
    assert parse(text, limits=Limits(max_depth=200)) == {"a": _nest(150)}


def _stack() -> list[Any]:
    import inspect

    return inspect.stack(0)


def _nest(depth: int) -> Any:
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


def test_worst_document_the_defaults_accept_is_still_reported() -> None:
    # 100,000 values, every one of them an unknown key: a clear error, with every problem.
    members = [{f"x{j}": 1 for j in range(9)} for _ in range(9_990)]
    document = {**BASE, "tim": {"anggota": members}}
    with pytest.raises(DocumentError) as exc:
        loads(json.dumps(document))
    assert not isinstance(exc.value, LimitExceededError)
    assert len(exc.value.problems) == 9 * 9_990


@pytest.mark.skipif(
    importlib.util.find_spec("tkpk_rules.engine") is None, reason="no rules engine yet"
)
@pytest.mark.parametrize(
    "on",
    [
        dt.date.min,
        dt.date(1, 12, 31),
        dt.date(9999, 12, 31),
        dt.date.max,
    ],
)
def test_checking_on_the_edges_of_the_calendar_raises_only_library_errors(on: dt.date) -> None:
    from tkpk_rules.engine import check
    from tkpk_rules.examples import load_example

    try:
        report = check(load_example(), on=on)
    except TkpkError:
        return
    for fmt in ("text", "markdown", "html", "json"):
        report.render(fmt, "en")
