"""The workbook's column comments and guide sheet, and each field's help, in words from ``i18n``.

What a field means is the glossary's (:func:`tkpk_rules.i18n.meaning`, one entry
per field, the same wording the documentation site shows); the other words of a
comment (the kind of a column, its marks, "Wajib diisi") and the guide sheet are
the ``workbook.*`` messages.  This module only puts them together for a column of
the layout, and writes the glossary's Markdown (`` `null` ``) as a clerk reads it.
Used by the workbook's header comments and by the commented YAML skeleton of
``tkpk-rules init``.
"""

from __future__ import annotations

from tkpk_rules import i18n
from tkpk_rules.io._layout import (
    EMPTY_LIST_MARK,
    NONE_MARK,
    PRESENT_MARK,
    TEXT_COLUMN,
    Column,
    SheetLayout,
    list_item,
    strip_type,
)

__all__ = ["GUIDE_LINES", "describe_column", "field_help"]

_MARKS = {"none": NONE_MARK, "empty": EMPTY_LIST_MARK, "present": PRESENT_MARK}


def _words(key: str, **params: str) -> tuple[str, str]:
    words = i18n.MESSAGES[key]
    return words.id.format(**params), words.en.format(**params)


def _plain(text: str, *, workbook: bool) -> str:
    """The glossary's Markdown as plain text; in the workbook ``null`` is its own mark."""
    if workbook:
        text = text.replace("`null`", f"'{NONE_MARK}'")
    return text.replace("`", "")


def field_help(name: str, owner: str = "", *, workbook: bool = False) -> tuple[str, str]:
    """What field ``name`` (of class ``owner``) means, in plain words, or ``("", "")``.

    >>> field_help("ketua", "Team")
    ('Ketua tim.', 'The chair.')
    """
    found = i18n.meaning(name, owner)
    if found is None:
        return "", ""
    return _plain(found.id, workbook=workbook), _plain(found.en, workbook=workbook)


def _owner(cls: type | None, key: tuple[str, ...]) -> str:
    """The name of the class holding the field at ``key`` below ``cls``."""
    import typing

    for name in key:
        if cls is None:
            return ""
        inner, _, _ = strip_type(typing.get_type_hints(cls)[name])
        cls = list_item(inner) or inner
    return cls.__name__ if cls is not None else ""


def describe_column(sheet: SheetLayout, column: Column | None) -> tuple[str, str]:
    """The header comment of a column: what it holds, in Indonesian and English."""
    if column is None:
        text_id, text_en = i18n.WORKBOOK["letak"]
        options = ", ".join(p.replace("[*]", "#1") for p in sheet.locations)
        choice_id, choice_en = _words("workbook.choices", choices=options)
        return f"{text_id}\n{choice_id}", f"{text_en}\n{choice_en}"
    if column is sheet.text_column:
        text_id, text_en = i18n.WORKBOOK["teks"]
        if set(sheet.text_locations) != set(sheet.locations):
            only = ", ".join(sorted(p.replace("[*]", "#1") for p in sheet.text_locations))
            only_id, only_en = _words("workbook.only_for", only=only)
            text_id += f"\n{only_id}"
            text_en += f"\n{only_en}"
        return f"{TEXT_COLUMN}: {text_id}", f"{TEXT_COLUMN}: {text_en}"
    owner = _owner(sheet.cls, column.key[:-1])
    text_id, text_en = field_help(column.key[-1], owner, workbook=True)
    name = ".".join(column.key)
    if column.kind == "status":
        if column.item_kind == "list":
            marks = _mark(EMPTY_LIST_MARK, "workbook.mark_empty_list")
        elif column.item_kind == "inline":
            marks = _mark(PRESENT_MARK, "workbook.mark_present")
        else:
            marks = ""
        if column.nullable:
            marks = (marks + "; " if marks else "") + _mark(NONE_MARK, "workbook.mark_none")
        return _words("workbook.status", name=name, marks=marks)
    kind_id, kind_en = _words(f"workbook.kind.{column.kind}")
    extra_id = extra_en = ""
    if column.choices:
        extra_id = extra_en = "\n" + ", ".join(column.choices)
    if column.nullable:
        none_id, none_en = _words("workbook.none")
        extra_id += f"\n'{NONE_MARK}' = {none_id}"
        extra_en += f"\n'{NONE_MARK}' = {none_en}"
    if column.required:
        required_id, required_en = _words("workbook.required")
        extra_id += f"\n{required_id}"
        extra_en += f"\n{required_en}"
    if column.kind == "enum" or not (text_id and text_en):
        kind_id = kind_en = ""  # the list of choices below says it already
    return (
        f"{name}: {text_id or kind_id}" + (f" ({kind_id})" if kind_id else "") + extra_id,
        f"{name}: {text_en or kind_en}" + (f" ({kind_en})" if kind_en else "") + extra_en,
    )


def _mark(mark: str, key: str) -> str:
    """A status column's mark, explained in both languages on one line."""
    indonesian, english = _words(key)
    return f"'{mark}' = {indonesian} / {english}"


def _guide_lines() -> tuple[str, ...]:
    params = {**_MARKS, "text_column": TEXT_COLUMN}
    keys = ["workbook.guide.title", *(f"workbook.guide.{n}" for n in range(1, 9))]
    return tuple(" / ".join(_words(key, **params)) for key in keys)


#: The guide sheet's lines, each "Indonesian / English".
GUIDE_LINES: tuple[str, ...] = _guide_lines()
