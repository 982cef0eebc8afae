"""The ``tkpk-rules`` command.

The command is thin: it parses arguments, calls the library and prints.  Each
subcommand lives in its own module with two functions, ``register(subparsers)``
and ``run(args) -> int``; :data:`SUBCOMMANDS` lists them in the order ``--help``
shows them.

Exit codes (the last four follow the BSD ``sysexits.h`` convention):

====  =====================================================================
0     success, no violation found
1     violations found
2     a document could not be read (its problems are printed, each with its path)
64    the command was used wrongly (an unknown option, a bad date, no input...)
70    internal error: a bug in tkpk-rules; a short message says where to report
      it, and ``--debug`` shows the traceback
74    a file could not be read or written (missing, not a regular file, no
      permission, a full disk, a terminal that cannot show the text)
====  =====================================================================
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn, Protocol

from tkpk_rules import __version__
from tkpk_rules.errors import DocumentError, TkpkError

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_BAD_INPUT = 2
EXIT_USAGE = 64
EXIT_SOFTWARE = 70
EXIT_IO = 74

#: Where an internal error should be reported.
REPORT_TO = "https://tkpk-rules.readthedocs.io/en/latest/cli/#kode-keluar-exit-codes"

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
a document could not be read; 64 = perintah salah pakai / bad usage;
70 = galat internal / internal error; 74 = berkas tidak dapat dibaca atau
ditulis / a file could not be read or written.
Contoh / example:  tkpk-rules check --example
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with 64 (``EX_USAGE``), not 2.

    Exit code 2 means "a document could not be read"; a wrong option is another thing.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        wants_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # added below, with its help in both languages
        super().__init__(*args, **kwargs)
        from tkpk_rules.cli._common import both

        self._optionals.title = both("ui.cli.options")
        self._positionals.title = both("ui.cli.positionals")
        if wants_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help="tampilkan bantuan ini lalu keluar / show this help and exit",
            )

    def format_usage(self) -> str:
        return _usage_words(super().format_usage())

    def format_help(self) -> str:
        return _usage_words(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        said = _usage_error_id(message)
        from tkpk_rules.cli._common import both

        self.exit(EXIT_USAGE, f"{self.prog}: {both('ui.cli.error')}: {said} / {message}\n")


def _usage_words(text: str) -> str:
    """argparse's ``usage:`` heading, with the Indonesian word beside it."""
    from tkpk_rules.cli._common import words

    return f"{words('ui.cli.usage', 'id')} / {text}" if text.startswith("usage:") else text


#: argparse's usage errors, most specific first (``ui.cli.usage_error.<name>``).
_USAGE_ERRORS = (
    "required",
    "invalid_choice",
    "invalid_int",
    "invalid_value",
    "expected_one",
    "expected_some",
    "not_allowed",
    "unrecognized",
    "ambiguous",
)


def _usage_error_id(message: str) -> str:
    """An argparse usage error in Indonesian (its English is shown beside it)."""
    from tkpk_rules.cli._common import words
    from tkpk_rules.i18n import MESSAGES

    for name in _USAGE_ERRORS:
        key = f"ui.cli.usage_error.{name}"
        found = _english_pattern(MESSAGES[key].en).fullmatch(message)
        if found is not None:
            return words(key, "id", **found.groupdict())
    return words("ui.cli.usage_error.other", "id")


def _english_pattern(template: str) -> re.Pattern[str]:
    """A message template's English as a pattern: each ``{name}`` matches some text."""
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.*?)", re.escape(template))
    return re.compile(pattern)


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
    parser = _Parser(
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
    parser.add_argument(
        "--debug",
        action="store_true",
        help="tampilkan traceback bila terjadi galat internal / show the traceback of an "
        "internal error",
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="PERINTAH/COMMAND",
        title="perintah / commands",
        parser_class=_Parser,
    )
    commands: dict[str, _Subcommand] = {}
    for name in SUBCOMMANDS:
        module = _load(name)
        if module is None:
            continue
        module.register(sub)  # type: ignore[arg-type]
        commands[name] = module
    for subparser in sub.choices.values():  # ``--debug`` after the command name works too
        subparser.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module's table)."""
    from tkpk_rules.cli import _common

    parser, commands = build_parser()
    args = parser.parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    _common.STATE.reset()
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _common.SafeStream(stdout), _common.SafeStream(stderr)
    try:
        return _run(commands[args.command], args, debug)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(command: _Subcommand, args: argparse.Namespace, debug: bool) -> int:
    from tkpk_rules.cli import _common

    try:
        with _printed_warnings():
            code = command.run(args)
        _flush()
    except DocumentError as exc:
        print(_common.safe_text(str(exc)), file=sys.stderr)
        return EXIT_IO if _common.is_io_error(exc) else EXIT_BAD_INPUT
    except _common.OutputError as exc:
        _print_error(str(exc))
        return EXIT_IO
    except TkpkError as exc:
        _print_error(_common.safe_text(str(exc)))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _print_error("Dibatalkan / interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): nothing more to say
        _silence_stdout()
        return EXIT_OK
    except (OSError, UnicodeEncodeError) as exc:
        # stdout (or stderr) cannot take the text: a full disk, a closed terminal,
        # an encoding such as ASCII that cannot show Indonesian names.
        _silence_stdout()
        _print_error(_output_failure(exc))
        return EXIT_IO
    except Exception as exc:
        if debug:
            import traceback

            traceback.print_exc()
        from tkpk_rules.cli._common import words

        said = {
            lang: words("ui.cli.internal_error", lang, kind=type(exc).__name__, report_to=REPORT_TO)
            + ("" if debug else words("ui.cli.rerun_debug", lang))
            for lang in ("id", "en")
        }
        _print_error(f"{said['id']} / {said['en']}")
        return EXIT_SOFTWARE
    if code == EXIT_BAD_INPUT and _common.STATE.io_error:
        return EXIT_IO
    return code


def _flush() -> None:
    """Write out what is buffered, so that a failing stdout is seen here, not at exit."""
    sys.stdout.flush()


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's own flush at exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


def _output_failure(exc: BaseException) -> str:
    from tkpk_rules.cli._common import both

    if isinstance(exc, UnicodeEncodeError):
        encoding = getattr(sys.stdout, "encoding", None) or "?"
        return both("ui.cli.encoding", encoding=encoding)
    if isinstance(exc, OSError):
        from tkpk_rules.errors import os_error_words

        reason = " / ".join(os_error_words(exc))
    else:
        reason = type(exc).__name__
    return f"{both('ui.cli.cannot_write_output')}: {reason}"


def _print_error(message: str) -> None:
    """A message on stderr, in a form stderr can always take."""
    try:
        stream = sys.stderr
        encoding = getattr(stream, "encoding", None) or "utf-8"
        text = message.encode(encoding, "backslashreplace").decode(encoding, "replace")
        print(text, file=stream)
        stream.flush()
    except (OSError, ValueError, LookupError):
        pass


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
