"""The fast path of structuring: a valid document of plain dicts and lists, built in one walk.

The converter (:mod:`tkpk_rules.io.converter`) goes through cattrs' detailed
validation: three Python frames per value, a ``Mapping`` check through the ABC
machinery, a note on every failure.  That is what a document with mistakes
needs, to name every problem with its path; a valid document pays it for
nothing (issue 15).  This module builds the same objects from the same plain
values in Python source generated once per model class: exact type checks
(``type(value) is str``), enum members by dictionary, the items of a list in a
loop of the class's own function, no wrapper per value.

It never decides anything the converter would decide differently.  It takes
only values it recognises as certainly valid, and at the first doubt (a value
of another type, an unknown or missing key, a bad date, a subclass of ``dict``,
any exception) it gives up, and the caller takes the converter's full path from
the start, which finds and words the problems exactly as before.  The objects it
builds are the converter's: the same hooks decide which type a field takes (a
hook it does not know, such as ``dt.date | ImpreciseDate``, is called as it is,
on plain scalars only), and the same classes are constructed.

While it walks, it also counts what :func:`~tkpk_rules.io.limits.check_value`
would count (texts, whole numbers, entries of each list and mapping, values in
all), so that a document it builds is known to be within the limits without a
second walk.  It cannot see nesting deeper than the model, so it vouches for the
limits only when ``max_depth`` covers the model's own depth
(:func:`counts_cover`); otherwise the caller walks as before.  And it notes
whether any text needs the clerk's review (:func:`tkpk_rules.io._clerk.review`:
curly quotes, blanks of the skeleton, a degree cut from its name), so that the
review's own walk is skipped when none does.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from tkpk_rules.io import converter as _conv
from tkpk_rules.io._clerk import needs_review, needs_split_review
from tkpk_rules.io.limits import Limits, text_problem
from tkpk_rules.model import YearRange
from tkpk_rules.model.team import DateRange, SubTeam

__all__ = ["counts_cover", "structure_fast"]


class _Slow(Exception):
    """This value is not for the fast path: take the converter's full path."""


class _Compiler:
    """Generates the fast function of each model class.

    The bounds (``MS``, ``MI``, ``BIG``) are globals of the generated functions,
    set by :func:`_compiled` for each set of limits (unbounded when the caller
    has checked them already): one compilation serves every caller.
    """

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {
            "Slow": _Slow,
            "MS": 0,
            "MI": 0,
            "BIG": 0,
            "str": str,
            "int": int,
            "bool": bool,
            "dict": dict,
            "list": list,
            "tuple": tuple,
            "float": float,
            "type": type,
            "len": len,
            "NoneType": type(None),
            "date": dt.date,
            "fromiso": dt.date.fromisoformat,
            "ISO": _conv._ISO_DATE.fullmatch,
            "YMIN": _conv.YEAR_MIN,
            "YMAX": _conv.YEAR_MAX,
            "odd": self._odd,
            "split_odd": needs_split_review,
            "new": object.__new__,
            "put": object.__setattr__,
        }
        self.names: dict[type, str] = {}
        self.constants = itertools.count()
        #: How deeply each class nests lists and mappings (itself included); None while open.
        self.depths: dict[type, int | None] = {}
        #: The longest key or enum value the fast path takes without counting its length.
        self.longest = 10  # an ISO date

    @staticmethod
    def _odd(text: str, b: list[Any]) -> None:
        """A text that is not plain ASCII or holds ``__``: refuse a lone surrogate, note review."""
        if text_problem("", text) is not None:
            raise _Slow
        if needs_review(text):
            b[1] = True

    def constant(self, value: object) -> str:
        name = f"K{next(self.constants)}"
        self.ns[name] = value
        return name

    def function_for(self, cl: type) -> str:
        """The name of the generated function of ``cl`` (generated on first use)."""
        name = self.names.get(cl)
        if name is None:
            name = self.names[cl] = f"c{len(self.names)}_{cl.__name__}"
            self.depths[cl] = None
            source, depth = self._class_source(cl, name)
            exec(compile(source, f"<tkpk-rules fast structure {cl.__qualname__}>", "exec"), self.ns)
            self.depths[cl] = depth
        return name

    def depth_of(self, cl: type) -> int:
        depth = self.depths.get(cl)
        if depth is None:  # a class that holds itself: nesting without a bound
            return 10**6
        return depth

    # ------------------------------------------------------------------
    # One value: statements that read ``src`` and leave the result in ``dst``.
    # Each returns (lines, depth of lists and mappings the value may hold).
    # ------------------------------------------------------------------

    def value(self, tp: Any, src: str, dst: str, hook: Any = None) -> tuple[list[str], int]:
        if hook is None:
            hook = _conv._hook_for(_conv.converter, tp)
        plan = _conv.HOOK_PLANS.get(hook)
        kind = plan[0] if plan else None
        if kind == "str":
            return [*self.text(src), f"{dst} = {src}"], 0
        if kind == "int":
            lines = [
                f"if type({src}) is not int: raise Slow",
                f"if {src} > BIG or {src} < -BIG: raise Slow",
            ]
            return [*lines, f"{dst} = {src}"], 0
        if kind == "bool":
            return [f"if type({src}) is not bool: raise Slow", f"{dst} = {src}"], 0
        if kind == "date":
            return [
                f"if type({src}) is str:",
                f"    if len({src}) != 10 or not {src}.isascii() or ISO({src}) is None: raise Slow",
                f"    {dst} = fromiso({src})",
                f"elif type({src}) is date: {dst} = {src}",
                "else: raise Slow",
            ], 0
        if kind == "day_or_imprecise":
            # A day written in full (the usual case) as the "date" kind; a year, a month or
            # anything else goes to the hook, which decides it exactly as the converter does.
            rest = self.delegate(tp, hook, src, dst)
            return [
                f"if type({src}) is str and len({src}) == 10 and {src}.isascii() "
                f"and ISO({src}) is not None:",
                f"    {dst} = fromiso({src})",
                "else:",
                *_indent(rest),
            ], 0
        if kind == "enum":
            _, cls, by_value = plan  # type: ignore[misc]
            table = self.constant(by_value)
            lines = [f"{dst} = {table}.get({src})", f"if {dst} is None: raise Slow"]
            for text in by_value:
                self.longest = max(self.longest, len(text))
                if not text.isascii() or needs_review(text):
                    lines.append(f"odd({src}, b)")
                    break
            return lines, 0
        if kind == "not_recorded":
            _, inner, allows_none = plan  # type: ignore[misc]
            body, depth = self.value(inner, src, dst)
            none = f"{dst} = None" if allows_none else "raise Slow"
            return [f"if {src} is None: {none}", "else:", *_indent(body)], depth
        if kind == "text_or_class":
            cls = plan[1]  # type: ignore[index]
            function = self.function_for(cls)
            return [
                f"if type({src}) is str:",
                *_indent([*self.text(src), f"{dst} = {src}"]),
                f"elif type({src}) is dict: {dst} = {function}({src}, b)",
                "else: raise Slow",
            ], self.depth_of(cls)
        if kind == "items":
            return self.items(plan[1], src, dst)  # type: ignore[index]
        if kind == "attrs":
            cls = plan[1]  # type: ignore[index]
            return [f"{dst} = {self.function_for(cls)}({src}, b)"], self.depth_of(cls)
        return self.delegate(tp, hook, src, dst), 0

    def text(self, src: str) -> list[str]:
        """Checks of a text value: its type, its length, and (rarely) its characters."""
        return [
            f"if type({src}) is not str or len({src}) > MS: raise Slow",
            f"if not {src}.isascii() or '__' in {src}: odd({src}, b)",
        ]

    def items(self, item_type: Any, src: str, dst: str) -> tuple[list[str], int]:
        n, item, out, built = f"n_{src}", f"i_{src}", f"o_{src}", f"r_{src}"
        lines = [
            f"if type({src}) is not list and type({src}) is not tuple: raise Slow",
            f"{n} = len({src})",
        ]
        lines += [f"if {n} > MI: raise Slow", f"b[0] -= {n}", "if b[0] < 0: raise Slow"]
        cls = _plain_class(item_type)
        if cls is not None:  # a list of model objects: one call per item, in a comprehension
            function = self.function_for(cls)
            lines.append(f"{dst} = tuple([{function}({item}, b) for {item} in {src}])")
            return lines, self.depth_of(cls) + 1
        body, depth = self.value(item_type, item, out)
        lines += [
            f"{built} = []",
            f"for {item} in {src}:",
            *_indent([*body, f"{built}.append({out})"]),
            f"{dst} = tuple({built})",
            # the review looks at texts side by side in a list (a degree cut from its name)
            f"if {n} > 1 and split_odd({src}): b[1] = True",
        ]
        return lines, depth + 1

    def delegate(self, tp: Any, hook: Any, src: str, dst: str) -> list[str]:
        """A hook this module does not know: called as it is, on plain scalars only."""
        function = self.constant(hook)
        target = self.constant(tp)
        kind = f"t_{src}"
        digits = [f"    if {src} > BIG or {src} < -BIG: raise Slow"]
        return [
            f"{kind} = type({src})",
            f"if {kind} is str:",
            *_indent(self.text(src)),
            f"elif {kind} is int:",
            *digits,
            f"elif {kind} is not float and {kind} is not bool and {kind} is not NoneType "
            f"and {kind} is not date: raise Slow",
            f"{dst} = {function}({src}, {target})",
        ]

    # ------------------------------------------------------------------
    # One class
    # ------------------------------------------------------------------

    def _class_source(self, cl: type, name: str) -> tuple[str, int]:
        hints = typing.get_type_hints(cl)
        plan = _conv.HOOK_PLANS.get(_conv._hook_for(_conv.converter, cl))
        years: frozenset[str] = plan[2] if plan and plan[0] == "attrs" else frozenset()
        fields = [f for f in attrs.fields(cl) if f.init]
        keys = frozenset(f.name for f in fields)
        for key in keys:
            self.longest = max(self.longest, len(key))
        lines = [
            f"def {name}(o, b):",
            "    if type(o) is not dict: raise Slow",
        ]
        lines += [
            "    n = len(o)",
            "    if n > MI: raise Slow",
            "    b[0] -= n",
            "    if b[0] < 0: raise Slow",
        ]
        lines.append(f"    if not {self.constant(keys)}.issuperset(o): raise Slow")
        depth = 0
        arguments = []
        for number, field in enumerate(fields):
            src, dst = f"v{number}", f"a{number}"
            if field.name in years:
                body = [
                    f"if type({src}) is not int or not YMIN <= {src} <= YMAX: raise Slow",
                    f"if {src} > BIG: raise Slow",
                    f"{dst} = {src}",
                ]
                inner = 0
            else:
                body, inner = self.value(hints[field.name], src, dst)
            depth = max(depth, inner)
            key = repr(field.name)
            if field.default is attrs.NOTHING:
                lines += [f"    {src} = o[{key}]", *_indent(body)]
            else:
                if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                    if field.default.takes_self:
                        raise TypeError(f"{cl.__name__}.{field.name}: a default that takes self")
                    made = f"{self.constant(field.default.factory)}()"
                else:
                    made = self.constant(field.default)
                lines += [  # ``in`` and a subscript: cheaper than ``get`` when most keys are absent
                    f"    if {key} in o:",
                    f"        {src} = o[{key}]",
                    *_indent(body, 2),
                    f"    else: {dst} = {made}",
                ]
            arguments.append((field, dst))
        target = self.constant(cl)
        if _plain_init(cl):  # what attrs' __init__ would do, less its calls
            lines.append(f"    made = new({target})")
            lines += [f"    put(made, {field.name!r}, {dst})" for field, dst in arguments]
        else:
            given = ", ".join(f"{field.alias}={dst}" for field, dst in arguments)
            lines.append(f"    made = {target}({given})")
        if issubclass(cl, (YearRange, DateRange, SubTeam)):
            lines.append(f"    {self.constant(_conv._check_range)}(made)")
        lines.append("    return made")
        return "\n".join(lines) + "\n", depth + 1


_TYPED_MODULE = "tkpk_rules.model._base"


def _plain_init(cl: type) -> bool:
    """Whether ``cl``'s ``__init__`` only sets its fields (and the type check the loader skips).

    Then the fast path sets the fields itself.  Any validator, converter, own
    ``__attrs_post_init__`` or pre-init (``ImpreciseDate`` checks its month), a
    field left out of ``__init__``, or a cached hash: ``__init__`` is called.
    """
    fields = attrs.fields(cl)
    if any(f.validator is not None or f.converter is not None or not f.init for f in fields):
        return False
    if getattr(cl, "__attrs_pre_init__", None) is not None:
        return False
    # The post-init that runs is the type check of the model's ``Typed`` mixin, or none.
    owner = next((k for k in cl.__mro__ if "__attrs_post_init__" in k.__dict__), None)
    if owner is not None and (owner.__name__, owner.__module__) != ("Typed", _TYPED_MODULE):
        return False
    slots = {name for klass in cl.__mro__ for name in getattr(klass, "__slots__", ())}
    if any("hash" in name for name in slots):  # attrs' cache_hash keeps one in a slot
        return False
    return "__attrs_attrs__" in cl.__dict__ and "__init__" in cl.__dict__


def _indent(lines: list[str], levels: int = 1) -> list[str]:
    pad = "    " * levels
    return [pad + line for line in lines]


def _plain_class(tp: Any) -> Any:
    """``tp`` itself when the converter structures it as a model class, else ``None``."""
    plan = _conv.HOOK_PLANS.get(_conv._hook_for(_conv.converter, tp))
    return plan[1] if plan and plan[0] == "attrs" else None


@functools.lru_cache(maxsize=2)
def _compiler(cl: type) -> _Compiler:
    """The generated source of ``cl`` and every class it holds, compiled once."""
    compiler = _Compiler()
    compiler.function_for(cl)
    return compiler


@functools.lru_cache(maxsize=64)
def _compiled(cl: type, limits: tuple[int, int, int] | None) -> tuple[Callable[..., Any], int, int]:
    """The fast function of ``cl``, the depth it vouches for, and its longest uncounted text.

    The functions of :func:`_compiler` are bound to fresh globals holding these
    limits' bounds: no new compilation for a new :class:`Limits`.
    """
    compiler = _compiler(cl)
    ns = dict(compiler.ns)
    if limits is None:  # checked by the caller: nothing is too large
        ns.update(MS=sys.maxsize, MI=sys.maxsize, BIG=math.inf)
    else:
        max_string, max_items, max_digits = limits
        ns.update(MS=max_string, MI=max_items, BIG=10**max_digits - 1)
    for name in compiler.names.values():
        old = compiler.ns[name]
        ns[name] = types.FunctionType(
            old.__code__, ns, old.__name__, old.__defaults__, old.__closure__
        )
    return ns[compiler.names[cl]], compiler.depth_of(cl), compiler.longest


def counts_cover(cl: type, limits: Limits) -> bool:
    """Whether a document the fast path built for ``cl`` is certainly within ``limits``.

    The fast path counts texts, numbers, entries and values, but not nesting; the
    model's classes nest only so deep, so it is enough that ``max_depth`` allows
    that depth (and ``max_string`` the keys and enum values it does not measure).
    """
    _, depth, longest = _compiled(cl, _key(limits))
    return limits.max_depth >= depth and limits.max_string >= longest


def _key(limits: Limits | None) -> tuple[int, int, int] | None:
    if limits is None:
        return None
    return (limits.max_string, limits.max_items, limits.max_digits)


def structure_fast(
    data: object, cl: type, *, limits: Limits | None, skip: str
) -> tuple[Any, bool] | None:
    """``cl`` from ``data`` less its key ``skip``, and whether review has work; or ``None``.

    ``data`` is the whole document (a plain ``dict``); ``skip`` is its one key the
    caller has checked itself (``format``): a text, counted here as one value.
    ``None`` means "take the converter's path": a value is wrong, unusual, or
    beyond ``limits`` (``None``: the caller has checked them).  The caller must
    then check the limits itself when they are not yet checked.
    """
    if type(data) is not dict or type(data.get(skip)) is not str:
        return None
    try:
        function, _, _ = _compiled(cl, _key(limits))
    except TypeError:  # a model class this module cannot build (a default that takes self)
        return None
    budget: list[Any] = [0, False]
    if limits is not None:
        if len(data) > limits.max_items or len(data[skip]) > limits.max_string:
            return None
        # The document itself, and the value of ``skip``; the body's entries are counted below.
        budget[0] = limits.max_nodes - 2
    else:
        budget[0] = 1 << 62
    body = {key: value for key, value in data.items() if key != skip}
    if needs_review(data[skip]) or not data[skip].isascii():
        return None
    try:
        made = function(body, budget)
    except Exception:  # every doubt means: the converter decides
        return None
    return made, budget[1]
