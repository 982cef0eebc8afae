"""Every sentence the library shows about findings, in Indonesian and English.

Rule messages are not here: each rule declares its own beside its code
(:func:`tkpk_rules.rules._base.rule`), and the rulebook registers them as
``"<rule code>.<variant>"`` (``.action`` for advice, ``.title`` for the
rule's name).  Here: ``"_shared.*"`` for advice any rule may fall back on; ``"_engine.*"`` for
what the engine says (regimes, levels, running years); ``"ui.*"`` for report
headings and labels.  Values are ``(indonesian, english)``.
"""

from __future__ import annotations

M = tuple[str, str]

_SHARED: dict[str, M] = {
    "_shared.not_recorded.action": (
        "Lengkapi catatan dengan fakta yang diperlukan (lihat di atas).",
        "Add the facts needed (listed above) to the record.",
    ),
}

_ENGINE: dict[str, M] = {
    "_engine.level_administrative": (
        "Tidak berlaku: {wilayah} adalah {tingkat} di DKI Jakarta, bukan daerah otonom; tim"
        " penanggulangan kemiskinannya diatur dengan peraturan gubernur sendiri (Pergub DKI"
        " Jakarta 40/2018), bukan peraturan ini.",
        "Not applicable: {wilayah} is a {tingkat} in DKI Jakarta, not an autonomous region; its"
        " poverty team falls under the governor's own regulation (Pergub DKI Jakarta 40/2018),"
        " not this one.",
    ),
    "_engine.level_other": (
        "Tidak berlaku untuk {tingkat}; aturan ini untuk: {tingkat_aturan}.",
        "Not applicable to a {tingkat}; this rule is for: {tingkat_aturan}.",
    ),
    "_engine.regime_not_in_force": (
        "Tidak berlaku pada {tanggal}: aturan ini bersumber dari {aturan}, sedangkan yang"
        " berlaku saat itu {berlaku}.",
        "Not applicable on {tanggal}: this rule rests on {aturan}, while {berlaku} governed then.",
    ),
    "_engine.regime_uncertain": (
        "Belum dapat ditentukan: pada {tanggal} belum pasti apakah Permendagri 42/2010 atau"
        " 53/2020 yang berlaku (tanggal peralihan tidak diketahui; 53/2020 pasti berlaku"
        " sejak 2020-10-06). Aturan ini hanya berlaku menurut {aturan}.",
        "Undetermined: on {tanggal} it is not known whether Permendagri 42/2010 or 53/2020"
        " governed (the handover date is unknown; 53/2020 certainly governs from 2020-10-06)."
        " This rule holds only under {aturan}.",
    ),
    "_engine.regime_uncertain.action": (
        "Jika tanggal peralihan diketahui atau disepakati, berikan dengan --handover TANGGAL"
        " (atau handover= di Python).",
        "If the handover date is known or agreed, pass it with --handover DATE (or handover="
        " in Python).",
    ),
    "_engine.regime_changed_in_year": (
        "Belum dapat ditentukan untuk tahun {tahun}: peraturan yang berlaku berganti (atau"
        " mungkin berganti) dalam tahun itu, sehingga kewajiban setahun penuh tidak dapat"
        " dinilai. Aturan ini hanya berlaku menurut {aturan}.",
        "Undetermined for {tahun}: the governing regulation changed (or may have changed)"
        " during that year, so a full year's obligation cannot be judged. This rule holds"
        " only under {aturan}.",
    ),
    "_engine.regime_split_by_handover": (
        "Belum dapat ditentukan untuk tahun {tahun}: dengan tanggal peralihan {peralihan},"
        " {berlaku} masing-masing berlaku untuk sebagian tahun itu (53/2020 sejak"
        " {peralihan}); aturan ini hanya berlaku menurut {aturan}, dan hasilnya untuk tahun"
        " penuh ({hasil}) tidak menentukan kewajiban untuk bagian tahun itu. Tahun ini hanya"
        " terjawab bila kewajiban tahunannya terpenuhi.",
        "Undetermined for {tahun}: with the handover on {peralihan}, {berlaku} each govern"
        " part of that year (53/2020 from {peralihan}); this rule holds only under {aturan},"
        " and its answer for the whole year ({hasil}) does not settle the duty for that part."
        " The year is settled only when its yearly duty is met.",
    ),
    "_engine.no_team_in_year": (
        "Tahun {tahun} tidak dapat dinilai: tim yang berlaku pada tahun itu tidak dicatat.",
        "{tahun} cannot be judged: the team in place that year is not recorded.",
    ),
    "_engine.no_team_in_year.action": (
        "Catat tim terdahulu (riwayat_tim) beserta keputusan pembentukannya.",
        "Record earlier teams (riwayat_tim) with their forming decrees.",
    ),
    "_engine.no_team_that_year": (
        "Menurut catatan tidak ada tim pada tahun {tahun}; kewajiban tahunan tidak dinilai"
        " (lihat aturan pembentukan tim, ketentuan 53.formation).",
        "According to the record there was no team in {tahun}; yearly duties are not judged"
        " (see the rule on forming a team, provision 53.formation).",
    ),
    "_engine.team_undetermined": (
        "Belum dapat dinilai: catatan tidak memastikan tim mana yang berlaku pada {tanggal}"
        " ({tim}), karena tanggal pembentukannya hanya diketahui sebagian atau tidak dicatat"
        " ({kurang}); hasilnya berbeda menurut tim ({hasil}).",
        "Cannot be judged: the record does not settle which team applied on {tanggal}"
        " ({tim}), because a forming date is known only in part or not recorded"
        " ({kurang}); the outcome differs by team ({hasil}).",
    ),
    "_engine.team_undetermined.action": (
        "Catat tanggal lengkap keputusan pembentukan ({kurang}) dari salinan keputusannya"
        " atau JDIH.",
        "Record the full date of the forming decree ({kurang}) from a copy of the decree or"
        " the JDIH.",
    ),
    "_engine.no_regulation": (
        "Tidak berlaku: pada {tanggal} tidak ada peraturan TKPK yang dikenal pustaka ini.",
        "Not applicable: on {tanggal} no TKPK regulation known to this library governed.",
    ),
    "_engine.running_year": (
        "Tahun {tahun} masih berjalan ({sisa_hari} hari lagi), jadi belum dinilai sebagai"
        " pelanggaran: {pesan}",
        "{tahun} is still running ({sisa_hari} days left), so this is not yet judged a"
        " violation: {pesan}",
    ),
    "_engine.region_not_yet": (
        "Tidak berlaku: pada {tanggal} wilayah {wilayah} ({nama}) belum ada; kode ini berlaku"
        " sejak {sejak} ({dasar}). Sebelumnya wilayahnya: {sebelumnya}.",
        "Not applicable: on {tanggal} region {wilayah} ({nama}) did not exist yet; this code is"
        " valid from {sejak} ({dasar}). Before that its area was: {sebelumnya}.",
    ),
    "_engine.region_not_yet.action": (
        "Untuk tanggal sebelum {sejak}, nilai catatan dengan kode wilayah saat itu ({sebelumnya}),"
        " atau pilih tanggal penilaian sejak {sejak}.",
        "For dates before {sejak}, judge a record under the code of that time ({sebelumnya}),"
        " or judge on a date from {sejak} on.",
    ),
    "_engine.no_year": (
        "Tidak berlaku: pada {tanggal} tidak ada tahun yang dapat dinilai untuk aturan tahunan"
        " ini.",
        "Not applicable: on {tanggal} there is no year this yearly rule can judge.",
    ),
    "_engine.outside_coverage": (
        "Belum dapat dinilai: catatan tidak mencakup seluruh {alasan} (cakupan), jadi yang"
        " tidak tercatat belum tentu tidak ada. Temuan bila dinilai: {pesan}",
        "Cannot be judged: the record does not speak for all of {alasan} (cakupan), so what"
        " it does not show may still have happened. The finding if it did: {pesan}",
    ),
    "_engine.partial_list": (
        "Belum dapat dinilai: daftar {alasan} dicatat sebagian (cakupan.sebagian), jadi yang"
        " tidak tercantum belum tentu tidak ada. Temuan bila daftar lengkap: {pesan}",
        "Cannot be judged: the list {alasan} is recorded only in part (cakupan.sebagian), so"
        " what it does not show may still exist. The finding if the list were complete: {pesan}",
    ),
    "_engine.uncertain_fact": (
        "Belum dapat dinilai: fakta {alasan} dicatat belum pasti (kepastian: belum_pasti)."
        " Temuan bila fakta itu benar: {pesan}",
        "Cannot be judged: the fact {alasan} is recorded as uncertain (kepastian:"
        " belum_pasti). The finding if it is true: {pesan}",
    ),
    "_engine.outside_coverage.action": (
        "Lengkapi catatan untuk periode itu (dan perluas cakupan.mulai/selesai), atau biarkan"
        " belum ditentukan.",
        "Complete the record for that period (and widen cakupan.mulai/selesai), or leave it"
        " undetermined.",
    ),
    "_engine.partial_list.action": (
        "Periksa daftar lengkapnya pada sumber aslinya (SK, notulen) lalu catat semuanya dan"
        " hapus jalurnya dari cakupan.sebagian.",
        "Check the full list in its original source (the decree, the minutes), record all of"
        " it and remove its path from cakupan.sebagian.",
    ),
    "_engine.uncertain_fact.action": (
        "Pastikan fakta itu pada sumbernya, lalu ubah kepastiannya.",
        "Confirm the fact in its source, then change its kepastian.",
    ),
    "_engine.practice_departure": (
        "Saran (praktik, bukan kewajiban yang terbukti): {pesan}",
        "Advisory (practice, not a proven requirement): {pesan}",
    ),
}

_UI: dict[str, M] = {
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
    "ui.outcome.violation": ("Pelanggaran", "Violations"),
    "ui.outcome.advisory": ("Saran", "Advisories"),
    "ui.outcome.undetermined": ("Belum dapat ditentukan", "Undetermined"),
    "ui.outcome.compliant": ("Sesuai", "Compliant"),
    "ui.outcome.not_applicable": ("Tidak berlaku", "Not applicable"),
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
    "ui.certainty.disimpulkan": ("disimpulkan", "inferred"),
    "ui.defaults": (
        "Klasifikasi bawaan yang dipakai (unsur tidak dicatat)",
        "Default classifications applied (element not recorded)",
    ),
    "ui.certainty.belum_pasti": ("belum pasti", "uncertain"),
    "ui.unverified": (
        "dilaporkan, teks pasal belum diverifikasi",
        "reported, article text not verified",
    ),
    "ui.support.confirmed": ("terkonfirmasi", "confirmed"),
    "ui.support.quoted": (
        "pasal dikutip materi kementerian, teks lembaran negara belum diverifikasi",
        "article quoted by ministry material, gazette text not verified",
    ),
    "ui.support.reported": ("dua sumber atau lebih", "two or more sources"),
    "ui.support.single_source": ("satu sumber", "single source"),
    "ui.support.practice": ("praktik (saran saja)", "practice (advisory only)"),
    "ui.summary": (
        "{pelanggaran} pelanggaran, {saran} saran, {belum} belum dapat ditentukan, {sesuai}"
        " sesuai, {tidak_berlaku} tidak berlaku.",
        "{pelanggaran} violations, {saran} advisories, {belum} undetermined, {sesuai}"
        " compliant, {tidak_berlaku} not applicable.",
    ),
    "ui.progress.on_track": ("sesuai jalur", "on track"),
    "ui.progress.at_risk": ("berisiko", "at risk"),
    "ui.code": ("Kode", "Code"),
    "ui.outcome": ("Hasil", "Outcome"),
    "ui.message": ("Pesan", "Message"),
    "ui.file": ("Berkas", "File"),
    "ui.unreadable": ("tidak terbaca", "unreadable"),
    "ui.total": ("Jumlah", "Total"),
    "ui.at_risk": ("Berisiko", "At risk"),
    "ui.notice": (
        "Belum ada aturan yang terkonfirmasi dari teks resmi; setiap temuan menyebut dukungan"
        " sumbernya.",
        "No rule is confirmed from the official text yet; every finding states its source support.",
    ),
}


_DIFF_UI: dict[str, M] = {
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
    "ui.diff.outcome.violation": ("pelanggaran", "violation"),
    "ui.diff.outcome.advisory": ("saran", "advisory"),
    "ui.diff.outcome.undetermined": ("belum dapat ditentukan", "undetermined"),
    "ui.diff.outcome.compliant": ("sesuai", "compliant"),
    "ui.diff.outcome.not_applicable": ("tidak berlaku", "not applicable"),
}

#: Every message; the rules add theirs (declared beside each rule) when the rulebook is built.
MESSAGES: dict[str, M] = {**_SHARED, **_ENGINE, **_UI, **_DIFF_UI}
