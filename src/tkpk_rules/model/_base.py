"""What every model module shares: the *not recorded* marker and small helpers."""

from __future__ import annotations

import enum
from typing import TypeVar

__all__ = ["NOT_RECORDED", "NotRecorded", "is_recorded", "recorded_or"]

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
