"""A workbook edited the way a clerk edits it loses nothing without a word (2026-12-03).

A metamorphic review changed workbooks in Excel's ways: a sheet copied as ``Rapat (2)``,
a heading cleared, a month typed as "Mei 2025" (Excel keeps the first of May and shows
the month).  Each was read without a word, losing or sharpening what the clerk wrote.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

openpyxl = pytest.importorskip("openpyxl")

from tkpk_rules.errors import DocumentError, NormalisationWarning  # noqa: E402
from tkpk_rules.examples import load_example  # noqa: E402
from tkpk_rules.io import dump, load  # noqa: E402
from tkpk_rules.io.workbook import _shown_parts, write_workbook  # noqa: E402
from tkpk_rules.model import ImpreciseDate  # noqa: E402


def _book(tmp_path: Path) -> Path:
    path = tmp_path / "tim.xlsx"
    write_workbook(str(path), dump(load_example("kabupaten-banyumas")))
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        load(str(path))
    assert "lembar" in str(caught.value)  # the clerk's words name the sheet
    return [f"{p.sheet}!{p.column}: {p.message_id}" for p in caught.value.problems]


def _column(ws: object, header: str) -> int:
    row = next(ws.iter_rows(min_row=1, max_row=1, values_only=True))  # type: ignore[attr-defined]
    return list(row).index(header) + 1


def test_a_copied_sheet_with_rows_is_refused_naming_the_sheet_it_copies(tmp_path: Path) -> None:
    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    copy = book.copy_worksheet(book["Rapat"])
    copy.title = "Rapat (2)"
    book.save(path)
    (problem,) = _problems(path)
    assert "Rapat (2)" in problem and "'Rapat'" in problem


def test_an_empty_sheet_excel_added_is_no_problem(tmp_path: Path) -> None:
    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    book.create_sheet("Sheet1")
    book.save(path)
    assert load(str(path)) == load_example("kabupaten-banyumas")


def test_a_value_under_a_cleared_heading_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    ws = book["Rapat"]
    ws.cell(row=1, column=_column(ws, "jenis")).value = None
    book.save(path)
    (problem,) = _problems(path)
    assert problem.startswith("Rapat!C: ") and "tidak berjudul" in problem


def _month_typed(tmp_path: Path, number_format: str) -> object:
    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    ws = book["Rapat"]
    cell = ws.cell(row=2, column=_column(ws, "tanggal"))
    cell.value = dt.datetime(2025, 5, 1)
    cell.number_format = number_format
    book.save(path)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        d = load(str(path))
    assert d.rapat_koordinasi  # type: ignore[truthy-bool]
    dates = [m.tanggal for m in d.rapat_koordinasi]  # type: ignore[union-attr]
    said = [str(w.message) for w in seen if issubclass(w.category, NormalisationWarning)]
    return dates, said


def test_a_date_shown_as_a_month_is_read_as_that_month(tmp_path: Path) -> None:
    dates, said = _month_typed(tmp_path, "mmmm yyyy")  # type: ignore[misc]
    assert ImpreciseDate(2025, 5) in dates and dt.date(2025, 5, 1) not in dates
    assert any("2025-05" in s and "kolom tanggal" in s for s in said)


def test_a_date_shown_as_a_year_is_read_as_that_year(tmp_path: Path) -> None:
    dates, said = _month_typed(tmp_path, "yyyy")  # type: ignore[misc]
    assert ImpreciseDate(2025) in dates and any("2025" in s for s in said)


def test_a_year_typed_into_a_month_formatted_cell_keeps_its_own_warning(tmp_path: Path) -> None:
    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    ws = book["Rapat"]
    cell = ws.cell(row=2, column=_column(ws, "tanggal"))
    cell.value = 2024  # Excel shows "Juli 1905"
    cell.number_format = "mmmm yyyy"
    book.save(path)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        load(str(path))
    said = " ".join(str(w.message) for w in seen)
    assert "mungkin tahun 2024" in said and "1905-07" not in said.replace("1905-07-16", "")


def test_a_chart_sheet_is_no_problem(tmp_path: Path) -> None:
    path = _book(tmp_path)
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.load_workbook(path)
    chart = BarChart()
    chart.add_data(Reference(book["Rapat"], min_col=1, min_row=1, max_row=3))
    book.create_chartsheet("Grafik").add_chart(chart)
    book.save(path)
    assert load(str(path)) == load_example("kabupaten-banyumas")


def test_a_damaged_workbook_is_not_called_a_word_file(tmp_path: Path) -> None:
    path = _book(tmp_path)
    book = openpyxl.load_workbook(path)
    book.create_chartsheet("Grafik")  # a chart sheet with no chart: openpyxl cannot read it
    book.save(path)
    with pytest.raises(DocumentError) as caught:
        load(str(path))
    assert ".docx" not in str(caught.value) and "bukan berkas .xlsx yang sah" in str(caught.value)


def test_a_date_shown_as_a_day_stays_that_day(tmp_path: Path) -> None:
    dates, said = _month_typed(tmp_path, "yyyy-mm-dd")  # type: ignore[misc]
    assert dt.date(2025, 5, 1) in dates and not said


@pytest.mark.parametrize(
    ("fmt", "parts"),
    [
        ("yyyy-mm-dd", "dmy"),
        ("mmm-yy", "my"),
        ("mmmm yyyy", "my"),
        ("yyyy", "y"),
        ("[$-421]mmmm yyyy;@", "my"),
        ('"Hari" dd mmmm yyyy', "dmy"),
        ("dd/mm/yyyy hh:mm", None),
        ("General", None),
        ("0", None),
    ],
)
def test_the_parts_a_number_format_shows(fmt: str, parts: str | None) -> None:
    assert _shown_parts(fmt) == parts


@given(st.text(alphabet='ymdhs"[]\\ -/;@$0', max_size=20))
def test_reading_a_number_format_never_fails(fmt: str) -> None:
    parts = _shown_parts(fmt)
    assert parts is None or (set(parts) <= set("ymd") and "y" in parts)
