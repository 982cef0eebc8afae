"""Load and dump whole documents: paths, text, or plain dicts.

Every reader takes ``limits`` (a :class:`~tkpk_rules.io.limits.Limits`;
:data:`~tkpk_rules.io.limits.DEFAULT_LIMITS` when left out).  Each bound is
checked before the work it protects: a file's size before it is read, the text's
size before it is parsed, depth, lengths and counts before the converter runs.
A bound that is hit raises :class:`~tkpk_rules.errors.LimitExceededError`.

>>> from tkpk_rules.io.limits import Limits
>>> loads('{"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}}', limits=Limits(max_bytes=20))
Traceback (most recent call last):
...
tkpk_rules.errors.LimitExceededError: 1 masalah dalam dokumen:
  - (dokumen): melebihi batas ukuran dokumen (byte): 56 > 20; ...
...
"""

from __future__ import annotations

import functools
import json
import os
import stat
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from tkpk_rules.errors import (
    ArgumentTypeError,
    DocumentError,
    Problem,
    bool_argument,
    os_error_words,
)
from tkpk_rules.io.converter import (
    converter,
    gc_paused,
    make_problem,
    problems_from_exception,
)
from tkpk_rules.io.limits import (
    DEFAULT_LIMITS,
    MAX_SAFE_DIGITS,
    Limits,
    check_text_size,
    check_value,
    limit_error,
    nesting_depth_of_json,
)
from tkpk_rules.model import FORMAT_V1, Dossier, trusted_construction

__all__ = ["dump", "dumps", "load", "load_file", "loads", "parse"]

_DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json", ".xlsx", ".csv")


def parse(text: str, *, source: str | None = None, limits: Limits | None = None) -> Any:
    """Parse document text (JSON or YAML) into plain values.

    Text that starts with ``{`` is read as JSON, everything else as YAML (which
    needs the ``yaml`` extra).  Raises :class:`DocumentError` on syntax errors
    and :class:`~tkpk_rules.errors.LimitExceededError` when ``limits`` (by
    default :data:`~tkpk_rules.io.limits.DEFAULT_LIMITS`) are exceeded.
    """
    limits = _limits(limits)
    data, checked = _parse_text(text, source=source, limits=limits)
    if not checked:
        check_value(data, limits, source=source)
    return data


def _parse_text(text: str, *, source: str | None, limits: Limits) -> tuple[Any, bool]:
    """The plain values of ``text``, and whether the limits were checked on them yet.

    YAML is checked while it is composed; JSON is not (:func:`parse` walks it
    afterwards, :func:`loads` counts while it structures).
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(
            f"text: seharusnya / expected str, bukan / got {type(text).__name__}"
            + (" (pakai / use .decode('utf-8'))" if isinstance(text, bytes) else "")
        )
    check_text_size(text, limits, source=source)
    stripped = text.lstrip("\ufeff \t\r\n")
    # What comes before the document is dropped, but its line breaks are kept, or every
    # problem after blank lines would name the wrong line.
    prefix = text[: len(text) - len(stripped)]
    breaks = prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n")
    stripped = "\n" * breaks + stripped
    if stripped.lstrip("\n").startswith("{"):
        return _parse_json(stripped, source=source, limits=limits), False
    try:
        from tkpk_rules.io._yaml import parse_yaml
    except ImportError:  # PyYAML is an optional extra
        raise DocumentError([make_problem("", "yaml_missing")], source=source) from None
    return parse_yaml(stripped, source=source, limits=limits), True


class _Pairs:
    """The ``object_pairs_hook`` of :func:`json.loads` that remembers keys written twice."""

    def __init__(self) -> None:
        self.twice: list[tuple[dict[str, Any], str]] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        mapping = dict(pairs)
        if len(mapping) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.twice.append((mapping, key))
                seen.add(key)
        return mapping


def _duplicate_problems(data: Any, twice: list[tuple[dict[str, Any], str]]) -> list[Problem]:
    """One ``duplicate_key`` problem per key written twice, with its full path."""
    from tkpk_rules.io.limits import path_of

    where: dict[int, list[object]] = {}
    stack: list[tuple[Any, list[object]]] = [(data, [])]
    while stack:  # the tree is within the limits already: this walk ends
        value, parts = stack.pop()
        if isinstance(value, dict):
            where[id(value)] = parts
            stack.extend((v, [*parts, k]) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, [*parts, i]) for i, v in enumerate(value))
    problems = []
    for mapping, key in twice:
        path = path_of([*where.get(id(mapping), []), key])
        problem = make_problem(path, "duplicate_key_json", key=key)
        problems.append(attrs.evolve(problem, code="duplicate_key"))
    return problems


def _limits(limits: object) -> Limits:
    """``limits``, or the defaults; anything but a :class:`Limits` is refused."""
    if limits is None:
        return DEFAULT_LIMITS
    if not isinstance(limits, Limits):
        raise ArgumentTypeError(
            f"limits: seharusnya / expected tkpk_rules.io.Limits, bukan / got "
            f"{type(limits).__name__}"
        )
    return limits


#: The JSON parser's commonest reasons, in Indonesian (the English message keeps its own).
_JSON_REASONS = {
    "Expecting value": ": nilai tidak ada atau tidak sah",
    "Expecting ',' delimiter": ": koma (,) kurang",
    "Expecting ':' delimiter": ": titik dua (:) kurang",
    "Expecting property name enclosed in double quotes": (
        ": nama kunci harus dalam tanda kutip ganda (atau ada koma berlebih)"
    ),
    "Unterminated string starting at": ": teks tidak ditutup tanda kutip",
    "Extra data": ": ada isi lagi sesudah akhir dokumen",
    "Invalid control character at": ": ada karakter kendali (misalnya tab) di dalam teks",
}


def _json_reason(message: str) -> str:
    """The parser's reason in Indonesian, when it is one of the commonest (else nothing)."""
    return next((said for start, said in _JSON_REASONS.items() if message.startswith(start)), "")


def _parse_json(text: str, *, source: str | None, limits: Limits) -> Any:
    hook = _Pairs()
    try:
        with gc_paused():  # the parser makes no cycles; the collector only slows it down
            data = json.loads(text, object_pairs_hook=hook)
    except json.JSONDecodeError as exc:
        from tkpk_rules import i18n

        # Python's reason is English: it stays in the English message only.
        problem = attrs.evolve(
            make_problem(
                "", "syntax", detail=f"JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
            ),
            message_id=i18n.MESSAGES["loading.syntax"].id.format(
                detail=f"JSON tidak sah pada baris {exc.lineno}, kolom {exc.colno}"
                + _json_reason(exc.msg)
            ),
            line=exc.lineno,
        )
        raise DocumentError([problem], source=source) from None
    except RecursionError:  # the C parser nests ~1,000 deep at most
        depth = nesting_depth_of_json(text)
        raise limit_error("", "max_depth", depth, limits.max_depth, source=source) from None
    except ValueError:  # an integer of more digits than Python converts
        found = f"> {MAX_SAFE_DIGITS}"
        raise limit_error("", "max_digits", found, limits.max_digits, source=source) from None
    if hook.twice:
        check_value(data, limits, source=source)  # the limits come first, as for YAML
        raise DocumentError(_duplicate_problems(data, hook.twice), source=source)
    return data


#: What the fast path gives: the dossier, and whether the clerk's review has values to look at.
_Fast = tuple[Dossier, bool]


def _fast(data: object, limits: Limits | None, *, source: str | None) -> _Fast | None:
    """The dossier of a valid document of plain values, by the fast path; else ``None``.

    ``limits`` are the limits not yet checked on ``data`` (``None``: checked
    already).  The fast path counts them as it builds (issue 15); when it gives
    up, or cannot vouch for a bound (nesting deeper than the model, see
    :func:`~tkpk_rules.io._fast.counts_cover`), the document is walked as before
    (:func:`~tkpk_rules.io.limits.check_value`), so a document beyond a limit is
    refused with the same problem, path and order as before, and before any
    problem of its content.
    """
    fast = None
    if type(data) is dict and data.get("format") == FORMAT_V1:
        from tkpk_rules.io._fast import structure_fast

        # The fast path checks every value itself; no cycles are made, so no GC.
        with trusted_construction(), gc_paused():
            fast = structure_fast(data, Dossier, limits=limits, skip="format")
    if limits is not None:
        from tkpk_rules.io._fast import counts_cover

        if fast is None or not counts_cover(Dossier, limits):
            check_value(data, limits, source=source)
    return fast


def _structure(
    data: object,
    *,
    source: str | None,
    strict: bool = False,
    place: Callable[[Problem], Problem] | None = None,
    fast: _Fast | None = None,
    tried: bool = False,
) -> Dossier:
    """The dossier of ``data`` (within the limits), or every problem of it as one error.

    ``tried``: the caller has tried the fast path already (:func:`_fast`), whose
    answer is ``fast``; otherwise it is tried here.
    """
    if not tried:
        fast = _fast(data, None, source=source)
    if not isinstance(data, Mapping):
        from tkpk_rules.io._clerk import not_a_mapping_hint
        from tkpk_rules.io._messages import type_name
        from tkpk_rules.io.converter import python_type_name

        kind = python_type_name(data)
        hint = not_a_mapping_hint(data)
        raise DocumentError(
            [
                make_problem(
                    "",
                    "not_a_mapping",
                    found_id=type_name(kind, "id"),
                    found_en=type_name(kind, "en"),
                    hint_id=hint[0],
                    hint_en=hint[1],
                )
            ],
            source=source,
        )
    problems: list[Problem] = []
    dossier: Dossier | None = None
    values = True  # the review walks every value, unless the fast path has seen them all
    if fast is not None:  # a valid document: the converter would have nothing to say
        dossier, values = fast
    elif "format" not in data:
        problems.append(make_problem("format", "missing_format", expected=FORMAT_V1))
    elif data["format"] != FORMAT_V1:
        problems.append(
            make_problem("format", "bad_format", expected=FORMAT_V1, found=data["format"])
        )
    body = {key: value for key, value in data.items() if key != "format"}
    if fast is None:
        try:
            # The converter has checked every value already; no cycles are made, so no GC.
            with trusted_construction(), gc_paused():
                dossier = converter.structure(body, Dossier)
        except Exception as exc:
            problems.extend(problems_from_exception(exc))
    problems.extend(_region_problems(body))
    if dossier is not None:
        from tkpk_rules.io._references import reference_problems

        problems.extend(reference_problems(dossier, strict=strict))
    from tkpk_rules.io._clerk import review  # a clerk's likely mistakes, named with their fixes

    problems = review(body, problems, place=place, values=values)
    if problems or dossier is None:
        raise DocumentError(problems, source=source)
    return dossier


def _region_problems(body: Mapping[Any, Any]) -> list[Problem]:
    region = body.get("wilayah")
    if not isinstance(region, Mapping):
        return []
    code = region.get("kode")
    if not isinstance(code, str):
        return []
    from tkpk_rules import regions

    if regions.find(code.strip()) is not None and code == code.strip():
        return []
    from tkpk_rules.errors import UnknownRegionError

    try:
        regions.get(code)
        close: list[str] = []
    except UnknownRegionError as exc:
        current = [c for c in exc.candidates if _current(regions.find(c))]
        close = current[:3]
    # The name the record gives beside the code, when it is a region's: the code meant.
    name = region.get("nama")
    named = _named_code(name) if isinstance(name, str) else None
    if named is not None:
        close = [named, *(c for c in close if c != named)][:3]
    hint = ("", "")
    if close:
        shown = ", ".join(f"{c} ({_region_name(c)})" for c in close)
        hint = ("; mungkin maksud Anda " + shown, "; did you mean " + shown)
    return [
        make_problem("wilayah.kode", "unknown_region", found=code, hint_id=hint[0], hint_en=hint[1])
    ]


def _named_code(name: str) -> str | None:
    """The code of the region in use that ``name`` names exactly (case and spacing aside)."""
    from tkpk_rules import regions

    wanted = " ".join(name.split()).casefold()
    found = [
        r.kode
        for r in regions.all_regions()
        if _current(r) and " ".join(r.nama.split()).casefold() == wanted
    ]
    return found[0] if len(found) == 1 else None


def _region_name(code: str) -> str:
    from tkpk_rules import regions

    region = regions.find(code)
    return region.nama if region is not None else "?"


def _current(region: object) -> bool:
    """Whether a table row is a code still in use (suggestions skip the retired ones)."""
    return region is not None and getattr(region, "berakhir", None) is None


def load(
    source: str | os.PathLike[str] | Mapping[str, Any],
    *,
    limits: Limits | None = None,
    strict: bool = False,
) -> Dossier:
    """Load a dossier from a path, from document text, or from a dict.

    A :class:`os.PathLike`, or a one-line string ending in ``.yaml``, ``.yml``
    or ``.json``, is read as a file; any other string is read as document text;
    a mapping is taken as the document itself.  Every problem in the document
    is raised at once, as one :class:`~tkpk_rules.errors.DocumentError`; a
    document beyond ``limits`` raises :class:`~tkpk_rules.errors.LimitExceededError`
    (``max_bytes`` applies to text and files only).

    ``strict=True`` also refuses what only shows across the document (see
    :func:`tkpk_rules.io.reference_problems`): ``sumber`` ids no
    source declares, ``cakupan.sebagian`` paths that name no list, a meeting
    that ends before it starts, a ``wilayah.nama`` no region bears.  A name that
    is another region's is refused either way.
    """
    bool_argument(strict, "strict")
    if isinstance(source, Mapping):
        fast = _fast(source, _limits(limits), source=None)
        return _structure(source, source=None, strict=strict, fast=fast, tried=True)
    if isinstance(source, os.PathLike):
        return load_file(source, limits=limits, strict=strict)
    if isinstance(source, str):
        if "\n" not in source and source.strip().lower().endswith(_DOCUMENT_SUFFIXES):
            return load_file(source, limits=limits, strict=strict)
        return loads(source, limits=limits, strict=strict)
    raise DocumentError(
        [make_problem("", "file", detail=f"{type(source).__name__} is not a path, text or dict")]
    )


def loads(
    text: str, *, source: str | None = None, limits: Limits | None = None, strict: bool = False
) -> Dossier:
    """Load a dossier from document text (YAML or JSON); ``strict`` as for :func:`load`.

    Each problem of a YAML document carries the line it is on (``Problem.line``).
    """
    limits = _limits(limits)
    bool_argument(strict, "strict")
    from tkpk_rules.io._clerk import explain, line_placer

    # The collector stays paused until the parsed values are freed: it would
    # otherwise scan them all once more, only to find no cycle (issue 15).
    with gc_paused():
        data, checked = _parse_text(text, source=source, limits=limits)
        fast = _fast(data, None if checked else limits, source=source)
        try:
            dossier = _structure(
                data, source=source, strict=strict, place=line_placer(text), fast=fast, tried=True
            )
        except DocumentError as exc:
            raise explain(exc, data, text) from None
        finally:
            del data, fast
    return dossier


def load_file(
    path: str | os.PathLike[str], *, limits: Limits | None = None, strict: bool = False
) -> Dossier:
    """Load a dossier from a ``.yaml``, ``.yml``, ``.json`` or ``.xlsx`` file.

    A workbook (``.xlsx``, needs the ``excel`` extra) is read as
    :mod:`tkpk_rules.io.workbook` describes; each of its problems names the
    sheet, row and column.  ``strict`` as for :func:`load`.

    A file larger than ``limits.max_bytes`` is refused before it is read.
    """
    limits = _limits(limits)
    if not isinstance(path, (str, os.PathLike)):
        raise ArgumentTypeError(
            f"path: seharusnya / expected str or os.PathLike, bukan / got {type(path).__name__}"
        )
    bool_argument(strict, "strict")
    name = os.fspath(path)
    if "\x00" in name:  # the system refuses it with a bare ValueError
        detail = "nama berkas berisi karakter nol (U+0000) / the file name holds a null character"
        raise DocumentError([make_problem("", "file", detail=detail)], source=repr(name))
    if name.lower().endswith((".xlsx", ".csv")):
        from tkpk_rules.io._clerk import load_other_file

        return load_other_file(
            name, limits=limits, structure=functools.partial(_structure, strict=strict)
        )
    try:
        # Opened without blocking, so a FIFO named by mistake cannot hang the reader;
        # anything but a regular file (a FIFO, a device, a socket) is refused.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                detail = _not_regular(info.st_mode)
                raise DocumentError([make_problem("", "file", detail=detail)], source=name)
            size = info.st_size
            if size > limits.max_bytes:
                raise limit_error("", "max_bytes", size, limits.max_bytes, source=name)
            # A pipe or device reports size 0: read one byte more than allowed to tell.
            raw = stream.read(limits.max_bytes + 1)
    except OSError as exc:
        raise DocumentError(
            [make_problem("", "file", detail=" / ".join(os_error_words(exc)))], source=name
        ) from None
    if len(raw) > limits.max_bytes:
        raise limit_error("", "max_bytes", len(raw), limits.max_bytes, source=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from tkpk_rules.io._yaml_errors import encoding_problem

        raise DocumentError([encoding_problem(raw, exc)], source=name) from None
    return loads(text, source=name, limits=limits, strict=strict)


def _not_regular(mode: int) -> str:
    """Why a path that is no regular file (a FIFO, a device, a folder) is not read."""
    return f"bukan berkas biasa / not a regular file ({_kind(mode)})"


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "folder/directory"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "perangkat/device"),
        (stat.S_ISBLK, "perangkat/device"),
        (stat.S_ISSOCK, "socket"),
    ):
        if test(mode):
            return kind
    return "?"


def dump(dossier: Dossier) -> dict[str, Any]:
    """The dossier as a plain document dict, ``format`` first.

    Facts that are not recorded are left out; ``None`` and empty lists are kept.
    """
    if not isinstance(dossier, Dossier):
        raise ArgumentTypeError(
            f"dossier: seharusnya / expected tkpk_rules.model.Dossier, bukan / got "
            f"{type(dossier).__name__}"
        )
    body = converter.unstructure(dossier, Dossier)
    return {"format": FORMAT_V1, **body}


def dumps(dossier: Dossier, *, format: Literal["yaml", "json"] = "yaml") -> str:
    """The dossier as YAML (needs the ``yaml`` extra) or JSON text."""
    if format not in ("yaml", "json"):
        raise ArgumentTypeError(f"format: 'yaml' atau/or 'json', bukan/not {format!r}")
    data = dump(dossier)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from tkpk_rules.io._yaml import dump_yaml

    return dump_yaml(data)
