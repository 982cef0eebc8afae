"""What the engine says about a finding (regimes, levels, running years, doubtful records).

Keys ``"_engine.<variant>"`` (``.action`` for advice); ``"_shared.*"`` is advice
any rule may fall back on.  Dates and numbers come as parameters, never written
into the words.  Values are ``(indonesian, english)`` templates.
"""

from __future__ import annotations

ENGINE: dict[str, tuple[str, str]] = {
    "_shared.not_recorded.action": (
        "Lengkapi catatan dengan fakta yang diperlukan (lihat di atas).",
        "Add the facts needed (listed above) to the record.",
    ),
    "_engine.level_administrative": (
        "Tidak berlaku: {wilayah} adalah {tingkat} di DKI Jakarta, bukan daerah otonom; tim"
        " penanggulangan kemiskinannya diatur dengan peraturan gubernur sendiri, bukan"
        " peraturan ini.",
        "Not applicable: {wilayah} is a {tingkat} in DKI Jakarta, not an autonomous region; its"
        " poverty team falls under the governor's own regulation, not this one.",
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
        " sejak {pasti_sejak}). Aturan ini hanya berlaku menurut {aturan}.",
        "Undetermined: on {tanggal} it is not known whether Permendagri 42/2010 or 53/2020"
        " governed (the handover date is unknown; 53/2020 certainly governs from {pasti_sejak})."
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
        "Catat tim yang berlaku pada tahun itu, seperti disebut pada fakta yang diperlukan:"
        " tim saat ini (tim) atau tim terdahulu (riwayat_tim), beserta keputusan dan tanggal"
        " pembentukannya.",
        "Record the team in place that year, as the facts needed name: the current team (tim)"
        " or earlier teams (riwayat_tim), with their forming decrees and dates.",
    ),
    "_engine.no_team_that_year": (
        "Menurut catatan tidak ada tim pada tahun {tahun}; kewajiban tahunan tidak dinilai"
        " (lihat aturan pembentukan tim, ketentuan 53.formation).",
        "According to the record there was no team in {tahun}; yearly duties are not judged"
        " (see the rule on forming a team, provision 53.formation).",
    ),
    "_engine.team_undetermined": (
        "Belum dapat dinilai: catatan tidak memastikan tim mana yang berlaku pada {tanggal}"
        " ({tim}), karena ada yang hanya diketahui sebagian atau tidak dicatat ({kurang}:"
        " tanggal pembentukan, atau tim saat ini); hasilnya berbeda menurut tim ({hasil}).",
        "Cannot be judged: the record does not settle which team applied on {tanggal}"
        " ({tim}), because something is known only in part or not recorded ({kurang}: a"
        " forming date, or the current team); the outcome differs by team ({hasil}).",
    ),
    "_engine.team_undetermined.action": (
        "Catat yang disebut ({kurang}): tanggal lengkap keputusan pembentukan dari salinan"
        " keputusannya atau JDIH, atau tim saat ini (tim).",
        "Record what is named ({kurang}): the full date of the forming decree, from a copy of"
        " the decree or the JDIH, or the current team (tim).",
    ),
    "_engine.no_regulation": (
        "Tidak berlaku: pada {tanggal} tidak ada peraturan TKPK yang dikenal pustaka ini.",
        "Not applicable: on {tanggal} no TKPK regulation known to this library governed.",
    ),
    "_engine.running_year": (
        "Tahun {tahun} masih berjalan ({sisa_hari} hari lagi), jadi belum dinilai sebagai"
        " pelanggaran: {pesan}",
        "{tahun} is still running (days left: {sisa_hari}), so this is not yet judged a"
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
        " tidak tercatat belum tentu tidak ada. Temuan menurut yang tercatat saja: {pesan}",
        "Cannot be judged: the record does not speak for all of {alasan} (cakupan), so what"
        " it does not show may still have happened. The finding on what is recorded alone:"
        " {pesan}",
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
    "_engine.team_undated": (
        "Belum dapat dinilai: tanggal pembentukan tim tidak dicatat, jadi belum pasti tim"
        " sudah ada pada tahun {alasan}. Temuan bila tim sudah ada: {pesan}",
        "Cannot be judged: the team's forming date is not recorded, so whether the team"
        " existed in {alasan} is not known. The finding if it did: {pesan}",
    ),
    "_engine.team_undated.action": (
        "Catat tanggal keputusan pembentukan tim (tim.pembentukan.tanggal), atau tim"
        " sebelumnya (riwayat_tim).",
        "Record the date of the team's forming decree (tim.pembentukan.tanggal), or the"
        " earlier teams (riwayat_tim).",
    ),
    "_engine.team_undated_on": (
        "Belum dapat dinilai: tanggal pembentukan tim tidak dicatat ({alasan}), jadi belum"
        " pasti tim ini sudah ada pada tanggal yang dinilai. Temuan bila tim sudah ada: {pesan}",
        "Cannot be judged: the team's forming date is not recorded ({alasan}), so whether this"
        " team existed on the date judged is not known. The finding if it did: {pesan}",
    ),
    "_engine.team_undated_on.action": (
        "Catat tanggal keputusan pembentukan tim (tim.pembentukan.tanggal), atau tim"
        " sebelumnya (riwayat_tim).",
        "Record the date of the team's forming decree (tim.pembentukan.tanggal), or the"
        " earlier teams (riwayat_tim).",
    ),
    "_engine.item_undated": (
        "Belum dapat dinilai: tanggal penetapan atau keputusannya tidak dicatat ({alasan}),"
        " jadi belum pasti hal itu sudah ada pada tanggal yang dinilai. Temuan bila sudah"
        " ada: {pesan}",
        "Cannot be judged: its adoption or decree date is not recorded ({alasan}), so"
        " whether it existed on the date judged is not known. The finding if it did: {pesan}",
    ),
    "_engine.item_undated.action": (
        "Catat tanggal yang disebut pada fakta yang diperlukan: tanggal penetapan dokumen"
        " atau agenda kerja, atau tanggal keputusan pembentukan sekretariat.",
        "Record the date the facts needed name: the adoption date of the document or work"
        " agenda, or the date of the secretariat's forming decree.",
    ),
    "_engine.team_formed_in_year": (
        "Belum dapat dinilai: tim dibentuk {alasan}, dan catatan tidak menunjukkan ada tim pada"
        " 1 Januari tahun itu. Ringkasan aturan tidak menyebut apakah kewajiban tahunan berlaku"
        " penuh pada tahun tim dibentuk. Temuan bila berlaku penuh: {pesan}",
        "Cannot be judged: the team was formed {alasan}, and the record does not show a team"
        " on 1 January of that year. The brief of the law does not say whether a yearly duty"
        " applies in full to the year a team is formed. The finding if it does: {pesan}",
    ),
    "_engine.team_formed_in_year.action": (
        "Bila ada tim sebelumnya pada tahun itu, catat tim itu (riwayat_tim); bila tidak ada,"
        " biarkan belum ditentukan sampai teks resmi Permendagri 53/2020 dibaca.",
        "If an earlier team existed that year, record it (riwayat_tim); if none did, leave this"
        " undetermined until the official text of Permendagri 53/2020 is read.",
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
