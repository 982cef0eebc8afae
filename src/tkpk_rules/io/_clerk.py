"""The loader's help for people who fill documents in by hand.

* :func:`review` looks over a plain document for the mistakes hand-typed YAML
  and copied Word text bring (curly quotes, a name cut at its comma in a flow
  mapping or list, a region code without its dot, a non-breaking space in a
  key) and names the likely cause with the fix.
* :func:`explain` adds the line of each problem of a YAML text.
* :func:`load_other_file` reads a workbook (``.xlsx``) and refuses a CSV with
  a word on what to use instead.
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from tkpk_rules.errors import DocumentError, DocumentWarning, Problem, os_error_words
from tkpk_rules.io._messages import words
from tkpk_rules.io.limits import Limits, check_value, limit_error
from tkpk_rules.model import Dossier

__all__ = ["explain", "load_other_file", "not_a_mapping_hint", "review"]

_CURLY_PAIRS = {"“": "”", "‘": "’", "„": "”", "”": "”", "’": "’", "«": "»"}
_CURLY = "“”‘’„«»"
#: A list item that is only an academic degree or title: the tail of a name cut at a comma.
_DEGREE = re.compile(
    r"(?:[A-Z][A-Za-z]{0,3}\.){1,4}(?:[A-Z][a-z]{0,3}\.?)?(?:\s*\([A-Za-z. ]+\))?"
    r"|(?:S\.?H|M\.?H|S\.?E|M\.?M|S\.?T|M\.?T|S\.?Sos|M\.?Si|M\.?Sc|Ph\.?D|S\.?Pd|M\.?Pd|"
    r"S\.?Kom|M\.?Kom|S\.?IP|M\.?AP|S\.?STP|M\.?Ec\.?Dev|S\.?Ag|S\.?Kep|S\.?Psi|Dr|Ir|Drs|Dra)\.?"
)
_SNAKE = re.compile(r"[a-z_][a-z0-9_]*")
#: Warnings said about one document at most (then one line counts the rest).
MAX_WARNINGS = 20


def _problem(path: str, code: str, text_id: str, text_en: str, **extra: Any) -> Problem:
    return Problem(path=path, code=code, message_id=text_id, message_en=text_en, **extra)


def _join(path: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{path}[{part}]"
    return f"{path}.{part}" if path else part


def _walk(value: Any, path: str, found: list[Problem]) -> None:
    if isinstance(value, Mapping):
        for key, sub in value.items():
            _walk(sub, _join(path, str(key)), found)
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            _walk(sub, _join(path, index), found)
        _split_list(value, path, found)
    elif isinstance(value, str):
        _curly(value, path, found)


#: The blanks of the ``tkpk-rules init`` skeleton.
_BLANKS = frozenset({"___", "____-__-__", "____"})


def needs_review(text: str) -> bool:
    """Whether :func:`review` says something about this text value (a blank, curly quotes).

    The loader's fast path (:mod:`tkpk_rules.io._fast`) asks, to skip the review's
    walk when no text of the document needs it.
    """
    stripped = text.strip()
    return stripped in _BLANKS or _is_curly(stripped)


def _is_curly(stripped: str) -> bool:
    return len(stripped) >= 2 and stripped[0] in _CURLY and stripped[-1] in _CURLY


def needs_split_review(items: list[Any] | tuple[Any, ...]) -> bool:
    """Whether :func:`review` says of a list that an item is a degree cut from the name before.

    The same test as :func:`_is_split` at every index, in one loop.
    """
    match = _DEGREE.fullmatch
    after_text = False
    for item in items:
        is_text = isinstance(item, str)
        if is_text and after_text and match(item.strip()):
            return True
        after_text = is_text
    return False


def _is_split(items: list[Any] | tuple[Any, ...], index: int) -> bool:
    item = items[index]
    if index == 0 or not isinstance(item, str) or not _DEGREE.fullmatch(item.strip()):
        return False
    return isinstance(items[index - 1], str)


def _curly(text: str, path: str, found: list[Problem]) -> None:
    stripped = text.strip()
    if stripped in _BLANKS:
        found.append(
            _problem(
                path,
                "blank_left",
                *words("loading.blank_left", blank=stripped),
                found=text,
            )
        )
        return
    if _is_curly(stripped):
        inner = stripped[1:-1]
        found.append(
            _problem(
                path,
                "curly_quotes",
                *words("loading.curly_quotes", found=text, inner=inner),
                found=text,
                suggestion=inner,
            )
        )


def _split_list(items: list[Any], path: str, found: list[Problem]) -> None:
    for index, item in enumerate(items):
        if not _is_split(items, index):
            continue
        before = items[index - 1]
        whole = f"{before}, {item.strip()}"
        found.append(
            _problem(
                _join(path, index),
                "split_item",
                *words("loading.split_item", found=item, before=before, whole=whole),
                found=item,
                suggestion=whole,
            )
        )


def _region(body: Mapping[str, Any]) -> Problem | None:
    region = body.get("wilayah")
    if not isinstance(region, Mapping) or "kode" not in region:
        return None
    code = region["kode"]
    if isinstance(code, bool) or not isinstance(code, (int, str)):
        return None
    text = str(code).strip()
    m = re.fullmatch(r"(\d{2})[\s\-_/,]?(\d{2})", text)
    if m is None or (isinstance(code, str) and "." in code):
        return None
    from tkpk_rules import regions

    fixed = f"{m.group(1)}.{m.group(2)}"
    known = regions.find(fixed)
    name = f" ({known.nama})" if known is not None else ""
    return _problem(
        "wilayah.kode",
        "region_code_form",
        *words("loading.region_code_form", found=code, fixed=fixed, name=name),
        found=str(code),
        suggestion=fixed,
    )


def _unknown_key_hint(problem: Problem) -> Problem:
    key = problem.found or ""
    if "\u00a0" in key:
        message_id, message_en = words("loading.nbsp_key", key=key)
        return attrs.evolve(problem, message_id=message_id, message_en=message_en)
    if _SNAKE.fullmatch(key):
        return problem
    message_id, message_en = words("loading.key_from_a_split_value", key=key)
    return attrs.evolve(problem, message_id=message_id, message_en=message_en)


def review(
    body: Mapping[str, Any],
    problems: list[Problem],
    *,
    place: Callable[[Problem], Problem] | None = None,
    values: bool = True,
) -> list[Problem]:
    """``problems``, with the clerk's likely mistakes named and their fixes given.

    A likely mistake in a value the loader refused replaces the loader's plainer
    problem at that path.  One in a value the loader accepted (a decree number in
    curly quotes is still text) stays a value as written, and is said as a
    :class:`~tkpk_rules.errors.DocumentWarning`, placed by ``place`` (line or cell).

    ``values=False`` skips the walk over every value: the caller has looked at each
    (with :func:`needs_review` and :func:`needs_split_review`) and none needs a word.
    """
    found: list[Problem] = []
    if values:
        _walk(body, "", found)
    region = _region(body)
    if region is not None:
        found.append(region)
    refused = {p.path for p in problems}
    named = {p.path for p in found if p.path in refused}
    out = [p for p in problems if p.path not in named]
    out = [_unknown_key_hint(p) if p.code == "unknown_key" else p for p in out]
    warned = 0
    for p in found:
        if p.path in named:
            out.append(p)
            continue
        warned += 1
        if warned <= MAX_WARNINGS:
            shown = place(p) if place is not None else p
            text = f"{shown.describe('id')} / {shown.describe('en')}"
            warnings.warn(DocumentWarning(text, shown), stacklevel=4)
    if warned > MAX_WARNINGS:
        rest = warned - MAX_WARNINGS
        text = " / ".join(words("loading.more_warnings", count=rest))
        warnings.warn(DocumentWarning(text), stacklevel=4)
    return out


def line_placer(text: str) -> Callable[[Problem], Problem]:
    """A function giving a problem the line of ``text`` it is on (the lines found once)."""
    found: list[dict[str, int]] = []

    def place(problem: Problem) -> Problem:
        if not found:
            found.append(line_map(text))
        line = _longest(found[0], problem.path)
        return problem if line is None else attrs.evolve(problem, line=line)

    return place


def not_a_mapping_hint(data: object) -> tuple[str, str]:
    """A word for a document that is only text: most often a table exported as CSV."""
    if isinstance(data, str) and any(sep in data for sep in (";", ",", "\t")):
        return words("loading.hint.csv_text")
    return "", ""


def explain(error: DocumentError, data: object, text: str) -> DocumentError:
    """The same error, each problem with the line of the text it is on."""
    if text.lstrip("\ufeff \t\r\n").startswith("{") and "\n" not in text.strip():
        return error
    lines = line_map(text)
    if not lines:
        return error
    placed = [
        p if p.line is not None else attrs.evolve(p, line=_longest(lines, p.path))
        for p in error.problems
    ]
    placed = [_nbsp_in_value(p, text) for p in placed]
    return type(error)(placed, source=error.source)


def _nbsp_in_value(problem: Problem, text: str) -> Problem:
    """A value refused as text that holds ``key:`` and a non-breaking space (``tanggal:`` and
    U+00A0, pasted from Word): YAML read it as text because the space after the colon is
    not a space.  Said so, on the line that holds it."""
    found = problem.found or ""
    if problem.code != "wrong_type" or not re.search(r"[:\-](\\xa0|\u00a0)", found):
        return problem
    # The line that holds it: from the line of the value refused on, comments aside.
    lines = text.split("\n")
    start = max((problem.line or 1) - 1, 0)
    where = next(
        (
            n
            for n in range(start, len(lines))
            if not lines[n].lstrip(" \t\u00a0").startswith("#")
            and re.search(r"[:\-]\u00a0", lines[n].split(" #")[0])
        ),
        None,
    )
    if where is None:
        return problem
    message_id, message_en = words("loading.yaml.nbsp")
    return attrs.evolve(
        problem, message_id=message_id, message_en=message_en, line=where + 1, code="syntax"
    )


def line_map(text: str) -> dict[str, int]:
    from tkpk_rules.io._yaml_errors import line_map as lines

    return lines(text)


def _longest(spots: Mapping[str, Any], path: str) -> Any:
    probe = path
    while True:
        if probe in spots:
            return spots[probe]
        if not probe:
            return None
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""


def load_other_file(name: str, *, limits: Limits, structure: Callable[..., Dossier]) -> Dossier:
    """Read a workbook; refuse a CSV, saying what to use instead."""
    if name.lower().endswith(".csv"):
        raise DocumentError(
            [
                _problem(
                    "",
                    "csv",
                    *words("loading.csv"),
                )
            ],
            source=name,
        )
    from tkpk_rules.io.converter import make_problem

    try:
        info = os.stat(name)  # never blocks, not even on a FIFO
    except OSError as exc:
        raise DocumentError(
            [make_problem("", "file", detail=" / ".join(os_error_words(exc)))], source=name
        ) from None
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or a device named *.xlsx would hang the zip reader, or read forever.
        from tkpk_rules.io.document import _not_regular

        raise DocumentError(
            [make_problem("", "file", detail=_not_regular(info.st_mode))], source=name
        )
    size = info.st_size
    if size > limits.max_bytes:
        raise limit_error("", "max_bytes", size, limits.max_bytes, source=name)
    from tkpk_rules.io.workbook import read_workbook

    document, spots = read_workbook(name, limits=limits)
    check_value(document, limits, source=name)

    def place(p: Problem) -> Problem:
        spot = _longest(spots, p.path)
        if spot is None or p.sheet is not None:
            return p
        sheet, row, column = spot
        return attrs.evolve(p, sheet=sheet, row=row, column=column)

    try:
        return structure(document, source=name, place=place)
    except DocumentError as exc:
        raise type(exc)([place(p) for p in exc.problems], source=name) from None
