"""``tkpk-rules coverage``: every provision id of the brief, and the rules that encode it."""

from __future__ import annotations

import argparse

from tkpk_rules.cli._common import add_lang_argument, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "coverage",
        help="cakupan ketentuan / which provisions are encoded",
        description=(
            "Setiap ketentuan: aturan yang menyandikannya, atau alasan tidak dapat diperiksa.\n"
            "Every provision: the rules that encode it, or why it cannot be checked."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_lang_argument(parser)
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="format keluaran / output format"
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.law import PROVISIONS
    from tkpk_rules.rules import coverage

    rows = coverage()
    if args.format == "json":
        from tkpk_rules import service

        print_json(service.coverage().data)
        return 0
    from tkpk_rules.cli._common import words

    encoded = words("ui.cli.coverage.encoded", args.lang)
    not_checkable = words("ui.cli.coverage.not_checkable", args.lang)
    for c in rows:
        cite = PROVISIONS[c.provision].citation.text()
        reason = c.reason_id if args.lang == "id" else c.reason_en
        if c.rules:
            line = f"{c.provision:20} {encoded}: {', '.join(c.rules)}  ({cite})"
            if not c.checkable:
                # Encoded as advice (53.transition: the decree's basis), yet not checkable.
                line += f"; {not_checkable}: {reason}"
            print(line)
        else:
            print(f"{c.provision:20} {not_checkable}: {reason}")
    return 0
