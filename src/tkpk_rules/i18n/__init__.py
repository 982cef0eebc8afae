"""Messages in Bahasa Indonesia (the default) and English.

No other module builds a sentence: findings, report headings and engine notes
all come from :func:`message`.

The messages of each rule are declared beside the rule and registered here
(:func:`register`) when the rulebook is built; the first look-up of a rule's
key builds it.

>>> message("_engine.level_other", "en", tingkat="kota", tingkat_aturan="provinsi")
'Not applicable to a kota (city); this rule is for: province.'
>>> fill(("Ketua adalah {jabatan}.", "The chair is the {jabatan}."), "id",
...      jabatan="sekretaris_daerah")
'Ketua adalah Sekretaris Daerah.'
"""

from __future__ import annotations

from tkpk_rules.i18n._catalog import MESSAGES
from tkpk_rules.i18n._labels import LABELS

__all__ = ["LANGS", "MESSAGES", "fill", "has", "label", "message", "register", "resolve"]

#: The languages every message exists in.
LANGS: tuple[str, ...] = ("id", "en")


def _index(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {LANGS}")
    return LANGS.index(lang)


def label(value: str, lang: str = "id") -> str:
    """A readable name for an enum value (the value itself if none is known).

    >>> label("wakil_wali_kota", "en")
    'wakil wali kota (vice-mayor)'
    """
    pair = LABELS.get(value)
    return pair[_index(lang)] if pair else value


def _humanize(value: object, lang: str) -> str:
    text = str(value)
    if not text:
        return text
    return ", ".join(label(part, lang) for part in text.split(", "))


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Add messages declared elsewhere (the rules'); a key may not change its wording.

    :raises ValueError: a key is already registered with other words.
    """
    for key, pair in messages.items():
        known = MESSAGES.get(key)
        if known is not None and known != pair:
            raise ValueError(f"message {key!r} registered twice with different words")
        MESSAGES[key] = pair


def _rulebook_loaded() -> None:
    # Rule messages live beside their rules; building the rulebook registers them.
    import importlib

    importlib.import_module("tkpk_rules.rules")


def resolve(key: str) -> str | None:
    """The catalog key that answers ``key``: itself, or its ``_shared`` fallback.

    ``"<rule code>.not_recorded.action"`` falls back to ``"_shared.not_recorded.action"``.
    """
    if key in MESSAGES:
        return key
    code, _, variant = key.partition(".")
    if code.startswith("TKPK"):
        _rulebook_loaded()
        if key in MESSAGES:
            return key
    if code.startswith("TKPK") and f"_shared.{variant}" in MESSAGES:
        return f"_shared.{variant}"
    return None


def has(key: str) -> bool:
    """Whether a message exists for ``key`` (directly or through a fallback)."""
    return resolve(key) is not None


def message(key: str, lang: str = "id", **params: object) -> str:
    """The message ``key`` in ``lang`` (``"id"`` or ``"en"``), filled with ``params``.

    Parameter values that are enum values of the model (``wakil_bupati``) are
    shown with their readable names.

    :raises KeyError: no message has that key.
    :raises ValueError: unknown language.
    """
    found = resolve(key)
    if found is None:
        raise KeyError(key)
    return fill(MESSAGES[found], lang, **params)


def fill(pair: tuple[str, str], lang: str = "id", **params: object) -> str:
    """One of a pair of templates, in ``lang``, filled with ``params`` (enum values humanized)."""
    template = pair[_index(lang)]
    return template.format_map({k: _humanize(v, lang) for k, v in params.items()})
