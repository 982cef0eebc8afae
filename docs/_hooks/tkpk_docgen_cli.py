"""The CLI reference, generated from the argparse parser :func:`tkpk_rules.cli.build_parser`."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from typing import Any


def _help(parser: argparse.ArgumentParser) -> str:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal; keep the page stable
    try:
        return parser.format_help()
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _cell(text: Any) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options_table(parser: argparse.ArgumentParser) -> Iterator[str]:
    yield "| argumen / argument | arti / meaning | bawaan / default | pilihan / choices |"
    yield "|---|---|---|---|"
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        names = (
            ", ".join(f"`{o}`" for o in action.option_strings)
            or f"`{action.metavar or action.dest}`"
        )
        default = action.default
        shown = "" if default in (None, argparse.SUPPRESS, False, []) else f"`{default}`"
        choices = ", ".join(f"`{c}`" for c in action.choices) if action.choices else ""
        yield f"| {names} | {_cell(action.help or '')} | {shown} | {choices} |"


def cli_reference() -> str:
    """Markdown for every subcommand: its help text and a table of its arguments."""
    from tkpk_rules.cli import SUBCOMMANDS, build_parser

    parser, commands = build_parser()
    subs = _subparsers(parser)
    out = ["## `tkpk-rules`", "", "```text", _help(parser).rstrip(), "```", ""]
    missing = [name for name in SUBCOMMANDS if name not in commands]
    for name, sub in subs.items():
        out += [f"## `tkpk-rules {name}` {{ #{name} }}", ""]
        out += list(_options_table(sub))
        out += ["", "```text", _help(sub).rstrip(), "```", ""]
    if missing:
        out += [
            '!!! note "Belum tersedia / not built yet"',
            "    Perintah berikut sudah direncanakan tetapi modulnya belum ada di versi ini; "
            "halaman ini akan memuatnya begitu tersedia. / These commands are planned but "
            "their modules do not exist in this version yet; this page lists them as soon as "
            "they do: " + ", ".join(f"`{m}`" for m in missing),
            "",
        ]
    return "\n".join(out)
