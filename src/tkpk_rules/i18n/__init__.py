"""Messages in Bahasa Indonesia (the default) and English.

No other module builds a sentence: findings, report headings and engine notes
all come from :func:`message`.

>>> message("TKPK53-MTG-001.too_few", "en", tahun="2024", terlaksana="2", minimum="3")
'2024: only 2 coordination meetings were held; at least 3 are required.'
>>> message("TKPK53-LDR-001.not_deputy", "id",
...         jabatan="sekretaris_daerah", diharapkan="wakil_bupati")
'Ketua adalah Sekretaris Daerah, bukan Wakil Bupati.'
"""

from __future__ import annotations

from tkpk_rules.i18n._catalog import MESSAGES
from tkpk_rules.i18n._labels import LABELS

__all__ = ["LANGS", "MESSAGES", "has", "label", "message", "resolve"]

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


def resolve(key: str) -> str | None:
    """The catalog key that answers ``key``: itself, or its ``_shared`` fallback.

    ``"TKPK53-INS-001.no_team"`` falls back to ``"_shared.no_team"``.
    """
    if key in MESSAGES:
        return key
    code, _, variant = key.partition(".")
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
    template = MESSAGES[found][_index(lang)]
    return template.format_map({k: _humanize(v, lang) for k, v in params.items()})
