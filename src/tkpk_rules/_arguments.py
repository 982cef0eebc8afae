"""Checks of the arguments callers pass to the public functions.

A wrong argument is refused at once with an
:class:`~tkpk_rules.errors.ArgumentTypeError` that names the argument, what it
should be and what it was, instead of a ``TypeError`` from deep inside a rule.

>>> selected_rules(5)
Traceback (most recent call last):
...
tkpk_rules.errors.ArgumentTypeError: rules: ...
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from tkpk_rules.errors import ArgumentTypeError, bool_argument, diff_dates

__all__ = [
    "bool_argument",
    "diff_dates",
    "iterable_argument",
    "process_count",
    "selected_rules",
]


def selected_rules(rules: object) -> tuple[Any, ...]:
    """``rules`` as a tuple of rules (the whole rulebook for ``None``), or refused."""
    from tkpk_rules.rules import RULEBOOK, Rule

    if rules is None:
        return tuple(RULEBOOK)
    if isinstance(rules, (str, bytes)) or not isinstance(rules, Iterable):
        raise ArgumentTypeError(
            "rules: seharusnya / expected a list of tkpk_rules.rules.Rule "
            f"(misalnya / e.g. RULEBOOK), bukan / got {type(rules).__name__}"
        )
    selected = tuple(rules)
    for i, rule in enumerate(selected):
        if not isinstance(rule, Rule):
            raise ArgumentTypeError(
                f"rules[{i}]: seharusnya / expected tkpk_rules.rules.Rule, "
                f"bukan / got {type(rule).__name__}"
            )
    return selected


def iterable_argument(value: object, name: str) -> Iterable[Any]:
    """``value`` when it can be iterated (and is not text), else refused."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ArgumentTypeError(
            f"{name}: seharusnya / expected a list or other iterable, "
            f"bukan / got {type(value).__name__}"
        )
    return value


def process_count(workers: int, chunks: int | None = None) -> int:
    """How many processes a batch of ``chunks`` chunks may start for ``workers``.

    Never more than the machine's cores (``os.cpu_count()``), nor than the chunks
    there are to judge: ``ProcessPoolExecutor`` forks all its processes at once, so
    ``workers=10**6`` must not ask for a million.

    >>> process_count(10**6, 3) <= 3, process_count(4, 0)
    (True, 1)
    """
    most = min(workers, os.cpu_count() or 1)
    if chunks is not None:
        most = min(most, chunks)
    return max(1, most)
