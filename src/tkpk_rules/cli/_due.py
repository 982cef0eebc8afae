"""``tkpk-rules due FILE [--on DATE]``: what is done, due, at risk or overdue on a day."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import textwrap

from tkpk_rules.cli._common import (
    add_input_arguments,
    add_lang_argument,
    exit_code,
    iter_inputs,
    parse_date,
    print_document_error,
    print_json,
)
from tkpk_rules.cli._plan import WIDTH, region_label
from tkpk_rules.errors import DocumentError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "due",
        help="apa yang masih harus dilakukan / what is still to do",
        description=(
            "Tampilkan kewajiban tahun berjalan pada suatu tanggal: selesai, harus dilakukan,\n"
            "berisiko, terlambat, dengan tanggal, dasar hukum dan tingkat dukungannya.\n"
            "Show the year's obligations on a date: done, due, at risk, overdue, with their\n"
            "dates, legal basis and support level."
        ),
        epilog="Contoh / example:  tkpk-rules due --example --on 2026-11-27",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--on",
        type=parse_date,
        default=None,
        metavar="TANGGAL/DATE",
        help="tanggal acuan / the date to look from (bawaan/default: hari ini/today)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="format keluaran / output format (bawaan/default: text)",
    )
    add_lang_argument(parser)


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    return textwrap.fill(
        text, WIDTH, initial_indent=first if first is not None else indent, subsequent_indent=indent
    )


def render_text(items: list[object], label: str, on: dt.date, lang: str) -> str:
    from tkpk_rules.cli._common import words
    from tkpk_rules.i18n import date_words as format_date
    from tkpk_rules.i18n import support_words
    from tkpk_rules.planning import Obligation, ObligationStatus

    obligations = [o for o in items if isinstance(o, Obligation)]
    open_items = [o for o in obligations if o.status is not ObligationStatus.DONE]
    done = [o for o in obligations if o.status is ObligationStatus.DONE]
    head = words("ui.cli.due.head", lang, region=label, day=format_date(on, lang, weekday=True))
    lines = [head, ""]
    lines.append(
        words("ui.cli.due.open" if open_items else "ui.cli.due.nothing", lang, year=on.year)
    )
    basis = words("ui.citation", lang)
    for group in (open_items, done):
        if group is done and done:
            lines += ["", words("ui.cli.due.done", lang)]
        for o in group:
            tag = f"[{o.status.label(lang).upper()}] "
            lines.append(_wrap(o.message(lang), " " * 4, first="  " + tag))
            grade = support_words(o.support.value, lang)
            extra = f"{basis}: {o.citation.text()} [{o.provision}; {grade}]"
            if o.deadline is not None and o.status is not ObligationStatus.DONE:
                extra += "; " + words(
                    "ui.cli.due.deadline", lang, day=format_date(o.deadline, lang)
                )
            lines.append(_wrap(extra, " " * 6))
            if o.missing and o.status is not ObligationStatus.DONE:
                needed = f"{words('ui.missing', lang)}: {', '.join(o.missing)}"
                lines.append(_wrap(needed, " " * 6))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from tkpk_rules import service
    from tkpk_rules.cli._common import local_date, today_note
    from tkpk_rules.planning import obligations

    inputs = list(iter_inputs(args))
    first = True
    for name, result in inputs:
        if isinstance(result, DocumentError):
            print_document_error(name, result, args.lang)
            continue
        if args.format == "json":
            continue
        on, zone = local_date(args.on, result)  # "today" is the region's own date
        items = obligations(result, on=on)
        if not first:
            sys.stdout.write("\n")
        first = False
        if zone is not None:
            sys.stdout.write(today_note(on, zone, args.lang) + "\n")
        sys.stdout.write(render_text(list(items), region_label(result), on, args.lang))
    answer = service.due(inputs, on=lambda dossier: local_date(args.on, dossier)[0])
    if args.format == "json":
        print_json(answer.data)
    return exit_code(answer.status)
