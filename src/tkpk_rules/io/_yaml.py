"""Reading YAML safely (imported only when a YAML document is read or written).

The loader builds plain Python values only: no anchors or aliases (so an alias
bomb cannot expand), no explicit tags but ``!!str``, and a key written twice is
a problem, with the key's full path, instead of silently keeping the last value.

Scalars are read by a small YAML 1.2-style resolver, not PyYAML's YAML 1.1 one:

* ``true``/``false`` (any of ``true True TRUE``) are booleans; ``yes``, ``no``,
  ``on``, ``off`` stay text (the schema then says what it expected);
* whole numbers are decimal without leading zeros (``2024``, ``-3``); ``0x1F``,
  ``0o17``, ``017``, ``1_000`` and sexagesimal ``1:30:00`` stay text, so no
  value is silently changed (``017`` is not 15) and no scalar converts in
  quadratic time;
* a whole number has at most ``Limits.max_digits`` digits, counted before it
  is converted;
* decimals, ``null``/``~``/empty, and ISO dates and timestamps as usual;
* keys are always text, compared as written: ``1:`` and ``yes:`` are two
  different keys, and ``true:`` is the text ``"true"``.

The :class:`~tkpk_rules.io.limits.Limits` are checked while the node tree is
composed, before any Python value is built: a node nested too deeply, a list
or mapping with too many entries, a scalar too long, or too many values stop
the reading at once with a :class:`~tkpk_rules.errors.LimitExceededError`
naming the path where the bound was hit.  A value that cannot be built (a
date such as ``2024-13-45``) stays text, so the converter reports it with its
path.

When PyYAML was built with libyaml, the events come from libyaml's C parser
(about ten times faster than the pure-Python scanner); the tree is composed
and checked by the same Python code either way, so both give the same values
and the same problems.  :data:`USE_LIBYAML` switches the C parser off.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import BaseResolver

from tkpk_rules.errors import DocumentError, LimitExceededError, Problem
from tkpk_rules.io.converter import make_problem
from tkpk_rules.io.limits import DEFAULT_LIMITS, Limits, limit_problem, path_of, text_problem

__all__ = ["USE_LIBYAML", "dump_yaml", "loader_name", "parse_yaml"]

#: Whether documents are parsed by libyaml (when PyYAML has it).  Set to
#: ``False`` to use the pure-Python parser (the tests run both).
USE_LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
#: How a timestamp's day must start: two digits of month and of day, as ISO 8601 writes them.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])")
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

#: Explicit tags a document may carry: none but "this is text" (and the non-specific ``!``).
_EXPLICIT_OK = frozenset({None, "!", _STR})


class _Resolver(BaseResolver):
    """Which implicit type a plain scalar has: YAML 1.2 core, minus everything surprising."""


_Resolver.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(_INT, re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
_Resolver.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"""^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?
        |[-+]?[0-9]+[eE][-+]?[0-9]+
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_Resolver.add_implicit_resolver(
    _TIMESTAMP,
    re.compile(
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
        |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?
        :[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        re.X,
    ),
    list("0123456789"),
)


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message_en)
        self.problem = problem


class _Checks:
    """Composition and construction with the limits, the key rules and the scalar rules.

    Mixed into a loader before PyYAML's own classes; ``limits`` and the state
    below are set by :func:`_start`.
    """

    limits: Limits
    problems: list[Problem]
    depth: int
    _nodes: int
    _path: list[object]
    _keys: dict[int, set[str]]

    def _start(self, limits: Limits) -> None:
        self.problems = []
        self.limits = limits
        self.depth = 0  # collections open around the node being composed
        self._nodes = 0  # values composed so far (keys are not counted)
        self._path = []  # where the node being composed sits
        self._keys = {}  # id(mapping node) -> the key texts met so far in it

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose one node and everything below it, checking as it goes.

        A composer of its own (PyYAML's calls a resolver hook per node and
        tracks anchors, which are refused here anyway): only the checks below,
        then the node.  ``index`` is ``None`` for a key, the key node for a
        value in a mapping, the position for an item in a list.
        """
        event = self.peek_event()  # type: ignore[attr-defined]
        # The limits, checked before the node (and anything below it) is built.
        limits = self.limits
        path = self._path
        is_key = index is None and parent is not None
        if is_key:
            if len(parent.value) >= limits.max_items:
                self._refuse("max_items", len(parent.value) + 1, limits.max_items)
            path.append("?")
        else:
            self._nodes += 1
            if self._nodes > limits.max_nodes:
                self._refuse("max_nodes", self._nodes, limits.max_nodes, here=False)
            if type(index) is int:
                if index >= limits.max_items:
                    self._refuse("max_items", index + 1, limits.max_items)
                path.append(index)
            elif index is not None:
                path.append(index.value if type(index) is yaml.ScalarNode else "?")
        kind = type(event)
        if kind is yaml.AliasEvent or event.anchor is not None:
            raise _Refused(make_problem(self._here(), "yaml_alias", line=_line(event)))
        tag = event.tag
        if tag not in _EXPLICIT_OK or (tag == _STR and kind is not yaml.ScalarEvent):
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            raise _Refused(make_problem(self._here(), "yaml_tag", tag=shown, line=_line(event)))
        node: Any
        if kind is yaml.ScalarEvent:
            self.get_event()  # type: ignore[attr-defined]
            if tag is None or tag == "!":
                tag = self.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[attr-defined]
            node = yaml.ScalarNode(
                tag, event.value, event.start_mark, event.end_mark, style=event.style
            )
            self._check_scalar(node, parent, is_key)
        else:
            if is_key:  # a list or mapping as a key (``? [a, b]``)
                from tkpk_rules.io._messages import type_name

                found = "list" if kind is yaml.SequenceStartEvent else "dict"
                raise _Refused(
                    make_problem(
                        path_of(path[:-1]),
                        "key_not_text",
                        found_id=type_name(found, "id"),
                        found_en=type_name(found, "en"),
                        line=_line(event),
                    )
                )
            self.depth += 1
            if self.depth > limits.max_depth:
                self._refuse("max_depth", self.depth, limits.max_depth)
            self.get_event()  # type: ignore[attr-defined]
            check_event = self.check_event  # type: ignore[attr-defined]
            compose = self.compose_node
            if kind is yaml.SequenceStartEvent:
                node = yaml.SequenceNode(
                    _SEQ, [], event.start_mark, None, flow_style=event.flow_style
                )
                items = node.value
                position = 0
                while not check_event(yaml.SequenceEndEvent):
                    items.append(compose(node, position))
                    position += 1
            else:
                node = yaml.MappingNode(
                    _MAP, [], event.start_mark, None, flow_style=event.flow_style
                )
                pairs = node.value
                while not check_event(yaml.MappingEndEvent):
                    key = compose(node, None)
                    pairs.append((key, compose(node, key)))
                self._keys.pop(id(node), None)
            node.end_mark = self.get_event().end_mark  # type: ignore[attr-defined]
            self.depth -= 1
        if parent is not None:
            path.pop()
        return node

    def _check_scalar(self, node: Any, parent: Any, is_key: bool) -> None:
        value: str = node.value
        limits = self.limits
        if is_key:
            self._path[-1] = value
        # Texts (and decimals, the only other scalar that can be long) are bounded;
        # null, booleans and dates are short by their pattern, whole numbers below.
        if len(value) > limits.max_string and node.tag in (_STR, _FLOAT):
            self._refuse("max_string", len(value), limits.max_string)
        if node.tag == _INT:
            digits = len(value) - (value[:1] in "+-")
            if digits > limits.max_digits:
                self._refuse("max_digits", digits, limits.max_digits)
        if not value.isascii():  # the path is built only for a problem
            problem = text_problem(self._here(), value)
            if problem is not None:
                raise _Refused(problem)
        if is_key:  # keys are compared as the text written
            seen = self._keys.setdefault(id(parent), set())
            if value in seen:
                self.problems.append(
                    make_problem(self._here(), "duplicate_key", key=value, line=_line(node))
                )
            seen.add(value)

    def _here(self) -> str:
        return path_of(self._path)

    def _refuse(self, bound: str, found: int, limit: int, *, here: bool = True) -> None:
        path = self._here() if here else ""
        raise _Refused(limit_problem(path, bound, found, limit))

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        # Keys are texts, as written (composition refused every other key).
        construct = self.construct_object  # type: ignore[attr-defined]
        return {key.value: construct(value, deep=deep) for key, value in node.value}


def _line(thing: Any) -> int:
    return int(thing.start_mark.line) + 1


def _construct_int(loader: Any, node: Any) -> Any:
    return int(node.value)  # decimal digits only, counted by _check_scalar


def _construct_float(loader: Any, node: Any) -> Any:
    text = node.value.lower()
    if text.endswith((".inf", ".nan")):
        return float(text.replace(".", ""))
    return float(text)


def _construct_bool(loader: Any, node: Any) -> Any:
    return node.value.lower() == "true"


def _construct_null(loader: Any, node: Any) -> Any:
    return None


def _timestamp_or_text(loader: Any, node: Any) -> Any:
    # ``2024-13-45`` has the shape of a timestamp but is no date: keep the text,
    # so that the converter reports it, with its path, as a bad date.  So is
    # ``2024-3-1`` (YAML 1.1 allows one-digit months and days; the workbook, the
    # command and the docs do not): kept as text, refused with ``2024-03-01`` suggested.
    if _ISO_DAY.match(node.value) is None:
        return node.value
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return node.value


_CONSTRUCTORS: dict[Any, Any] = {
    _STR: SafeConstructor.construct_yaml_str,
    _INT: _construct_int,
    _FLOAT: _construct_float,
    _BOOL: _construct_bool,
    _NULL: _construct_null,
    _TIMESTAMP: _timestamp_or_text,
    _SEQ: SafeConstructor.construct_yaml_seq,
    _MAP: SafeConstructor.construct_yaml_map,
}


class _PyLoader(
    _Checks,
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    Composer,
    SafeConstructor,
    _Resolver,
):
    """The pure-Python loader."""

    def __init__(self, stream: str, limits: Limits) -> None:
        yaml.reader.Reader.__init__(self, stream)  # refuses control characters here
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)
        self._start(limits)


_PyLoader.yaml_constructors = dict(_CONSTRUCTORS)
_PyLoader.yaml_multi_constructors = {}

_CLoader: Any = None
if USE_LIBYAML:
    from yaml._yaml import CParser

    class _CLoader(_Checks, Composer, SafeConstructor, _Resolver, CParser):  # type: ignore[no-redef]
        """libyaml parses; the tree is composed and checked in Python, as above."""

        def __init__(self, stream: str, limits: Limits) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            _Resolver.__init__(self)
            self._start(limits)

    _CLoader.yaml_constructors = dict(_CONSTRUCTORS)
    _CLoader.yaml_multi_constructors = {}


def loader_name() -> str:
    """``"libyaml"`` or ``"python"``: which parser :func:`parse_yaml` uses now."""
    return "libyaml" if USE_LIBYAML and _CLoader is not None else "python"


def _syntax(detail: str, source: str | None) -> DocumentError:
    return DocumentError([make_problem("", "syntax", detail=detail)], source=source)


def _yaml_error(exc: yaml.YAMLError, text: str, source: str | None) -> DocumentError:
    """PyYAML's error in the clerk's words: a control character by its line and code."""
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, (str, int)):
        char = exc.character  # the character, or its code point (from the C reader)
        position = exc.position
        if isinstance(char, int):  # libyaml counts UTF-8 bytes, not characters
            position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
        before = text[:position]
        line = before.count("\n") + 1
        column = position - (before.rfind("\n") + 1) + 1
        code = f"U+{char if isinstance(char, int) else ord(char):04X}"
        detail = (
            f"karakter kendali {code} tidak boleh ada dalam dokumen (baris {line}, kolom"
            f" {column}); hapus karakter itu / the control character {code} is not allowed in"
            f" a document (line {line}, column {column}); remove it"
        )
        return _syntax(detail, source)
    return _syntax(str(exc), source)


def parse_yaml(text: str, *, source: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse one YAML document into plain values, or raise :class:`DocumentError`.

    A bound of ``limits`` hit while reading raises
    :class:`~tkpk_rules.errors.LimitExceededError`; the size of the text is for
    the caller to check, before calling.
    """
    problem = text_problem("", text)
    if problem is not None:  # neither parser can read a lone surrogate
        raise DocumentError([problem], source=source)
    cls = _CLoader if loader_name() == "libyaml" else _PyLoader
    try:
        loader = cls(text, limits)
    except yaml.YAMLError as exc:  # the reader refuses control characters
        raise _yaml_error(exc, text, source) from None
    try:
        data = loader.get_single_data()
    except _Refused as exc:
        if exc.problem.code == "limit":
            raise LimitExceededError([exc.problem], source=source) from None
        raise DocumentError([exc.problem], source=source) from None
    except RecursionError:  # only when the caller's own stack is already deep
        problem = limit_problem("", "max_depth", loader.depth, limits.max_depth)
        raise LimitExceededError([problem], source=source) from None
    except yaml.MarkedYAMLError as exc:
        if "maximum nesting depth" in str(exc.problem):  # libyaml reads ahead ~1,000 levels
            problem = limit_problem("", "max_depth", limits.max_depth + 1, limits.max_depth)
            raise LimitExceededError([problem], source=source) from None
        from tkpk_rules.io._yaml_errors import syntax_problem  # words a clerk can act on

        raise DocumentError([syntax_problem(exc, text)], source=source) from None
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text, source) from None
    except (ValueError, OverflowError) as exc:  # a constructor refused a scalar
        raise _syntax(f"YAML: {exc}", source) from None
    finally:
        loader.dispose()
    if loader.problems:
        raise DocumentError(loader.problems, source=source)
    return data


class _Dumper(yaml.SafeDumper):
    """Writes text that YAML would otherwise normalise (odd line breaks) in double quotes.

    A value that appears twice is written out twice, never as an anchor and an
    alias: the loader refuses aliases, so the output must not contain any.
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True


_LINE_BREAKS_YAML_FOLDS = frozenset("\r\x85\u2028\u2029")


def _represent_str(dumper: _Dumper, text: str) -> yaml.ScalarNode:
    risky = any(
        ch in _LINE_BREAKS_YAML_FOLDS or not (ch.isprintable() or ch == "\n") for ch in text
    )
    return dumper.represent_scalar(_STR, text, style='"' if risky else None)


_Dumper.add_representer(str, _represent_str)
# A text that either resolver would read as something else (``yes`` for YAML 1.1,
# ``1e5`` for ours) is written in quotes, so it reads back as text with both.
for _first, _resolvers in _Resolver.yaml_implicit_resolvers.items():
    for _tag, _regexp in _resolvers:
        _Dumper.add_implicit_resolver(_tag, _regexp, [_first])


def dump_yaml(data: Any) -> str:
    """Write plain values as block-style YAML, keys in the order given.

    Every string reads back exactly as it was: one that holds a character YAML
    would fold or refuse is written double-quoted, with escapes.
    """
    return yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
