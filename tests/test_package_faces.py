"""Packages touch only each other's public faces (issue 13).

The rule, as this test enforces it on every module under ``src/tkpk_rules``:

- A module's *owner* is the subpackage it sits in (``tkpk_rules/report/diff.py``
  belongs to ``report``, ``tkpk_rules/testing/breakers/meetings.py`` to ``testing``).
  A module directly under ``tkpk_rules/`` (``engine.py``, ``judge.py``,
  ``regions.py``...) belongs to the *top package*; each is its own unit for its
  imports of others, and none has private submodules.
- A name is private when it starts with one underscore (``_base``, ``_text``);
  dunder names (``__version__``, ``__init__``) are not.
- A module may import a private module (or a private name) of its own owner
  only.  So ``engine`` may not import ``report._canonical``; ``cli`` may not
  import ``planning._text`` or ``io._yaml``; ``testing`` may not import
  ``rules._base``.  What another package may use is exported by that
  package's ``__init__``.
- The private modules directly under ``tkpk_rules/`` (``_version``,
  ``_arguments``) belong to the top package: ``tkpk_rules/__init__.py`` and the
  top-level modules may import them, subpackages may not (``cli`` and
  ``server`` read ``tkpk_rules.__version__``).

Imports are found by parsing the source with :mod:`ast`, so lazy imports inside
functions count, and relative imports are resolved.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tkpk_rules"


def _module_parts(path: Path, root: Path) -> list[str]:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return parts


def _owner(parts: list[str], *, is_package: bool) -> str:
    """``report`` for ``tkpk_rules.report.diff``; ``""`` (the top package) for top-level modules."""
    if len(parts) == 1:
        return ""
    if len(parts) == 2 and not is_package:
        return ""
    return parts[1]


def _imported(tree: ast.AST, parts: list[str], *, is_package: bool) -> list[tuple[int, str]]:
    """Every dotted name the module imports, with its line: modules and ``from`` names."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                here = parts if is_package else parts[:-1]
                base = here[: len(here) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_imports(path: Path, root: Path = SRC) -> list[str]:
    """The imports in ``path`` (under ``root``, the package's directory) that reach a
    private module or name of another owner."""
    parts = _module_parts(path, root)
    is_package = path.name == "__init__.py"
    owner = _owner(parts, is_package=is_package)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad = []
    for line, name in _imported(tree, parts, is_package=is_package):
        segments = name.split(".")
        if segments[0] != "tkpk_rules":
            continue
        for depth, segment in enumerate(segments[1:], start=1):
            if not _is_private(segment):
                continue
            # tkpk_rules._version belongs to the top package; tkpk_rules.x._y to x.
            target_owner = "" if depth == 1 else segments[1]
            if target_owner != owner:
                rel = path.relative_to(root.parent)
                bad.append(f"{rel}:{line}: {name}")
            break
    return bad


MODULES = sorted(SRC.rglob("*.py"))


def test_the_source_tree_is_found() -> None:
    names = {p.name for p in MODULES}
    assert {"engine.py", "judge.py", "__init__.py"} <= names
    assert len(MODULES) > 50


def test_no_module_imports_another_package_s_private_module() -> None:
    bad = [line for path in MODULES for line in private_imports(path)]
    assert bad == [], "import what the package's __init__ exports instead:\n" + "\n".join(bad)


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        ("engine.py", "from tkpk_rules.report._canonical import input_hash", 2),
        ("engine.py", "from tkpk_rules.report import _canonical", 1),
        ("cli/_due.py", "from tkpk_rules.planning._text import format_date", 2),
        ("cli/_plan.py", "def f():\n    import tkpk_rules.io._yaml as y\n", 1),
        ("testing/records.py", "from tkpk_rules.rules._base import Context", 2),
        ("io/document.py", "from ..model._base import trusted_construction", 2),
        ("cli/__init__.py", "from tkpk_rules._version import __version__", 2),
        ("server/_openapi.py", "from .._version import __version__", 2),
        # allowed: one's own package, the top package's own privates, public faces
        ("report/finding.py", "from tkpk_rules.report._canonical import input_hash", 0),
        ("report/finding.py", "from ._safe import neutralise", 0),
        ("engine.py", "from tkpk_rules._version import __version__", 0),
        ("__init__.py", "from tkpk_rules._version import __version__", 0),
        ("engine.py", "from tkpk_rules.report import input_hash", 0),
        ("cli/_plan.py", "from tkpk_rules import __version__", 0),
    ],
)
def test_the_check_tells_private_from_public(
    tmp_path: Path, where: str, source: str, expected: int
) -> None:
    fake = tmp_path / "tkpk_rules"
    target = fake / where
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(source + "\n", encoding="utf-8")
    found = private_imports(target, fake)
    assert len(found) == expected, found
