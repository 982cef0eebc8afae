"""The documentation site: it builds in strict mode, and its law pages come from the rulebook.

The generators live in ``docs/_hooks/`` (loaded by ``mkdocs.yml`` through ``hooks:``);
these tests call them directly, and build the whole site when mkdocs is installed.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "docs" / "_hooks"

#: Every provision id of the brief (../shared/regulation/brief.md), in its order.
BRIEF_IDS = (
    "53.formation",
    "53.instrument",
    "53.elements",
    "53.chair",
    "53.secretary",
    "53.vice-chair",
    "53.tasks",
    "53.functions",
    "53.secretariat",
    "53.agenda",
    "53.agenda-contents",
    "53.meetings",
    "53.rpkd",
    "53.rat",
    "53.report",
    "53.alignment",
    "53.development",
    "53.funding",
    "53.transition",
)


def _hook_module(name: str) -> ModuleType:
    if str(HOOKS) not in sys.path:
        sys.path.insert(0, str(HOOKS))
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def rules_gen() -> ModuleType:
    return _hook_module("tkpk_docgen_rules")


def test_every_provision_of_the_brief_has_a_generated_page(rules_gen: ModuleType) -> None:
    from tkpk_rules.law import PROVISIONS

    assert set(BRIEF_IDS) <= set(PROVISIONS)
    pages = rules_gen.generated_pages()
    for pid in PROVISIONS:
        page = pages[f"rules/{pid}.md"]
        assert page.startswith(f"# `{pid}`")
        assert PROVISIONS[pid].citation.text() in page
    nav = [next(iter(entry)) for entry in rules_gen.nav_entries()]
    assert nav == list(PROVISIONS)


def test_each_page_lists_the_rules_that_encode_it(rules_gen: ModuleType) -> None:
    from tkpk_rules.law import PROVISIONS
    from tkpk_rules.rules import RULEBOOK

    pages = rules_gen.generated_pages()
    for rule in RULEBOOK:
        assert f"`{rule.code}`" in pages[f"rules/{rule.provision}.md"]
    for pid, provision in PROVISIONS.items():
        if not provision.checkable:
            assert provision.reason.en in pages[f"rules/{pid}.md"]


def test_changing_a_rules_support_level_changes_its_page(rules_gen: ModuleType) -> None:
    from tkpk_rules.law import PROVISIONS, Support
    from tkpk_rules.rules import RULEBOOK

    rule = next(r for r in RULEBOOK if r.provision == "53.meetings")
    provision = PROVISIONS["53.meetings"]
    assert rule.support is Support.REPORTED
    before = rules_gen.provision_page(provision, [rule])
    upgraded = attrs.evolve(rule, support=Support.CONFIRMED)
    after = rules_gen.provision_page(provision, [upgraded])
    assert before != after
    assert f"[`{rule.code}`](#{rule.code.lower()})" in before
    assert "| `reported` |" in before and "| `confirmed` |" in after

    demoted = rules_gen.provision_page(provision, [attrs.evolve(rule, support=Support.PRACTICE)])
    assert "advisory only" in demoted and "advisory only" not in before


def test_confirming_a_provision_removes_the_not_verified_warning(rules_gen: ModuleType) -> None:
    from tkpk_rules.law import PROVISIONS, Citation, Support

    provision = PROVISIONS["53.chair"]
    before = rules_gen.provision_page(provision)
    confirmed = attrs.evolve(
        provision,
        support=(Support.CONFIRMED,),
        citation=Citation(regulation="permendagri-53-2020", pasal="7", ayat="2"),
    )
    after = rules_gen.provision_page(confirmed)
    assert "not verified" in before and "not verified" not in after
    assert "Pasal ?" in before and "Pasal 7 ayat (2)" in after


def test_covering_tests_are_found_by_code_and_by_provision_id(
    rules_gen: ModuleType, tmp_path: Path
) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_x.py").write_text(
        "CODES = ['TKPK53-ZZZ-900']\n\n"
        "def test_a():\n    assert '53.zzz'\n\n"
        "def test_b():\n    assert 'TKPK53-ZZZ-9001'\n",
        encoding="utf-8",
    )
    assert rules_gen.covering_tests(["53.zzz"], tests) == ["tests/test_x.py::test_a"]
    assert rules_gen.covering_tests(["TKPK53-ZZZ-900"], tests) == ["tests/test_x.py (module level)"]


def test_rule_sources_are_repository_paths(rules_gen: ModuleType) -> None:
    from tkpk_rules.rules import RULEBOOK

    for r in RULEBOOK:
        location = rules_gen._source_location(r)
        path, line = location.rsplit(":", 1)
        assert path.startswith("src/tkpk_rules/rules/"), location
        lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
        assert r.code in "\n".join(lines[int(line) - 1 : int(line) + 3]), location


def test_an_installed_copy_still_shows_the_repository_path(
    rules_gen: ModuleType, tmp_path: Path
) -> None:
    """The pages once showed ``.venv/lib/python3.11/site-packages/...`` (issue 13)."""
    installed = tmp_path / ".venv/lib/python3.11/site-packages/tkpk_rules/rules/meetings.py"
    installed.parent.mkdir(parents=True)
    installed.write_text("\n\ndef some_rule():\n    return 1\n", encoding="utf-8")
    namespace: dict[str, object] = {"__name__": "tkpk_rules.rules.meetings"}
    exec(compile(installed.read_text(), str(installed), "exec"), namespace)
    assert rules_gen._source_location(namespace["some_rule"]) == (
        "src/tkpk_rules/rules/meetings.py:3"
    )


def test_every_document_field_is_explained() -> None:
    fmt = _hook_module("tkpk_docgen_format")
    assert fmt.glossary_problems() == []
    from tkpk_rules.io.schema import document_schema

    schema = document_schema()
    for lang in ("id", "en"):
        tables = fmt.field_tables(lang)
        for name, definition in schema["$defs"].items():
            assert f" {name} {{ #" in tables
            for field in definition["properties"]:
                assert f"| `{field}` |" in tables
        assert "**?**" not in tables


def test_the_cli_reference_covers_every_subcommand() -> None:
    cli = _hook_module("tkpk_docgen_cli")
    from tkpk_rules.cli import build_parser

    _, commands = build_parser()
    text = cli.cli_reference()
    for name in commands:
        assert f"## `tkpk-rules {name}`" in text


def test_unknown_markers_fail_loudly() -> None:
    hooks = _hook_module("tkpk_docs")
    assert hooks.expand_markers("a <!-- gen:version --> b") != "a <!-- gen:version --> b"
    with pytest.raises(ValueError, match="unknown marker"):
        hooks.expand_markers("<!-- gen:no-such-thing -->")


def _mkdocs_available() -> bool:
    return all(
        importlib.util.find_spec(m) is not None
        for m in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")
    )


@pytest.mark.skipif(not _mkdocs_available(), reason="mkdocs and its plugins are not installed")
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    from tkpk_rules.law import PROVISIONS

    site = tmp_path / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])])
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for pid, provision in PROVISIONS.items():
        html = (site / "rules" / pid / "index.html").read_text(encoding="utf-8")
        for level in provision.support:
            assert f"<code>{level.value}</code>" in html
    for page in ("mulai-cepat", "document-format", "cli", "api", "changelog", "notebook"):
        assert (site / page / "index.html").is_file(), page
    assert (site / "notebooks" / "many-regions.ipynb").is_file()
    assert not (site / "_hooks").exists()
    installed = [
        f.relative_to(site).as_posix()
        for f in site.rglob("*")
        if f.is_file() and b"site-packages" in f.read_bytes()
    ]
    assert installed == [], f"an install path shows in the built site: {installed}"


def test_the_architecture_page_describes_the_imports_as_they_are() -> None:
    misc = _hook_module("tkpk_docgen_misc")
    graph = misc.imports_between_rooms()
    for room in ("errors", "i18n"):
        assert graph[room] == set(), (room, graph[room])
    assert graph["model"] <= {"errors"}, graph["model"]
    assert "engine" not in graph["rules"]
    assert not [room for room, used in graph.items() if "cli" in used]
    table = misc.module_table()
    for room in graph:
        assert f"`tkpk_rules.{room}`" in table


def test_doctests_in_api_docstrings_become_code_blocks() -> None:
    pytest.importorskip("griffe")
    ext = _hook_module("griffe_doctest")
    text = ext.plain_roles(ext.fence_doctests('See :class:`~a.b.C`.\n\n>>> x["a"]\n1'))
    assert text == 'See `C`.\n\n```pycon\n>>> x["a"]\n1\n```'
