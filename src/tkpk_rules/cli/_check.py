"""``tkpk-rules check FILE...``: judge dossiers on a date and print the report.

Exit codes: 0 no violations, 1 violations found, 2 a document could not be read
(and those of :mod:`tkpk_rules.cli`: 64 bad usage, 70 internal error, 74 I/O).
"""

from __future__ import annotations

import argparse
import sys

from tkpk_rules.cli._common import (
    add_input_arguments,
    add_lang_argument,
    add_redact_argument,
    exit_code,
    iter_inputs,
    parse_date,
    print_document_error,
    print_json,
    write_progress,
)
from tkpk_rules.errors import DocumentError
from tkpk_rules.redact import redact_error
from tkpk_rules.report.finding import Report
from tkpk_rules.service import Input

#: Show progress on stderr from this many files on (and only on a terminal).
PROGRESS_FROM = 5


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        help="periksa TKPK terhadap aturan / check TKPK dossiers against the rules",
        description=(
            "Nilai dokumen TKPK pada suatu tanggal dan tampilkan temuan.\n"
            "Judge TKPK documents on a date and show the findings.\n"
            "Kode keluar / exit: 0 tidak ada pelanggaran / no violations; 1 ada pelanggaran /"
            " violations; 2 dokumen tidak terbaca / unreadable document."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--on",
        type=parse_date,
        default=None,
        metavar="TANGGAL/DATE",
        help="tanggal penilaian / date to judge on (YYYY-MM-DD; bawaan/default: hari ini/today)",
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
        choices=("text", "markdown", "html", "json"),
        default="text",
        help="format keluaran / output format (bawaan/default: text)",
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.cli._common import local_date, today_note
    from tkpk_rules.engine import check
    from tkpk_rules.law.timeline import check_handover

    check_handover(args.handover)
    inputs = list(iter_inputs(args))
    if args.format == "json":
        return _run_json(args, inputs)
    show_progress = len(inputs) >= PROGRESS_FROM and sys.stderr.isatty()
    rows: list[tuple[str, Report | None]] = []
    errors: dict[str, DocumentError] = {}
    notes: dict[str, str] = {}
    unreadable = violations = False
    for i, (name, result) in enumerate(inputs, start=1):
        if show_progress:
            write_progress(f"[{i}/{len(inputs)}] {name}")
        if isinstance(result, DocumentError):
            unreadable = True
            if show_progress:
                print(file=sys.stderr)
            print_document_error(name, result, args.lang, redact=args.redact)
            rows.append((name, None))
            errors[name] = redact_error(result) if args.redact else result
            continue
        on, zone = local_date(args.on, result)  # "today" is the region's own date
        if zone is not None and args.format == "text":
            notes[name] = today_note(on, zone, args.lang)
        report = check(result, on=on, handover=args.handover, redact=args.redact)
        violations = violations or report.has_violations
        rows.append((name, report))
    if show_progress:
        print(file=sys.stderr)
    _print(rows, args.format, args.lang, errors, notes)
    if args.format == "text" and args.example and not args.files:
        _suggest_next(args.example, args.lang)
    if unreadable:
        return 2
    return 1 if violations else 0


def _run_json(args: argparse.Namespace, inputs: list[Input]) -> int:
    """The envelope of :func:`tkpk_rules.service.check`; problems also go to stderr as text."""
    from tkpk_rules import service
    from tkpk_rules.cli._common import local_date

    for name, result in inputs:
        if isinstance(result, DocumentError):
            print_document_error(name, result, args.lang, redact=args.redact)
    answer = service.check(
        inputs,
        on=lambda dossier: local_date(args.on, dossier)[0],  # the region's own "today"
        handover=args.handover,
        redact=args.redact,
    )
    print_json(answer.data)
    return exit_code(answer.status)


def _suggest_next(example: str, lang: str) -> None:
    """After a bundled example, say what to try next (stderr, so pipes stay clean)."""
    from tkpk_rules.cli._common import words
    from tkpk_rules.examples import EXAMPLES

    others = [name for name in EXAMPLES if name != example]
    lines = [words("ui.cli.next", lang)]
    lines += [words("ui.cli.another_example", lang, name=name) for name in others]
    print("\n" + "\n".join(lines), file=sys.stderr)


def _print(
    rows: list[tuple[str, Report | None]],
    fmt: str,
    lang: str,
    errors: dict[str, DocumentError] | None = None,
    notes: dict[str, str] | None = None,
) -> None:
    from tkpk_rules.report.render import html_page, render, summary

    # HTML is gathered into one page a browser opens as it is (the library's HTML is a
    # fragment to embed); the other formats are written report by report.
    parts: list[str] = []
    emit = parts.append if fmt == "html" else sys.stdout.write
    for name, report in rows:
        if report is None:
            continue
        if len(rows) > 1 and fmt == "text":
            emit(f"### {name}\n")
        if notes and name in notes:
            emit(notes[name] + "\n")
        emit(render(report, format=fmt, lang=lang))
        if len(rows) > 1:
            emit("\n")
    if len(rows) > 1:
        emit(summary(rows, format=fmt, lang=lang))
    if fmt == "html":
        sys.stdout.write(html_page("".join(parts), lang))
