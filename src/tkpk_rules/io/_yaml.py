"""Reading YAML safely (imported only when a YAML document is read or written).

The loader builds plain Python values only: no arbitrary tags, no anchors or
aliases (so an alias bomb cannot expand), and a key written twice is a problem
instead of silently keeping the last value.
"""

from __future__ import annotations

from typing import Any

import yaml

from tkpk_rules.errors import DocumentError, Problem
from tkpk_rules.io.converter import make_problem

__all__ = ["dump_yaml", "parse_yaml"]


class _Collector(yaml.SafeLoader):
    """A SafeLoader that refuses aliases and records duplicate keys instead of dropping them."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.problems: list[Problem] = []

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            line = event.start_mark.line + 1
            raise _Refused(make_problem("", "yaml_alias", line=line))
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Refused(make_problem("", "yaml_alias", line=event.start_mark.line + 1))
        return super().compose_node(parent, index)

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


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message_en)
        self.problem = problem


def parse_yaml(text: str, *, source: str | None = None) -> Any:
    """Parse one YAML document into plain values, or raise :class:`DocumentError`."""
    try:
        loader = _Collector(text)  # the reader already refuses control characters here
    except yaml.YAMLError as exc:
        raise DocumentError([make_problem("", "syntax", detail=str(exc))], source=source) from None
    try:
        data = loader.get_single_data()
    except _Refused as exc:
        raise DocumentError([exc.problem], source=source) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" (baris/line {mark.line + 1}, kolom/column {mark.column + 1})" if mark else ""
        detail = f"{exc.problem or exc.context or 'YAML'}{where}"
        raise DocumentError([make_problem("", "syntax", detail=detail)], source=source) from None
    except yaml.YAMLError as exc:
        raise DocumentError([make_problem("", "syntax", detail=str(exc))], source=source) from None
    finally:
        loader.dispose()
    if loader.problems:
        raise DocumentError(loader.problems, source=source)
    return data


class _Dumper(yaml.SafeDumper):
    """Writes text that YAML would otherwise normalise (odd line breaks) in double quotes."""


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
