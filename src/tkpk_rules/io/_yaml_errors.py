"""YAML syntax and encoding errors, told to a clerk: where, the likely cause, and the fix.

PyYAML's own words ("found character '\\t' that cannot start any token") are
kept at the end of the message, for whoever knows YAML; the message starts with
the line and column and what most likely went wrong, in Indonesian then English.
"""

from __future__ import annotations

from typing import Any

from tkpk_rules import i18n
from tkpk_rules.errors import Problem
from tkpk_rules.io._messages import words

__all__ = ["encoding_problem", "line_map", "syntax_problem"]

NBSP = "\u00a0"


def _syntax(line: int, column: int, cause: tuple[str, str], original: str) -> Problem:
    # The line is shown beside the path (Problem.line); the column goes in the message.
    tail = f" [YAML: {original}]" if original else ""
    template = i18n.MESSAGES["loading.yaml.at"]
    return Problem(
        path="",
        code="syntax",
        # The parser's own words are English: they stay in the English message only.
        message_id=template.id.format(column=column, cause=cause[0], tail=""),
        message_en=template.en.format(column=column, cause=cause[1], tail=tail),
        line=line,
    )


def _first(text: str, char: str, until_line: int) -> tuple[int, int] | None:
    for number, content in enumerate(text.split("\n")[:until_line], start=1):
        col = content.find(char)
        if col >= 0:
            return number, col + 1
    return None


def _stray_nbsp(lines: list[str], until_line: int) -> tuple[int, int] | None:
    """The first non-breaking space where YAML expects a space: indentation, after ``:``/``-``.

    One inside a text (``nama: Kabupaten\u00a0Garut``) is part of the value and is
    not blamed.
    """
    for number, content in enumerate(lines[:until_line], start=1):
        for col, char in enumerate(content):
            if char != NBSP:
                continue
            before = content[:col].rstrip(" \t" + NBSP)
            if before == "" or before.endswith((":", "-")):
                return number, col + 1
    return None


def syntax_problem(exc: Any, text: str) -> Problem:
    """The problem for a :class:`yaml.MarkedYAMLError` raised while reading ``text``."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    original = "; ".join(p for p in (context, problem) if p)
    lines = text.split("\n")
    # A non-breaking space (from Word or a web page) is invisible, and PyYAML often
    # stumbles over it a line later: name the line that holds it.
    nbsp = _stray_nbsp(lines, line)
    if nbsp is not None:
        return _syntax(
            *nbsp,
            words("loading.yaml.nbsp"),
            original,
        )
    # PyYAML names the character; libyaml only says "found character that cannot start
    # any token", so look at the character under the mark as well.
    under_mark = ""
    if 0 < line <= len(lines) and 0 < column <= len(lines[line - 1]):
        under_mark = lines[line - 1][column - 1]
    tab_met = "cannot start any token" in problem and under_mark == "\t"
    if "'\\t'" in problem or "\t" in problem or tab_met:
        tab = _first(text, "\t", line)
        at = tab if tab is not None else (line, column)
        return _syntax(
            *at,
            words("loading.yaml.tab"),
            original,
        )
    if "quoted scalar" in context:
        start = getattr(exc, "context_mark", None)
        at_line = start.line + 1 if start is not None else line
        at_col = start.column + 1 if start is not None else column
        return _syntax(
            at_line,
            at_col,
            words("loading.yaml.open_quote"),
            original,
        )
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return _syntax(
            line,
            column,
            words("loading.yaml.indentation"),
            original,
        )
    if "mapping values are not allowed" in problem:
        shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        return _syntax(
            line,
            column,
            words("loading.yaml.colon", shown=repr(shown)),
            original,
        )
    if "found unexpected end of stream" in problem or "expected ',' or" in problem:
        return _syntax(
            line,
            column,
            words("loading.yaml.bracket"),
            original,
        )
    return _syntax(line, column, words("loading.yaml.other"), original)


#: How a ZIP archive (an .xlsx, a .docx) and an old Office file (.xls, .doc) begin.
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def office_problem(raw: bytes) -> Problem | None:
    """The problem for bytes that are a workbook or a Word document (a ZIP archive, an old
    Office file) given under a text file's name; ``None`` for other bytes."""
    for magic, key in ((ZIP_MAGIC, "loading.encoding.zip"), (OLE_MAGIC, "loading.encoding.ole")):
        if raw.startswith(magic):
            said = i18n.MESSAGES[key]
            return Problem(
                path="",
                code="encoding",
                message_id=said.id,
                message_en=said.en,
                found=raw[: len(magic)].hex(),
                line=1,
            )
    return None


def encoding_problem(raw: bytes, exc: UnicodeDecodeError) -> Problem:
    """The problem for a file that is not UTF-8 (most often saved as ANSI/cp1252 by Windows)."""
    fix = i18n.MESSAGES["loading.encoding.save_as_utf8"]
    office = office_problem(raw)
    if office is not None:
        return office
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": UTF-16
        utf16 = i18n.MESSAGES["loading.encoding.utf16"]
        return Problem(
            path="",
            code="encoding",
            message_id=utf16.id.format(fix=fix.id),
            message_en=utf16.en.format(fix=fix.en),
            found=raw[:2].hex(),
            line=1,
        )
    before = raw[: exc.start]
    line = before.count(b"\n") + 1
    column = exc.start - (before.rfind(b"\n") + 1) + 1
    byte = raw[exc.start : exc.start + 1]
    try:
        shown = byte.decode("cp1252")
        guess_id, guess_en = words("loading.encoding.cp1252_guess", shown=repr(shown))
    except UnicodeDecodeError:
        guess_id = guess_en = ""
    return Problem(
        path="",
        code="encoding",
        message_id=words("loading.encoding.not_utf8", column=column, guess=guess_id, fix=fix.id)[0],
        message_en=words("loading.encoding.not_utf8", column=column, guess=guess_en, fix=fix.en)[1],
        found=byte.hex(),
        line=line,
    )


def line_map(text: str) -> dict[str, int]:
    """Each path of a YAML (or JSON) text, with the line it starts on (counted from 1).

    Only called once a document is known to have problems, to place them.
    """
    try:
        import yaml
    except ImportError:  # pragma: no cover - the yaml extra is missing
        return {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except Exception:
        return {}
    found: dict[str, int] = {}

    def walk(node: Any, path: str) -> None:
        found.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    sub = f"{path}.{key.value}" if path else str(key.value)
                    found.setdefault(sub, key.start_mark.line + 1)
                    walk(value, sub)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, f"{path}[{index}]")

    if root is not None:
        walk(root, "")
    return found
