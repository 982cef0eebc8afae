"""Registration checks: a rule's declared messages match what its function can yield.

The variants a rule function can yield are read from its source: every
``verdict(outcome, "variant", ...)`` call in the function and in the helper
functions of the rulebook it calls (followed through the module's globals),
where the variant is a text, a conditional between texts, or a local name
assigned only such values.  A variant built any other way (an f-string, a
parameter) cannot be checked and is refused: write the texts out.

The declared variants are the keys of ``messages`` other than ``title`` and
``<variant>.action``.  They must equal the variants found, every action must
belong to a declared variant (or one of a requirement's), both languages must
be written, and no variant may shadow a requirement's.
"""

from __future__ import annotations

import ast
import functools
import inspect
import os
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tkpk_rules.rules._base import Rule

__all__ = ["check_declaration", "yielded_variants"]


class _Unresolvable(Exception):
    pass


@functools.lru_cache(maxsize=64)
def _module_functions(filename: str) -> dict[int, ast.FunctionDef]:
    """Every module-level function of a source file, by its first line (decorators included).

    One parse per module keeps building the rulebook cheap (``inspect.getsource`` would
    tokenize the file again for every function).
    """
    try:
        with open(filename, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename)
    except OSError:
        return {}
    found: dict[int, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            found[first] = node
            found[node.lineno] = node
    return found


def _function_node(function: Callable[..., object]) -> ast.FunctionDef:
    code = getattr(function, "__code__", None)
    if code is not None:
        node = _module_functions(code.co_filename).get(code.co_firstlineno)
        if node is not None and node.name == getattr(function, "__name__", None):
            return node
    source = textwrap.dedent(inspect.getsource(function))
    tree = ast.parse(source)
    for item in tree.body:
        if isinstance(item, ast.FunctionDef):
            return item
    raise _Unresolvable(f"no function source for {function!r}")


def _assigned(fn: ast.FunctionDef, name: str) -> list[ast.expr]:
    values: list[ast.expr] = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                values.append(node.value)
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == name
            and node.value is not None
        ):
            values.append(node.value)
    return values


def _texts(expr: ast.expr, fn: ast.FunctionDef, seen: frozenset[str] = frozenset()) -> set[str]:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.IfExp):
        return _texts(expr.body, fn, seen) | _texts(expr.orelse, fn, seen)
    if isinstance(expr, ast.Name) and expr.id not in seen:
        values = _assigned(fn, expr.id)
        if values:
            out: set[str] = set()
            for v in values:
                out |= _texts(v, fn, seen | {expr.id})
            return out
    raise _Unresolvable(ast.unparse(expr))


def yielded_variants(function: Callable[..., object]) -> frozenset[str]:
    """The variants ``function`` (and the rulebook helpers it calls) can give to ``verdict``.

    :raises RuleDeclarationError: a variant is not written as text.
    """
    from tkpk_rules.rules._base import RuleDeclarationError

    found: set[str] = set()
    visited: set[int] = set()

    def visit(fn_obj: Callable[..., object]) -> None:
        # A rule run through a requirement's ``around`` is read as its own function.
        fn_obj = inspect.unwrap(fn_obj)
        if id(fn_obj) in visited:
            return
        visited.add(id(fn_obj))
        node = _function_node(fn_obj)
        namespace = getattr(fn_obj, "__globals__", {})
        for call in ast.walk(node):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                continue
            name = call.func.id
            if name == "verdict":
                if len(call.args) < 2:
                    raise RuleDeclarationError(f"{fn_obj.__name__}: verdict() without a variant")
                try:
                    found.update(_texts(call.args[1], node))
                except _Unresolvable as exc:
                    raise RuleDeclarationError(
                        f"{fn_obj.__name__}: the variant {exc} is not written as text"
                    ) from None
                continue
            target = namespace.get(name)
            module = getattr(target, "__module__", "") or ""
            if inspect.isfunction(target) and module.startswith("tkpk_rules.rules"):
                visit(target)

    visit(function)
    return frozenset(found)


def check_declaration(rule: Rule) -> None:
    """Refuse a rule whose declared messages do not match what it can yield.

    :raises RuleDeclarationError: with every mismatch named.
    """
    from tkpk_rules.rules._base import RuleDeclarationError

    if os.environ.get("TKPK_MUTATION_RUN") == "1":
        # scripts/mutation.sh: mutmut replaces each function by a trampoline whose source
        # no longer shows the verdicts; the unmutated rulebook was checked before.
        return
    problems: list[str] = []
    declared = rule.variants
    yielded = yielded_variants(rule.function)
    required: set[str] = set()
    for req in rule.requires:
        required |= req.variants
    if missing := sorted(yielded - declared):
        problems.append(f"variants yielded without a message: {', '.join(missing)}")
    if extra := sorted(declared - yielded):
        problems.append(f"messages for variants never yielded: {', '.join(extra)}")
    if shadow := sorted(declared & required):
        problems.append(f"variants that shadow a requirement's: {', '.join(shadow)}")
    keys = dict(rule.messages)
    if "title" not in keys:
        problems.append("no title")
    for key, pair in rule.messages:
        if key.endswith(".action") and key[: -len(".action")] not in declared | required:
            problems.append(f"advice {key} for no variant")
        if len(pair) != 2 or not all(isinstance(t, str) and t.strip() for t in pair):
            problems.append(f"message {key} is not written in both languages")
    if problems:
        raise RuleDeclarationError(f"{rule.code}: " + "; ".join(problems))
