"""The six instruments of the brief, with what is known of their dates.

Dates are given as bounds: ``earliest``/``latest`` are the first and last days
on which the instrument may have come into force, as far as the sources allow.
Nothing more precise is known for any of them today.

>>> REGULATIONS["permendagri-53-2020"].in_force_by
datetime.date(2020, 10, 6)
>>> identify("Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010")
'permendagri-42-2010'
>>> identify("Permendagri 53/2020"), identify("permendagri-53-2020"), identify("UU 23/2014")
('permendagri-53-2020', 'permendagri-53-2020', None)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import attrs

from tkpk_rules.i18n import Words

__all__ = ["REGULATIONS", "Regulation", "get", "identify", "short_name"]


@attrs.frozen(kw_only=True)
class Regulation:
    """A regulation the library knows of.

    ``earliest`` and ``latest`` bound the day it came into force (``latest`` is
    the last possible day: from then on it certainly governs).  ``replaces``
    and ``replaced_by`` are ids; ``inferred`` notes whether the replacement is
    only inferred.
    """

    id: str
    jenis: str
    """``perpres`` or ``permendagri``."""
    nomor: int
    tahun: int
    judul: str
    singkat: str
    """Short name for citations, e.g. ``Permendagri 53/2020``."""
    earliest: dt.date
    latest: dt.date
    known: Words
    """What is known of its content, in both languages."""
    replaces: str | None = None
    replaced_by: str | None = None
    replacement_inferred: bool = False

    @property
    def in_force_by(self) -> dt.date:
        """The first day on which the instrument certainly governs."""
        return self.latest


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


_ALL = (
    Regulation(
        id="perpres-13-2009",
        jenis="perpres",
        nomor=13,
        tahun=2009,
        judul="Peraturan Presiden Nomor 13 Tahun 2009 tentang Koordinasi Penanggulangan Kemiskinan",
        singkat="Perpres 13/2009",
        earliest=_year(2009)[0],
        latest=_year(2009)[1],
        known=Words(
            "TKPK Provinsi di bawah dan bertanggung jawab kepada gubernur; TKPK Kab/Kota kepada"
            " bupati/wali kota; Menteri Dalam Negeri mengatur tugas, susunan, kelompok kerja,"
            " sekretariat dan pendanaan (Pasal 16-18).",
            (
                "The provincial TKPK sits under and answers to the governor; the kab/kota TKPK to"
                " the bupati/wali kota; the Minister of Home Affairs sets tasks, composition,"
                " working groups, secretariat and funding (Pasal 16-18)."
            ),
        ),
    ),
    Regulation(
        id="permendagri-34-2009",
        jenis="permendagri",
        nomor=34,
        tahun=2009,
        judul="Peraturan Menteri Dalam Negeri Nomor 34 Tahun 2009 (pedoman pembentukan TKPK)",
        singkat="Permendagri 34/2009",
        earliest=_year(2009)[0],
        latest=_year(2009)[1],
        known=Words(
            "Isi tidak diketahui; digantikan Permendagri 42/2010 (disimpulkan).",
            "Content unknown; superseded by Permendagri 42/2010 (inferred).",
        ),
        replaced_by="permendagri-42-2010",
        replacement_inferred=True,
    ),
    Regulation(
        id="perpres-15-2010",
        jenis="perpres",
        nomor=15,
        tahun=2010,
        judul="Peraturan Presiden Nomor 15 Tahun 2010 tentang Percepatan Penanggulangan Kemiskinan",
        singkat="Perpres 15/2010",
        earliest=dt.date(2010, 1, 1),
        latest=dt.date(2010, 3, 12),
        known=Words(
            "Dilaporkan: TKPK dibentuk di setiap provinsi dan kab/kota; ketua = wakil kepala"
            " daerah; sekretaris = kepala Bappeda; anggota dari pemerintah daerah, masyarakat,"
            " dunia usaha dan pemangku kepentingan lainnya. Nomor pasal tidak diketahui.",
            (
                "Reported: a TKPK in every province and kab/kota; chair = deputy head of region;"
                " secretary = head of the planning agency; members from regional government,"
                " community, business and other stakeholders. Article numbers unknown."
            ),
        ),
    ),
    Regulation(
        id="permendagri-42-2010",
        jenis="permendagri",
        nomor=42,
        tahun=2010,
        judul=(
            "Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010 tentang Tim Koordinasi"
            " Penanggulangan Kemiskinan Provinsi dan Kabupaten/Kota"
        ),
        singkat="Permendagri 42/2010",
        earliest=_year(2010)[0],
        latest=_year(2010)[1],
        known=Words(
            "Dilaporkan: penanggung jawab = kepala daerah; ketua = wakil kepala daerah; wakil"
            " ketua = sekda; sekretaris = kepala Bappeda; wakil sekretaris = kepala BPMD;"
            " dokumen lima tahunan SPKD.",
            (
                "Reported: penanggung jawab = head of region; chair = deputy head; vice-chair ="
                " sekda; secretary = planning head; vice-secretary = head of the community-"
                "empowerment agency; five-year SPKD."
            ),
        ),
        replaces="permendagri-34-2009",
        replaced_by="permendagri-53-2020",
        replacement_inferred=True,
    ),
    Regulation(
        id="perpres-96-2015",
        jenis="perpres",
        nomor=96,
        tahun=2015,
        judul="Peraturan Presiden Nomor 96 Tahun 2015 tentang Perubahan atas Perpres 15/2010",
        singkat="Perpres 96/2015",
        earliest=_year(2015)[0],
        latest=_year(2015)[1],
        known=Words(
            "Ada; isinya tidak diketahui.",
            "Exists; content unknown.",
        ),
    ),
    Regulation(
        id="permendagri-53-2020",
        jenis="permendagri",
        nomor=53,
        tahun=2020,
        judul=(
            "Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2020 tentang Tata Kerja dan"
            " Penyelarasan Kerja serta Pembinaan Kelembagaan dan Sumber Daya Manusia Tim"
            " Koordinasi Penanggulangan Kemiskinan Provinsi dan Kabupaten/Kota"
        ),
        singkat="Permendagri 53/2020",
        earliest=dt.date(2020, 1, 1),
        latest=dt.date(2020, 10, 6),
        known=Words(
            "Berlaku paling lambat 6 Oktober 2020 (sosialisasi nasional); tanggal penetapan dan"
            " pengundangan tidak diketahui; menggantikan Permendagri 42/2010 (disimpulkan).",
            (
                "In force no later than 6 October 2020 (national socialisation); signing and"
                " promulgation dates unknown; replaced Permendagri 42/2010 (inferred)."
            ),
        ),
        replaces="permendagri-42-2010",
        replacement_inferred=True,
    ),
)

#: Every regulation of the brief, by id.
REGULATIONS: Mapping[str, Regulation] = {r.id: r for r in _ALL}


def get(regulation_id: str) -> Regulation:
    """The regulation with that id.

    >>> get("perpres-15-2010").singkat
    'Perpres 15/2010'

    :raises KeyError: no such regulation.
    """
    return REGULATIONS[regulation_id]


def short_name(regulation_id: str) -> str:
    """The short citation name of a regulation id (the id itself if unknown).

    >>> short_name("permendagri-42-2010")
    'Permendagri 42/2010'
    """
    reg = REGULATIONS.get(regulation_id)
    return reg.singkat if reg is not None else regulation_id


_KINDS = {
    "permendagri": "permendagri",
    "peraturan menteri dalam negeri": "permendagri",
    "perpres": "perpres",
    "peraturan presiden": "perpres",
}
_PATTERN = re.compile(
    r"(?P<kind>permendagri|peraturan\s+menteri\s+dalam\s+negeri|perpres|peraturan\s+presiden)"
    r"(?:\s*\(\s*\w+\s*\))?"  # "(Permendagri)" after the long name
    r"[\s.\-:]*(?:r\.?\s*i\.?\s*)?(?:no(?:mor)?\.?\s*)?"
    r"(?P<nomor>\d{1,3})"
    r"\s*(?:/|-|\s+tahun\s+|\s+th\.?\s+|\s+)\s*"
    r"(?P<tahun>\d{4})",
    re.IGNORECASE,
)


def identify(text: str) -> str | None:
    """The id of the regulation a piece of text names, or ``None``.

    Reads the long and short forms: ``"Permendagri Nomor 53 Tahun 2020"``,
    ``"Peraturan Menteri Dalam Negeri No. 42 Tahun 2010"``, ``"Permendagri
    42/2010"``, ``"Perpres 15 Tahun 2010"`` and the library's own ids.  A
    regulation the library does not know gives ``None``.

    >>> identify("Peraturan Presiden Nomor 15 Tahun 2010 tentang Percepatan ...")
    'perpres-15-2010'
    >>> identify("PERMENDAGRI NO. 53 TH. 2020")
    'permendagri-53-2020'
    >>> identify("Permendagri 99/2099") is None
    True
    """
    if not isinstance(text, str):
        return None
    m = _PATTERN.search(" ".join(text.split()))
    if m is None:
        return None
    kind = _KINDS[" ".join(m.group("kind").lower().split())]
    reg_id = f"{kind}-{int(m.group('nomor'))}-{m.group('tahun')}"
    return reg_id if reg_id in REGULATIONS else None
