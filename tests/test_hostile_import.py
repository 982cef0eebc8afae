"""Importing the library stays cheap: no YAML, Hypothesis or calendar libraries.

Each check runs in a fresh interpreter, so what other tests imported does not
count.  How long the import takes is measured by ``bench/national.py``, not here.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Optional heavy libraries that no plain import may pull in.
FORBIDDEN = ("yaml", "hypothesis", "icalendar", "holidays")

#: Modules a user imports to load, check and report (those that exist yet).
EVERYDAY = [
    name
    for name in (
        "tkpk_rules.io",
        "tkpk_rules.io.limits",
        "tkpk_rules.model",
        "tkpk_rules.regions",
        "tkpk_rules.redact",
        "tkpk_rules.errors",
        "tkpk_rules.engine",
        "tkpk_rules.report",
        "tkpk_rules.law",
        "tkpk_rules.rules",
        "tkpk_rules.i18n",
    )
    if importlib.util.find_spec(name) is not None
]


def _modules_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(SRC)!r})\n" + script],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return set(json.loads(out.stdout))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in FORBIDDEN)


def test_import_tkpk_rules_imports_no_heavy_library() -> None:
    modules = _modules_after("import tkpk_rules")
    assert _heavy(modules) == []
    assert "tkpk_rules" in modules


def test_top_level_names_import_no_heavy_library() -> None:
    modules = _modules_after(
        "from tkpk_rules import load, loads, dump, Dossier, DocumentError, NOT_RECORDED"
    )
    assert _heavy(modules) == []


@pytest.mark.parametrize("module", EVERYDAY)
def test_everyday_modules_import_no_heavy_library(module: str) -> None:
    assert _heavy(_modules_after(f"import {module}")) == []


def test_loading_json_imports_no_yaml() -> None:
    code = (
        "from tkpk_rules import loads\n"
        'loads(\'{"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}}\')'
    )
    assert _heavy(_modules_after(code)) == []
