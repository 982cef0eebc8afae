"""``tkpk-rules validate FILE...``: read documents and report every problem."""

from __future__ import annotations

import argparse

from tkpk_rules.cli._common import (
    add_input_arguments,
    add_lang_argument,
    exit_code,
    iter_inputs,
    print_document_error,
    print_json,
)
from tkpk_rules.errors import DocumentError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "validate",
        help="periksa format dokumen / check that documents can be read",
        description=(
            "Baca dokumen dan tampilkan setiap masalah beserta letaknya.\n"
            "Read documents and show every problem with where it is.\n"
            "Kode keluar / exit: 0 sah/valid, 2 ada masalah/problems found.\n"
            "Contoh / example: tkpk-rules validate --format json - < tim.yaml"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(parser)
    add_lang_argument(parser)
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="format keluaran / output format (bawaan/default: text)",
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules import service

    inputs = list(iter_inputs(args))
    for name, result in inputs:
        if isinstance(result, DocumentError):
            print_document_error(name, result, args.lang)
        elif args.format != "json":
            ok = "sah" if args.lang == "id" else "valid"
            print(f"{name}: {ok}")
    answer = service.validate(inputs)
    if args.format == "json":
        print_json(answer.data)
    return exit_code(answer.status)
