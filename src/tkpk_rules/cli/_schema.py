"""``tkpk-rules schema [NAME]``: print a shipped JSON Schema (the document's by default)."""

from __future__ import annotations

import argparse
import sys

from tkpk_rules.cli._common import both
from tkpk_rules.service import SCHEMA_NAMES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schema",
        help="cetak JSON Schema / print a JSON Schema",
        description=(
            "Cetak JSON Schema format dokumen (bawaan) atau salah satu keluaran JSON.\n"
            "Print the JSON Schema of the document format (default) or of a JSON output.\n"
            "Nama / names: " + ", ".join(SCHEMA_NAMES)
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "kind",
        nargs="?",
        choices=SCHEMA_NAMES,
        default="document",
        metavar="NAMA/NAME",
        help="document (dokumen, bawaan/default), "
        + ", ".join(n for n in SCHEMA_NAMES if n != "document"),
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.service import shipped_text

    try:
        text = shipped_text(args.kind)
    except (FileNotFoundError, KeyError):
        print(both("ui.cli.no_schema", kind=args.kind), file=sys.stderr)
        return 2
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
