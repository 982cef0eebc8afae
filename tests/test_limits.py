"""Limits on document size and shape: one test per bound, on both sides of it.

Each bound is tried on every way a document comes in (a dict, JSON text, YAML
text, a file), and the loader must refuse with a LimitExceededError naming the
bound, never with MemoryError or RecursionError.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules.errors import DocumentError, LimitExceededError, TkpkError
from tkpk_rules.io import load, load_file, loads, parse
from tkpk_rules.io._yaml import dump_yaml
from tkpk_rules.io.limits import (
    DEFAULT_LIMITS,
    MAX_SAFE_DEPTH,
    Limits,
    check_value,
    nesting_depth_of_json,
)

BASE: dict[str, Any] = {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}}


def _refused(exc: pytest.ExceptionInfo[LimitExceededError], bound: str) -> str:
    """The one problem's path, after checking it names ``bound``."""
    (problem,) = exc.value.problems
    assert problem.code == "limit"
    assert problem.expected is not None and problem.expected.startswith(f"{bound}=")
    assert problem.found is not None
    assert problem.message("en").startswith("exceeds the ")
    assert problem.message("id").startswith("melebihi batas ")
    return problem.path


def _nested(depth: int) -> dict[str, Any]:
    """A document whose ``keterangan`` holds lists nested so that the whole is ``depth`` deep."""
    value: Any = "x"
    for _ in range(depth - 1):
        value = [value]
    return {**BASE, "keterangan": value}


def _read(form: str, document: dict[str, Any], limits: Limits) -> object:
    """Load ``document`` as a dict, as JSON text or as YAML text."""
    if form == "dict":
        return load(document, limits=limits)
    if form == "json":
        return loads(json.dumps(document), limits=limits)
    return loads(dump_yaml(document), limits=limits)


def _json_nested(depth: int) -> str:
    return '{"a": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"


# --------------------------------------------------------------------------
# The Limits object
# --------------------------------------------------------------------------


def test_defaults_are_documented_values() -> None:
    documented = Limits(
        max_bytes=4_000_000, max_depth=32, max_string=100_000, max_items=10_000, max_nodes=100_000
    )
    assert documented == DEFAULT_LIMITS


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_bytes": 0},
        {"max_depth": -1},
        {"max_string": True},
        {"max_items": 1.5},
        {"max_nodes": "100"},
        {"max_depth": MAX_SAFE_DEPTH + 1},
    ],
)
def test_nonsense_limits_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        Limits(**kwargs)


def test_limits_are_frozen_hashable_and_picklable() -> None:
    limits = Limits(max_depth=MAX_SAFE_DEPTH)
    with pytest.raises(AttributeError):
        limits.max_depth = 3  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(limits)) == limits
    assert len({limits, Limits(max_depth=MAX_SAFE_DEPTH)}) == 1


def test_limit_exceeded_is_a_document_error() -> None:
    with pytest.raises(LimitExceededError) as exc:
        loads("x" * 20, limits=Limits(max_bytes=10))
    assert isinstance(exc.value, DocumentError)
    assert isinstance(exc.value, TkpkError)
    assert "max_bytes" not in exc.value.describe("en")  # words for people, keywords for programs
    assert "raise the limit" in exc.value.describe("en")


@pytest.mark.parametrize("name", ["kabupaten-banyumas", "provinsi-kalimantan-timur"])
def test_bundled_examples_are_well_within_the_defaults(name: str) -> None:
    from tkpk_rules.examples import example_text

    text = example_text(name)
    tight = Limits(max_bytes=len(text.encode()) + 1, max_depth=8, max_items=50, max_nodes=2_000)
    assert loads(text, limits=tight) == loads(text)


# --------------------------------------------------------------------------
# max_bytes
# --------------------------------------------------------------------------


def test_text_over_max_bytes_is_refused_before_parsing() -> None:
    # Not even valid YAML or JSON: the size is checked first.
    with pytest.raises(LimitExceededError) as exc:
        loads("{" * 101, limits=Limits(max_bytes=100))
    assert _refused(exc, "max_bytes") == ""
    assert exc.value.problems[0].found == "101"


def test_text_at_max_bytes_is_read() -> None:
    text = json.dumps(BASE)
    assert loads(text, limits=Limits(max_bytes=len(text))) == load(BASE)


def test_max_bytes_counts_utf8_bytes_not_characters() -> None:
    text = json.dumps({**BASE, "keterangan": "é" * 200}, ensure_ascii=False)
    size = len(text.encode("utf-8"))
    assert len(text) < size
    with pytest.raises(LimitExceededError) as exc:
        loads(text, limits=Limits(max_bytes=size - 1))
    assert exc.value.problems[0].found == str(size)
    loads(text, limits=Limits(max_bytes=size))


def test_file_over_max_bytes_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:  # a sparse 5 GB file: reading it would exhaust memory
        stream.truncate(5_000_000_000)
    with pytest.raises(LimitExceededError) as exc:
        load_file(path)
    assert _refused(exc, "max_bytes") == ""
    assert exc.value.problems[0].found == "5000000000"
    assert exc.value.source == str(path)


def test_file_at_max_bytes_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    size = path.stat().st_size
    assert load_file(path, limits=Limits(max_bytes=size)) == load(BASE)
    with pytest.raises(LimitExceededError):
        load(path, limits=Limits(max_bytes=size - 1))


def test_fifty_megabyte_export_is_refused_by_default() -> None:
    text = "format: tkpk-rules/1\nketerangan: " + "x" * 50_000_000
    with pytest.raises(LimitExceededError) as exc:
        loads(text)
    _refused(exc, "max_bytes")


# --------------------------------------------------------------------------
# max_depth
# --------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_depth_over_max_depth_is_refused(form: str) -> None:
    limits = Limits(max_depth=6)
    document = _nested(7)
    with pytest.raises(LimitExceededError) as exc:
        _read(form, document, limits)
    assert _refused(exc, "max_depth") == "keterangan[0][0][0][0][0]"
    assert exc.value.problems[0].found == "7"


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_depth_at_max_depth_is_read(form: str) -> None:
    limits = Limits(max_depth=6)
    document = _nested(6)
    with pytest.raises(DocumentError) as exc:  # read, then refused by the model, not the limit
        _read(form, document, limits)
    assert not isinstance(exc.value, LimitExceededError)
    assert exc.value.paths == ["keterangan"]


def test_json_ten_thousand_deep_is_a_limit_not_a_recursion_error() -> None:
    with pytest.raises(LimitExceededError) as exc:
        loads(_json_nested(100_000))
    _refused(exc, "max_depth")
    assert exc.value.problems[0].found == "100000"


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 10_000 + "]" * 10_000,
        "a: " + "{x: " * 10_000 + "}" * 10_000,
        "".join("  " * i + "-\n" for i in range(1_000)),
        "".join(" " * i + f"k{i}:\n" for i in range(1_000)),
    ],
    ids=["flow-lists", "flow-maps", "block-lists", "block-maps"],
)
def test_yaml_ten_thousand_deep_is_a_limit_not_a_recursion_error(text: str) -> None:
    with pytest.raises(LimitExceededError) as exc:
        loads(text)
    _refused(exc, "max_depth")
    assert exc.value.problems[0].found == str(DEFAULT_LIMITS.max_depth + 1)


def test_max_depth_may_be_raised_to_the_safe_ceiling() -> None:
    limits = Limits(max_depth=MAX_SAFE_DEPTH, max_nodes=10**6)
    for text in (_json_nested(MAX_SAFE_DEPTH), "a: " + "[" * 199 + "]" * 199):
        assert isinstance(parse(text, limits=limits), dict)


def test_a_cyclic_dict_is_refused_not_followed_forever() -> None:
    document: dict[str, Any] = {**BASE}
    document["keterangan"] = [document]
    with pytest.raises(LimitExceededError) as exc:
        load(document)
    _refused(exc, "max_depth")


def test_nesting_depth_of_json_ignores_brackets_in_strings() -> None:
    assert nesting_depth_of_json('{"a": "[[[{{{", "b": [{"c": "\\"]"}]}') == 3
    assert nesting_depth_of_json("1") == 0


# --------------------------------------------------------------------------
# max_string
# --------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_text_over_max_string_is_refused(form: str) -> None:
    limits = Limits(max_string=50)
    document = {**BASE, "tim": {"anggota": [{"nama": "A"}, {"nama": "x" * 51}]}}
    with pytest.raises(LimitExceededError) as exc:
        _read(form, document, limits)
    assert _refused(exc, "max_string") == "tim.anggota[1].nama"
    assert exc.value.problems[0].found == "51"
    document["tim"]["anggota"][1]["nama"] = "x" * 50
    assert load(document, limits=limits).tim.anggota[1].nama == "x" * 50  # type: ignore[union-attr, index]


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_key_over_max_string_is_refused(form: str) -> None:
    limits = Limits(max_string=50)
    document = {**BASE, "tim": {"k" * 51: 1}}
    with pytest.raises(LimitExceededError) as exc:
        _read(form, document, limits)
    path = _refused(exc, "max_string")
    assert path.startswith("tim.kkkk") and path.endswith("...")  # long keys are shortened
    assert len(path) < 60


def test_a_whole_document_that_is_one_long_text_is_refused() -> None:
    with pytest.raises(LimitExceededError):
        loads("y" * 101, limits=Limits(max_string=100))
    with pytest.raises(LimitExceededError):
        check_value("y" * 101, Limits(max_string=100))


# --------------------------------------------------------------------------
# max_items
# --------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_list_over_max_items_is_refused(form: str) -> None:
    limits = Limits(max_items=10)
    document = {**BASE, "sumber": [f"SK {i}" for i in range(11)]}
    with pytest.raises(LimitExceededError) as exc:
        _read(form, document, limits)
    assert _refused(exc, "max_items") == "sumber"
    assert exc.value.problems[0].found == "11"
    document["sumber"] = document["sumber"][:10]
    assert len(load(document, limits=limits).sumber) == 10  # type: ignore[arg-type]


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_mapping_over_max_items_is_refused(form: str) -> None:
    limits = Limits(max_items=10)
    document = {**BASE, "tim": {f"k{i}": i for i in range(11)}}
    with pytest.raises(LimitExceededError) as exc:
        _read(form, document, limits)
    assert _refused(exc, "max_items") == "tim"
    assert exc.value.problems[0].found == "11"


# --------------------------------------------------------------------------
# max_nodes
# --------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["dict", "json", "yaml"])
def test_too_many_values_are_refused(form: str) -> None:
    members = [{"nama": f"Orang {i}", "unsur": "masyarakat"} for i in range(40)]
    document = {**BASE, "tim": {"anggota": members}}
    # 1 document + 2 in wilayah... count them: root 1, format 1, wilayah 1+1, tim 1,
    # anggota 1, 40 members x 3 = 126 values in all.
    assert _count(document) == 126
    limits = Limits(max_nodes=125)
    with pytest.raises(LimitExceededError) as exc:
        _read(form, document, limits)
    assert _refused(exc, "max_nodes") == ""
    team = load(document, limits=Limits(max_nodes=126)).tim
    assert len(team.anggota) == 40  # type: ignore[union-attr, arg-type]


def _count(value: object) -> int:
    if isinstance(value, dict):
        return 1 + sum(_count(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(_count(v) for v in value)
    return 1


# --------------------------------------------------------------------------
# The walk agrees with a plain recursive measure, and YAML with JSON
# --------------------------------------------------------------------------


def _measure(value: object, depth: int = 0) -> tuple[int, int, int]:
    """(depth, longest text or key, longest list or mapping), recursively."""
    if isinstance(value, str):
        return depth, len(value), 0
    if isinstance(value, dict):
        parts = [_measure(v, depth + 1) for v in value.values()]
        parts += [(depth + 1, len(k), 0) for k in value]
        size = len(value)
    elif isinstance(value, list):
        parts = [_measure(v, depth + 1) for v in value]
        size = len(value)
    else:
        return depth, 0, 0
    return (
        max([depth + 1, *(p[0] for p in parts)]),
        max([0, *(p[1] for p in parts)]),
        max([size, *(p[2] for p in parts)]),
    )


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=6), inner, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=ci_examples(500, 100))
@given(
    st.dictionaries(st.text(max_size=6), _JSONISH, max_size=4),
    st.integers(1, 8),
    st.integers(1, 14),
    st.integers(1, 8),
    st.integers(1, 60),
)
def test_every_reader_agrees_with_a_plain_measure(
    value: dict[str, Any], max_depth: int, max_string: int, max_items: int, max_nodes: int
) -> None:
    limits = Limits(
        max_depth=max_depth, max_string=max_string, max_items=max_items, max_nodes=max_nodes
    )
    depth, longest, widest = _measure(value)
    over = depth > max_depth or longest > max_string or widest > max_items
    over = over or _count(value) > max_nodes
    for text in (json.dumps(value), dump_yaml(value)):
        try:
            parsed = parse(text, limits=limits)
        except LimitExceededError:
            assert over, text
        else:
            assert not over, text
            assert parsed == value
    try:
        check_value(value, limits)
    except LimitExceededError:
        assert over
    else:
        assert not over


def test_a_refused_limit_says_so_in_both_languages() -> None:
    from tkpk_rules.errors import ArgumentValueError

    for kwargs in ({"max_bytes": "5"}, {"max_depth": MAX_SAFE_DEPTH + 1}, {"max_digits": 10**6}):
        with pytest.raises(ArgumentValueError) as info:
            Limits(**kwargs)  # type: ignore[arg-type]
        text = str(info.value)
        assert "harus" in text or "paling banyak" in text
        assert "must" in text or "at most" in text
