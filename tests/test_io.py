"""Loading and dumping documents: every problem at once, unknown kept apart from none."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules.errors import DocumentError, TkpkError
from tkpk_rules.examples import EXAMPLES, example_text, load_example
from tkpk_rules.io import dump, dumps, load, loads, parse
from tkpk_rules.model import NOT_RECORDED, Dossier, Member, Team
from tkpk_rules.testing import dossiers


def minimal(**extra: object) -> dict[str, object]:
    return {"format": "tkpk-rules/1", "wilayah": {"kode": "33.02"}, **extra}


def problems_of(document: object) -> dict[str, str]:
    with pytest.raises(DocumentError) as info:
        load(document)  # type: ignore[arg-type]
    return {p.path: p.code for p in info.value.problems}


def test_five_mistakes_are_all_reported_with_their_paths() -> None:
    document = minimal(
        wilayah={"kode": "33.99"},  # unknown region code
        tim={
            "pembentukan": {"tanggal": "2025-02-30"},  # bad date
            "ketua": {"nama": "A", "jabtan": {}},  # unknown key (typo)
            "anggota": [{"nama": 12}],  # wrong type
        },
        rapat_koordinasi=[{"status": "terlaksana"}],  # missing required field
    )
    found = problems_of(document)
    assert found == {
        "wilayah.kode": "unknown_region",
        "tim.pembentukan.tanggal": "bad_date",
        "tim.ketua.jabtan": "unknown_key",
        "tim.anggota[0].nama": "wrong_type",
        "rapat_koordinasi[0].tanggal": "missing",
    }


def test_typo_gets_a_did_you_mean_in_both_languages() -> None:
    with pytest.raises(DocumentError) as info:
        load(minimal(tim={"sekertaris": None}))
    (problem,) = info.value.problems
    assert problem.suggestion == "sekretaris"
    assert "mungkin maksud Anda 'sekretaris'" in problem.message_id
    assert "did you mean 'sekretaris'" in problem.message_en


def test_document_error_is_the_library_base_error() -> None:
    with pytest.raises(TkpkError):
        load(minimal(tim=[]))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2024-02-29", None),
        ("2023-02-29", "bad_date"),
        ("15-03-2024", "bad_date"),
        ("20240315", "bad_date"),
        (20240315, "wrong_type"),
        (dt.datetime(2024, 3, 15, 10, 0), "wrong_type"),
        (dt.date(2024, 3, 15), None),
    ],
)
def test_dates_are_iso_8601(value: object, code: str | None) -> None:
    document = minimal(rapat_koordinasi=[{"tanggal": value}])
    if code is None:
        assert load(document).rapat_koordinasi[0].tanggal.year == 2024  # type: ignore[union-attr]
    else:
        assert problems_of(document) == {"rapat_koordinasi[0].tanggal": code}


def test_missing_member_list_is_unknown_and_empty_list_is_none() -> None:
    unknown = load(minimal(tim={"nama": "TKPK"}))
    empty = load(minimal(tim={"nama": "TKPK", "anggota": []}))
    assert isinstance(unknown.tim, Team) and unknown.tim.anggota is NOT_RECORDED
    assert isinstance(empty.tim, Team) and empty.tim.anggota == ()
    assert "anggota" not in dump(unknown)["tim"]
    assert dump(empty)["tim"]["anggota"] == []
    assert load(dump(unknown)) == unknown and load(dump(empty)) == empty


def test_null_means_recorded_as_none() -> None:
    dossier = load(minimal(sekretariat=None, tim=None))
    assert dossier.sekretariat is None and dossier.tim is None
    assert dump(dossier)["sekretariat"] is None
    bare = load(minimal())
    assert bare.sekretariat is NOT_RECORDED and "sekretariat" not in dump(bare)


def test_null_where_a_value_is_required_is_a_problem() -> None:
    assert problems_of(minimal(rapat_koordinasi=[{"tanggal": None}])) == {
        "rapat_koordinasi[0].tanggal": "wrong_type"
    }


def test_format_line_is_required() -> None:
    assert problems_of({"wilayah": {"kode": "33.02"}}) == {"format": "missing_format"}
    assert problems_of({"format": "tkpk-rules/2", "wilayah": {"kode": "33.02"}}) == {
        "format": "bad_format"
    }


def test_numbers_are_not_silently_turned_into_text() -> None:
    found = problems_of(minimal(wilayah={"kode": 33.02}))
    assert found == {"wilayah.kode": "wrong_type"}


def test_year_range_end_before_start_is_a_problem() -> None:
    document = minimal(dokumen=[{"jenis": "rpkd", "periode": {"mulai": 2025, "selesai": 2021}}])
    assert problems_of(document) == {"dokumen[0].periode": "bad_range"}


@pytest.mark.parametrize("name", EXAMPLES)
def test_bundled_examples_load_and_round_trip(name: str) -> None:
    dossier = load_example(name)
    assert loads(dumps(dossier)) == dossier
    assert loads(dumps(dossier, format="json")) == dossier


def test_yaml_text_and_json_text_read_the_same() -> None:
    yaml_text = example_text()
    from_yaml = loads(yaml_text)
    assert loads(json.dumps(dump(from_yaml))) == from_yaml


def test_load_accepts_a_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tim.yaml"
    path.write_text(example_text(), encoding="utf-8")
    assert load(path) == load(str(path)) == loads(example_text())


def test_missing_file_is_a_document_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert problems_of(str(tmp_path / "tidak-ada.yaml")) == {"": "file"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("format: tkpk-rules/1\nwilayah: {kode: '33.02'\n", "syntax"),
        ("format: tkpk-rules/1\nformat: tkpk-rules/1\nwilayah: {kode: '33.02'}\n", "duplicate_key"),
        ("a: &x [1]\nb: *x\n", "yaml_alias"),
        ("format: !!python/object:os.system x\n", "yaml_tag"),
        ("format: !custom x\n", "yaml_tag"),
        ('{"format": ', "syntax"),
        ("- just\n- a list\n", "not_a_mapping"),
    ],
)
def test_unreadable_text_is_a_document_error(text: str, code: str) -> None:
    with pytest.raises(DocumentError) as info:
        loads(text)
    assert [p.code for p in info.value.problems] == [code]


def test_parse_gives_plain_values() -> None:
    assert parse("a: 2024-01-02") == {"a": dt.date(2024, 1, 2)}


@settings(max_examples=ci_examples(1000, 100))
@given(dossiers())
def test_any_valid_dossier_survives_dump_then_load(dossier: Dossier) -> None:
    assert load(dump(dossier)) == dossier
    assert loads(dumps(dossier, format="json")) == dossier


@settings(max_examples=ci_examples(200, 30))
@given(dossiers())
def test_any_valid_dossier_survives_yaml_text(dossier: Dossier) -> None:
    assert loads(dumps(dossier)) == dossier


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3000),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.dates(),
)


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


@settings(max_examples=ci_examples(500, 60))
@given(dossiers(), st.data())
def test_randomly_mutated_documents_load_or_raise_document_error(
    dossier: Dossier, data: st.DataObject
) -> None:
    document = copy.deepcopy(dump(dossier))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(document)))
        if not path:
            document = data.draw(_JUNK)
            break
        parent: object = document
        for part in path[:-1]:
            parent = parent[part]  # type: ignore[index]
        action = data.draw(st.sampled_from(["replace", "delete", "add_key"]))
        if action == "replace":
            parent[path[-1]] = data.draw(_JUNK)  # type: ignore[index]
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=6))] = data.draw(_JUNK)
    try:
        result = load(document)  # type: ignore[arg-type]
    except DocumentError as exc:
        assert exc.problems, "a DocumentError always names at least one problem"
    else:
        assert isinstance(result, Dossier)


def test_objects_built_in_code_dump_like_documents() -> None:
    from tkpk_rules.model import RegionRef

    dossier = Dossier(wilayah=RegionRef(kode="64.72"), tim=Team(anggota=(Member(nama="A"),)))
    assert dump(dossier) == {
        "format": "tkpk-rules/1",
        "wilayah": {"kode": "64.72"},
        "tim": {"anggota": [{"nama": "A"}]},
    }


@pytest.mark.parametrize(
    "text", ["\x1f", "format: tkpk-rules/1\nwilayah: {kode: '\x07'}\n", "\ufffe"]
)
def test_control_characters_are_a_document_error(text: str) -> None:
    with pytest.raises(DocumentError):
        loads(text)


def test_objects_built_in_code_are_type_checked() -> None:
    from tkpk_rules.model import Meeting, ModelTypeError, Office

    with pytest.raises(ModelTypeError, match=r"OfficeKind\.WAKIL_WALI_KOTA"):
        Office(jenis="wakil_wali_kota")  # type: ignore[arg-type]
    with pytest.raises(ModelTypeError, match="tuple"):
        Team(anggota=[Member()])  # type: ignore[arg-type]
    with pytest.raises(ModelTypeError, match=r"Meeting\.tanggal"):
        Meeting(tanggal=dt.datetime(2024, 1, 1, 9, 0))
    with pytest.raises(TkpkError):
        Dossier(wilayah="64.72")  # type: ignore[arg-type]
    assert Team(anggota=(Member(nama="A"),)).anggota[0].nama == "A"  # type: ignore[index]
