"""``tkpk-rules convert IN OUT``: between YAML, JSON and the workbook (.xlsx)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tkpk_rules.cli._common import UsageError, both

_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".xlsx": "xlsx"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "convert",
        help="ubah YAML/JSON/xlsx / convert among YAML, JSON and xlsx",
        description=(
            "Ubah catatan dari satu bentuk ke bentuk lain (.yaml, .json, .xlsx) tanpa kehilangan\n"
            "isi; bentuk ditentukan oleh akhiran nama berkas. Komentar YAML tidak ikut.\n"
            "Convert a record among .yaml, .json and .xlsx without losing any fact; the\n"
            "format follows the file name's suffix. YAML comments are not carried over.\n"
            "Kode keluar / exit: 0 selesai/done, 2 tidak dapat dibaca/unreadable."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", metavar="IN", help="berkas sumber / file to read")
    parser.add_argument("target", metavar="OUT", help="berkas tujuan / file to write")
    parser.add_argument(
        "--force", action="store_true", help="timpa berkas yang ada / overwrite an existing file"
    )


def _format(name: str) -> str:
    kind = _FORMATS.get(Path(name).suffix.lower())
    if kind is None:
        raise UsageError(both("ui.cli.suffix", name=name))
    return kind


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.io import dump, dumps, load_file

    _format(args.source)
    kind = _format(args.target)
    from tkpk_rules.cli._common import write_output

    dossier = load_file(args.source)
    if kind == "xlsx":
        import io

        from tkpk_rules.io.workbook import write_workbook

        buffer = io.BytesIO()
        write_workbook(buffer, dump(dossier))
        data = buffer.getvalue()
    else:
        data = dumps(dossier, format="json" if kind == "json" else "yaml").encode("utf-8")
    # Never over an existing file without --force, never over the input, never through a link.
    write_output(args.target, data, force=args.force, inputs=[args.source])
    print(f"{args.source} -> {args.target}", file=sys.stderr)
    return 0
