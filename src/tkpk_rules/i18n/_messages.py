"""The message registry: every template, by key, and how a key is found.

Four groups live in this package (:mod:`._engine`, :mod:`._ui`,
:mod:`._planning`, :mod:`._loading`); each rule's messages are declared beside the rule and
registered here as ``"<rule code>.<variant>"`` when the rulebook is built.
"""

from __future__ import annotations

from collections.abc import Mapping

from tkpk_rules.i18n._engine import ENGINE
from tkpk_rules.i18n._loading import LOADING, SKELETON_WORDS, WORKBOOK_WORDS
from tkpk_rules.i18n._planning import PLANNING
from tkpk_rules.i18n._ui import UI
from tkpk_rules.i18n._words import Words

__all__ = ["MESSAGES", "has", "register", "resolve"]


def _words(groups: Mapping[str, tuple[str, str]]) -> dict[str, Words]:
    return {key: Words(*pair) for key, pair in groups.items()}


#: Every message; the rules add theirs (declared beside each rule) when the rulebook is built.
MESSAGES: dict[str, Words] = {
    **_words(ENGINE),
    **_words(UI),
    **_words(PLANNING),
    **_words(LOADING),
    **_words(WORKBOOK_WORDS),
    **_words(SKELETON_WORDS),
}


def register(messages: Mapping[str, Words | tuple[str, str]]) -> None:
    """Add messages declared elsewhere (the rules'); a key may not change its wording.

    :raises ValueError: a key is already registered with other words.
    """
    for key, pair in messages.items():
        words = pair if isinstance(pair, Words) else Words(*pair)
        known = MESSAGES.get(key)
        if known is not None and known != words:
            raise ValueError(f"message {key!r} registered twice with different words")
        MESSAGES[key] = words


def _rulebook_loaded() -> None:
    # Rule messages live beside their rules; building the rulebook registers them.
    import importlib

    importlib.import_module("tkpk_rules.rules")


def resolve(key: str) -> str | None:
    """The key that answers ``key``: itself, or its ``_shared`` fallback.

    ``"<rule code>.not_recorded.action"`` falls back to ``"_shared.not_recorded.action"``.
    """
    if key in MESSAGES:
        return key
    code, _, variant = key.partition(".")
    if code.startswith("TKPK"):
        _rulebook_loaded()
        if key in MESSAGES:
            return key
        if f"_shared.{variant}" in MESSAGES:
            return f"_shared.{variant}"
    return None


def has(key: str) -> bool:
    """Whether a message exists for ``key`` (directly or through a fallback)."""
    return resolve(key) is not None
