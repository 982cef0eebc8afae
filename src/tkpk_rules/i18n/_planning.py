"""What the planner and the obligations tracker say: titles, reasons, notes, progress.

Keys ``"planning.*"``; ``"_join"`` writes several messages one after the other.
Dates are parameters (written by :func:`tkpk_rules.i18n.date_words`), and so are
the numbers of the law and the support level.  Values are ``(indonesian, english)``.
"""

from __future__ import annotations

PLANNING: dict[str, tuple[str, str]] = {
    # --- item titles -----------------------------------------------------------------
    "planning.title_meeting": (
        "Rapat koordinasi {number}: {subject}",
        "Coordination meeting {number}: {subject}",
    ),
    "planning.title_report": (
        "Penyusunan laporan pelaksanaan penanggulangan kemiskinan tahun {year}",
        "Drafting the {year} poverty-reduction implementation report",
    ),
    "planning.title_rat_draft": (
        "Penyusunan rancangan RAT {year} sebagai bahan RKPD {year}",
        "Drafting the RAT {year} as input to the RKPD {year}",
    ),
    "planning.title_rat_final": (
        "Penyelarasan RAT {year} dengan rancangan APBD {year} dan penetapannya",
        "Aligning the RAT {year} with the draft APBD {year}, and adopting it",
    ),
    "planning.title_rat_late": (
        "Penetapan RAT {year} bila belum ditetapkan",
        "Adopting the RAT {year} if not yet adopted",
    ),
    "planning.title_rpkd": ("Penyusunan RPKD {period}", "Drafting the RPKD {period}"),
    "planning.title_rpkd_review": (
        "Pemantauan pelaksanaan RPKD {period}",
        "Monitoring the implementation of the RPKD {period}",
    ),
    "planning.subject_report": ("laporan pelaksanaan {year}", "implementation report {year}"),
    "planning.subject_rat": ("RAT {year}", "RAT {year}"),
    "planning.subject_rpkd": ("RPKD", "RPKD"),
    "planning.subject_other": ("koordinasi", "coordination"),
    # --- why an item sits where it does ---------------------------------------------
    "planning.why_report": (
        "Tahun anggaran {prev} berakhir 31 Desember {prev}; perencana mengusulkan laporannya"
        " disusun pada triwulan I agar temuannya menjadi bahan RAT {next} sebelum RKPD {next}"
        " ditetapkan {rkpd_by} (usulan perencana: dalam praktik laporan sering baru"
        " disampaikan akhir tahun berikutnya; bukan ketentuan yang terverifikasi).",
        "The {prev} fiscal year closed on 31 December {prev}; the planner proposes drafting its"
        " report in the first quarter so that its findings feed the RAT {next} before the"
        " RKPD {next} is set at {rkpd_by} (the planner's proposal: in practice the report is"
        " often presented only late in the following year; not a verified provision).",
    ),
    "planning.why_rat_draft": (
        "RKPD {next} ditetapkan paling lambat {rkpd_by} {year}; agar menjadi bahan anggaran,"
        " rancangan RAT {next} sebaiknya sudah ada sebelumnya, jadi selesai paling lambat"
        " {end}, {ahead} sebelum batas itu (praktik).",
        "The RKPD {next} is set by {rkpd_by} {year}; to feed the budget, the draft RAT {next}"
        " is best ready before then, so it is finished by {end}, {ahead} ahead (practice).",
    ),
    "planning.why_rat_final": (
        "APBD {next} disetujui sebelum tahun {next} dimulai; RAT {next} diselaraskan dengan"
        " rancangan APBD dan ditetapkan paling lambat {end}, memberi {spare} cadangan (praktik).",
        "The APBD {next} is approved before {next} begins; the RAT {next} is aligned with the"
        " draft APBD and adopted by {end}, leaving {spare} in hand (practice).",
    ),
    "planning.why_rat_late": (
        "Catatan tidak menunjukkan RAT {year} yang ditetapkan sebelum tahun {year} dimulai"
        " (bisa jadi masih akan ditetapkan sebelum itu); bila pada awal tahun belum"
        " ditetapkan, tetapkan segera (praktik).",
        "The record shows no RAT {year} adopted before {year} begins (it may still be adopted"
        " before then); if it is not adopted when the year begins, adopt it early in the year"
        " (practice).",
    ),
    "planning.why_rpkd_new_rpjmd": (
        "Periode RPJMD baru {period} dimulai; RPKD disusun sebelum atau bersama RPJMD, yang"
        " ditetapkan paling lambat {months} setelah kepala daerah dilantik (UU 23/2014;"
        " konteks perencanaan: praktik). {when}",
        "A new RPJMD period {period} begins; the RPKD is drafted before or together with the"
        " RPJMD, which is set within {months} of the head of region taking office (UU 23/2014;"
        " planning context: practice). {when}",
    ),
    "planning.when_inauguration": (
        "Pelantikan {day}: batas {months} {end}.",
        "Taking office on {day}: {months} end on {end}.",
    ),
    "planning.when_unknown": (
        "Tanggal pelantikan tidak diberikan; batas dihitung paling awal, {months} dari awal"
        " tahun ({end}). Berikan tanggal pelantikan untuk batas yang tepat.",
        "No inauguration date given; the limit is taken at its earliest, {months} from the"
        " start of the year ({end}). Give the inauguration date for the exact limit.",
    ),
    "planning.why_rpkd_uncovered": (
        "Tidak ada RPKD yang ditetapkan untuk tahun {next} menurut catatan; RPKD baru perlu"
        " disusun tahun ini dan selesai paling lambat {end}.",
        "According to the record no adopted RPKD covers {next}; a new RPKD needs drafting this"
        " year, finished by {end}.",
    ),
    "planning.why_rpkd_unknown": (
        "Catatan tidak memuat dokumen perencanaan, sehingga tidak diketahui apakah RPKD"
        " mencakup tahun {next}; bila sudah ada, hapus butir ini.",
        "The record lists no planning documents, so it is unknown whether an RPKD covers {next};"
        " if one does, drop this item.",
    ),
    "planning.why_rpkd_review": (
        "RPKD {period} masih berlaku; perencana tetap memuat rencana kerja RPKD (pemantauan"
        " dan bahan penyesuaian). Isi agenda menurut Permendagri 53/2020 memuat penyusunan"
        " RPKD; apakah itu juga berlaku saat RPKD masih berlaku, sumber tidak menyebut"
        " (usulan perencana).",
        "The RPKD {period} is in force; the planner still includes RPKD work (monitoring and"
        " input for adjustments). The agenda's contents under Permendagri 53/2020 include"
        " drafting the RPKD; whether that also holds while an RPKD is in force the source does"
        " not say (the planner's proposal).",
    ),
    "planning.why_meeting_report": (
        "Membahas laporan pelaksanaan {prev} sebelum akhir Maret, saat perencana mengusulkan"
        " penyusunannya selesai.",
        "Discusses the {prev} implementation report before late March, when the planner"
        " proposes its drafting ends.",
    ),
    "planning.why_meeting_rkpd": (
        "Menyepakati rancangan RAT {next} sebelum RKPD {next} ditetapkan {rkpd_by} (praktik).",
        "Agrees the draft RAT {next} before the RKPD {next} is set at {rkpd_by} (practice).",
    ),
    "planning.why_meeting_apbd": (
        "Menyelaraskan RAT {next} dengan rancangan APBD {next} sebelum APBD disetujui, dan"
        " mengevaluasi pelaksanaan tahun {year} (praktik).",
        "Aligns the RAT {next} with the draft APBD {next} before the APBD is approved, and"
        " reviews {year} so far (practice).",
    ),
    "planning.why_meeting_rpkd": (
        "Membahas rancangan RPKD dalam masa penyusunannya ({span}).",
        "Discusses the draft RPKD while it is being drafted ({span}).",
    ),
    "planning.why_meeting_extra": (
        "Rapat tambahan ('atau lebih sesuai kebutuhan'), di tengah rentang terpanjang tanpa rapat.",
        "Additional meeting ('or more as needed'), in the middle of the longest stretch without"
        " one.",
    ),
    "planning.why_meeting_minimum": (
        "Rapat koordinasi paling sedikit {minimum} kali setahun (Permendagri 53/2020; {support}).",
        "At least {minimum} coordination meetings a year (Permendagri 53/2020; {support}).",
    ),
    "planning.why_topic_added": (
        "Rapat koordinasi tahun ini harus juga membahas {topic} (Permendagri 53/2020:"
        " RPKD, RAT dan laporan disusun melalui rapat koordinasi); belum ada rapat lain yang"
        " membahasnya.",
        "This year's coordination meetings must also work on the {topic} (Permendagri 53/2020:"
        " RPKD, RAT and the report are prepared through coordination meetings); no other"
        " meeting does.",
    ),
    "planning.why_fixed": (
        "Tanggal ini sudah ditetapkan sebelumnya dan dipertahankan.",
        "This date was fixed beforehand and is kept.",
    ),
    "planning.why_recorded_held": (
        "Sudah terlaksana menurut catatan.",
        "Already held according to the record.",
    ),
    "planning.why_recorded_scheduled": (
        "Sudah dijadwalkan menurut catatan dan dipertahankan.",
        "Already scheduled according to the record, and kept.",
    ),
    "planning.why_recorded_on_day_off": (
        "Catatan: tanggal ini jatuh pada {name}.",
        "Note: this date falls on {name}.",
    ),
    "planning.why_replaces": (
        "Menggantikan rapat yang dijadwalkan pada {day}, yang jatuh pada {name}.",
        "Replaces the meeting scheduled on {day}, which falls on {name}.",
    ),
    "planning.place_target": (
        "{day}: hari kerja{weekday} terdekat dengan sasaran {target}, dalam rentang {span}.",
        "{day}: the working day{weekday} nearest to the target {target}, within {span}.",
    ),
    "planning.place_weekday": (" pada hari pilihan ({name})", " on the preferred weekday ({name})"),
    "planning.place_moved": (
        "Sasaran {target} tidak dipakai: {name}.",
        "The target {target} was not used: {name}.",
    ),
    "planning.place_widened": (
        "Tidak ada hari yang cocok dalam rentang {span}; rapat dipindah ke hari kerja terdekat di"
        " luar rentang itu.",
        "No suitable day within {span}; the meeting was moved to the nearest working day"
        " outside it.",
    ),
    "planning.place_crowded": (
        "Tidak ada hari yang berjarak {spacing} dari rapat lain; jarak itu dilonggarkan.",
        "No day {spacing} away from other meetings; that spacing was relaxed.",
    ),
    "planning.place_uncertain": (
        "Hanya tersisa hari yang mungkin menjadi cuti bersama; periksa kembali setelah"
        " SKB cuti bersama terbit.",
        "Only days that may become joint leave remained; check again once the joint-leave decree"
        " is out.",
    ),
    # --- agenda-level notes -----------------------------------------------------------
    "planning.note_generated": (
        "Rancangan agenda kerja tahunan {year} yang disusun tkpk-rules; belum ditetapkan."
        " Penempatan kegiatan mengikuti siklus perencanaan (praktik), bukan ketentuan"
        " Permendagri 53/2020 yang terverifikasi.",
        "Draft annual work agenda {year} made by tkpk-rules; not adopted. Items are placed by"
        " the planning cycle (practice), not by a verified provision of Permendagri 53/2020.",
    ),
    "planning.note_no_joint_leave": (
        "Data cuti bersama tahun {year} belum tersedia; hari yang mungkin menjadi cuti bersama"
        " (sekitar Idul Fitri, Natal, hari kejepit) dihindari.",
        "Joint-leave (cuti bersama) data for {year} is not available yet; days that may become"
        " joint leave (around Eid al-Fitr, Christmas, bridge days) are avoided.",
    ),
    "planning.note_vague_meetings": (
        "Rapat koordinasi yang tercatat hanya dengan bulan atau tahunnya ({dates}) tidak"
        " ditempatkan pada hari tertentu dan tidak dihitung dalam rancangan ini, sehingga"
        " rancangan mungkin memuat rapat lebih banyak dari yang perlu. Lengkapi tanggalnya"
        " agar rapat itu diperhitungkan.",
        "Coordination meetings recorded only by their month or year ({dates}) are not placed"
        " on a day and not counted in this draft, so it may hold more meetings than needed."
        " Record their day for them to be counted.",
    ),
    "planning.note_estimated": (
        "Sebagian hari libur keagamaan {year} masih perkiraan; hari di sekitarnya dihindari.",
        "Some religious holidays of {year} are still estimates; the days around them are avoided.",
    ),
    "planning.note_transition": (
        "Tahun {year}: Permendagri 53/2020 berlaku paling lambat {pasti_sejak}; sebelum itu"
        " mungkin masih Permendagri 42/2010.",
        "{year}: Permendagri 53/2020 governs no later than {pasti_sejak}; before that"
        " Permendagri 42/2010 may still have governed.",
    ),
    "planning.note_rpkd_covered": (
        "RPKD {period} mencakup tahun {next}; RPKD baru belum perlu disusun tahun ini.",
        "The RPKD {period} covers {next}; no new RPKD is needed this year.",
    ),
    "planning.note_documents_unknown": (
        "Catatan tidak memuat dokumen perencanaan; status RAT {year} tidak diketahui.",
        "The record lists no planning documents; the status of the RAT {year} is unknown.",
    ),
    # --- days off -------------------------------------------------------------------
    "planning.day_weekend": ("akhir pekan ({name})", "a weekend ({name})"),
    "planning.day_avoided": ("hari yang diminta untuk dihindari", "a day asked to be avoided"),
    "planning.day_taken": ("sudah ada rapat lain", "another meeting already"),
    "planning.day_maybe_leave": (
        "kemungkinan cuti bersama ({name})",
        "possible joint leave ({name})",
    ),
    # --- obligations ----------------------------------------------------------------
    "planning.meetings_progress": (
        "{held} dari {required} rapat koordinasi tahun {year} terlaksana",
        "{held} of {required} coordination meetings of {year} held",
    ),
    "planning.meetings_done": (
        "{held} dari {required} rapat koordinasi tahun {year} terlaksana; kewajiban minimum"
        " terpenuhi.",
        "{held} of {required} coordination meetings of {year} held; the minimum is met.",
    ),
    "planning.meetings_more": (
        "{progress}; {missing} lagi paling lambat {deadline}.",
        "{progress}; {missing} more needed by {deadline}.",
    ),
    "planning.meetings_scheduled": (" Terjadwal: {days}.", " Scheduled: {days}."),
    "planning.meetings_unscheduled": (
        " {count} rapat belum dijadwalkan; sisa hari kerja tahun ini: {workdays}.",
        " {count} not scheduled yet; working days left this year: {workdays}.",
    ),
    "planning.meetings_on_day_off": (
        " Rapat {day} jatuh pada {name}; pindahkan.",
        " The meeting on {day} falls on {name}; move it.",
    ),
    "planning.meetings_missed": (
        "{progress}; tahun {year} sudah berakhir dengan kekurangan {missing} rapat.",
        "{progress}; {year} ended {missing} short.",
    ),
    "planning.meetings_unknown": (
        "{progress}; {unknown} rapat lain belum pasti terhitung (status, jenis, tanggal atau"
        " kepastiannya belum jelas), sehingga belum dapat dipastikan.",
        "{progress}; {unknown} more may or may not count (their status, kind, date or"
        " certainty is open), so it cannot be settled.",
    ),
    "planning.meetings_no_team": (
        "Catatan tidak menunjukkan tim yang sudah dibentuk pada tahun {year}; kewajiban rapat "
        "tahun itu tidak dapat dinilai.",
        "The record shows no team formed by {year}; that year's meeting obligation cannot "
        "be judged.",
    ),
    "planning.meetings_not_judged": (
        "{progress}; kewajiban rapat tahun itu belum dapat dinilai: {reason}",
        "{progress}; that year's meeting obligation cannot be judged yet: {reason}",
    ),
    "planning.meetings_not_recorded": (
        "Catatan tidak memuat rapat koordinasi; jumlah rapat tahun {year} tidak diketahui.",
        "The record lists no coordination meetings; the number held in {year} is unknown.",
    ),
    "planning.agenda_adopted": (
        "Agenda kerja tahunan {year} ditetapkan {day}.",
        "The annual work agenda {year} was adopted on {day}.",
    ),
    "planning.agenda_not_adopted": (
        "Agenda kerja tahunan {year} ada tetapi belum ditetapkan.",
        "The annual work agenda {year} exists but has not been adopted.",
    ),
    "planning.agenda_missing": (
        "Belum ada agenda kerja tahunan {year}; susun dengan 'tkpk-rules plan'.",
        "There is no annual work agenda {year} yet; draw one up with 'tkpk-rules plan'.",
    ),
    "planning.agenda_unknown": (
        "Catatan tidak memuat agenda kerja; agenda {year} tidak diketahui.",
        "The record lists no work agendas; the {year} agenda is unknown.",
    ),
    "planning.agenda_adoption_unknown": (
        "Agenda kerja tahunan {year} ada; tanggal penetapannya tidak tercatat.",
        "The annual work agenda {year} exists; its adoption date is not recorded.",
    ),
    "planning.contents_complete": (
        "Agenda {year} memuat rencana kerja RPKD, RAT dan laporan pelaksanaan.",
        "The {year} agenda holds work plans for the RPKD, the RAT and the implementation report.",
    ),
    "planning.contents_missing": (
        "Agenda {year} belum memuat rencana kerja: {missing}.",
        "The {year} agenda lacks a work plan for: {missing}.",
    ),
    "planning.rat_done": ("RAT {year} ditetapkan {day}.", "The RAT {year} was adopted on {day}."),
    "planning.rat_done_undated": (
        "RAT {year} sudah ditetapkan.",
        "The RAT {year} has been adopted.",
    ),
    "planning.rat_open": (
        "RAT {year} belum ditetapkan{draft}",
        "The RAT {year} has not been adopted yet{draft}",
    ),
    "planning.rat_draft": (" (masih draf)", " (still a draft)"),
    "planning.rat_before_rkpd": (
        "{status}; agar menjadi bahan RKPD {year}, rancangannya perlu ada sebelum RKPD"
        " ditetapkan {rkpd_by} ({deadline}; praktik).",
        "{status}; to feed the RKPD {year} a draft has to exist before the RKPD is set at"
        " {rkpd_by} ({deadline}; practice).",
    ),
    "planning.rat_before_apbd": (
        "{status}; RKPD {year} biasanya sudah ditetapkan ({rkpd_by}, praktik); tetapkan RAT"
        " sebelum APBD {year} disetujui, paling lambat {deadline}.",
        "{status}; the RKPD {year} is usually set by now ({rkpd_by}, practice); adopt the RAT"
        " before the APBD {year} is approved, by {deadline} at the latest.",
    ),
    "planning.rat_practice_passed": (
        " Dalam praktik RAT {year} ditetapkan sebelum APBD {year} disetujui ({day}); saat itu"
        " sudah lewat, dan aturan RAT menilai tahun {year} pada akhir tahun.",
        " In practice the RAT {year} is adopted before the APBD {year} is approved ({day}); that"
        " day has passed, and the RAT rule judges {year} at the end of the year.",
    ),
    "planning.rat_agenda_target": (
        " Agenda kerja menargetkan {day}.",
        " The work agenda targets {day}.",
    ),
    "planning.rat_late": (
        "{status}; tahun {year} sudah berjalan.",
        "{status}; {year} is already under way.",
    ),
    "planning.report_done": (
        "Laporan pelaksanaan {year} ditetapkan/disampaikan {day}.",
        "The {year} implementation report was adopted/submitted on {day}.",
    ),
    "planning.report_done_undated": (
        "Laporan pelaksanaan {year} sudah ditetapkan.",
        "The {year} implementation report has been adopted.",
    ),
    "planning.report_open": (
        "Laporan pelaksanaan {year} belum ditetapkan; laporan dibuat setiap tahun, batas waktunya"
        " tidak diketahui (praktik: akhir tahun berikutnya, {deadline}).",
        "The {year} implementation report has not been adopted; it is produced yearly, its"
        " deadline is unknown (practice: late in the following year, {deadline}).",
    ),
    "planning.report_behind_agenda": (
        " Agenda kerja menargetkan {day}, yang sudah lewat.",
        " The work agenda targeted {day}, which has passed.",
    ),
    "planning.rpkd_covered": (
        "RPKD {period} mencakup tahun {year} dan {next}.",
        "The RPKD {period} covers {year} and {next}.",
    ),
    "planning.rpkd_ends": (
        "RPKD {period} berakhir tahun {year}; RPKD berikutnya disusun sebelum atau bersama"
        " RPJMD baru. Saran praktik: siapkan sebelum {deadline} (aturan tidak menyebut"
        " tenggat).",
        "The RPKD {period} ends in {year}; the next one is drafted before or with the new"
        " RPJMD. Practice advice: have it ready before {deadline} (the rules name no"
        " deadline).",
    ),
    "planning.rpkd_new_rpjmd": (
        "Periode RPJMD {period} dimulai; RPKD disusun sebelum atau bersama RPJMD (praktik:"
        " {months} setelah pelantikan kepala daerah).",
        "The RPJMD period {period} begins; the RPKD is drafted before or together with the"
        " RPJMD (practice: within {months} of the head of region taking office).",
    ),
    "planning.rpkd_none": (
        "Tidak ada RPKD yang ditetapkan untuk tahun {year} menurut catatan.",
        "According to the record no adopted RPKD covers {year}.",
    ),
    "planning.rpkd_unknown": (
        "Catatan tidak memuat dokumen perencanaan; RPKD tidak diketahui.",
        "The record lists no planning documents; the RPKD is unknown.",
    ),
    "planning.regime_undetermined": (
        "Pada {day} belum pasti apakah Permendagri 53/2020 sudah berlaku; kewajiban ini belum"
        " dapat ditentukan.",
        "On {day} it is not certain that Permendagri 53/2020 already governed; this obligation"
        " cannot be settled.",
    ),
    "planning.regime_before": (
        "Pada {day} yang berlaku adalah {regulation}; pelacak ini memodelkan Permendagri 53/2020.",
        "On {day} {regulation} governed; this tracker models Permendagri 53/2020.",
    ),
    "planning.docs_unknown": (
        "Catatan tidak memuat dokumen perencanaan; status dokumen ini tidak diketahui.",
        "The record lists no planning documents; the state of this document is unknown.",
    ),
    "planning.engine_says": ("{reason}", "{reason}"),
    "planning.not_judged": (
        "Aturan untuk kewajiban ini tidak dapat menilai catatan tahun {year}; periksa"
        " 'tkpk-rules check'.",
        "The rule for this obligation cannot judge the {year} record; see 'tkpk-rules check'.",
    ),
    "_join": ("{parts}", "{parts}"),
    # --- labels ---------------------------------------------------------------------
    "planning.label_rpkd": ("RPKD", "RPKD"),
    "planning.label_rat": ("RAT", "RAT"),
    "planning.label_report": ("laporan pelaksanaan", "implementation report"),
}
