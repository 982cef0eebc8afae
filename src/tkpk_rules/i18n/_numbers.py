"""Numbers written as words, so that a number of the law or of practice is a parameter.

A message never spells a number itself ("enam bulan", "two weeks"): the planner
passes the value it uses (:mod:`tkpk_rules.law.parameters`) and the message
shows it with :func:`duration_words`, so the words change when the value does.

>>> number_words(6, "id"), number_words(6, "en")
('enam', 'six')
>>> duration_words(1, "month")
Words(id='sebulan', en='a month')
>>> duration_words(14, "day")
Words(id='dua minggu', en='two weeks')
"""

from __future__ import annotations

from tkpk_rules.i18n._words import Words, lang_index

__all__ = ["UNITS", "duration_words", "number_words"]

_ID_ONES = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_EN_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

#: The units a duration is counted in: Indonesian word, English word.
UNITS: dict[str, tuple[str, str]] = {
    "day": ("hari", "day"),
    "week": ("minggu", "week"),
    "month": ("bulan", "month"),
    "year": ("tahun", "year"),
}


def _indonesian(n: int) -> str:
    if n < 12:
        return _ID_ONES[n]
    if n < 20:
        return f"{_ID_ONES[n - 10]} belas"
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{_ID_ONES[tens]} puluh" + (f" {_ID_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_ID_ONES[hundreds]} ratus"
    return head + (f" {_indonesian(rest)}" if rest else "")


def _english(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_EN_ONES[hundreds]} hundred" + (f" and {_english(rest)}" if rest else "")


def number_words(n: int, lang: str = "id") -> str:
    """``n`` in words in ``lang`` ("enam", "six"); from 1,000 on, in digits.

    :raises ValueError: a negative number, or an unknown language.
    """
    english = lang_index(lang)
    if n < 0:
        raise ValueError(f"no words for a negative number ({n})")
    if n >= 1000:
        return str(n)
    return _english(n) if english else _indonesian(n)


def duration_words(n: int, unit: str) -> Words:
    """``n`` days, weeks, months or years in words, in both languages.

    One is written as Indonesian does, "sebulan", "seminggu", and English "a month",
    "a week"; days that make whole weeks are counted in weeks ("seminggu" for 7 days).

    :raises ValueError: an unknown unit or a negative number.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; use one of {sorted(UNITS)}")
    if unit == "day" and n and n % 7 == 0:
        n, unit = n // 7, "week"
    indonesian, english = UNITS[unit]
    if n == 1:
        return Words(f"se{indonesian}", f"a {english}")
    return Words(f"{number_words(n, 'id')} {indonesian}", f"{number_words(n, 'en')} {english}s")
