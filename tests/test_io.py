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
        # A meeting may be known only to its year: a number is read as one, and this is no year.
        (20240315, "bad_value"),
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


# -- format additions for partial records (issue 12) -------------------------------------

from pathlib import Path  # noqa: E402

from tkpk_rules.io._references import list_paths, reference_problems  # noqa: E402
from tkpk_rules.model import (  # noqa: E402
    Certainty,
    Meeting,
    MeetingKind,
    Semester,
    Source,
    certainty_of,
)

RECORDS = Path(__file__).parent / "records"


def strict_problems_of(document: dict[str, object]) -> dict[str, str]:
    with pytest.raises(DocumentError) as info:
        load(document, strict=True)
    return {p.path: p.code for p in info.value.problems}


def test_a_record_with_every_new_field_round_trips() -> None:
    dossier = load(RECORDS / "kab-banyumas-instrumen-terkait.yaml")
    assert load(dump(dossier), strict=True) == dossier
    assert loads(dumps(dossier, format="json")) == dossier
    assert loads(dumps(dossier, format="yaml")) == dossier
    meeting = dossier.rapat_koordinasi[0]  # type: ignore[index]
    assert meeting.tanggal_selesai == dt.date(2025, 5, 21)
    assert isinstance(meeting.peserta[0], str) and isinstance(meeting.peserta[1], Member)  # type: ignore[index]
    assert isinstance(dossier.sumber[0], str) and isinstance(dossier.sumber[1], Source)  # type: ignore[index]
    assert dossier.dokumen[0].semester is Semester.PERTAMA  # type: ignore[index]
    assert len(dossier.instrumen_terkait) == 3  # type: ignore[arg-type]
    assert dossier.tim_bawahan[0].jumlah == 27  # type: ignore[index]


def test_every_loadable_corpus_record_validates_against_the_shipped_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from tkpk_rules.io.schema import shipped_schema

    schema = json.loads(shipped_schema())
    loaded = 0
    for path in sorted(RECORDS.glob("*.yaml")):
        if path.name.endswith(".expect.yaml"):
            continue
        try:
            dossier = load(path)
        except DocumentError:
            continue  # the corpus holds records the loader refuses (see their expectations)
        jsonschema.validate(json.loads(dumps(dossier, format="json")), schema)
        loaded += 1
    assert loaded >= 10


def test_certainty_defaults_to_stated() -> None:
    assert certainty_of(Meeting(tanggal=dt.date(2024, 1, 1))) is Certainty.DINYATAKAN
    meeting = load(
        minimal(rapat_koordinasi=[{"tanggal": "2024-01-01", "kepastian": "belum_pasti"}])
    ).rapat_koordinasi[0]  # type: ignore[index]
    assert certainty_of(meeting) is Certainty.BELUM_PASTI
    assert certainty_of("not a fact") is Certainty.DINYATAKAN


def test_plain_text_sources_and_attendees_stay_valid() -> None:
    d = load(
        minimal(
            sumber=["SK Bupati 400/1/2024"],
            rapat_koordinasi=[{"tanggal": "2024-01-01", "peserta": ["Bappeda", "Dinas Sosial"]}],
        )
    )
    assert d.sumber == ("SK Bupati 400/1/2024",)
    assert dump(d)["rapat_koordinasi"][0]["peserta"] == ["Bappeda", "Dinas Sosial"]


@pytest.mark.parametrize(
    ("document", "path", "code"),
    [
        (minimal(sumber=[12]), "sumber[0]", "wrong_type"),
        (minimal(sumber=[{"jenis": "berita"}]), "sumber[0].id", "missing"),
        (
            minimal(rapat_koordinasi=[{"tanggal": "2024-01-01", "peserta": [3]}]),
            "rapat_koordinasi[0].peserta[0]",
            "wrong_type",
        ),
        (
            minimal(rapat_koordinasi=[{"tanggal": "2024-01-01", "jenis": "rakor"}]),
            "rapat_koordinasi[0].jenis",
            "bad_value",
        ),
        (
            minimal(dokumen=[{"jenis": "laporan_semester", "semester": 3}]),
            "dokumen[0].semester",
            "wrong_type",
        ),
        (
            minimal(dokumen=[{"jenis": "laporan_semester", "semester": "ketiga"}]),
            "dokumen[0].semester",
            "bad_value",
        ),
        (minimal(cakupan={"mulai": "2024"}), "cakupan.mulai", "bad_date"),
        # A year alone is a coverage's start now (issue 12); a list is never a date.
        (minimal(cakupan={"mulai": [2024]}), "cakupan.mulai", "wrong_type"),
        (minimal(cakupan={"mulai": 1800}), "cakupan.mulai", "bad_value"),
        (minimal(tim={"ketua": {"kepastian": "mungkin"}}), "tim.ketua.kepastian", "bad_value"),
    ],
)
def test_new_fields_refuse_wrong_values(document: dict[str, object], path: str, code: str) -> None:
    assert problems_of(document).get(path) == code


def test_wrong_type_for_text_or_mapping_says_both() -> None:
    with pytest.raises(DocumentError) as info:
        load(minimal(sumber=[12]))
    problem = info.value.problems[0]
    assert "teks atau pemetaan" in problem.message_id
    assert "text or a mapping" in problem.message_en


def test_strict_loading_checks_source_ids() -> None:
    document = minimal(
        sumber=[{"id": "a"}, {"id": "a"}, "catatan bebas"],
        tim={"ketua": {"sumber": ["a"]}, "sekretaris": {"sumber": ["a", "b"]}},
        rapat_koordinasi=[{"tanggal": "2024-01-01", "sumber": ["catatan bebas"]}],
    )
    assert load(document).tim is not NOT_RECORDED  # not strict: accepted as written
    found = strict_problems_of(document)
    assert found == {
        "sumber[1].id": "duplicate_source",
        "tim.sekretaris.sumber[1]": "unknown_source",
        "rapat_koordinasi[0].sumber[0]": "unknown_source",  # plain text is no id
    }


@pytest.mark.parametrize(
    ("path", "ok"),
    [
        ("rapat_koordinasi", True),
        ("tim.anggota", True),
        (" tim.anggota ", True),
        ("riwayat_tim", True),
        ("riwayat_tim[0].anggota", True),
        ("rapat_koordinasi[0].peserta", True),
        ("tim.kelompok_kerja[0].anggota", True),
        ("riwayat_tim[1].anggota", False),  # there is one earlier team only
        ("riwayat_tim.anggota", False),  # which one?
        ("tim.nama", False),  # not a list
        ("tim.ketua", False),
        ("tim.anggotaa", False),
        ("Tim.Anggota", False),
        ("tim..anggota", False),
        ("", False),
    ],
)
def test_strict_loading_checks_coverage_paths(path: str, ok: bool) -> None:
    document = minimal(
        cakupan={"sebagian": [path]},
        riwayat_tim=[{"anggota": []}],
        rapat_koordinasi=[{"tanggal": "2024-01-01"}],
    )
    if ok:
        load(document, strict=True)
    else:
        assert strict_problems_of(document) == {"cakupan.sebagian[0]": "bad_list_path"}


def test_every_list_of_the_model_is_a_valid_coverage_path() -> None:
    top = [p for p in list_paths() if "[]" not in p]
    assert {"rapat_koordinasi", "tim.anggota", "dokumen", "tim_bawahan"} <= set(top)
    load(minimal(cakupan={"sebagian": top}), strict=True)


def test_strict_loading_checks_date_order() -> None:
    document = minimal(
        cakupan={"mulai": "2025-12-31", "selesai": "2025-07-01"},
        rapat_koordinasi=[{"tanggal": "2025-03-02", "tanggal_selesai": "2025-03-01"}],
    )
    assert strict_problems_of(document) == {
        "cakupan": "bad_range",
        "rapat_koordinasi[0]": "bad_range",
    }


@pytest.mark.parametrize(
    ("kode", "nama", "strict_only"),
    [
        ("33.72", "Kota Yogyakarta", False),
        ("33.02", "Kota Banyumas", False),
        ("33.02", "Kabupaten Banyumass", True),  # a typo: kept unless strict
    ],
)
def test_region_name_is_checked_against_the_code(kode: str, nama: str, strict_only: bool) -> None:
    document = minimal(wilayah={"kode": kode, "nama": nama})
    if strict_only:
        assert load(document).wilayah.nama == nama
    else:
        with pytest.raises(DocumentError) as info:
            load(document)
        (problem,) = info.value.problems
        assert problem.path == "wilayah.nama" and problem.code == "region_name_mismatch"
        assert kode in problem.message_id and kode in problem.message_en
        assert nama in problem.message_id and nama in problem.message_en
    assert strict_problems_of(document) == {"wilayah.nama": "region_name_mismatch"}


def test_region_name_problem_names_both_regions() -> None:
    with pytest.raises(DocumentError) as info:
        load(minimal(wilayah={"kode": "33.72", "nama": "Kota Yogyakarta"}))
    problem = info.value.problems[0]
    for text in (problem.message_id, problem.message_en):
        assert "Kota Surakarta" in text and "34.71" in text
    assert problem.suggestion == "Kota Surakarta"


@settings(max_examples=ci_examples(200, 30))
@given(dossiers())
def test_lenient_checks_accept_every_table_name(dossier: Dossier) -> None:
    from tkpk_rules import regions

    row = regions.find(dossier.wilayah.kode)
    assert row is not None
    named = attrs_evolve(dossier, wilayah=attrs_evolve(dossier.wilayah, nama=row.nama))
    assert reference_problems(named) == []


def attrs_evolve(value: object, **changes: object) -> object:
    import attrs

    return attrs.evolve(value, **changes)  # type: ignore[misc]


def test_new_meeting_kinds_are_explicit() -> None:
    labels = {k.value for k in MeetingKind}
    assert {"fgd", "sinkronisasi", "asistensi", "bimtek", "pleno", "tidak_diketahui"} <= labels
