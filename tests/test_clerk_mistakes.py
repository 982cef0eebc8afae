"""Typical mistakes of a secretariat clerk, each with the words it must get and the exit code.

Every case is a file as a clerk would write it.  The message must name the
likely cause and the fix, in Indonesian (``tkpk-rules validate``) and in
English (``--lang en``); the exit code is 2 for a document that cannot be read,
0 for one that is read: a value that is valid but most likely a mistake (curly quotes,
a degree alone in a list) is kept as written and said as a warning, which does not change
the exit code.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from tkpk_rules.cli import main

HEAD = "format: tkpk-rules/1\nwilayah:\n  kode: '32.05'\n"


class Mistake(NamedTuple):
    name: str
    content: str | bytes
    id_words: tuple[str, ...]
    en_words: tuple[str, ...]
    exit_code: int = 2
    suffix: str = ".yaml"


MISTAKES = [
    Mistake(
        "tab-for-indentation",
        "format: tkpk-rules/1\nwilayah:\n\tkode: '32.05'\n",
        ("baris 3", "karakter Tab", "ganti Tab dengan spasi"),
        ("line 3", "Tab character", "replace the Tab with spaces"),
    ),
    Mistake(
        "non-breaking-space-after-colon",
        "format: tkpk-rules/1\nwilayah:\n  kode:\u00a0'32.05'\n  nama: Kabupaten Garut\n",
        ("baris 3", "spasi tak-putus"),
        ("line 3", "non-breaking space"),
    ),
    Mistake(
        "non-breaking-space-in-indentation",
        HEAD + "\u00a0 nama: Kabupaten Garut\n",
        ("spasi tak-putus", "baris 4"),
        ("non-breaking space", "line 4"),
    ),
    Mistake(
        "wrong-indentation",
        HEAD + "   nama: Kabupaten Garut\n",
        ("baris 4", "indentasi"),
        ("line 4", "indentation"),
    ),
    Mistake(
        "missing-closing-quote",
        HEAD + "tim:\n  nama: 'TKPK Garut\n  keterangan: x\n",
        ("baris 5", "tanda kutip", "tidak ditutup"),
        ("line 5", "quote opened here is never closed"),
    ),
    Mistake(
        "colon-inside-a-value",
        HEAD + "tim:\n  nama: TKPK: Kabupaten Garut\n",
        ("baris 5", "titik dua"),
        ("line 5", "colon"),
    ),
    Mistake(
        "saved-as-ansi",
        (HEAD + "tim:\n  nama: Tim Penanggulangan Kemiskinan – Garut\n").encode("cp1252"),
        ("UTF-8", "baris 5", "Notepad", "Save As"),
        ("UTF-8", "line 5", "Notepad", "Save As"),
    ),
    Mistake(
        "saved-as-utf16-unicode",
        (HEAD + "tim:\n  nama: TKPK Garut\n").encode("utf-16"),
        ("UTF-16", "Notepad", "UTF-8"),
        ("UTF-16", "Notepad", "UTF-8"),
    ),
    Mistake(
        "date-with-slashes",
        HEAD + "rapat_koordinasi:\n  - tanggal: 2025-01-10\n  - tanggal: 20/05/2025\n",
        ("rapat ke-2", "baris 6", "maksud Anda 2025-05-20?"),
        ("meeting 2", "line 6", "did you mean 2025-05-20?"),
    ),
    Mistake(
        "date-with-dashes-day-first",
        HEAD + "rapat_koordinasi:\n  - tanggal: 20-05-2025\n",
        ("rapat ke-1", "maksud Anda 2025-05-20?"),
        ("meeting 1", "did you mean 2025-05-20?"),
    ),
    Mistake(
        "date-in-words",
        HEAD + "rapat_koordinasi:\n  - tanggal: 20 Mei 2025\n",
        ("maksud Anda 2025-05-20?",),
        ("did you mean 2025-05-20?",),
    ),
    Mistake(
        # An agenda item may be planned only for a month too: suggest writing it so.
        "agenda-item-month-in-words",
        HEAD
        + "agenda_kerja:\n  - tahun: 2025\n    kegiatan:\n"
        + "      - {kegiatan: rapat_koordinasi, mulai: Mei 2025}\n",
        ("maksud Anda 2025-05", "bulan saja"),
        ("did you mean 2025-05", "a month alone"),
    ),
    Mistake(
        # A vacancy may be known only to its month (issue 12): suggest writing it so.
        "vacancy-month-in-words",
        HEAD + "kekosongan_jabatan:\n  - jabatan: wakil_bupati\n    mulai: Mei 2025\n",
        ("maksud Anda 2025-05", "bulan saja"),
        ("did you mean 2025-05", "a month alone"),
    ),
    Mistake(
        # A meeting may be known only to its month: the words suggest writing it so.
        "meeting-month-in-words",
        HEAD + "rapat_koordinasi:\n  - tanggal: Mei 2025\n",
        ("maksud Anda 2025-05", "bulan saja"),
        ("did you mean 2025-05", "a month alone"),
    ),
    Mistake(
        "date-with-a-time",
        HEAD + "rapat_koordinasi:\n  - tanggal: 2025-05-20 09:30\n",
        ("jam", "2025-05-20"),
        ("time", "2025-05-20"),
    ),
    Mistake(
        "curly-quotes-around-a-decree-number",
        HEAD + "tim:\n  pembentukan:\n    nomor: “400.9/Kep.123-Bappeda/2024”\n",
        ("peringatan", "tanda kutip miring", '"400.9/Kep.123-Bappeda/2024"', "baris 6"),
        ("warning", "curly quotes", '"400.9/Kep.123-Bappeda/2024"', "line 6"),
        exit_code=0,  # still text: kept as written, and said
    ),
    Mistake(
        "comma-in-a-flow-style-name",
        HEAD + "tim:\n  ketua: {nama: Dr. H. Putri Karlina, M.Si., unsur: pemerintah_daerah}\n",
        ("'M.Si.'", "koma", "tanda kutip", "baris 5"),
        ("'M.Si.'", "comma", "quotes", "line 5"),
    ),
    Mistake(
        "attendee-list-split-at-commas",
        HEAD
        + "rapat_koordinasi:\n  - tanggal: 2025-03-04\n"
        + "    peserta: [Ir. Budi Santoso, M.T., Siti Aminah]\n",
        ("peringatan", "peserta ke-2", "gelar", '"Ir. Budi Santoso, M.T."'),
        ("warning", "attendee 2", "degree", '"Ir. Budi Santoso, M.T."'),
        exit_code=0,  # three names are a valid list: kept, and said
    ),
    Mistake(
        "region-code-without-dot-as-number",
        "format: tkpk-rules/1\nwilayah:\n  kode: 3205\n",
        ("tanpa titik", "'32.05'", "Kabupaten Garut"),
        ("without its dot", "'32.05'"),
    ),
    Mistake(
        "region-code-without-dot-as-text",
        "format: tkpk-rules/1\nwilayah:\n  kode: '3205'\n",
        ("tanpa titik", '"32.05"'),
        ("without its dot", '"32.05"'),
    ),
    Mistake(
        "excel-csv-export",
        "kode;nama\n32.05;Kabupaten Garut\n",
        ("CSV", "tkpk-rules template", "tkpk-rules convert"),
        ("CSV", "workbook", "convert"),
        suffix=".csv",
    ),
    Mistake(
        "skeleton-blank-left",
        HEAD + "rapat_koordinasi:\n  - tanggal: ____-__-__\n",
        ("belum diisi", "hapus barisnya"),
        ("not filled in", "delete the line"),
    ),
    Mistake(
        "misspelt-field",
        HEAD + "tim:\n  ketau:\n    nama: A\n",
        ("'ketau'", "maksud Anda 'ketua'", "baris 5"),
        ("'ketau'", "did you mean 'ketua'", "line 5"),
    ),
    Mistake(
        "ya-for-yes-is-accepted",
        HEAD + "dokumen:\n  - jenis: rpkd\n    disusun_bersama_rpjmd: ya\n",
        ("sah",),
        ("valid",),
        exit_code=0,
    ),
]


def test_the_corpus_is_large_enough() -> None:
    assert len(MISTAKES) >= 15
    assert len({m.name for m in MISTAKES}) == len(MISTAKES)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_each_mistake_gets_words_a_clerk_can_act_on(
    mistake: Mistake, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"catatan{mistake.suffix}"
    if isinstance(mistake.content, bytes):
        path.write_bytes(mistake.content)
    else:
        path.write_text(mistake.content, encoding="utf-8")
    code = main(["validate", str(path), "--lang", lang])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == mistake.exit_code, text
    for words in mistake.id_words if lang == "id" else mistake.en_words:
        assert words in text, f"{words!r} not in:\n{text}"
    assert "Traceback" not in text
