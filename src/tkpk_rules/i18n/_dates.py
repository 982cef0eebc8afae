"""Dates as people write them, in Indonesian and English: one way, everywhere.

Every sentence, heading and calendar description of the library writes a day
with :func:`date_words` (``8 Desember 2026`` / ``8 December 2026``) and a span
with :func:`span_words`; data (JSON, YAML, iCalendar properties) keeps ISO 8601.

>>> import datetime as dt
>>> date_words(dt.date(2026, 12, 31))
'31 Desember 2026'
>>> date_words(dt.date(2026, 12, 8), "en", weekday=True)
'Tuesday 8 December 2026'
"""

from __future__ import annotations

import datetime as dt

from tkpk_rules.i18n._words import Words, lang_index

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "date_words",
    "day_of_year_words",
    "month_words",
    "roman",
    "span_words",
    "weekday_name",
]

#: Month names, January first: ``(indonesian, english)`` tuples.
MONTHS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Januari", "Februari", "Maret", "April", "Mei", "Juni",
     "Juli", "Agustus", "September", "Oktober", "November", "Desember"),
    ("January", "February", "March", "April", "May", "June",
     "July", "August", "September", "October", "November", "December"),
)  # fmt: skip
#: Weekday names, Monday first.
WEEKDAYS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)


def weekday_name(index: int, lang: str = "id") -> str:
    """The name of weekday ``index`` (0 = Monday).

    >>> weekday_name(1), weekday_name(1, "en")
    ('Selasa', 'Tuesday')
    """
    return WEEKDAYS[lang_index(lang)][index]


def date_words(day: dt.date, lang: str = "id", *, weekday: bool = False) -> str:
    """A date as people write it: ``8 Desember 2026`` (``Selasa, 8 Desember 2026``)."""
    index = lang_index(lang)
    text = f"{day.day} {MONTHS[index][day.month - 1]} {day.year}"
    if weekday:
        text = weekday_name(day.weekday(), lang) + (" " if index else ", ") + text
    return text


def month_words(year: int, month: int | None = None) -> Words:
    """A date known only to its month ("Maret 2026", "March 2026") or year ("2026").

    >>> month_words(2026, 3).id, month_words(2026, 3).en, month_words(2026).id
    ('Maret 2026', 'March 2026', '2026')
    """
    if month is None:
        return Words(str(year), str(year))
    return Words(f"{MONTHS[0][month - 1]} {year}", f"{MONTHS[1][month - 1]} {year}")


def day_of_year_words(day: dt.date, *, article: bool = True) -> Words:
    """A day of the year, without its year, as a yearly deadline is said.

    The last day of a month is its end ("akhir Juni", "the end of June"; ``article=False``:
    "end of June"), another day its date ("15 Juni", "15 June").

    >>> day_of_year_words(dt.date(2026, 6, 30)).en, day_of_year_words(dt.date(2026, 6, 15)).id
    ('the end of June', '15 Juni')
    """
    indonesian, english = MONTHS[0][day.month - 1], MONTHS[1][day.month - 1]
    if (day + dt.timedelta(days=1)).month != day.month:
        return Words(f"akhir {indonesian}", ("the " if article else "") + f"end of {english}")
    return Words(f"{day.day} {indonesian}", f"{day.day} {english}")


def span_words(start: dt.date, end: dt.date, lang: str = "id", *, weekday: bool = False) -> str:
    """Two dates joined, or one when they are the same day.

    >>> span_words(dt.date(2026, 3, 18), dt.date(2026, 3, 24))
    '18 Maret 2026 s.d. 24 Maret 2026'
    """
    if start == end:
        return date_words(start, lang, weekday=weekday)
    joiner = " to " if lang_index(lang) else " s.d. "
    return (
        date_words(start, lang, weekday=weekday) + joiner + date_words(end, lang, weekday=weekday)
    )


def roman(number: int) -> str:
    """A Roman numeral, as meeting titles number them (``Rapat koordinasi III``).

    >>> roman(4), roman(12)
    ('IV', 'XII')
    """
    out = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
