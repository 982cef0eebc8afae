"""The notebook ``docs/notebooks/many-regions.ipynb`` runs, without Jupyter and without matplotlib.

The test reads the notebook as JSON and runs its code cells in order in one namespace,
the way a kernel would.  The notebook draws its chart as plain SVG, so nothing beyond
``tkpk-rules[yaml]`` is needed.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "notebooks" / "many-regions.ipynb"


def _run(cells: list[dict[str, Any]]) -> tuple[dict[str, Any], str]:
    namespace: dict[str, Any] = {"__name__": "__notebook__"}
    printed = io.StringIO()
    for index, cell in enumerate(cells):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        with contextlib.redirect_stdout(printed):
            try:
                exec(compile(ast.parse(source), f"{NOTEBOOK.name}[{index}]", "exec"), namespace)
            except Exception as exc:  # name the cell that failed
                raise AssertionError(f"cell {index} raised {exc!r}:\n{source}") from exc
    return namespace, printed.getvalue()


def test_the_notebook_is_a_valid_notebook() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    assert any(c["cell_type"] == "code" for c in nb["cells"])
    for cell in nb["cells"]:
        assert cell.get("outputs", []) == [], "commit the notebook without outputs"
    try:
        import nbformat
    except ImportError:
        return
    nbformat.validate(nbformat.reads(NOTEBOOK.read_text(encoding="utf-8"), as_version=4))


def test_the_notebook_runs_and_shows_a_table_and_a_chart(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("yaml")
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)  # a cell that writes files writes them here
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    namespace, printed = _run(nb["cells"])

    reports = namespace["reports"]
    assert len(reports) == 5
    for name in reports:
        assert name in namespace["summary"]
    assert "violation" in namespace["summary"]

    svg = namespace["chart_svg"]
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    for provision in namespace["provisions"]:
        assert f">{provision}</text>" in svg
    assert "characters of SVG" in printed  # the plain-Python branch of the display cell

    findings = namespace["findings"]  # tkpk_rules.frame: one row per finding
    assert len(findings) == sum(len(r.findings) for r in reports.values())
    assert set(findings["sumber"]) == set(reports)
    province_svg = namespace["province_svg"]
    for province in namespace["provinces"]:
        assert f">{province}</text>" in province_svg
    assert {"Jawa Tengah", "Kalimantan Timur"} <= set(namespace["provinces"])
    assert any("Jakarta" in p for p in namespace["provinces"])
    assert "provinces," in printed
