"""What a date written the local way most likely means, offered, never applied.

``20/05/2025``, ``20-05-2025``, ``20.05.2025``, ``20 Mei 2025``, ``Mei 2025`` and
date-times are refused by the loader like any other non-ISO date, but the
message names the ISO date it most likely means ("maksud Anda 2025-05-20?").
Nothing is ever read as that date without the clerk writing it.

>>> suggest("12/03/2024")[0]
'2024-03-12'
>>> suggest("20 Mei 2025")[0]
'2025-05-20'
>>> suggest("05/20/2025")[0]  # a month above 12 in first place cannot be: read as month/day
'2025-05-20'
>>> suggest("Mei 2025")[0] is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from tkpk_rules.io._messages import words

__all__ = ["month_of", "suggest", "yes_no"]

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "february", "pebruari", "feb", "peb"),
        ("maret", "march", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "august", "agu", "agt", "aug", "ags"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "december", "des", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_NUMERIC = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_WORDS = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_MONTH_ONLY = re.compile(r"([A-Za-z]+)\.?\s+(\d{4})")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}[:.]\d{2}.*")
_MONTH_NUMBER = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def suggest(text: str) -> tuple[str | None, str, str]:
    """``(ISO date or None, hint in Indonesian, hint in English)`` for a date written otherwise."""
    value = text.strip()
    m = _DATETIME.fullmatch(value)
    if m:
        iso = m.group(1)
        return (iso, *words("loading.hint.date_time", iso=iso))
    m = _NUMERIC.fullmatch(value)
    if m:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        iso = _iso(year, second, first)  # day first, as Indonesia writes dates
        if iso is None and first <= 12:
            iso = _iso(year, first, second)  # month first, as an American Excel does
        if iso is not None:
            return (iso, *words("loading.hint.date_local", iso=iso))
    m = _YEAR_FIRST.fullmatch(value)
    if m:
        iso = _iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if iso is not None:
            return (iso, *words("loading.hint.date", iso=iso))
    m = _WORDS.fullmatch(value)
    if m:
        month = MONTHS.get(m.group(2).lower())
        if month is not None:
            iso = _iso(int(m.group(3)), month, int(m.group(1)))
            if iso is not None:
                return (iso, *words("loading.hint.date", iso=iso))
    m = _MONTH_ONLY.fullmatch(value)
    if m:
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            shown = f"{int(m.group(2)):04d}-{month:02d}"
            return (None, *words("loading.hint.month_only", shown=shown))
    return None, "", ""


def month_of(text: str) -> str | None:
    """``YYYY-MM`` for a month written in words (``Mei 2025``, ``05/2025``), else ``None``.

    >>> month_of("Mei 2025"), month_of("05/2025"), month_of("Mei")
    ('2025-05', '2025-05', None)
    """
    value = text.strip()
    m = _MONTH_ONLY.fullmatch(value)
    if m:
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            return f"{int(m.group(2)):04d}-{month:02d}"
    m = _MONTH_NUMBER.fullmatch(value)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2)):04d}-{int(m.group(1)):02d}"
    return None


def yes_no(value: object) -> bool | None:
    """``True`` for ``ya``, ``False`` for ``tidak`` (any case, spaces around), else ``None``."""
    if isinstance(value, str):
        word = value.strip().lower()
        if word == "ya":
            return True
        if word == "tidak":
            return False
    return None
