"""Words of the planning room: dates in Indonesian and English, and a message catalogue.

Every sentence the planner or the obligations tracker shows is an entry of
:data:`MESSAGES`: a key with an Indonesian and an English format string.  A
:class:`Text` holds the key and its parameters, so the same fact can be shown
in either language later; dates and bilingual pairs are formatted per language.

>>> import datetime as dt
>>> format_date(dt.date(2026, 12, 31))
'31 Desember 2026'
>>> format_date(dt.date(2026, 12, 8), "en", weekday=True)
'Tuesday 8 December 2026'
>>> Text("meetings_progress", held=2, required=3, year=2026).render("id")
'2 dari 3 rapat koordinasi tahun 2026 terlaksana'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Union

import attrs

__all__ = [
    "MESSAGES",
    "Pair",
    "Text",
    "format_date",
    "format_span",
    "render_all",
    "roman",
    "support_words",
    "weekday_name",
]

_MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_SUPPORT_WORDS: dict[str, tuple[str, str]] = {
    "confirmed": ("terkonfirmasi", "confirmed"),
    "quoted": (
        "pasal dikutip materi kementerian, teks lembaran negara belum diverifikasi",
        "article quoted by ministry material, gazette text not verified",
    ),
    "reported": (
        "dilaporkan, teks pasal belum diverifikasi",
        "reported, article text not verified",
    ),
    "single_source": (
        "satu sumber, teks pasal belum diverifikasi",
        "single source, article text not verified",
    ),
    "practice": ("praktik, hanya saran", "practice, advisory only"),
}


def support_words(level: str, lang: str = "id") -> str:
    """How a support level is shown to readers.

    >>> support_words("practice"), support_words("reported", "en")
    ('praktik, hanya saran', 'reported, article text not verified')
    """
    pair = _SUPPORT_WORDS[level]
    return pair[1] if lang == "en" else pair[0]


def weekday_name(index: int, lang: str = "id") -> str:
    """The name of weekday ``index`` (0 = Monday).

    >>> weekday_name(1), weekday_name(1, "en")
    ('Selasa', 'Tuesday')
    """
    return (_DAYS_EN if lang == "en" else _DAYS_ID)[index]


def format_date(day: dt.date, lang: str = "id", *, weekday: bool = False) -> str:
    """A date as people write it: ``8 Desember 2026`` (``Selasa, 8 Desember 2026``)."""
    months = _MONTHS_EN if lang == "en" else _MONTHS_ID
    text = f"{day.day} {months[day.month - 1]} {day.year}"
    if weekday:
        sep = " " if lang == "en" else ", "
        text = weekday_name(day.weekday(), lang) + sep + text
    return text


def format_span(start: dt.date, end: dt.date, lang: str = "id") -> str:
    """Two dates joined, or one when they are the same day.

    >>> format_span(dt.date(2026, 3, 18), dt.date(2026, 3, 24))
    '18 Maret 2026 s.d. 24 Maret 2026'
    """
    if start == end:
        return format_date(start, lang)
    joiner = " to " if lang == "en" else " s.d. "
    return format_date(start, lang) + joiner + format_date(end, lang)


def roman(number: int) -> str:
    """A Roman numeral, as meeting titles number them (``Rapat koordinasi III``).

    >>> roman(4), roman(12)
    ('IV', 'XII')
    """
    out = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


@attrs.frozen
class Pair:
    """The same words in Indonesian and English (a holiday's name, a topic...)."""

    id: str
    en: str

    def pick(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


Param = Union[str, int, dt.date, Pair, "Text", tuple["Param", ...]]


class Text:
    """A message key and its parameters; :meth:`render` writes it in one language.

    Immutable and hashable, like the model's objects.
    """

    __slots__ = ("key", "params")

    key: str
    params: tuple[tuple[str, Param], ...]

    def __init__(self, key: str, **params: Param) -> None:
        if key not in MESSAGES:
            raise KeyError(f"no planning message {key!r}")
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", tuple(sorted(params.items())))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Text is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash((self.key, self.params))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params)
        return f"Text({self.key!r}{args})"

    def render(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        if self.key == "_join":
            parts = dict(self.params).get("parts", ())
            if not isinstance(parts, tuple):
                parts = (parts,)
            return "".join(_format(part, lang) for part in parts)
        template = MESSAGES[self.key][1 if lang == "en" else 0]
        values = {name: _format(value, lang) for name, value in self.params}
        return template.format(**values)


def _format(value: Param, lang: str) -> str:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, Pair):
        return value.pick(lang)
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, tuple):
        parts = [_format(v, lang) for v in value]
        if len(parts) <= 1:
            return "".join(parts)
        last = " and " if lang == "en" else " dan "
        return ", ".join(parts[:-1]) + last + parts[-1]
    return str(value)


def render_all(texts: Iterable[Text], lang: str = "id", sep: str = " ") -> str:
    """Several messages rendered and joined."""
    return sep.join(t.render(lang) for t in texts)


#: Every planning message: key -> (Indonesian, English).
MESSAGES: dict[str, tuple[str, str]] = {
    # --- item titles -----------------------------------------------------------------
    "title_meeting": (
        "Rapat koordinasi {number}: {subject}",
        "Coordination meeting {number}: {subject}",
    ),
    "title_report": (
        "Penyusunan laporan pelaksanaan penanggulangan kemiskinan tahun {year}",
        "Drafting the {year} poverty-reduction implementation report",
    ),
    "title_rat_draft": (
        "Penyusunan rancangan RAT {year} sebagai bahan RKPD {year}",
        "Drafting the RAT {year} as input to the RKPD {year}",
    ),
    "title_rat_final": (
        "Penyelarasan RAT {year} dengan rancangan APBD {year} dan penetapannya",
        "Aligning the RAT {year} with the draft APBD {year}, and adopting it",
    ),
    "title_rat_late": ("Penetapan RAT {year} yang tertunda", "Adopting the overdue RAT {year}"),
    "title_rpkd": ("Penyusunan RPKD {period}", "Drafting the RPKD {period}"),
    "title_rpkd_review": (
        "Pemantauan pelaksanaan RPKD {period}",
        "Monitoring the implementation of the RPKD {period}",
    ),
    "subject_report": ("laporan pelaksanaan {year}", "implementation report {year}"),
    "subject_rat": ("RAT {year}", "RAT {year}"),
    "subject_rpkd": ("RPKD", "RPKD"),
    "subject_other": ("koordinasi", "coordination"),
    # --- why an item sits where it does ---------------------------------------------
    "why_report": (
        "Tahun anggaran {prev} berakhir 31 Desember {prev}; laporannya disusun pada triwulan I"
        " agar temuannya menjadi bahan RAT {next} sebelum RKPD {next} ditetapkan akhir Juni"
        " (siklus perencanaan: praktik, bukan ketentuan yang terverifikasi).",
        "The {prev} fiscal year closed on 31 December {prev}; its report is drafted in the first"
        " quarter so that its findings feed the RAT {next} before the RKPD {next} is set at the"
        " end of June (planning cycle: practice, not a verified provision).",
    ),
    "why_rat_draft": (
        "RKPD {next} ditetapkan paling lambat akhir Juni {year}; rancangan RAT {next} harus ada"
        " sebelumnya, jadi selesai paling lambat {end}, dua minggu sebelum batas itu"
        " (praktik).",
        "The RKPD {next} is set by the end of June {year}; the draft RAT {next} has to exist"
        " before then, so it is finished by {end}, two weeks ahead (practice).",
    ),
    "why_rat_final": (
        "APBD {next} disetujui sebelum tahun {next} dimulai; RAT {next} diselaraskan dengan"
        " rancangan APBD dan ditetapkan paling lambat {end}, memberi sebulan cadangan (praktik).",
        "The APBD {next} is approved before {next} begins; the RAT {next} is aligned with the"
        " draft APBD and adopted by {end}, leaving a month in hand (practice).",
    ),
    "why_rat_late": (
        "Menurut catatan, RAT {year} belum ditetapkan padahal tahun {year} sudah berjalan;"
        " tetapkan pada awal tahun.",
        "According to the record, the RAT {year} has not been adopted although {year} has begun;"
        " adopt it early in the year.",
    ),
    "why_rpkd_new_rpjmd": (
        "Periode RPJMD baru {period} dimulai; RPKD disusun bersama RPJMD, yang ditetapkan"
        " paling lambat enam bulan setelah kepala daerah dilantik (UU 23/2014; konteks"
        " perencanaan: praktik). {when}",
        "A new RPJMD period {period} begins; the RPKD is drafted together with the RPJMD, which"
        " is set within six months of the head of region taking office (UU 23/2014; planning"
        " context: practice). {when}",
    ),
    "when_inauguration": (
        "Pelantikan {day}: batas enam bulan {end}.",
        "Taking office on {day}: six months end on {end}.",
    ),
    "when_unknown": (
        "Tanggal pelantikan tidak diberikan; batas dihitung paling awal, enam bulan dari awal"
        " tahun ({end}). Berikan tanggal pelantikan untuk batas yang tepat.",
        "No inauguration date given; the limit is taken at its earliest, six months from the"
        " start of the year ({end}). Give the inauguration date for the exact limit.",
    ),
    "why_rpkd_uncovered": (
        "Tidak ada RPKD yang ditetapkan untuk tahun {next} menurut catatan; RPKD baru perlu"
        " disusun tahun ini dan selesai paling lambat {end}.",
        "According to the record no adopted RPKD covers {next}; a new RPKD needs drafting this"
        " year, finished by {end}.",
    ),
    "why_rpkd_unknown": (
        "Catatan tidak memuat dokumen perencanaan, sehingga tidak diketahui apakah RPKD"
        " mencakup tahun {next}; bila sudah ada, hapus butir ini.",
        "The record lists no planning documents, so it is unknown whether an RPKD covers {next};"
        " if one does, drop this item.",
    ),
    "why_rpkd_review": (
        "RPKD {period} masih berlaku; agenda tetap memuat rencana kerja RPKD (Permendagri"
        " 53/2020, isi agenda kerja tahunan): pemantauan dan bahan penyesuaian.",
        "The RPKD {period} is in force; the agenda still holds a work plan for the RPKD"
        " (Permendagri 53/2020, contents of the annual agenda): monitoring and input for"
        " adjustments.",
    ),
    "why_meeting_report": (
        "Membahas laporan pelaksanaan {prev} sebelum penyusunannya selesai akhir Maret.",
        "Discusses the {prev} implementation report before its drafting ends in late March.",
    ),
    "why_meeting_rkpd": (
        "Menyepakati rancangan RAT {next} sebelum RKPD {next} ditetapkan akhir Juni (praktik).",
        "Agrees the draft RAT {next} before the RKPD {next} is set at the end of June (practice).",
    ),
    "why_meeting_apbd": (
        "Menyelaraskan RAT {next} dengan rancangan APBD {next} sebelum APBD disetujui, dan"
        " mengevaluasi pelaksanaan tahun {year} (praktik).",
        "Aligns the RAT {next} with the draft APBD {next} before the APBD is approved, and"
        " reviews {year} so far (practice).",
    ),
    "why_meeting_rpkd": (
        "Membahas rancangan RPKD dalam masa penyusunannya ({span}).",
        "Discusses the draft RPKD while it is being drafted ({span}).",
    ),
    "why_meeting_extra": (
        "Rapat tambahan ('atau lebih sesuai kebutuhan'), di tengah rentang terpanjang tanpa rapat.",
        "Additional meeting ('or more as needed'), in the middle of the longest stretch without"
        " one.",
    ),
    "why_meeting_minimum": (
        "Rapat koordinasi paling sedikit {minimum} kali setahun (Permendagri 53/2020,"
        " dilaporkan; teks pasal belum diverifikasi).",
        "At least {minimum} coordination meetings a year (Permendagri 53/2020, reported; article"
        " text not verified).",
    ),
    "why_topic_added": (
        "Rapat koordinasi tahun ini harus juga membahas {topic} (Permendagri 53/2020:"
        " RPKD, RAT dan laporan disusun melalui rapat koordinasi); belum ada rapat lain yang"
        " membahasnya.",
        "This year's coordination meetings must also work on the {topic} (Permendagri 53/2020:"
        " RPKD, RAT and the report are prepared through coordination meetings); no other"
        " meeting does.",
    ),
    "why_fixed": (
        "Tanggal ini sudah ditetapkan sebelumnya dan dipertahankan.",
        "This date was fixed beforehand and is kept.",
    ),
    "why_recorded_held": (
        "Sudah terlaksana menurut catatan.",
        "Already held according to the record.",
    ),
    "why_recorded_scheduled": (
        "Sudah dijadwalkan menurut catatan dan dipertahankan.",
        "Already scheduled according to the record, and kept.",
    ),
    "why_recorded_on_day_off": (
        "Catatan: tanggal ini jatuh pada {name}.",
        "Note: this date falls on {name}.",
    ),
    "why_replaces": (
        "Menggantikan rapat yang dijadwalkan pada {day}, yang jatuh pada {name}.",
        "Replaces the meeting scheduled on {day}, which falls on {name}.",
    ),
    "place_target": (
        "{day}: hari kerja{weekday} terdekat dengan sasaran {target}, dalam rentang {span}.",
        "{day}: the working day{weekday} nearest to the target {target}, within {span}.",
    ),
    "place_weekday": (" pada hari pilihan ({name})", " on the preferred weekday ({name})"),
    "place_moved": (
        "Sasaran {target} tidak dipakai: {name}.",
        "The target {target} was not used: {name}.",
    ),
    "place_widened": (
        "Tidak ada hari yang cocok dalam rentang {span}; rapat dipindah ke hari kerja terdekat di"
        " luar rentang itu.",
        "No suitable day within {span}; the meeting was moved to the nearest working day"
        " outside it.",
    ),
    "place_crowded": (
        "Tidak ada hari yang berjarak seminggu dari rapat lain; jarak itu dilonggarkan.",
        "No day a week away from other meetings; that spacing was relaxed.",
    ),
    "place_uncertain": (
        "Hanya tersisa hari yang mungkin menjadi cuti bersama; periksa kembali setelah"
        " SKB cuti bersama terbit.",
        "Only days that may become joint leave remained; check again once the joint-leave decree"
        " is out.",
    ),
    # --- agenda-level notes -----------------------------------------------------------
    "note_generated": (
        "Rancangan agenda kerja tahunan {year} yang disusun tkpk-rules; belum ditetapkan."
        " Penempatan kegiatan mengikuti siklus perencanaan (praktik), bukan ketentuan"
        " Permendagri 53/2020 yang terverifikasi.",
        "Draft annual work agenda {year} made by tkpk-rules; not adopted. Items are placed by"
        " the planning cycle (practice), not by a verified provision of Permendagri 53/2020.",
    ),
    "note_no_joint_leave": (
        "Data cuti bersama tahun {year} belum tersedia; hari yang mungkin menjadi cuti bersama"
        " (sekitar Idul Fitri, Natal, hari kejepit) dihindari.",
        "Joint-leave (cuti bersama) data for {year} is not available yet; days that may become"
        " joint leave (around Eid al-Fitr, Christmas, bridge days) are avoided.",
    ),
    "note_estimated": (
        "Sebagian hari libur keagamaan {year} masih perkiraan; hari di sekitarnya dihindari.",
        "Some religious holidays of {year} are still estimates; the days around them are avoided.",
    ),
    "note_transition": (
        "Tahun 2020: Permendagri 53/2020 berlaku paling lambat 6 Oktober 2020; sebelum itu"
        " mungkin masih Permendagri 42/2010.",
        "2020: Permendagri 53/2020 governs no later than 6 October 2020; before that"
        " Permendagri 42/2010 may still have governed.",
    ),
    "note_rpkd_covered": (
        "RPKD {period} mencakup tahun {next}; RPKD baru belum perlu disusun tahun ini.",
        "The RPKD {period} covers {next}; no new RPKD is needed this year.",
    ),
    "note_documents_unknown": (
        "Catatan tidak memuat dokumen perencanaan; status RAT {year} tidak diketahui.",
        "The record lists no planning documents; the status of the RAT {year} is unknown.",
    ),
    # --- days off -------------------------------------------------------------------
    "day_weekend": ("akhir pekan ({name})", "a weekend ({name})"),
    "day_avoided": ("hari yang diminta untuk dihindari", "a day asked to be avoided"),
    "day_taken": ("sudah ada rapat lain", "another meeting already"),
    "day_maybe_leave": ("kemungkinan cuti bersama ({name})", "possible joint leave ({name})"),
    # --- obligations ----------------------------------------------------------------
    "meetings_progress": (
        "{held} dari {required} rapat koordinasi tahun {year} terlaksana",
        "{held} of {required} coordination meetings of {year} held",
    ),
    "meetings_done": (
        "{held} dari {required} rapat koordinasi tahun {year} terlaksana; kewajiban minimum"
        " terpenuhi.",
        "{held} of {required} coordination meetings of {year} held; the minimum is met.",
    ),
    "meetings_more": (
        "{progress}; {missing} lagi paling lambat {deadline}.",
        "{progress}; {missing} more needed by {deadline}.",
    ),
    "meetings_scheduled": (" Terjadwal: {days}.", " Scheduled: {days}."),
    "meetings_unscheduled": (
        " {count} rapat belum dijadwalkan; sisa hari kerja tahun ini: {workdays}.",
        " {count} not scheduled yet; working days left this year: {workdays}.",
    ),
    "meetings_on_day_off": (
        " Rapat {day} jatuh pada {name}; pindahkan.",
        " The meeting on {day} falls on {name}; move it.",
    ),
    "meetings_missed": (
        "{progress}; tahun {year} sudah berakhir dengan kekurangan {missing} rapat.",
        "{progress}; {year} ended {missing} short.",
    ),
    "meetings_unknown": (
        "{progress}; status {unknown} rapat lain tidak tercatat, sehingga belum dapat dipastikan.",
        "{progress}; the status of {unknown} more is not recorded, so it cannot be settled.",
    ),
    "meetings_no_team": (
        "Catatan tidak menunjukkan tim yang sudah dibentuk pada tahun {year}; kewajiban rapat "
        "tahun itu tidak dapat dinilai.",
        "The record shows no team formed by {year}; that year's meeting obligation cannot "
        "be judged.",
    ),
    "meetings_not_judged": (
        "{progress}; kewajiban rapat tahun itu belum dapat dinilai: {reason}",
        "{progress}; that year's meeting obligation cannot be judged yet: {reason}",
    ),
    "meetings_not_recorded": (
        "Catatan tidak memuat rapat koordinasi; jumlah rapat tahun {year} tidak diketahui.",
        "The record lists no coordination meetings; the number held in {year} is unknown.",
    ),
    "agenda_adopted": (
        "Agenda kerja tahunan {year} ditetapkan {day}.",
        "The annual work agenda {year} was adopted on {day}.",
    ),
    "agenda_not_adopted": (
        "Agenda kerja tahunan {year} ada tetapi belum ditetapkan.",
        "The annual work agenda {year} exists but has not been adopted.",
    ),
    "agenda_missing": (
        "Belum ada agenda kerja tahunan {year}; susun dengan 'tkpk-rules plan'.",
        "There is no annual work agenda {year} yet; draw one up with 'tkpk-rules plan'.",
    ),
    "agenda_unknown": (
        "Catatan tidak memuat agenda kerja; agenda {year} tidak diketahui.",
        "The record lists no work agendas; the {year} agenda is unknown.",
    ),
    "agenda_adoption_unknown": (
        "Agenda kerja tahunan {year} ada; tanggal penetapannya tidak tercatat.",
        "The annual work agenda {year} exists; its adoption date is not recorded.",
    ),
    "contents_complete": (
        "Agenda {year} memuat rencana kerja RPKD, RAT dan laporan pelaksanaan.",
        "The {year} agenda holds work plans for the RPKD, the RAT and the implementation report.",
    ),
    "contents_missing": (
        "Agenda {year} belum memuat rencana kerja: {missing}.",
        "The {year} agenda lacks a work plan for: {missing}.",
    ),
    "rat_done": ("RAT {year} ditetapkan {day}.", "The RAT {year} was adopted on {day}."),
    "rat_done_undated": ("RAT {year} sudah ditetapkan.", "The RAT {year} has been adopted."),
    "rat_open": (
        "RAT {year} belum ditetapkan{draft}",
        "The RAT {year} has not been adopted yet{draft}",
    ),
    "rat_draft": (" (masih draf)", " (still a draft)"),
    "rat_before_rkpd": (
        "{status}; agar menjadi bahan RKPD {year}, rancangannya perlu ada sebelum RKPD"
        " ditetapkan akhir Juni ({deadline}; praktik).",
        "{status}; to feed the RKPD {year} a draft has to exist before the RKPD is set at the"
        " end of June ({deadline}; practice).",
    ),
    "rat_before_apbd": (
        "{status}; RKPD {year} sudah ditetapkan (akhir Juni, praktik); tetapkan RAT sebelum APBD"
        " {year} disetujui, paling lambat {deadline}.",
        "{status}; the RKPD {year} is already set (end of June, practice); adopt the RAT before"
        " the APBD {year} is approved, by {deadline} at the latest.",
    ),
    "rat_agenda_target": (
        " Agenda kerja menargetkan {day}.",
        " The work agenda targets {day}.",
    ),
    "rat_late": (
        "{status}; tahun {year} sudah berjalan.",
        "{status}; {year} is already under way.",
    ),
    "report_done": (
        "Laporan pelaksanaan {year} ditetapkan/disampaikan {day}.",
        "The {year} implementation report was adopted/submitted on {day}.",
    ),
    "report_done_undated": (
        "Laporan pelaksanaan {year} sudah ditetapkan.",
        "The {year} implementation report has been adopted.",
    ),
    "report_open": (
        "Laporan pelaksanaan {year} belum ditetapkan; laporan dibuat setiap tahun, batas waktunya"
        " tidak diketahui (praktik: akhir tahun berikutnya, {deadline}).",
        "The {year} implementation report has not been adopted; it is produced yearly, its"
        " deadline is unknown (practice: late in the following year, {deadline}).",
    ),
    "report_behind_agenda": (
        " Agenda kerja menargetkan {day}, yang sudah lewat.",
        " The work agenda targeted {day}, which has passed.",
    ),
    "rpkd_covered": (
        "RPKD {period} mencakup tahun {year} dan {next}.",
        "The RPKD {period} covers {year} and {next}.",
    ),
    "rpkd_ends": (
        "RPKD {period} berakhir tahun {year}; RPKD berikutnya perlu disusun (bersama RPJMD baru)"
        " paling lambat {deadline}.",
        "The RPKD {period} ends in {year}; the next one has to be drafted (with the new RPJMD)"
        " by {deadline}.",
    ),
    "rpkd_new_rpjmd": (
        "Periode RPJMD {period} dimulai; RPKD disusun bersama RPJMD (praktik: enam bulan"
        " setelah pelantikan kepala daerah).",
        "The RPJMD period {period} begins; the RPKD is drafted together with the RPJMD"
        " (practice: within six months of the head of region taking office).",
    ),
    "rpkd_none": (
        "Tidak ada RPKD yang ditetapkan untuk tahun {year} menurut catatan.",
        "According to the record no adopted RPKD covers {year}.",
    ),
    "rpkd_unknown": (
        "Catatan tidak memuat dokumen perencanaan; RPKD tidak diketahui.",
        "The record lists no planning documents; the RPKD is unknown.",
    ),
    "regime_undetermined": (
        "Pada {day} belum pasti apakah Permendagri 53/2020 sudah berlaku; kewajiban ini belum"
        " dapat ditentukan.",
        "On {day} it is not certain that Permendagri 53/2020 already governed; this obligation"
        " cannot be settled.",
    ),
    "regime_before": (
        "Pada {day} yang berlaku adalah {regulation}; pelacak ini memodelkan Permendagri 53/2020.",
        "On {day} {regulation} governed; this tracker models Permendagri 53/2020.",
    ),
    "docs_unknown": (
        "Catatan tidak memuat dokumen perencanaan; status dokumen ini tidak diketahui.",
        "The record lists no planning documents; the state of this document is unknown.",
    ),
    "engine_says": ("{reason}", "{reason}"),
    "not_judged": (
        "Aturan untuk kewajiban ini tidak dapat menilai catatan tahun {year}; periksa"
        " 'tkpk-rules check'.",
        "The rule for this obligation cannot judge the {year} record; see 'tkpk-rules check'.",
    ),
    "_join": ("{parts}", "{parts}"),
    # --- labels ---------------------------------------------------------------------
    "label_rpkd": ("RPKD", "RPKD"),
    "label_rat": ("RAT", "RAT"),
    "label_report": ("laporan pelaksanaan", "implementation report"),
}
