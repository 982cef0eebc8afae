"""The workbook's layout, derived from the model's type hints (no field is listed by hand).

A dossier is laid out on sheets as follows:

* the dossier itself is the one row of the sheet ``Wilayah``;
* a class that appears as the item of a list anywhere in the model (members,
  teams, meetings...), or that is a large part of the dossier itself (the
  secretariat), has a sheet of its own: one row per object, with a column
  ``letak`` saying where in the record the object sits (``tim.ketua``,
  ``tim.anggota``, ``tim.kelompok_kerja#2.anggota``: ``#2`` is the second row
  with that letak, counted from 1);
* any other object (an office, an instrument, a period) is spread over
  columns of its parent's row, named by dotted paths (``jabatan.jenis``);
* a list whose items are either a plain text or an object (``str | Member``:
  a meeting's attendee written as a name, or in columns) uses the class's
  sheet with one more column, ``teks``: a row fills either ``teks`` alone (the
  item is that text) or the other columns (the item is the object), never both;
* a list of plain values sits in one cell, one value per line, except the
  dossier's own lists of plain values, which get a sheet of their own;
* status columns, headed ``[nama]`` and placed last, say what the other cells
  cannot: ``tidak ada`` (recorded as none: ``null``), ``ada`` (present but
  with nothing filled in), ``kosong`` (an empty list).

A field added to the model gets its place without touching this module;
:func:`layout` raises :class:`TypeError` for a type it cannot place, so the
test suite fails at once.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from typing import Any

import attrs

from tkpk_rules.model import Dossier, ImpreciseDate, NotRecorded

__all__ = [
    "TEXT_COLUMN",
    "Column",
    "Layout",
    "SheetLayout",
    "layout",
    "list_item",
    "list_takes_text",
    "split_text",
    "strip_type",
]

#: Sheet names for the model's classes (a class not named here is named after itself).
SHEET_NAMES: dict[str, str] = {
    "Dossier": "Wilayah",
    "Team": "Tim",
    "Member": "Anggota",
    "Secretariat": "Sekretariat",
    "AnnualAgenda": "Agenda",
    "AgendaItem": "Kegiatan",
    "Meeting": "Rapat",
    "PlanningDocument": "Dokumen",
    "WorkingGroup": "Pokja",
    "Vacancy": "Kekosongan",
    "Source": "Sumber",
}
#: Sheet names for the dossier's own lists of plain values.
LIST_SHEET_NAMES: dict[str, str] = {}
#: The header of the column holding an item written as plain text (``str | Class`` items).
TEXT_COLUMN = "teks"
#: Where a row goes when its ``letak`` cell is left empty, for classes found in many places.
DEFAULT_LOCATIONS: dict[str, str] = {"Member": "tim.anggota", "Team": "tim"}

#: A root field whose class has more leaf columns than this gets a sheet of its own.
OWN_SHEET_MIN_LEAVES = 4

NONE_MARK = "tidak ada"
PRESENT_MARK = "ada"
EMPTY_LIST_MARK = "kosong"

LEAF_KINDS = ("text", "date", "int", "bool", "enum", "list")


@attrs.frozen
class Column:
    """One column of a sheet.

    ``key`` is the path from the row's object to the value.  ``kind`` is one of
    ``text``, ``date``, ``int``, ``bool``, ``enum``, ``list`` (plain values,
    one a line) or ``status`` (see the module's docstring); a status column's
    ``item_kind`` says what it is about: ``list``, ``inline`` (an object spread
    over columns) or ``own`` (an object on a sheet of its own).
    """

    key: tuple[str, ...]
    kind: str
    nullable: bool = False
    choices: tuple[str, ...] = ()
    item_kind: str = ""
    enum_name: str = ""
    required: bool = False

    @property
    def header(self) -> str:
        name = ".".join(self.key)
        return f"[{name}]" if self.kind == "status" else name


@attrs.frozen
class SheetLayout:
    """One sheet: the class of its rows (``None`` for a list of plain values) and its columns."""

    name: str
    cls: type | None
    columns: tuple[Column, ...]
    locations: tuple[str, ...]
    """Where its objects may sit, as letak patterns (``[*]`` stands for any position)."""
    default_location: str
    list_locations: frozenset[str] = frozenset()
    """The locations that are lists (the others hold one object)."""
    item_column: Column | None = None
    is_root: bool = False
    """The sheet of the record itself (one row, no ``letak``)."""
    text_locations: frozenset[str] = frozenset()
    """The list locations whose items may be a plain text instead (``str | Class``)."""
    text_column: Column | None = None
    """The ``teks`` column, when some location takes plain texts."""

    @property
    def has_letak(self) -> bool:
        return not self.is_root


@attrs.frozen
class Layout:
    sheets: tuple[SheetLayout, ...]
    own_sheet: frozenset[type]

    def sheet_for(self, cls: type) -> SheetLayout:
        for sheet in self.sheets:
            if sheet.cls is cls:
                return sheet
        raise KeyError(cls)

    def list_sheet(self, field: str) -> SheetLayout:
        for sheet in self.sheets:
            if sheet.cls is None and sheet.default_location == field:
                return sheet
        raise KeyError(field)


def strip_type(tp: Any) -> tuple[Any, bool, bool]:
    """``(inner type, may be None, may be not recorded)`` of a field's type."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        rest = [a for a in args if a not in (NotRecorded, type(None))]
        if set(rest) == {dt.date, ImpreciseDate}:
            # One date cell: a day, or a year (2024) or month ("2024-05") alone.
            return dt.date, type(None) in args, NotRecorded in args
        if len(rest) != 1:
            raise TypeError(f"the workbook cannot hold a union of {rest!r}")
        return rest[0], type(None) in args, NotRecorded in args
    return tp, False, False


def split_text(tp: Any) -> tuple[Any, bool]:
    """``(type, whether a plain text may stand instead)`` of a list's item type.

    ``str | Member`` gives ``(Member, True)``; any other type ``(type, False)``.
    A union of anything else cannot be laid out: :class:`TypeError`.
    """
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        if set(typing.get_args(tp)) == {dt.date, ImpreciseDate}:
            return dt.date, False  # one date cell: a day, or a year or month alone
        rest = [a for a in typing.get_args(tp) if a is not str]
        if len(rest) == 1 and str in typing.get_args(tp) and attrs.has(rest[0]):
            return rest[0], True
        raise TypeError(f"the workbook cannot hold a list of {tp!r}")
    return tp, False


def list_item(tp: Any) -> Any | None:
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return split_text(args[0])[0]
    return None


def list_takes_text(tp: Any) -> bool:
    """Whether the items of the list type ``tp`` may be plain texts instead of objects."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return split_text(args[0])[1]
    return False


def _scalar_kind(tp: Any) -> str:
    if tp is str:
        return "text"
    if tp is bool:
        return "bool"
    if tp is int:
        return "int"
    if tp is dt.date:
        return "date"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum"
    raise TypeError(f"the workbook has no cell for values of type {tp!r}")


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _fields(cls: type) -> list[tuple[str, Any, bool]]:
    """Each field's name, type and whether it is required (has no default)."""
    hints = _hints(cls)
    return [(f.name, hints[f.name], f.default is attrs.NOTHING) for f in attrs.fields(cls)]


def _list_classes(cls: type, seen: set[type], found: set[type]) -> None:
    if cls in seen:
        return
    seen.add(cls)
    for _, tp, _ in _fields(cls):
        inner, _, _ = strip_type(tp)
        item = list_item(inner)
        if item is not None and attrs.has(item):
            found.add(item)
            _list_classes(item, seen, found)
        elif attrs.has(inner):
            _list_classes(inner, seen, found)


def _leaf_count(cls: type, own: frozenset[type]) -> int:
    count = 0
    for _, tp, _ in _fields(cls):
        inner, _, _ = strip_type(tp)
        if attrs.has(inner) and inner not in own:
            count += _leaf_count(inner, own)
        else:
            count += 1
    return count


def _columns(
    cls: type, own: frozenset[type], prefix: tuple[str, ...] = (), root: type = Dossier
) -> list[Column]:
    """The value columns and status columns of a row of ``cls`` (status columns last)."""
    values: list[Column] = []
    statuses: list[Column] = []
    for name, tp, required in _fields(cls):
        key = (*prefix, name)
        inner, nullable, _ = strip_type(tp)
        item = list_item(inner)
        if item is not None:
            if attrs.has(item):
                if item not in own:  # pragma: no cover - every list item has a sheet
                    raise TypeError(f"no sheet for {item!r}")
                statuses.append(Column(key, "status", nullable=nullable, item_kind="list"))
                continue
            if cls is root and not prefix:
                statuses.append(Column(key, "status", nullable=nullable, item_kind="list"))
                continue
            item_kind = _scalar_kind(item)
            choices = tuple(str(m.value) for m in item) if item_kind == "enum" else ()
            values.append(
                Column(
                    key,
                    "list",
                    nullable=nullable,
                    item_kind=item_kind,
                    choices=choices,
                    enum_name=item.__name__ if item_kind == "enum" else "",
                    required=required,
                )
            )
        elif attrs.has(inner):
            if inner in own:
                if nullable:
                    statuses.append(Column(key, "status", nullable=True, item_kind="own"))
                continue
            sub = _columns(inner, own, key, root)
            values.extend(c for c in sub if c.kind != "status")
            if nullable or not required:
                statuses.append(Column(key, "status", nullable=nullable, item_kind="inline"))
            statuses.extend(c for c in sub if c.kind == "status")
        else:
            kind = _scalar_kind(inner)
            choices = tuple(str(m.value) for m in inner) if kind == "enum" else ()
            values.append(
                Column(
                    key,
                    kind,
                    nullable=nullable,
                    choices=choices,
                    enum_name=inner.__name__ if kind == "enum" else "",
                    required=required,
                )
            )
    return values + statuses


def _locations(
    cls: type,
    own: frozenset[type],
    prefix: str,
    found: dict[type, list[str]],
    lists: set[str],
    texts: set[str],
) -> None:
    for name, tp, _ in _fields(cls):
        inner, _, _ = strip_type(tp)
        path = f"{prefix}.{name}" if prefix else name
        item = list_item(inner)
        if item is not None and attrs.has(item):
            found.setdefault(item, []).append(path)
            lists.add(path)
            if list_takes_text(inner):
                texts.add(path)
            _locations(item, own, path + "[*]", found, lists, texts)
        elif attrs.has(inner):
            if inner in own:
                found.setdefault(inner, []).append(path)
            _locations(inner, own, path, found, lists, texts)


def _sheet_name(key: str, path: str, taken: set[str], names: dict[str, str] = SHEET_NAMES) -> str:
    """The name given in ``names``, else one made from the field's name; never taken twice."""
    base = names.get(key) or path.split(".")[-1].replace("[*]", "").replace("_", " ").capitalize()
    name, n = base[:31], 1
    while name in taken:  # a new class whose field is named like an old sheet
        n += 1
        name = f"{base[:28]} {n}"
    taken.add(name)
    return name


@functools.cache
def layout(root: type = Dossier) -> Layout:
    """The workbook layout for the current model (``root``: the class of a whole record)."""
    listed: set[type] = set()
    _list_classes(root, set(), listed)
    own = set(listed)
    for _, tp, _ in _fields(root):
        inner, _, _ = strip_type(tp)
        if attrs.has(inner) and _leaf_count(inner, frozenset(listed)) > OWN_SHEET_MIN_LEAVES:
            own.add(inner)
    own_sheet = frozenset(own)
    places: dict[type, list[str]] = {}
    list_paths: set[str] = set()
    text_paths: set[str] = set()
    _locations(root, own_sheet, "", places, list_paths, text_paths)
    sheets = [
        SheetLayout(
            name=SHEET_NAMES.get(root.__name__, root.__name__),
            cls=root,
            is_root=True,
            columns=tuple(_columns(root, own_sheet, (), root)),
            locations=("",),
            default_location="",
        )
    ]
    taken: set[str] = {sheets[0].name}
    order: list[type] = []
    for cls, _paths in places.items():  # walk order: parents before children
        if cls not in order:
            order.append(cls)
    for cls in order:
        paths = tuple(places[cls])
        default = DEFAULT_LOCATIONS.get(cls.__name__, paths[0])
        if default not in paths:
            default = paths[0]
        columns = _columns(cls, own_sheet, (), root)
        texts = frozenset(p for p in paths if p in text_paths)
        text_column = None
        if texts:
            if any(c.key[0] == TEXT_COLUMN for c in columns):  # pragma: no cover - a new field
                raise TypeError(f"{cls.__name__} has a field named {TEXT_COLUMN!r}")
            text_column = Column((TEXT_COLUMN,), "text")
            columns.insert(0, text_column)
        sheets.append(
            SheetLayout(
                name=_sheet_name(cls.__name__, paths[0], taken),
                cls=cls,
                columns=tuple(columns),
                locations=paths,
                default_location=default,
                list_locations=frozenset(p for p in paths if p in list_paths),
                text_locations=texts,
                text_column=text_column,
            )
        )
    for name, tp, _ in _fields(root):
        inner, _, _ = strip_type(tp)
        item = list_item(inner)
        if item is not None and not attrs.has(item):
            kind = _scalar_kind(item)
            column = Column(
                ("isi",),
                kind,
                choices=tuple(str(m.value) for m in item) if kind == "enum" else (),
                enum_name=item.__name__ if kind == "enum" else "",
            )
            sheets.append(
                SheetLayout(
                    name=_sheet_name(name, name, taken, LIST_SHEET_NAMES),
                    cls=None,
                    columns=(column,),
                    locations=(name,),
                    default_location=name,
                    list_locations=frozenset({name}),
                    item_column=column,
                )
            )
    names = [s.name for s in sheets]
    if len(set(names)) != len(names):  # pragma: no cover - a new class named like an old one
        raise TypeError(f"two sheets share a name: {names}")
    return Layout(sheets=tuple(sheets), own_sheet=own_sheet)
