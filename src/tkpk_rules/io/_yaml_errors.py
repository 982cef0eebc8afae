"""YAML syntax and encoding errors, told to a clerk: where, the likely cause, and the fix.

PyYAML's own words ("found character '\\t' that cannot start any token") are
kept at the end of the message, for whoever knows YAML; the message starts with
the line and column and what most likely went wrong, in Indonesian then English.
"""

from __future__ import annotations

from typing import Any

from tkpk_rules.errors import Problem

__all__ = ["encoding_problem", "line_map", "syntax_problem"]

NBSP = "\u00a0"

SAVE_AS_UTF8_ID = (
    "simpan ulang berkas sebagai UTF-8: di Notepad, File > Save As > Encoding: UTF-8; "
    "di Word, File > Save As > Plain Text (.txt) lalu pilih Unicode (UTF-8); "
    "dari Excel, jangan simpan sebagai teks atau CSV: isi buku kerja .xlsx (tkpk-rules "
    "template) dan periksa .xlsx itu langsung"
)
SAVE_AS_UTF8_EN = (
    "save the file again as UTF-8: in Notepad, File > Save As > Encoding: UTF-8; "
    "in Word, File > Save As > Plain Text (.txt), then choose Unicode (UTF-8); "
    "from Excel, do not save as text or CSV: fill in the .xlsx workbook (tkpk-rules "
    "template) and check that .xlsx directly"
)


def _syntax(line: int, column: int, cause_id: str, cause_en: str, original: str) -> Problem:
    # The line is shown beside the path (Problem.line); the column goes in the message.
    tail = f" [YAML: {original}]" if original else ""
    return Problem(
        path="",
        code="syntax",
        message_id=f"tidak dapat dibaca (kolom {column}): {cause_id}{tail}",
        message_en=f"cannot be read (column {column}): {cause_en}{tail}",
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
            "ada spasi tak-putus (non-breaking space, biasanya dari Word atau halaman web) "
            "di sini; hapus lalu ketik ulang spasinya dengan tombol spasi",
            "there is a non-breaking space here (usually from Word or a web page); delete it "
            "and type the space again with the space bar",
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
            "ada karakter Tab; YAML hanya menerima spasi: ganti Tab dengan spasi (misalnya dua "
            "spasi per tingkat)",
            "there is a Tab character; YAML accepts spaces only: replace the Tab with spaces "
            "(two per level, say)",
            original,
        )
    if "quoted scalar" in context:
        start = getattr(exc, "context_mark", None)
        at_line = start.line + 1 if start is not None else line
        at_col = start.column + 1 if start is not None else column
        return _syntax(
            at_line,
            at_col,
            "tanda kutip yang dibuka di sini tidak ditutup; tambahkan tanda kutip penutup di "
            "akhir nilai",
            "the quote opened here is never closed; add the closing quote at the end of the value",
            original,
        )
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return _syntax(
            line,
            column,
            "indentasi (jumlah spasi di awal baris) tidak cocok dengan baris di atasnya; "
            "samakan spasinya dengan kolom lain pada tingkat yang sama",
            "the indentation (spaces at the start of the line) does not match the lines above; "
            "line it up with the other fields at the same level",
            original,
        )
    if "mapping values are not allowed" in problem:
        shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        return _syntax(
            line,
            column,
            "ada titik dua (:) di dalam nilai, atau indentasinya salah; bila nilainya berisi "
            f'titik dua, beri tanda kutip: kunci: "..." (baris: {shown!r})',
            "a colon (:) inside a value, or wrong indentation; if the value holds a colon, "
            f'put it in quotes: key: "..." (line: {shown!r})',
            original,
        )
    if "found unexpected end of stream" in problem or "expected ',' or" in problem:
        return _syntax(
            line,
            column,
            "kurung { } atau [ ] tidak ditutup",
            "a bracket { } or [ ] is never closed",
            original,
        )
    return _syntax(
        line, column, "susunan YAML tidak sah di sini", "the YAML is not valid here", original
    )


def encoding_problem(raw: bytes, exc: UnicodeDecodeError) -> Problem:
    """The problem for a file that is not UTF-8 (most often saved as ANSI/cp1252 by Windows)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": UTF-16
        return Problem(
            path="",
            code="encoding",
            message_id=(
                "berkas disimpan sebagai UTF-16 (di Notepad disebut 'Unicode'), bukan UTF-8; "
                + SAVE_AS_UTF8_ID
            ),
            message_en=(
                "the file is saved as UTF-16 (Notepad calls it 'Unicode'), not UTF-8; "
                + SAVE_AS_UTF8_EN
            ),
            found=raw[:2].hex(),
            line=1,
        )
    before = raw[: exc.start]
    line = before.count(b"\n") + 1
    column = exc.start - (before.rfind(b"\n") + 1) + 1
    byte = raw[exc.start : exc.start + 1]
    try:
        shown = byte.decode("cp1252")
        guess_id = f" (dalam ANSI/cp1252 byte ini adalah {shown!r})"
        guess_en = f" (in ANSI/cp1252 this byte is {shown!r})"
    except UnicodeDecodeError:
        guess_id = guess_en = ""
    return Problem(
        path="",
        code="encoding",
        message_id=(
            f"berkas tidak disimpan sebagai UTF-8 (tampaknya ANSI/Windows-1252); huruf pertama "
            f"yang salah di kolom {column}{guess_id}; {SAVE_AS_UTF8_ID}"
        ),
        message_en=(
            f"the file is not saved as UTF-8 (it looks like ANSI/Windows-1252); the first bad "
            f"character is at column {column}{guess_en}; {SAVE_AS_UTF8_EN}"
        ),
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
