"""Smaller generated pieces: the example, includes, module tables, notebook, reports, API pages."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent.parent
_PACKAGE = "tkpk_rules"

#: The day the documentation judges examples on, so that the pages are reproducible.
DOCS_DATE = dt.date(2026, 11, 27)


def version() -> str:
    from tkpk_rules import __version__

    return __version__


def example_block(name: str = "kabupaten-banyumas") -> str:
    from tkpk_rules.examples import example_text

    return f'```yaml title="{name}.yaml"\n{example_text(name).rstrip()}\n```'


def include(path: Path) -> str:
    """A Markdown file's text, for including (the changelog)."""
    return path.read_text(encoding="utf-8")


def missing(what_id: str, what_en: str) -> str:
    return f'!!! warning "Belum tersedia / not available yet"\n    {what_id}\n\n    {what_en}\n'


# ------------------------------------------------------------------ architecture: the rooms


def _src() -> Path:
    spec = importlib.util.find_spec(_PACKAGE)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent


def rooms() -> list[tuple[str, Path]]:
    """The package's top-level modules and subpackages (``model``, ``io``, ``engine``...)."""
    out: list[tuple[str, Path]] = []
    for child in sorted(_src().iterdir()):
        if child.name.startswith(("_", ".")):
            continue
        if child.is_dir() and (child / "__init__.py").is_file():
            out.append((child.name, child))
        elif child.suffix == ".py":
            out.append((child.stem, child))
    return out


def _files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _docline(path: Path) -> str:
    init = path / "__init__.py" if path.is_dir() else path
    try:
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    except SyntaxError:
        return ""
    return " ".join(doc.split("\n\n")[0].split())


def module_table() -> str:
    """Which room owns what: the first paragraph of each module's own docstring."""
    lines = ["| module | what it holds (its own docstring) |", "|---|---|"]
    for name, path in rooms():
        doc = _docline(path).replace("|", "\\|") or "*(no docstring yet)*"
        lines.append(f"| `{_PACKAGE}.{name}` | {doc} |")
    return "\n".join(lines)


def imports_between_rooms() -> dict[str, set[str]]:
    """For each room, the other rooms its code imports (any import, lazy ones included)."""
    names = {name for name, _ in rooms()}
    graph: dict[str, set[str]] = {}
    for name, path in rooms():
        used: set[str] = set()
        for f in _files(path):
            try:
                tree = ast.parse(f.read_text(encoding="utf-8"))
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                targets: list[str] = []
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    targets = [node.module]
                    if node.module == _PACKAGE:
                        targets = [f"{_PACKAGE}.{a.name}" for a in node.names]
                elif isinstance(node, ast.Import):
                    targets = [a.name for a in node.names]
                for t in targets:
                    parts = t.split(".")
                    inside = parts[0] == _PACKAGE and len(parts) > 1 and parts[1] in names
                    if inside and parts[1] != name:
                        used.add(parts[1])
        graph[name] = used
    return graph


def import_table() -> str:
    graph = imports_between_rooms()
    lines = ["| module | imports from |", "|---|---|"]
    for name, used in graph.items():
        shown = ", ".join(f"`{u}`" for u in sorted(used) if not u.startswith("_")) or "—"
        lines.append(f"| `{name}` | {shown} |")
    return "\n".join(lines)


# ------------------------------------------------------------------ reports from examples


def report_block(
    example: str = "kabupaten-banyumas", fmt: str = "text", lang: str = "id", on: str = ""
) -> str:
    """A report the library renders at build time for a bundled example."""
    try:
        from tkpk_rules.engine import check
    except ImportError:
        return missing(
            "Mesin pemeriksa (`tkpk_rules.engine`) belum ada di versi ini; contoh laporan "
            "akan muncul di sini begitu tersedia.",
            "The checking engine (`tkpk_rules.engine`) is not in this version yet; an "
            "example report appears here as soon as it is.",
        )
    from tkpk_rules.examples import load_example

    day = dt.date.fromisoformat(on) if on else DOCS_DATE
    report = check(load_example(example), on=day)
    try:
        text = report.render(fmt, lang=lang)
    except ImportError:  # the renderers are not in this build yet
        return missing(
            "Penyaji laporan (`tkpk_rules.report`) belum lengkap di versi ini.",
            "The report renderers (`tkpk_rules.report`) are not complete in this build yet.",
        )
    fence = {"text": "text", "markdown": "markdown", "json": "json", "html": "html"}.get(fmt, "")
    return f"```{fence}\n{text.rstrip()}\n```"


# ------------------------------------------------------------------ the notebook guide


def notebook_cells(path: Path) -> list[dict[str, Any]]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return list(nb["cells"])


def execute_notebook(path: Path) -> list[tuple[dict[str, Any], str, str | None]]:
    """Run the notebook's code cells in order, in one namespace, without Jupyter.

    Returns each cell with what it printed (and the value of a last bare expression, as
    Jupyter would show it) and the SVG in ``chart_svg`` if that cell set it.
    """
    import contextlib
    import io

    namespace: dict[str, Any] = {"__name__": "__notebook__"}
    results: list[tuple[dict[str, Any], str, str | None]] = []
    for cell in notebook_cells(path):
        if cell["cell_type"] != "code":
            results.append((cell, "", None))
            continue
        src = "".join(cell["source"])
        tree = ast.parse(src)
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        before = namespace.get("chart_svg")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            if last is not None:
                body = ast.Module(body=tree.body[:-1], type_ignores=[])
                exec(compile(body, str(path), "exec"), namespace)
                value = eval(compile(ast.Expression(last.value), str(path), "eval"), namespace)
                if value is not None:
                    print(repr(value))
            else:
                exec(compile(tree, str(path), "exec"), namespace)
        svg = namespace.get("chart_svg")
        results.append((cell, out.getvalue(), svg if svg is not before else None))
    return results


def notebook_markdown(path: Path) -> str:
    """The notebook as a page: its text, its code, and the outputs of running it now."""
    try:
        import tkpk_rules.engine  # noqa: F401
    except ImportError:
        runs = [(c, "", None) for c in notebook_cells(path)]
        note = missing(
            "Notebook belum dapat dijalankan: mesin pemeriksa belum ada.",
            "The notebook cannot run yet: the engine is not in this build.",
        )
    else:
        runs = execute_notebook(path)
        note = ""
    out: list[str] = [note] if note else []
    for cell, printed, svg in runs:
        src = "".join(cell.get("source", ""))
        if cell["cell_type"] == "markdown":
            # demote headings so that the page keeps a single title
            out.append(re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", src, flags=re.M))
        elif cell["cell_type"] == "code":
            out.append(f"```python\n{src.rstrip()}\n```")
            if printed.strip():
                out.append(f"```text\n{printed.rstrip()}\n```")
            if svg:
                out.append(f'<div class="tkpk-chart">{svg}</div>')
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ API reference pages

#: Modules that get an API page when they exist, in reading order.
API_MODULES: tuple[tuple[str, str], ...] = (
    ("tkpk_rules", "Package (top level)"),
    ("tkpk_rules.io", "Reading and writing documents"),
    ("tkpk_rules.io.schema", "JSON Schema"),
    ("tkpk_rules.model", "Domain model"),
    ("tkpk_rules.errors", "Errors"),
    ("tkpk_rules.regions", "Regions"),
    ("tkpk_rules.examples", "Bundled examples"),
    ("tkpk_rules.law", "The law"),
    ("tkpk_rules.rules", "Rules"),
    ("tkpk_rules.engine", "Engine"),
    ("tkpk_rules.report", "Report"),
    ("tkpk_rules.i18n", "Messages"),
    ("tkpk_rules.planning", "Planning"),
    ("tkpk_rules.redact", "Redaction"),
    ("tkpk_rules.testing", "Hypothesis strategies"),
    ("tkpk_rules.service", "The JSON contract (CLI and HTTP)"),
    ("tkpk_rules.server", "HTTP service"),
    ("tkpk_rules.dataframe", "Findings as a pandas DataFrame"),
)


def _has_content(module: str) -> bool:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return False
    if spec is None or spec.origin is None:
        return False  # e.g. an empty folder without __init__.py
    try:
        importlib.import_module(module)
    except Exception:  # a module half-written by a colleague: leave it out of this build
        return False
    return True


def api_modules() -> list[tuple[str, str]]:
    return [(m, title) for m, title in API_MODULES if _has_content(m)]


def api_uri(module: str) -> str:
    return f"api/{module}.md"


def api_pages() -> dict[str, str]:
    pages: dict[str, str] = {}
    mods = api_modules()
    index = [
        "# API reference",
        "",
        "Generated from the docstrings by mkdocstrings. The stable entry points are",
        "`tkpk_rules.load` / `tkpk_rules.io`, the model, and (when present) "
        "`tkpk_rules.engine.check` and the report.",
        "",
        "| module | about |",
        "|---|---|",
    ]
    for module, title in mods:
        index.append(f"| [`{module}`]({module}.md) | {title} |")
        options = ""
        if module == "tkpk_rules":
            options = "\n    options:\n      members: false"
        pages[api_uri(module)] = f"# `{module}`\n\n::: {module}{options}\n"
    absent = [m for m, _ in API_MODULES if m not in dict(mods)]
    if absent:
        index += [
            "",
            "Not in this build (the module does not exist yet or could not be imported): "
            + ", ".join(f"`{m}`" for m in absent)
            + ".",
        ]
    pages["api/index.md"] = "\n".join(index) + "\n"
    return pages


def api_nav_entries() -> list[dict[str, str]]:
    return [{module: api_uri(module)} for module, _ in api_modules()]


# ------------------------------------------------------------------ pages owned by others

PLACEHOLDERS = {
    "agenda-planning.md": (
        "# Agenda planning\n\n"
        + missing(
            "Halaman perencanaan agenda sedang ditulis.",
            "The agenda-planning page is being written by the planning work.",
        )
    ),
    "performance.md": (
        "# Performance\n\n"
        + missing(
            "Halaman kinerja sedang ditulis.",
            "The performance page is being written by the hostile-input work.",
        )
    ),
}


def placeholders(docs_dir: Path) -> dict[str, str]:
    """Placeholder pages for pages other people own, only while they do not exist."""
    return {uri: text for uri, text in PLACEHOLDERS.items() if not (docs_dir / uri).exists()}
