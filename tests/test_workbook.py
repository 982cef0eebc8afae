"""The fill-in workbook: its layout follows the model, and it holds a dossier exactly."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

openpyxl = pytest.importorskip("openpyxl")

from _profiles import ci_examples  # noqa: E402
from tkpk_rules import check  # noqa: E402
from tkpk_rules.errors import DocumentError, NormalisationWarning  # noqa: E402
from tkpk_rules.examples import EXAMPLES, load_example  # noqa: E402
from tkpk_rules.io import dump, load  # noqa: E402
from tkpk_rules.io._layout import TEXT_COLUMN, layout, list_item, strip_type  # noqa: E402
from tkpk_rules.io.workbook import ESCAPE, read_workbook, write_workbook  # noqa: E402
from tkpk_rules.model import (  # noqa: E402
    NOT_RECORDED,
    Dossier,
    Element,
    Meeting,
    MeetingKind,
    Member,
    NotRecorded,
    Official,
    RegionRef,
)
from tkpk_rules.model import Source as SourceRecord  # noqa: E402
from tkpk_rules.testing import strategies  # noqa: E402

REQUIRED_SHEETS = (
    "Wilayah",
    "Tim",
    "Anggota",
    "Sekretariat",
    "Agenda",
    "Rapat",
    "Dokumen",
    "Sumber",
)


def _model_fields(
    cls: type, prefix: tuple[str, ...], seen: set[type], out: set[tuple[type, str]]
) -> None:
    if cls in seen:
        return
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        out.add((cls, field.name))
        inner, _, _ = strip_type(hints[field.name])
        item = list_item(inner)
        for sub in (item, inner):
            if sub is not None and attrs.has(sub):
                _model_fields(sub, (), seen, out)


def _homes(root: type = Dossier) -> set[tuple[type, str]]:
    """Every (class, field) the workbook has a column, status column or sheet for."""
    lay = layout(root)
    homes: set[tuple[type, str]] = set()

    def walk(cls: type, key: tuple[str, ...]) -> None:
        hints = typing.get_type_hints(cls)
        name = key[0]
        homes.add((cls, name))
        if len(key) > 1:
            inner, _, _ = strip_type(hints[name])
            walk(inner, key[1:])

    for sheet in lay.sheets:
        if sheet.cls is None:
            homes.add((root, sheet.default_location))
            continue
        for column in sheet.columns:
            walk(sheet.cls, column.key)
    for sheet in lay.sheets:  # a field holding objects of a class with a sheet: the letak
        for pattern in sheet.locations:
            parts = [p.replace("[*]", "") for p in pattern.split(".") if p]
            cls: typing.Any = root
            for part in parts:
                homes.add((cls, part))
                inner, _, _ = strip_type(typing.get_type_hints(cls)[part])
                cls = list_item(inner) or inner
    return homes


def _text_lists(root: type) -> set[str]:
    """The letak patterns of every list whose items may be text (``str | Class``)."""
    found: set[str] = set()

    def walk(cls: type, prefix: str, seen: frozenset[type]) -> None:
        if cls in seen:
            return
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            inner, _, _ = strip_type(hints[field.name])
            path = f"{prefix}.{field.name}" if prefix else field.name
            item = list_item(inner)
            if item is not None:
                union = typing.get_origin(typing.get_args(inner)[0]) in (
                    typing.Union,
                    types.UnionType,
                ) and str in typing.get_args(typing.get_args(inner)[0])
                if union:
                    found.add(path)
                if attrs.has(item):
                    walk(item, path + "[*]", seen | {cls})
            elif attrs.has(inner):
                walk(inner, path, seen | {cls})

    walk(root, "", frozenset())
    return found


def test_every_field_of_the_model_has_a_home_in_the_workbook() -> None:
    fields: set[tuple[type, str]] = set()
    _model_fields(Dossier, (), set(), fields)
    missing = sorted(f"{c.__name__}.{n}" for c, n in fields - _homes())
    assert not missing, f"no place in the workbook for: {missing}"
    # The text alternative of a str | Class item has its home too: the class sheet's teks.
    takes_text = {p for s in layout().sheets for p in s.text_locations}
    assert _text_lists(Dossier) == takes_text and takes_text
    for sheet in layout().sheets:
        if sheet.text_locations:
            assert sheet.text_column is not None and sheet.text_column in sheet.columns


class Certainty(enum.Enum):
    PASTI = "pasti"
    PERKIRAAN = "perkiraan"


@attrs.frozen(kw_only=True)
class Source:
    judul: str | NotRecorded = NOT_RECORDED
    tanggal: dt.date | NotRecorded = NOT_RECORDED
    halaman: tuple[str, ...] | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class FutureMeeting:
    tanggal: dt.date
    kepastian: Certainty | NotRecorded = NOT_RECORDED
    sumber: tuple[Source, ...] | NotRecorded = NOT_RECORDED
    cakupan: tuple[str, ...] | NotRecorded | None = NOT_RECORDED
    dipimpin_oleh: Official | NotRecorded | None = NOT_RECORDED


@attrs.frozen(kw_only=True)
class FutureRecord:
    wilayah: RegionRef
    rapat_koordinasi: tuple[FutureMeeting, ...] | NotRecorded = NOT_RECORDED
    sumber: tuple[Source, ...] | NotRecorded = NOT_RECORDED
    catatan: str | NotRecorded | None = NOT_RECORDED


def test_a_model_with_new_fields_gets_a_home_for_each_without_a_change_here() -> None:
    """As the format grows (sources, certainty, coverage...), the workbook follows it."""
    fields: set[tuple[type, str]] = set()
    _model_fields(FutureRecord, (), set(), fields)
    missing = sorted(f"{c.__name__}.{n}" for c, n in fields - _homes(FutureRecord))
    assert not missing
    names = [s.name for s in layout(FutureRecord).sheets]
    assert "Sumber" in names and len(set(names)) == len(names)
    source = next(s for s in layout(FutureRecord).sheets if s.cls is Source)
    assert source.locations == ("rapat_koordinasi[*].sumber", "sumber")


def test_the_sheets_a_clerk_expects_are_there(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_workbook(str(path))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Petunjuk"
    for name in REQUIRED_SHEETS:
        assert name in book.sheetnames
    ws = book["Rapat"]
    headers = [c.value for c in ws[1]]
    assert "tanggal" in headers and "jenis" in headers
    column = headers.index("tanggal") + 1
    assert ws.cell(row=2, column=column).number_format == "yyyy-mm-dd"
    # The English meaning is in the header's comment.
    assert "EN:" in ws.cell(row=1, column=column).comment.text
    # Every enumeration has a drop-down list.
    jenis = openpyxl.utils.get_column_letter(headers.index("jenis") + 1)
    formulas = [
        dv.formula1 for dv in ws.data_validations.dataValidation if jenis + "2" in str(dv.sqref)
    ]
    assert formulas and formulas[0].startswith("Pilihan!")


def test_a_template_read_back_is_an_empty_record_with_only_the_region_missing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "template.xlsx"
    write_workbook(str(path))
    with pytest.raises(DocumentError) as info:
        load(path)
    assert [p.path for p in info.value.problems] == ["wilayah"]
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Wilayah", 2, "wilayah.kode")


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_bundled_examples_go_to_a_workbook_and_back_with_identical_findings(
    name: str, tmp_path: Path
) -> None:
    dossier = load_example(name)
    path = tmp_path / f"{name}.xlsx"
    write_workbook(str(path), dump(dossier))
    again = load(path)
    assert again == dossier
    on = dt.date(2026, 6, 1)
    assert check(again, on=on).to_dict() == check(dossier, on=on).to_dict()


@settings(max_examples=ci_examples(50, 15), deadline=None)
@given(strategies.dossiers(max_items=2))
def test_dossier_to_workbook_to_dossier_is_the_identity(
    tmp_path_factory: typing.Any, dossier: Dossier
) -> None:
    path = tmp_path_factory.mktemp("wb") / "d.xlsx"
    write_workbook(str(path), dump(dossier), spare_rows=0)
    assert load(path) == dossier


@settings(max_examples=ci_examples(80, 25), deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=12))
def test_any_text_survives_a_cell(tmp_path_factory: typing.Any, text: str) -> None:
    path = tmp_path_factory.mktemp("wb") / "t.xlsx"
    document = {"format": "tkpk-rules/1", "wilayah": {"kode": "32.05", "nama": text}}
    write_workbook(str(path), document, spare_rows=0)
    data, _ = read_workbook(str(path))
    assert data["wilayah"]["nama"] == text


def _fill(path: Path, sheet: str, row: int, values: dict[str, object]) -> None:
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    headers = [c.value for c in ws[1]]
    for header, value in values.items():
        ws.cell(row=row, column=headers.index(header) + 1, value=value)
    book.save(path)


def test_each_problem_names_sheet_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Rapat", 2, {"tanggal": dt.datetime(2025, 1, 10)})
    _fill(path, "Rapat", 3, {"tanggal": "20/05/2025", "jenis": "rapat koordinasi"})
    with pytest.raises(DocumentError) as info:
        load(path)
    by_path = {p.path: p for p in info.value.problems}
    date = by_path["rapat_koordinasi[1].tanggal"]
    assert (date.sheet, date.row, date.column) == ("Rapat", 3, "tanggal")
    text = info.value.describe("id")
    assert "lembar Rapat, baris 3, kolom tanggal" in text
    assert "2025-05-20" in text
    assert "sheet Rapat, row 3, column jenis" in info.value.describe("en")


def test_members_by_role_and_working_groups_by_number(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(
        path,
        "Anggota",
        2,
        {"letak": "tim.ketua", "nama": "A", "jabatan.jenis": "sekretaris_daerah"},
    )
    _fill(path, "Anggota", 3, {"nama": "B"})  # letak left empty: an ordinary member
    _fill(path, "Pokja", 2, {"nama": "Pokja 1"})
    _fill(path, "Pokja", 3, {"nama": "Pokja 2"})
    _fill(path, "Anggota", 4, {"letak": "tim.kelompok_kerja#2.anggota", "nama": "C"})
    _fill(path, "Tim", 2, {"[wakil_ketua]": "tidak ada"})
    dossier = load(path)
    team = dossier.tim
    assert team.ketua.nama == "A" and team.wakil_ketua is None
    assert [m.nama for m in team.anggota] == ["B"]
    assert [m.nama for m in team.kelompok_kerja[1].anggota] == ["C"]


def test_a_wrong_letak_is_named_with_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Anggota", 2, {"letak": "tim.ketau", "nama": "A"})
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Anggota", 2, "letak")
    assert "tim.ketua" in problem.message_id


def test_a_number_in_a_text_cell_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Tim", 2, {"pembentukan.nomor": 188})
    with pytest.warns(NormalisationWarning, match="188"):
        dossier = load(path)
    assert dossier.tim.pembentukan.nomor == "188"


def test_escaped_texts_are_not_what_a_clerk_types() -> None:
    assert ESCAPE.startswith("⟦")


def test_a_missing_value_is_placed_in_its_empty_cell(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Rapat", 2, {"jenis": "rapat_koordinasi"})  # no date
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert problem.code == "missing"
    assert (problem.sheet, problem.row, problem.column) == ("Rapat", 2, "tanggal")


def test_a_list_marked_empty_that_has_rows_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05", "[sumber]": "kosong"})
    _fill(path, "Sumber", 2, {"teks": "SK Bupati 1/2024"})
    _fill(path, "Tim", 2, {"nama": "TKPK", "[anggota]": "kosong"})
    _fill(path, "Anggota", 2, {"nama": "A"})
    with pytest.raises(DocumentError) as info:
        load(path)
    assert {(p.sheet, p.row) for p in info.value.problems} == {("Sumber", 2), ("Anggota", 2)}


def test_what_is_not_a_workbook_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError):
        load(path)
    path.write_text("format: tkpk-rules/1\n", "utf-8")
    with pytest.raises(DocumentError):
        load(path)


def test_limits_bound_a_workbook_before_and_while_it_is_read(tmp_path: Path) -> None:
    from tkpk_rules.errors import LimitExceededError
    from tkpk_rules.io import Limits, load_file

    path = tmp_path / "t.xlsx"
    write_workbook(str(path), dump(load_example("kabupaten-banyumas")))
    import zipfile

    small = Limits(max_bytes=path.stat().st_size * 2)
    load_file(path, limits=small)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.xml", b"0" * (small.max_bytes * 30))  # a zip bomb, small
    assert path.stat().st_size < small.max_bytes
    with pytest.raises(LimitExceededError):
        load_file(path, limits=small)
    with pytest.raises(LimitExceededError) as info:
        load_file(path, limits=Limits(max_items=3))
    assert "Anggota" in str(info.value)


def test_a_text_too_long_for_a_cell_is_refused_not_cut(tmp_path: Path) -> None:
    document = {"format": "tkpk-rules/1", "wilayah": {"kode": "32.05"}, "sumber": ["x" * 40_000]}
    with pytest.raises(DocumentError) as info:
        write_workbook(str(tmp_path / "t.xlsx"), document)
    assert [p.path for p in info.value.problems] == ["sumber[0]"]
    assert not (tmp_path / "t.xlsx").exists()


def test_days_before_excel_counts_are_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    document = {
        "format": "tkpk-rules/1",
        "wilayah": {"kode": "32.05"},
        "rapat_koordinasi": [{"tanggal": "1899-12-30"}, {"tanggal": "2199-12-31"}],
    }
    write_workbook(str(path), document, spare_rows=0)
    assert dump(load(path)) == document


def test_a_row_whose_place_must_be_numbered_asks_for_its_letak(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Agenda", 2, {"tahun": 2025})
    _fill(path, "Kegiatan", 2, {"kegiatan": "rapat_koordinasi"})
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Kegiatan", 2, "letak")
    assert "agenda_kerja#1.kegiatan" in problem.message_id and "Agenda" in problem.message_en
    _fill(path, "Kegiatan", 2, {"letak": "agenda_kerja#1.kegiatan"})
    assert load(path).agenda_kerja[0].kegiatan[0].kegiatan.value == "rapat_koordinasi"


@attrs.frozen(kw_only=True)
class TextOrSourceRecord:
    wilayah: RegionRef
    sumber: tuple[str | Source, ...] | NotRecorded = NOT_RECORDED


def test_a_list_of_texts_or_objects_gets_the_class_sheet_and_a_teks_column() -> None:
    lay = layout(TextOrSourceRecord)
    sheet = lay.sheet_for(Source)
    assert sheet.text_column is not None and sheet.columns[0] is sheet.text_column
    assert sheet.text_column.header == TEXT_COLUMN
    assert sheet.text_locations == {"sumber"}
    fields: set[tuple[type, str]] = set()
    _model_fields(TextOrSourceRecord, (), set(), fields)
    assert not fields - _homes(TextOrSourceRecord)
    # In the real model: every list of texts-or-objects has its teks column.
    real = layout()
    for sheet in real.sheets:
        assert (sheet.text_column is not None) == bool(sheet.text_locations)
    assert "rapat_koordinasi[*].peserta" in real.sheet_for(Member).text_locations
    assert "tim.anggota" not in real.sheet_for(Member).text_locations


def test_attendees_and_sources_as_text_or_structured_go_there_and_back(tmp_path: Path) -> None:
    dossier = load_example(EXAMPLES[0])
    attendee = Member(nama="Dra. S", unsur=Element.PEMERINTAH_DAERAH)
    meeting = Meeting(
        tanggal=dt.date(2025, 3, 4),
        jenis=MeetingKind.RAPAT_KOORDINASI,
        peserta=("Kepala Dinas Sosial", attendee, "  spaces kept  "),
    )
    dossier = attrs.evolve(
        dossier,
        rapat_koordinasi=(meeting,),
        sumber=("SK Bupati 1/2024", SourceRecord(id="sk", judul="SK"), ""),
    )
    path = tmp_path / "mixed.xlsx"
    write_workbook(str(path), dump(dossier))
    book = openpyxl.load_workbook(path)
    texts = [row[1] for row in book["Sumber"].iter_rows(min_row=2, values_only=True)]
    assert texts[0] == "SK Bupati 1/2024" and texts[1] is None
    assert load(path) == dossier


def test_a_row_with_teks_and_other_columns_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Sumber", 2, {"teks": "SK Bupati 1/2024", "id": "sk"})
    _fill(path, "Sumber", 3, {"teks": "Notulen rapat"})
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Sumber", 2, TEXT_COLUMN)
    assert "kolom lain (id)" in problem.message_id and "other columns too (id)" in (
        problem.message_en
    )


def test_a_text_row_where_only_structured_rows_belong_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Anggota", 2, {"letak": "tim.anggota", "teks": "Dinas Sosial"})
    _fill(path, "Rapat", 2, {"tanggal": dt.datetime(2025, 1, 10)})
    _fill(path, "Anggota", 3, {"letak": "rapat_koordinasi#1.peserta", "teks": "Dinas Sosial"})
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Anggota", 2, TEXT_COLUMN)
    assert "tidak menerima teks biasa" in problem.message_id


def test_the_skeleton_shows_both_forms_of_a_text_or_object_list() -> None:
    from tkpk_rules.io.skeleton import skeleton

    text = skeleton("32.05")
    at = text.index("\nsumber:")
    block = text[at : at + 400]
    assert "# Tiap isian boleh teks biasa" in block and '# - "___"' in block
    assert "- id:" in block


# --- cells a clerk's workbook may hold that must never pass silently (review, 2026-12-03)


def test_an_excel_error_cell_is_a_problem_not_a_value(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Tim", 2, {"nama": "#REF!"})  # openpyxl stores it as an error cell
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Tim", 2, "nama")
    assert "#REF!" in problem.message_id and "formula" in problem.message_en


def test_a_column_heading_written_twice_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    book = openpyxl.load_workbook(path)
    ws = book["Tim"]
    column = ws.max_column + 1
    ws.cell(row=1, column=column, value="nama")
    ws.cell(row=2, column=column, value="Nama Lain")
    book.save(path)
    with pytest.raises(DocumentError) as info:
        load(path)
    (problem,) = info.value.problems
    assert "'nama'" in problem.message_en and "twice" in problem.message_en
    assert problem.sheet == "Tim" and problem.row == 1


@pytest.mark.parametrize("text", ["[" * 3000 + "]" * 3000, '{"a": 1, "a": 2}', "{nope"])
def test_an_escaped_cell_that_cannot_be_read_is_a_problem(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(str(path))
    _fill(path, "Wilayah", 2, {"wilayah.kode": "32.05"})
    _fill(path, "Tim", 2, {"nama": ESCAPE + text})
    with pytest.raises(DocumentError) as info:  # never a RecursionError, never a value lost
        load(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Tim", 2, "nama")
