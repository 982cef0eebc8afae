"""The example on docs/testing-with-strategies.md runs as written."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "testing-with-strategies.md"


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def test_the_page_has_one_example_and_it_runs(tmp_path: Path) -> None:
    blocks = python_blocks(PAGE.read_text(encoding="utf-8"))
    assert len(blocks) == 1
    script = tmp_path / "testing_with_strategies_example.py"  # Hypothesis reads the source
    script.write_text(blocks[0], encoding="utf-8")
    namespace = runpy.run_path(str(script), run_name="docs_example")
    assert callable(namespace["traffic_light"]) and callable(namespace["upload"])


def test_the_page_has_an_indonesian_summary() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert "## Ringkasan (Bahasa Indonesia)" in text and "#ringkasan-bahasa-indonesia" in text
