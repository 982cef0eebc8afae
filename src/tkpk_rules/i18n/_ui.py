"""The headings and labels of rendered reports and of report comparisons.

Keys ``"ui.*"`` and ``"ui.diff.*"``.  The words for support levels, outcomes and
certainty are the vocabulary's (:mod:`tkpk_rules.i18n._vocabulary`), not here.
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
}
