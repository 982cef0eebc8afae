"""The ``tkpk-rules`` command.

The command is thin: it parses arguments, calls the library and prints.  Each
subcommand lives in its own module with two functions, ``register(subparsers)``
and ``run(args) -> int``; :data:`SUBCOMMANDS` lists them in the order ``--help``
shows them.  Exit codes: 0 success (no violations), 1 violations found, 2 a
document could not be read or the command was used wrongly.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import Protocol

from tkpk_rules._version import __version__
from tkpk_rules.errors import TkpkError

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_BAD_INPUT = 2

#: Subcommand modules, relative to this package, in the order help lists them.
SUBCOMMANDS: tuple[str, ...] = (
    "check",
    "validate",
    "plan",
    "due",
    "diff",
    "rules",
    "coverage",
    "schema",
    "template",
    "convert",
    "init",
    "serve",
)


class _Subcommand(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


DESCRIPTION = """\
Periksa tim koordinasi penanggulangan kemiskinan daerah (TKPK) terhadap
Permendagri 53/2020 dan aturan sebelumnya.
Check regional poverty-reduction coordination teams (TKPK) against
Permendagri 53/2020 and the rules before it.
"""

EPILOG = """\
Kode keluar / exit codes: 0 = tidak ada pelanggaran / no violations;
1 = ada pelanggaran / violations found; 2 = dokumen tidak dapat dibaca /
a document could not be read.
Contoh / example:  tkpk-rules check --example
"""


def _load(name: str) -> _Subcommand | None:
    try:
        module = importlib.import_module(f"tkpk_rules.cli._{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"tkpk_rules.cli._{name}":
            return None  # not built yet
        raise
    return module  # type: ignore[return-value,unused-ignore]


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, _Subcommand]]:
    """The argument parser, and the subcommand modules by name."""
    parser = argparse.ArgumentParser(
        prog="tkpk-rules",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"tkpk-rules {__version__}",
        help="tampilkan versi / show the version",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="PERINTAH/COMMAND", title="perintah / commands"
    )
    commands: dict[str, _Subcommand] = {}
    for name in SUBCOMMANDS:
        module = _load(name)
        if module is None:
            continue
        module.register(sub)
        commands[name] = module
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser, commands = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        with _printed_warnings():
            return commands[args.command].run(args)
    except TkpkError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("Dibatalkan / interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


@contextlib.contextmanager
def _printed_warnings() -> Iterator[None]:
    """Print the library's warnings on documents; the exit code stays as it is."""
    from tkpk_rules.errors import DocumentWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DocumentWarning)
        try:
            yield
        finally:
            for item in caught:
                if issubclass(item.category, DocumentWarning):
                    print(f"peringatan / warning: {item.message}", file=sys.stderr)
                else:
                    warnings.showwarning(item.message, item.category, item.filename, item.lineno)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
