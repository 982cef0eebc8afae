"""The headings and labels of rendered reports and of report comparisons.

Keys ``"ui.*"``, ``"ui.diff.*"`` and ``"ui.cli.*"`` (what the command line says
besides a report: its listings' headings, its notes and refusals; it writes a
refusal in both languages, Indonesian first: ``"<id> / <en>"``).  The words for
support levels, outcomes and certainty are the vocabulary's
(:mod:`tkpk_rules.i18n._vocabulary`), not here.
"""

from __future__ import annotations

UI: dict[str, tuple[str, str]] = {
    "ui.title": ("Laporan pemeriksaan TKPK", "TKPK check report"),
    "ui.region": ("Wilayah", "Region"),
    "ui.judged_on": ("Dinilai pada", "Judged on"),
    "ui.governing": ("Peraturan yang berlaku", "Governing regulation"),
    "ui.governing_uncertain": ("belum pasti: {calon}", "uncertain: {calon}"),
    "ui.handover": ("Tanggal peralihan 42/2010 → 53/2020", "42/2010 → 53/2020 handover date"),
    "ui.handover_default": (
        "tidak diberikan (tidak diketahui; {awal} s.d. {akhir} belum pasti)",
        "not given (unknown; {awal} to {akhir} uncertain)",
    ),
    "ui.version": ("Versi pustaka", "Library version"),
    "ui.rulebook": ("Hash aturan", "Rulebook hash"),
    "ui.input": ("Hash masukan", "Input hash"),
    "ui.none": ("(tidak ada)", "(none)"),
    "ui.where": ("Letak", "Where"),
    "ui.citation": ("Dasar", "Basis"),
    "ui.support": ("Dukungan sumber", "Source support"),
    "ui.facts": ("Fakta", "Facts"),
    "ui.missing": ("Fakta yang diperlukan", "Facts needed"),
    "ui.action": ("Tindak lanjut", "What to do"),
    "ui.certainty": (
        "Bertumpu pada fakta yang tidak dinyatakan sumber",
        "Rests on facts no source states",
    ),
    "ui.defaults": (
        "Klasifikasi bawaan yang dipakai (unsur tidak dicatat)",
        "Default classifications applied (element not recorded)",
    ),
    "ui.summary": (
        "{pelanggaran} pelanggaran, {saran} saran, {belum} belum dapat ditentukan, {sesuai}"
        " sesuai, {tidak_berlaku} tidak berlaku.",
        "{pelanggaran} violations, {saran} advisories, {belum} undetermined, {sesuai}"
        " compliant, {tidak_berlaku} not applicable.",
    ),
    "ui.code": ("Kode", "Code"),
    "ui.outcome": ("Hasil", "Outcome"),
    "ui.message": ("Pesan", "Message"),
    "ui.file": ("Berkas", "File"),
    "ui.unreadable": ("tidak terbaca", "unreadable"),
    "ui.total": ("Jumlah", "Total"),
    "ui.notice": (
        "Belum ada aturan yang terkonfirmasi dari teks resmi; setiap temuan menyebut dukungan"
        " sumbernya.",
        "No rule is confirmed from the official text yet; every finding states its source support.",
    ),
    "ui.diff.title": ("Perbandingan temuan TKPK", "TKPK findings compared"),
    "ui.diff.from": ("Dari tanggal", "From"),
    "ui.diff.to": ("Ke tanggal", "To"),
    "ui.diff.summary": (
        "{berubah} berubah hasil, {muncul} muncul, {hilang} hilang, {dasar} berganti dasar"
        " hukum, {tetap} tetap sama.",
        "{berubah} changed outcome, {muncul} appeared, {hilang} disappeared, {dasar} changed"
        " legal basis, {tetap} unchanged.",
    ),
    "ui.diff.kind.changed": ("Hasil berubah", "Outcome changed"),
    "ui.diff.kind.appeared": ("Temuan baru", "Appeared"),
    "ui.diff.kind.disappeared": ("Temuan hilang", "Disappeared"),
    "ui.diff.kind.rebased": (
        "Hasil sama, dasar hukum berganti",
        "Same outcome, another legal basis",
    ),
    # --- the command line ------------------------------------------------------------
    "ui.cli.today": (
        "Hari ini: {day}, tanggal setempat ({zone})",
        "Today: {day}, the region's local date ({zone})",
    ),
    "ui.cli.bad_date": ("{text} bukan tanggal YYYY-MM-DD", "{text} is not a YYYY-MM-DD date"),
    "ui.cli.bad_range": (
        "{text}: akhir rentang sebelum awalnya",
        "{text}: the range ends before it starts",
    ),
    "ui.cli.empty_folder": (
        "Folder {name} tidak berisi berkas .yaml/.yml/.json/.xlsx",
        "folder {name} holds no .yaml/.yml/.json/.xlsx files",
    ),
    "ui.cli.no_input": ("Sebutkan berkas, atau pakai --example", "name a file, or use --example"),
    "ui.cli.stdin_twice": (
        "Masukan standar (-) hanya dapat dibaca sekali",
        "standard input (-) can be read once",
    ),
    "ui.cli.stdin_reading": (
        "Membaca dokumen dari masukan standar; akhiri dengan Ctrl+D",
        "reading the document from standard input; end it with Ctrl+D",
    ),
    "ui.cli.html_title": ("Laporan pemeriksaan TKPK", "TKPK check report"),
    "ui.cli.one_file_not_folder": (
        "{name} adalah folder; perintah ini membaca satu berkas saja",
        "{name} is a folder; this command reads exactly one file",
    ),
    "ui.cli.one_file": (
        "Perintah ini membaca satu berkas saja",
        "this command reads exactly one file",
    ),
    "ui.cli.diff_one_file": (
        "diff membandingkan satu dokumen: sebutkan satu berkas atau --example",
        "diff compares one document: name one file or --example",
    ),
    "ui.cli.not_writing": ("Tidak menulis {name}: {reason}", "not writing {name}: {reason}"),
    "ui.cli.refuse.symlink": (
        "berkas itu tautan simbolik (symlink); tidak diikuti",
        "it is a symbolic link; links are never followed",
    ),
    "ui.cli.refuse.not_regular": ("bukan berkas biasa", "it is not a regular file"),
    # argparse's own words, with the Indonesian beside them.  The English side is
    # argparse's message as it writes it: it is also the pattern the error is matched by.
    "ui.cli.usage": ("cara pakai", "usage"),
    "ui.cli.error": ("galat", "error"),
    "ui.cli.options": ("opsi", "options"),
    "ui.cli.positionals": ("argumen", "positional arguments"),
    "ui.cli.usage_error.required": (
        "argumen wajib belum diberikan: {args}",
        "the following arguments are required: {args}",
    ),
    "ui.cli.usage_error.invalid_choice": (
        "argumen {arg}: pilihan tidak dikenal: {value} (pilih salah satu: {choices})",
        "argument {arg}: invalid choice: {value} (choose from {choices})",
    ),
    "ui.cli.usage_error.invalid_int": (
        "argumen {arg}: bukan bilangan bulat: {value}",
        "argument {arg}: invalid int value: {value}",
    ),
    "ui.cli.usage_error.invalid_value": (
        "argumen {arg}: nilai {kind} tidak sah: {value}",
        "argument {arg}: invalid {kind} value: {value}",
    ),
    "ui.cli.usage_error.expected_one": (
        "argumen {arg}: perlu satu nilai",
        "argument {arg}: expected one argument",
    ),
    "ui.cli.usage_error.expected_some": (
        "argumen {arg}: perlu paling sedikit satu nilai",
        "argument {arg}: expected at least one argument",
    ),
    "ui.cli.usage_error.not_allowed": (
        "argumen {arg}: tidak boleh bersama {other}",
        "argument {arg}: not allowed with argument {other}",
    ),
    "ui.cli.usage_error.unrecognized": (
        "argumen tidak dikenal: {args}",
        "unrecognized arguments: {args}",
    ),
    "ui.cli.usage_error.ambiguous": (
        "opsi {arg} ambigu, bisa berarti: {choices}",
        "ambiguous option: {arg} could match {choices}",
    ),
    "ui.cli.usage_error.other": (
        "perintah tidak dapat dipakai seperti itu",
        "the command cannot be used that way",
    ),
    "ui.cli.refuse.input": ("berkas itu masukan perintah ini", "it is an input of this command"),
    "ui.cli.refuse.exists": (
        "berkas sudah ada; pakai --force untuk menimpanya",
        "the file exists; use --force to overwrite it",
    ),
    "ui.cli.cannot_write": ("Tidak dapat menulis {name}", "cannot write {name}"),
    "ui.cli.cannot_write_output": ("Tidak dapat menulis keluaran", "cannot write the output"),
    "ui.cli.encoding": (
        "Keluaran tidak dapat menampung teks ini (pengodean {encoding}); pakai"
        " PYTHONIOENCODING=utf-8",
        "the output cannot take this text (encoding {encoding}); use PYTHONIOENCODING=utf-8",
    ),
    "ui.cli.internal_error": (
        "Galat internal tkpk-rules: {kind}. Ini kesalahan program, bukan kesalahan Anda."
        " Laporkan: {report_to}",
        "internal error in tkpk-rules: {kind}. This is a bug, not your mistake. Please report"
        " it: {report_to}",
    ),
    "ui.cli.rerun_debug": (
        " (jalankan ulang dengan --debug untuk rinciannya)",
        " (rerun with --debug for the details)",
    ),
    "ui.cli.suffix": (
        "{name}: akhiran harus .yaml, .yml, .json atau .xlsx",
        "{name}: the suffix must be .yaml, .yml, .json or .xlsx",
    ),
    "ui.cli.yaml_only": (
        "{name}: nama berkas harus berakhiran .yaml atau .yml (init menulis teks YAML; untuk"
        " buku kerja Excel: tkpk-rules template NAMA.xlsx)",
        "{name}: the file name must end in .yaml or .yml (init writes YAML text; for an Excel"
        " workbook: tkpk-rules template NAME.xlsx)",
    ),
    "ui.cli.xlsx_only": (
        "{name}: nama berkas harus berakhiran .xlsx",
        "{name}: the file name must end in .xlsx",
    ),
    "ui.cli.skeleton_written": (
        "{name}: kerangka ditulis; ganti setiap ___ lalu 'tkpk-rules validate {name}'",
        "{name}: skeleton written; fill in every ___, then 'tkpk-rules validate {name}'",
    ),
    "ui.cli.workbook_written": (
        "{name}: buku kerja ditulis; isi lalu periksa dengan 'tkpk-rules validate {name}'",
        "{name}: workbook written; fill it in, then check it with 'tkpk-rules validate {name}'",
    ),
    "ui.cli.plan.past": (
        "Peringatan: {count} kegiatan yang direncanakan sudah berakhir sebelum hari ini"
        " ({today}): {days}. Untuk merencanakan tahun depan: --year {next}",
        "warning: {count} planned items end before today ({today}): {days}. To plan next"
        " year: --year {next}",
    ),
    "ui.cli.calendar_written": (
        "Kalender ditulis ke {name} ({events} acara)",
        "calendar written to {name} ({events} events)",
    ),
    "ui.cli.no_schema": ("Skema {kind} belum tersedia", "schema {kind} is not available"),
    "ui.cli.workers": (
        "--workers harus 1..{most}, bukan {got}",
        "--workers must be 1..{most}, not {got}",
    ),
    "ui.cli.port": ("--port harus 0..65535", "--port must be 0..65535"),
    "ui.cli.diff_reversed": (
        "--from {first} sesudah --to {last}; tukar keduanya",
        "--from {first} is after --to {last}; swap them",
    ),
    "ui.cli.server_missing": (
        "Layanan HTTP perlu: pip install 'tkpk-rules[server]' ({module})",
        "the HTTP service needs: pip install 'tkpk-rules[server]' ({module})",
    ),
    "ui.cli.next": (
        "Berikutnya: periksa catatan Anda sendiri dengan `tkpk-rules check tim-saya.yaml`\n"
        "(mulai dari halaman dokumentasi 'Daftar isian dokumen' atau `tkpk-rules schema`).",
        "Next: check your own record with `tkpk-rules check my-team.yaml`\n"
        "(start from `tkpk-rules schema` or the docs page 'Document format').",
    ),
    "ui.cli.another_example": (
        "Contoh lain: tkpk-rules check --example {name}",
        "Another example: tkpk-rules check --example {name} --lang en",
    ),
    "ui.cli.due.head": ("{region} — kewajiban per {day}", "{region} — obligations as of {day}"),
    "ui.cli.due.open": ("Yang masih harus dilakukan tahun {year}:", "Still to do in {year}:"),
    "ui.cli.due.nothing": (
        "Tidak ada lagi yang harus dilakukan tahun {year}.",
        "Nothing left to do in {year}.",
    ),
    "ui.cli.due.done": ("Sudah selesai:", "Done:"),
    "ui.cli.due.deadline": ("tenggat {day}", "date {day}"),
    "ui.cli.plan.head": (
        "Rancangan agenda kerja tahunan {year} — {region}",
        "Draft annual work agenda {year} — {region}",
    ),
    "ui.cli.plan.span": ("{start} s.d. {end}", "{start} to {end}"),
    "ui.cli.plan.why": ("Alasan: {why}", "Why: {why}"),
    "ui.cli.plan.origin.direncanakan": ("direncanakan", "planned"),
    "ui.cli.plan.origin.tetap": ("tanggal tetap", "fixed date"),
    "ui.cli.plan.origin.terlaksana": ("sudah terlaksana", "already held"),
    "ui.cli.plan.origin.dijadwalkan": ("sudah dijadwalkan", "already scheduled"),
    "ui.cli.coverage.encoded": ("disandikan oleh", "encoded by"),
    "ui.cli.coverage.not_checkable": ("tidak dapat diperiksa", "not machine-checkable"),
}
