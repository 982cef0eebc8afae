"""The provisions of Permendagri 53/2020 and 42/2010 in the brief, in the project's own words.

Each :class:`Provision` has a stable id, a citation (unknown parts unknown),
the support of each part of the fact, and, for a provision no rule can check
from a record, the reason why.  The coverage listing joins this list with the
rules that name each id.

The ``53.*`` ids are the brief's own, in the brief's order.  The ``42.*`` ids
are the project's: the brief gives Permendagri 42/2010 one row ("reported
composition", tasks, the five-year SPKD), which is split here into one id per
fact so that each can be covered, corrected or dropped on its own.  No article
number of 42/2010 is known: every ``42.*`` citation is ``Pasal ?``.

>>> PROVISIONS["53.meetings"].support
(<Support.REPORTED: 'reported'>,)
>>> PROVISIONS["53.funding"].checkable
False
>>> len([p for p in PROVISIONS if p.startswith("53.")])
23
>>> PROVISIONS["53.targeting"].citation.text(), PROVISIONS["53.targeting"].support[0].value
('Permendagri 53/2020, Pasal 19', 'quoted')
>>> PROVISIONS["42.vice-chair"].citation.text()
'Permendagri 42/2010, Pasal ?'
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from tkpk_rules.i18n import Words
from tkpk_rules.law.citation import Citation
from tkpk_rules.law.support import Support

__all__ = ["PROVISIONS", "Provision"]

_R53 = "permendagri-53-2020"
_R42 = "permendagri-42-2010"


_NONE = Words("", "")


@attrs.frozen(kw_only=True)
class Provision:
    """One fact of the law, keyed by the brief's id."""

    id: str
    citation: Citation
    fact: Words
    """The fact, in the project's own words."""
    support: tuple[Support, ...]
    """Support of each part of the fact (several when parts differ, e.g. rule + practice)."""
    support_note: Words = _NONE
    """What the support rests on, when the level alone does not say it."""
    checkable: bool = True
    reason: Words = _NONE
    """Why no rule checks it (for a provision that is not checkable)."""
    parents: tuple[Citation, ...] = ()
    """Citations of the parent law that states the same fact."""


def _c(pasal: str | None = None, *, bab: str | None = None, pasti: bool = True) -> Citation:
    return Citation(regulation=_R53, bab=bab, pasal=pasal, pasti=pasti)


_PERPRES15 = Citation(regulation="perpres-15-2010")
_S = Support

_ALL = (
    Provision(
        id="53.formation",
        citation=_c("3", bab="II"),
        fact=Words(
            "Setiap provinsi membentuk TKPK Provinsi; setiap kabupaten dan kota membentuk "
            "TKPK Kabupaten/Kota.",
            "Every province forms a provincial TKPK; every kabupaten and kota forms a "
            "kab/kota TKPK.",
        ),
        support=(_S.REPORTED,),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="53.instrument",
        citation=_c("3", pasti=False),
        fact=Words(
            "Tim dibentuk dengan keputusan kepala daerah (keputusan gubernur, bupati atau wali"
            " kota). Sebagian daerah memakai peraturan kepala daerah; diterima, dengan catatan.",
            (
                "The team is formed by a decree of the head of region (keputusan gubernur,"
                " bupati or"
                " wali kota). Some regions use a regulation of the head of region; accepted, with"
                " a note."
            ),
        ),
        support=(_S.SINGLE_SOURCE, _S.PRACTICE),
        support_note=Words(
            "keputusan: satu sumber; peraturan: praktik",
            "decree: single source; regulation instead: practice",
        ),
    ),
    Provision(
        id="53.elements",
        citation=_c("3", pasti=False),
        fact=Words(
            "Keanggotaan terdiri atas empat unsur: pemerintah daerah, masyarakat, dunia usaha dan"
            " pemangku kepentingan lainnya. Jumlah minimum/maksimum tidak diketahui.",
            (
                "Membership is drawn from four elements: regional government, community, business"
                " and other stakeholders. No minimum or maximum size is known."
            ),
        ),
        support=(_S.SINGLE_SOURCE,),
        support_note=Words(
            "rumusan sama dengan Permendagri 42/2010 dan Perpres 15/2010",
            "same wording as Permendagri 42/2010 and Perpres 15/2010",
        ),
        parents=(_PERPRES15, Citation(regulation="permendagri-42-2010")),
    ),
    Provision(
        id="53.chair",
        citation=_c(),
        fact=Words(
            "Ketua tim adalah wakil kepala daerah.",
            "The chair (ketua) is the deputy head of region.",
        ),
        support=(_S.SINGLE_SOURCE,),
        support_note=Words(
            "satu sumber untuk Perpres 15/2010; praktik sesudah 2020 konsisten",
            "single source for Perpres 15/2010; practice after 2020 consistent",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="53.secretary",
        citation=_c(),
        fact=Words(
            "Sekretaris tim adalah kepala badan perencanaan pembangunan daerah.",
            "The secretary (sekretaris) is the head of the regional planning agency.",
        ),
        support=(_S.SINGLE_SOURCE,),
        support_note=Words(
            "satu sumber; praktik konsisten",
            "single source; practice consistent",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="53.vice-chair",
        citation=_c(),
        fact=Words(
            ("Wakil ketua tim adalah sekretaris daerah (aturan 42/2010 yang masih dipraktikkan)."),
            "The vice-chair (wakil ketua) is the regional secretary (a 42/2010 rule still "
            "seen in practice).",
        ),
        support=(_S.PRACTICE,),
        parents=(Citation(regulation="permendagri-42-2010"),),
    ),
    Provision(
        id="53.tasks",
        citation=_c("4"),
        fact=Words(
            "Tim mengoordinasikan perumusan kebijakan, perencanaan, dan pemantauan pelaksanaan"
            " penanggulangan kemiskinan di daerahnya.",
            "The team coordinates policy formulation, planning and monitoring of poverty-reduction"
            " implementation in its region.",
        ),
        support=(_S.REPORTED,),
        checkable=False,
        reason=Words(
            "Tugas koordinasi tidak tampak sebagai keadaan dalam catatan; hasilnya (agenda, rapat,"
            " RPKD, RAT, laporan) diperiksa oleh aturan lain.",
            (
                "A coordinating task is not a state a record can show; its outputs (agenda,"
                " meetings,"
                " RPKD, RAT, report) are checked by other rules."
            ),
        ),
    ),
    Provision(
        id="53.functions",
        citation=_c("5"),
        fact=Words(
            "Fungsi tim antara lain menyusun RPKD bersama perangkat daerah terkait. Daftar "
            "lengkap tidak diketahui.",
            "Its functions include drafting the RPKD with the relevant regional agencies. "
            "Full list unknown.",
        ),
        support=(_S.REPORTED,),
    ),
    Provision(
        id="53.secretariat",
        citation=_c(),
        fact=Words(
            "Untuk mendukung tim, kepala daerah membentuk Sekretariat TKPK dengan keputusan"
            " (dinyatakan untuk provinsi; untuk kab/kota disimpulkan). Kedudukan: dalam praktik"
            " di badan perencanaan.",
            (
                "The head of region forms a Sekretariat TKPK by decree to support the team"
                " (stated for"
                " the province; inferred for kab/kota). In practice it sits in the planning agency."
            ),
        ),
        support=(_S.SINGLE_SOURCE, _S.PRACTICE),
        support_note=Words(
            "provinsi: satu sumber; kab/kota dan kedudukan: praktik/disimpulkan",
            "province: single source; kab/kota and where it sits: practice/inferred",
        ),
    ),
    Provision(
        id="53.agenda",
        citation=_c(),
        fact=Words(
            "Tim bekerja berdasarkan agenda kerja tahunan.",
            "The team works from an annual work agenda (agenda kerja tahunan).",
        ),
        support=(_S.REPORTED,),
    ),
    Provision(
        id="53.agenda-contents",
        citation=_c(),
        fact=Words(
            "Agenda kerja tahunan memuat rencana kerja penyusunan RPKD, Rencana Aksi Tahunan (RAT)"
            " dan laporan pelaksanaan penanggulangan kemiskinan.",
            (
                "The annual agenda holds the work plan for drafting the RPKD, the annual action"
                " plan"
                " (RAT) and the implementation report."
            ),
        ),
        support=(_S.SINGLE_SOURCE,),
        support_note=Words(
            "satu sumber; ketiga keluaran dilaporkan",
            "single source; the three outputs are reported",
        ),
    ),
    Provision(
        id="53.meetings",
        citation=_c(),
        fact=Words(
            "RPKD, RAT dan laporan pelaksanaan disusun melalui rapat koordinasi TKPK, paling"
            " sedikit 3 kali dalam 1 tahun atau lebih sesuai kebutuhan.",
            (
                "RPKD, RAT and the implementation report are prepared through TKPK coordination"
                " meetings, held at least 3 times a year, or more as needed."
            ),
        ),
        support=(_S.REPORTED,),
    ),
    Provision(
        id="53.rpkd",
        citation=_c(),
        fact=Words(
            "RPKD adalah rencana lima tahunan yang periodenya sama dengan periode RPJMD; bagian"
            " dari RPJMD, disusun sebelum atau bersama RPJMD, dan RPJMD memperhatikannya.",
            (
                "The RPKD is a five-year plan whose period is the RPJMD's period; it is part of the"
                " RPJMD, drafted before or together with it, and the RPJMD takes it into account."
            ),
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "materi pelatihan Kemendagri Des 2020 dan rilis Kemendagri Sep 2024; nomor pasal"
            ' tidak diketahui ("Pasal 16" yang dulu dicantumkan tidak bersumber)',
            (
                "Kemendagri training deck Dec 2020 and Kemendagri release Sep 2024; article number"
                ' unknown (the "Pasal 16" given earlier had no source)'
            ),
        ),
    ),
    Provision(
        id="53.rpkd-outline",
        citation=_c("20"),
        fact=Words(
            "RPKD terdiri atas lima bab, berurutan: Pendahuluan; Kondisi Umum Daerah; Profil"
            " Kemiskinan Daerah; Prioritas Program; Lokasi Prioritas.",
            (
                "The RPKD has five chapters, in this order: Pendahuluan; Kondisi Umum Daerah;"
                " Profil"
                " Kemiskinan Daerah; Prioritas Program; Lokasi Prioritas."
            ),
        ),
        support=(_S.QUOTED,),
        support_note=Words(
            "nomor dan judul pasal dikutip materi pelatihan Kemendagri/TNP2K Des 2020; empat bab"
            " terakhir juga dilaporkan dua sumber daerah",
            "article number and heading quoted in a Kemendagri/TNP2K training deck, Dec 2020;"
            " the last four chapters are also reported by two regional sources",
        ),
    ),
    Provision(
        id="53.strategies",
        citation=_c("17"),
        fact=Words(
            "Penanggulangan kemiskinan mengikuti empat strategi: (a) mengurangi beban pengeluaran"
            " masyarakat miskin; (b) meningkatkan kemampuan dan pendapatan masyarakat miskin;"
            " (c) mengembangkan dan menjamin keberlanjutan usaha mikro dan kecil; (d) menyinergikan"
            " kebijakan dan program.",
            (
                "Poverty reduction follows four strategies: (a) reduce the spending burden of poor"
                " people; (b) raise the capability and income of poor people; (c) develop and"
                " sustain micro and small enterprises; (d) align (sinergi) policies and programmes."
            ),
        ),
        support=(_S.QUOTED,),
        checkable=False,
        reason=Words(
            "Diperiksa: strategi yang dicatat pada program RPKD/RAT harus salah satu dari"
            " keempatnya (nilai yang dikenal format). Tidak diperiksa: apakah program benar-benar"
            " mengikuti strategi itu, dan apakah keempatnya tercakup (pasal tidak menyebut"
            " kewajiban itu).",
            (
                "Checked: a strategy recorded on an RPKD/RAT programme is one of the four (a value"
                " the format knows). Not checked: whether the programme really follows it, nor"
                " whether all four are covered (the article states no such duty)."
            ),
        ),
    ),
    Provision(
        id="53.programmes",
        citation=_c("18"),
        fact=Words(
            "Program terbagi tiga kelompok: (a) bantuan sosial terpadu dan jaminan sosial berbasis"
            " rumah tangga, keluarga atau individu; (b) pemberdayaan masyarakat dan dukungan usaha"
            " mikro dan kecil; (c) program lain yang langsung atau tidak langsung meningkatkan"
            " kegiatan ekonomi dan kesejahteraan masyarakat miskin, termasuk yang didanai dana"
            " desa/dana kelurahan.",
            (
                "Programmes fall into three groups: (a) integrated social assistance and social"
                " security for households, families or individuals; (b) community empowerment and"
                " support for micro and small enterprises; (c) other programmes that directly or"
                " indirectly raise economic activity and welfare of poor people, including those"
                " funded by dana desa / dana kelurahan."
            ),
        ),
        support=(_S.QUOTED,),
        checkable=False,
        reason=Words(
            "Diperiksa: kelompok yang dicatat pada program RPKD/RAT harus salah satu dari"
            " ketiganya. Tidak diperiksa: apakah program memang termasuk kelompok itu (isi"
            " program tidak dapat dinilai dari catatan).",
            (
                "Checked: a group recorded on an RPKD/RAT programme is one of the three. Not"
                " checked: whether the programme really belongs to it (a programme's content"
                " cannot be judged from the record)."
            ),
        ),
    ),
    Provision(
        id="53.targeting",
        citation=_c("19"),
        fact=Words(
            "Penerima program penanggulangan kemiskinan ditentukan dengan data berbasis nama,"
            " alamat dan NIK (by name, by address).",
            "Beneficiaries of poverty-reduction programmes are targeted with data based on name,"
            " address and NIK (by name, by address).",
        ),
        support=(_S.QUOTED,),
    ),
    Provision(
        id="53.rat",
        citation=_c(),
        fact=Words(
            "RAT menjabarkan RPKD untuk satu tahun.",
            "The RAT elaborates the RPKD for one year.",
        ),
        support=(_S.SINGLE_SOURCE,),
    ),
    Provision(
        id="53.report",
        citation=_c(),
        fact=Words(
            "Laporan pelaksanaan dibuat setiap tahun (praktik: LP2KD, sering disampaikan akhir"
            " tahun berikutnya). Penerima, batas waktu dan format tidak diketahui.",
            (
                "The implementation report is produced yearly (practice: LP2KD, often presented"
                " late"
                " in the following year). Recipients, deadline and format unknown."
            ),
        ),
        support=(_S.REPORTED, _S.PRACTICE),
        support_note=Words(
            "keberadaan: dilaporkan; waktu: praktik",
            "that it exists: reported; timing: practice",
        ),
    ),
    Provision(
        id="53.alignment",
        citation=_c(),
        fact=Words(
            "Penyelarasan kerja antara provinsi, kab/kota dan pusat: isinya tidak diketahui.",
            ("Alignment of work between province, kab/kota and national level: content unknown."),
        ),
        support=(),
        checkable=False,
        reason=Words(
            "Isi ketentuan tidak diketahui; tidak ada yang dapat diperiksa.",
            "The provision's content is unknown; there is nothing to check.",
        ),
    ),
    Provision(
        id="53.development",
        citation=_c(),
        fact=Words(
            "Pembinaan kelembagaan dan SDM oleh Kementerian (Ditjen Bina Pembangunan Daerah),"
            " dalam praktik bersama TNP2K: isinya tidak diketahui.",
            (
                "Institutional and human-resource development by the Ministry (Ditjen Bina"
                " Pembangunan Daerah), with TNP2K in practice: content unknown."
            ),
        ),
        support=(),
        checkable=False,
        reason=Words(
            "Kewajiban kementerian, bukan daerah, dan isinya tidak diketahui.",
            "An obligation of the ministry, not the region, and its content is unknown.",
        ),
    ),
    Provision(
        id="53.funding",
        citation=_c(),
        fact=Words(
            "Pendanaan: tidak diketahui (dalam praktik APBD).",
            "Funding: unknown (APBD in practice).",
        ),
        support=(),
        checkable=False,
        reason=Words(
            "Ketentuan pendanaan tidak diketahui, dan catatan tidak memuat anggaran.",
            "The funding provision is unknown, and the record holds no budget data.",
        ),
    ),
    Provision(
        id="53.transition",
        citation=_c(),
        fact=Words(
            "Masa peralihan bagi tim yang dibentuk menurut 42/2010: tidak diketahui. Daerah"
            " menerbitkan ulang keputusan sepanjang 2021-2022.",
            (
                "Transitional period for teams formed under 42/2010: unknown. Regions re-issued"
                " decrees through 2021-2022."
            ),
        ),
        support=(_S.PRACTICE,),
        support_note=Words(
            ("masa peralihan: tidak diketahui; penerbitan ulang keputusan 2021-2022: praktik"),
            "the transition itself: unknown; re-issued decrees 2021-2022: practice",
        ),
        checkable=False,
        reason=Words(
            "Lama dan isi masa peralihan tidak diketahui; tidak ada batas yang dapat diuji."
            " Satu aturan hanya memberi saran (praktik) bila keputusan tim masih menyebut"
            " Permendagri 42/2010.",
            (
                "The length and content of the transition are unknown; there is no limit to test."
                " One rule only advises (practice) when a team's decree still names Permendagri"
                " 42/2010."
            ),
        ),
    ),
)


def _c42() -> Citation:
    return Citation(regulation=_R42)


_ALL_42 = (
    Provision(
        id="42.formation",
        citation=_c42(),
        fact=Words(
            "Pada masa 42/2010 setiap provinsi dan kabupaten/kota mempunyai TKPK (dinyatakan"
            " dalam Perpres 15/2010; 42/2010 mengatur TKPK kedua tingkat itu).",
            (
                "While 42/2010 governed, every province and kabupaten/kota had a TKPK (stated in"
                " Perpres 15/2010; 42/2010 is about the TKPK of both levels)."
            ),
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "dilaporkan untuk Perpres 15/2010; 42/2010 mengatur TKPK kedua tingkat",
            "reported for Perpres 15/2010; 42/2010 is about TKPK at both levels",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="42.instrument",
        citation=_c42(),
        fact=Words(
            "Pada masa 42/2010 susunan, tugas dan kelompok kerja tim ditetapkan dengan keputusan"
            " kepala daerah (dinyatakan dalam Perpres 15/2010).",
            (
                "While 42/2010 governed, the team's composition, tasks and working groups were set"
                " by decree of the head of region (stated in Perpres 15/2010)."
            ),
        ),
        support=(_S.REPORTED, _S.PRACTICE),
        support_note=Words(
            "keputusan kepala daerah: dilaporkan (Perpres 15/2010); bentuknya: praktik",
            "a head-of-region decree: reported (Perpres 15/2010); its form: practice",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="42.responsible",
        citation=_c42(),
        fact=Words(
            "Penanggung jawab tim adalah kepala daerah (gubernur, bupati atau wali kota).",
            "The person answerable for the team (penanggung jawab) is the head of region"
            " (governor, bupati or wali kota).",
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "susunan yang dilaporkan; teks pasal belum dibaca",
            "the reported composition; article text not read",
        ),
    ),
    Provision(
        id="42.chair",
        citation=_c42(),
        fact=Words(
            "Ketua tim adalah wakil kepala daerah.",
            "The chair (ketua) is the deputy head of region.",
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "susunan yang dilaporkan; sama dengan Perpres 15/2010",
            "the reported composition; the same as Perpres 15/2010",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="42.vice-chair",
        citation=_c42(),
        fact=Words(
            "Wakil ketua tim adalah sekretaris daerah (sekda).",
            "The vice-chair (wakil ketua) is the regional secretary (sekda).",
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "susunan yang dilaporkan; menurut 53/2020 hanya praktik (53.vice-chair)",
            "the reported composition; under 53/2020 only practice (53.vice-chair)",
        ),
    ),
    Provision(
        id="42.secretary",
        citation=_c42(),
        fact=Words(
            "Sekretaris tim adalah kepala Bappeda (badan perencanaan pembangunan daerah).",
            "The secretary (sekretaris) is the head of the regional planning agency.",
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "susunan yang dilaporkan; sama dengan Perpres 15/2010",
            "the reported composition; the same as Perpres 15/2010",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="42.vice-secretary",
        citation=_c42(),
        fact=Words(
            "Wakil sekretaris tim adalah kepala perangkat daerah pemberdayaan masyarakat"
            " (BPMD atau sebutan lain).",
            "The vice-secretary (wakil sekretaris) is the head of the community-empowerment"
            " agency (BPMD or however it is named).",
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "susunan yang dilaporkan; tidak disebut untuk 53/2020",
            "the reported composition; not stated for 53/2020",
        ),
    ),
    Provision(
        id="42.members",
        citation=_c42(),
        fact=Words(
            "Anggota tim berasal dari perangkat daerah dan dari luar pemerintah; rumusan empat"
            " unsur (pemerintah daerah, masyarakat, dunia usaha, pemangku kepentingan lainnya)"
            " sama dengan 53/2020 dan Perpres 15/2010.",
            (
                "Members come from regional agencies and from outside government; the four-element"
                " wording (regional government, community, business, other stakeholders) is the"
                " same as 53/2020 and Perpres 15/2010."
            ),
        ),
        support=(_S.REPORTED, _S.SINGLE_SOURCE),
        support_note=Words(
            "perangkat daerah dan non-pemerintah: dilaporkan; empat unsur: satu sumber",
            "agencies and non-government: reported; four elements: single source",
        ),
        parents=(_PERPRES15,),
    ),
    Provision(
        id="42.tasks",
        citation=_c42(),
        fact=Words(
            "Tim mengoordinasikan dan mengendalikan penanggulangan kemiskinan di daerahnya.",
            "The team coordinates and controls poverty reduction in its region.",
        ),
        support=(_S.REPORTED,),
        checkable=False,
        reason=Words(
            "Tugas koordinasi dan pengendalian tidak tampak sebagai keadaan dalam catatan;"
            " keluarannya (SPKD) diperiksa oleh aturan lain.",
            "Coordinating and controlling are not states a record can show; their output (the"
            " SPKD) is checked by other rules.",
        ),
    ),
    Provision(
        id="42.spkd",
        citation=_c42(),
        fact=Words(
            "Dokumen perencanaan lima tahunan tim adalah SPKD (Strategi Penanggulangan Kemiskinan"
            " Daerah). Batas waktu penyusunannya tidak diketahui.",
            (
                "The team's five-year planning document is the SPKD (Strategi Penanggulangan"
                " Kemiskinan Daerah). No deadline for drafting it is known."
            ),
        ),
        support=(_S.REPORTED,),
        support_note=Words(
            "baris 42/2010 dalam brief; teks pasal belum dibaca",
            "the brief's 42/2010 row; article text not read",
        ),
    ),
)

#: Every provision: the brief's 53/2020 ids in the brief's order, then the 42/2010 ids.
PROVISIONS: Mapping[str, Provision] = {p.id: p for p in (*_ALL, *_ALL_42)}
