"""The one cattrs converter between documents (plain dicts) and the domain model.

Structuring is strict: a value of the wrong type is a problem, never silently
coerced (``188`` is not quietly turned into ``"188"``); unknown keys are
problems; dates are ISO 8601 (``2024-03-15``).  Problems raised while
structuring are collected by cattrs' detailed validation and turned into
path-addressed :class:`~tkpk_rules.errors.Problem` objects by
:func:`problems_from_exception`.

Unstructuring leaves out every field that is :data:`~tkpk_rules.model.NOT_RECORDED`
and keeps ``None`` and empty lists, so that *not recorded* and *recorded as
none* survive a round trip.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import enum
import functools
import gc
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from tkpk_rules.errors import Problem
from tkpk_rules.io import _messages
from tkpk_rules.model import ImpreciseDate, NotRecorded, YearRange
from tkpk_rules.model.team import DateRange, SubTeam

__all__ = [
    "IMPRECISE_YEAR_MAX",
    "IMPRECISE_YEAR_MIN",
    "YEAR_MAX",
    "YEAR_MIN",
    "InvalidValue",
    "converter",
    "problems_from_exception",
    "python_type_name",
]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: What each of the converter's own hooks does, for the fast path of :mod:`tkpk_rules.io._fast`:
#: the hook, then its kind and what that kind needs (an enum's values, a union's inner type...).
#: A hook not named here is called as it is.
HOOK_PLANS: dict[Callable[..., object], tuple[Any, ...]] = {}
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR_TEXT = re.compile(r"\d{4}")


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a document's objects.

    Structuring makes many objects and no cycles; the collector, run again and
    again as they pile up, made loading grow faster than the document (issue 15).
    It is enabled again afterwards (in ``finally``), and only if it was on.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class InvalidValue(Exception):
    """Raised inside a structuring hook: one value is wrong.  Never escapes the loader."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def python_type_name(value: object) -> str:
    """The loader's name for the type of a document value (``str``, ``int``, ``list``...)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, Mapping):
        return "dict"
    if isinstance(value, (list, tuple)):
        return "list"
    return type(value).__name__


def _wrong_type(value: object, expected: str, hint: tuple[str, str] = ("", "")) -> InvalidValue:
    found = python_type_name(value)
    return InvalidValue(
        "wrong_type",
        found=found,
        expected=expected,
        found_id=_messages.type_name(found, "id"),
        found_en=_messages.type_name(found, "en"),
        expected_id=_messages.type_name(expected, "id"),
        expected_en=_messages.type_name(expected, "en"),
        hint_id=hint[0],
        hint_en=hint[1],
        shown=_shorten(value),
    )


def _shorten(value: object, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _structure_str(value: object, _: type) -> str:
    if isinstance(value, str):
        return value
    hint = ("", "")
    if isinstance(value, float):
        # YAML has already dropped trailing zeros (33.10 -> 33.1): show both spellings.
        shown = f"{value:.2f}" if round(value, 2) == value else repr(value)
        hint = (
            f"; tanpa tanda kutip YAML membacanya sebagai angka {value}: tulis teksnya persis "
            f'dalam tanda kutip, misalnya "{shown}"',
            f"; without quotes YAML reads it as the number {value}: write the text exactly, "
            f'in quotes, e.g. "{shown}"',
        )
    elif isinstance(value, int) and not isinstance(value, bool):
        hint = (
            f'; bila maksudnya teks, beri tanda kutip: "{value}"',
            f'; if you mean text, put it in quotes: "{value}"',
        )
    raise _wrong_type(value, "str", hint)


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _wrong_type(value, "int")


#: The years a document may name: anything else is a typo (``20244``) or hostile.
YEAR_MIN, YEAR_MAX = 1900, 2200

#: The fields that hold a year, by class name: every whole number of format 1.
_YEAR_FIELDS: dict[str, tuple[str, ...]] = {
    "AnnualAgenda": ("tahun",),
    "PlanningDocument": ("tahun",),
    "YearRange": ("mulai", "selesai"),
}


def _structure_year(value: object, tp: type) -> int:
    """A year: a whole number from :data:`YEAR_MIN` to :data:`YEAR_MAX`."""
    year = _structure_int(value, tp)
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise InvalidValue(
            "bad_value",
            found=year,
            allowed=f"{YEAR_MIN}..{YEAR_MAX}",
            hint_id=f" (tahun dari {YEAR_MIN} sampai {YEAR_MAX})",
            hint_en=f" (a year from {YEAR_MIN} to {YEAR_MAX})",
        )
    return year


#: The fields that count something, by class name: never negative.
_COUNT_FIELDS: dict[str, tuple[str, ...]] = {"SubTeam": ("jumlah",)}


def _structure_count(value: object, tp: type) -> int:
    """A count: a whole number, 0 or more (``jumlah: -5`` is a typo or hostile)."""
    count = _structure_int(value, tp)
    if count < 0:
        raise _negative(count)
    return count


def _negative(count: int) -> InvalidValue:
    return InvalidValue(
        "bad_value",
        found=count,
        allowed="0, 1, 2, ...",
        hint_id=" (jumlah tidak pernah negatif)",
        hint_en=" (a count is never negative)",
    )


def _structure_bool(value: object, _: type) -> bool:
    if isinstance(value, bool):
        return value
    word = _clerk_yes_no(value)
    if word is not None:
        return word
    raise _wrong_type(value, "bool")


def _clerk_yes_no(value: object) -> bool | None:
    """``ya``/``tidak`` are what a clerk writes for yes/no: accepted, as documented."""
    from tkpk_rules.io._dates import yes_no

    return yes_no(value)


def _clerk_date_hint(value: object) -> dict[str, Any]:
    """The ISO date a locally written date most likely means, as hint parameters."""
    from tkpk_rules.io._dates import suggest

    if isinstance(value, dt.datetime):
        value = value.isoformat(sep=" ")
    if not isinstance(value, str):
        return {}
    iso, hint_id, hint_en = suggest(value)
    return {"hint_id": hint_id, "hint_en": hint_en, "suggestion": iso}


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        hint = _clerk_date_hint(value)
        error = _wrong_type(value, "date", (hint["hint_id"], hint["hint_en"]))
        error.params["suggestion"] = hint["suggestion"]
        raise error
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        raise InvalidValue("bad_date", found=value, **_clerk_date_hint(value))
    raise _wrong_type(value, "date")


#: The years a date known only to its year or month may name (a TKPK decree is never older).
IMPRECISE_YEAR_MIN, IMPRECISE_YEAR_MAX = 1945, 2100


def _is_date_or_imprecise(tp: Any) -> bool:
    """``dt.date | ImpreciseDate``: a day, or only its year or month."""
    return _is_union(tp) and set(typing.get_args(tp)) == {dt.date, ImpreciseDate}


def _imprecise_year(year: int, found: object) -> int:
    if not IMPRECISE_YEAR_MIN <= year <= IMPRECISE_YEAR_MAX:
        raise InvalidValue(
            "bad_value",
            found=found,
            allowed=f"{IMPRECISE_YEAR_MIN}..{IMPRECISE_YEAR_MAX}",
            hint_id=(
                f" (tahun saja: bilangan dari {IMPRECISE_YEAR_MIN} sampai {IMPRECISE_YEAR_MAX}; "
                "atau tanggal lengkap TTTT-BB-HH)"
            ),
            hint_en=(
                f" (a year alone: a number from {IMPRECISE_YEAR_MIN} to {IMPRECISE_YEAR_MAX}; "
                "or a full date YYYY-MM-DD)"
            ),
        )
    return year


def _structure_date_or_imprecise(value: object, tp: type) -> dt.date | ImpreciseDate:
    """A day (``2024-03-15``), a year (``2024``, a whole number) or a month (``"2024-05"``)."""
    if isinstance(value, ImpreciseDate):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return ImpreciseDate(_imprecise_year(value, value))
    if isinstance(value, str):
        text = value.strip()
        month = _YEAR_MONTH.fullmatch(text)
        if month is not None:
            year, number = int(month.group(1)), int(month.group(2))
            if 1 <= number <= 12:
                _imprecise_year(year, value)
                if len(month.group(2)) == 2:
                    return ImpreciseDate(year, number)
                shown = f"{year:04d}-{number:02d}"
                raise InvalidValue(
                    "bad_date",
                    found=value,
                    hint_id=f"; bulan ditulis dua angka: maksud Anda {shown}?",
                    hint_en=f"; the month takes two digits: did you mean {shown}?",
                    suggestion=shown,
                )
            raise InvalidValue(
                "bad_date",
                found=value,
                hint_id=(
                    f"; bulan {number} tidak ada (01 sampai 12); bila hanya tahunnya yang "
                    f"diketahui, tulis {year} tanpa tanda kutip"
                ),
                hint_en=(
                    f"; there is no month {number} (01 to 12); if only the year is known, "
                    f"write {year} without quotes"
                ),
                suggestion=str(year),
            )
        if _YEAR_TEXT.fullmatch(text):
            raise InvalidValue(
                "bad_date",
                found=value,
                hint_id=f"; bila hanya tahunnya yang diketahui, tulis {text} tanpa tanda kutip",
                hint_en=f"; if only the year is known, write {text} without quotes",
                suggestion=text,
            )
        if not _ISO_DATE.fullmatch(text):
            from tkpk_rules.io._dates import month_of

            words = month_of(text)
            if words is not None:
                raise InvalidValue(
                    "bad_date",
                    found=value,
                    hint_id=f"; maksud Anda {words}? (bulan saja: TTTT-BB)",
                    hint_en=f"; did you mean {words}? (a month alone: YYYY-MM)",
                    suggestion=words,
                )
    try:
        return _structure_date(value, tp)
    except InvalidValue as exc:
        if exc.code == "wrong_type":
            raise _wrong_type(value, "date_or_year") from None
        if exc.code == "bad_date" and not exc.params.get("hint_id"):
            exc.params.update(
                hint_id="; atau tahun saja (2024) atau bulan saja (2024-05)",
                hint_en="; or a year alone (2024) or a month alone (2024-05)",
            )
        raise


def unstructure_imprecise(value: ImpreciseDate) -> int | str:
    """How a document writes an imprecise date: ``2024`` (a number) or ``"2024-05"``."""
    return value.tahun if value.bulan is None else str(value)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = [str(member.value) for member in cls]
    choices = tuple(values)
    # Value -> member, built once per enum; only text values can be looked up.
    by_value: dict[str, enum.Enum] = {}
    for member in cls:
        if isinstance(member.value, str):
            by_value.setdefault(member.value, member)

    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str):
            raise _wrong_type(value, "str")
        found = by_value.get(value)
        if found is not None:
            return found
        close = _close_matches(value.strip().lower().replace(" ", "_"), choices)
        hint = ("", "")
        if close:
            hint = (f"; mungkin maksud Anda {close[0]!r}", f"; did you mean {close[0]!r}")
        raise InvalidValue(
            "bad_value",
            found=value,
            allowed=", ".join(values),
            hint_id=hint[0],
            hint_en=hint[1],
            suggestion=close[0] if close else None,
        )

    HOOK_PLANS[structure] = ("enum", cls, by_value)
    return structure


#: Words longer than this get no "did you mean": no field or value name is near that long.
SUGGEST_MAX_LEN = 64


@functools.lru_cache(maxsize=4096)
def _close_matches(word: str, choices: tuple[str, ...]) -> tuple[str, ...]:
    """The closest of ``choices`` to ``word`` (at most one), remembered.

    A document with thousands of the same typo asks once; a word longer than
    :data:`SUGGEST_MAX_LEN` is not compared at all.
    """
    if len(word) > SUGGEST_MAX_LEN:
        return ()
    return tuple(difflib.get_close_matches(word, choices, n=1, cutoff=0.6))


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _is_not_recorded_union(tp: Any) -> bool:
    return _is_union(tp) and NotRecorded in typing.get_args(tp)


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_text_or_class(tp: Any) -> bool:
    """``str | SomeAttrsClass``: a list item that is either a plain note or a structured one."""
    if not _is_union(tp) or NotRecorded in typing.get_args(tp):
        return False
    args = typing.get_args(tp)
    return len(args) == 2 and str in args and any(attrs.has(a) for a in args)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook_func(_is_date_or_imprecise, _structure_date_or_imprecise)
    conv.register_structure_hook(ImpreciseDate, _structure_date_or_imprecise)
    conv.register_unstructure_hook(ImpreciseDate, unstructure_imprecise)
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum) and t is not NotRecorded,
        _enum_hook,
    )
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        lambda _t: lambda member: member.value,
    )

    def not_recorded_union(tp: Any) -> Callable[[object, type], object]:
        rest = tuple(a for a in typing.get_args(tp) if a is not NotRecorded)
        allows_none = type(None) in rest
        concrete = [a for a in rest if a is not type(None)]
        inner: Any = concrete[0] if len(concrete) == 1 else typing.Union[tuple(concrete)]  # noqa: UP007

        hook: list[Callable[[object, Any], object]] = []

        def structure(value: object, _: type) -> object:
            if value is None:
                if allows_none:
                    return None
                raise _wrong_type(value, _expected_name(inner))
            if not hook:  # what conv.structure(value, inner) would call, looked up once
                hook.append(_hook_for(conv, inner))
            return hook[0](value, inner)

        HOOK_PLANS[structure] = ("not_recorded", inner, allows_none)
        return structure

    conv.register_structure_hook_factory(_is_not_recorded_union, not_recorded_union)

    def text_or_class(tp: Any) -> Callable[[object, type], object]:
        cls = next(a for a in typing.get_args(tp) if attrs.has(a))
        hook: list[Callable[[object, Any], object]] = []

        def structure(value: object, _: type) -> object:
            if isinstance(value, str):
                return value
            if isinstance(value, Mapping):
                if not hook:
                    hook.append(_hook_for(conv, cls))
                return hook[0](value, cls)
            raise _wrong_type(value, "str_or_dict")

        HOOK_PLANS[structure] = ("text_or_class", cls)
        return structure

    conv.register_structure_hook_factory(_is_text_or_class, text_or_class)
    conv.register_unstructure_hook_factory(
        _is_text_or_class,
        lambda _tp: lambda value: value if isinstance(value, str) else conv.unstructure(value),
    )

    def tuple_hook(tp: Any) -> Callable[[object, type], tuple[object, ...]]:
        item_type = typing.get_args(tp)[0]

        hook: list[Callable[[object, Any], object]] = []

        def structure(value: object, _: type) -> tuple[object, ...]:
            if not isinstance(value, (list, tuple)):
                raise _wrong_type(value, "list")
            if not hook:
                hook.append(_hook_for(conv, item_type))
            item_hook = hook[0]
            items: list[object] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:
                    notes = [*getattr(exc, "__notes__", [])]
                    notes.append(IterableValidationNote(f"@ index {index}", index, item_type))
                    setattr(exc, "__notes__", notes)  # noqa: B010 (PEP 678 notes, 3.10 too)
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, tp)
            return tuple(items)

        HOOK_PLANS[structure] = ("items", item_type)
        return structure

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)

    def attrs_hook(cl: type) -> Callable[[object, type], object]:
        own = cl.__module__.startswith("tkpk_rules.model")
        years: dict[str, Any] = {
            name: override(struct_hook=_structure_year)
            for name in _YEAR_FIELDS.get(cl.__name__, ())
            if own
        }
        counts: dict[str, Any] = {
            name: override(struct_hook=_structure_count)
            for name in _COUNT_FIELDS.get(cl.__name__, ())
            if own
        }
        generated: Callable[[Any, Any], object] = make_dict_structure_fn(
            cl, conv, _cattrs_forbid_extra_keys=True, **years, **counts
        )

        def structure(value: object, _: type) -> object:
            if not isinstance(value, Mapping):
                raise _wrong_type(value, "dict")
            result = generated(value, cl)
            _check_range(result)
            return result

        HOOK_PLANS[structure] = ("attrs", cl, frozenset(years))
        return structure

    conv.register_structure_hook_factory(attrs.has, attrs_hook)
    conv.register_unstructure_hook_factory(
        attrs.has, lambda cl: make_dict_unstructure_fn(cl, conv, _cattrs_omit_if_default=True)
    )
    return conv


def _hook_for(conv: cattrs.Converter, tp: Any) -> Callable[[object, Any], object]:
    """The structure hook ``conv.structure(value, tp)`` dispatches to."""
    get = getattr(conv, "get_structure_hook", None)
    if get is not None:
        found: Callable[[object, Any], object] = get(tp)
        return found
    dispatch: Any = conv._structure_func.dispatch  # cattrs before 24.1
    found_old: Callable[[object, Any], object] = dispatch(tp)
    return found_old


def _expected_name(tp: Any) -> str:
    if attrs.has(tp):
        return "dict"
    if _is_homogeneous_tuple(tp):
        return "list"
    return getattr(tp, "__name__", str(tp))


def _check_range(value: object) -> None:
    start: object
    end: object
    if isinstance(value, SubTeam):
        # The fast path builds a count as any whole number: a negative one sends the
        # document to the converter, whose hook names the field (_structure_count).
        if isinstance(value.jumlah, int) and value.jumlah < 0:
            raise _negative(value.jumlah)
        return
    if isinstance(value, (YearRange, DateRange)):
        start, end = value.mulai, value.selesai
    else:
        return
    comparable = type(start) is type(end) and isinstance(start, (int, dt.date))
    if comparable and end < start:  # type: ignore[operator]
        raise InvalidValue("bad_range", start=start, end=end)


HOOK_PLANS.update(
    {
        _structure_str: ("str",),
        _structure_int: ("int",),
        _structure_bool: ("bool",),
        _structure_date: ("date",),
        _structure_date_or_imprecise: ("day_or_imprecise",),
    }
)

converter: cattrs.Converter = _make_converter()
"""The library's single converter.  Use :mod:`tkpk_rules.io` rather than calling it directly."""


def _join(path: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{path}[{part}]"
    return f"{path}.{part}" if path else part


def _field_names(cl: type | None) -> list[str]:
    if cl is None or not attrs.has(cl):
        return []
    return [a.name for a in attrs.fields(cl)]


def problems_from_exception(exc: BaseException, path: str = "") -> list[Problem]:
    """Turn what cattrs raised into problems, each with the path of its value."""
    problems: list[Problem] = []
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            problems.extend(problems_from_exception(sub, _join(path, note.name)))
        for sub in without:
            if isinstance(sub, ForbiddenExtraKeysError):
                known = _field_names(sub.cl)
                for key in sorted(sub.extra_fields, key=str):
                    problems.append(_unknown_key(path, str(key), known))
            else:
                problems.extend(problems_from_exception(sub, path))
    elif isinstance(exc, IterableValidationError):
        with_index, others = exc.group_exceptions()
        for sub, inote in with_index:
            problems.extend(problems_from_exception(sub, _join(path, inote.index)))
        for sub in others:
            problems.extend(problems_from_exception(sub, path))
    elif isinstance(exc, InvalidValue):
        problems.append(_problem(path, exc.code, **exc.params))
    elif isinstance(exc, KeyError):
        problems.append(_problem(path, "missing"))
    else:  # a programming error in a hook would land here: still reported, never lost
        problems.append(_problem(path, "syntax", detail=f"{type(exc).__name__}: {exc}"))
    return problems


def _unknown_key(path: str, key: str, known: list[str]) -> Problem:
    close = _close_matches(key, tuple(known))
    if close:
        hint = (f"; mungkin maksud Anda {close[0]!r}", f"; did you mean {close[0]!r}")
    else:
        hint = (
            "; kolom yang dikenal: " + ", ".join(known),
            "; known fields: " + ", ".join(known),
        )
    return _problem(
        _join(path, key),
        "unknown_key",
        key=key,
        hint_id=hint[0],
        hint_en=hint[1],
        suggestion=close[0] if close else None,
        found=key,
        expected=", ".join(known),
    )


def _problem(path: str, code: str, **params: Any) -> Problem:
    message_id, message_en = _messages.render(code, **params)
    found = params.get("shown", params.get("found"))
    expected = params.get("expected", params.get("allowed"))
    suggestion = params.get("suggestion")
    return Problem(
        path=path,
        code=code,
        message_id=message_id,
        message_en=message_en,
        found=None if found is None else str(found),
        expected=None if expected is None else str(expected),
        suggestion=suggestion,
    )


make_problem = _problem
