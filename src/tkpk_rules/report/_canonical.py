"""A canonical text form of model objects, for hashing the input of a report."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from typing import Any

import attrs

from tkpk_rules.model import NotRecorded

__all__ = ["canonical", "input_hash"]


def canonical(value: Any) -> Any:
    """JSON-ready data for a model value; unrecorded fields are left out.

    >>> from tkpk_rules.model import RegionRef
    >>> canonical(RegionRef(kode="64"))
    {'kode': '64'}
    """
    if attrs.has(type(value)):
        out: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            v = getattr(value, field.name)
            if isinstance(v, NotRecorded):
                continue
            out[field.name] = canonical(v)
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def input_hash(value: Any) -> str:
    """``sha256:`` and the hash of the canonical JSON of ``value``."""
    text = json.dumps(canonical(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
