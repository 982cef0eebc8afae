"""``init``, ``template`` and ``convert``; date suggestions; lines and human numbering."""

from __future__ import annotations

import datetime as dt
import enum
import json
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tkpk_rules.cli import main
from tkpk_rules.errors import DocumentError
from tkpk_rules.examples import load_example
from tkpk_rules.io import dump, load, loads
from tkpk_rules.io._dates import suggest
from tkpk_rules.io._layout import list_item, strip_type
from tkpk_rules.io.skeleton import BLANK_DATE, BLANK_TEXT, BLANK_YEAR, skeleton
from tkpk_rules.model import Dossier


def _fill(value: Any, tp: Any) -> Any:
    """Fill each blank of a skeleton the way a clerk would, guided by the field's type."""
    inner, _, _ = strip_type(tp)
    item = list_item(inner)
    if item is not None:
        return [_fill(v, item) for v in value]
    if attrs.has(inner):
        hints = typing.get_type_hints(inner)
        return {k: _fill(v, hints[k]) for k, v in value.items()}
    if value == BLANK_DATE:
        return "2024-03-15"
    if value == BLANK_YEAR:
        return 2024
    if value == BLANK_TEXT:
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return next(iter(inner)).value
        if inner is bool:
            return "ya"
        return "Contoh"
    return value


@pytest.mark.parametrize(
    ("code", "titles"),
    [
        ("32.05", ("bupati", "Bupati Garut", "Wakil Bupati Garut")),
        ("32.73", ("wali_kota", "Wali Kota Bandung", "Wakil Wali Kota Bandung")),
        ("32", ("gubernur", "Gubernur Jawa Barat", "Wakil Gubernur Jawa Barat")),
    ],
)
def test_the_skeleton_validates_once_its_blanks_are_filled(
    code: str, titles: tuple[str, ...]
) -> None:
    text = skeleton(code)
    for title in titles:
        assert title in text
    with pytest.raises(DocumentError) as info:
        loads(text)  # blanks left: each is named
    assert {p.code for p in info.value.problems} == {"blank_left"}
    data = yaml.safe_load(text)
    body = {k: v for k, v in data.items() if k != "format"}
    hints = typing.get_type_hints(Dossier)
    filled = {"format": data["format"], **{k: _fill(v, hints[k]) for k, v in body.items()}}
    dossier = load(filled)
    assert dossier.wilayah.kode == code
    assert dossier.tim.penanggung_jawab.jabatan.sebutan == titles[1]


def test_every_field_of_the_skeleton_is_explained_in_indonesian() -> None:
    lines = skeleton("32.05").splitlines()
    seen: set[str] = set()
    for number, line in enumerate(lines):
        stripped = line.strip().lstrip("# ").lstrip("- ")
        if ":" not in stripped or stripped.startswith(("Catatan", "Cara", "Periksa")):
            continue
        name = stripped.split(":")[0]
        # a field is a lower-case key; an explanation (a sentence) starts with a capital
        if not name.isidentifier() or name != name.lower() or name in seen or name == "format":
            continue
        seen.add(name)
        above = lines[number - 1].strip()
        assert above.startswith("#") and not above.startswith("# " + name), (name, above)


def test_init_writes_a_file_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "garut.yaml"
    assert main(["init", "--wilayah", "32.05", str(target)]) == 0
    assert "Bupati Garut" in target.read_text("utf-8")
    assert main(["init", "--wilayah", "32.05", str(target)]) == 74
    assert "--force" in capsys.readouterr().err
    assert main(["init", "--wilayah", "99.99", str(tmp_path / "x.yaml")]) == 64


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".yaml"])
def test_convert_keeps_every_fact(suffix: str, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    source = tmp_path / "a.yaml"
    dossier = load_example("kabupaten-banyumas")
    source.write_text(yaml.safe_dump(json.loads(json.dumps(dump(dossier))), allow_unicode=True))
    middle = tmp_path / f"b{suffix}"
    back = tmp_path / "c.json"
    assert main(["convert", str(source), str(middle)]) == 0
    assert main(["convert", str(middle), str(back)]) == 0
    assert load(back) == dossier
    assert main(["convert", str(source), str(middle)]) == 74  # exists: not overwritten
    assert main(["convert", str(source), str(source), "--force"]) == 74  # never over its input


def test_template_with_a_region_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("openpyxl")
    target = tmp_path / "t.xlsx"
    assert main(["template", str(target), "--wilayah", "32.05"]) == 0
    assert main(["validate", str(target)]) == 0
    assert load(target).wilayah.nama == "Kabupaten Garut"


def test_a_warning_prints_but_keeps_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "t.xlsx"
    assert main(["template", str(target), "--wilayah", "32.05"]) == 0
    book = openpyxl.load_workbook(target)
    ws = book["Tim"]
    headers = [c.value for c in ws[1]]
    ws.cell(row=2, column=headers.index("pembentukan.nomor") + 1, value=188)
    book.save(target)
    capsys.readouterr()
    assert main(["validate", str(target)]) == 0
    assert "peringatan / warning" in capsys.readouterr().err


def test_json_output_keeps_paths_while_text_counts_from_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        "format: tkpk-rules/1\nwilayah: {kode: '32.05'}\nrapat_koordinasi:\n"
        "  - tanggal: 2024-01-01\n  - tanggal: 12/03/2024\n"
    )
    with pytest.raises(DocumentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.path == "rapat_koordinasi[1].tanggal"
    assert problem.line == 5
    assert problem.suggestion == "2024-03-12"
    assert "rapat ke-2, baris 5" in problem.describe("id")
    assert "meeting 2, line 5" in problem.describe("en")
    path = tmp_path / "a.yaml"
    path.write_text(text, "utf-8")
    assert main(["check", str(path), str(path), "--format", "json"]) == 2
    (entry, _) = json.loads(capsys.readouterr().out)["masukan"]
    (listed,) = entry["masalah"]["masalah"]
    assert listed["jalur"] == "rapat_koordinasi[1].tanggal"


def test_json_output_keeps_the_line_of_a_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "format: tkpk-rules/1\nwilayah: {kode: '32.05'}\nrapat_koordinasi:\n"
        "  - tanggal: 2024-01-01\n  - tanggal: 12/03/2024\n",
        "utf-8",
    )
    assert main(["check", str(path), "--format", "json"]) == 2
    (entry,) = json.loads(capsys.readouterr().out)["masukan"]
    (listed,) = entry["masalah"]["masalah"]
    assert listed["jalur"] == "rapat_koordinasi[1].tanggal" and listed["baris"] == 5


@given(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(["/", "-", "."]))
def test_a_day_first_date_suggests_itself_and_is_never_taken_silently(
    day: dt.date, sep: str
) -> None:
    written = f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
    assert suggest(written)[0] == day.isoformat()
    document = {
        "format": "tkpk-rules/1",
        "wilayah": {"kode": "32.05"},
        "rapat_koordinasi": [{"tanggal": written}],
    }
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(document))
    assert day.isoformat() in info.value.problems[0].message_id


@pytest.mark.parametrize("word", ["ya", "Ya", "tidak", "TIDAK"])
def test_ya_and_tidak_are_yes_and_no(word: str) -> None:
    dossier = load(
        {
            "format": "tkpk-rules/1",
            "wilayah": {"kode": "32.05"},
            "dokumen": [{"jenis": "rpkd", "disusun_bersama_rpjmd": word}],
        }
    )
    assert dossier.dokumen[0].disusun_bersama_rpjmd is (word.lower() == "ya")


def test_the_help_lists_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("template", "convert", "init"):
        assert name in out


def test_a_csv_table_in_a_yaml_file_is_named_as_such() -> None:
    with pytest.raises(DocumentError) as info:
        loads("kode;nama;ketua\n32.05;Kabupaten Garut;A\n")
    assert "CSV" in info.value.describe("id") and "workbook" in info.value.describe("en")


def test_a_valid_but_unlikely_value_is_kept_and_warned_about_with_its_line() -> None:
    from tkpk_rules.errors import DocumentWarning

    text = (
        "format: tkpk-rules/1\nwilayah: {kode: '32.05'}\ntim:\n  pembentukan:\n    nomor: “188”\n"
    )
    with pytest.warns(DocumentWarning) as caught:
        dossier = loads(text)
    assert dossier.tim.pembentukan.nomor == "“188”"  # nothing changed silently, nor at all
    (warning,) = [w.message for w in caught]
    assert isinstance(warning, DocumentWarning) and warning.problem is not None
    assert warning.problem.line == 5 and warning.problem.suggestion == "188"


def test_warnings_about_one_document_are_bounded() -> None:
    from tkpk_rules.errors import DocumentWarning

    names = ", ".join(f"“{i}”" for i in range(60))
    text = f"format: tkpk-rules/1\nwilayah: {{kode: '32.05'}}\nsumber: [{names}]\n"
    with pytest.warns(DocumentWarning) as caught:
        loads(text)
    assert len(caught) == 21 and "40" in str(caught[-1].message)


def test_a_non_breaking_space_inside_a_text_is_not_blamed() -> None:
    text = (
        "format: tkpk-rules/1\nwilayah:\n  kode: '32.05'\n  nama: Kabupaten\u00a0Garut\n"
        "tim:\n  nama: x\n   keterangan: y\n"
    )
    with pytest.raises(DocumentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.line == 7 and "indentasi" in problem.message_id
