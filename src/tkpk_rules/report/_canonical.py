"""A canonical text form of model objects, for hashing the input of a report.

:func:`input_hash` hashes the canonical JSON of a value: the text
``json.dumps(canonical(value), sort_keys=True, ensure_ascii=False,
separators=(",", ":"))``.  It builds that same text by letting the C JSON
encoder walk the value and asking Python only for the model objects, enums
and dates it meets, and remembers the hash of each live model object it has
hashed: a dossier checked on five dates is hashed once.  Model objects are
frozen, so the remembered hash cannot go stale; the memory is keyed by the
object itself (a weak reference), never by equality, so two equal objects
of different content types (``1`` and ``1.0``) never share a hash.
"""

from __future__ import annotations

import collections
import datetime as dt
import enum
import functools
import hashlib
import json
import operator
import threading
import weakref
from collections.abc import Callable
from typing import Any

import attrs

from tkpk_rules.model import NOT_RECORDED, NotRecorded

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


def _encoder_for(cls: type) -> Callable[[Any], Any]:
    """How :func:`_default` turns a value of ``cls`` into JSON-ready data: one level only."""
    if attrs.has(cls):
        names = tuple(f.name for f in attrs.fields(cls))
        if not names:
            return lambda value: {}
        if len(names) == 1:
            (name,) = names
            return lambda value: {} if (v := getattr(value, name)) is NOT_RECORDED else {name: v}
        get_all = operator.attrgetter(*names)
        return lambda value: {
            name: v for name, v in zip(names, get_all(value), strict=True) if v is not NOT_RECORDED
        }
    if issubclass(cls, enum.Enum):
        return operator.attrgetter("_value_")
    if issubclass(cls, dt.date):
        return cls.isoformat

    def refuse(value: Any) -> Any:
        raise TypeError(f"Object of type {cls.__name__} is not JSON serializable")

    return refuse


#: The encoder of each type met so far.
_ENCODERS: dict[type, Callable[[Any], Any]] = {}


def _default(value: Any) -> Any:
    """What the JSON encoder cannot encode itself: one level of :func:`canonical`.

    The encoder calls it for model objects, enums and dates; what it returns
    (a dict without the unrecorded fields, a value or a text) is encoded like
    the rest, so the text is exactly that of :func:`canonical`.
    """
    cls = type(value)
    encode = _ENCODERS.get(cls)
    if encode is None:
        encode = _ENCODERS[cls] = _encoder_for(cls)
    return encode(value)


_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default
)


def _compute(value: Any) -> str:
    text = _ENCODER.encode(value)
    # ``surrogatepass``: a lone surrogate (which no UTF-8 file holds, but a Python
    # string can) hashes to its own bytes instead of failing; valid text is unchanged.
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


#: ``id(value)`` -> (a weak reference to ``value``, its hash).  An entry lives
#: as long as its object, and is checked against the object itself on use.
_MEMO: dict[int, tuple[weakref.ref[Any], str]] = {}
_MEMO_LOCK = threading.Lock()
#: Entries whose object has died, to be dropped by the next caller holding the lock.
#: The weak-reference callback never waits for ``_MEMO_LOCK``: it may run inside a
#: garbage collection that starts while this very thread holds it, and waiting
#: there would deadlock.  When the lock is free it drops the entry at once;
#: otherwise it leaves it here (``deque.append`` is atomic and takes no lock).
_DEAD: collections.deque[tuple[int, weakref.ref[Any]]] = collections.deque()


def _forget(key: int, ref: weakref.ref[Any]) -> None:
    _DEAD.append((key, ref))
    if _MEMO_LOCK.acquire(blocking=False):
        try:
            _sweep()
        finally:
            _MEMO_LOCK.release()


def _sweep() -> None:
    """Drop the entries of dead objects (the caller holds ``_MEMO_LOCK``)."""
    while _DEAD:
        key, ref = _DEAD.popleft()
        entry = _MEMO.get(key)
        if entry is not None and entry[0] is ref:
            del _MEMO[key]


def input_hash(value: Any) -> str:
    """``sha256:`` and the hash of the canonical JSON of ``value``.

    The hash of a model object (a frozen attrs instance) is remembered for as
    long as the object lives.

    >>> from tkpk_rules.model import RegionRef
    >>> input_hash(RegionRef(kode="64"))[:14]
    'sha256:c5db884'
    """
    if not attrs.has(type(value)):
        return _compute(value)
    key = id(value)
    entry = _MEMO.get(key)
    if entry is not None and entry[0]() is value:
        return entry[1]
    digest = _compute(value)
    try:
        ref = weakref.ref(value, functools.partial(_forget, key))
    except TypeError:  # an attrs class without a weakref slot
        return digest
    with _MEMO_LOCK:
        _sweep()
        _MEMO[key] = (ref, digest)
    return digest
