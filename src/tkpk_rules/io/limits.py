"""Bounds on the size and shape of a document, checked before the expensive work.

Documents arrive from web forms, batch uploads and hand-edited files.  Whatever
arrives, the loader answers with a :class:`~tkpk_rules.errors.DocumentError`
and leaves the process healthy: a document that is too large, too deep, or
holds too long a text or too long a list is refused with a
:class:`~tkpk_rules.errors.LimitExceededError` whose problem has the code
``limit`` and names the bound, never with ``MemoryError`` or ``RecursionError``.

The defaults are generous for real records and small for attacks.  One region's
dossier with five years of history (a team of about 40, a few earlier teams,
30 meetings, the yearly documents) is about 100 KB of YAML, 3,000 values, 8
levels deep, with lists of at most a few hundred entries:

| bound        | default   | why                                                      |
|--------------|-----------|----------------------------------------------------------|
| `max_bytes`  | 4,000,000 | 40x a large dossier; bounds parsing (YAML: ~0.5 MB/s)    |
| `max_depth`  | 32        | the model nests 8 deep; deeper is never a real record    |
| `max_string` | 100,000   | a pasted note of pages fits; a 50 MB "name" does not     |
| `max_items`  | 10,000    | entries in one list, or keys in one mapping              |
| `max_nodes`  | 100,000   | values in all, ~30x a large dossier; bounds structuring  |
| `max_digits` | 100       | digits in one whole number; a year has 4                 |

``max_depth`` may be raised to :data:`MAX_SAFE_DEPTH` (200) at most: the parsers
recurse once or more per level, and Python's stack is about 1,000 frames deep.
With the defaults, the worst document that is accepted (every one of its
100,000 values wrong) is still reported, every problem with its path, in one to
three seconds on a small server.

A caller with a genuinely larger document raises the bound it hits:

>>> from tkpk_rules.io.limits import DEFAULT_LIMITS, Limits
>>> DEFAULT_LIMITS.max_depth
32
>>> big = Limits(max_items=200_000, max_nodes=2_000_000)
>>> big.max_items, big.max_bytes
(200000, 4000000)
>>> check_value({"tim": {"anggota": [{}] * 20_001}}, DEFAULT_LIMITS)
Traceback (most recent call last):
...
tkpk_rules.errors.LimitExceededError: 1 masalah dalam dokumen:
  - tim.anggota: melebihi batas ukuran daftar atau pemetaan (butir): 20001 > 10000; ...
...
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from tkpk_rules.errors import (
    ArgumentValueError,
    DocumentError,
    LimitExceededError,
    Problem,
)

__all__ = [
    "DEFAULT_LIMITS",
    "MAX_SAFE_DEPTH",
    "MAX_SAFE_DIGITS",
    "Limits",
    "check_text_size",
    "check_value",
    "digits_of",
    "limit_error",
    "limit_problem",
    "nesting_depth_of_json",
    "path_of",
    "text_problem",
    "utf8_size",
]

#: The deepest nesting a caller may allow.  Parsers and the converter recurse
#: once or more per level, and Python's recursion limit is about 1,000 frames.
MAX_SAFE_DEPTH = 200


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        # A ValueError as before (ArgumentValueError is one), so callers' handlers still work.
        raise ArgumentValueError(
            f"{attribute.name}: harus bilangan bulat >= 1, bukan {value!r} / must be a whole"
            f" number >= 1, not {value!r}"
        )


def _safe_depth(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    _positive(instance, attribute, value)
    if value > MAX_SAFE_DEPTH:
        raise ArgumentValueError(
            f"max_depth: paling banyak {MAX_SAFE_DEPTH} (lebih dalam tidak dapat dibaca tanpa"
            f" risiko batas rekursi Python), bukan {value!r} / may be at most {MAX_SAFE_DEPTH}"
            f" (deeper nesting cannot be read without risking Python's recursion limit), not"
            f" {value!r}"
        )


#: The most digits :attr:`Limits.max_digits` may allow: Python converts no longer
#: integer text by default (``sys.get_int_max_str_digits``).
MAX_SAFE_DIGITS = 4300


def _digits(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    _positive(instance, attribute, value)
    if value > MAX_SAFE_DIGITS:
        raise ArgumentValueError(
            f"max_digits: paling banyak {MAX_SAFE_DIGITS}, bukan {value!r} / may be at most"
            f" {MAX_SAFE_DIGITS}, not {value!r}"
        )


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds a document must stay within; each can be raised by the caller.

    * ``max_bytes``: size of the document text in UTF-8 bytes (text and files only).
    * ``max_depth``: lists and mappings nested inside one another; the whole
      document is level 1.  At most :data:`MAX_SAFE_DEPTH`.
    * ``max_string``: characters in one text value or key.
    * ``max_items``: entries in one list, or keys in one mapping.
    * ``max_nodes``: values in the whole document (every mapping, list, text,
      number...; keys are not counted).
    * ``max_digits``: digits in one whole number (a year has 4, a count a few;
      a number of thousands of digits is never a real record, and converting
      one costs time that grows with the square of its length).  At most
      :data:`MAX_SAFE_DIGITS`.

    A bound the library cannot honour is refused in both languages (an
    :class:`~tkpk_rules.errors.ArgumentValueError`, also a ``ValueError``):

    >>> Limits(max_depth=500)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.ArgumentValueError: max_depth: paling banyak 200 ...
    """

    max_bytes: int = attrs.field(default=4_000_000, validator=_positive)
    max_depth: int = attrs.field(default=32, validator=_safe_depth)
    max_string: int = attrs.field(default=100_000, validator=_positive)
    max_items: int = attrs.field(default=10_000, validator=_positive)
    max_nodes: int = attrs.field(default=100_000, validator=_positive)
    max_digits: int = attrs.field(default=100, validator=_digits)


#: The limits the loader applies when the caller gives none.
DEFAULT_LIMITS = Limits()

# What each bound is called in a message, in Indonesian and English.  The sentence
# itself is the ``limit`` message of :mod:`tkpk_rules.io._messages`.
_WHAT: dict[str, tuple[str, str]] = {
    "max_bytes": ("ukuran dokumen (byte)", "document size (bytes)"),
    "max_depth": ("kedalaman susunan", "nesting depth"),
    "max_string": ("panjang teks (karakter)", "text length (characters)"),
    "max_items": ("ukuran daftar atau pemetaan (butir)", "list or mapping size (entries)"),
    "max_nodes": ("jumlah nilai dalam dokumen", "number of values in the document"),
    "max_digits": ("jumlah digit satu angka", "digits in one number"),
}


def limit_problem(path: str, bound: str, found: int | str, limit: int) -> Problem:
    """The ``limit`` problem for one bound (``"max_bytes"``, ``"max_depth"``...)."""
    from tkpk_rules.io import _messages

    what_id, what_en = _WHAT[bound]
    message_id = _messages.render("limit", what=what_id, found=found, limit=limit)[0]
    message_en = _messages.render("limit", what=what_en, found=found, limit=limit)[1]
    return Problem(
        path=path,
        code="limit",
        message_id=message_id,
        message_en=message_en,
        found=str(found),
        expected=f"{bound}={limit}",
    )


def limit_error(
    path: str, bound: str, found: int | str, limit: int, *, source: str | None = None
) -> LimitExceededError:
    """A :class:`LimitExceededError` carrying one :func:`limit_problem`.

    ``problem.expected`` names the bound and its value (``"max_depth=32"``), so a
    program can tell which keyword of :class:`Limits` to raise.
    """
    return LimitExceededError([limit_problem(path, bound, found, limit)], source=source)


# --------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------


def utf8_size(text: str) -> int:
    """The size of ``text`` in UTF-8 bytes (lone surrogates count as three)."""
    return len(text.encode("utf-8", "surrogatepass"))


def check_text_size(text: str, limits: Limits, *, source: str | None = None) -> None:
    """Refuse text larger than ``limits.max_bytes``, before any parsing.

    Encoding is skipped when the character count alone settles it (a character
    is one to four bytes): text with more characters than ``max_bytes`` is
    reported with its character count, a lower bound of its size.

    >>> check_text_size("x" * 11, Limits(max_bytes=10))
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.LimitExceededError: 1 masalah dalam dokumen:
      - (dokumen): melebihi batas ukuran dokumen (byte): 11 > 10; ...
    ...
    """
    chars = len(text)
    if chars * 4 <= limits.max_bytes:
        return
    size = chars if chars > limits.max_bytes else utf8_size(text)
    if size > limits.max_bytes:
        raise limit_error("", "max_bytes", size, limits.max_bytes, source=source)


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def nesting_depth_of_json(text: str) -> int:
    """How deeply the brackets of JSON text nest, without parsing it.

    Used on the error path only (after the parser gave up), so it favours
    being simple over being fast.

    >>> nesting_depth_of_json('{"a": [[1], "]]]"]}')
    3
    """
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    steps = (1 if c in "[{" else -1 for c in brackets)
    return max(itertools.accumulate(steps, initial=0))


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------

# Types that need no look inside: checked by identity, the fast way.
_LEAVES = frozenset({int, float, bool, type(None), dt.date, dt.datetime, bytes})


def check_value(data: object, limits: Limits, *, source: str | None = None) -> None:
    """Refuse a parsed document (plain values) that exceeds ``limits``.

    The walk is iterative, one level at a time, so no depth or cycle can make it
    recurse or run forever: it stops at ``max_depth`` levels and at
    ``max_nodes`` values.  Only when a bound is hit does a second, slower walk
    find the path of the offending value for the message.

    >>> check_value({"a": [[["deep"]]]}, Limits(max_depth=3))
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.LimitExceededError: 1 masalah dalam dokumen:
      - a[0][0] (a ke-1.1): melebihi batas kedalaman susunan: 4 > 3; ...
    ...
    """
    if _within(data, limits):
        return
    raise _locate(data, limits, source=source)


_SURROGATE = re.compile("[\ud800-\udfff]")
_BIGGEST: dict[int, int] = {}


def _biggest(digits: int) -> int:
    """The largest whole number of ``digits`` digits."""
    found = _BIGGEST.get(digits)
    if found is None:
        found = _BIGGEST[digits] = 10**digits - 1
    return found


def _clean(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate (a half of a UTF-16 pair, never a character)."""
    return text.isascii() or _SURROGATE.search(text) is None


def text_problem(path: str, text: str) -> Problem | None:
    """The ``bad_text`` problem of a text holding a lone surrogate, or ``None``.

    Such a text cannot be written as UTF-8 (to a file, a hash, a terminal), so
    it is refused with its path rather than failing later in a report.
    """
    match = None if text.isascii() else _SURROGATE.search(text)
    if match is None:
        return None
    from tkpk_rules.io import _messages

    code = f"{ord(match.group()):04X}"
    message_id, message_en = _messages.render("bad_text", char=code, at=match.start())
    return Problem(
        path=path,
        code="bad_text",
        message_id=message_id,
        message_en=message_en,
        found=f"U+{code}",
        expected="UTF-8",
    )


def digits_of(number: int) -> int:
    """How many digits ``number`` has, without converting it to text (which may fail)."""
    number = abs(number)
    if number < 10**18:
        return len(str(number))
    # 2**(b-1) <= number < 2**b, so it has ``low`` or ``low + 1`` digits.
    low = int((number.bit_length() - 1) * 0.30102999566398120) + 1  # log10(2)
    return low + 1 if number >= 10**low else low


def _children(container: Any) -> Any:
    return container.values() if isinstance(container, Mapping) else container


def _is_container(value: object) -> bool:
    return isinstance(value, (Mapping, list, tuple))


def _within(data: object, limits: Limits) -> bool:
    """Whether ``data`` stays within ``limits`` (the fast walk: no paths)."""
    max_string, max_items, max_nodes = limits.max_string, limits.max_items, limits.max_nodes
    biggest = _biggest(limits.max_digits)
    if type(data) is str:
        return len(data) <= max_string and _clean(data)
    if not _is_container(data):
        return True
    nodes = 1
    level: list[Any] = [data]
    depth = 0
    while level:
        depth += 1
        if depth > limits.max_depth:
            return False
        below: list[Any] = []
        for container in level:
            size = len(container)
            if size > max_items:
                return False
            nodes += size
            if nodes > max_nodes:
                return False
            values: Any
            if isinstance(container, Mapping):
                for key in container:
                    if isinstance(key, str) and (
                        len(key) > max_string or not (key.isascii() or _clean(key))
                    ):
                        return False
                values = container.values()
            else:
                values = container
            for value in values:
                kind = type(value)
                if kind is str:
                    if len(value) > max_string or not (value.isascii() or _clean(value)):
                        return False
                elif kind is dict or kind is list:
                    below.append(value)
                elif kind is int:
                    if value > biggest or value < -biggest:
                        return False
                elif kind in _LEAVES:
                    continue
                elif isinstance(value, str):
                    if len(value) > max_string or not _clean(value):
                        return False
                elif isinstance(value, int) and not isinstance(value, bool):
                    if value > biggest or value < -biggest:
                        return False
                elif _is_container(value):
                    below.append(value)
        level = below
    return True


def _join(path: str, part: object) -> str:
    if isinstance(part, int) and not isinstance(part, bool):
        return f"{path}[{part}]"
    text = str(part)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{path}.{text}" if path else text


def path_of(parts: Iterable[object]) -> str:
    """A document path from its parts: ``["tim", "anggota", 3]`` -> ``tim.anggota[3]``.

    >>> path_of(["tim", "anggota", 3, "nama"])
    'tim.anggota[3].nama'
    """
    path = ""
    for part in parts:
        path = _join(path, part)
    return path


def _value_error(
    path: str, value: object, limits: Limits, *, source: str | None
) -> DocumentError | None:
    """The error of one text or number beyond the limits (or unwritable), else ``None``."""
    if isinstance(value, str):
        if len(value) > limits.max_string:
            return limit_error(path, "max_string", len(value), limits.max_string, source=source)
        problem = text_problem(path, value)
        return None if problem is None else DocumentError([problem], source=source)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = digits_of(value)
        if digits > limits.max_digits:
            return limit_error(path, "max_digits", digits, limits.max_digits, source=source)
    return None


def _locate(data: object, limits: Limits, *, source: str | None) -> DocumentError:
    """The error for the first bound ``data`` exceeds, in the fast walk's order, with a path."""
    if not _is_container(data):
        found = _value_error("", data, limits, source=source)
        assert found is not None
        return found
    nodes = 1
    level: list[tuple[Any, str]] = [(data, "")]
    depth = 0
    while level:
        depth += 1
        if depth > limits.max_depth:
            return limit_error(level[0][1], "max_depth", depth, limits.max_depth, source=source)
        below: list[tuple[Any, str]] = []
        for container, path in level:
            size = len(container)
            if size > limits.max_items:
                return limit_error(path, "max_items", size, limits.max_items, source=source)
            nodes += size
            if nodes > limits.max_nodes:
                # A lower bound: counting stops at the first container past the limit.
                return limit_error("", "max_nodes", nodes, limits.max_nodes, source=source)
            if isinstance(container, Mapping):
                for key in container:
                    if isinstance(key, str):
                        error = _value_error(_join(path, key), key, limits, source=source)
                        if error is not None:
                            return error
                pairs: Any = container.items()
            else:
                pairs = enumerate(container)
            for part, value in pairs:
                if isinstance(value, (str, int)):
                    error = _value_error(_join(path, part), value, limits, source=source)
                    if error is not None:
                        return error
                elif _is_container(value):
                    below.append((value, _join(path, part)))
        level = below
    raise AssertionError("the fast walk found a bound exceeded that the slow walk did not")
