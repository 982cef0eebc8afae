"""What each document field and class means, in Indonesian and English: the glossary.

One glossary for every reader, one entry per field and one wording: the field
tables of the documentation site, the header comments of the workbook and the
comments of ``tkpk-rules init`` all read it (:func:`meaning`; the workbook and
``init`` write its Markdown as plain text).  The *names, types, required flags and allowed
values* of the fields come from the model; only the meaning is written here.
The site's build fails when the model has a field or a class the glossary does
not explain, or the glossary explains one that no longer exists.

Keys: ``"Class.field"``, or ``"*.field"`` for a meaning shared by every class
that has the field; ``"Class"`` for the class itself.  The workbook's own
columns (``letak``, ``teks``) are in :data:`WORKBOOK`.
"""

from __future__ import annotations

from collections.abc import Mapping

from tkpk_rules.i18n._words import Words

__all__ = ["CLASSES", "FIELDS", "GLOSSARY", "VALUE_GLOSSES", "WORKBOOK", "meaning"]

_CLASSES: dict[str, tuple[str, str]] = {
    "Dossier": (
        "Seluruh catatan TKPK satu daerah: satu dokumen = satu daerah.",
        "One region's whole TKPK record: one document is one region.",
    ),
    "RegionRef": (
        "Daerah yang dicatat, dengan kode Kemendagri.",
        "The region the record is about, by its Kemendagri code.",
    ),
    "Team": (
        "Tim sebagaimana dibentuk oleh satu keputusan (atau peraturan) kepala daerah.",
        "A team as one decree (or regulation) of the head of region forms it.",
    ),
    "WorkingGroup": (
        "Kelompok kerja (pokja) di dalam tim.",
        "A working group (pokja) of the team.",
    ),
    "Secretariat": (
        "Sekretariat TKPK yang mendukung tim.",
        "The TKPK secretariat that supports the team.",
    ),
    "Vacancy": (
        "Catatan bahwa suatu jabatan kosong antara dua tanggal.",
        "A record that an office stood empty between two dates.",
    ),
    "DateRange": ("Rentang tanggal.", "A span of days."),
    "Instrument": (
        "Produk hukum kepala daerah: keputusan atau peraturan.",
        "A legal instrument of the head of region: a decree or a regulation.",
    ),
    "Official": (
        "Seorang pejabat dalam jabatannya (penandatangan, pemimpin rapat).",
        "A person in an office (who signed, who chaired).",
    ),
    "Office": (
        "Jabatan yang dipegang seseorang.",
        "An office held by a person.",
    ),
    "Member": (
        "Anggota tim atau kelompok kerja.",
        "A member of the team or of a working group.",
    ),
    "AnnualAgenda": (
        "Agenda kerja tahunan tim untuk satu tahun.",
        "The team's annual work agenda for one year.",
    ),
    "AgendaItem": (
        "Satu kegiatan dalam agenda kerja tahunan.",
        "One activity of an annual agenda.",
    ),
    "Meeting": (
        "Satu rapat tim.",
        "One meeting of the team.",
    ),
    "PlanningDocument": (
        "Dokumen perencanaan: RPKD, RAT, laporan pelaksanaan, SPKD, RPJMD.",
        "A planning document: RPKD, RAT, implementation report, SPKD, RPJMD.",
    ),
    "Programme": (
        "Program dalam RPKD atau RAT, dengan strategi (Pasal 17) dan kelompoknya (Pasal 18)"
        " sebagaimana ditulis dokumen.",
        "A programme of an RPKD or RAT, with its strategy (Pasal 17) and group (Pasal 18)"
        " as the document gives them.",
    ),
    "YearRange": (
        "Rentang tahun penuh, kedua ujung termasuk.",
        "A span of whole years, both ends included.",
    ),
    "Source": (
        "Satu sumber catatan (keputusan, notulen, berita, paparan...), dengan id yang dirujuk "
        "oleh isian `sumber` pada fakta-fakta.",
        "One source of the record (a decree, minutes, news, slides...), with an id that facts "
        "cite in their own `sumber`.",
    ),
    "Coverage": (
        "Periode yang dibicarakan catatan ini, dan daftar mana yang diketahui belum lengkap.",
        "The period the record speaks for, and which of its lists are known to be incomplete.",
    ),
    "RelatedInstrument": (
        "Produk hukum daerah lain tentang penanggulangan kemiskinan yang tidak membentuk tim "
        "(Perda, Perbup petunjuk teknis, Instruksi Bupati...). Dicatat, belum dinilai.",
        "Another instrument of the region on poverty reduction that does not form the team "
        "(a Perda, a Perbup of technical guidance, an Instruksi Bupati...). Recorded, not judged.",
    ),
    "SubTeam": (
        "Tim di bawah daerah (TKPK Kecamatan, TKPK/TPKK Kelurahan, tim desa). Dicatat, "
        "tidak dinilai.",
        "A team below the region (TKPK Kecamatan, TKPK/TPKK Kelurahan, a village team). "
        "Recorded, not judged.",
    ),
    "ActingChair": (
        "Pelaksana ketua: orang yang ditugasi menjalankan tugas ketua untuk suatu masa, di luar "
        "lima jabatan dalam keputusan. Dicatat, belum dinilai.",
        "An acting chair (pelaksana ketua): someone given the chair's duties for a period, "
        "outside the decree's five posts. Recorded, not judged yet.",
    ),
}

#: How a date that may be known only to its month or year is written, said once for every
#: such field (``_DAY_OR_LESS`` in Indonesian and English): a day, or a month, or a year.
_DAY_OR_LESS = (
    "TTTT-BB-HH; atau TTTT-BB / tahun saja bila hanya itu yang diketahui",
    "YYYY-MM-DD; or YYYY-MM / the year alone when that is all that is known",
)


def _or_less(indonesian: str, english: str, after: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """A date field's help: its meaning, the forms it takes in brackets, then ``after``."""
    return (
        f"{indonesian} ({_DAY_OR_LESS[0]}){after[0]}.",
        f"{english} ({_DAY_OR_LESS[1]}){after[1]}.",
    )


_FIELDS: dict[str, tuple[str, str]] = {
    # shared meanings
    "*.keterangan": ("Catatan bebas.", "Free notes."),
    "*.judul": ("Judul sebagaimana tertulis.", "The title as written."),
    "*.nama": ("Nama sebagaimana tertulis.", "The name as written."),
    "*.kepastian": (
        "Seberapa pasti fakta ini: `dinyatakan` (disebut sumber; anggapan bila tidak ditulis), "
        "`disimpulkan` (disimpulkan penyusun catatan) atau `belum_pasti`.",
        "How sure the record is of this fact: `dinyatakan` (stated by a source; the default "
        "when left out), `disimpulkan` (inferred by whoever compiled the record) or "
        "`belum_pasti` (uncertain).",
    ),
    "*.sumber": (
        "Id sumber yang menyebut fakta ini, dari daftar `sumber` di puncak dokumen (di buku"
        " kerja: lembar Sumber).",
        "Ids of the sources stating this fact, from the document's top-level `sumber` list (in"
        " the workbook: sheet Sumber).",
    ),
    # the document itself
    "Dossier.format": (
        "Versi format dokumen; selalu `tkpk-rules/1`.",
        "The document format version; always `tkpk-rules/1`.",
    ),
    "Dossier.wilayah": ("Daerah yang dicatat.", "The region the record is about."),
    "Dossier.tim": (
        "Tim yang dibentuk oleh keputusan terakhir.",
        "The team formed by the latest instrument.",
    ),
    "Dossier.riwayat_tim": (
        "Tim-tim sebelumnya, agar catatan bisa dinilai pada tanggal lampau.",
        "Earlier teams, so the record can be judged on a past date.",
    ),
    "Dossier.sekretariat": ("Sekretariat TKPK.", "The TKPK secretariat."),
    "Dossier.kekosongan_jabatan": (
        "Jabatan yang pernah atau sedang kosong (misalnya wakil bupati).",
        "Offices that were or are vacant (for example the deputy head).",
    ),
    "Dossier.agenda_kerja": (
        "Agenda kerja tahunan, satu per tahun.",
        "Annual work agendas, one per year.",
    ),
    "Dossier.rapat_koordinasi": (
        "Rapat-rapat tim; hanya yang berjenis `rapat_koordinasi` dihitung.",
        "The team's meetings; only those of kind `rapat_koordinasi` count.",
    ),
    "Dossier.dokumen": (
        "Dokumen perencanaan dan laporan.",
        "Planning documents and reports.",
    ),
    "Dossier.sumber": (
        "Dari mana catatan ini berasal: tiap butir berupa teks bebas (nomor keputusan, "
        "laporan, berita), atau sumber terinci dengan `id` yang dapat dirujuk fakta.",
        "Where the record comes from: each entry free text (decree numbers, reports, news), "
        "or a detailed source with an `id` that facts can cite.",
    ),
    "Dossier.cakupan": (
        "Periode yang dibicarakan catatan dan daftar yang diketahui belum lengkap; bila tidak "
        "ditulis, setiap daftar yang ditulis dianggap lengkap.",
        "The period the record speaks for and the lists known to be incomplete; when left "
        "out, every list written is taken as complete.",
    ),
    "Dossier.instrumen_terkait": (
        "Produk hukum lain tentang penanggulangan kemiskinan (Perda, Perbup, Instruksi...).",
        "Other instruments on poverty reduction (Perda, Perbup, Instruksi...).",
    ),
    "Dossier.tim_bawahan": (
        "Tim di bawah daerah: TKPK Kecamatan, TKPK/TPKK Kelurahan, tim desa.",
        "Teams below the region: TKPK Kecamatan, TKPK/TPKK Kelurahan, village teams.",
    ),
    # sources and coverage
    "Source.id": (
        "Id singkat sumber, misalnya `sk-2024` atau `berita-1`; dirujuk dari isian `sumber` fakta.",
        "A short id, e.g. `sk-2024` or `berita-1`, that facts cite in their `sumber`.",
    ),
    "Source.jenis": ("Jenis sumber.", "The kind of source."),
    "Source.alamat": (
        "Letak sumber: alamat web, nama berkas, nomor arsip.",
        "Where it is: a web address, a file name, an archive number.",
    ),
    "Source.tanggal": (
        "Tanggal sumber itu sendiri (terbit, tanggal notulen); atau tahunnya (`2024`) atau"
        " bulannya saja (`2024-05`).",
        "The source's own date (publication, date of the minutes); or the year (`2024`) or"
        " month (`2024-05`) alone.",
    ),
    "Source.diakses": _or_less(
        "Tanggal sumber dibaca, untuk sumber web", "The day it was read, for web sources"
    ),
    "Coverage.mulai": _or_less(
        "Hari pertama yang dibicarakan catatan", "The first day the record speaks for"
    ),
    "Coverage.selesai": _or_less(
        "Hari terakhir yang dibicarakan catatan", "The last day the record speaks for"
    ),
    "Coverage.sebagian": (
        "Letak daftar yang diketahui belum lengkap, misalnya `rapat_koordinasi`, "
        "`tim.anggota`, `riwayat_tim[0].anggota`.",
        "Paths of the lists known to be incomplete, e.g. `rapat_koordinasi`, `tim.anggota`, "
        "`riwayat_tim[0].anggota`.",
    ),
    # related instruments, sub-teams, acting chairs
    "RelatedInstrument.jenis": (
        "Bentuknya: Perda, peraturan kepala daerah, keputusan, instruksi, surat edaran.",
        "Its form: Perda, regulation of the head of region, decree, instruction, circular.",
    ),
    "RelatedInstrument.penerbit": ("Jabatan yang menerbitkan.", "The office that issued it."),
    "RelatedInstrument.nomor": (
        "Nomor persis seperti tertulis (di YAML dalam tanda kutip).",
        "The number exactly as written (quoted in YAML).",
    ),
    "RelatedInstrument.tanggal": (
        "Tanggal ditetapkan; atau tahunnya saja (`2024`) atau bulannya saja (`2024-05`).",
        "The day it was issued; or the year alone (`2024`) or the month alone (`2024-05`).",
    ),
    "RelatedInstrument.penandatangan": ("Yang menandatangani.", "Who signed it."),
    "RelatedInstrument.dasar_hukum": (
        "Peraturan yang dikutip sebagai dasar.",
        "The regulations it cites as its basis.",
    ),
    "SubTeam.tingkat": (
        "Tingkat: kecamatan, kelurahan, desa.",
        "Level: kecamatan, kelurahan, desa.",
    ),
    "SubTeam.wilayah": (
        "Wilayahnya, misalnya `Kecamatan Sokaraja`; tidak ditulis bila butir ini mewakili "
        "banyak tim.",
        "Its area, e.g. `Kecamatan Sokaraja`; left out when the entry stands for many teams.",
    ),
    "SubTeam.jumlah": (
        'Banyaknya tim yang diwakili butir ini ("dibentuk di 27 kecamatan").',
        'How many teams the entry stands for ("formed in 27 kecamatan").',
    ),
    "SubTeam.pembentukan": ("Produk hukum yang membentuknya.", "The instrument that formed it."),
    "SubTeam.ketua": ("Ketuanya.", "Its chair."),
    "SubTeam.anggota": ("Anggotanya.", "Its members."),
    "Team.pelaksana_ketua": (
        "Orang yang ditugasi menjalankan tugas ketua untuk sementara (pelaksana ketua).",
        "People given the chair's duties for a while (acting chair, pelaksana ketua).",
    ),
    "ActingChair.pejabat": ("Siapa, dengan jabatannya.", "Who, with the office held."),
    "ActingChair.masa": (
        "Dari kapan sampai kapan (`mulai`, `selesai`: tanggal, atau bulan atau tahunnya saja"
        " bila hanya itu yang diketahui); `selesai: null` bila masih berjalan.",
        "From when to when (`mulai`, `selesai`: a day, or only the month or year when that is"
        " all that is known); `selesai: null` while it still runs.",
    ),
    "ActingChair.penugasan": (
        "Produk hukum yang memberi tugas itu (instruksi, surat), bila diketahui.",
        "The instrument that gave the task (an instruction, a letter), when known.",
    ),
    "Dossier.keterangan": ("Catatan tentang seluruh dokumen.", "Notes on the whole record."),
    "RegionRef.kode": (
        'Kode wilayah Kemendagri dengan titik: `"33.02"` (kabupaten/kota) atau `"33"`'
        " (provinsi); di YAML dalam tanda kutip.",
        'The Kemendagri region code with its dot: `"33.02"` (kabupaten/kota) or `"33"`'
        " (province); quoted in YAML.",
    ),
    "RegionRef.nama": (
        "Nama daerah sebagaimana ditulis (diperiksa terhadap kode).",
        "The region's name as written (checked against the code).",
    ),
    # team
    "Team.nama": (
        "Nama tim sebagaimana tertulis (TKPK, TKPKD, Tim Penanggulangan Kemiskinan...).",
        "The team's name as written (TKPK, TKPKD, Tim Penanggulangan Kemiskinan...).",
    ),
    "Team.pembentukan": (
        "Keputusan atau peraturan yang membentuk tim.",
        "The decree or regulation that forms the team.",
    ),
    "Team.masa_kerja": (
        "Masa kerja tim, bila keputusan menyebutnya; bila hanya tahunnya yang disebut (misalnya"
        " 2025–2029), tahunnya saja: `mulai: 2025`, `selesai: 2029`.",
        "The team's term, when the decree states one; when it gives only the years (for example"
        " 2025–2029), the years alone: `mulai: 2025`, `selesai: 2029`.",
    ),
    "Team.penanggung_jawab": (
        "Penanggung jawab (biasanya kepala daerah).",
        "The person responsible (usually the head of region).",
    ),
    "Team.ketua": ("Ketua tim.", "The chair."),
    "Team.wakil_ketua": ("Wakil ketua tim.", "The vice-chair."),
    "Team.sekretaris": ("Sekretaris tim.", "The secretary."),
    "Team.wakil_sekretaris": ("Wakil sekretaris tim.", "The deputy secretary."),
    "Team.anggota": (
        "Anggota lain di luar pimpinan; daftar kosong `[]` berarti tidak ada anggota lain.",
        "The other members; an empty list `[]` means there are none.",
    ),
    "Team.kelompok_kerja": ("Kelompok kerja tim.", "The team's working groups."),
    "Team.keterangan": ("Catatan tentang tim.", "Notes on the team."),
    # working group
    "WorkingGroup.nama": ("Nama kelompok kerja.", "The working group's name."),
    "WorkingGroup.bidang": ("Bidang kerjanya.", "Its field of work."),
    "WorkingGroup.koordinator": ("Koordinator kelompok kerja.", "Its coordinator."),
    "WorkingGroup.anggota": ("Anggota kelompok kerja.", "Its members."),
    # secretariat
    "Secretariat.pembentukan": (
        "Keputusan yang membentuk sekretariat.",
        "The decree that forms the secretariat.",
    ),
    "Secretariat.kepala": ("Kepala sekretariat.", "The head of the secretariat."),
    "Secretariat.kedudukan": (
        "Tempat kedudukan sekretariat, misalnya Bappeda.",
        "Where the secretariat sits, for example the Bappeda.",
    ),
    "Secretariat.anggota": ("Anggota sekretariat.", "Members of the secretariat."),
    # vacancy
    "Vacancy.jabatan": ("Jabatan yang kosong.", "The office that was vacant."),
    "Vacancy.mulai": _or_less("Hari pertama kosong", "The first vacant day"),
    "Vacancy.selesai": _or_less(
        "Hari terakhir kosong",
        "The last vacant day",
        (
            "; `null` bila masih kosong; bila tidak diisi, jabatan mungkin sudah terisi kapan"
            " saja sesudah hari pertama",
            "; `null` while it is still vacant; left out, the post may have been filled any"
            " day after the first",
        ),
    ),
    "Vacancy.pengisi": (
        "Siapa yang menjalankan tugas selama kosong, bila ada.",
        "Who carried out the duties meanwhile, if anyone.",
    ),
    # date range
    "DateRange.mulai": _or_less("Tanggal mulai", "The first day"),
    "DateRange.selesai": _or_less(
        "Tanggal selesai",
        "The last day",
        ("; `null` bila masih berjalan", "; `null` while it is still running"),
    ),
    # instrument
    "Instrument.jenis": (
        "Bentuk produk hukum: keputusan atau peraturan.",
        "The form: decree (keputusan) or regulation (peraturan).",
    ),
    "Instrument.penerbit": (
        "Jabatan yang menerbitkan (gubernur, bupati, wali kota).",
        "The office that issues it (governor, bupati, mayor).",
    ),
    "Instrument.nomor": (
        'Nomor persis seperti tertulis, misalnya `"400.9/0123/2025"` (di YAML dalam tanda kutip).',
        'The number exactly as written, e.g. `"400.9/0123/2025"` (quoted in YAML).',
    ),
    "Instrument.tanggal": (
        "Tanggal ditetapkan; bila sumber hanya menyebut tahunnya, tahunnya saja (`2024`, angka),"
        " bila hanya bulannya, `2024-05`. Pada hari-hari yang dicakup tahun atau bulan itu, tim"
        " mana yang berlaku tidak dapat dipastikan. Jangan mengarang tanggal 1 Januari.",
        "The day it was issued; if the source gives only the year, the year alone (`2024`, a"
        " number), if only the month, `2024-05`. On the days that year or month spans, which"
        " team applies cannot be settled. Never invent 1 January.",
    ),
    "Instrument.judul": ("Judul (tentang ...).", "The title (tentang ...)."),
    "Instrument.penandatangan": (
        "Yang menandatangani, dengan jabatannya (termasuk Plt./Pj.).",
        "Who signed it, with the office held (including acting).",
    ),
    "Instrument.dasar_hukum": (
        "Peraturan yang dikutip sebagai dasar, sebagaimana tertulis, misalnya Permendagri"
        " Nomor 53 Tahun 2020.",
        "The regulations it cites as its basis, as written, e.g. Permendagri Nomor 53 Tahun 2020.",
    ),
    # official, office, member
    "Official.nama": ("Nama pejabat.", "The official's name."),
    "Official.jabatan": ("Jabatannya.", "The office held."),
    "Official.atas_nama": (
        'Jabatan yang diwakili ("a.n. Bupati"), bila orang ini bertindak atas nama orang lain.',
        'The office on whose behalf the person acted ("a.n. Bupati"), when the record says so.',
    ),
    "Office.jenis": (
        "Jenis jabatan; kepala badan perencanaan selalu `kepala_perencanaan`, "
        "apa pun nama badannya.",
        "The kind of office; the planning agency's head is always `kepala_perencanaan`, "
        "whatever the agency is called.",
    ),
    "Office.sebutan": (
        "Sebutan jabatan sebagaimana ditulis di keputusan, misalnya Kepala Bappeda.",
        "The title as the decree writes it, e.g. Kepala Bappeda.",
    ),
    "Office.instansi": (
        "Nama instansinya sendiri, misalnya Bappeda Kabupaten Garut.",
        "The agency's own name, e.g. Bappeda Kabupaten Garut.",
    ),
    "Office.status": (
        "Definitif atau pelaksana (Plt., Pj., Plh.).",
        "Definitive or acting (Plt., Pj., Plh.).",
    ),
    "Member.nama": ("Nama anggota.", "The member's name."),
    "Member.jabatan": ("Jabatan anggota.", "The member's office."),
    "Member.unsur": (
        "Unsur keanggotaan sebagaimana dicatat; bila kosong, pustaka menggolongkan dari "
        "`kategori` dan `jabatan` dan menyatakannya.",
        "The membership element as recorded; when left out the library classifies the "
        "member from `kategori` and `jabatan`, and says so.",
    ),
    "Member.kategori": (
        "Jenis lembaga asal anggota.",
        "What kind of body the member comes from.",
    ),
    "Member.organisasi": (
        "Lembaga asal, bila bukan perangkat daerah.",
        "The body the member comes from, when it is not a regional agency.",
    ),
    # agenda and meetings
    "AnnualAgenda.tahun": ("Tahun agenda.", "The agenda's year."),
    "AnnualAgenda.ditetapkan": _or_less(
        "Tanggal agenda ditetapkan",
        "The day it was adopted",
        ("; `null` berarti belum ditetapkan", "; `null` means not adopted"),
    ),
    "AnnualAgenda.kegiatan": ("Kegiatan dalam agenda.", "The agenda's activities."),
    "AgendaItem.kegiatan": ("Jenis kegiatan.", "The kind of activity."),
    "AgendaItem.mulai": _or_less("Tanggal mulai", "The first day"),
    "AgendaItem.selesai": _or_less("Tanggal selesai", "The last day"),
    "AgendaItem.pembahasan": ("Apa yang dibahas atau dikerjakan.", "What it works on."),
    "AgendaItem.alasan": (
        "Mengapa kegiatan ditempatkan pada tanggal itu.",
        "Why the item sits where it does.",
    ),
    "Meeting.tanggal": (
        "Tanggal rapat, bentuk TTTT-BB-HH; bila hanya bulannya yang diketahui TTTT-BB, bila"
        " hanya tahunnya TTTT (`2024`).",
        "The day of the meeting, as YYYY-MM-DD; if only its month is known YYYY-MM, if only"
        " its year YYYY (`2024`).",
    ),
    "Meeting.jenis": (
        "Jenis rapat; hanya `rapat_koordinasi` dihitung untuk jumlah minimal.",
        "The kind of meeting; only `rapat_koordinasi` counts towards the minimum.",
    ),
    "Meeting.status": (
        "Terlaksana, dijadwalkan, atau dibatalkan.",
        "Held, scheduled, or cancelled.",
    ),
    "Meeting.pembahasan": ("Pokok bahasan rapat.", "What the meeting discussed."),
    "Meeting.dipimpin_oleh": (
        "Siapa yang memimpin rapat (dicatat, bukan kesalahan bila bukan ketua).",
        "Who chaired it (a fact to record, not an error when it was not the chair).",
    ),
    "Meeting.peserta": (
        "Peserta rapat: tiap butir berupa teks (nama orang atau instansi), atau orang terinci "
        "dengan jabatan dan unsur, seperti anggota tim.",
        "Who took part: each entry text (a person or an agency), or a person with office and "
        "element, written like a team member.",
    ),
    "Meeting.tanggal_selesai": _or_less(
        "Hari terakhir rapat yang berlangsung beberapa hari",
        "The last day of a meeting that spans several days",
    ),
    "Meeting.dibuka_oleh": (
        "Siapa yang membuka rapat, bila berbeda dari yang memimpin.",
        "Who opened the meeting, when not who led it.",
    ),
    "Meeting.tempat": ("Tempat rapat.", "Where it was held."),
    # planning documents
    "PlanningDocument.jenis": ("Jenis dokumen.", "The kind of document."),
    "PlanningDocument.periode": (
        "Periode dokumen lima tahunan (RPKD, SPKD, RPJMD).",
        "The period of a multi-year plan (RPKD, SPKD, RPJMD).",
    ),
    "PlanningDocument.tahun": (
        "Tahun yang dicakup RAT, atau tahun yang dilaporkan laporan pelaksanaan.",
        "The year a RAT is for, or the year a report reports on.",
    ),
    "PlanningDocument.status": ("Draf atau ditetapkan.", "Draft or adopted."),
    "PlanningDocument.ditetapkan": _or_less(
        "Tanggal ditetapkan, atau disampaikan untuk laporan",
        "The day it was adopted, or submitted for a report",
        ("; `null` berarti belum", "; `null` means not yet"),
    ),
    "PlanningDocument.penetapan": (
        "Produk hukum yang menetapkannya, bila ada.",
        "The instrument that adopted it, if any.",
    ),
    "PlanningDocument.semester": (
        "Untuk laporan semester: `pertama` (Januari–Juni) atau `kedua` (Juli–Desember).",
        "For a semester report: `pertama` (January–June) or `kedua` (July–December).",
    ),
    "PlanningDocument.tanggal_draf": _or_less(
        "Tanggal-tanggal draf diketahui ada: dilihat, dipaparkan, dibahas",
        "Days a draft was known to exist: seen, presented, discussed",
        ("; draf bukan dokumen yang ditetapkan", "; a draft is not an adopted document"),
    ),
    "PlanningDocument.disusun_bersama_rpjmd": (
        "Untuk RPKD: apakah disusun bersama RPJMD.",
        "For an RPKD: whether it was drafted together with the RPJMD.",
    ),
    "PlanningDocument.bab": (
        "Judul bab dokumen sesuai urutannya (RPKD: lima bab menurut Pasal 20).",
        "The document's chapter titles, in order (RPKD: the five chapters of Pasal 20).",
    ),
    "PlanningDocument.program": (
        "Program RPKD atau RAT, dengan strategi (Pasal 17) dan kelompoknya (Pasal 18).",
        "The RPKD's or RAT's programmes, with their strategy (Pasal 17) and group (Pasal 18).",
    ),
    "PlanningDocument.basis_data": (
        "Untuk RAT: basis data sasaran penerima (nama, alamat, NIK; Pasal 19).",
        "For a RAT: what the data targeting beneficiaries is based on (name, address, NIK;"
        " Pasal 19).",
    ),
    "Programme.nama": ("Nama program.", "The programme's name."),
    "Programme.strategi": (
        "Strategi yang diikuti program menurut dokumen (Pasal 17).",
        "The strategies the document says the programme follows (Pasal 17).",
    ),
    "Programme.kelompok": (
        "Kelompok program menurut dokumen (Pasal 18).",
        "The programme's group, as the document gives it (Pasal 18).",
    ),
    "YearRange.mulai": ("Tahun pertama.", "The first year."),
    "YearRange.selesai": ("Tahun terakhir (termasuk).", "The last year (included)."),
}

#: Indonesian glosses for allowed values whose meaning is not plain from the value itself.
#: English meanings come from the enum members' own docstrings.
VALUE_GLOSSES: dict[str, str] = {
    "OfficeKind.kepala_perencanaan": "kepala badan perencanaan (Bappeda, Bapperida, ...)",
    "OfficeKind.kepala_pemberdayaan_masyarakat": "kepala dinas/badan pemberdayaan masyarakat",
    "OfficeKind.kepala_perangkat_daerah": "kepala perangkat daerah lain (dinas, badan)",
    "OfficeKind.pejabat_perangkat_daerah": "pejabat lain di perangkat daerah",
    "OfficeKind.pimpinan_instansi_vertikal": "pimpinan instansi vertikal (BPS, Kemenag, ...)",
    "ActingStatus.plt": "Pelaksana Tugas",
    "ActingStatus.pj": "Penjabat",
    "ActingStatus.plh": "Pelaksana Harian",
    "DocumentKind.laporan_pelaksanaan": "laporan pelaksanaan (LP2KD)",
    "Topic.laporan_pelaksanaan": "laporan pelaksanaan (LP2KD)",
    "AgendaItemKind.laporan_pelaksanaan": "penyusunan laporan pelaksanaan",
    "MeetingStatus.terlaksana": "sudah dilaksanakan",
    "MeetingStatus.dijadwalkan": "dijadwalkan, belum dilaksanakan",
    "MeetingStatus.dibatalkan": "dibatalkan",
    "DocumentStatus.ditetapkan": "sudah ditetapkan",
    "DocumentKind.laporan_semester": "laporan pemantauan semesteran",
    "MeetingKind.rapat_koordinasi": "rapat koordinasi tim",
    "MeetingKind.pleno": "rapat pleno tim",
    "MeetingKind.fgd": "diskusi kelompok terarah (focus group discussion)",
    "MeetingKind.sinkronisasi": "rapat sinkronisasi (program, data)",
    "MeetingKind.asistensi": "asistensi atau supervisi oleh tingkat di atasnya",
    "MeetingKind.bimtek": "bimbingan teknis",
    "MeetingKind.sosialisasi": "sosialisasi",
    "MeetingKind.lainnya": "rapat jenis lain, bukan rapat koordinasi",
    "MeetingKind.tidak_diketahui": "jenis rapat tidak diketahui",
    "Certainty.dinyatakan": "disebut oleh sumber (anggapan bila tidak ditulis)",
    "Certainty.disimpulkan": "disimpulkan oleh penyusun catatan",
    "Certainty.belum_pasti": "belum pasti",
    "SourceKind.produk_hukum": "produk hukum (keputusan, peraturan, salinan JDIH)",
    "SourceKind.notulen": "notulen atau daftar hadir rapat",
    "SourceKind.laporan": "laporan (LP2KD, laporan semester, audit)",
    "SourceKind.berita": "berita atau siaran pers",
    "SourceKind.paparan": "bahan paparan (slide)",
    "SourceKind.situs_web": "halaman web pemerintah daerah atau instansi",
    "SourceKind.media_sosial": "unggahan media sosial",
    "SourceKind.wawancara": "keterangan lisan (wawancara, telepon)",
    "RelatedInstrumentKind.peraturan_daerah": "Peraturan Daerah (Perda)",
    "RelatedInstrumentKind.peraturan_kepala_daerah": "Pergub / Perbup / Perwali",
    "RelatedInstrumentKind.keputusan": "keputusan selain yang membentuk tim",
    "RelatedInstrumentKind.instruksi": "Instruksi Gubernur / Bupati / Wali Kota",
    "RelatedInstrumentKind.surat_edaran": "surat edaran",
    "Semester.pertama": "Januari–Juni",
    "Semester.kedua": "Juli–Desember",
    "Strategy.mengurangi_beban": "(a) mengurangi beban pengeluaran masyarakat miskin",
    "Strategy.meningkatkan_kemampuan": (
        "(b) meningkatkan kemampuan dan pendapatan masyarakat miskin"
    ),
    "Strategy.usaha_mikro_kecil": (
        "(c) mengembangkan dan menjamin keberlanjutan usaha mikro dan kecil"
    ),
    "Strategy.sinergi": "(d) menyinergikan kebijakan dan program",
    "ProgrammeGroup.bantuan_sosial": "(a) bantuan sosial terpadu dan jaminan sosial",
    "ProgrammeGroup.pemberdayaan": "(b) pemberdayaan masyarakat dan usaha mikro dan kecil",
    "ProgrammeGroup.lainnya": "(c) program lain, termasuk yang didanai dana desa/kelurahan",
    "DataBasis.nik": "nomor induk kependudukan (NIK)",
}


#: The workbook's own columns, which are not fields of the model.
_WORKBOOK: dict[str, tuple[str, str]] = {
    "letak": (
        "Letak baris ini dalam catatan, misalnya tim.ketua, tim.anggota, "
        "tim.kelompok_kerja#2.anggota (#2 = baris ke-2 di lembar Pokja). "
        "Kosong = letak yang paling umum.",
        "Where this row sits in the record (tim.ketua, tim.anggota, "
        "tim.kelompok_kerja#2.anggota: #2 is the 2nd row of sheet Pokja). Empty: the usual place.",
    ),
    "teks": (
        "Isi sebagai teks biasa, atau isi kolom terstruktur di sebelahnya; jangan keduanya "
        "dalam satu baris.",
        "Fill in as plain text, or fill the structured columns beside it; not both in one row.",
    ),
}

#: What each class of the model is.
CLASSES: Mapping[str, Words] = {k: Words(*v) for k, v in _CLASSES.items()}
#: What each field means: ``"Class.field"`` or ``"*.field"``.
FIELDS: Mapping[str, Words] = {k: Words(*v) for k, v in _FIELDS.items()}
#: The workbook's own columns.
WORKBOOK: Mapping[str, Words] = {k: Words(*v) for k, v in _WORKBOOK.items()}
#: Everything the glossary explains, classes and fields together.
GLOSSARY: Mapping[str, Words] = {**CLASSES, **FIELDS}


def meaning(field: str, owner: str = "") -> Words | None:
    """What ``field`` of class ``owner`` means (its own entry, else the shared one).

    >>> meaning("ketua", "Team").en
    'The chair.'
    """
    return FIELDS.get(f"{owner}.{field}") or FIELDS.get(f"*.{field}")
