"""Reading YAML safely (imported only when a YAML document is read or written).

The loader builds plain Python values only: no arbitrary tags, no anchors or
aliases (so an alias bomb cannot expand), and a key written twice is a problem
instead of silently keeping the last value.

The :class:`~tkpk_rules.io.limits.Limits` are checked while the node tree is
composed, before any Python value is built: a node nested too deeply, a list
or mapping with too many entries, a text too long, or too many values stop the
reading at once with a :class:`~tkpk_rules.errors.LimitExceededError` naming the
path where the bound was hit.  A value PyYAML cannot build (a date such as
``2024-13-45``) stays text, so the converter reports it with its path.
"""

from __future__ import annotations

from typing import Any

import yaml

from tkpk_rules.errors import DocumentError, LimitExceededError, Problem
from tkpk_rules.io.converter import make_problem
from tkpk_rules.io.limits import DEFAULT_LIMITS, Limits, limit_problem, path_of

__all__ = ["dump_yaml", "parse_yaml"]


_STR_TAG = "tag:yaml.org,2002:str"


class _Collector(yaml.SafeLoader):
    """A SafeLoader that refuses aliases and records duplicate keys instead of dropping them."""

    def __init__(self, stream: str, limits: Limits = DEFAULT_LIMITS) -> None:
        self.problems: list[Problem] = []
        self.limits = limits
        self.depth = 0  # collections open around the node being composed
        self._nodes = 0  # values composed so far (keys are not counted)
        self._path: list[object] = []  # where the node being composed sits
        super().__init__(stream)

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            line = event.start_mark.line + 1
            raise _Refused(make_problem("", "yaml_alias", line=line))
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Refused(make_problem("", "yaml_alias", line=event.start_mark.line + 1))
        # The limits, checked before the node (and anything below it) is built.
        limits = self.limits
        is_key = index is None and parent is not None
        if is_key:
            if len(parent.value) >= limits.max_items:
                self._refuse("max_items", len(parent.value) + 1, limits.max_items)
            self._path.append("?")
        else:
            self._nodes += 1
            if self._nodes > limits.max_nodes:
                self._refuse("max_nodes", self._nodes, limits.max_nodes, here=False)
            if isinstance(index, int):
                if index >= limits.max_items:
                    self._refuse("max_items", index + 1, limits.max_items)
                self._path.append(index)
            elif index is not None:
                self._path.append(index.value if isinstance(index, yaml.ScalarNode) else "?")
        opens = isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent))
        if opens:
            self.depth += 1
            if self.depth > limits.max_depth:
                self._refuse("max_depth", self.depth, limits.max_depth)
        node = super().compose_node(parent, index)
        if opens:
            self.depth -= 1
        if (
            isinstance(node, yaml.ScalarNode)
            and len(node.value) > limits.max_string
            and node.tag == _STR_TAG  # as in JSON: numbers and the like are not texts
        ):
            if is_key:
                self._path[-1] = node.value
            self._refuse("max_string", len(node.value), limits.max_string)
        if parent is not None:
            self._path.pop()
        return node

    def _refuse(self, bound: str, found: int, limit: int, *, here: bool = True) -> None:
        path = path_of(self._path) if here else ""
        raise _Refused(limit_problem(path, bound, found, limit))

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    continue  # the base class reports unhashable keys
                if key in seen:
                    self.problems.append(
                        make_problem(
                            "", "duplicate_key", key=key, line=key_node.start_mark.line + 1
                        )
                    )
                seen[key] = 1
        return super().construct_mapping(node, deep=deep)


def _unknown_tag(loader: _Collector, node: Any) -> Any:
    raise _Refused(make_problem("", "yaml_tag", tag=node.tag, line=node.start_mark.line + 1))


_ALLOWED_TAGS = (
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
)
# Only plain scalars, lists and mappings: every other tag (!!python/..., !!binary, !!set,
# custom !tags) is refused with a problem.
_Collector.yaml_constructors = {
    tag: yaml.SafeLoader.yaml_constructors[tag] for tag in _ALLOWED_TAGS
}
_Collector.yaml_constructors[None] = _unknown_tag
_Collector.yaml_multi_constructors = {}


def _timestamp_or_text(loader: _Collector, node: Any) -> Any:
    # ``2024-13-45`` has the shape of a timestamp but is no date: keep the text,
    # so that the converter reports it, with its path, as a bad date.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _int_or_refuse(loader: _Collector, node: Any) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        detail = (
            f"angka terlalu panjang / number too long ({len(node.value)} digits; "
            f"baris/line {node.start_mark.line + 1})"
        )
        raise _Refused(make_problem("", "syntax", detail=detail)) from None


_Collector.yaml_constructors["tag:yaml.org,2002:timestamp"] = _timestamp_or_text
_Collector.yaml_constructors["tag:yaml.org,2002:int"] = _int_or_refuse


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message_en)
        self.problem = problem


def parse_yaml(text: str, *, source: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse one YAML document into plain values, or raise :class:`DocumentError`.

    A bound of ``limits`` hit while reading raises
    :class:`~tkpk_rules.errors.LimitExceededError`; the size of the text is for
    the caller to check, before calling.
    """
    try:
        loader = _Collector(text, limits)  # the reader already refuses control characters here
    except yaml.YAMLError as exc:
        raise DocumentError([make_problem("", "syntax", detail=str(exc))], source=source) from None
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
        from tkpk_rules.io._yaml_errors import syntax_problem  # words a clerk can act on

        raise DocumentError([syntax_problem(exc, text)], source=source) from None
    except yaml.YAMLError as exc:
        raise DocumentError([make_problem("", "syntax", detail=str(exc))], source=source) from None
    except (ValueError, OverflowError) as exc:  # a constructor refused a scalar
        detail = f"YAML: {exc}"
        raise DocumentError([make_problem("", "syntax", detail=detail)], source=source) from None
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
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"' if risky else None)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Write plain values as block-style YAML, keys in the order given.

    Every string reads back exactly as it was: one that holds a character YAML
    would fold or refuse is written double-quoted, with escapes.
    """
    return yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
