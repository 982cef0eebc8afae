"""A round trip the date tests share: a record through a workbook and through ``convert``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tkpk_rules.io import dump, load, loads


def assert_workbook_and_convert_round_trip(text: str, tmp_path: Path) -> None:
    """``text`` (a YAML record) comes back equal from a workbook and from ``convert``."""
    pytest.importorskip("openpyxl")
    from tkpk_rules.cli import main
    from tkpk_rules.io.workbook import read_workbook, write_workbook

    d = loads(text)
    path = tmp_path / "tkpk.xlsx"
    write_workbook(str(path), dump(d))
    document, _ = read_workbook(str(path))
    assert load(document) == d
    source, back = tmp_path / "tkpk.yaml", tmp_path / "back.yaml"
    source.write_text(text, encoding="utf-8")
    assert main(["convert", str(source), str(tmp_path / "c.xlsx")]) == 0
    assert main(["convert", str(tmp_path / "c.xlsx"), str(back)]) == 0
    assert loads(back.read_text(encoding="utf-8")) == d
