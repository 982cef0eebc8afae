"""The glossary of the document format, for the generated field tables: read from the library.

The meanings live in :mod:`tkpk_rules.i18n` (one glossary for the site, the
workbook and ``tkpk-rules init``); this hook only hands them to the generators
as ``(indonesian, english)`` pairs.
"""

from __future__ import annotations

from tkpk_rules import i18n

CLASSES: dict[str, tuple[str, str]] = {k: (w.id, w.en) for k, w in i18n.CLASS_MEANINGS.items()}
FIELDS: dict[str, tuple[str, str]] = {k: (w.id, w.en) for k, w in i18n.FIELD_MEANINGS.items()}
#: Indonesian glosses for allowed values whose meaning is not plain from the value itself.
VALUES_ID: dict[str, str] = dict(i18n.VALUE_GLOSSES)
