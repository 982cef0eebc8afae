"""The words of document problems, asked of :mod:`tkpk_rules.i18n` (``loading.*``).

The templates live in the one room for words (``i18n``, group ``loading``); this
module only fills them the way the loader always has: with :meth:`str.format`, so
``{found!r}`` quotes a value exactly as the document wrote it.
"""

from __future__ import annotations

from typing import Any

from tkpk_rules import i18n

__all__ = ["render", "type_name", "words"]


def type_name(kind: str, lang: str) -> str:
    """How the loader names the type ``kind`` (``"str"``, ``"date_or_year"``...) in ``lang``.

    A kind without words is shown as it is.
    """
    words = i18n.MESSAGES.get(f"loading.type.{kind}")
    return kind if words is None else words.pick(lang)


def words(message: str, /, **params: Any) -> tuple[str, str]:
    """The (Indonesian, English) message ``message`` (``loading.hint.*``...), filled as given.

    :raises KeyError: no message has that key.
    """
    found = i18n.MESSAGES[message]
    return found.id.format(**params), found.en.format(**params)


def render(code: str, **params: Any) -> tuple[str, str]:
    """The (Indonesian, English) message for problem ``code``.

    :raises KeyError: no problem has that code.
    """
    words = i18n.MESSAGES[f"loading.{code}"]
    params.setdefault("hint_id", "")
    params.setdefault("hint_en", "")
    return words.id.format(**params), words.en.format(**params)
