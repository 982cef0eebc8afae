"""``tkpk-rules validate FILE...``: read documents and report every problem."""

from __future__ import annotations

import argparse

from tkpk_rules.cli._common import (
    add_input_arguments,
    add_lang_argument,
    iter_inputs,
    print_document_error,
)
from tkpk_rules.errors import DocumentError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "validate",
        help="periksa format dokumen / check that documents can be read",
        description=(
            "Baca dokumen dan tampilkan setiap masalah beserta letaknya.\n"
            "Read documents and show every problem with where it is.\n"
            "Kode keluar / exit: 0 sah/valid, 2 ada masalah/problems found."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(parser)
    add_lang_argument(parser)


def run(args: argparse.Namespace) -> int:
    failed = 0
    for name, result in iter_inputs(args):
        if isinstance(result, DocumentError):
            failed += 1
            print_document_error(name, result, args.lang)
        else:
            ok = "sah" if args.lang == "id" else "valid"
            print(f"{name}: {ok}")
    return 2 if failed else 0
