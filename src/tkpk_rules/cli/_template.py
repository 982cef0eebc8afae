"""``tkpk-rules template FILE.xlsx``: write the fill-in workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tkpk_rules.cli._common import UsageError, both


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "template",
        help="tulis buku kerja isian (.xlsx) / write the fill-in workbook (.xlsx)",
        description=(
            "Tulis buku kerja Excel untuk mengisi catatan TKPK: satu lembar per bagian,\n"
            "daftar pilihan, sel tanggal, dan lembar Petunjuk. Perlu: pip install "
            "'tkpk-rules[excel]'.\n"
            "Write an Excel workbook to fill in a TKPK record: one sheet per part,\n"
            "drop-down lists, date cells and a Petunjuk (guide) sheet."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE.xlsx", help="berkas tujuan / file to write")
    parser.add_argument(
        "--wilayah",
        metavar="KODE",
        help="isi kode dan nama wilayah / fill in the region's code and name (e.g. 32.05)",
    )
    parser.add_argument(
        "--force", action="store_true", help="timpa berkas yang ada / overwrite an existing file"
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.io.workbook import write_workbook

    target = Path(args.file)
    if target.suffix.lower() != ".xlsx":
        raise UsageError(both("ui.cli.xlsx_only", name=args.file))
    document = None
    if args.wilayah:
        from tkpk_rules import regions

        region = regions.get(args.wilayah)
        name = f"Provinsi {region.nama}" if region.tingkat.value == "provinsi" else region.nama
        document = {"wilayah": {"kode": region.kode, "nama": name}}
    import io

    from tkpk_rules.cli._common import write_output

    buffer = io.BytesIO()
    write_workbook(buffer, document)
    write_output(args.file, buffer.getvalue(), force=args.force, inputs=[])
    print(both("ui.cli.workbook_written", name=args.file), file=sys.stderr)
    return 0
