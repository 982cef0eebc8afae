"""What the subcommands share: reading input files, the language switch, dates."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from tkpk_rules.errors import DocumentError, TkpkError
from tkpk_rules.model import Dossier

__all__ = [
    "UsageError",
    "add_input_arguments",
    "add_lang_argument",
    "exit_code",
    "iter_inputs",
    "parse_date",
    "print_document_error",
    "print_json",
]

DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json", ".xlsx")


class UsageError(TkpkError):
    """The command was called in a way it cannot work with (exit code 2)."""


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


def parse_date(text: str) -> dt.date:
    """An ISO date for argparse (``--on 2026-11-27``), ``today`` also accepted."""
    if text.strip().lower() in ("today", "hari-ini", "hariini"):
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date"
        ) from None


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
                raise UsageError(
                    f"Folder {name} tidak berisi berkas .yaml/.yml/.json/.xlsx / "
                    f"folder {name} holds no .yaml/.yml/.json/.xlsx files"
                )
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
        raise UsageError("Sebutkan berkas, atau pakai --example / name a file, or use --example")
    if example:
        from tkpk_rules.examples import load_example

        name = f"contoh/example:{example}"
        try:
            yield name, load_example(example)
        except DocumentError as exc:
            yield name, exc
    names = _expand(files)
    if names.count("-") > 1:
        raise UsageError(
            "Masukan standar (-) hanya dapat dibaca sekali / standard input (-) can be read once"
        )
    for name in names:
        if name == "-" and sys.stdin.isatty():
            print(
                "Membaca dokumen dari masukan standar; akhiri dengan Ctrl+D /"
                " reading the document from standard input; end it with Ctrl+D",
                file=sys.stderr,
            )
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


def print_document_error(name: str, error: DocumentError, lang: str) -> None:
    """Print every problem of a document to stderr."""
    if error.source is None:
        print(f"{name}:", file=sys.stderr)
    print(error.describe(lang), file=sys.stderr)
