"""Every word the library shows, in Bahasa Indonesia (the default) and English.

This package is the only room for words:

* :class:`Words`, the one type for the same words in both languages (a
  provision's fact, a regulation's note), and :class:`Text`, a message key with
  its parameters, written only when asked for (:meth:`Text.render`);
* dates and month names (:func:`date_words`, :func:`span_words`), and numbers in
  words (:func:`number_words`, :func:`duration_words`: "enam bulan", "two weeks");
* the vocabulary: one wording per support level, outcome, status and enum value
  (:func:`support_words`, :func:`outcome_words`, :func:`label`), and the
  meaning of each document field (:data:`GLOSSARY`);
* the message groups: the engine's (``_engine.*``), the reports' (``ui.*``),
  the planner's (``planning.*``) and the loader's (``loading.*`` for a document's
  problems and type names, ``workbook.*`` for the workbook's guide and comments).
  The messages of each rule are declared beside the rule and registered here
  (:func:`register`) when the rulebook is built.

>>> message("_engine.level_other", "en", tingkat="kota", tingkat_aturan="provinsi")
'Not applicable to a kota (city); this rule is for: province.'
>>> fill(("Ketua adalah {jabatan}.", "The chair is the {jabatan}."), "id",
...      jabatan="sekretaris_daerah")
'Ketua adalah Sekretaris Daerah.'
"""

from __future__ import annotations

from collections.abc import Iterable

from tkpk_rules.i18n._dates import (
    date_words,
    day_of_year_words,
    month_words,
    roman,
    span_words,
    weekday_name,
)
from tkpk_rules.i18n._glossary import CLASSES as CLASS_MEANINGS
from tkpk_rules.i18n._glossary import FIELDS as FIELD_MEANINGS
from tkpk_rules.i18n._glossary import GLOSSARY, VALUE_GLOSSES, WORKBOOK, meaning
from tkpk_rules.i18n._messages import MESSAGES, has, register, resolve
from tkpk_rules.i18n._numbers import duration_words, number_words
from tkpk_rules.i18n._vocabulary import (
    CERTAINTY,
    LABELS,
    OUTCOMES,
    PROGRESS,
    STATUSES,
    SUPPORT,
    certainty_words,
    label,
    outcome_words,
    status_words,
    support_words,
)
from tkpk_rules.i18n._words import LANGS, Param, Text, Words, fill, lang_index, write

__all__ = [
    "CERTAINTY",
    "CLASS_MEANINGS",
    "FIELD_MEANINGS",
    "GLOSSARY",
    "LABELS",
    "LANGS",
    "MESSAGES",
    "OUTCOMES",
    "PROGRESS",
    "STATUSES",
    "SUPPORT",
    "VALUE_GLOSSES",
    "WORKBOOK",
    "Param",
    "Text",
    "Words",
    "certainty_words",
    "date_words",
    "day_of_year_words",
    "duration_words",
    "fill",
    "has",
    "label",
    "lang_index",
    "meaning",
    "message",
    "month_words",
    "number_words",
    "outcome_words",
    "register",
    "render_all",
    "resolve",
    "roman",
    "span_words",
    "status_words",
    "support_words",
    "weekday_name",
    "write",
]


def message(key: str, lang: str = "id", **params: object) -> str:
    """The message ``key`` in ``lang`` (``"id"`` or ``"en"``), filled with ``params``.

    Parameter values that are enum values of the model (``wakil_bupati``) are
    shown with their readable names, dates in words.

    :raises KeyError: no message has that key.
    :raises ValueError: unknown language.
    """
    found = resolve(key)
    if found is None:
        raise KeyError(key)
    return fill(MESSAGES[found], lang, **params)


def render_all(texts: Iterable[Text], lang: str = "id", sep: str = " ") -> str:
    """Several messages rendered and joined."""
    return sep.join(t.render(lang) for t in texts)
