"""tkpk-rules: Indonesia's rules for regional poverty-reduction coordination teams, as code.

Aturan tim koordinasi penanggulangan kemiskinan daerah (TKPK) sebagai kode.

The top-level names are imported lazily, so ``import tkpk_rules`` stays cheap and
never imports YAML, Hypothesis or calendar libraries.

>>> import tkpk_rules
>>> tkpk_rules.__version__ == tkpk_rules._version.__version__
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tkpk_rules._version import __version__

if TYPE_CHECKING:
    from tkpk_rules.dataframe import frame
    from tkpk_rules.engine import check, check_many, diff
    from tkpk_rules.errors import DocumentError, LimitExceededError, Problem, TkpkError
    from tkpk_rules.io import dump, dumps, load, loads
    from tkpk_rules.model import NOT_RECORDED, Dossier
    from tkpk_rules.planning import plan
    from tkpk_rules.planning.obligations import obligations
    from tkpk_rules.report import Finding, Outcome, Report
    from tkpk_rules.report.diff import ReportDiff

__all__ = [
    "NOT_RECORDED",
    "DocumentError",
    "Dossier",
    "Finding",
    "LimitExceededError",
    "Outcome",
    "Problem",
    "Report",
    "ReportDiff",
    "TkpkError",
    "__version__",
    "check",
    "check_many",
    "diff",
    "dump",
    "dumps",
    "frame",
    "load",
    "loads",
    "obligations",
    "plan",
]

_LAZY: dict[str, str] = {
    "DocumentError": "tkpk_rules.errors",
    "LimitExceededError": "tkpk_rules.errors",
    "Problem": "tkpk_rules.errors",
    "TkpkError": "tkpk_rules.errors",
    "dump": "tkpk_rules.io",
    "dumps": "tkpk_rules.io",
    "frame": "tkpk_rules.dataframe",
    "load": "tkpk_rules.io",
    "loads": "tkpk_rules.io",
    "NOT_RECORDED": "tkpk_rules.model",
    "Dossier": "tkpk_rules.model",
    "check": "tkpk_rules.engine",
    "check_many": "tkpk_rules.engine",
    "diff": "tkpk_rules.engine",
    "ReportDiff": "tkpk_rules.report.diff",
    "Finding": "tkpk_rules.report",
    "Outcome": "tkpk_rules.report",
    "Report": "tkpk_rules.report",
    "obligations": "tkpk_rules.planning",
    "plan": "tkpk_rules.planning",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tkpk_rules' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
