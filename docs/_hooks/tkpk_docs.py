"""mkdocs hooks for the tkpk-rules site: generated pages and generated sections.

Loaded through ``hooks:`` in ``mkdocs.yml``; no extra plugin.  Two mechanisms:

* **generated pages** (``on_files``): one page per provision of the rulebook under
  ``rules/``, and one API page per public module under ``api/``.  ``on_config`` adds them
  to the navigation.
* **markers** (``on_page_markdown``): a hand-written page holds a line such as
  ``<!-- gen:fields en -->`` and the hook replaces it with text generated from the library
  (field tables, the JSON Schema, the bundled example, the CLI help, the changelog...).
  An unknown marker fails the build.

All content comes from small pure functions in the ``tkpk_docgen_*`` modules next to this
file, so tests can call them directly.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parent.parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))
try:  # the package is installed in CI; from a bare checkout, use src/
    import tkpk_rules  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(_ROOT / "src"))

import tkpk_docgen_cli  # noqa: E402
import tkpk_docgen_format  # noqa: E402
import tkpk_docgen_misc  # noqa: E402
import tkpk_docgen_rules  # noqa: E402

log = logging.getLogger("mkdocs.hooks.tkpk_docs")

_MARKER = re.compile(r"<!--\s*gen:(?P<name>[a-z-]+)(?P<args>(?:\s+[^\s>]+)*?)\s*-->")


def _markers() -> dict[str, Any]:
    fmt, misc, rules = tkpk_docgen_format, tkpk_docgen_misc, tkpk_docgen_rules
    return {
        "fields": lambda lang="en": fmt.field_tables(lang),
        "enums": lambda lang="en": fmt.enum_tables(lang),
        "values": lambda name, lang="id": fmt.enum_table(name, lang),
        "validate-demo": lambda lang="id": fmt.validate_demo(lang),
        "schema": lambda: "```json\n" + fmt.schema_json() + "\n```",
        "example": lambda name="kabupaten-banyumas": misc.example_block(name),
        "cli": lambda: tkpk_docgen_cli.cli_reference(),
        "include": lambda path: misc.include(_ROOT / path),
        "modules": lambda: misc.module_table(),
        "imports": lambda: misc.import_table(),
        "notebook": lambda path: misc.notebook_markdown(_ROOT / "docs" / path),
        "report": lambda *args: misc.report_block(*args),
        "support-levels": lambda lang="en": rules.support_levels_table(lang),
        "support-summary": lambda lang="en": rules.support_summary(lang),
        "provisions": lambda lang="en": rules.provisions_table(lang, base="rules/"),
        "unknowns": lambda lang="en": rules.unknowns_list(lang),
        "regulations": lambda lang="en": rules.regulations_table(lang),
        "parameters": lambda lang="en": rules.parameters_table(lang),
        "regimes": lambda lang="en": rules.regimes_table(lang),
        "version": lambda: misc.version(),
    }


def expand_markers(markdown: str, page_path: str = "") -> str:
    """Replace every ``<!-- gen:... -->`` line of ``markdown`` with generated text."""
    table = _markers()

    def replace(m: re.Match[str]) -> str:
        name, args = m.group("name"), m.group("args").split()
        if name not in table:
            raise ValueError(f"{page_path}: unknown marker gen:{name}")
        text = str(table[name](*args))
        line_start = markdown.rfind("\n", 0, m.start()) + 1
        indent = markdown[line_start : m.start()]
        if indent and not indent.strip():  # keep generated blocks inside admonitions
            text = text.replace("\n", "\n" + indent)
        return text

    return _MARKER.sub(replace, markdown)


# ---------------------------------------------------------------------------- mkdocs events


def on_config(config: Any) -> Any:
    """Add the generated rule and API pages to the navigation."""
    for problem in tkpk_docgen_format.glossary_problems():
        log.warning(problem)  # strict mode turns this into a failed build
    _extend_nav(config.get("nav") or [], "rules/index.md", tkpk_docgen_rules.nav_entries())
    _extend_nav(config.get("nav") or [], "api/index.md", tkpk_docgen_misc.api_nav_entries())
    return config


def _extend_nav(nav: list[Any], index: str, entries: list[dict[str, str]]) -> bool:
    for item in nav:
        children = item if isinstance(item, list) else None
        if isinstance(item, dict):
            (children,) = item.values()
        if isinstance(children, list):
            if index in children:
                children[children.index(index) + 1 :] = entries
                return True
            if _extend_nav(children, index, entries):
                return True
    return False


def on_files(files: Any, config: Any) -> Any:
    """Write the generated pages into the site's file collection."""
    from mkdocs.structure.files import File

    pages = {
        **tkpk_docgen_rules.generated_pages(),
        **tkpk_docgen_misc.api_pages(),
    }
    for uri, content in pages.items():
        existing = files.get_file_from_path(uri)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, uri, content=content))
    for uri, text in tkpk_docgen_misc.placeholders(Path(config["docs_dir"])).items():
        if files.get_file_from_path(uri) is None:
            log.info("%s does not exist yet; using a placeholder page", uri)
            files.append(File.generated(config, uri, content=text))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return expand_markers(markdown, page.file.src_uri)


def on_pre_build(config: Any) -> None:
    os.environ.setdefault("COLUMNS", "100")
