"""Every sentence the library shows about findings, in Indonesian and English.

Keys: ``"<rule code>.<variant>"`` for a finding's message, with ``.action``
for what to do about it and ``.title`` for the rule's one-line name;
``"_shared.<variant>"`` for wording several rules share; ``"_engine.*"`` for
what the engine says (regimes, levels, running years); ``"ui.*"`` for report
headings and labels.  Values are ``(indonesian, english)``.
"""

from __future__ import annotations

from collections.abc import Mapping

M = tuple[str, str]

_SHARED: dict[str, M] = {
    "_shared.no_team_record": (
        "Tim yang berlaku pada tanggal ini tidak dicatat; aturan ini tidak dapat dinilai.",
        "The team in place on this date is not recorded; this rule cannot be judged.",
    ),
    "_shared.no_team_record.action": (
        "Catat tim (keputusan pembentukan dan susunannya).",
        "Record the team (its forming decree and composition).",
    ),
    "_shared.no_team": (
        "Tidak ada tim pada tanggal ini; lihat TKPK53-FRM-001.",
        "There is no team on this date; see TKPK53-FRM-001.",
    ),
    "_shared.docs_not_recorded": (
        "Dokumen perencanaan tidak dicatat.",
        "Planning documents are not recorded.",
    ),
    "_shared.docs_not_recorded.action": (
        "Catat dokumen RPKD, RAT, laporan pelaksanaan dan RPJMD di bagian 'dokumen'.",
        "Record the RPKD, RAT, implementation report and RPJMD under 'dokumen'.",
    ),
    "_shared.not_recorded.action": (
        "Lengkapi catatan dengan fakta yang diperlukan (lihat di atas).",
        "Add the facts needed (listed above) to the record.",
    ),
}

_ENGINE: dict[str, M] = {
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
        " (lihat TKPK53-FRM-001).",
        "According to the record there was no team in {tahun}; yearly duties are not judged"
        " (see TKPK53-FRM-001).",
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
    "_engine.practice_departure": (
        "Saran (praktik, bukan kewajiban yang terbukti): {pesan}",
        "Advisory (practice, not a proven requirement): {pesan}",
    ),
}

_RULES: dict[str, M] = {
    # ---- formation
    "TKPK53-FRM-001.title": ("Daerah membentuk TKPK", "The region forms a TKPK"),
    "TKPK53-FRM-001.not_recorded": (
        "Tidak diketahui apakah ada tim pada tanggal ini: tim tidak dicatat.",
        "Whether a team existed on this date is unknown: the team is not recorded.",
    ),
    "TKPK53-FRM-001.not_recorded.action": (
        "Catat tim yang berlaku (tim) dan tim terdahulu (riwayat_tim).",
        "Record the current team (tim) and earlier teams (riwayat_tim).",
    ),
    "TKPK53-FRM-001.none": (
        "Menurut catatan, tidak ada TKPK pada {tanggal}.",
        "According to the record, there was no TKPK on {tanggal}.",
    ),
    "TKPK53-FRM-001.none.action": (
        "Bentuk TKPK dengan keputusan kepala daerah, atau catat keputusan yang sudah ada.",
        "Form a TKPK by decree of the head of region, or record the existing decree.",
    ),
    "TKPK53-FRM-001.expired": (
        "Masa kerja tim yang tercatat berakhir {selesai} dan tidak ada tim sesudahnya yang"
        " dicatat; tidak dapat dipastikan apakah tim masih ada.",
        "The recorded team's term ended on {selesai} and no later team is recorded; whether"
        " a team still stands cannot be told.",
    ),
    "TKPK53-FRM-001.expired.action": (
        "Catat keputusan pembentukan tim yang baru, atau perpanjangan masa kerja.",
        "Record the decree forming the new team, or extending the term.",
    ),
    "TKPK53-FRM-001.formed": (
        "TKPK terbentuk: {nama}.",
        "A TKPK is in place: {nama}.",
    ),
    # ---- instrument
    "TKPK53-INS-001.title": (
        "Tim dibentuk oleh kepala daerah",
        "The team is formed by the head of region",
    ),
    "TKPK53-INS-001.not_recorded": (
        "Instrumen pembentukan tim tidak dicatat.",
        "The instrument forming the team is not recorded.",
    ),
    "TKPK53-INS-001.not_recorded.action": (
        "Catat keputusan pembentukan: jenis, penerbit, nomor, tanggal.",
        "Record the forming decree: form, issuer, number, date.",
    ),
    "TKPK53-INS-001.issuer_not_recorded": (
        "Penerbit instrumen pembentukan tidak dicatat (seharusnya {diharapkan}).",
        "Who issued the forming instrument is not recorded (expected: {diharapkan}).",
    ),
    "TKPK53-INS-001.ok": (
        "Tim dibentuk dengan instrumen {penerbit}.",
        "The team was formed by an instrument of the {penerbit}.",
    ),
    "TKPK53-INS-001.ok_acting": (
        "Tim dibentuk dengan instrumen {penerbit}, ditandatangani pejabat {status}; dicatat"
        " sebagai fakta.",
        "The team was formed by an instrument of the {penerbit}, signed by an acting official"
        " ({status}); recorded as a fact.",
    ),
    "TKPK53-INS-001.wrong_issuer": (
        "Instrumen pembentukan diterbitkan oleh {penerbit}, bukan {diharapkan}.",
        "The forming instrument was issued by {penerbit}, not by the {diharapkan}.",
    ),
    "TKPK53-INS-001.wrong_issuer.action": (
        "Terbitkan keputusan pembentukan oleh {diharapkan}.",
        "Have the {diharapkan} issue the forming decree.",
    ),
    "TKPK53-INS-002.title": (
        "Bentuk instrumen: keputusan (peraturan diterima)",
        "Form of instrument: a decree (a regulation is accepted)",
    ),
    "TKPK53-INS-002.not_recorded": (
        "Instrumen pembentukan tim tidak dicatat.",
        "The instrument forming the team is not recorded.",
    ),
    "TKPK53-INS-002.form_not_recorded": (
        "Bentuk instrumen (keputusan atau peraturan) tidak dicatat.",
        "The form of the instrument (decree or regulation) is not recorded.",
    ),
    "TKPK53-INS-002.keputusan": (
        "Tim dibentuk dengan keputusan, bentuk yang disebut sumber.",
        "The team was formed by a decree, the form the source names.",
    ),
    "TKPK53-INS-002.peraturan": (
        "Tim dibentuk dengan peraturan kepala daerah, bukan keputusan. Diterima (banyak daerah"
        " melakukannya), tetapi sumber menyebut keputusan.",
        "The team was formed by a regulation of the head of region rather than a decree."
        " Accepted (many regions do this), but the source names a decree.",
    ),
    "TKPK53-INS-002.peraturan.action": (
        "Pada penerbitan berikutnya, pertimbangkan bentuk keputusan.",
        "When the instrument is next issued, consider the decree form.",
    ),
    # ---- membership
    "TKPK53-MEM-001.title": (
        "Anggota dari empat unsur",
        "Members from the four elements",
    ),
    "TKPK53-MEM-001.all_four_stated": (
        "Keempat unsur terwakili ({jumlah} anggota).",
        "All four elements are represented ({jumlah} members).",
    ),
    "TKPK53-MEM-001.all_four_default": (
        "Keempat unsur terwakili ({jumlah} anggota; {bawaan} diklasifikasikan dengan"
        " klasifikasi bawaan pustaka karena unsurnya tidak dicatat, lihat fakta).",
        "All four elements are represented ({jumlah} members; {bawaan} classified by the"
        " library's default because their element is not recorded, see facts).",
    ),
    "TKPK53-MEM-001.all_four_default.action": (
        "Jika klasifikasi bawaan tidak tepat, catat 'unsur' anggota tersebut.",
        "If a default classification is wrong, record that member's 'unsur'.",
    ),
    "TKPK53-MEM-001.members_not_recorded": (
        "Daftar anggota tidak dicatat; unsur yang belum tampak: {kurang}.",
        "The member list is not recorded; elements not yet seen: {kurang}.",
    ),
    "TKPK53-MEM-001.members_not_recorded.action": (
        "Catat daftar anggota (tim.anggota) beserta unsurnya.",
        "Record the member list (tim.anggota) with each member's element.",
    ),
    "TKPK53-MEM-001.unclassified": (
        "Unsur yang belum tampak: {kurang}; {tanpa_unsur} anggota tidak dapat diklasifikasikan.",
        "Elements not seen: {kurang}; {tanpa_unsur} members cannot be classified.",
    ),
    "TKPK53-MEM-001.unclassified.action": (
        "Catat 'unsur' atau 'kategori' anggota yang tercantum di fakta 'anggota_tanpa_unsur'.",
        "Record 'unsur' or 'kategori' for the members listed in 'anggota_tanpa_unsur'.",
    ),
    "TKPK53-MEM-001.missing_elements": (
        "Unsur keanggotaan yang tidak terwakili: {kurang}.",
        "Elements with no member: {kurang}.",
    ),
    "TKPK53-MEM-001.missing_elements.action": (
        "Tambahkan anggota dari unsur tersebut dalam keputusan pembentukan.",
        "Add members from those elements in the forming decree.",
    ),
    # ---- leadership: chair
    "TKPK53-LDR-001.title": ("Ketua adalah wakil kepala daerah", "The chair is the deputy head"),
    "TKPK53-LDR-001.not_recorded": (
        "Ketua tim tidak dicatat (seharusnya {diharapkan}).",
        "The team's chair is not recorded (expected: {diharapkan}).",
    ),
    "TKPK53-LDR-001.vacant": (
        "Jabatan {diharapkan} kosong sejak {mulai} (tercatat), jadi tidak ada wakil kepala"
        " daerah yang dapat menjadi ketua; ketua yang ditunjuk ({ketua}) dicatat, bukan"
        " pelanggaran.",
        "The {diharapkan} post has been vacant since {mulai} (recorded), so no deputy head"
        " exists to chair; the chair named ({ketua}) is recorded, not a violation.",
    ),
    "TKPK53-LDR-001.vacant_no_chair": (
        "Jabatan {diharapkan} kosong sejak {mulai} (tercatat) dan tim tidak mempunyai ketua.",
        "The {diharapkan} post has been vacant since {mulai} (recorded) and the team has no chair.",
    ),
    "TKPK53-LDR-001.vacant_no_chair.action": (
        "Tetapkan siapa yang memimpin tim selama jabatan kosong (biasanya Sekda).",
        "Name who leads the team while the post is vacant (usually the sekda).",
    ),
    "TKPK53-LDR-001.ok": ("Ketua tim adalah {jabatan}.", "The chair is the {jabatan}."),
    "TKPK53-LDR-001.ok_acting": (
        "Ketua tim adalah {jabatan} ({status}); status pejabat dicatat.",
        "The chair is the {jabatan} ({status}); the acting status is recorded.",
    ),
    "TKPK53-LDR-001.office_not_recorded": (
        "Jabatan ketua tidak dicatat (seharusnya {diharapkan}).",
        "The chair's office is not recorded (expected: {diharapkan}).",
    ),
    "TKPK53-LDR-001.title_mismatch": (
        "Ketua tercatat sebagai {jabatan}, padahal wilayah ini {tingkat} (seharusnya"
        " {diharapkan}); kemungkinan salah catat.",
        "The chair is recorded as {jabatan}, but this region is a {tingkat} (expected:"
        " {diharapkan}); probably a recording error.",
    ),
    "TKPK53-LDR-001.title_mismatch.action": (
        "Periksa dan perbaiki jenis jabatan ketua.",
        "Check and correct the chair's kind of office.",
    ),
    "TKPK53-LDR-001.vacancy_not_recorded": (
        "Ketua adalah {jabatan}, bukan {diharapkan}; apakah jabatan {diharapkan} sedang kosong"
        " tidak dicatat.",
        "The chair is the {jabatan}, not the {diharapkan}; whether the {diharapkan} post was"
        " vacant is not recorded.",
    ),
    "TKPK53-LDR-001.vacancy_not_recorded.action": (
        "Catat kekosongan jabatan (kekosongan_jabatan), atau daftar kosong jika tidak ada.",
        "Record vacancies (kekosongan_jabatan), or an empty list if there were none.",
    ),
    "TKPK53-LDR-001.no_chair": (
        "Tim tidak mempunyai ketua; seharusnya {diharapkan}.",
        "The team has no chair; it should be the {diharapkan}.",
    ),
    "TKPK53-LDR-001.no_chair.action": (
        "Tetapkan {diharapkan} sebagai ketua dalam keputusan pembentukan.",
        "Name the {diharapkan} as chair in the forming decree.",
    ),
    "TKPK53-LDR-001.vacancy_ended": (
        "Ketua adalah {jabatan}. Jabatan {diharapkan} sempat kosong, tetapi kekosongan berakhir"
        " {selesai}; sejak itu ada wakil kepala daerah dan keputusan belum disesuaikan.",
        "The chair is the {jabatan}. The {diharapkan} post was vacant, but the vacancy ended on"
        " {selesai}; since then a deputy head exists and the decree has not been updated.",
    ),
    "TKPK53-LDR-001.vacancy_ended.action": (
        "Perbarui keputusan: {diharapkan} sebagai ketua.",
        "Update the decree: the {diharapkan} as chair.",
    ),
    "TKPK53-LDR-001.not_deputy": (
        "Ketua adalah {jabatan}, bukan {diharapkan}.",
        "The chair is the {jabatan}, not the {diharapkan}.",
    ),
    "TKPK53-LDR-001.not_deputy.action": (
        "Tetapkan {diharapkan} sebagai ketua, atau catat kekosongan jabatannya jika kosong.",
        "Name the {diharapkan} as chair, or record the vacancy if the post is empty.",
    ),
    # ---- leadership: secretary
    "TKPK53-LDR-002.title": (
        "Sekretaris adalah kepala badan perencanaan",
        "The secretary heads the planning agency",
    ),
    "TKPK53-LDR-002.not_recorded": (
        "Sekretaris tim tidak dicatat.",
        "The team's secretary is not recorded.",
    ),
    "TKPK53-LDR-002.none": (
        "Tim tidak mempunyai sekretaris; seharusnya kepala badan perencanaan daerah.",
        "The team has no secretary; it should be the head of the planning agency.",
    ),
    "TKPK53-LDR-002.none.action": (
        "Tetapkan kepala badan perencanaan (Bappeda atau sebutan lain) sebagai sekretaris.",
        "Name the head of the planning agency (Bappeda or its local name) as secretary.",
    ),
    "TKPK53-LDR-002.office_not_recorded": (
        "Jabatan sekretaris tidak dicatat dan tidak dapat disimpulkan dari nama instansi.",
        "The secretary's office is not recorded and cannot be inferred from an agency name.",
    ),
    "TKPK53-LDR-002.ok": (
        "Sekretaris adalah kepala badan perencanaan ({instansi}).",
        "The secretary heads the planning agency ({instansi}).",
    ),
    "TKPK53-LDR-002.ok_acting": (
        "Sekretaris adalah kepala badan perencanaan ({instansi}), berstatus {status}; status"
        " pejabat dicatat.",
        "The secretary heads the planning agency ({instansi}) as {status}; the acting status"
        " is recorded.",
    ),
    "TKPK53-LDR-002.ok_inferred": (
        "Sekretaris adalah kepala badan perencanaan: disimpulkan dari nama instansi"
        " ({instansi}), karena jenis jabatan tidak dicatat.",
        "The secretary heads the planning agency: inferred from the agency name ({instansi}),"
        " as the kind of office is not recorded.",
    ),
    "TKPK53-LDR-002.ok_inferred.action": (
        "Catat jenis jabatan 'kepala_perencanaan' agar tidak perlu disimpulkan.",
        "Record the kind of office 'kepala_perencanaan' so it need not be inferred.",
    ),
    "TKPK53-LDR-002.not_head_inferred": (
        "Sekretaris berasal dari badan perencanaan, tetapi jabatannya ({jabatan}) bukan kepala"
        " badan.",
        "The secretary is from the planning agency, but the title ({jabatan}) is not its head.",
    ),
    "TKPK53-LDR-002.not_head_inferred.action": (
        "Tetapkan kepala badan perencanaan sebagai sekretaris, atau perbaiki catatan jabatannya.",
        "Name the head of the planning agency as secretary, or correct the recorded title.",
    ),
    "TKPK53-LDR-002.not_planning_head": (
        "Sekretaris adalah {jabatan}, bukan kepala badan perencanaan.",
        "The secretary is the {jabatan}, not the head of the planning agency.",
    ),
    "TKPK53-LDR-002.not_planning_head.action": (
        "Tetapkan kepala badan perencanaan sebagai sekretaris.",
        "Name the head of the planning agency as secretary.",
    ),
    # ---- leadership: vice-chair (practice)
    "TKPK53-LDR-003.title": (
        "Wakil ketua adalah Sekda (praktik)",
        "The vice-chair is the sekda (practice)",
    ),
    "TKPK53-LDR-003.not_recorded": (
        "Wakil ketua tidak dicatat.",
        "The vice-chair is not recorded.",
    ),
    "TKPK53-LDR-003.ok": (
        "Wakil ketua adalah Sekretaris Daerah, sesuai praktik.",
        "The vice-chair is the regional secretary, as in practice.",
    ),
    "TKPK53-LDR-003.sekda_chairs": (
        "Sekretaris Daerah memimpin tim sebagai ketua; praktik wakil ketua = Sekda tidak relevan.",
        "The regional secretary chairs the team; the practice of sekda as vice-chair does not"
        " arise.",
    ),
    "TKPK53-LDR-003.none": (
        "Tim tidak mempunyai wakil ketua; dalam praktik Sekda menjadi wakil ketua (aturan"
        " 42/2010). Bukan kewajiban yang terbukti menurut 53/2020.",
        "The team has no vice-chair; in practice the sekda is vice-chair (a 42/2010 rule)."
        " Not a proven requirement under 53/2020.",
    ),
    "TKPK53-LDR-003.none.action": (
        "Pertimbangkan Sekda sebagai wakil ketua.",
        "Consider the sekda as vice-chair.",
    ),
    "TKPK53-LDR-003.office_not_recorded": (
        "Jabatan wakil ketua tidak dicatat.",
        "The vice-chair's office is not recorded.",
    ),
    "TKPK53-LDR-003.other": (
        "Wakil ketua adalah {jabatan}; dalam praktik Sekda. Bukan kewajiban yang terbukti"
        " menurut 53/2020.",
        "The vice-chair is the {jabatan}; in practice the sekda. Not a proven requirement"
        " under 53/2020.",
    ),
    "TKPK53-LDR-003.other.action": (
        "Pertimbangkan Sekda sebagai wakil ketua.",
        "Consider the sekda as vice-chair.",
    ),
    # ---- secretariat
    "TKPK53-SEC-001.title": (
        "Gubernur membentuk Sekretariat TKPK dengan keputusan",
        "The governor forms a TKPK secretariat by decree",
    ),
    "TKPK53-SEC-002.title": (
        "Bupati/wali kota membentuk Sekretariat TKPK (disimpulkan)",
        "The bupati/wali kota forms a TKPK secretariat (inferred)",
    ),
    "TKPK53-SEC-003.title": (
        "Sekretariat berkedudukan di badan perencanaan (praktik)",
        "The secretariat sits in the planning agency (practice)",
    ),
    "TKPK53-SEC-001.not_recorded": (
        "Sekretariat tidak dicatat.",
        "The secretariat is not recorded.",
    ),
    "TKPK53-SEC-002.not_recorded": (
        "Sekretariat tidak dicatat.",
        "The secretariat is not recorded.",
    ),
    "TKPK53-SEC-003.not_recorded": (
        "Sekretariat tidak dicatat.",
        "The secretariat is not recorded.",
    ),
    "TKPK53-SEC-001.none": (
        "Menurut catatan, tidak ada Sekretariat TKPK.",
        "According to the record, there is no TKPK secretariat.",
    ),
    "TKPK53-SEC-001.none.action": (
        "Bentuk Sekretariat TKPK dengan keputusan gubernur.",
        "Form the TKPK secretariat by decree of the governor.",
    ),
    "TKPK53-SEC-002.none": (
        "Menurut catatan, tidak ada Sekretariat TKPK. Untuk kab/kota kewajiban ini hanya"
        " disimpulkan dari ketentuan provinsi, jadi hanya saran.",
        "According to the record, there is no TKPK secretariat. For a kab/kota this duty is"
        " only inferred from the provincial one, so this is an advisory.",
    ),
    "TKPK53-SEC-002.none.action": (
        "Pertimbangkan membentuk Sekretariat TKPK dengan keputusan kepala daerah.",
        "Consider forming a TKPK secretariat by decree of the head of region.",
    ),
    "TKPK53-SEC-001.instrument_not_recorded": (
        "Instrumen pembentukan sekretariat tidak dicatat.",
        "The instrument forming the secretariat is not recorded.",
    ),
    "TKPK53-SEC-002.instrument_not_recorded": (
        "Instrumen pembentukan sekretariat tidak dicatat.",
        "The instrument forming the secretariat is not recorded.",
    ),
    "TKPK53-SEC-001.issuer_not_recorded": (
        "Penerbit instrumen sekretariat tidak dicatat (seharusnya {diharapkan}).",
        "Who issued the secretariat's instrument is not recorded (expected: {diharapkan}).",
    ),
    "TKPK53-SEC-002.issuer_not_recorded": (
        "Penerbit instrumen sekretariat tidak dicatat (seharusnya {diharapkan}).",
        "Who issued the secretariat's instrument is not recorded (expected: {diharapkan}).",
    ),
    "TKPK53-SEC-001.ok": (
        "Sekretariat dibentuk oleh {penerbit} (nomor {nomor}).",
        "The secretariat was formed by the {penerbit} (number {nomor}).",
    ),
    "TKPK53-SEC-002.ok": (
        "Sekretariat dibentuk oleh {penerbit} (nomor {nomor}).",
        "The secretariat was formed by the {penerbit} (number {nomor}).",
    ),
    "TKPK53-SEC-001.wrong_issuer": (
        "Sekretariat dibentuk oleh {penerbit}, bukan {diharapkan}.",
        "The secretariat was formed by {penerbit}, not by the {diharapkan}.",
    ),
    "TKPK53-SEC-001.wrong_issuer.action": (
        "Bentuk sekretariat dengan keputusan {diharapkan}.",
        "Have the {diharapkan} form the secretariat by decree.",
    ),
    "TKPK53-SEC-002.wrong_issuer": (
        "Sekretariat dibentuk oleh {penerbit}, bukan {diharapkan} (kewajiban kab/kota hanya"
        " disimpulkan; saran).",
        "The secretariat was formed by {penerbit}, not by the {diharapkan} (the kab/kota duty"
        " is only inferred; advisory).",
    ),
    "TKPK53-SEC-003.none": (
        "Tidak ada sekretariat; kedudukannya tidak dinilai.",
        "There is no secretariat; where it sits is not judged.",
    ),
    "TKPK53-SEC-003.seat_not_recorded": (
        "Kedudukan sekretariat tidak dicatat.",
        "Where the secretariat sits is not recorded.",
    ),
    "TKPK53-SEC-003.planning": (
        "Sekretariat berkedudukan di badan perencanaan ({kedudukan}), sesuai praktik.",
        "The secretariat sits in the planning agency ({kedudukan}), as in practice.",
    ),
    "TKPK53-SEC-003.elsewhere": (
        "Sekretariat berkedudukan di {kedudukan}, bukan di badan perencanaan seperti lazimnya."
        " Kedudukan tidak diatur dalam sumber yang diketahui.",
        "The secretariat sits in {kedudukan}, not in the planning agency as is usual. No known"
        " source sets where it sits.",
    ),
    # ---- agenda
    "TKPK53-AGD-001.title": ("Agenda kerja tahunan", "Annual work agenda"),
    "TKPK53-AGD-001.not_recorded": (
        "Agenda kerja tahun {tahun} tidak dapat dinilai: agenda kerja tidak dicatat.",
        "The {tahun} work agenda cannot be judged: agendas are not recorded.",
    ),
    "TKPK53-AGD-002.not_recorded": (
        "Isi agenda tahun {tahun} tidak dapat dinilai: agenda kerja tidak dicatat.",
        "The {tahun} agenda's contents cannot be judged: agendas are not recorded.",
    ),
    "TKPK53-AGD-001.missing": (
        "Tidak ada agenda kerja tahunan untuk tahun {tahun}.",
        "There is no annual work agenda for {tahun}.",
    ),
    "TKPK53-AGD-001.missing.action": (
        "Tetapkan agenda kerja tahunan pada awal setiap tahun, atau catat yang sudah ada.",
        "Adopt an annual work agenda at the start of each year, or record the existing one.",
    ),
    "TKPK53-AGD-001.missing_running": (
        "Belum ada agenda kerja untuk tahun {tahun} yang sedang berjalan.",
        "There is no work agenda yet for {tahun}, which is still running.",
    ),
    "TKPK53-AGD-001.missing_running.action": (
        "Tetapkan agenda kerja tahun {tahun}.",
        "Adopt the {tahun} work agenda.",
    ),
    "TKPK53-AGD-001.ok": (
        "Ada agenda kerja tahunan untuk tahun {tahun} (ditetapkan: {ditetapkan}).",
        "There is an annual work agenda for {tahun} (adopted: {ditetapkan}).",
    ),
    "TKPK53-AGD-002.title": (
        "Agenda memuat RPKD, RAT dan laporan pelaksanaan",
        "The agenda covers the RPKD, RAT and implementation report",
    ),
    "TKPK53-AGD-002.no_agenda": (
        "Tidak ada agenda tahun {tahun}; isinya tidak dinilai (lihat TKPK53-AGD-001).",
        "There is no {tahun} agenda; its contents are not judged (see TKPK53-AGD-001).",
    ),
    "TKPK53-AGD-002.items_not_recorded": (
        "Kegiatan dalam agenda tahun {tahun} tidak dicatat.",
        "The items of the {tahun} agenda are not recorded.",
    ),
    "TKPK53-AGD-002.ok": (
        "Agenda tahun {tahun} memuat rencana kerja RPKD, RAT dan laporan pelaksanaan.",
        "The {tahun} agenda plans work on the RPKD, the RAT and the implementation report.",
    ),
    "TKPK53-AGD-002.rpkd_in_force": (
        "Agenda tahun {tahun} memuat RAT dan laporan pelaksanaan tetapi tidak memuat RPKD,"
        " sementara RPKD yang berlaku sudah ada. Sumber tidak menjelaskan apakah rencana kerja"
        " RPKD tetap harus dimuat pada tahun seperti itu.",
        "The {tahun} agenda covers the RAT and the implementation report but not the RPKD,"
        " while an RPKD is already in force. The source does not say whether RPKD work must"
        " still be planned in such a year.",
    ),
    "TKPK53-AGD-002.missing_items": (
        "Agenda tahun {tahun} tidak memuat rencana kerja: {kurang}.",
        "The {tahun} agenda has no work plan for: {kurang}.",
    ),
    "TKPK53-AGD-002.missing_items.action": (
        "Tambahkan kegiatan untuk {kurang} dalam agenda kerja.",
        "Add items for {kurang} to the work agenda.",
    ),
    # ---- meetings
    "TKPK53-MTG-001.title": (
        "Paling sedikit 3 rapat koordinasi setahun",
        "At least 3 coordination meetings a year",
    ),
    "TKPK53-MTG-001.not_recorded": (
        "Rapat koordinasi tahun {tahun} tidak dapat dinilai: rapat tidak dicatat.",
        "Coordination meetings in {tahun} cannot be judged: meetings are not recorded.",
    ),
    "TKPK53-MTG-001.ok": (
        "Tahun {tahun}: {terlaksana} rapat koordinasi terlaksana (minimal {minimum}).",
        "{tahun}: {terlaksana} coordination meetings held (at least {minimum} required).",
    ),
    "TKPK53-MTG-001.status_unknown": (
        "Tahun {tahun}: {terlaksana} rapat terlaksana; status {tidak_diketahui} rapat lain tidak"
        " diketahui, padahal menentukan (minimal {minimum}).",
        "{tahun}: {terlaksana} meetings held; the status of {tidak_diketahui} more is unknown"
        " and decides it (at least {minimum} required).",
    ),
    "TKPK53-MTG-001.status_unknown.action": (
        "Catat status rapat yang disebut pada fakta yang diperlukan (terlaksana/dibatalkan).",
        "Record the status of the meetings listed as facts needed (held/cancelled).",
    ),
    "TKPK53-MTG-001.too_few": (
        "Tahun {tahun}: hanya {terlaksana} rapat koordinasi terlaksana; minimal {minimum}.",
        "{tahun}: only {terlaksana} coordination meetings were held; at least {minimum} are"
        " required.",
    ),
    "TKPK53-MTG-001.too_few.action": (
        "Jadwalkan paling sedikit {minimum} rapat koordinasi setiap tahun dalam agenda kerja.",
        "Schedule at least {minimum} coordination meetings a year in the work agenda.",
    ),
    "TKPK53-MTG-001.on_track": (
        "Tahun {tahun} masih berjalan: {terlaksana} rapat terlaksana, {dijadwalkan} dijadwalkan"
        " (minimal {minimum}): sesuai jalur.",
        "{tahun} is still running: {terlaksana} meetings held, {dijadwalkan} scheduled (at"
        " least {minimum} required): on track.",
    ),
    "TKPK53-MTG-001.at_risk": (
        "Tahun {tahun} masih berjalan: {terlaksana} rapat terlaksana, {dijadwalkan} dijadwalkan,"
        " {sisa_hari} hari tersisa (minimal {minimum}): berisiko tidak terpenuhi.",
        "{tahun} is still running: {terlaksana} meetings held, {dijadwalkan} scheduled,"
        " {sisa_hari} days left (at least {minimum} required): at risk.",
    ),
    "TKPK53-MTG-001.at_risk.action": (
        "Jadwalkan rapat koordinasi yang kurang sebelum akhir tahun.",
        "Schedule the missing coordination meetings before the year ends.",
    ),
    "TKPK53-MTG-002.title": (
        "RAT dan laporan pelaksanaan dibahas dalam rapat koordinasi",
        "The RAT and implementation report are worked on in coordination meetings",
    ),
    "TKPK53-MTG-002.not_recorded": (
        "Pembahasan rapat tahun {tahun} tidak dapat dinilai: rapat tidak dicatat.",
        "Meeting topics in {tahun} cannot be judged: meetings are not recorded.",
    ),
    "TKPK53-MTG-002.ok": (
        "Tahun {tahun}: RAT dan laporan pelaksanaan dibahas dalam rapat koordinasi.",
        "{tahun}: the RAT and the implementation report were discussed in coordination meetings.",
    ),
    "TKPK53-MTG-002.topics_unknown": (
        "Tahun {tahun}: belum tampak pembahasan {kurang}; pokok bahasan sebagian rapat tidak"
        " dicatat.",
        "{tahun}: no meeting is seen working on {kurang}; some meetings' topics are not recorded.",
    ),
    "TKPK53-MTG-002.topics_unknown.action": (
        "Catat pokok bahasan (pembahasan) setiap rapat.",
        "Record each meeting's topics (pembahasan).",
    ),
    "TKPK53-MTG-002.missing_topics": (
        "Tahun {tahun}: tidak ada rapat koordinasi yang membahas {kurang}.",
        "{tahun}: no coordination meeting worked on {kurang}.",
    ),
    "TKPK53-MTG-002.missing_topics.action": (
        "Bahas {kurang} dalam rapat koordinasi, dan catat pokok bahasannya.",
        "Work on {kurang} in a coordination meeting, and record its topics.",
    ),
    "TKPK53-MTG-002.on_track": (
        "Tahun {tahun} masih berjalan: {kurang} dijadwalkan dibahas dalam rapat mendatang.",
        "{tahun} is still running: {kurang} is scheduled for a coming meeting.",
    ),
    "TKPK53-MTG-002.at_risk": (
        "Tahun {tahun} masih berjalan: belum ada rapat (terlaksana atau dijadwalkan) yang"
        " membahas {kurang}.",
        "{tahun} is still running: no meeting (held or scheduled) works on {kurang} yet.",
    ),
    "TKPK53-MTG-002.at_risk.action": (
        "Jadwalkan pembahasan {kurang} dalam rapat koordinasi tahun ini.",
        "Schedule {kurang} for a coordination meeting this year.",
    ),
    "TKPK53-MTG-003.title": (
        "RPKD disusun melalui rapat koordinasi",
        "The RPKD is prepared through coordination meetings",
    ),
    "TKPK53-MTG-003.adoption_not_recorded": (
        "Tanggal penetapan RPKD tidak dicatat.",
        "The RPKD's adoption date is not recorded.",
    ),
    "TKPK53-MTG-003.not_recorded": (
        "Rapat koordinasi tidak dicatat.",
        "Coordination meetings are not recorded.",
    ),
    "TKPK53-MTG-003.ok": (
        "RPKD (ditetapkan {ditetapkan}) dibahas dalam rapat koordinasi: {rapat}.",
        "The RPKD (adopted {ditetapkan}) was discussed in coordination meetings: {rapat}.",
    ),
    "TKPK53-MTG-003.topics_unknown": (
        "Tidak tampak rapat yang membahas RPKD sebelum penetapannya ({ditetapkan}); pokok"
        " bahasan sebagian rapat tidak dicatat.",
        "No meeting is seen working on the RPKD before its adoption ({ditetapkan}); some"
        " meetings' topics are not recorded.",
    ),
    "TKPK53-MTG-003.none": (
        "Tidak ada rapat koordinasi yang membahas RPKD pada tahun penetapannya atau tahun"
        " sebelumnya (ditetapkan {ditetapkan}).",
        "No coordination meeting worked on the RPKD in its year of adoption or the year"
        " before (adopted {ditetapkan}).",
    ),
    "TKPK53-MTG-003.none.action": (
        "Bahas RPKD dalam rapat koordinasi TKPK, dan catat pokok bahasannya.",
        "Work on the RPKD in TKPK coordination meetings, and record the topics.",
    ),
    "TKPK53-MTG-003.no_rpkd": (
        "Tidak ada RPKD yang ditetapkan menurut 53/2020 dalam catatan.",
        "No RPKD adopted under 53/2020 is recorded.",
    ),
    # ---- documents
    "TKPK53-DOC-001.title": ("Tim menyusun RPKD", "The team drafts the RPKD"),
    "TKPK53-DOC-001.exists": (
        "RPKD tercatat: {rpkd}.",
        "An RPKD is recorded: {rpkd}.",
    ),
    "TKPK53-DOC-001.no_deadline": (
        "Tidak ada RPKD dalam catatan. Batas waktunya tidak diketahui; RPKD disusun bersama"
        " RPJMD, tetapi tidak ada RPJMD yang ditetapkan menurut 53/2020 dalam catatan.",
        "No RPKD is recorded. No deadline is known; the RPKD is drafted with the RPJMD, but no"
        " RPJMD adopted under 53/2020 is recorded.",
    ),
    "TKPK53-DOC-001.no_deadline.action": (
        "Catat RPKD (juga drafnya) dan RPJMD beserta tanggal penetapannya.",
        "Record the RPKD (drafts too) and the RPJMD with its adoption date.",
    ),
    "TKPK53-DOC-001.with_rpjmd": (
        "RPJMD {periode} mempunyai RPKD pendamping.",
        "The {periode} RPJMD has an RPKD alongside it.",
    ),
    "TKPK53-DOC-001.rpkd_adopted_later": (
        "RPJMD {periode} sudah ditetapkan; RPKD untuk periode itu baru ditetapkan sesudah"
        " tanggal penilaian, dan tidak dicatat apakah drafnya sudah ada pada tanggal ini.",
        "The {periode} RPJMD is adopted; the RPKD for that period was adopted only after the"
        " date judged, and whether its draft existed on this date is not recorded.",
    ),
    "TKPK53-DOC-001.rpjmd_without_rpkd": (
        "RPJMD {periode} sudah ditetapkan, tetapi tidak ada RPKD (juga draf) untuk periode itu.",
        "The {periode} RPJMD is adopted, but there is no RPKD (not even a draft) for that period.",
    ),
    "TKPK53-DOC-001.rpjmd_without_rpkd.action": (
        "Susun RPKD untuk periode RPJMD, atau catat yang sudah ada.",
        "Draft the RPKD for the RPJMD's period, or record the existing one.",
    ),
    "TKPK53-DOC-002.title": ("RPKD berjangka lima tahun", "The RPKD spans five years"),
    "TKPK53-DOC-002.no_rpkd": ("Tidak ada RPKD untuk dinilai.", "There is no RPKD to judge."),
    "TKPK53-DOC-002.period_not_recorded": (
        "Periode RPKD tidak dicatat.",
        "The RPKD's period is not recorded.",
    ),
    "TKPK53-DOC-002.ok": (
        "RPKD {periode} berjangka {lama} tahun.",
        "The {periode} RPKD spans {lama} years.",
    ),
    "TKPK53-DOC-002.wrong_length": (
        "RPKD {periode} berjangka {lama} tahun, bukan {diharapkan}.",
        "The {periode} RPKD spans {lama} years, not {diharapkan}.",
    ),
    "TKPK53-DOC-002.wrong_length.action": (
        "Sesuaikan periode RPKD menjadi {diharapkan} tahun (mengikuti RPJMD), atau perbaiki"
        " catatan periodenya.",
        "Make the RPKD span {diharapkan} years (following the RPJMD), or correct the recorded"
        " period.",
    ),
    "TKPK53-DOC-002.calendar_years": (
        "RPKD {periode} mencakup {lama} tahun kalender. Rencana {diharapkan} tahun yang"
        " dimulai di pertengahan tahun lazim ditulis begitu; apakah masa berlakunya"
        " {diharapkan} tahun bergantung pada tanggal awal dan akhirnya, yang tidak dicatat.",
        "The RPKD {periode} covers {lama} calendar years. A {diharapkan}-year plan that"
        " starts in the middle of a year is commonly written so; whether its term is"
        " {diharapkan} years depends on its first and last day, which are not recorded.",
    ),
    "TKPK53-DOC-002.calendar_years.action": (
        "Lihat tanggal awal dan akhir masa berlaku RPKD pada keputusan penetapannya: masa"
        " {diharapkan} tahun (misalnya dari pertengahan tahun pertama sampai pertengahan tahun"
        " terakhir) sesuai; masa yang lebih panjang tidak.",
        "Look up the first and last day of the RPKD's term in the decree that adopted it:"
        " a term of {diharapkan} years (for example from the middle of its first year to the"
        " middle of its last) complies; a longer one does not.",
    ),
    "TKPK53-DOC-003.title": (
        "RPKD disusun bersama RPJMD",
        "The RPKD is drafted together with the RPJMD",
    ),
    "TKPK53-DOC-003.no_rpkd": ("Tidak ada RPKD untuk dinilai.", "There is no RPKD to judge."),
    "TKPK53-DOC-003.ok": (
        "RPKD disusun bersama RPJMD.",
        "The RPKD was drafted together with the RPJMD.",
    ),
    "TKPK53-DOC-003.not_with_rpjmd": (
        "Menurut catatan, RPKD tidak disusun bersama RPJMD.",
        "According to the record, the RPKD was not drafted together with the RPJMD.",
    ),
    "TKPK53-DOC-003.not_with_rpjmd.action": (
        "Susun RPKD berikutnya bersamaan dengan RPJMD.",
        "Draft the next RPKD alongside the RPJMD.",
    ),
    "TKPK53-DOC-003.not_recorded": (
        "Tidak dicatat apakah RPKD disusun bersama RPJMD (RPJMD periode sama: {rpjmd}).",
        "Whether the RPKD was drafted together with the RPJMD is not recorded (RPJMD of the"
        " same period: {rpjmd}).",
    ),
    "TKPK53-DOC-004.title": ("RAT untuk setiap tahun", "A RAT for each year"),
    "TKPK53-DOC-004.ok": (
        "Ada RAT untuk tahun {tahun}.",
        "There is a RAT for {tahun}.",
    ),
    "TKPK53-DOC-004.ok_no_rpkd": (
        "Ada RAT untuk tahun {tahun}, tetapi tidak ada RPKD yang mencakup tahun itu untuk"
        " dijabarkan.",
        "There is a RAT for {tahun}, but no RPKD covering that year for it to elaborate.",
    ),
    "TKPK53-DOC-004.ok_no_rpkd.action": (
        "Catat RPKD yang mencakup tahun {tahun}, atau susun RPKD.",
        "Record the RPKD covering {tahun}, or draft one.",
    ),
    "TKPK53-DOC-004.missing": (
        "Tidak ada RAT untuk tahun {tahun}.",
        "There is no RAT for {tahun}.",
    ),
    "TKPK53-DOC-004.missing.action": (
        "Susun RAT setiap tahun sebagai penjabaran RPKD, sebaiknya sebelum RKPD/APBD tahun itu.",
        "Prepare a RAT every year elaborating the RPKD, ideally before that year's RKPD/APBD.",
    ),
    "TKPK53-DOC-004.missing_running": (
        "Belum ada RAT untuk tahun {tahun} yang sedang berjalan.",
        "There is no RAT yet for {tahun}, which is still running.",
    ),
    "TKPK53-DOC-004.missing_running.action": (
        "Susun dan catat RAT tahun {tahun}.",
        "Prepare and record the {tahun} RAT.",
    ),
    "TKPK53-DOC-005.title": (
        "Laporan pelaksanaan setiap tahun",
        "An implementation report every year",
    ),
    "TKPK53-DOC-005.ok": (
        "Ada laporan pelaksanaan untuk tahun {tahun}.",
        "There is an implementation report for {tahun}.",
    ),
    "TKPK53-DOC-005.missing_no_deadline": (
        "Belum ada laporan pelaksanaan tahun {tahun} dalam catatan. Batas waktunya tidak"
        " diketahui, jadi belum dapat disebut pelanggaran.",
        "No implementation report for {tahun} is recorded. Its deadline is unknown, so this"
        " cannot be called a violation.",
    ),
    "TKPK53-DOC-005.missing_no_deadline.action": (
        "Susun dan catat laporan pelaksanaan (LP2KD) tahun {tahun}.",
        "Prepare and record the {tahun} implementation report (LP2KD).",
    ),
    "TKPK53-DOC-006.title": (
        "Laporan disampaikan paling lambat akhir tahun berikutnya (praktik)",
        "The report is presented by the end of the following year (practice)",
    ),
    "TKPK53-DOC-006.on_time": (
        "Laporan pelaksanaan tahun {tahun} ditetapkan {ditetapkan}, sebelum {batas}.",
        "The {tahun} implementation report was adopted on {ditetapkan}, by {batas}.",
    ),
    "TKPK53-DOC-006.late": (
        "Laporan pelaksanaan tahun {tahun} ditetapkan {ditetapkan}, sesudah {batas} yang lazim"
        " dalam praktik.",
        "The {tahun} implementation report was adopted on {ditetapkan}, after the usual {batas}.",
    ),
    "TKPK53-DOC-006.date_not_recorded": (
        "Tanggal laporan pelaksanaan tahun {tahun} tidak dicatat.",
        "The date of the {tahun} implementation report is not recorded.",
    ),
    "TKPK53-DOC-006.missing_late": (
        "Sampai {batas} tidak ada laporan pelaksanaan tahun {tahun}; dalam praktik laporan"
        " disampaikan sebelum itu.",
        "By {batas} there was no implementation report for {tahun}; in practice it is"
        " presented before then.",
    ),
    "TKPK53-DOC-006.missing_late.action": (
        "Susun dan sampaikan laporan pelaksanaan tahun {tahun}.",
        "Prepare and present the {tahun} implementation report.",
    ),
    "TKPK53-DOC-006.pending": (
        "Laporan pelaksanaan tahun {tahun} belum ada; dalam praktik disampaikan paling lambat"
        " {batas}.",
        "The {tahun} implementation report is not there yet; in practice it is presented by"
        " {batas}.",
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
    "ui.unverified": (
        "dilaporkan, teks pasal belum diverifikasi",
        "reported, article text not verified",
    ),
    "ui.support.confirmed": ("terkonfirmasi", "confirmed"),
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


_R42: dict[str, M] = {
    # ---- 53/2020: a decree that still names 42/2010
    "TKPK53-INS-003.title": (
        "Keputusan tim tidak lagi berdasar peraturan yang telah diganti (praktik)",
        "The team's decree no longer rests on replaced law (practice)",
    ),
    "TKPK53-INS-003.not_recorded": (
        "Instrumen pembentukan tim tidak dicatat.",
        "The instrument forming the team is not recorded.",
    ),
    "TKPK53-INS-003.not_recorded.action": (
        "Catat keputusan pembentukan beserta dasar hukumnya (dasar_hukum).",
        "Record the forming decree with its legal basis (dasar_hukum).",
    ),
    "TKPK53-INS-003.basis_not_recorded": (
        "Dasar hukum keputusan pembentukan tim tidak dicatat, jadi tidak diketahui apakah masih"
        " menyebut Permendagri 42/2010.",
        "The legal basis of the forming decree is not recorded, so whether it still names"
        " Permendagri 42/2010 is unknown.",
    ),
    "TKPK53-INS-003.cites_current": (
        "Keputusan pembentukan tim menyebut Permendagri 53/2020 sebagai dasar hukum.",
        "The forming decree names Permendagri 53/2020 as its basis.",
    ),
    "TKPK53-INS-003.other_basis": (
        "Keputusan pembentukan tim tidak menyebut Permendagri 42/2010.",
        "The forming decree does not name Permendagri 42/2010.",
    ),
    "TKPK53-INS-003.cites_replaced": (
        "Keputusan pembentukan tim (nomor {nomor}, {tanggal_keputusan}) masih berdasar"
        " Permendagri 42/2010, padahal kini yang berlaku Permendagri 53/2020. Yang berubah:"
        " dokumen lima tahunan SPKD diganti RPKD yang disusun bersama RPJMD; tim bekerja dengan"
        " agenda kerja tahunan, RAT dan laporan pelaksanaan tahunan, melalui paling sedikit"
        " {minimum} rapat koordinasi setahun; wakil ketua (sekda) dan wakil sekretaris (kepala"
        " perangkat daerah pemberdayaan masyarakat) tidak lagi terbukti wajib; ketua (wakil"
        " kepala daerah) dan sekretaris (kepala badan perencanaan) tetap. Masa peralihan tidak"
        " diketahui; dalam praktik daerah menerbitkan ulang keputusannya pada 2021-2022.",
        "The forming decree (number {nomor}, {tanggal_keputusan}) still rests on Permendagri"
        " 42/2010, while Permendagri 53/2020 now governs. What changed: the five-year SPKD gave"
        " way to the RPKD, drafted together with the RPJMD; the team works from an annual work"
        " agenda, a RAT and a yearly implementation report, through at least {minimum}"
        " coordination meetings a year; the vice-chair (sekda) and vice-secretary (head of the"
        " community-empowerment agency) are no longer shown to be required; the chair (deputy"
        " head) and secretary (planning head) stay. No transition period is known; in practice"
        " regions re-issued their decrees in 2021-2022.",
    ),
    "TKPK53-INS-003.cites_replaced.action": (
        "Pertimbangkan menerbitkan ulang keputusan pembentukan dengan dasar Permendagri 53/2020.",
        "Consider re-issuing the forming decree on the basis of Permendagri 53/2020.",
    ),
    "TKPK53-INS-003.formed_before": (
        "Keputusan pembentukan tim (nomor {nomor}, {tanggal_keputusan}) terbit sebelum"
        " Permendagri 53/2020 dapat berlaku, jadi dibuat menurut aturan lama (42/2010); dasar"
        " hukumnya tidak dicatat. Menurut 53/2020 tim bekerja dengan RPKD, agenda kerja tahunan,"
        " RAT, laporan pelaksanaan tahunan dan paling sedikit {minimum} rapat koordinasi setahun."
        " Dalam praktik daerah menerbitkan ulang keputusannya pada 2021-2022.",
        "The forming decree (number {nomor}, {tanggal_keputusan}) predates any day Permendagri"
        " 53/2020 can have governed, so it was made under the old rules (42/2010); its basis is"
        " not recorded. Under 53/2020 the team works from an RPKD, an annual work agenda, a RAT,"
        " a yearly implementation report and at least {minimum} coordination meetings a year."
        " In practice regions re-issued their decrees in 2021-2022.",
    ),
    "TKPK53-INS-003.formed_before.action": (
        "Pertimbangkan menerbitkan ulang keputusan pembentukan dengan dasar Permendagri 53/2020,"
        " atau catat keputusan yang lebih baru.",
        "Consider re-issuing the forming decree on the basis of Permendagri 53/2020, or record"
        " the newer decree.",
    ),
    # ---- 42/2010: penanggung jawab
    "TKPK42-LDR-001.title": (
        "Penanggung jawab adalah kepala daerah (42/2010)",
        "The penanggung jawab is the head of region (42/2010)",
    ),
    "TKPK42-LDR-001.not_recorded": (
        "Penanggung jawab tim tidak dicatat (seharusnya {diharapkan}).",
        "The team's penanggung jawab is not recorded (expected: {diharapkan}).",
    ),
    "TKPK42-LDR-001.none": (
        "Tim tidak mempunyai penanggung jawab; menurut 42/2010 seharusnya {diharapkan}.",
        "The team has no penanggung jawab; under 42/2010 it should be the {diharapkan}.",
    ),
    "TKPK42-LDR-001.none.action": (
        "Tetapkan {diharapkan} sebagai penanggung jawab dalam keputusan pembentukan.",
        "Name the {diharapkan} as penanggung jawab in the forming decree.",
    ),
    "TKPK42-LDR-001.ok": (
        "Penanggung jawab tim adalah {jabatan}.",
        "The penanggung jawab is the {jabatan}.",
    ),
    "TKPK42-LDR-001.ok_acting": (
        "Penanggung jawab tim adalah {jabatan} ({status}); status pejabat dicatat.",
        "The penanggung jawab is the {jabatan} ({status}); the acting status is recorded.",
    ),
    "TKPK42-LDR-001.office_not_recorded": (
        "Jabatan penanggung jawab tidak dicatat (seharusnya {diharapkan}).",
        "The penanggung jawab's office is not recorded (expected: {diharapkan}).",
    ),
    "TKPK42-LDR-001.vacant": (
        "Penanggung jawab adalah {jabatan}; jabatan {diharapkan} tercatat kosong pada tanggal"
        " ini, jadi bukan pelanggaran.",
        "The penanggung jawab is the {jabatan}; the {diharapkan} post is recorded as vacant on"
        " this date, so this is not a violation.",
    ),
    "TKPK42-LDR-001.title_mismatch": (
        "Penanggung jawab tercatat sebagai {jabatan}, padahal wilayah ini {tingkat} (seharusnya"
        " {diharapkan}); kemungkinan salah catat.",
        "The penanggung jawab is recorded as {jabatan}, but this region is a {tingkat}"
        " (expected: {diharapkan}); probably a recording error.",
    ),
    "TKPK42-LDR-001.title_mismatch.action": (
        "Periksa dan perbaiki jenis jabatan penanggung jawab.",
        "Check and correct the penanggung jawab's kind of office.",
    ),
    "TKPK42-LDR-001.not_head": (
        "Penanggung jawab adalah {jabatan}, bukan {diharapkan}.",
        "The penanggung jawab is the {jabatan}, not the {diharapkan}.",
    ),
    "TKPK42-LDR-001.not_head.action": (
        "Tetapkan {diharapkan} sebagai penanggung jawab.",
        "Name the {diharapkan} as penanggung jawab.",
    ),
    # ---- 42/2010: wakil ketua
    "TKPK42-LDR-002.title": (
        "Wakil ketua adalah sekretaris daerah (42/2010)",
        "The vice-chair is the sekda (42/2010)",
    ),
    "TKPK42-LDR-002.not_recorded": (
        "Wakil ketua tim tidak dicatat.",
        "The team's vice-chair is not recorded.",
    ),
    "TKPK42-LDR-002.sekda_chairs": (
        "Sekretaris daerah menjadi ketua tim, jadi tidak dapat sekaligus menjadi wakil ketua"
        " (lihat TKPK53-LDR-001).",
        "The sekda chairs the team, so cannot also be vice-chair (see TKPK53-LDR-001).",
    ),
    "TKPK42-LDR-002.none": (
        "Tim tidak mempunyai wakil ketua; menurut 42/2010 seharusnya sekretaris daerah.",
        "The team has no vice-chair; under 42/2010 it should be the sekda.",
    ),
    "TKPK42-LDR-002.none.action": (
        "Tetapkan sekretaris daerah sebagai wakil ketua.",
        "Name the sekda as vice-chair.",
    ),
    "TKPK42-LDR-002.ok": (
        "Wakil ketua tim adalah sekretaris daerah.",
        "The vice-chair is the sekda.",
    ),
    "TKPK42-LDR-002.ok_acting": (
        "Wakil ketua tim adalah sekretaris daerah ({status}); status pejabat dicatat.",
        "The vice-chair is the sekda ({status}); the acting status is recorded.",
    ),
    "TKPK42-LDR-002.office_not_recorded": (
        "Jabatan wakil ketua tidak dicatat (seharusnya sekretaris daerah).",
        "The vice-chair's office is not recorded (expected: the sekda).",
    ),
    "TKPK42-LDR-002.vacant": (
        "Wakil ketua adalah {jabatan}; jabatan sekretaris daerah tercatat kosong pada tanggal"
        " ini, jadi bukan pelanggaran.",
        "The vice-chair is the {jabatan}; the sekda post is recorded as vacant on this date,"
        " so this is not a violation.",
    ),
    "TKPK42-LDR-002.not_sekda": (
        "Wakil ketua adalah {jabatan}, bukan sekretaris daerah.",
        "The vice-chair is the {jabatan}, not the sekda.",
    ),
    "TKPK42-LDR-002.not_sekda.action": (
        "Tetapkan sekretaris daerah sebagai wakil ketua.",
        "Name the sekda as vice-chair.",
    ),
    # ---- 42/2010: wakil sekretaris
    "TKPK42-LDR-003.title": (
        "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat (42/2010)",
        "The vice-secretary heads the community-empowerment agency (42/2010)",
    ),
    "TKPK42-LDR-003.not_recorded": (
        "Wakil sekretaris tim tidak dicatat.",
        "The team's vice-secretary is not recorded.",
    ),
    "TKPK42-LDR-003.none": (
        "Tim tidak mempunyai wakil sekretaris; menurut 42/2010 seharusnya kepala perangkat"
        " daerah pemberdayaan masyarakat.",
        "The team has no vice-secretary; under 42/2010 it should be the head of the"
        " community-empowerment agency.",
    ),
    "TKPK42-LDR-003.none.action": (
        "Tetapkan kepala perangkat daerah pemberdayaan masyarakat (BPMD atau sebutan lain)"
        " sebagai wakil sekretaris.",
        "Name the head of the community-empowerment agency (BPMD or its local name) as"
        " vice-secretary.",
    ),
    "TKPK42-LDR-003.ok": (
        "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat ({instansi}).",
        "The vice-secretary heads the community-empowerment agency ({instansi}).",
    ),
    "TKPK42-LDR-003.ok_acting": (
        "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat ({instansi}),"
        " berstatus {status}; status pejabat dicatat.",
        "The vice-secretary heads the community-empowerment agency ({instansi}) as {status};"
        " the acting status is recorded.",
    ),
    "TKPK42-LDR-003.ok_inferred": (
        "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat: disimpulkan"
        " dari nama instansi ({instansi}), karena jenis jabatan tidak dicatat.",
        "The vice-secretary heads the community-empowerment agency: inferred from the agency"
        " name ({instansi}), as the kind of office is not recorded.",
    ),
    "TKPK42-LDR-003.office_not_recorded": (
        "Jabatan wakil sekretaris tidak dicatat dan tidak dapat disimpulkan dari nama instansi.",
        "The vice-secretary's office is not recorded and cannot be inferred from an agency name.",
    ),
    "TKPK42-LDR-003.not_head": (
        "Wakil sekretaris adalah {jabatan}, bukan kepala perangkat daerah pemberdayaan masyarakat.",
        "The vice-secretary is the {jabatan}, not the head of the community-empowerment agency.",
    ),
    "TKPK42-LDR-003.not_head.action": (
        "Tetapkan kepala perangkat daerah pemberdayaan masyarakat sebagai wakil sekretaris.",
        "Name the head of the community-empowerment agency as vice-secretary.",
    ),
    # ---- 42/2010: SPKD
    "TKPK42-DOC-001.title": (
        "Ada SPKD yang berlaku (42/2010)",
        "An SPKD is in force (42/2010)",
    ),
    "TKPK42-DOC-001.in_force": (
        "SPKD yang mencakup tahun {tahun} tercatat ({spkd}).",
        "An SPKD covering {tahun} is recorded ({spkd}).",
    ),
    "TKPK42-DOC-001.lapsed": (
        "Tidak ada SPKD yang mencakup tahun {tahun}; SPKD yang tercatat ({spkd}) untuk tahun"
        " lain. Batas waktu SPKD berikutnya tidak diketahui, jadi bukan pelanggaran.",
        "No SPKD covers {tahun}; the SPKD recorded ({spkd}) is for other years. No deadline for"
        " the next SPKD is known, so this is not a violation.",
    ),
    "TKPK42-DOC-001.lapsed.action": (
        "Catat SPKD yang mencakup tahun {tahun}, atau susun yang baru.",
        "Record the SPKD covering {tahun}, or draft a new one.",
    ),
    "TKPK42-DOC-001.none_no_deadline": (
        "Tidak ada SPKD dalam catatan. Batas waktu penyusunannya tidak diketahui, jadi bukan"
        " pelanggaran.",
        "No SPKD is recorded. No deadline for drafting it is known, so this is not a violation.",
    ),
    "TKPK42-DOC-001.none_no_deadline.action": (
        "Catat SPKD daerah (jenis: spkd, dengan periode dan tanggal penetapan).",
        "Record the region's SPKD (jenis: spkd, with its period and adoption date).",
    ),
    "TKPK42-DOC-002.title": (
        "SPKD berjangka lima tahun (42/2010)",
        "The SPKD spans five years (42/2010)",
    ),
    "TKPK42-DOC-002.no_spkd": (
        "Tidak ada SPKD dalam catatan pada tanggal ini; jangka waktunya tidak dinilai.",
        "No SPKD is recorded on this date; its length is not judged.",
    ),
    "TKPK42-DOC-002.period_not_recorded": (
        "Periode SPKD tidak dicatat.",
        "The SPKD's period is not recorded.",
    ),
    "TKPK42-DOC-002.ok": (
        "SPKD {periode} berjangka {lama} tahun.",
        "The SPKD {periode} spans {lama} years.",
    ),
    "TKPK42-DOC-002.wrong_length": (
        "SPKD {periode} berjangka {lama} tahun, bukan {diharapkan} tahun (periode dihitung"
        " termasuk tahun awal dan akhir).",
        "The SPKD {periode} spans {lama} years, not {diharapkan} (both the first and the last"
        " year count).",
    ),
    "TKPK42-DOC-002.wrong_length.action": (
        "Periksa periode SPKD dalam catatan; SPKD disusun untuk {diharapkan} tahun.",
        "Check the SPKD's period in the record; an SPKD is drafted for {diharapkan} years.",
    ),
    "TKPK42-DOC-002.calendar_years": (
        "SPKD {periode} mencakup {lama} tahun kalender. Rencana {diharapkan} tahun yang"
        " dimulai di pertengahan tahun lazim ditulis begitu; apakah masa berlakunya"
        " {diharapkan} tahun bergantung pada tanggal awal dan akhirnya, yang tidak dicatat.",
        "The SPKD {periode} covers {lama} calendar years. A {diharapkan}-year plan that"
        " starts in the middle of a year is commonly written so; whether its term is"
        " {diharapkan} years depends on its first and last day, which are not recorded.",
    ),
    "TKPK42-DOC-002.calendar_years.action": (
        "Lihat tanggal awal dan akhir masa berlaku SPKD pada keputusan penetapannya: masa"
        " {diharapkan} tahun (misalnya dari pertengahan tahun pertama sampai pertengahan tahun"
        " terakhir) sesuai; masa yang lebih panjang tidak.",
        "Look up the first and last day of the SPKD's term in the decree that adopted it:"
        " a term of {diharapkan} years (for example from the middle of its first year to the"
        " middle of its last) complies; a longer one does not.",
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

MESSAGES: Mapping[str, M] = {**_SHARED, **_ENGINE, **_RULES, **_R42, **_UI, **_DIFF_UI}
