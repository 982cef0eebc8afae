"""Make the quickstart's screenshots: a sheet of the workbook, and the HTML report.

Run from the repository root (needs the ``excel`` extra and a Chromium on PATH)::

    .venv/bin/python scripts/docs_screenshots.py

The workbook is the bundled Banyumas example written by ``tkpk-rules convert``;
its sheet is drawn as an HTML page shaped like a spreadsheet (column letters, row
numbers, sheet tabs, a header comment), so the picture needs no office suite.
Everything runs offline.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from tkpk_rules.examples import load_example
from tkpk_rules.io import dump
from tkpk_rules.io.workbook import write_workbook

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 13px; margin: 0; }
.bar { background: #217346; color: #fff; padding: 6px 12px; font-size: 14px; }
.formula { border-bottom: 1px solid #ccc; padding: 4px 12px; color: #333; background: #f7f7f7; }
table { border-collapse: collapse; margin: 0; }
td, th { border: 1px solid #d4d4d4; padding: 3px 6px; white-space: nowrap; overflow: hidden;
         max-width: 190px; text-overflow: clip; }
th.col, th.row { background: #efefef; color: #555; font-weight: normal; text-align: center; }
td.head { background: #DDEBF7; font-weight: bold; }
td.status { background: #EDEDED; font-weight: bold; color: #555; }
td.sel { outline: 2px solid #217346; }
.tabs { margin-top: 8px; border-top: 1px solid #ccc; padding: 4px 8px; background: #f3f3f3; }
.tab { display: inline-block; padding: 3px 10px; margin-right: 2px; color: #333; }
.tab.on { background: #fff; border-bottom: 2px solid #217346; font-weight: bold; color: #217346; }
.note { position: absolute; background: #ffffe1; border: 1px solid #999; padding: 6px 8px;
        width: 330px; font-size: 12px; white-space: pre-line; box-shadow: 2px 2px 4px #aaa; }
.drop { position: absolute; background: #fff; border: 1px solid #888; font-size: 12px;
        box-shadow: 2px 2px 4px #aaa; }
.drop div { padding: 2px 10px; }
.drop div.hi { background: #cfe3f7; }
"""


def sheet_page(
    book_path: Path, sheet: str, columns: int, rows: int, note_col: int, drop_col: int
) -> str:
    book = openpyxl.load_workbook(book_path)
    drop_left = 437  # under column C, as the browser lays the columns out
    ws = book[sheet]
    head = "".join(f'<th class="col">{get_column_letter(c)}</th>' for c in range(1, columns + 1))
    body = [f'<tr><th class="row"></th>{head}</tr>']
    for r in range(1, rows + 1):
        cells = []
        for c in range(1, columns + 1):
            value = ws.cell(row=r, column=c).value
            text = "" if value is None else html.escape(str(value))
            klass = ""
            if r == 1:
                klass = "status" if text.startswith("[") else "head"
            if (r == 1 and c == note_col) or (r == 3 and c == drop_col):
                klass += " sel"
            cells.append(f'<td class="{klass}">{text}</td>')
        body.append(f'<tr><th class="row">{r}</th>{"".join(cells)}</tr>')
    comment = ws.cell(row=1, column=note_col).comment
    note = html.escape(comment.text if comment else "")
    validations = ws.data_validations.dataValidation
    letter = get_column_letter(drop_col)
    choices: list[str] = []
    for dv in validations:
        if f"{letter}2" in str(dv.sqref) and str(dv.formula1).startswith("Pilihan!"):
            ref = str(dv.formula1).split("!")[1].replace("$", "")
            first, last = ref.split(":")
            for row in book["Pilihan"][first:last]:
                choices.extend(str(cell.value) for cell in row)
    current = str(ws.cell(row=3, column=drop_col).value)
    drop = "".join(
        f"<div class='{'hi' if value == current else ''}'>{html.escape(value)}</div>"
        for value in choices
    )
    tabs = "".join(
        f'<span class="tab{" on" if name == sheet else ""}">{html.escape(name)}</span>'
        for name in book.sheetnames
    )
    return (
        f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        f"<div class='bar'>{html.escape(book_path.name)} — Excel</div>"
        f"<div class='formula'>{html.escape(str(ws.cell(row=1, column=note_col).value))}</div>"
        f"<table>{''.join(body)}</table>"
        f"<div class='note' style='left: 760px; top: 90px'>{note}</div>"
        f"<div class='drop' style='left: {drop_left}px; top: 152px'>{drop}</div>"
        f"<div class='tabs'>{tabs}</div></body></html>"
    )


def shoot(page: Path, png: Path, size: str) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium not found: apt-get install -y chromium")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={size}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = folder / "tkpk-banyumas.xlsx"
        write_workbook(str(book), dump(load_example("kabupaten-banyumas")))
        page = folder / "sheet.html"
        page.write_text(sheet_page(book, "Anggota", 7, 12, 4, 3), encoding="utf-8")
        shoot(page, OUT / "buku-kerja-anggota.png", "1240,440")
        report = subprocess.run(
            [
                sys.executable,
                "-m",
                "tkpk_rules",
                "check",
                "--example",
                "provinsi-kalimantan-timur",
                "--on",
                "2026-11-27",
                "--format",
                "html",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        page = folder / "laporan.html"
        page.write_text(report.stdout, encoding="utf-8")
        shoot(page, OUT / "laporan-html.png", "1100,900")
    print("written:", *sorted(p.name for p in OUT.glob("*.png")))


if __name__ == "__main__":
    main()
