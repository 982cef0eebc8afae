"""What the subcommands share: reading input files, the language switch, dates."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tkpk_rules import i18n
from tkpk_rules.errors import DocumentError, TkpkError, os_error_words
from tkpk_rules.model import Dossier
from tkpk_rules.timezones import Zone

__all__ = [
    "STATE",
    "OutputError",
    "SafeStream",
    "Today",
    "UsageError",
    "add_input_arguments",
    "add_lang_argument",
    "both",
    "exit_code",
    "is_io_error",
    "iter_inputs",
    "local_date",
    "parse_date",
    "print_document_error",
    "print_json",
    "safe_text",
    "today_note",
    "words",
    "write_output",
    "write_progress",
]


def words(key: str, lang: str, **params: object) -> str:
    """The message ``key`` (``ui.cli.*``) in ``lang``, its parameters written as given.

    A parameter that is :class:`tkpk_rules.i18n.Words` is taken in ``lang``; any
    other is formatted as it is (a file name is never renamed as a value would be).
    """
    template = i18n.MESSAGES[key].pick(lang)
    return template.format(
        **{k: v.pick(lang) if isinstance(v, i18n.Words) else v for k, v in params.items()}
    )


def both(key: str, **params: object) -> str:
    """The message ``key`` in both languages, as the command line writes a refusal:
    ``"<Indonesian> / <English>"``."""
    return f"{words(key, 'id', **params)} / {words(key, 'en', **params)}"


DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json", ".xlsx")


class UsageError(TkpkError):
    """The command was called in a way it cannot work with (exit code 64)."""


class OutputError(TkpkError):
    """An output file could not be written (exit code 74)."""


class _State:
    """What one run of the command has met, for the exit code."""

    def __init__(self) -> None:
        self.io_error = False

    def reset(self) -> None:
        self.io_error = False


#: The state of the current run (the command line runs one command at a time).
STATE = _State()

#: Problem codes that mean "the file could not be read", not "the document is wrong".
_IO_CODES = frozenset({"file"})


def is_io_error(error: DocumentError) -> bool:
    """Whether ``error`` is about reading the file (exit 74) rather than its content (exit 2)."""
    return bool(error.problems) and all(p.code in _IO_CODES for p in error.problems)


def safe_text(text: str) -> str:
    """``text`` with control, bidi and surrogate characters escaped (see ``report._safe``)."""
    from tkpk_rules.report import neutralise

    return neutralise(text)


class SafeStream:
    """A text stream that escapes unsafe characters in everything written to it.

    The command line writes through it on stdout and stderr, whatever the format:
    in JSON the escape ``\\uXXXX`` reads back as the same character.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe_text(text))
        return len(text)

    def write_raw(self, text: str) -> int:
        """Write ``text`` as it is: only for text the command made itself (a progress ``\r``)."""
        return int(self._stream.write(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def write_progress(text: str) -> None:
    """``\r`` and ``text`` on stderr, the line overwritten each time (``text`` is escaped)."""
    line = "\r" + safe_text(text)
    stream = sys.stderr
    if isinstance(stream, SafeStream):
        stream.write_raw(line)
    else:
        stream.write(line)
    stream.flush()


def add_input_arguments(parser: argparse.ArgumentParser, *, many: bool = True) -> None:
    """``FILE...`` (files or folders) and ``--example [NAME]``."""
    from tkpk_rules.examples import EXAMPLES

    parser.add_argument(
        "files",
        nargs="*" if many else "?",
        metavar="FILE",
        help=(
            "berkas YAML/JSON/xlsx atau folder; - = masukan standar / YAML, JSON or xlsx"
            " files, or folders; - = standard input"
            if many
            else "satu berkas YAML/JSON/xlsx; - = masukan standar / one YAML, JSON or xlsx"
            " file; - = standard input"
        ),
    )
    parser.add_argument(
        "--example",
        nargs="?",
        const="kabupaten-banyumas",
        choices=EXAMPLES,
        metavar="NAMA/NAME",
        help="pakai contoh bawaan / use a bundled example ("
        + ", ".join(EXAMPLES)
        + "; bawaan/default: kabupaten-banyumas)",
    )


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id",
        help="bahasa keluaran / output language (bawaan/default: id)",
    )


def add_redact_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--redact",
        action="store_true",
        help=(
            "samarkan nama orang dalam laporan; jabatan, peran dan instansi tetap /"
            " hide people's names in the report, keeping offices, roles and agencies"
        ),
    )


class Today(dt.date):
    """``today`` on the command line: a date to be replaced by the region's own date.

    It is this machine's date until a command knows the region (see :func:`local_date`).
    """


def local_date(given: dt.date | None, dossier: Dossier) -> tuple[dt.date, Zone | None]:
    """The date to use for ``dossier``: ``given``, or today in the region's own time zone.

    The zone is returned when "today" was meant (no date, or ``today``), else ``None``.
    """
    from tkpk_rules.timezones import today_in, zone_of

    if given is not None and not isinstance(given, Today):
        return given, None
    code = dossier.wilayah.kode
    return today_in(code), zone_of(code)


def today_note(day: dt.date, zone: Zone, lang: str) -> str:
    """``Hari ini: 2026-12-02, waktu setempat WITA (UTC+8)``, for the report's head."""
    return words("ui.cli.today", lang, day=day.isoformat(), zone=zone.label())


def parse_date(text: str) -> dt.date:
    """An ISO date for argparse (``--on 2026-11-27``), ``today`` also accepted."""
    if text.strip().lower() in ("today", "hari-ini", "hariini"):
        return Today.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(both("ui.cli.bad_date", text=repr(text))) from None


def _expand(paths: list[str]) -> list[str]:
    found: list[str] = []
    for name in paths:
        if name == "-":  # standard input, read by the service
            found.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            children = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
            )
            if not children:
                raise UsageError(both("ui.cli.empty_folder", name=name))
            found.extend(os.fspath(p) for p in children)
        else:
            found.append(name)
    return found


def iter_inputs(args: argparse.Namespace) -> Iterator[tuple[str, Dossier | DocumentError]]:
    """Each input's name with its dossier, or with the :class:`DocumentError` it raised."""
    from tkpk_rules.service import read_file

    files: list[str] = (
        list(args.files or [])
        if isinstance(args.files, list)
        else ([args.files] if args.files else [])
    )
    example = getattr(args, "example", None)
    if not files and not example:
        raise UsageError(both("ui.cli.no_input"))
    if not isinstance(args.files, list) and files and files[0] != "-" and Path(files[0]).is_dir():
        # A command of one file given a folder: said before any file of it is read.
        raise UsageError(both("ui.cli.one_file_not_folder", name=files[0]))
    if example:
        from tkpk_rules.examples import load_example

        name = f"contoh/example:{example}"
        try:
            yield name, load_example(example)
        except DocumentError as exc:
            yield name, exc
    names = _expand(files)
    if names.count("-") > 1:
        raise UsageError(both("ui.cli.stdin_twice"))
    for name in names:
        if name == "-" and sys.stdin.isatty():
            print(both("ui.cli.stdin_reading"), file=sys.stderr)
        yield read_file(name)


def exit_code(status: object) -> int:
    """The exit code of a :class:`tkpk_rules.service.Status`."""
    from tkpk_rules.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_VIOLATIONS
    from tkpk_rules.service import Status

    return {
        Status.OK: EXIT_OK,
        Status.VIOLATIONS: EXIT_VIOLATIONS,
        Status.BAD_INPUT: EXIT_BAD_INPUT,
    }[status]  # type: ignore[index]


def print_json(data: dict[str, object]) -> None:
    """Print an answer of :mod:`tkpk_rules.service` exactly as the HTTP service sends it."""
    from tkpk_rules.service import dumps

    sys.stdout.write(dumps(data))


def print_document_error(
    name: str, error: DocumentError, lang: str, *, redact: bool = False
) -> None:
    """Print every problem of a document to stderr (without the user's values if ``redact``)."""
    if is_io_error(error):
        STATE.io_error = True
    if redact:
        from tkpk_rules.redact import redact_error

        error = redact_error(error)
    if error.source is None:
        print(f"{name}:", file=sys.stderr)
    print(safe_text(error.describe(lang)), file=sys.stderr)


def write_output(name: str, data: bytes, *, force: bool, inputs: list[str]) -> None:
    """Write ``data`` to the file ``name``, refusing what could destroy something.

    Refused: an existing file unless ``force``; any input of the command (even
    with ``force``, and even under another name: a hard link, ``./a.yaml``);
    a symbolic link (never followed, whatever it points at); anything but a
    regular file (a FIFO would block, a device is not a calendar).  Raises
    :class:`OutputError` (exit code 74) with the reason in both languages.
    """

    def refuse(reason: str | i18n.Words) -> OutputError:
        """``reason``: a ``ui.cli.refuse.*`` key, or words the system gave."""
        why = reason if isinstance(reason, i18n.Words) else i18n.MESSAGES[reason]
        return OutputError(both("ui.cli.not_writing", name=name, reason=why))

    try:
        info: os.stat_result | None = os.lstat(name)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise refuse(i18n.Words(*os_error_words(exc))) from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise refuse("ui.cli.refuse.symlink")
        if not stat.S_ISREG(info.st_mode):
            raise refuse("ui.cli.refuse.not_regular")
        for given in inputs:
            try:
                if os.path.samefile(given, name):
                    raise refuse("ui.cli.refuse.input")
            except OSError:
                continue
        if not force:
            raise refuse("ui.cli.refuse.exists")
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= os.O_TRUNC if info is not None else os.O_EXCL  # a file made meanwhile: refused
    try:
        fd = os.open(name, flags, 0o644)
        with os.fdopen(fd, "wb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise refuse("ui.cli.refuse.not_regular")
            stream.write(data)
    except FileExistsError:
        raise refuse("ui.cli.refuse.exists") from None
    except OSError as exc:
        reason = " / ".join(os_error_words(exc))
        raise OutputError(f"{both('ui.cli.cannot_write', name=name)}: {reason}") from None
