"""A griffe extension for the API reference: doctests and Sphinx roles in docstrings.

The package's docstrings carry doctest examples (``>>> ...``) that CI runs, written as
plain paragraphs, and Sphinx roles such as ``:class:`~tkpk_rules.model.Dossier```.  Left
as they are, Markdown would read ``x["a"]`` in a doctest as a link and print the roles
verbatim.  This extension wraps each doctest block in a ``pycon`` code fence and turns a
role into inline code, without touching the source.

Loaded by mkdocstrings (``extensions:`` in ``mkdocs.yml``).
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension

_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj|const):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each run of doctest lines (``>>>`` up to a blank line) in a ``pycon`` fence.

    Lines already inside a fenced block are left alone; the fence keeps the indentation of
    the doctest's first line (see ``tests/test_docs_build.py`` for an example).
    """
    out: list[str] = []
    in_fence = False
    in_doctest = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if in_doctest and not stripped:
            out.append(f"{indent}```")
            in_doctest = False
        if stripped.startswith("```") and not in_doctest:
            in_fence = not in_fence
        elif not in_fence and not in_doctest and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_doctest = True
        out.append(line)
    if in_doctest:
        out.append(f"{indent}```")
    return "\n".join(out)


def plain_roles(text: str) -> str:
    """``:class:`~a.b.C``` becomes ```C```; ``:func:`a.b``` becomes ```a.b```."""

    def repl(m: re.Match[str]) -> str:
        target = m.group(1)
        shown = target.rsplit(".", 1)[-1] if m.group(0).split("`")[1].startswith("~") else target
        return f"`{shown}`"

    return _ROLE.sub(repl, text)


class DoctestFences(Extension):
    """Rewrite every docstring once, as griffe creates the object."""

    def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
        doc = getattr(obj, "docstring", None)
        if doc is not None and doc.value:
            doc.value = plain_roles(fence_doctests(doc.value))
