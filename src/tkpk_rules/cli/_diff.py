"""``tkpk-rules diff FILE --from DATE --to DATE``: what changed between two dates.

Judges one dossier on both dates and prints the findings that appear,
disappear, change outcome, or keep it under another legal basis, each with
its citation on both sides.

Exit codes: 0 no violation appears between the dates, 1 one does (a new
finding or one that turns into a violation), 2 the document could not be
read or the command was used wrongly.
"""

from __future__ import annotations

import argparse
import sys

from tkpk_rules.cli._common import (
    UsageError,
    add_input_arguments,
    add_lang_argument,
    add_redact_argument,
    both,
    exit_code,
    iter_inputs,
    parse_date,
    print_document_error,
    print_json,
)
from tkpk_rules.errors import DocumentError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "diff",
        help="bandingkan temuan pada dua tanggal / compare findings on two dates",
        description=(
            "Nilai satu dokumen TKPK pada dua tanggal dan tampilkan temuan yang muncul, hilang,\n"
            "berubah hasil atau berganti dasar hukum, dengan dasar hukum di kedua sisi.\n"
            "Judge one TKPK document on two dates and show the findings that appear, disappear,\n"
            "change outcome or change legal basis, with the citations on both sides.\n"
            "Kode keluar / exit: 0 tidak ada pelanggaran baru / no new violation; 1 ada /"
            " a violation appears; 2 dokumen tidak terbaca / unreadable document.\n"
            "Contoh / example: tkpk-rules diff --example --from 2019-06-01 --to 2024-06-01"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(parser, many=False)
    parser.add_argument(
        "--from",
        dest="from_date",
        type=parse_date,
        required=True,
        metavar="TANGGAL/DATE",
        help="tanggal pertama / the earlier date (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--to",
        dest="to_date",
        type=parse_date,
        required=True,
        metavar="TANGGAL/DATE",
        help="tanggal kedua / the later date (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--handover",
        type=parse_date,
        default=None,
        metavar="TANGGAL/DATE",
        help=(
            "hari pertama Permendagri 53/2020 berlaku, jika diketahui (2020-01-01..2020-10-06) /"
            " first day Permendagri 53/2020 governs, if known"
        ),
    )
    add_lang_argument(parser)
    add_redact_argument(parser)
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="format keluaran / output format (bawaan/default: text)",
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.law.timeline import check_handover

    check_handover(args.handover)
    if args.from_date > args.to_date:
        raise UsageError(
            both(
                "ui.cli.diff_reversed",
                first=args.from_date.isoformat(),
                last=args.to_date.isoformat(),
            )
        )
    inputs = list(iter_inputs(args))
    if len(inputs) != 1:
        raise UsageError(both("ui.cli.diff_one_file"))
    from tkpk_rules import service

    name, result = inputs[0]
    if isinstance(result, DocumentError):
        print_document_error(name, result, args.lang, redact=args.redact)
    answer, changes = service.diff(
        inputs[0],
        from_date=args.from_date,
        to_date=args.to_date,
        handover=args.handover,
        redact=args.redact,
    )
    if args.format == "json":
        print_json(answer.data)
    elif changes is not None:
        sys.stdout.write(changes.render(args.format, args.lang))
    return exit_code(answer.status)
