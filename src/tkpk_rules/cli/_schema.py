"""``tkpk-rules schema``: print a shipped JSON Schema."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schema",
        help="cetak JSON Schema / print the JSON Schema",
        description=(
            "Cetak JSON Schema format dokumen (bawaan) atau format laporan.\n"
            "Print the JSON Schema of the document format (default) or of the report format."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "kind",
        nargs="?",
        choices=("document", "report"),
        default="document",
        help="document (dokumen, bawaan/default) atau/or report (laporan)",
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.io.schema import shipped_schema

    try:
        text = shipped_schema(args.kind)
    except FileNotFoundError:
        print(
            f"Skema {args.kind} belum tersedia / schema {args.kind} is not available",
            file=sys.stderr,
        )
        return 2
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
