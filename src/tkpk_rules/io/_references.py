"""Checks across a loaded document: source ids, coverage paths, and the region's name.

These need the whole document (a source id is declared in one place and cited in
another), so they run after the converter, on the structured dossier.
"""

from __future__ import annotations

import re
import types
import typing
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs

from tkpk_rules.errors import Problem
from tkpk_rules.io._messages import words
from tkpk_rules.io.converter import make_problem
from tkpk_rules.model import Coverage, Dossier, NotRecorded, Source, date_bounds

__all__ = ["list_paths", "reference_problems"]

_SEGMENT = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def reference_problems(dossier: Dossier, *, strict: bool = False) -> list[Problem]:
    """Every problem of ``dossier`` that only shows across its parts.

    Always: a ``wilayah.nama`` that is another region's name, or that gives the
    wrong level (``"Kota Banyumas"`` for a kabupaten).  With ``strict`` also: a
    name no region bears, ``sumber`` ids that no source declares, duplicate
    source ids, ``cakupan.sebagian`` paths that name no list, and a meeting or a
    coverage that ends before it starts.
    """
    problems = _region_name_problems(dossier, strict=strict)
    if strict:
        problems.extend(_source_problems(dossier))
        problems.extend(_coverage_problems(dossier))
        problems.extend(_order_problems(dossier))
    return problems


def _order_problems(dossier: Dossier) -> list[Problem]:
    found: list[Problem] = []
    spans: list[tuple[str, object, object]] = []
    if isinstance(dossier.cakupan, Coverage):
        spans.append(("cakupan", dossier.cakupan.mulai, dossier.cakupan.selesai))
    if isinstance(dossier.rapat_koordinasi, tuple):
        for index, meeting in enumerate(dossier.rapat_koordinasi):
            spans.append((f"rapat_koordinasi[{index}]", meeting.tanggal, meeting.tanggal_selesai))
    if isinstance(dossier.kekosongan_jabatan, tuple):
        for index, vacancy in enumerate(dossier.kekosongan_jabatan):
            spans.append((f"kekosongan_jabatan[{index}]", vacancy.mulai, vacancy.selesai))
    if isinstance(dossier.agenda_kerja, tuple):
        for index, agenda in enumerate(dossier.agenda_kerja):
            if not isinstance(agenda.kegiatan, tuple):
                continue
            for number, item in enumerate(agenda.kegiatan):
                path = f"agenda_kerja[{index}].kegiatan[{number}]"
                spans.append((path, item.mulai, item.selesai))
    for path, start, end in spans:
        # A month or year alone (``2024-05``): only an end surely before the start is wrong.
        first, last = date_bounds(start), date_bounds(end)
        if first is not None and last is not None and last[1] < first[0]:
            found.append(make_problem(path, "bad_range", start=start, end=end))
    return found


# -- sources ---------------------------------------------------------------


def _declared_sources(dossier: Dossier) -> tuple[dict[str, int], list[Problem]]:
    ids: dict[str, int] = {}
    problems: list[Problem] = []
    if isinstance(dossier.sumber, NotRecorded):
        return ids, problems
    for index, entry in enumerate(dossier.sumber):
        if not isinstance(entry, Source):
            continue
        # "café" typed two ways (é, or e and a combining accent) is one id to a reader.
        key = unicodedata.normalize("NFC", entry.id)
        if key in ids:
            problems.append(
                make_problem(
                    f"sumber[{index}].id", "duplicate_source", found=entry.id, first=ids[key]
                )
            )
        else:
            ids[key] = index
    return ids, problems


def _walk(value: object, path: str) -> Iterator[tuple[str, object]]:
    """Every model object under ``value``, with its path (``value`` itself first)."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
        return
    if not attrs.has(type(value)):
        return
    yield path, value
    for field in attrs.fields(type(value)):  # type: ignore[arg-type]
        sub = f"{path}.{field.name}" if path else field.name
        yield from _walk(getattr(value, field.name), sub)


def _source_problems(dossier: Dossier) -> list[Problem]:
    ids, problems = _declared_sources(dossier)
    known = ", ".join(ids) if ids else "-"
    for path, obj in _walk(dossier, ""):
        if obj is dossier or isinstance(obj, Source):
            continue
        cited = getattr(obj, "sumber", None)
        if not isinstance(cited, tuple):
            continue
        for index, ref in enumerate(cited):
            if isinstance(ref, str) and unicodedata.normalize("NFC", ref) not in ids:
                problems.append(
                    make_problem(
                        f"{path}.sumber[{index}]", "unknown_source", found=ref, known=known
                    )
                )
    return problems


# -- coverage --------------------------------------------------------------


def _list_type(hint: Any) -> Any | None:
    """The item type when ``hint`` is a list type (``tuple[X, ...]``, maybe not recorded)."""
    options = (
        typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else ()
    ) or (hint,)
    for option in options:
        if typing.get_origin(option) is tuple:
            return typing.get_args(option)[0]
    return None


def _class_of(hint: Any) -> type | None:
    options = (
        typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else ()
    ) or (hint,)
    for option in options:
        if isinstance(option, type) and attrs.has(option):
            return option
    return None


def list_paths(cls: type = Dossier, prefix: str = "", depth: int = 3) -> list[str]:
    """The paths of the lists a document can hold, without indices (``tim.anggota``...).

    >>> "rapat_koordinasi" in list_paths() and "tim.anggota" in list_paths()
    True
    """
    found: list[str] = []
    if depth == 0:
        return found
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        path = f"{prefix}.{field.name}" if prefix else field.name
        item = _list_type(hints[field.name])
        if item is not None:
            found.append(path)
            inner = _class_of(item)
            if inner is not None:
                found.extend(list_paths(inner, f"{path}[]", depth - 1))
            continue
        inner = _class_of(hints[field.name])
        if inner is not None:
            found.extend(list_paths(inner, path, depth - 1))
    return found


def _resolve(path: str, dossier: Dossier) -> str | None:
    """Why ``path`` does not name a list of the document; ``None`` when it does."""
    cls: type | None = Dossier
    value: object = dossier
    segments = path.split(".")
    for number, segment in enumerate(segments):
        match = _SEGMENT.fullmatch(segment)
        if match is None or cls is None:
            return "shape"
        name, index = match.group(1), match.group(2)
        fields = attrs.fields_dict(cls)
        if name not in fields:
            return "field"
        hint = typing.get_type_hints(cls)[name]
        value = getattr(value, name, None) if value is not None else None
        if isinstance(value, NotRecorded):
            value = None
        item = _list_type(hint)
        last = number == len(segments) - 1
        if last:
            return None if item is not None and index is None else "not_list"
        if item is not None:
            if index is None:
                return "needs_index"
            position = int(index)
            if isinstance(value, tuple):
                if position >= len(value):
                    return "index"
                value = value[position]
            cls = _class_of(item)
        else:
            if index is not None:
                return "not_list"
            cls = _class_of(hint)
    return None  # pragma: no cover - the loop always returns on its last segment


def _coverage_problems(dossier: Dossier) -> list[Problem]:
    coverage = dossier.cakupan
    if isinstance(coverage, NotRecorded) or isinstance(coverage.sebagian, NotRecorded):
        return []
    problems: list[Problem] = []
    examples = ", ".join(_EXAMPLE_PATHS)
    for index, path in enumerate(coverage.sebagian):
        why = _resolve(path.strip(), dossier)
        if why is not None:
            problems.append(
                make_problem(
                    f"cakupan.sebagian[{index}]",
                    "bad_list_path",
                    found=path,
                    expected=examples,
                    hint_id=words(f"loading.hint.path.{why}")[0],
                    hint_en=words(f"loading.hint.path.{why}")[1],
                )
            )
    return problems


#: The lists a record most often knows to be incomplete, shown as examples.
_EXAMPLE_PATHS = (
    "rapat_koordinasi",
    "tim.anggota",
    "dokumen",
    "riwayat_tim",
    "riwayat_tim[0].anggota",
    "rapat_koordinasi[0].peserta",
)


# -- region name -----------------------------------------------------------


def _region_name_problems(dossier: Dossier, *, strict: bool) -> list[Problem]:
    from tkpk_rules import regions

    ref = dossier.wilayah
    if isinstance(ref.nama, NotRecorded):
        return []
    row = regions.find(ref.kode)
    if row is None or ref.kode != ref.kode.strip():
        return []  # the code itself is reported
    if regions.name_matches(row, ref.nama):
        return []
    others = [r for r in regions.regions_named(ref.nama) if r.kode != row.kode]
    if others:
        named = ", ".join(f"{r.nama} ({r.kode})" for r in others[:3])
        hint = words("loading.hint.name_of", named=named)
    elif regions.name_matches(row, _without_level(ref.nama)):
        hint = words("loading.hint.level_word")
    elif strict:
        hint = words("loading.hint.no_such_name")
    else:
        return []  # a name no region bears (a typo, an old spelling): kept as written
    return [
        make_problem(
            "wilayah.nama",
            "region_name_mismatch",
            found=ref.nama,
            kode=ref.kode,
            expected=row.nama,
            suggestion=row.nama,
            hint_id=hint[0],
            hint_en=hint[1],
        )
    ]


def _without_level(nama: str) -> str:
    """``nama`` without a leading level word (``"Kota Banyumas"`` -> ``"Banyumas"``)."""
    words = nama.split()
    levels = {"kab", "kab.", "kabupaten", "kota", "prov", "prov.", "provinsi", "propinsi"}
    while words and words[0].casefold() in levels:
        words.pop(0)
    return " ".join(words) or nama
