"""Reports: outcomes, findings, the report with its stamp, and its renderers.

>>> from tkpk_rules.report import Outcome, Severity
>>> Outcome("violation"), Severity.ADVISORY.value
(<Outcome.VIOLATION: 'violation'>, 'advisory')
"""

from __future__ import annotations

from tkpk_rules.report._canonical import input_hash
from tkpk_rules.report._safe import neutralise
from tkpk_rules.report.finding import FORMAT, Finding, Report, Stamp, Subject
from tkpk_rules.report.outcome import Outcome, Progress, Severity

__all__ = [
    "FORMAT",
    "Finding",
    "Outcome",
    "Progress",
    "Report",
    "Severity",
    "Stamp",
    "Subject",
    "input_hash",
    "neutralise",
]
