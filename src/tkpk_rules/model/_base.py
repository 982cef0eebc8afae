"""What every model module shares: the *not recorded* marker and small helpers."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from tkpk_rules.errors import TkpkError

__all__ = [
    "NOT_RECORDED",
    "ModelTypeError",
    "NotRecorded",
    "Typed",
    "is_recorded",
    "recorded_or",
    "trusted_construction",
]

T = TypeVar("T")


class NotRecorded(enum.Enum):
    """The single value :data:`NOT_RECORDED`: a fact that the record does not state.

    It is different from ``None`` (recorded as nothing: *there is no secretariat*)
    and from an empty tuple (recorded as none: *the team has no members*).  A
    document that leaves a key out gives ``NOT_RECORDED``; the rules turn it into
    an *undetermined* outcome, never into a violation.

    >>> from tkpk_rules.model import NOT_RECORDED
    >>> NOT_RECORDED
    NOT_RECORDED
    >>> bool(NOT_RECORDED)
    False
    """

    NOT_RECORDED = "not_recorded"

    def __repr__(self) -> str:
        return "NOT_RECORDED"

    def __bool__(self) -> bool:
        return False


NOT_RECORDED = NotRecorded.NOT_RECORDED


def is_recorded(value: object) -> bool:
    """``True`` unless ``value`` is :data:`NOT_RECORDED`."""
    return value is not NOT_RECORDED


def recorded_or(value: T | NotRecorded, default: T) -> T:
    """``value`` itself, or ``default`` when it is :data:`NOT_RECORDED`."""
    if isinstance(value, NotRecorded):
        return default
    return value


class ModelTypeError(TkpkError, TypeError):
    """A model object was built in code with a value of the wrong type.

    The loader never raises it (documents get :class:`~tkpk_rules.errors.DocumentError`);
    it catches objects built in Python with, say, the text ``"wakil_bupati"`` where
    :class:`~tkpk_rules.model.OfficeKind` is expected, which the rules would otherwise
    misread without a word.
    """


# Objects the loader builds are already checked, value by value, by the converter; while
# it runs, this flag spares them the second check below.
_TRUSTED: contextvars.ContextVar[bool] = contextvars.ContextVar("tkpk_trusted", default=False)

_Check = Callable[[object], bool]
_FIELD_CHECKS: dict[type, tuple[tuple[str, _Check, str], ...]] = {}


@contextlib.contextmanager
def trusted_construction() -> Iterator[None]:
    """Within this block, model objects skip their type check (for the loader only)."""
    token = _TRUSTED.set(True)
    try:
        yield
    finally:
        _TRUSTED.reset(token)


def _checker(tp: Any) -> tuple[_Check, str]:
    """A predicate for values of type ``tp``, and how to name that type to a person."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        parts = [_checker(arg) for arg in typing.get_args(tp)]
        preds = [p for p, _ in parts]
        return (lambda v: any(p(v) for p in preds)), " | ".join(n for _, n in parts)
    if origin is tuple:
        item, name = _checker(typing.get_args(tp)[0])
        return (lambda v: isinstance(v, tuple) and all(item(i) for i in v)), f"tuple[{name}, ...]"
    if tp is type(None):
        return (lambda v: v is None), "None"
    if tp is NotRecorded:
        return (lambda v: v is NOT_RECORDED), "NOT_RECORDED"
    if tp is dt.date:
        return (lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime)), "date"
    if tp is int:
        return (lambda v: isinstance(v, int) and not isinstance(v, bool)), "int"
    if isinstance(tp, type):
        return (lambda v: isinstance(v, tp)), tp.__name__
    raise TypeError(f"no runtime check for {tp!r}")  # a model change this module must learn


def _field_checks(cls: type) -> tuple[tuple[str, _Check, str], ...]:
    checks = _FIELD_CHECKS.get(cls)
    if checks is None:
        hints = typing.get_type_hints(cls)
        checks = tuple((f.name, *_checker(hints[f.name])) for f in attrs.fields(cls))
        _FIELD_CHECKS[cls] = checks
    return checks


def _hint_for(value: object, expected: str) -> str:
    if isinstance(value, str):
        for name in expected.split(" | "):
            enum_type = _ENUMS.get(name)
            if enum_type is None:
                continue
            for member in enum_type:
                if member.value == value:
                    return f" (pakai / use {enum_type.__name__}.{member.name})"
    if isinstance(value, list):
        return " (pakai tuple / use a tuple)"
    return ""


_ENUMS: dict[str, type[enum.Enum]] = {}


class Typed:
    """Mixin for the model's classes: values built in code are checked against the type hints.

    >>> from tkpk_rules.model import Office
    >>> Office(jenis="wakil_bupati")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.model._base.ModelTypeError: Office.jenis: ... (pakai / use OfficeKind.WAKIL_BUPATI)
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        if _TRUSTED.get():
            return
        cls = type(self)
        for name, ok, expected in _field_checks(cls):
            value = getattr(self, name)
            if not ok(value):
                shown = repr(value)
                if len(shown) > 80:
                    shown = shown[:77] + "..."
                raise ModelTypeError(
                    f"{cls.__name__}.{name}: seharusnya / expected {expected}, "
                    f"bukan / got {type(value).__name__} {shown}{_hint_for(value, expected)}"
                )


def register_enums(*enums: type[enum.Enum]) -> None:
    """Let type errors suggest the enum member a text value names."""
    for e in enums:
        _ENUMS[e.__name__] = e
