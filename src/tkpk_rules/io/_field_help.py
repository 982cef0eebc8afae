"""What each field of the format means, in words for a secretariat clerk (Indonesian, English).

Used by the workbook's header comments and by the commented YAML skeleton of
``tkpk-rules init``.  A field not explained here still gets a line built from
its type, so a new field of the model is never left without one.
"""

from __future__ import annotations

from tkpk_rules.io._layout import (
    EMPTY_LIST_MARK,
    NONE_MARK,
    PRESENT_MARK,
    TEXT_COLUMN,
    Column,
    SheetLayout,
    list_item,
    strip_type,
)

__all__ = ["FIELD_HELP", "GUIDE_LINES", "describe_column", "field_help"]

#: Field name (or ``Class.field`` where a name means something else in a class) -> words.
FIELD_HELP: dict[str, tuple[str, str]] = {
    "letak": (
        "Letak baris ini dalam catatan, misalnya tim.ketua, tim.anggota, "
        "tim.kelompok_kerja#2.anggota (#2 = baris ke-2 di lembar Pokja). "
        "Kosong = letak yang paling umum.",
        "Where this row sits in the record (tim.ketua, tim.anggota, "
        "tim.kelompok_kerja#2.anggota: #2 is the 2nd row of sheet Pokja). Empty: the usual place.",
    ),
    "wilayah": (
        "Wilayah (provinsi, kabupaten atau kota) yang catatannya ini.",
        "The region (province, regency or city) this record is about.",
    ),
    "kode": (
        "Kode wilayah Kemendagri dengan titik, misalnya 32.05 (kabupaten/kota) atau 32 (provinsi).",
        "Kemendagri region code with its dot, e.g. 32.05 (regency/city) or 32 (province).",
    ),
    "nama": ("Nama, ditulis seperti dalam sumber.", "The name, as the source writes it."),
    "keterangan": ("Catatan bebas.", "Free notes."),
    "tim": ("Tim (TKPK) yang berlaku sekarang.", "The team (TKPK) in force now."),
    "riwayat_tim": ("Tim-tim terdahulu.", "Earlier teams."),
    "sekretariat": ("Sekretariat TKPK.", "The TKPK secretariat."),
    "kekosongan_jabatan": (
        "Masa kosongnya suatu jabatan (misalnya wakil bupati).",
        "Periods when an office stood empty (e.g. deputy regent).",
    ),
    "agenda_kerja": ("Agenda kerja tahunan tim.", "The team's annual work agendas."),
    "rapat_koordinasi": ("Rapat-rapat tim.", "The team's meetings."),
    "dokumen": (
        "Dokumen perencanaan: RPKD, RAT, laporan pelaksanaan, SPKD, RPJMD.",
        "Planning documents: RPKD, RAT, implementation report, SPKD, RPJMD.",
    ),
    "Dossier.sumber": (
        "Sumber catatan: nomor keputusan, laporan, berita (satu per baris di lembar Sumber, "
        "sebagai teks biasa atau dengan id agar dapat dirujuk).",
        "Where the record comes from: decree numbers, reports, news (one per row of sheet "
        "Sumber, as plain text or with an id that facts can refer to).",
    ),
    "sumber": (
        "Id sumber (dari lembar Sumber) yang menyatakan fakta ini, satu per baris.",
        "Ids of the sources (sheet Sumber) stating this fact, one per line.",
    ),
    "teks": (
        "Isi sebagai teks biasa, atau isi kolom terstruktur di sebelahnya; jangan keduanya "
        "dalam satu baris.",
        "Fill in as plain text, or fill the structured columns beside it; not both in one row.",
    ),
    "kepastian": (
        "Seberapa pasti fakta ini: dinyatakan (oleh sumber; bawaan bila kosong), disimpulkan "
        "(oleh penyusun catatan), belum_pasti.",
        "How sure the fact is: dinyatakan (stated by a source; the default when empty), "
        "disimpulkan (inferred by the compiler), belum_pasti (uncertain).",
    ),
    "cakupan": (
        "Cakupan catatan: masa yang diliput dan daftar yang diketahui belum lengkap.",
        "The record's coverage: the period it speaks for and the lists known to be incomplete.",
    ),
    "Coverage.mulai": (
        "Awal masa yang diliput catatan (TTTT-BB-HH).",
        "First day the record speaks for (YYYY-MM-DD).",
    ),
    "Coverage.selesai": (
        "Akhir masa yang diliput catatan (TTTT-BB-HH).",
        "Last day the record speaks for (YYYY-MM-DD).",
    ),
    "sebagian": (
        "Daftar yang diketahui belum lengkap, satu per baris, misalnya rapat_koordinasi atau "
        "tim.anggota. Tanpa ini, daftar yang tercatat dianggap lengkap.",
        "Lists known to be incomplete, one per line (rapat_koordinasi, tim.anggota). Without "
        "it a recorded list is taken as complete.",
    ),
    "Source.id": (
        "Id singkat sumber ini (misalnya sk2024), dirujuk di kolom sumber fakta lain.",
        "A short id for this source (e.g. sk2024), referred to in other facts' sumber.",
    ),
    "alamat": (
        "Letak sumber: alamat web, nama berkas, nomor arsip.",
        "Where the source is: web address, file name, archive number.",
    ),
    "diakses": (
        "Tanggal sumber web dibaca (TTTT-BB-HH).",
        "The day a web source was read (YYYY-MM-DD).",
    ),
    "atas_nama": (
        "Jabatan yang diwakili (a.n. Bupati), bila tertulis demikian.",
        "The office acted for (a.n. Bupati), when the record says so.",
    ),
    "pelaksana_ketua": (
        "Yang ditugasi menjalankan tugas ketua (pelaksana tugas/harian), dengan masanya.",
        "Whoever was assigned the chair's duties (acting chair), with the period.",
    ),
    "pejabat": ("Pejabat yang ditugasi.", "The official assigned."),
    "masa": ("Masa penugasan (tanggal mulai dan selesai).", "The period of the assignment."),
    "penugasan": (
        "Surat atau instruksi yang menugaskan, bila diketahui.",
        "The letter or instruction giving the task, when known.",
    ),
    "tanggal_selesai": (
        "Tanggal hari terakhir, bila rapat berlangsung beberapa hari (TTTT-BB-HH).",
        "The last day, for a meeting over several days (YYYY-MM-DD).",
    ),
    "dibuka_oleh": ("Yang membuka rapat.", "Who opened the meeting."),
    "tempat": ("Tempat rapat.", "Where the meeting took place."),
    "semester": (
        "Untuk laporan semester: semester pertama atau kedua tahun itu.",
        "For a semester report: the first or second half of the year.",
    ),
    "tanggal_draf": (
        "Tanggal-tanggal drafnya diketahui ada (dilihat, dipaparkan, dibahas), satu per baris.",
        "Days a draft was known to exist (seen, presented, discussed), one per line.",
    ),
    "bab": (
        "Judul bab dokumen, berurutan, satu per baris.",
        "The document's chapter titles, in order, one per line.",
    ),
    "program": (
        "Program dalam RPKD atau RAT, dengan strategi dan kelompoknya.",
        "The programmes of an RPKD or a RAT, with their strategy and group.",
    ),
    "strategi": (
        "Strategi yang dilayani program ini; pilih dari daftar, satu per baris.",
        "The strategies this programme serves; from the list, one per line.",
    ),
    "Programme.kelompok": ("Kelompok program; pilih dari daftar.", "The programme group."),
    "basis_data": (
        "Untuk RAT: dasar data sasaran penerima manfaat; pilih dari daftar, satu per baris.",
        "For a RAT: what the beneficiary targeting data rests on; from the list, one per line.",
    ),
    "instrumen_terkait": (
        "Produk hukum lain yang berkaitan: Perda, Perkada, keputusan, instruksi, surat edaran.",
        "Other related instruments: Perda, head-of-region regulation, decree, instruction, "
        "circular.",
    ),
    "tim_bawahan": (
        "Tim di bawahnya (TKPK Kecamatan, Kelurahan, Desa): satu baris per tim, atau satu "
        "baris dengan jumlah untuk banyak tim.",
        "Teams below it (district, ward, village): one row per team, or one row with jumlah "
        "for many.",
    ),
    "SubTeam.tingkat": ("Tingkat tim; pilih dari daftar.", "The team's level; from the list."),
    "SubTeam.wilayah": (
        "Wilayahnya, misalnya Kecamatan Sokaraja; kosongkan bila baris ini untuk banyak tim.",
        "Its area, e.g. Kecamatan Sokaraja; empty when the row counts many teams.",
    ),
    "jumlah": (
        "Berapa tim yang diwakili baris ini.",
        "How many such teams this row stands for.",
    ),
    "pembentukan": (
        "Keputusan atau peraturan yang membentuknya.",
        "The decree or regulation that formed it.",
    ),
    "masa_kerja": ("Masa kerja tim.", "The team's term."),
    "penanggung_jawab": ("Penanggung jawab tim.", "The person responsible for the team."),
    "ketua": ("Ketua tim.", "The team's chair."),
    "wakil_ketua": ("Wakil ketua tim.", "The team's vice-chair."),
    "sekretaris": ("Sekretaris tim.", "The team's secretary."),
    "wakil_sekretaris": ("Wakil sekretaris tim.", "The team's deputy secretary."),
    "anggota": ("Anggota.", "Members."),
    "kelompok_kerja": ("Kelompok kerja (pokja).", "Working groups."),
    "jenis": ("Jenis; pilih dari daftar.", "Kind; choose from the list."),
    "Office.jenis": (
        "Jenis jabatan menurut fungsinya: kepala Bappeda (apa pun nama badannya) selalu "
        "kepala_perencanaan; nama badannya ditulis di instansi.",
        "The office by its function: the head of the planning agency (whatever its name) is "
        "always kepala_perencanaan; the agency's name goes in instansi.",
    ),
    "penerbit": (
        "Siapa yang menerbitkan (gubernur, bupati, wali kota).",
        "Who issued it (governor, regent, mayor).",
    ),
    "nomor": (
        "Nomor persis seperti tertulis, misalnya 400.9/Kep.123/2024.",
        "The number exactly as written, e.g. 400.9/Kep.123/2024.",
    ),
    "tanggal": (
        "Tanggal, bentuk TTTT-BB-HH (2024-03-15).",
        "The date, as YYYY-MM-DD (2024-03-15).",
    ),
    "Instrument.tanggal": (
        "Tanggal ditetapkan, bentuk TTTT-BB-HH (2024-03-15); bila sumber hanya menyebut tahunnya, "
        "tulis tahunnya saja sebagai angka (2024), bila hanya bulannya, TTTT-BB sebagai teks "
        "(2024-05). Jangan mengarang tanggal 1 Januari.",
        "The day it was issued, as YYYY-MM-DD (2024-03-15); if the source gives only the year, "
        "write the year alone as a number (2024), if only the month, YYYY-MM as text (2024-05). "
        "Never invent 1 January.",
    ),
    "RelatedInstrument.tanggal": (
        "Tanggal ditetapkan (TTTT-BB-HH), atau tahunnya saja (2024) atau bulannya saja "
        "(2024-05) bila hanya itu yang diketahui.",
        "The day it was issued (YYYY-MM-DD), or the year alone (2024) or the month alone "
        "(2024-05) when that is all that is known.",
    ),
    "Source.tanggal": (
        "Tanggal sumber (terbit, notulen), TTTT-BB-HH; atau tahunnya saja (2024) atau "
        "bulannya saja (2024-05).",
        "The source's own date (published, minutes), YYYY-MM-DD; or the year alone (2024) or "
        "the month alone (2024-05).",
    ),
    "judul": ("Judul atau perihal.", "Title or subject."),
    "penandatangan": ("Yang menandatangani.", "Who signed it."),
    "dasar_hukum": (
        "Dasar hukum yang dikutip, misalnya Permendagri Nomor 53 Tahun 2020 (satu per baris).",
        "The legal basis cited, e.g. Permendagri Nomor 53 Tahun 2020 (one per line).",
    ),
    "mulai": ("Tanggal mulai (TTTT-BB-HH).", "Start date (YYYY-MM-DD)."),
    "selesai": (
        f"Tanggal selesai (TTTT-BB-HH); '{NONE_MARK}' bila masih berjalan.",
        f"End date (YYYY-MM-DD); '{NONE_MARK}' while still running.",
    ),
    "jabatan": ("Jabatan.", "Office held."),
    "YearRange.mulai": ("Tahun mulai (empat angka).", "First year (four digits)."),
    "YearRange.selesai": ("Tahun selesai (empat angka).", "Last year (four digits)."),
    "sebutan": (
        "Sebutan jabatan seperti dalam keputusan, misalnya Kepala Bappeda.",
        "The title as the decree writes it, e.g. Kepala Bappeda.",
    ),
    "instansi": (
        "Nama instansi, misalnya Bappeda Kabupaten Garut.",
        "The agency's name, e.g. Bappeda Kabupaten Garut.",
    ),
    "status": ("Status; pilih dari daftar.", "Status; choose from the list."),
    "unsur": (
        "Unsur keanggotaan: pemerintah daerah, masyarakat, dunia usaha, pemangku kepentingan lain.",
        "Element of membership: regional government, community, business, other stakeholders.",
    ),
    "kategori": ("Asal lembaga anggota; pilih dari daftar.", "Kind of body; choose from the list."),
    "organisasi": ("Organisasi asal, bila bukan perangkat daerah.", "Organisation of origin."),
    "bidang": ("Bidang kerja pokja.", "The working group's field."),
    "koordinator": ("Koordinator pokja.", "The working group's coordinator."),
    "kepala": ("Kepala sekretariat.", "Head of the secretariat."),
    "kedudukan": (
        "Tempat kedudukan sekretariat, misalnya Bappeda Kabupaten Garut.",
        "Where the secretariat sits, e.g. Bappeda Kabupaten Garut.",
    ),
    "pengisi": ("Siapa yang menjalankan tugas selama kosong.", "Who carried out the duties."),
    "tahun": ("Tahun (empat angka).", "The year (four digits)."),
    "ditetapkan": (
        f"Tanggal ditetapkan (TTTT-BB-HH); '{NONE_MARK}' bila belum.",
        f"Date adopted (YYYY-MM-DD); '{NONE_MARK}' if not yet.",
    ),
    "kegiatan": ("Kegiatan.", "Activities."),
    "AgendaItem.kegiatan": ("Jenis kegiatan; pilih dari daftar.", "Kind of activity."),
    "pembahasan": (
        "Pokok bahasan (rpkd, rat, laporan_pelaksanaan, spkd, lainnya), satu per baris.",
        "Topics (rpkd, rat, laporan_pelaksanaan, spkd, lainnya), one per line.",
    ),
    "alasan": ("Alasan waktunya.", "Why it sits when it does."),
    "dipimpin_oleh": ("Yang memimpin rapat.", "Who chaired the meeting."),
    "peserta": (
        "Peserta rapat: satu baris per peserta di lembar Anggota (letak "
        "rapat_koordinasi#1.peserta), sebagai teks biasa (kolom teks) atau dengan jabatan "
        "dan unsurnya.",
        "Attendees: one row each on sheet Anggota (letak rapat_koordinasi#1.peserta), as "
        "plain text (column teks) or with office and element.",
    ),
    "periode": ("Periode dokumen (tahun mulai dan selesai).", "The document's period (years)."),
    "penetapan": ("Keputusan/peraturan yang menetapkannya.", "The instrument adopting it."),
    "disusun_bersama_rpjmd": (
        "Untuk RPKD: apakah disusun bersama RPJMD (ya/tidak).",
        "For an RPKD: whether it was drafted together with the RPJMD (ya/tidak = yes/no).",
    ),
}

_KIND_WORDS: dict[str, tuple[str, str]] = {
    "text": ("teks", "text"),
    "date": ("tanggal TTTT-BB-HH", "date YYYY-MM-DD"),
    "int": ("bilangan bulat", "whole number"),
    "bool": ("ya/tidak", "ya/tidak (yes/no)"),
    "enum": ("pilih dari daftar", "choose from the list"),
    "list": ("satu nilai per baris dalam sel", "one value per line in the cell"),
}


def field_help(name: str, owner: str = "") -> tuple[str, str]:
    """The words for field ``name`` (of class ``owner``), or ``("", "")``."""
    return FIELD_HELP.get(f"{owner}.{name}") or FIELD_HELP.get(name) or ("", "")


def _owner(cls: type | None, key: tuple[str, ...]) -> str:
    """The name of the class holding the field at ``key`` below ``cls``."""
    import typing

    for name in key:
        if cls is None:
            return ""
        inner, _, _ = strip_type(typing.get_type_hints(cls)[name])
        cls = list_item(inner) or inner
    return cls.__name__ if cls is not None else ""


def describe_column(sheet: SheetLayout, column: Column | None) -> tuple[str, str]:
    """The header comment of a column: what it holds, in Indonesian and English."""
    if column is None:
        text_id, text_en = FIELD_HELP["letak"]
        options = ", ".join(p.replace("[*]", "#1") for p in sheet.locations)
        return f"{text_id}\nPilihan: {options}", f"{text_en}\nChoices: {options}"
    if column is sheet.text_column:
        text_id, text_en = FIELD_HELP["teks"]
        if set(sheet.text_locations) != set(sheet.locations):
            only = ", ".join(sorted(p.replace("[*]", "#1") for p in sheet.text_locations))
            text_id += f"\nHanya untuk letak: {only}."
            text_en += f"\nOnly for letak: {only}."
        return f"{TEXT_COLUMN}: {text_id}", f"{TEXT_COLUMN}: {text_en}"
    owner = _owner(sheet.cls, column.key[:-1])
    text_id, text_en = field_help(column.key[-1], owner)
    name = ".".join(column.key)
    if column.kind == "status":
        if column.item_kind == "list":
            marks = f"'{EMPTY_LIST_MARK}' = tercatat tidak ada satu pun / recorded as none"
        elif column.item_kind == "inline":
            marks = f"'{PRESENT_MARK}' = ada walau kolomnya kosong / present, its cells empty"
        else:
            marks = ""
        if column.nullable:
            marks = (marks + "; " if marks else "") + (
                f"'{NONE_MARK}' = tercatat tidak ada (null) / recorded as none (null)"
            )
        return (
            f"Status {name}: biasanya dikosongkan. {marks}",
            f"Status of {name}: usually left empty. {marks}",
        )
    kind_id, kind_en = _KIND_WORDS[column.kind]
    extra_id = extra_en = ""
    if column.choices:
        extra_id = extra_en = "\n" + ", ".join(column.choices)
    if column.nullable:
        extra_id += f"\n'{NONE_MARK}' = tercatat tidak ada"
        extra_en += f"\n'{NONE_MARK}' = recorded as none"
    if column.required:
        extra_id += "\nWajib diisi."
        extra_en += "\nRequired."
    if column.kind == "enum" or not (text_id and text_en):
        kind_id = kind_en = ""  # the list of choices below says it already
    return (
        f"{name}: {text_id or kind_id}" + (f" ({kind_id})" if kind_id else "") + extra_id,
        f"{name}: {text_en or kind_en}" + (f" ({kind_en})" if kind_en else "") + extra_en,
    )


GUIDE_LINES: tuple[str, ...] = (
    "Petunjuk pengisian buku kerja TKPK / How to fill in the TKPK workbook",
    "1. Isi lembar Wilayah: kode wilayah Kemendagri dengan titik (misalnya 32.05). "
    "/ Fill in sheet Wilayah: the Kemendagri region code with its dot (e.g. 32.05).",
    "2. Isi satu baris per orang, rapat, dokumen... di lembar masing-masing. Arahkan tetikus "
    "ke judul kolom untuk membaca penjelasannya. / One row per person, meeting, document... on "
    "its sheet. Hover over a column header to read what it means.",
    "3. Kolom yang tidak diketahui: biarkan kosong (artinya 'tidak tercatat', bukan "
    "pelanggaran). / Unknown facts: leave the cell empty (it means 'not recorded', never a "
    "violation).",
    "4. Tanggal: TTTT-BB-HH, misalnya 2024-03-15, atau sel tanggal Excel. Ya/tidak: tulis ya "
    "atau tidak. / Dates: YYYY-MM-DD or an Excel date cell. Yes/no: write ya or tidak.",
    "5. Lembar Anggota: kolom letak menunjukkan peran (tim.ketua, tim.sekretaris, tim.anggota, "
    "sekretariat.anggota...). / Sheet Anggota: column letak gives the role.",
    f"6. Kolom berjudul [..] (abu-abu) biasanya dikosongkan: '{NONE_MARK}' = tercatat tidak ada, "
    f"'{EMPTY_LIST_MARK}' = daftar kosong, '{PRESENT_MARK}' = ada tanpa rincian. / Grey [..] "
    "columns are usually left empty.",
    f"7. Kolom {TEXT_COLUMN} (lembar Sumber, dan lembar Anggota untuk peserta rapat): isi "
    f"{TEXT_COLUMN} saja bila hanya teks yang tercatat, atau kolom lainnya, jangan keduanya "
    f"dalam satu baris. / Column {TEXT_COLUMN}: fill it alone for an entry known only as "
    "text, or the other columns, never both in one row.",
    "8. Periksa: tkpk-rules validate berkas.xlsx, lalu tkpk-rules check berkas.xlsx "
    "--format html > laporan.html. / Check: tkpk-rules validate file.xlsx, then check.",
)
