"""What a new user's walk-through of 2026-12-03 found, mended (one test or more per finding)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tkpk_rules import check
from tkpk_rules.examples import load_example
from tkpk_rules.law import Citation


def _citations(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if {"pasal", "pasti", "teks"} <= node.keys() else []
        return found + [c for v in node.values() for c in _citations(v)]
    if isinstance(node, list):
        return [c for v in node for c in _citations(v)]
    return []


def test_an_article_no_source_states_is_never_certain_in_json() -> None:
    report = json.loads(check(load_example(), on=dt.date(2026, 12, 3)).to_json())
    citations = _citations(report)
    assert citations
    for c in citations:
        assert c["pasti"] == (c["pasal"] is not None and "(?)" not in c["teks"]), c
    assert any(c["pasal"] is None for c in citations)  # the case that was wrong is there
    assert Citation(regulation="permendagri-53-2020", pasal="5").to_dict()["pasti"] is True
    doubted = Citation(regulation="permendagri-53-2020", pasal="3", pasti=False)
    assert doubted.to_dict()["pasti"] is False
