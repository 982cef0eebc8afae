"""What loading a document says: its problems, the names of value types, the workbook's help.

Keys ``"loading.<problem kind>"`` (the problem kinds of :class:`tkpk_rules.errors.Problem`,
``missing``, ``wrong_type``...), ``"loading.type.<kind>"`` (how a value's type is
named: ``str`` -> "teks" / "text") and ``"workbook.*"`` (the workbook's guide sheet and
the parts of its column comments that are not a field's meaning; the meaning of each
field is the glossary's, :mod:`tkpk_rules.i18n._glossary`).  Values are
``(indonesian, english)`` templates.

The problem templates are filled by :mod:`tkpk_rules.io` with :meth:`str.format`
(``{found!r}`` quotes the value as written); their parameters ``hint_id``,
``found_id``, ``expected_id`` (and ``_en``) hold words already chosen for one
language, so the Indonesian template names the ``_id`` ones and the English
template the ``_en`` ones.  The workbook's marks (``-``, ``[]``, ``+``) and the
name of its text column are parameters (``{none}``, ``{empty}``, ``{present}``,
``{text_column}``), as the workbook layout owns them.
"""

from __future__ import annotations

LOADING: dict[str, tuple[str, str]] = {
    "loading.unknown_key": (
        "kolom {key!r} tidak dikenal di sini{hint_id}",
        "unknown field {key!r} here{hint_en}",
    ),
    "loading.missing": ("wajib diisi, tetapi tidak ada", "is required but missing"),
    "loading.wrong_type": (
        "seharusnya {expected_id}, tetapi berisi {found_id}{hint_id}",
        "should be {expected_en}, but is {found_en}{hint_en}",
    ),
    "loading.bad_date": (
        "{found!r} bukan tanggal yang sah; tulis tanggal ISO 8601, misalnya 2024-03-15{hint_id}",
        "{found!r} is not a valid date; write an ISO 8601 date such as 2024-03-15{hint_en}",
    ),
    "loading.bad_value": (
        "{found!r} bukan nilai yang diizinkan; pilihan: {allowed}{hint_id}",
        "{found!r} is not an allowed value; choose one of: {allowed}{hint_en}",
    ),
    "loading.unknown_region": (
        "kode wilayah {found!r} tidak ada dalam daftar Kemendagri{hint_id}",
        "region code {found!r} is not in the Kemendagri list{hint_en}",
    ),
    "loading.region_not_yet": (
        "kode wilayah {found!r} baru berlaku sejak {since}",
        "region code {found!r} is only valid from {since}",
    ),
    "loading.region_name_mismatch": (
        "nama wilayah {found!r} tidak sesuai dengan kode {kode!r}, yaitu {expected}{hint_id}; "
        "perbaiki nama atau kodenya",
        "region name {found!r} does not match code {kode!r}, which is {expected}{hint_en}; "
        "correct the name or the code",
    ),
    "loading.unknown_source": (
        "sumber {found!r} tidak ada dalam daftar sumber (sumber[].id); id yang ada: {known}",
        "source {found!r} is not in the list of sources (sumber[].id); known ids: {known}",
    ),
    "loading.duplicate_source": (
        "id sumber {found!r} sudah dipakai oleh sumber[{first}]",
        "source id {found!r} is already used by sumber[{first}]",
    ),
    "loading.bad_list_path": (
        "{found!r} bukan letak sebuah daftar dalam dokumen ({hint_id}); contoh: {expected}",
        "{found!r} is not the path of a list in the document ({hint_en}); e.g. {expected}",
    ),
    "loading.bad_format": (
        "dokumen harus diawali 'format: {expected}', tetapi berisi {found!r}",
        "the document must start with 'format: {expected}', but it says {found!r}",
    ),
    "loading.missing_format": (
        "dokumen harus diawali 'format: {expected}'",
        "the document must start with 'format: {expected}'",
    ),
    "loading.not_a_mapping": (
        "dokumen harus berupa pemetaan kunci: nilai, tetapi berisi {found_id}{hint_id}",
        "the document must be a mapping of keys to values, but is {found_en}{hint_en}",
    ),
    "loading.syntax": ("tidak dapat dibaca: {detail}", "cannot be read: {detail}"),
    "loading.duplicate_key": (
        "kolom {key!r} ditulis dua kali (baris {line})",
        "field {key!r} is written twice (line {line})",
    ),
    "loading.yaml_alias": (
        "anchor/alias YAML (&, *) tidak didukung; tulis isinya secara lengkap (baris {line})",
        "YAML anchors/aliases (&, *) are not supported; write the content out (line {line})",
    ),
    "loading.yaml_tag": (
        "tag YAML {tag!r} tidak didukung (baris {line})",
        "YAML tag {tag!r} is not supported (line {line})",
    ),
    "loading.yaml_missing": (
        "untuk membaca YAML, pasang: pip install 'tkpk-rules[yaml]'",
        "to read YAML, install: pip install 'tkpk-rules[yaml]'",
    ),
    "loading.file": ("berkas tidak dapat dibuka: {detail}", "file cannot be opened: {detail}"),
    "loading.bad_range": (
        "akhir ({end}) lebih awal dari awal ({start})",
        "the end ({end}) comes before the start ({start})",
    ),
    "loading.letak_missing": (
        "isi kolom letak, misalnya {example!r} (#1 = baris ke-1 di lembar {owner})",
        "fill in column letak, e.g. {example!r} (#1 = the 1st row of sheet {owner})",
    ),
    "loading.limit": (
        "melebihi batas {what}: {found} > {limit}; "
        "naikkan batas bila dokumen ini memang sebesar itu",
        "exceeds the {what} limit: {found} > {limit}; "
        "raise the limit if the document really is that large",
    ),
    "loading.key_not_text": (
        "kunci harus berupa teks biasa, bukan {found_id} (baris {line})",
        "a key must be plain text, not {found_en} (line {line})",
    ),
    "loading.bad_text": (
        "teks berisi karakter yang tidak sah (surrogate tunggal U+{char}) pada posisi {at}",
        "the text holds an invalid character (lone surrogate U+{char}) at position {at}",
    ),
    "loading.duplicate_key_json": (
        "kolom {key!r} ditulis dua kali",
        "field {key!r} is written twice",
    ),
}

#: How the loader names a value's type (``loading.type.<kind>``).
LOADING.update(
    {
        "loading.type.str": ("teks", "text"),
        "loading.type.int": ("bilangan bulat", "a whole number"),
        "loading.type.float": ("bilangan pecahan", "a decimal number"),
        "loading.type.bool": ("ya/tidak (true/false)", "yes/no: ya/tidak or true/false"),
        "loading.type.date": ("tanggal (YYYY-MM-DD)", "a date (YYYY-MM-DD)"),
        "loading.type.datetime": ("tanggal dan jam", "a date and time"),
        "loading.type.date_or_year": (
            "tanggal (YYYY-MM-DD), tahun saja (2024) atau bulan saja (2024-05)",
            "a date (YYYY-MM-DD), a year alone (2024) or a month alone (2024-05)",
        ),
        "loading.type.list": ("daftar", "a list"),
        "loading.type.dict": ("pemetaan (kunci: nilai)", "a mapping (key: value)"),
        "loading.type.NoneType": ("kosong (null)", "empty (null)"),
        "loading.type.str_or_dict": (
            "teks atau pemetaan (kunci: nilai)",
            "text or a mapping (key: value)",
        ),
    }
)

#: The hints a problem's message ends with (``loading.hint.*``): a date as the clerk
#: most likely meant it, what is wrong with a list path or a region's name.
LOADING.update(
    {
        "loading.hint.date_time": (
            "; berisi jam juga: maksud Anda {iso}? (tulis tanggalnya saja)",
            "; it holds a time too: did you mean {iso}? (write the date alone)",
        ),
        "loading.hint.date_local": (
            "; maksud Anda {iso}? (tulis TTTT-BB-HH)",
            "; did you mean {iso}? (write YYYY-MM-DD)",
        ),
        "loading.hint.date": ("; maksud Anda {iso}?", "; did you mean {iso}?"),
        "loading.hint.month_only": (
            "; hanya bulan dan tahun ({shown}): tulis tanggal lengkapnya dari sumber, misalnya"
            " {shown}-01 bila memang tanggal 1; bila harinya tidak diketahui, kosongkan dan"
            " catat di keterangan",
            "; only a month and year ({shown}): write the full date from the source, e.g."
            " {shown}-01 if it really is the 1st; if the day is unknown, leave it out and say so"
            " in keterangan",
        ),
        "loading.hint.path.shape": (
            "tulis nama isian dipisah titik, misalnya tim.anggota",
            "write field names joined by dots, e.g. tim.anggota",
        ),
        "loading.hint.path.field": (
            "ada nama isian yang tidak dikenal",
            "a field name is not known",
        ),
        "loading.hint.path.not_list": ("isian itu bukan daftar", "that field is not a list"),
        "loading.hint.path.needs_index": (
            "di dalam daftar, sebutkan nomor urutnya, misalnya riwayat_tim[0].anggota",
            "inside a list, give its position, e.g. riwayat_tim[0].anggota",
        ),
        "loading.hint.path.index": (
            "nomor urut itu tidak ada dalam dokumen (dihitung dari 0)",
            "no item at that position in the document (counted from 0)",
        ),
        "loading.hint.name_of": ("; nama itu milik {named}", "; that name is {named}'s"),
        "loading.hint.level_word": (
            "; kata Kabupaten/Kota/Provinsi-nya keliru",
            "; its Kabupaten/Kota/Provinsi is wrong",
        ),
        "loading.hint.no_such_name": (
            "; tidak ada wilayah bernama itu",
            "; no region has that name",
        ),
    }
)

#: A clerk's likely mistakes, named with their fix (:mod:`tkpk_rules.io._clerk`).
LOADING.update(
    {
        "loading.blank_left": (
            "isian ini belum diisi ({blank}): ganti dengan isinya, atau hapus barisnya bila tidak"
            " diketahui",
            "this blank is not filled in ({blank}): write the value, or delete the line if it is"
            " not known",
        ),
        "loading.curly_quotes": (
            "nilai {found!r} diapit tanda kutip miring dari Word (“ ”), yang ikut tersimpan"
            ' sebagai bagian nilai; hapus, atau pakai tanda kutip biasa: "{inner}"',
            "the value {found!r} is wrapped in Word's curly quotes (“ ”), which would be stored"
            ' as part of it; remove them, or use straight quotes: "{inner}"',
        ),
        "loading.split_item": (
            "{found!r} tampaknya gelar dari nama sebelumnya ({before!r}) yang terpotong di koma;"
            ' dalam daftar [ ... ] koma memisahkan isi. Beri tanda kutip: "{whole}", atau tulis'
            ' satu nama per baris dengan "- "',
            "{found!r} looks like the degree of the name before it ({before!r}), cut at its"
            ' comma; in a [ ... ] list commas separate the items. Quote it: "{whole}", or write'
            ' one name per line with "- "',
        ),
        "loading.region_code_form": (
            "kode wilayah {found!r} ditulis tanpa titik; tulis '{fixed}'{name} dalam tanda"
            ' kutip: kode: "{fixed}"',
            "region code {found!r} is written without its dot; write '{fixed}'{name} in quotes:"
            ' kode: "{fixed}"',
        ),
        "loading.nbsp_key": (
            "kolom {key!r} berisi spasi tak-putus (non-breaking space, dari Word); hapus spasi di"
            " awal baris itu dan ketik ulang dengan tombol spasi",
            "unknown field {key!r} holds a non-breaking space (from Word); delete the spaces at"
            " the start of that line and type them again with the space bar",
        ),
        "loading.key_from_a_split_value": (
            "kolom {key!r} tidak dikenal; kemungkinan besar ini potongan nilai sebelumnya yang"
            " berisi koma dalam gaya {{ ... }}, misalnya gelar di belakang nama. Beri tanda"
            ' kutip pada seluruh nilai itu, contohnya: nama: "Dr. (nama), M.Si."',
            "unknown field {key!r}; most likely the tail of the value before it, which holds a"
            " comma inside {{ ... }}, such as a degree after a name. Put"
            ' the whole value in quotes, for example: nama: "Dr. (name), M.Si."',
        ),
        "loading.more_warnings": ("… {count} peringatan lagi", "{count} more warnings"),
        "loading.hint.csv_text": (
            "; isinya tampak seperti tabel CSV (misalnya ekspor Excel): pakai buku kerja dari"
            " 'tkpk-rules template', atau 'tkpk-rules convert' untuk mengubahnya",
            "; it looks like a CSV table (an Excel export, say): use the workbook from"
            " 'tkpk-rules template', or 'tkpk-rules convert' to change it",
        ),
        "loading.csv": (
            "berkas CSV (misalnya hasil ekspor Excel) tidak dapat dibaca: satu tabel tidak memuat"
            " seluruh catatan. Isi buku kerja dari 'tkpk-rules template catatan.xlsx' dan periksa"
            " .xlsx itu langsung, atau ubah dengan 'tkpk-rules convert catatan.xlsx"
            " catatan.yaml'",
            "a CSV file (an Excel export, say) cannot be read: one table cannot hold the whole"
            " record. Fill in the workbook from 'tkpk-rules template record.xlsx' and check that"
            " .xlsx directly, or convert it with 'tkpk-rules convert record.xlsx record.yaml'",
        ),
    }
)

#: A YAML text that cannot be read, or a file that is not UTF-8 (``loading.yaml.*``).
LOADING.update(
    {
        "loading.yaml.at": (
            "tidak dapat dibaca (kolom {column}): {cause}{tail}",
            "cannot be read (column {column}): {cause}{tail}",
        ),
        "loading.yaml.nbsp": (
            "ada spasi tak-putus (non-breaking space, biasanya dari Word atau halaman web) di"
            " sini; hapus lalu ketik ulang spasinya dengan tombol spasi",
            "there is a non-breaking space here (usually from Word or a web page); delete it and"
            " type the space again with the space bar",
        ),
        "loading.yaml.tab": (
            "ada karakter Tab; YAML hanya menerima spasi: ganti Tab dengan spasi (misalnya dua"
            " spasi per tingkat)",
            "there is a Tab character; YAML accepts spaces only: replace the Tab with spaces (two"
            " per level, say)",
        ),
        "loading.yaml.open_quote": (
            "tanda kutip yang dibuka di sini tidak ditutup; tambahkan tanda kutip penutup di akhir"
            " nilai",
            "the quote opened here is never closed; add the closing quote at the end of the value",
        ),
        "loading.yaml.indentation": (
            "indentasi (jumlah spasi di awal baris) tidak cocok dengan baris di atasnya; samakan"
            " spasinya dengan kolom lain pada tingkat yang sama",
            "the indentation (spaces at the start of the line) does not match the lines above;"
            " line it up with the other fields at the same level",
        ),
        "loading.yaml.colon": (
            "ada titik dua (:) di dalam nilai, atau indentasinya salah; bila nilainya berisi titik"
            ' dua, beri tanda kutip: kunci: "..." (baris: {shown})',
            "a colon (:) inside a value, or wrong indentation; if the value holds a colon, put it"
            ' in quotes: key: "..." (line: {shown})',
        ),
        "loading.yaml.bracket": (
            "kurung {{ }} atau [ ] tidak ditutup",
            "a bracket {{ }} or [ ] is never closed",
        ),
        "loading.yaml.other": ("susunan YAML tidak sah di sini", "the YAML is not valid here"),
        "loading.encoding.save_as_utf8": (
            "simpan ulang berkas sebagai UTF-8: di Notepad, File > Save As > Encoding: UTF-8; di"
            " Word, File > Save As > Plain Text (.txt) lalu pilih Unicode (UTF-8); dari Excel,"
            " jangan simpan sebagai teks atau CSV: isi buku kerja .xlsx (tkpk-rules template) dan"
            " periksa .xlsx itu langsung",
            "save the file again as UTF-8: in Notepad, File > Save As > Encoding: UTF-8; in Word,"
            " File > Save As > Plain Text (.txt), then choose Unicode (UTF-8); from Excel, do not"
            " save as text or CSV: fill in the .xlsx workbook (tkpk-rules template) and check"
            " that .xlsx directly",
        ),
        "loading.encoding.zip": (
            "berkas ini bukan teks YAML/JSON melainkan arsip ZIP: kemungkinan buku kerja Excel"
            " (.xlsx) atau dokumen Word (.docx) dengan nama lain. Buku kerja dibaca bila namanya"
            " berakhiran .xlsx; isi dokumen Word salin ke berkas .yaml.",
            "this file is not YAML/JSON text but a ZIP archive: most likely an Excel workbook"
            " (.xlsx) or a Word document (.docx) under another name. A workbook is read when its"
            " name ends in .xlsx; copy a Word document's text into a .yaml file.",
        ),
        "loading.encoding.ole": (
            "berkas ini bukan teks YAML/JSON melainkan berkas Office lama (Excel .xls atau Word"
            " .doc). Di Excel: File > Save As > Excel Workbook (.xlsx); isi dokumen Word salin ke"
            " berkas .yaml.",
            "this file is not YAML/JSON text but an old Office file (Excel .xls or Word .doc). In"
            " Excel: File > Save As > Excel Workbook (.xlsx); copy a Word document's text into a"
            " .yaml file.",
        ),
        "loading.encoding.utf16": (
            "berkas disimpan sebagai UTF-16 (di Notepad disebut 'Unicode'), bukan UTF-8; {fix}",
            "the file is saved as UTF-16 (Notepad calls it 'Unicode'), not UTF-8; {fix}",
        ),
        "loading.encoding.cp1252_guess": (
            " (dalam ANSI/cp1252 byte ini adalah {shown})",
            " (in ANSI/cp1252 this byte is {shown})",
        ),
        "loading.encoding.not_utf8": (
            "berkas tidak disimpan sebagai UTF-8 (tampaknya ANSI/Windows-1252); huruf pertama yang"
            " salah di kolom {column}{guess}; {fix}",
            "the file is not saved as UTF-8 (it looks like ANSI/Windows-1252); the first bad"
            " character is at column {column}{guess}; {fix}",
        ),
    }
)

#: The comments of the YAML skeleton of ``tkpk-rules init`` (``skeleton.*``; it is
#: written in Indonesian, the English is kept beside it as everywhere).
SKELETON_WORDS: dict[str, tuple[str, str]] = {
    "skeleton.head": (
        "Catatan TKPK {region}: isian awal dari 'tkpk-rules init --wilayah {code}'.\n"
        "Cara mengisi: ganti setiap ___ dengan isinya; tanggal ditulis TTTT-BB-HH\n"
        "(misalnya 2024-03-15), tahun empat angka, ya/tidak untuk pilihan ya atau tidak.\n"
        "Yang tidak diketahui: hapus barisnya. Kolom yang tidak ada berarti 'tidak\n"
        "tercatat' (hasilnya: belum dapat ditentukan), bukan pelanggaran.\n"
        "Jabatan pimpinan tim sudah diisi dengan yang lazim; samakan dengan keputusannya.\n"
        "Bagian bertanda # di depan bersifat pilihan: hapus tanda # untuk memakainya.\n"
        "Periksa: tkpk-rules validate berkas.yaml, lalu tkpk-rules check berkas.yaml",
        "TKPK record of {region}: a start from 'tkpk-rules init --wilayah {code}'.\n"
        "How to fill it in: replace every ___ with its value; dates as YYYY-MM-DD\n"
        "(e.g. 2024-03-15), years in four digits, ya/tidak for a yes or no.\n"
        "What is not known: delete its line. A field left out means 'not\n"
        "recorded' (the outcome: undetermined), never a violation.\n"
        "The team's leading posts are filled with the usual ones; match them to the decree.\n"
        "Parts starting with # are optional: remove the # to use them.\n"
        "Check: tkpk-rules validate file.yaml, then tkpk-rules check file.yaml",
    ),
    "skeleton.field": ("Isian {name}.", "The field {name}."),
    "skeleton.null": ("Tulis null bila tercatat tidak ada.", "Write null if recorded as none."),
    "skeleton.text_or_object": (
        "Tiap isian boleh teks biasa, misalnya:",
        "Each entry may be plain text, e.g.:",
    ),
    "skeleton.or_structured": (
        "atau terstruktur, dengan isian berikut:",
        "or structured, with these fields:",
    ),
    "skeleton.choices": ("pilihan: {choices}", "choices: {choices}"),
    "skeleton.choose_above": ("pilih dari daftar di atas", "choose from the list above"),
    "skeleton.yes_no": ("ya / tidak", "ya / tidak (yes / no)"),
    "skeleton.issuer": ("yang menerbitkan keputusan", "who issues the decree"),
    "skeleton.usual": (
        "lazimnya; ubah sesuai keputusan",
        "the usual one; change it to the decree's",
    ),
}

WORKBOOK_WORDS: dict[str, tuple[str, str]] = {
    # --- the guide sheet, one line each ("Indonesian / English" in the sheet) -------
    "workbook.guide.title": (
        "Petunjuk pengisian buku kerja TKPK",
        "How to fill in the TKPK workbook",
    ),
    "workbook.guide.1": (
        "1. Isi lembar Wilayah: kode wilayah Kemendagri dengan titik (misalnya 32.05).",
        "Fill in sheet Wilayah: the Kemendagri region code with its dot (e.g. 32.05).",
    ),
    "workbook.guide.2": (
        "2. Isi satu baris per orang, rapat, dokumen... di lembar masing-masing. Arahkan tetikus"
        " ke judul kolom untuk membaca penjelasannya.",
        "One row per person, meeting, document... on its sheet. Hover over a column header to"
        " read what it means.",
    ),
    "workbook.guide.3": (
        "3. Kolom yang tidak diketahui: biarkan kosong (artinya 'tidak tercatat', bukan"
        " pelanggaran).",
        "Unknown facts: leave the cell empty (it means 'not recorded', never a violation).",
    ),
    "workbook.guide.4": (
        "4. Tanggal: TTTT-BB-HH, misalnya 2024-03-15, atau sel tanggal Excel. Ya/tidak: tulis ya"
        " atau tidak.",
        "Dates: YYYY-MM-DD or an Excel date cell. Yes/no: write ya or tidak.",
    ),
    "workbook.guide.5": (
        "5. Lembar Anggota: kolom letak menunjukkan peran (tim.ketua, tim.sekretaris,"
        " tim.anggota, sekretariat.anggota...).",
        "Sheet Anggota: column letak gives the role.",
    ),
    "workbook.guide.6": (
        "6. Kolom berjudul [..] (abu-abu) biasanya dikosongkan: '{none}' = tercatat tidak ada,"
        " '{empty}' = daftar kosong, '{present}' = ada tanpa rincian.",
        "Grey [..] columns are usually left empty.",
    ),
    "workbook.guide.7": (
        "7. Kolom {text_column} (lembar Sumber, dan lembar Anggota untuk peserta rapat): isi"
        " {text_column} saja bila hanya teks yang tercatat, atau kolom lainnya, jangan keduanya"
        " dalam satu baris.",
        "Column {text_column}: fill it alone for an entry known only as text, or the other"
        " columns, never both in one row.",
    ),
    "workbook.guide.8": (
        "8. Periksa: tkpk-rules validate berkas.xlsx, lalu tkpk-rules check berkas.xlsx"
        " --format html > laporan.html.",
        "Check: tkpk-rules validate file.xlsx, then check.",
    ),
    "workbook.guide.sheets": ("Lembar", "sheets"),
    "workbook.guide.document": ("dokumen", "document"),
    # --- column comments ----------------------------------------------------------
    "workbook.choices": ("Pilihan: {choices}", "Choices: {choices}"),
    "workbook.only_for": ("Hanya untuk letak: {only}.", "Only for letak: {only}."),
    "workbook.status": (
        "Status {name}: biasanya dikosongkan. {marks}",
        "Status of {name}: usually left empty. {marks}",
    ),
    "workbook.none": ("tercatat tidak ada", "recorded as none"),
    "workbook.mark_empty_list": ("tercatat tidak ada satu pun", "recorded as none"),
    "workbook.mark_present": ("ada walau kolomnya kosong", "present, its cells empty"),
    "workbook.mark_none": ("tercatat tidak ada (null)", "recorded as none (null)"),
    "workbook.required": ("Wajib diisi.", "Required."),
    "workbook.kind.text": ("teks", "text"),
    "workbook.kind.date": ("tanggal TTTT-BB-HH", "date YYYY-MM-DD"),
    "workbook.kind.int": ("bilangan bulat", "whole number"),
    "workbook.kind.bool": ("ya/tidak", "ya/tidak (yes/no)"),
    "workbook.kind.enum": ("pilih dari daftar", "choose from the list"),
    "workbook.kind.list": ("satu nilai per baris dalam sel", "one value per line in the cell"),
    "workbook.pick_from_list": ("Pilih dari daftar", "choose from the list"),
    # --- reading and writing a workbook ---------------------------------------------
    "workbook.needs_excel": (
        "untuk membaca/menulis .xlsx, pasang: pip install 'tkpk-rules[excel]'",
        "to read or write .xlsx, install: pip install 'tkpk-rules[excel]'",
    ),
    "workbook.not_xlsx": ("bukan berkas .xlsx yang sah ({error})", "not a valid .xlsx ({error})"),
    "workbook.not_xlsx_text": (
        "bukan buku kerja Excel (.xlsx) melainkan berkas teks; bila isinya YAML, beri nama"
        " berakhiran .yaml",
        "not an Excel workbook (.xlsx) but a text file; if it holds YAML, give it a name ending"
        " in .yaml",
    ),
    "workbook.not_xlsx_ole": (
        "bukan buku kerja .xlsx melainkan berkas Office lama (.xls atau .doc); di Excel: File >"
        " Save As > Excel Workbook (.xlsx)",
        "not an .xlsx workbook but an old Office file (.xls or .doc); in Excel: File > Save As >"
        " Excel Workbook (.xlsx)",
    ),
    "workbook.not_xlsx_zip": (
        "arsip ZIP, tetapi bukan buku kerja Excel (.xlsx) (mungkin dokumen Word .docx)",
        "a ZIP archive, but not an Excel workbook (.xlsx) (a Word .docx, perhaps)",
    ),
    "workbook.too_long_for_a_cell": (
        "teks {length} huruf tidak muat dalam satu sel Excel (paling banyak {most}); simpan"
        " catatan ini sebagai YAML atau JSON",
        "a text of {length} characters does not fit in one Excel cell (at most {most}); keep"
        " this record as YAML or JSON",
    ),
    "workbook.duplicate_header": (
        "judul kolom {name!r} ditulis dua kali (kolom {first} dan {second}); hapus atau"
        " gabungkan salah satunya",
        "the column heading {name!r} is written twice (columns {first} and {second}); remove"
        " or merge one of them",
    ),
    "workbook.error_cell": (
        "sel berisi galat Excel {value} (rumus yang gagal); perbaiki rumusnya atau tulis"
        " nilainya langsung",
        "the cell holds the Excel error {value} (a formula that failed); fix the formula or"
        " type the value in",
    ),
    "workbook.bad_json": (
        "{escape}: JSON tidak sah (atau kunci ditulis dua kali, atau bersarang terlalu dalam)",
        "{escape}: invalid JSON (or a key written twice, or nested too deep)",
    ),
    "workbook.year_as_date": (
        "tanggal {day} mungkin tahun {year} yang diformat sebagai tanggal; bila hanya tahunnya"
        " yang diketahui, format sel sebagai Angka dan tulis {year}",
        "the date {day} may be the year {year} formatted as a date; if only the year is known,"
        " format the cell as Number and write {year}",
    ),
    "workbook.number_as_text": (
        "angka {number} dibaca sebagai teks {text}; format sel sebagai Teks bila angka nol di"
        " depan/belakang penting",
        "the number {number} was read as the text {text}; format the cell as Text if leading or"
        " trailing zeros matter",
    ),
    "workbook.date_as_text": (
        "tanggal dibaca sebagai teks {text}",
        "a date was read as the text {text}",
    ),
    "workbook.blank_lines": (
        "{count} baris kosong dalam sel dilewati",
        "{count} empty line(s) in the cell skipped",
    ),
    "workbook.text_and_columns": (
        "baris {row} mengisi kolom {text_column} dan juga kolom lain ({others}); isi"
        " {text_column} saja (teks biasa) atau kolom lainnya saja (terstruktur)",
        "row {row} fills {text_column} and other columns too ({others}); fill either"
        " {text_column} alone (plain text) or the other columns (structured)",
    ),
    "workbook.unknown_sheet": (
        "lembar {name!r} bukan lembar buku kerja ini dan isinya tidak akan terbaca; pindahkan"
        " barisnya ke lembar yang dikenal{hint_id}, atau hapus lembar ini (lembar yang dikenal:"
        " {known})",
        "the sheet {name!r} is not one of this workbook's and its contents would not be read;"
        " move its rows to a known sheet{hint_en}, or delete this sheet (known sheets: {known})",
    ),
    "workbook.sheet_hint": (" (mungkin lembar {close})", " (sheet {close}, perhaps)"),
    "workbook.no_header": (
        "sel berisi {value}, tetapi kolomnya tidak berjudul di baris 1 sehingga tidak terbaca;"
        " tulis judul kolomnya atau kosongkan sel",
        "the cell holds {value}, but its column has no heading in row 1, so it would not be"
        " read; write the column's heading or clear the cell",
    ),
    "workbook.month_format": (
        "tanggal {day} ditampilkan Excel hanya sebagai bulan atau tahun; dibaca sebagai {text}"
        " (tulis tanggal lengkap bila harinya diketahui)",
        "Excel shows the date {day} as a month or year only; read as {text} (write the full"
        " date if the day is known)",
    ),
    "workbook.did_you_mean": ("; mungkin maksud Anda {close}", "; did you mean {close}"),
    "workbook.marked_empty_sheet": (
        "[{location}] = '{empty}', tetapi lembar ini berisi baris",
        "[{location}] = '{empty}', yet this sheet has rows",
    ),
    "workbook.one_row_only": ("lembar ini hanya berisi satu baris", "this sheet holds one row"),
    "workbook.no_plain_text": (
        "letak {letak} tidak menerima teks biasa; isi kolom lainnya, bukan {text_column}",
        "letak {letak} takes no plain text; fill the other columns, not {text_column}",
    ),
    "workbook.no_such_row": (
        "letak {letak}: {name} #{number} tidak ada (hanya {count} baris)",
        "letak {letak}: {name} #{number} does not exist (only {count} rows)",
    ),
    "workbook.row_is_text": (
        "letak {letak}: {name} #{number} ditulis sebagai teks biasa (kolom {text_column})",
        "letak {letak}: {name} #{number} is written as plain text (column {text_column})",
    ),
    "workbook.recorded_none": (
        "letak {letak}: {name} tercatat '{none}'",
        "letak {letak}: {name} is recorded as none ('{none}')",
    ),
    "workbook.marked_empty_list": (
        "letak {letak}: daftar ini ditandai '{empty}' atau '{none}', tetapi ada barisnya",
        "letak {letak}: this list is marked '{empty}' or '{none}', yet has rows",
    ),
    "workbook.given_twice": ("letak {letak} diisi dua kali", "letak {letak} is given twice"),
}
