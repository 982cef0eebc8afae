"""``tkpk-rules init --wilayah 32.05 [FILE]``: a commented YAML skeleton for one region."""

from __future__ import annotations

import argparse
import sys

from tkpk_rules.cli._common import both


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "init",
        help="tulis kerangka YAML berkomentar / write a commented YAML skeleton",
        description=(
            "Tulis kerangka catatan YAML untuk satu wilayah: setiap kolom dijelaskan,\n"
            "jabatan pimpinan tim sesuai tingkatnya (bupati, wali kota, gubernur).\n"
            "Write a YAML skeleton of one region's record: every field explained, the\n"
            "team's leadership titled for its level (regent, mayor, governor)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--wilayah", required=True, metavar="KODE", help="kode wilayah / region code (32.05)"
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="berkas tujuan (bawaan: layar) / file (default: stdout)",
    )
    parser.add_argument(
        "--force", action="store_true", help="timpa berkas yang ada / overwrite an existing file"
    )


def run(args: argparse.Namespace) -> int:
    from tkpk_rules.io.skeleton import skeleton

    text = skeleton(args.wilayah)
    if not args.file:
        sys.stdout.write(text)
        return 0
    from pathlib import Path

    from tkpk_rules.cli._common import UsageError, write_output

    if Path(args.file).suffix.lower() not in (".yaml", ".yml"):
        # A skeleton is YAML text: written to "tim.xlsx" it is a workbook no one can open.
        raise UsageError(both("ui.cli.yaml_only", name=args.file))
    write_output(args.file, text.encode("utf-8"), force=args.force, inputs=[])
    print(both("ui.cli.skeleton_written", name=args.file), file=sys.stderr)
    return 0
