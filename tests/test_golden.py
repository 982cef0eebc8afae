"""Reports stay byte-identical: the bundled examples and the national set of the bench.

``tests/golden/`` holds the outputs of the code as it was when they were written
(``scripts/golden.py``, which says what is kept).  Any change of a single byte
of a JSON report, or of a text, Markdown or HTML rendering of the examples,
fails here: optimisations must not change what users get.  A deliberate change
of output regenerates them with one command, ``python scripts/golden.py``,
committed with the change (and its CHANGELOG entry).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import golden  # noqa: E402

HOW = "deliberate? regenerate with: python scripts/golden.py"


@pytest.fixture(scope="module")
def examples() -> dict[str, str]:
    outputs: dict[str, str] = golden.read("examples.json.gz")["outputs"]
    return outputs


@pytest.fixture(scope="module")
def national() -> dict[str, dict[str, str]]:
    return golden.read("national.json.gz")


def test_bundled_examples_give_the_same_bytes(examples: dict[str, str]) -> None:
    now = dict(golden.example_outputs())
    assert sorted(now) == sorted(examples), HOW
    changed = [key for key in sorted(now) if now[key] != examples[key]]
    assert not changed, f"{len(changed)} outputs changed, first {changed[:5]}; {HOW}"


def test_national_set_gives_the_same_bytes(national: dict[str, dict[str, str]]) -> None:
    digests, whole = national["sha256"], national["whole"]
    changed: list[str] = []
    seen: list[str] = []
    first_text: tuple[str, str, str] | None = None
    for key, text in golden.national_outputs():
        seen.append(key)
        if golden.digest(text) != digests.get(key):
            changed.append(key)
            if first_text is None and key in whole:
                first_text = (key, whole[key], text)
    assert sorted(seen) == sorted(digests), HOW
    if first_text is not None:
        key, old, new = first_text
        # A readable difference for a region whose whole report is kept.
        assert new == old, f"{key}: {len(changed)} reports changed; {HOW}"
    assert not changed, f"{len(changed)} reports changed, first {changed[:5]}; {HOW}"


def test_kept_reports_agree_with_their_digests(national: dict[str, dict[str, str]]) -> None:
    for key, text in national["whole"].items():
        assert golden.digest(text) == national["sha256"][key], key


def test_goldens_are_reproducible_bytes() -> None:
    # Regeneration of unchanged outputs writes the same file (no timestamp in the gzip).
    data = golden.read("examples.json.gz")
    assert golden.encode(data) == (golden.GOLDEN / "examples.json.gz").read_bytes()
