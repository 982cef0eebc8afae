"""Clearer words for two mistakes that PHP and MySQL back ends make all the time.

* ``json_encode([])`` writes ``[]``, a JSON *list*, for an empty PHP array,
  also where the document wants a mapping (``{}``).  The loader rightly says
  "should be a mapping, but is a list"; these words add the likely cause.
* Laravel's Carbon and MySQL ``DATETIME`` columns serialise a day as
  ``2026-03-12T00:00:00.000000Z``.  That *is* ISO 8601, so "write an ISO 8601
  date" would contradict itself; these words say the field holds a day only,
  name the date part as a suggestion, and warn when the time of day could move
  the day (a UTC time that is not midnight).

Nothing in the document is changed: the problem stays a problem, with the
same ``path`` and ``code``; only its message and ``suggestion`` get better.

>>> from tkpk_rules.errors import Problem
>>> p = refine(Problem(path="tim.pembentukan.tanggal", code="bad_date", message_id="x",
...     message_en="x", found="2026-03-12T00:00:00.000000Z"))
>>> p.code, p.suggestion
('bad_date', '2026-03-12')
>>> print(p.message_en)  # doctest: +NORMALIZE_WHITESPACE
'2026-03-12T00:00:00.000000Z' is a date with a time of day, but this field holds a day
only (YYYY-MM-DD); if the day meant is 2026-03-12, write 2026-03-12 (in PHP:
$date->toDateString(), or a MySQL DATE column).  The value was not changed.
"""

from __future__ import annotations

import re

import attrs

from tkpk_rules.errors import DocumentError, Problem

__all__ = ["refine", "refine_error"]

_DATETIME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?"
)


def _datetime_problem(problem: Problem, shown: str) -> Problem:
    match = _DATETIME.fullmatch(shown.strip())
    if match is None:
        return problem
    day = match["day"]
    midnight = match["h"] == "00" and match["m"] == "00" and (match["s"] or "00") == "00"
    warn_id = warn_en = ""
    if match["zone"] and not midnight:
        warn_id = (
            f" Perhatikan: jamnya bukan tengah malam dan ada zona waktu ({match['zone']}), "
            f"sehingga hari menurut WIB/WITA/WIT bisa berbeda dari {day}; "
            "periksa hari yang dimaksud."
        )
        warn_en = (
            f" Note: the time is not midnight and carries a time zone ({match['zone']}), so the "
            f"day in WIB/WITA/WIT may differ from {day}; check which day is meant."
        )
    return attrs.evolve(
        problem,
        message_id=(
            f"{shown!r} berisi tanggal beserta jam, padahal kolom ini hanya berisi tanggal "
            f"(YYYY-MM-DD); bila yang dimaksud hari {day}, tulis {day} (di PHP: "
            "$date->toDateString(), atau kolom MySQL bertipe DATE).  Nilainya tidak diubah."
            + warn_id
        ),
        message_en=(
            f"{shown!r} is a date with a time of day, but this field holds a day only "
            f"(YYYY-MM-DD); if the day meant is {day}, write {day} (in PHP: "
            "$date->toDateString(), or a MySQL DATE column).  The value was not changed." + warn_en
        ),
        expected=problem.expected or "YYYY-MM-DD",
        suggestion=day,
    )


_EMPTY_LIST_ID = (
    "berisi daftar kosong [], padahal seharusnya pemetaan (kunci: nilai); di PHP, "
    "json_encode([]) menulis array kosong sebagai []: kirim (object) [] atau new \\stdClass, "
    "pakai JSON_FORCE_OBJECT, atau hilangkan kolom ini bila memang tidak dicatat"
)
_EMPTY_LIST_EN = (
    "is an empty list [], but should be a mapping (key: value); in PHP, json_encode([]) "
    "writes an empty array as []: send (object) [] or new \\stdClass, use JSON_FORCE_OBJECT, "
    "or leave the field out when it is not recorded"
)


def refine(problem: Problem) -> Problem:
    """``problem`` with clearer words when it is one of the PHP/MySQL pitfalls; else unchanged."""
    if problem.code == "bad_date" and problem.found is not None:
        return _datetime_problem(problem, problem.found)
    if problem.code == "wrong_type" and problem.expected == "dict" and problem.found == "[]":
        return attrs.evolve(problem, message_id=_EMPTY_LIST_ID, message_en=_EMPTY_LIST_EN)
    if (
        problem.code == "wrong_type"
        and problem.expected == "date"
        and problem.found is not None
        and problem.found.startswith("datetime.datetime(")
    ):
        # YAML read an unquoted date-and-time as a timestamp.
        numbers = re.findall(r"\d+", problem.found)
        if len(numbers) >= 3:
            y, m, d = (int(n) for n in numbers[:3])
            return _datetime_problem(
                problem,
                f"{y:04d}-{m:02d}-{d:02d}T"
                + _clock(numbers[3:])
                + ("Z" if "tzinfo" in problem.found else ""),
            )
    return problem


def _clock(parts: list[str]) -> str:
    hour, minute, second = ([*parts, "0", "0", "0"])[:3]
    return f"{int(hour):02d}:{int(minute):02d}:{int(second):02d}"


def refine_error(error: DocumentError, text: str | None = None) -> DocumentError:
    """The same error with every problem refined; ``text`` is the document, when known.

    A whole document of ``[]`` (``json_encode`` of an empty PHP array) gets the PHP words too.
    """
    problems = [refine(p) for p in error.problems]
    if text is not None and text.strip() == "[]":
        problems = [
            attrs.evolve(
                p,
                message_id="dokumen " + _EMPTY_LIST_ID,
                message_en="the document " + _EMPTY_LIST_EN,
            )
            if p.path == "" and p.code == "not_a_mapping"
            else p
            for p in problems
        ]
    if problems == list(error.problems):
        return error
    refined = type(error)(problems, source=error.source)
    return refined
