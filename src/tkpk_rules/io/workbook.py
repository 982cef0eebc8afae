"""The fill-in workbook (``.xlsx``): write a template or a dossier, read one back.

Needs the ``excel`` extra (``pip install 'tkpk-rules[excel]'``, which brings
openpyxl); openpyxl is imported only when a workbook is read or written.

The layout is derived from the model (see :mod:`tkpk_rules.io._layout`): every
field of the format has a column or a sheet.  Reading a workbook gives the same
plain document that YAML or JSON would, which then goes through the one loader,
so a workbook is checked exactly as a YAML file is; each problem names the
sheet, row and column it comes from.

Texts that a cell cannot hold exactly (an empty text, spaces at either end, a
leading ``=``, control characters) are written as ``⟦json⟧`` followed by the
text in JSON, and read back exactly.  No clerk needs to write that form.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import warnings
from collections.abc import Mapping
from typing import Any, BinaryIO

import attrs

from tkpk_rules import i18n
from tkpk_rules.errors import DocumentError, NormalisationWarning, Problem
from tkpk_rules.io._layout import (
    EMPTY_LIST_MARK,
    NONE_MARK,
    PRESENT_MARK,
    TEXT_COLUMN,
    Column,
    Layout,
    SheetLayout,
    layout,
    list_item,
    strip_type,
)
from tkpk_rules.io.converter import make_problem
from tkpk_rules.io.limits import DEFAULT_LIMITS, Limits, limit_error
from tkpk_rules.model import FORMAT_V1

__all__ = ["ESCAPE", "read_workbook", "write_workbook"]

ESCAPE = "⟦json⟧"
GUIDE_SHEET = "Petunjuk"
CHOICES_SHEET = "Pilihan"
#: How many rows of a template sheet are formatted and given drop-downs (beyond those filled).
TEMPLATE_ROWS = 200

_ILLEGAL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_"
)
#: What XML cannot hold even in an escaped cell: written as JSON's ``\\uXXXX``.
_NOT_XML = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
_MARKS = frozenset({NONE_MARK, PRESENT_MARK, EMPTY_LIST_MARK})
EXCEL_FIRST_DAY = dt.date(1900, 3, 1)
#: Day 0 of Excel's serial numbers (for days after February 1900).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: The most characters one cell holds (Excel's own limit; openpyxl would cut the rest).
CELL_MAX = 32_767
_LETAK = "letak"
#: Columns read beyond a sheet's own, so that a misspelt header is reported, not skipped.
EXTRA_COLUMNS = 20
_SEGMENT = re.compile(r"([a-z_][a-z0-9_]*)(?:#(\d+))?")


def _words(key: str, **params: object) -> tuple[str, str]:
    """The ``workbook.*`` message ``key`` in Indonesian and English, filled as given."""
    words = i18n.MESSAGES[key]
    return words.id.format(**params), words.en.format(**params)


def _both(key: str, **params: object) -> str:
    """The message in one text, as a problem's detail carries it: ``"<id> / <en>"``."""
    return " / ".join(_words(key, **params))


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise DocumentError(
            [
                make_problem(
                    "",
                    "file",
                    detail=_both("workbook.needs_excel"),
                )
            ]
        ) from None
    return openpyxl


# ---------------------------------------------------------------------------- cells


def _safe_text(text: str) -> bool:
    return (
        text != ""
        and text == text.strip()
        and not text.startswith(("=", ESCAPE))
        and "\r" not in text
        and text not in _MARKS
        and text not in _EXCEL_ERRORS  # else read back as a formula that failed
        and _ILLEGAL.search(text) is None
    )


def _escaped(value: Any) -> str:
    """``value`` as an escaped cell; noncharacters and lone surrogates as ``\\uXXXX``."""
    text = json.dumps(value, ensure_ascii=False)
    return ESCAPE + _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _text_cell(text: str) -> str:
    return text if _safe_text(text) else _escaped(text)


def _encode(column: Column, value: Any) -> Any:
    if value is None:
        return NONE_MARK
    kind = column.kind
    if kind == "bool":
        return "ya" if value is True else "tidak" if value is False else _text_cell(str(value))
    if kind == "date":
        if isinstance(value, int) and not isinstance(value, bool):
            return value  # a year alone: a number, formatted as one (see _date_format)
        if isinstance(value, str) and len(value) != 10:
            return _text_cell(value)  # a month alone ("2024-05"): text, never a day
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        # Excel counts days from 1900 (and has a false 29 February 1900): earlier days as text.
        return day if day >= EXCEL_FIRST_DAY else day.isoformat()
    if kind == "list":
        items = list(value)
        texts = [str(i) for i in items]
        plain = (
            items
            and column.item_kind in ("text", "enum")
            and all(isinstance(i, str) and _safe_text(i) and "\n" not in i for i in items)
        )
        if plain:
            return "\n".join(texts)
        return _escaped(items)
    if isinstance(value, str):
        return _text_cell(value)
    return value


# ---------------------------------------------------------------------------- writing


def _letak_of(parts: list[str | int]) -> str:
    """``["tim", "kelompok_kerja", 1, "anggota"]`` -> ``tim.kelompok_kerja#2.anggota``."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, int):
            out[-1] += f"#{part + 1}"
        else:
            out.append(part)
    return ".".join(out)


def _get(obj: Mapping[str, Any], key: tuple[str, ...]) -> tuple[bool, Any]:
    value: Any = obj
    for name in key:
        if not isinstance(value, Mapping) or name not in value:
            return False, None
        value = value[name]
    return True, value


class _Writer:
    def __init__(self, lay: Layout) -> None:
        self.layout = lay
        self.rows: dict[str, list[tuple[str, list[Any]]]] = {s.name: [] for s in lay.sheets}
        self.problems: list[Problem] = []

    def fits(self, cell: Any, parts: list[str | int]) -> None:
        """A text longer than a cell holds is refused, never cut (Excel would cut it)."""
        if isinstance(cell, str) and len(cell) > CELL_MAX:
            self.problems.append(
                Problem(
                    path=_path(parts),
                    code="too_long_for_a_cell",
                    message_id=_words(
                        "workbook.too_long_for_a_cell", length=len(cell), most=CELL_MAX
                    )[0],
                    message_en=_words(
                        "workbook.too_long_for_a_cell", length=len(cell), most=CELL_MAX
                    )[1],
                )
            )

    def emit(self, sheet: SheetLayout, obj: Any, parts: list[str | int]) -> None:
        letak_parts = parts[:-1] if parts and isinstance(parts[-1], int) else parts
        if isinstance(obj, str) and sheet.text_column is not None:  # an item written as text
            cell = _encode(sheet.text_column, obj)
            self.fits(cell, parts)
            row = [cell if c is sheet.text_column else None for c in sheet.columns]
            self.rows[sheet.name].append((_letak_of(letak_parts), row))
            return
        cells: list[Any] = []
        for column in sheet.columns:
            if column is sheet.text_column:
                cells.append(None)
                continue
            present, value = _get(obj, column.key)
            if column.kind != "status":
                cell = _encode(column, value) if present else None
                self.fits(cell, [*parts, *column.key])
                cells.append(cell)
                continue
            cells.append(self._status(sheet, column, obj, present, value, cells))
        self.rows[sheet.name].append((_letak_of(letak_parts), cells))
        if sheet.cls is not None and isinstance(obj, Mapping):
            self._children(sheet.cls, obj, parts)

    def _status(
        self,
        sheet: SheetLayout,
        column: Column,
        obj: Mapping[str, Any],
        present: bool,
        value: Any,
        cells: list[Any],
    ) -> Any:
        if not present:
            return None
        if value is None:
            return NONE_MARK
        if isinstance(value, list):
            return EMPTY_LIST_MARK if not value else None
        # An object spread over columns: "ada" when none of its cells says it is there.
        if column.item_kind != "inline":
            return None
        n = len(column.key)
        shown = any(
            cell is not None
            for other, cell in zip(sheet.columns, cells, strict=False)
            if other.key[:n] == column.key and len(other.key) > n
        )
        return None if shown else PRESENT_MARK

    def _children(self, cls: type, obj: Mapping[str, Any], parts: list[str | int]) -> None:
        import typing

        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            if field.name not in obj:
                continue
            value = obj[field.name]
            inner, _, _ = strip_type(hints[field.name])
            item = list_item(inner)
            here = [*parts, field.name]
            if item is not None:
                if isinstance(value, list):
                    if attrs.has(item):
                        target = self.layout.sheet_for(item)
                        for i, sub in enumerate(value):
                            self.emit(target, sub, [*here, i])
                    elif cls is self.layout.sheets[0].cls and not parts:
                        list_sheet = self.layout.list_sheet(field.name)
                        assert list_sheet.item_column is not None
                        for i, sub in enumerate(value):
                            cell = _encode(list_sheet.item_column, sub)
                            self.fits(cell, [*here, i])
                            self.rows[list_sheet.name].append(("", [cell]))
            elif attrs.has(inner) and isinstance(value, Mapping):
                if inner in self.layout.own_sheet:
                    self.emit(self.layout.sheet_for(inner), value, here)
                else:
                    self._children(inner, value, here)


def _setting_unsafe(cell: Any, value: Any) -> None:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with


def write_workbook(
    path: str | BinaryIO,
    document: Mapping[str, Any] | None = None,
    *,
    spare_rows: int = TEMPLATE_ROWS,
) -> None:
    """Write ``document`` (a plain document, as :func:`tkpk_rules.io.dump` gives) as a workbook.

    With no document, an empty template is written.  ``spare_rows`` empty rows
    below the filled ones are formatted (dates, text) and given drop-downs.
    """
    openpyxl = _openpyxl()
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from tkpk_rules.io import _field_help

    lay = layout()
    writer = _Writer(lay)
    if document is not None:
        body = {k: v for k, v in document.items() if k != "format"}
        writer.emit(lay.sheets[0], body, [])
        if writer.problems:
            raise DocumentError(writer.problems, source=path if isinstance(path, str) else None)
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = GUIDE_SHEET
    _write_guide(guide, lay)
    choices = book.create_sheet(CHOICES_SHEET)
    ranges = _write_choices(choices, lay)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    status_fill = PatternFill("solid", fgColor="EDEDED")
    for sheet in lay.sheets:
        ws = book.create_sheet(sheet.name)
        headers: list[tuple[str, Column | None]] = []
        if sheet.has_letak:
            headers.append((_LETAK, None))
        headers.extend((c.header, c) for c in sheet.columns)
        for index, (header, column) in enumerate(headers, start=1):
            cell = ws.cell(row=1, column=index, value=header)
            cell.font = bold
            cell.fill = status_fill if column is not None and column.kind == "status" else head_fill
            text_id, text_en = _field_help.describe_column(sheet, column)
            comment = Comment(f"{text_id}\n\nEN: {text_en}", "tkpk-rules")
            comment.width, comment.height = 320, 160
            cell.comment = comment
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = max(12, min(40, len(header) + 4))
        rows = writer.rows[sheet.name]
        last = max(len(rows) + max(spare_rows, 0) + 1, 2)
        for index, (_header, column) in enumerate(headers, start=1):
            letter = get_column_letter(index)
            span = f"{letter}2:{letter}{last}"
            if column is None:
                if len(sheet.locations) > 1:
                    formula = f"{CHOICES_SHEET}!{ranges['letak:' + sheet.name]}"
                    _validation(ws, DataValidation, formula, span)
                continue
            _format_column(ws, column, index, span, last, ranges, DataValidation)
        for r, (letak, cells) in enumerate(rows, start=2):
            offset = 1
            if sheet.has_letak:
                _setting_unsafe(ws.cell(row=r, column=1), letak)
                offset = 2
            for c, value in enumerate(cells):
                if value is not None:
                    cell = ws.cell(row=r, column=c + offset)
                    _setting_unsafe(cell, value)
                    if sheet.columns[c].kind == "date" and not isinstance(value, dt.date):
                        # A year (2024) or month ("2024-05") alone: not shown as a day.
                        cell.number_format = "0" if isinstance(value, int) else "@"
                    if isinstance(value, str) and "\n" in value:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
    book.save(path)


def _validation(ws: Any, dv_class: Any, formula: str, span: str, *, strict: bool = False) -> None:
    dv = dv_class(type="list", formula1=formula, allow_blank=True)
    dv.errorStyle = "stop" if strict else "warning"
    dv.error = _both("workbook.pick_from_list")
    dv.errorTitle = "tkpk-rules"
    dv.add(span)
    ws.add_data_validation(dv)


def _format_column(
    ws: Any,
    column: Column,
    index: int,
    span: str,
    last: int,
    ranges: dict[str, str],
    dv_class: Any,
) -> None:
    fmt = {"date": "yyyy-mm-dd", "text": "@", "enum": "@", "list": "@"}.get(column.kind)
    if fmt is not None:
        for r in range(2, last + 1):
            ws.cell(row=r, column=index).number_format = fmt
    if column.kind == "enum":
        _validation(ws, dv_class, f"{CHOICES_SHEET}!{ranges[column.enum_name]}", span)
    elif column.kind == "bool":
        words = "ya,tidak" + (f",{NONE_MARK}" if column.nullable else "")
        _validation(ws, dv_class, f'"{words}"', span)
    elif column.kind == "status":
        options = [NONE_MARK] if column.nullable else []
        options += [EMPTY_LIST_MARK] if _is_list_status(column) else [PRESENT_MARK]
        _validation(ws, dv_class, '"' + ",".join(options) + '"', span)


def _is_list_status(column: Column) -> bool:
    return column.kind == "status" and column.item_kind == "list"


def _write_choices(ws: Any, lay: Layout) -> dict[str, str]:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lists: dict[str, tuple[str, ...]] = {}
    # A clerk reads the columns' own headers above each list, not the library's enum names.
    titles: dict[str, list[str]] = {}
    for sheet in lay.sheets:
        for column in sheet.columns:
            if column.enum_name and column.kind == "enum":
                lists.setdefault(column.enum_name, column.choices)
                seen = titles.setdefault(column.enum_name, [])
                header = f"{sheet.name}: {column.header}"
                if header not in seen:
                    seen.append(header)
        if len(sheet.locations) > 1:
            lists["letak:" + sheet.name] = tuple(p.replace("[*]", "#1") for p in sheet.locations)
            titles["letak:" + sheet.name] = [f"{_LETAK} ({sheet.name})"]
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        shown = titles.get(name, [name])
        title = "; ".join(shown[:3]) + ("; …" if len(shown) > 3 else "")
        ws.cell(row=1, column=index, value=title).font = Font(bold=True)
        for r, value in enumerate(values, start=2):
            ws.cell(row=r, column=index, value=value)
        ws.column_dimensions[letter].width = max(14, max(len(v) for v in values) + 2)
        ranges[name] = f"${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _write_guide(ws: Any, lay: Layout) -> None:
    from openpyxl.styles import Alignment, Font

    from tkpk_rules import i18n
    from tkpk_rules.io._field_help import GUIDE_LINES

    ws.column_dimensions["A"].width = 110
    for r, line in enumerate(GUIDE_LINES, start=1):
        cell = ws.cell(row=r, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1:
            cell.font = Font(bold=True, size=14)
    start = len(GUIDE_LINES) + 2
    sheets = i18n.MESSAGES["workbook.guide.sheets"]
    ws.cell(row=start, column=1, value=f"{sheets.id} / {sheets.en}:").font = Font(bold=True)
    document = i18n.MESSAGES["workbook.guide.document"].id
    for i, sheet in enumerate(lay.sheets, start=1):
        where = ", ".join(p.replace("[*]", "#n") for p in sheet.locations if p) or document
        ws.cell(row=start + i, column=1, value=f"{sheet.name}: {where}")


# ---------------------------------------------------------------------------- reading


@attrs.frozen
class _Cell:
    sheet: str
    row: int
    column: str | None


def _warn(where: _Cell, text_id: str, text_en: str) -> None:
    place = f"lembar {where.sheet}, baris {where.row}" + (
        f", kolom {where.column}" if where.column else ""
    )
    warnings.warn(NormalisationWarning(f"{place}: {text_id} / {text_en}"), stacklevel=3)


#: What Excel shows in a cell whose formula failed (openpyxl reads them as this text).
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


def _unescape(text: str) -> Any:
    """The JSON after the escape mark; a key written twice is refused, not dropped."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(items)
        if len(found) != len(items):
            raise ValueError(items)  # a key twice: refused as the cell's bad JSON
        return found

    return json.loads(text[len(ESCAPE) :], object_pairs_hook=pairs)


def _decode(column: Column, value: Any, where: _Cell, problems: list[Problem]) -> Any:
    """A cell's value as a document value (``_MISSING`` for an empty cell)."""
    if value is None or value == "":
        return _MISSING
    if isinstance(value, str) and value.startswith(ESCAPE):
        try:
            return _unescape(value)
        except (ValueError, RecursionError):  # not JSON, a key twice, nested too deep
            detail = _both("workbook.bad_json", escape=ESCAPE)
            problems.append(_at(make_problem("", "syntax", detail=detail), where))
            return _MISSING
    if isinstance(value, str) and value in _EXCEL_ERRORS:
        # A formula that failed (#REF!, #N/A...): the value the clerk meant is not there.
        detail = _both("workbook.error_cell", value=value)
        problems.append(_at(make_problem("", "syntax", detail=detail), where))
        return _MISSING
    if column.nullable and value == NONE_MARK:
        return None
    kind = column.kind
    if kind == "date" and isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            serial = (value.date() - _EXCEL_EPOCH).days
            if 1945 <= serial <= 2100:
                # A year typed into a cell formatted as a date shows as a day of 1905.
                _warn(where, *_words("workbook.year_as_date", day=value.date(), year=serial))
            return value.date()
        return value
    if kind in ("int", "date") and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == "text" and isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        _warn(where, *_words("workbook.number_as_text", number=repr(value), text=repr(text)))
        return text
    if kind == "text" and isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time(0, 0) else value.isoformat()
        _warn(where, *_words("workbook.date_as_text", text=repr(text)))
        return text
    if kind == "list" and isinstance(value, str):
        lines = [line.rstrip("\r") for line in value.split("\n")]
        kept = [line for line in lines if line.strip()]
        if len(kept) != len(lines):
            _warn(where, *_words("workbook.blank_lines", count=len(lines) - len(kept)))
        return kept
    return value


class _Missing:
    pass


def _short(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


_MISSING: Any = _Missing()


def _set(obj: dict[str, Any], key: tuple[str, ...], value: Any) -> None:
    for name in key[:-1]:
        obj = obj.setdefault(name, {})
        if not isinstance(obj, dict):  # recorded as none, yet a cell below it is filled
            return
    obj[key[-1]] = value


def _path(parts: list[str | int]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out = f"{out}.{part}" if out else part
    return out


class _Reader:
    def __init__(self, lay: Layout) -> None:
        self.layout = lay
        self.problems: list[Problem] = []
        self.cells: dict[str, _Cell] = {}
        self.marked: set[str] = set()  # lists a status cell recorded as empty
        self.limits = DEFAULT_LIMITS

    def problem(self, where: _Cell, code: str, **params: Any) -> None:
        self.problems.append(_at(make_problem("", code, **params), where))

    def row_object(
        self, sheet: SheetLayout, values: list[Any], headers: dict[int, str], row: int
    ) -> tuple[Any, dict[tuple[str, ...], _Cell], list[tuple[str, ...]]]:
        """The row's object (or text), the cell of each of its keys, and the lists marked empty."""
        obj: dict[str, Any] = {}
        where: dict[tuple[str, ...], _Cell] = {}
        by_header = {c.header: c for c in sheet.columns}
        statuses: list[tuple[Column, str, _Cell]] = []
        marks: list[tuple[str, ...]] = []
        for index, header in headers.items():
            column = by_header.get(header)
            if column is None or index >= len(values):
                continue
            cell = _Cell(sheet.name, row, header)
            if column.kind == "status":
                raw = values[index]
                if raw not in (None, ""):
                    statuses.append((column, str(raw).strip(), cell))
                continue
            decoded = _decode(column, values[index], cell, self.problems)
            where[column.key] = cell  # also when empty: a missing value is placed here
            if decoded is not _MISSING:
                _set(obj, column.key, decoded)
        for column, mark, cell in statuses:
            present, _ = _get(obj, column.key)
            if mark == NONE_MARK and column.nullable and not present:
                _set(obj, column.key, None)
            elif mark == PRESENT_MARK and not _is_list_status(column):
                if not present:
                    _set(obj, column.key, {})
            elif mark == EMPTY_LIST_MARK and _is_list_status(column):
                _set(obj, column.key, [])
                marks.append(column.key)
            else:
                allowed = ([NONE_MARK] if column.nullable else []) + (
                    [EMPTY_LIST_MARK] if _is_list_status(column) else [PRESENT_MARK]
                )
                self.problem(cell, "bad_value", found=mark, allowed=", ".join(allowed))
                continue
            where[column.key] = cell
        return self._text_or_object(sheet, obj, where, row), where, marks

    def _text_or_object(
        self, sheet: SheetLayout, obj: dict[str, Any], where: _Where, row: int
    ) -> Any:
        """A row that fills only ``teks`` is that text; one that fills more is refused."""
        text_column = sheet.text_column
        if text_column is None or TEXT_COLUMN not in obj:
            return obj
        text = obj.pop(TEXT_COLUMN)
        cell = where.pop(text_column.key)
        if not obj:
            where[()] = cell
            return text
        others = ", ".join(sorted({".".join(k) for k in where if k and k[0] in obj}))
        self.problem(
            cell,
            "syntax",
            detail=_both(
                "workbook.text_and_columns", row=row, text_column=TEXT_COLUMN, others=others
            ),
        )
        return obj


def _at(problem: Problem, where: _Cell) -> Problem:
    return attrs.evolve(problem, sheet=where.sheet, row=where.row, column=where.column)


#: A workbook is zipped XML: its unpacked size may be this many times ``Limits.max_bytes``.
UNPACKED_FACTOR = 25


def _check_unpacked(path: str, limits: Limits) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return  # openpyxl says what is wrong with the file
    bound = limits.max_bytes * UNPACKED_FACTOR
    if unpacked > bound:
        raise limit_error("", "max_bytes", unpacked, bound, source=path)


def _not_a_workbook(path: str, exc: Exception) -> str:
    """Why ``path`` is no workbook, in a clerk's words where its first bytes tell."""
    from tkpk_rules.io._yaml_errors import OLE_MAGIC, ZIP_MAGIC

    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        head = b""
    if head.startswith(OLE_MAGIC):
        return _both("workbook.not_xlsx_ole")
    if head.startswith(ZIP_MAGIC) and not _holds_workbook(path):
        return _both("workbook.not_xlsx_zip")
    if head and (b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        # Text of any encoding (UTF-8, ANSI, Notepad's UTF-16): no workbook at all.
        return _both("workbook.not_xlsx_text")
    return _both("workbook.not_xlsx", error=exc)


def _holds_workbook(path: str) -> bool:
    """Whether a ZIP archive may be a damaged workbook: one cut off (it cannot be opened
    as an archive), or one holding Excel's parts (``xl/...``)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return any(name.startswith("xl/") for name in archive.namelist())
    except zipfile.BadZipFile:
        return True
    except OSError:
        return False


class _BrokenSheet(Exception):
    """A sheet whose XML cannot be parsed; :func:`read_workbook` names the file."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


def _cell_value(cell: Any, sheet: str, heads: list[Any]) -> Any:
    """A cell's value; a date Excel shows as a month or a year only is that month or year.

    A clerk who types "Mei 2025" gets the first of May stored, shown as a month: the
    record knows the month, not the day, so it is read as ``2025-05`` (with a warning),
    never as an invented first of the month.
    """
    value = cell.value
    if type(value) is not dt.datetime or value.time() != dt.time(0, 0):
        return value
    shown = _shown_parts(getattr(cell, "number_format", "") or "")
    if shown is None or "d" in shown:
        return value
    if 1945 <= (value.date() - _EXCEL_EPOCH).days <= 2100:
        # A year typed into a cell formatted as a date ("Juli 1905"): the reader's own
        # warning says so (``workbook.year_as_date``), the month would be wrong.
        return value
    said: str | int = f"{value.year:04d}-{value.month:02d}" if "m" in shown else value.year
    index = (getattr(cell, "column", 0) or 0) - 1
    head = heads[index] if 0 <= index < len(heads) else None
    column = str(head).strip() if head not in (None, "") else getattr(cell, "column_letter", None)
    where = _Cell(sheet, getattr(cell, "row", 0) or 0, column)
    _warn(where, *_words("workbook.month_format", day=value.date(), text=said))
    return said


def _shown_parts(number_format: str) -> str | None:
    """The date parts a number format shows (``y``, ``m``, ``d``); ``None`` if it shows none.

    Quoted text, escaped characters and ``[...]`` (colours, locales) are no parts; a format
    with hours, minutes or seconds (``h``, ``s``) is a time and left alone.
    """
    fmt = number_format.split(";", 1)[0].lower()
    fmt = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", fmt)
    if "h" in fmt or "s" in fmt:
        return None
    parts = "".join(sorted({c for c in fmt if c in "ymd"}))
    return parts if "y" in parts else None


def _sheet_values(ws: Any, name: str, width: int, limits: Limits) -> list[list[Any]]:
    """The rows of a sheet, at most ``width`` cells each (beyond the headers, nothing is read).

    Rows with something in them are bounded by ``limits.max_items``; all rows,
    empty ones included (a template formats many), by ``limits.max_nodes``.
    """
    from tkpk_rules.errors import LimitExceededError
    from tkpk_rules.io.limits import limit_problem

    rows: list[list[Any]] = []
    filled = seen = 0
    try:
        heads: list[Any] = []
        for cells in ws.iter_rows(max_col=width):
            row = [_cell_value(c, name, heads) for c in cells]
            if not seen:
                heads = row
            seen += 1
            if all(v in (None, "") for v in row):
                if seen > limits.max_nodes:
                    bound, found, limit = "max_nodes", seen, limits.max_nodes
                    break
                rows.append([])
                continue
            filled += 1
            if filled > limits.max_items + 1:  # the header row is not an entry
                bound, found, limit = "max_items", filled - 1, limits.max_items
                break
            rows.append(list(row))
        else:
            return rows
    except (SyntaxError, ValueError, KeyError, IndexError, TypeError) as exc:
        # A sheet's XML is read only now (read-only mode): broken or cut off, the
        # workbook is as unreadable as one whose workbook.xml is (``not_xlsx``).
        error = f"{type(exc).__name__}: {exc}"
        detail = _both("workbook.not_xlsx", error=error)
        raise _BrokenSheet(
            attrs.evolve(make_problem("", "file", detail=detail), sheet=name)
        ) from None
    problem = attrs.evolve(limit_problem("", bound, found, limit), sheet=name)
    raise LimitExceededError([problem])


def read_workbook(
    path: str, *, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any], dict[str, tuple[str, int, str | None]]]:
    """The plain document a workbook holds, and where each path of it was read.

    Raises :class:`DocumentError` when the workbook cannot be placed into a
    document (an unknown ``letak``, a sheet missing...); problems with the values
    themselves are for the loader to find.  Before anything is parsed, the
    unpacked size of the workbook is bounded (:data:`UNPACKED_FACTOR` times
    ``limits.max_bytes``: a zip bomb is refused), and each sheet may hold at most
    ``limits.max_items`` rows; XML is parsed with defusedxml when it is installed
    (the ``excel`` extra installs it), so entity tricks are refused too.
    """
    openpyxl = _openpyxl()
    _check_unpacked(path, limits)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a zip that is no workbook, a locked file...
        raise DocumentError(
            [make_problem("", "file", detail=_not_a_workbook(path, exc))], source=path
        ) from None
    lay = layout()
    reader = _Reader(lay)
    reader.limits = limits
    try:
        document = _read(book, lay, reader)
    except _BrokenSheet as exc:
        raise DocumentError([exc.problem], source=path) from None
    finally:
        book.close()
    if reader.problems:
        raise DocumentError(reader.problems, source=path)
    spots = {p: (c.sheet, c.row, c.column) for p, c in reader.cells.items()}
    # The layout is that of format 1: a workbook states its format by being one.
    return {"format": FORMAT_V1, **document}, spots


def _headers(sheet: SheetLayout, header_row: list[Any], reader: _Reader) -> dict[int, str]:
    known = {c.header for c in sheet.columns} | ({_LETAK} if sheet.has_letak else set())
    found: dict[int, str] = {}
    for index, value in enumerate(header_row):
        if value in (None, ""):
            continue
        name = str(value).strip()
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = _words("workbook.did_you_mean", close=repr(close[0])) if close else ("", "")
            reader.problem(
                _Cell(sheet.name, 1, name),
                "unknown_key",
                key=name,
                hint_id=hint[0],
                hint_en=hint[1],
            )
            continue
        if name in found.values():
            # Two columns of one field: neither value may silently win.
            first = next(i for i, n in found.items() if n == name)
            from openpyxl.utils import get_column_letter

            detail = _both(
                "workbook.duplicate_header",
                name=name,
                first=get_column_letter(first + 1),
                second=get_column_letter(index + 1),
            )
            reader.problem(_Cell(sheet.name, 1, name), "syntax", detail=detail)
            continue
        found[index] = name
    return found


def _letak_hint(lay: Layout, pattern: str) -> dict[str, str]:
    """Words for a ``letak`` left empty where the place must be numbered."""
    example = pattern.replace("[*]", "#1")
    parent = pattern[: pattern.index("[*]")]
    owner = next((s.name for s in lay.sheets if parent in s.locations), parent)
    return {"example": example, "owner": owner}


_Where = dict[tuple[str, ...], _Cell]
_Marks = list[tuple[str, ...]]


def _read(book: Any, lay: Layout, reader: _Reader) -> dict[str, Any]:
    root: dict[str, Any] = {}
    seen_root = False
    pending: list[tuple[int, int, int, SheetLayout, str, Any, _Where, _Marks]] = []
    for order, sheet in enumerate(lay.sheets):
        if sheet.name not in book.sheetnames:
            if sheet.is_root:
                reader.problem(_Cell(sheet.name, 1, None), "missing")
            continue
        width = len(sheet.columns) + 1 + EXTRA_COLUMNS
        rows = _sheet_values(book[sheet.name], sheet.name, width, reader.limits)
        if not rows:
            continue
        headers = _headers(sheet, rows[0], reader)
        unheaded = [i for i in range(width) if i >= len(rows[0]) or rows[0][i] in (None, "")]
        for r, values in enumerate(rows[1:], start=2):
            if all(v in (None, "") for v in values):
                continue
            for i in unheaded:
                if i < len(values) and values[i] not in (None, ""):
                    from openpyxl.utils import get_column_letter

                    detail = _both("workbook.no_header", value=_short(values[i]))
                    reader.problem(
                        _Cell(sheet.name, r, get_column_letter(i + 1)), "syntax", detail=detail
                    )
                    unheaded.remove(i)  # one problem per column is enough
                    break
            if sheet.cls is None:
                assert sheet.item_column is not None
                cell = _Cell(sheet.name, r, sheet.item_column.header)
                idx = next((i for i, h in headers.items() if h == sheet.item_column.header), None)
                if idx is None or idx >= len(values):
                    continue
                value = _decode(sheet.item_column, values[idx], cell, reader.problems)
                if value is _MISSING:
                    continue
                items = root.setdefault(sheet.default_location, [])
                if sheet.default_location in reader.marked and not items:
                    detail = _both(
                        "workbook.marked_empty_sheet",
                        location=sheet.default_location,
                        empty=EMPTY_LIST_MARK,
                    )
                    reader.problem(cell, "syntax", detail=detail)
                    continue
                if isinstance(items, list):
                    reader.cells[_path([sheet.default_location, len(items)])] = cell
                    items.append(value)
                continue
            obj, where, marks = reader.row_object(sheet, values, headers, r)
            if sheet.is_root:
                if seen_root:
                    detail = _both("workbook.one_row_only")
                    reader.problem(_Cell(sheet.name, r, None), "syntax", detail=detail)
                    continue
                seen_root = True
                root.update(obj)
                for key, cell in where.items():
                    reader.cells[".".join(key)] = cell
                reader.marked.update(".".join(key) for key in marks)
                continue
            letak = ""
            if sheet.has_letak:
                idx = next((i for i, h in headers.items() if h == _LETAK), None)
                raw = values[idx] if idx is not None and idx < len(values) else None
                letak = str(raw).strip() if raw not in (None, "") else sheet.default_location
                if raw in (None, "") and "[*]" in letak:
                    reader.problem(
                        _Cell(sheet.name, r, _LETAK), "letak_missing", **_letak_hint(lay, letak)
                    )
                    continue
            depth = letak.count(".") + letak.count("#")
            pending.append((depth, order, r, sheet, letak, obj, where, marks))
    _unknown_sheets(book, lay, reader)
    root_sheet = lay.sheets[0]
    for column in root_sheet.columns:  # a missing part of the record is placed on row 2
        for n in range(1, len(column.key) + 1):
            spot = _Cell(root_sheet.name, 2, column.header)
            reader.cells.setdefault(".".join(column.key[:n]), spot)
    pending.sort(key=lambda p: (p[0], p[1], p[2]))
    for _, _, r, sheet, letak, obj, where, marks in pending:
        _place(root, sheet, letak, (obj, where, marks), _Cell(sheet.name, r, None), reader)
    return root


def _unknown_sheets(book: Any, lay: Layout, reader: _Reader) -> None:
    """A sheet the layout does not have (``Rapat (2)``, ``Rapat 2025``) and that holds
    something is a problem: its rows would be lost without a word."""
    known = [s.name for s in lay.sheets]
    for name in book.sheetnames:
        if name in known or name in (GUIDE_SHEET, CHOICES_SHEET):
            continue
        if not hasattr(book[name], "iter_rows"):
            continue  # a chart sheet holds no rows to lose
        rows = _sheet_values(book[name], name, EXTRA_COLUMNS * 2, reader.limits)
        if not any(rows):
            continue  # an empty sheet Excel added: nothing to lose
        base = re.sub(r"\s*\(\d+\)$", "", name).strip()
        close = [base] if base in known else difflib.get_close_matches(base, known, n=1)
        hint = _words("workbook.sheet_hint", close=repr(close[0])) if close else ("", "")
        detail = _both(
            "workbook.unknown_sheet",
            name=name,
            known=", ".join(known),
            hint_id=hint[0],
            hint_en=hint[1],
        )
        reader.problem(_Cell(name, 1, None), "syntax", detail=detail)


def pattern_of(letak: str) -> str:
    """``tim.kelompok_kerja#2.anggota`` -> ``tim.kelompok_kerja[*].anggota``."""
    segments = [_SEGMENT.fullmatch(part) for part in letak.split(".")]
    return ".".join((m.group(1) + ("[*]" if m.group(2) else "")) if m else "?" for m in segments)


def _place(
    root: dict[str, Any],
    sheet: SheetLayout,
    letak: str,
    row: tuple[Any, _Where, _Marks],
    cell: _Cell,
    reader: _Reader,
) -> None:
    obj, where, marks = row
    if isinstance(obj, str) and pattern_of(letak) not in sheet.text_locations:
        text_cell = where.get((), cell)
        reader.problem(
            text_cell,
            "syntax",
            detail=_both("workbook.no_plain_text", letak=repr(letak), text_column=TEXT_COLUMN),
        )
        return
    segments = [_SEGMENT.fullmatch(part) for part in letak.split(".")]
    pattern = ".".join((m.group(1) + ("[*]" if m.group(2) else "")) if m else "?" for m in segments)
    letak_cell = attrs.evolve(cell, column=_LETAK)
    if pattern not in sheet.locations or any(m is None for m in segments):
        shown = [p.replace("[*]", "#1") for p in sheet.locations]
        close = difflib.get_close_matches(letak, shown, n=1)
        hint = _words("workbook.did_you_mean", close=repr(close[0])) if close else ("", "")
        reader.problem(
            letak_cell,
            "bad_value",
            found=letak,
            allowed=", ".join(shown),
            hint_id=hint[0],
            hint_en=hint[1],
        )
        return
    container: Any = root
    parts: list[str | int] = []
    for m in segments[:-1]:
        assert m is not None
        name, number = m.group(1), m.group(2)
        parts.append(name)
        if number is None:
            nxt = container.setdefault(name, {})
        else:
            items = container.get(name)
            index = int(number) - 1
            if not isinstance(items, list) or not 0 <= index < len(items):
                count = len(items) if isinstance(items, list) else 0
                reader.problem(
                    letak_cell,
                    "syntax",
                    detail=_both(
                        "workbook.no_such_row",
                        letak=repr(letak),
                        name=name,
                        number=number,
                        count=count,
                    ),
                )
                return
            parts.append(index)
            nxt = items[index]
        if not isinstance(nxt, dict):
            detail = (
                _both(
                    "workbook.row_is_text",
                    letak=repr(letak),
                    name=name,
                    number=number,
                    text_column=TEXT_COLUMN,
                )
                if isinstance(nxt, str)
                else _both("workbook.recorded_none", letak=repr(letak), name=name, none=NONE_MARK)
            )
            reader.problem(letak_cell, "syntax", detail=detail)
            return
        container = nxt
    last = segments[-1]
    assert last is not None
    name = last.group(1)
    is_list = pattern in sheet.list_locations
    parts.append(name)
    if is_list:
        items = container.setdefault(name, [])
        if not isinstance(items, list) or (not items and _path(parts) in reader.marked):
            reader.problem(
                letak_cell,
                "syntax",
                detail=_both(
                    "workbook.marked_empty_list",
                    letak=repr(letak),
                    empty=EMPTY_LIST_MARK,
                    none=NONE_MARK,
                ),
            )
            return
        parts.append(len(items))
        items.append(obj)
    else:
        if name in container and container[name] != {}:
            reader.problem(
                letak_cell, "syntax", detail=_both("workbook.given_twice", letak=repr(letak))
            )
            return
        container[name] = obj
    base = _path(parts)
    reader.cells[base] = where.get((), cell)
    for key, spot in where.items():
        if not key:
            continue
        reader.cells[base + "." + ".".join(key)] = spot
    reader.marked.update(base + "." + ".".join(key) for key in marks)
