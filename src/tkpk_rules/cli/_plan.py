"""``tkpk-rules plan FILE --year YEAR``: draw up the annual work agenda, optionally as iCalendar."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import textwrap
from typing import Any

from tkpk_rules.cli._common import (
    Today,
    UsageError,
    add_input_arguments,
    add_lang_argument,
    both,
    exit_code,
    iter_inputs,
    parse_date,
    print_document_error,
    print_json,
    write_output,
)
from tkpk_rules.errors import DocumentError
from tkpk_rules.model import Dossier

WIDTH = 100


def parse_avoid(text: str) -> dt.date | tuple[dt.date, dt.date]:
    """``2026-08-10`` or a range ``2026-08-10..2026-08-14`` for ``--avoid``."""
    if ".." in text:
        start, _, end = text.partition("..")
        first, last = _plain(parse_date(start)), _plain(parse_date(end))
        if last < first:
            raise argparse.ArgumentTypeError(both("ui.cli.bad_range", text=repr(text)))
        return first, last
    return _plain(parse_date(text))


def _plain(day: dt.date) -> dt.date:
    """``today`` in a range is this machine's date (the region is not known yet)."""
    return dt.date(day.year, day.month, day.day) if isinstance(day, Today) else day


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "plan",
        help="susun agenda kerja tahunan / draw up the annual work agenda",
        description=(
            "Susun rancangan agenda kerja tahunan: rapat koordinasi (paling sedikit 3, hanya pada\n"
            "hari kerja), laporan pelaksanaan, RAT dan RPKD, masing-masing dengan alasannya.\n"
            "Draw up a draft annual work agenda: coordination meetings (at least 3, on working\n"
            "days only), the implementation report, the RAT and the RPKD, each with its reason."
        ),
        epilog=(
            "Contoh / example:\n"
            "  tkpk-rules plan --example --year 2027 --weekday selasa --ics agenda-2027.ics\n"
            "  tkpk-rules plan dossier.yaml --year 2027 --fixed 2027-04-20 "
            "--avoid 2027-08-09..2027-08-13"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_input_arguments(parser, many=False)
    parser.add_argument(
        "--year",
        type=int,
        default=None,
        metavar="TAHUN/YEAR",
        help="tahun agenda / the agenda's year (bawaan/default: tahun ini/this year)",
    )
    parser.add_argument(
        "--ics",
        metavar="BERKAS/FILE.ics",
        help="tulis juga sebagai iCalendar / also write it as an iCalendar file",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="timpa berkas --ics yang sudah ada / overwrite an existing --ics file",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "yaml"),
        default="text",
        help="format keluaran / output format (bawaan/default: text)",
    )
    add_lang_argument(parser)
    parser.add_argument(
        "--weekday",
        metavar="HARI/DAY",
        help="hari rapat pilihan / preferred meeting day (senin..jumat, monday..friday)",
    )
    parser.add_argument(
        "--meetings",
        type=int,
        default=None,
        metavar="N",
        help="jumlah rapat koordinasi / number of coordination meetings (bawaan/default: 3)",
    )
    parser.add_argument(
        "--fixed",
        nargs="+",
        action="extend",
        type=parse_date,
        default=[],
        metavar="TANGGAL/DATE",
        help="tanggal rapat yang sudah pasti / meeting dates already fixed (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--avoid",
        nargs="+",
        action="extend",
        type=parse_avoid,
        default=[],
        metavar="TANGGAL/DATE",
        help="tanggal atau rentang yang dihindari / dates or ranges to avoid "
        "(YYYY-MM-DD atau/or YYYY-MM-DD..YYYY-MM-DD)",
    )
    parser.add_argument(
        "--inauguration",
        type=parse_date,
        default=None,
        metavar="TANGGAL/DATE",
        help="tanggal pelantikan kepala daerah (tahun RPJMD baru) / the day the head of "
        "region took office (new RPJMD years)",
    )


def region_label(dossier: Dossier) -> str:
    """``Kabupaten Banyumas (33.02)``, or the code alone."""
    from tkpk_rules.service import region_label as label

    return label(dossier)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_text(details: Any, dossier: Dossier, lang: str) -> str:
    from tkpk_rules.cli._common import words
    from tkpk_rules.i18n import date_words as format_date
    from tkpk_rules.model import AgendaItemKind

    agenda = details.agenda_in(lang)
    lines = [
        words("ui.cli.plan.head", lang, year=agenda.tahun, region=region_label(dossier)),
        "",
        _wrap(agenda.keterangan, ""),
        "",
    ]
    for number, (item, planned) in enumerate(
        zip(agenda.kegiatan, details.items, strict=True), start=1
    ):
        start = format_date(item.mulai, lang, weekday=True)
        when = start
        if isinstance(item.selesai, dt.date) and item.selesai != item.mulai:
            end = format_date(item.selesai, lang, weekday=True)
            when = words("ui.cli.plan.span", lang, start=start, end=end)
        marker = ""
        if item.kegiatan is AgendaItemKind.RAPAT_KOORDINASI:
            marker = f"  [{words(f'ui.cli.plan.origin.{planned.origin.value}', lang)}]"
        lines.append(f"{number:>2}. {when}{marker}")
        lines.append(_wrap(str(item.judul), "    "))
        lines.append(_wrap(words("ui.cli.plan.why", lang, why=item.alasan), "    "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_data(details: Any, dossier: Dossier, lang: str) -> dict[str, Any]:
    """The plan as JSON-ready data (see :func:`tkpk_rules.service.plan_data`)."""
    from tkpk_rules.service import plan_data

    return plan_data(details, dossier, lang)


def _warn_past(details: Any, today: dt.date, lang: str) -> None:
    """Say on standard error which items the planner placed wholly before ``today`` (the
    plan itself knows no today: a year already under way gets dates that have passed)."""
    from tkpk_rules.cli._common import words
    from tkpk_rules.i18n import date_words
    from tkpk_rules.planning.planner import Origin

    ends = [
        end
        for p in details.items
        if p.origin is Origin.PLANNED
        and isinstance(end := p.item.selesai or p.item.mulai, dt.date)
        and end < today
    ]
    past = sorted(set(ends))
    if not past:
        return

    def said(lang: str) -> str:
        days = ", ".join(date_words(d, lang) for d in past[:6]) + (" …" if len(past) > 6 else "")
        return words(
            "ui.cli.plan.past",
            lang,
            count=len(ends),
            today=date_words(today, lang),
            days=days,
            next=today.year + 1,
        )

    print(f"{said('id')} / {said('en')}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from tkpk_rules import service
    from tkpk_rules.cli._common import local_date
    from tkpk_rules.planning import to_ical

    inputs = list(iter_inputs(args))
    if len(inputs) != 1:
        raise UsageError(both("ui.cli.one_file"))
    name, found = inputs[0]
    if isinstance(found, DocumentError):
        print_document_error(name, found, args.lang)
    if args.year is not None:
        year = args.year
    elif isinstance(found, DocumentError):
        year = dt.date.today().year
    else:  # "this year" is the region's own local year
        year = local_date(None, found)[0].year
    answer, details = service.plan(
        inputs[0],
        year=year,
        lang=args.lang,
        weekday=args.weekday,
        meetings=args.meetings,
        fixed=args.fixed,
        avoid=args.avoid,
        inauguration=args.inauguration,
    )
    if details is None or isinstance(found, DocumentError):
        if args.format == "json":
            print_json(answer.data)
        return exit_code(answer.status)
    dossier = found
    _warn_past(details, local_date(None, dossier)[0], args.lang)
    if args.ics:
        data = to_ical(details.agenda_in(args.lang), region=region_label(dossier), lang=args.lang)
        given = args.files if isinstance(args.files, list) else [args.files]
        write_output(args.ics, data, force=args.force, inputs=[f for f in given if f])
        events = data.count(b"BEGIN:VEVENT")
        print(both("ui.cli.calendar_written", name=args.ics, events=events), file=sys.stderr)
    if args.format == "text":
        sys.stdout.write(render_text(details, dossier, args.lang))
    elif args.format == "json":
        print_json(answer.data)
    else:
        from tkpk_rules.io import dump_yaml

        sys.stdout.write(dump_yaml(answer.data))
    return exit_code(answer.status)
