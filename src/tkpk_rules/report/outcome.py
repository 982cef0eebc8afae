"""The outcome and severity of a finding: small enums every layer may use."""

from __future__ import annotations

import enum

__all__ = ["Outcome", "Progress", "Severity"]


class Outcome(enum.Enum):
    """What a rule concluded about one thing on one date.

    >>> [o.value for o in Outcome]
    ['violation', 'undetermined', 'compliant', 'not_applicable']
    """

    VIOLATION = "violation"
    """A binding rule (support other than ``practice``) is broken."""
    UNDETERMINED = "undetermined"
    """The record, the law or the calendar does not settle it yet; the finding says what would."""
    COMPLIANT = "compliant"
    """Nothing in the record breaks the rule."""
    NOT_APPLICABLE = "not_applicable"
    """The rule does not apply: another regulation governs, the region is not autonomous..."""


class Severity(enum.Enum):
    """How much a finding asks of the reader.

    ``violation`` goes with (and only with) the outcome ``violation``.
    ``advisory`` marks something worth acting on that is not a violation: a
    departure from what regions do in practice (rules of support ``practice``
    never give more than this), or an obligation at risk in a year still running.
    """

    VIOLATION = "violation"
    ADVISORY = "advisory"
    NONE = "none"


class Progress(enum.Enum):
    """For a yearly obligation judged while its year is still running."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
