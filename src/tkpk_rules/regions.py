"""Look up Kemendagri regions: provinces and kabupaten/kota, by code or by name.

The table bundled with the library (``tkpk_rules/data/regions.csv``) holds every
code in force per Kepmendagri No. 300.2.2-2430 Tahun 2025, and the older codes
of the kabupaten/kota that moved to the Papua provinces formed in 2022, each
with the day it stopped being valid and the code that replaced it.  The table
speaks for 1 January 2020 onwards; a date before that is treated like that day.

The table is read on first use and kept; importing this module reads nothing.

>>> from tkpk_rules import regions
>>> regions.get("64.72").nama
'Kota Samarinda'
>>> regions.by_name("kab. merauke").kode
'93.01'
>>> import datetime as dt
>>> regions.by_name("Kabupaten Merauke", on=dt.date(2021, 1, 1)).kode
'91.01'
>>> len(regions.all_regions(on=dt.date(2025, 1, 1), tingkat=regions.Level.PROVINSI))
38
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from tkpk_rules.errors import UnknownRegionError
from tkpk_rules.model.region import Level, Region

__all__ = [
    "EARLIEST_DATE",
    "InvalidRegionCodeError",
    "Level",
    "Region",
    "all_regions",
    "by_name",
    "find",
    "get",
    "is_valid_code_shape",
    "level_from_code",
    "name_matches",
    "predecessors",
    "province_of",
    "regions_named",
]

#: The earliest date the bundled table speaks for; a code with no ``dibentuk``
#: was already valid then.
EARLIEST_DATE = dt.date(2020, 1, 1)

_DATA_PACKAGE = "tkpk_rules"
_DATA_FILE = ("data", "regions.csv")
_COLUMNS = ["kode", "nama", "tingkat", "dibentuk", "berakhir", "kode_baru", "dasar_hukum"]

# Two digits (11-99) for a province; a dot and two more for a kabupaten/kota.
_CODE_SHAPE = re.compile(r"([1-9][0-9])(?:\.([0-9]{2}))?", re.ASCII)
# What people write instead of the dot: "6472", "64-72", "64 72", "64,72", "64/72".
_CODE_LOOSE = re.compile(r"([0-9]{2})\s*[-,/ ]?\s*([0-9]{2})", re.ASCII)
_DKI = "31"

#: The shape of a Kemendagri code as a JSON Schema ``pattern``: a province (``64``), or a
#: province, a dot and 01-69 (kabupaten) or 71-99 (kota).  It accepts exactly the codes
#: :func:`is_valid_code_shape` accepts, without surrounding whitespace.
CODE_PATTERN = r"^(1[1-9]|[2-9][0-9])(\.(0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9]))?$"


class InvalidRegionCodeError(UnknownRegionError, ValueError):
    """A region code is malformed: it cannot be any Kemendagri code.

    It is an :class:`~tkpk_rules.errors.UnknownRegionError` (so a caller that
    catches unknown regions catches it too) and a :class:`ValueError`.
    """


# --------------------------------------------------------------------------
# Codes
# --------------------------------------------------------------------------


def _shape_level(kode: str) -> Level | None:
    """The level ``kode`` implies by its shape, or ``None`` if it is malformed."""
    m = _CODE_SHAPE.fullmatch(kode)
    if m is None or int(m.group(1)) < 11:
        return None
    if m.group(2) is None:
        return Level.PROVINSI
    nn = int(m.group(2))
    dki = m.group(1) == _DKI
    if 1 <= nn <= 69:
        return Level.KABUPATEN_ADMINISTRASI if dki else Level.KABUPATEN
    if 71 <= nn <= 99:
        return Level.KOTA_ADMINISTRASI if dki else Level.KOTA
    return None


def is_valid_code_shape(kode: str) -> bool:
    """Whether ``kode`` has the shape of a Kemendagri province or kabupaten/kota code.

    A province code is two digits from 11 to 99; a kabupaten/kota code is a
    province code, a dot and two digits, 01-69 for a kabupaten and 71-99 for a
    kota.  Surrounding whitespace is ignored, as in :func:`get`.  The answer
    says nothing of whether the code is in use: see :func:`find` for that.

    >>> is_valid_code_shape("64.72"), is_valid_code_shape("64"), is_valid_code_shape(" 31.01 ")
    (True, True, True)
    >>> is_valid_code_shape("6472"), is_valid_code_shape("64.70"), is_valid_code_shape("64.7")
    (False, False, False)
    """
    return isinstance(kode, str) and _shape_level(kode.strip()) is not None


def level_from_code(kode: str) -> Level:
    """The level (tingkat) a code denotes, read from its shape alone.

    Two digits make a province; ``PP.NN`` a kabupaten when ``NN`` is 01-69 and
    a kota when it is 71-99.  DKI Jakarta (31) has no autonomous kabupaten/kota,
    so there they are the ``*_ADMINISTRASI`` levels.  The code need not be in
    the table.

    >>> level_from_code("64.72")
    <Level.KOTA: 'kota'>
    >>> level_from_code("93.01"), level_from_code("64")
    (<Level.KABUPATEN: 'kabupaten'>, <Level.PROVINSI: 'provinsi'>)
    >>> level_from_code("31.71")
    <Level.KOTA_ADMINISTRASI: 'kota_administrasi'>
    >>> level_from_code("31.01")
    <Level.KABUPATEN_ADMINISTRASI: 'kabupaten_administrasi'>
    >>> level_from_code("64.70")
    Traceback (most recent call last):
    ...
    tkpk_rules.regions.InvalidRegionCodeError: Wilayah tidak dikenal / unknown region: '64.70' (...)

    :raises InvalidRegionCodeError: the code is malformed (it is also a ``ValueError``).
    """
    text = kode.strip() if isinstance(kode, str) else ""
    level = _shape_level(text)
    if level is None:
        candidates = _loose_code_candidates(text)
        raise InvalidRegionCodeError(str(kode), detail=_BAD_SHAPE, candidates=candidates)
    return level


_BAD_SHAPE = (
    "bentuk kode salah, harus 'PP' atau 'PP.NN' / malformed code, it must be 'PP' or 'PP.NN'"
)


def _code_key(kode: str) -> tuple[int, ...]:
    return tuple(int(part) for part in kode.split("."))


def _loose_code_candidates(text: str) -> list[str]:
    """A well-formed spelling of a code written without its dot, if there is one."""
    m = _CODE_LOOSE.fullmatch(text)
    if m is None:
        return []
    fixed = f"{m.group(1)}.{m.group(2)}"
    return [fixed] if _shape_level(fixed) is not None else []


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

_PROVINCE_PREFIXES = frozenset({"prov", "prov.", "provinsi", "propinsi"})
_LEVEL_PREFIXES: Mapping[str, str] = {
    "kab": "kabupaten",
    "kab.": "kabupaten",
    "kabupaten": "kabupaten",
    "kota": "kota",
}
_NAME_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "dki": ("daerah", "khusus", "ibukota"),
    "di": ("daerah", "istimewa"),
    "diy": ("daerah", "istimewa", "yogyakarta"),
}
_WORD_ABBREVIATIONS: Mapping[str, str] = {
    "adm.": "administrasi",
    "adm": "administrasi",
    "kep.": "kepulauan",
}


@attrs.frozen
class _NameKey:
    """A name reduced for matching.

    ``spaced`` is the name in lower case with abbreviations expanded and single
    spaces; ``compact`` the same with only its letters and digits.  ``group``
    is ``"kabupaten"``, ``"kota"`` or ``"provinsi"`` when the name starts with
    a word that says which, and ``bare`` is the compact name without that word
    (nor ``Administrasi``).
    """

    spaced: str
    compact: str
    group: str | None
    bare: str


def _name_key(nama: str) -> _NameKey:
    text = unicodedata.normalize("NFKC", nama).casefold()
    text = re.sub(r"\.(?=\S)", ". ", text)  # "kab.merauke" -> "kab. merauke"
    words = [_WORD_ABBREVIATIONS.get(w, w) for w in text.split()]
    group: str | None = None
    if words and words[0] in _PROVINCE_PREFIXES:
        words.pop(0)
        group = "provinsi"
    level_word: list[str] = []
    if words and words[0] in _NAME_PREFIXES:
        words[:1] = _NAME_PREFIXES[words[0]]
    elif words and words[0] in _LEVEL_PREFIXES and group is None:
        group = _LEVEL_PREFIXES[words.pop(0)]
        level_word = [group]
        if words and words[0] == "administrasi":
            level_word.append(words.pop(0))
    spaced = " ".join(level_word + words)
    return _NameKey(spaced, _compact(spaced), group, _compact(" ".join(words)))


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _group_of(level: Level) -> str:
    if level in (Level.KABUPATEN, Level.KABUPATEN_ADMINISTRASI):
        return "kabupaten"
    if level in (Level.KOTA, Level.KOTA_ADMINISTRASI):
        return "kota"
    return "provinsi"


# --------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------


@attrs.frozen
class _Table:
    regions: tuple[Region, ...]
    by_code: Mapping[str, Region]
    keys: Mapping[str, _NameKey]
    predecessors: Mapping[str, tuple[Region, ...]]
    by_spaced: Mapping[str, tuple[Region, ...]]
    by_compact: Mapping[str, tuple[Region, ...]]
    by_bare: Mapping[str, tuple[Region, ...]]


def _index(rows: Iterable[Region], key: Callable[[Region], str]) -> dict[str, tuple[Region, ...]]:
    index: dict[str, list[Region]] = {}
    for r in rows:
        index.setdefault(key(r), []).append(r)
    return {k: tuple(v) for k, v in index.items()}


def _parse_date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _parse(lines: Iterable[str]) -> list[Region]:
    import csv

    reader = csv.DictReader(line for line in lines if not line.startswith("#"))
    if reader.fieldnames != _COLUMNS:
        raise RuntimeError(f"bundled regions.csv: columns {reader.fieldnames}, not {_COLUMNS}")
    return [
        Region(
            kode=rec["kode"],
            nama=rec["nama"],
            tingkat=Level(rec["tingkat"]),
            dibentuk=_parse_date(rec["dibentuk"]),
            berakhir=_parse_date(rec["berakhir"]),
            kode_baru=rec["kode_baru"] or None,
            dasar_hukum=rec["dasar_hukum"] or None,
        )
        for rec in reader
    ]


@functools.cache
def _table() -> _Table:
    """Read the bundled CSV once, and index it."""
    from importlib import resources

    path = resources.files(_DATA_PACKAGE)
    for part in _DATA_FILE:
        path = path / part
    rows = _parse(path.read_text(encoding="utf-8").splitlines())
    rows.sort(key=lambda r: _code_key(r.kode))
    keys = {r.kode: _name_key(r.nama) for r in rows}
    return _Table(
        regions=tuple(rows),
        by_code={r.kode: r for r in rows},
        keys=keys,
        predecessors=_index((r for r in rows if r.kode_baru), lambda r: r.kode_baru or ""),
        by_spaced=_index(rows, lambda r: keys[r.kode].spaced),
        by_compact=_index(rows, lambda r: keys[r.kode].compact),
        by_bare=_index(rows, lambda r: keys[r.kode].bare),
    )


# --------------------------------------------------------------------------
# Lookups
# --------------------------------------------------------------------------


def find(kode: str, *, on: dt.date | None = None) -> Region | None:
    """The region with code ``kode``, or ``None``; never raises.

    Surrounding whitespace is ignored.  With ``on``, a code that did not denote
    a region on that date gives ``None`` too.

    >>> find("64").nama
    'Kalimantan Timur'
    >>> find("99.99") is None, find("not a code") is None
    (True, True)
    >>> import datetime as dt
    >>> find("93.01", on=dt.date(2022, 7, 24)) is None
    True
    """
    if not isinstance(kode, str):
        return None
    region = _table().by_code.get(kode.strip())
    if region is None or (on is not None and not region.exists_on(on)):
        return None
    return region


def get(kode: str, *, on: dt.date | None = None) -> Region:
    """The region with code ``kode``.

    The code must be exact (``"64.72"``), but surrounding whitespace is
    ignored.  Without ``on`` every code of the table is found, including the
    old Papua codes that ended in 2022; with ``on``, only a code that denoted
    the region on that date.

    >>> get(" 64.72 ")
    Region(kode='64.72', nama='Kota Samarinda', tingkat=<Level.KOTA: 'kota'>,
           dibentuk=None, berakhir=None, kode_baru=None, dasar_hukum=None)
    >>> get("91.01").kode_baru
    '93.01'
    >>> import datetime as dt
    >>> get("93.01", on=dt.date(2022, 7, 24))
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.UnknownRegionError: Wilayah tidak dikenal / unknown region: '93.01'
    (93.01 berlaku sejak 2022-07-25; sebelumnya Kabupaten Merauke berkode 91.01
    / 93.01 exists from 2022-07-25; before that Kabupaten Merauke was 91.01;
    dasar hukum / legal basis: UU No. 14 Tahun 2022 tentang Pembentukan Provinsi Papua Selatan);
    mungkin maksud Anda / did you mean: 91.01
    >>> get("64.79")
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.UnknownRegionError: Wilayah tidak dikenal / unknown region: '64.79';
    mungkin maksud Anda / did you mean: 64.74, 64.72, 64.71, 64.09, 64.07

    :raises UnknownRegionError: the code is not in the table, or (with ``on``)
        did not denote a region on that date.  ``candidates`` holds codes that
        may have been meant.  A malformed code raises
        :class:`InvalidRegionCodeError`, a subclass.
    """
    if not isinstance(kode, str):
        raise TypeError(f"a region code is a str, not {type(kode).__name__}")
    text = kode.strip()
    table = _table()
    region = table.by_code.get(text)
    if region is None:
        candidates = _code_candidates(text, on)
        if _shape_level(text) is None:
            raise InvalidRegionCodeError(kode, candidates=candidates, detail=_BAD_SHAPE)
        raise UnknownRegionError(kode, candidates=candidates)
    if on is not None and not region.exists_on(on):
        detail, candidates = _not_on_date(region, on)
        raise UnknownRegionError(kode, candidates=candidates, detail=detail)
    return region


def _code_candidates(text: str, on: dt.date | None, n: int = 5) -> list[str]:
    import difflib

    table = _table()
    codes = [r.kode for r in table.regions if on is None or r.exists_on(on)]
    found: list[str] = [c for c in _loose_code_candidates(text) if c in codes]
    found += difflib.get_close_matches(text, codes, n=n, cutoff=0.6)
    return list(dict.fromkeys(found))[:n]


def predecessors(region: Region, *, on: dt.date | None = None) -> tuple[Region, ...]:
    """The regions whose area ``region`` held before its code existed.

    For a kabupaten/kota that moved province: its old code(s).  For a new
    province: the province(s) its kabupaten/kota came from.  With ``on``, only
    those that denoted a region on that date.  Empty for a region with no
    recorded predecessor.

    >>> [r.kode for r in predecessors(get("93.01"))]
    ['91.01']
    >>> [r.kode for r in predecessors(get("96"))]
    ['92']
    >>> predecessors(get("64.72"))
    ()
    """
    table = _table()
    own = table.predecessors.get(region.kode, ())
    if not own and region.tingkat is Level.PROVINSI:
        parents = {
            p.provinsi
            for child in table.regions
            if child.provinsi == region.kode and child.kode != region.kode
            for p in table.predecessors.get(child.kode, ())
        }
        own = tuple(table.by_code[c] for c in sorted(parents, key=_code_key) if c in table.by_code)
    return tuple(r for r in own if on is None or r.exists_on(on))


def _not_on_date(region: Region, on: dt.date) -> tuple[str, list[str]]:
    """Why ``region``'s code did not denote it on ``on``, in both languages, and what did."""
    table = _table()
    kode = region.kode
    if region.dibentuk is not None and on < region.dibentuk:
        since = region.dibentuk.isoformat()
        before = [r for r in table.predecessors.get(kode, ()) if r.exists_on(on)]
        if before:
            old = ", ".join(r.kode for r in before)
            nama = before[0].nama
            text_id = f"{kode} berlaku sejak {since}; sebelumnya {nama} berkode {old}"
            text_en = f"{kode} exists from {since}; before that {nama} was {old}"
            candidates = [r.kode for r in before]
        else:
            # A new province: its area was that of the provinces its kabupaten/kota came from.
            parents = sorted(
                {
                    p.provinsi
                    for child in table.regions
                    if child.provinsi == kode
                    for p in table.predecessors.get(child.kode, ())
                },
                key=_code_key,
            )
            parent_text = ", ".join(
                f"{p} {table.by_code[p].nama}" for p in parents if p in table.by_code
            )
            text_id = f"{kode} berlaku sejak {since}"
            text_en = f"{kode} exists from {since}"
            if parent_text:
                text_id += f"; sebelumnya wilayahnya bagian dari {parent_text}"
                text_en += f"; before that its area was part of {parent_text}"
            candidates = parents
    else:
        until = region.berakhir.isoformat() if region.berakhir else "?"
        text_id = f"{kode} berlaku sampai {until}"
        text_en = f"{kode} was valid until {until}"
        candidates = []
        successor = table.by_code.get(region.kode_baru) if region.kode_baru else None
        if successor is not None:
            since = successor.dibentuk.isoformat() if successor.dibentuk else "?"
            text_id += f"; sejak {since} {successor.nama} berkode {successor.kode}"
            text_en += f"; from {since} {successor.nama} is {successor.kode}"
            candidates = [successor.kode]
    detail = f"{text_id} / {text_en}"
    if region.dasar_hukum:
        detail += f"; dasar hukum / legal basis: {region.dasar_hukum}"
    return detail, candidates


def by_name(nama: str, *, on: dt.date | None = None) -> Region:
    """The region named ``nama``.

    Case and spacing do not matter, nor hyphens and spaces inside a word
    (``"Kota Pare Pare"`` finds Kota Parepare).  ``"Kab."`` or ``"Kab"`` stand
    for Kabupaten, ``"Adm."`` for Administrasi, ``"Kep."`` for Kepulauan, and a
    leading ``"Provinsi"`` or ``"Prov."`` is dropped (``"DKI"`` and ``"DI"``
    are expanded).  A name without ``Kabupaten`` or ``Kota`` (``"Samarinda"``)
    is found when only one region bears it; a province's name finds the
    province even where a kota shares it (``"Jambi"``; write ``"Kota Jambi"``).

    An old Papua code and its successor share one name: without ``on`` the
    current code wins; with ``on`` only a region that existed that day counts.

    >>> by_name("KOTA  SAMARINDA").kode
    '64.72'
    >>> by_name("Prov. Kalimantan Timur").kode, by_name("DKI Jakarta").kode
    ('64', '31')
    >>> by_name("Kab Kep. Seribu").nama
    'Kabupaten Administrasi Kepulauan Seribu'
    >>> by_name("Bogor")
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.UnknownRegionError: Wilayah tidak dikenal / unknown region: 'Bogor'
    (nama tidak tunggal / ambiguous name);
    mungkin maksud Anda / did you mean: Kabupaten Bogor, Kota Bogor
    >>> by_name("Kota Samrinda")
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.UnknownRegionError: Wilayah tidak dikenal / unknown region: 'Kota Samrinda';
    mungkin maksud Anda / did you mean: Kota Samarinda

    :raises UnknownRegionError: no region has that name (``candidates`` holds
        close names), several do (``candidates`` holds theirs), or (with ``on``)
        the region did not exist on that date.
    """
    if not isinstance(nama, str):
        raise TypeError(f"a region name is a str, not {type(nama).__name__}")
    table = _table()
    query = _name_key(nama)
    if query.compact:
        tiers = (
            # The name as written, then without its spaces and hyphens ("Pare Pare")...
            table.by_spaced.get(query.spaced, ()),
            table.by_compact.get(query.compact, ()),
            # ... then without "Kabupaten"/"Kota" ("Samarinda", "Kota Jakarta Pusat"),
            [
                r
                for r in table.by_bare.get(query.bare, ())
                if query.group is None or _group_of(r.tingkat) == query.group
            ],
            # ... and a level word taken for part of the name ("Kota Baru": Kabupaten Kotabaru).
            table.by_bare.get(query.compact, ()) if query.group != "provinsi" else (),
        )
        for matches in tiers:
            if matches:
                return _choose(nama, matches, on)
    raise UnknownRegionError(nama, candidates=_name_candidates(query, on))


#: Words that open a name as a government writes itself ("Pemerintah Kabupaten Banyumas",
#: "Pemkab Banyumas"), and the level word each stands for.
_GOVERNMENT_WORDS: Mapping[str, str] = {
    "pemerintah": "",
    "pemkab": "kabupaten",
    "pemkab.": "kabupaten",
    "pemkot": "kota",
    "pemkot.": "kota",
    "pemprov": "provinsi",
    "pemprov.": "provinsi",
}


def _written_key(nama: str) -> _NameKey:
    """:func:`_name_key` of a name as a government writes itself (``Pemkab ...``)."""
    words = unicodedata.normalize("NFKC", nama).split()
    if words and words[0].casefold() in _GOVERNMENT_WORDS:
        level = _GOVERNMENT_WORDS[words.pop(0).casefold()]
        if level:
            words.insert(0, level)
    return _name_key(" ".join(words))


def name_matches(region: Region | str, nama: str) -> bool:
    """Whether ``nama`` is a way of writing the name of ``region`` (a row or a code).

    The same forms :func:`by_name` reads are accepted: the full name, ``Kab.``
    or ``Kab`` for Kabupaten, ``Prov.`` or ``Provinsi`` before a province, the
    name without ``Kabupaten``/``Kota`` (``"Banyumas"``), ``Adm.`` for
    Administrasi, ``DKI`` and ``DI``; a leading ``Pemerintah``, ``Pemkab``,
    ``Pemkot`` or ``Pemprov`` is read as the level it names.  A level word that
    contradicts the region's (``"Kota Banyumas"`` for Kabupaten Banyumas) does
    not match.  An unknown code matches nothing.

    >>> name_matches("33.02", "Kab. Banyumas"), name_matches("33.02", "Banyumas")
    (True, True)
    >>> name_matches("33.72", "Kota Surakarta"), name_matches("33.72", "Kota Yogyakarta")
    (True, False)
    >>> name_matches("33", "Prov. Jawa Tengah"), name_matches("33.02", "Kota Banyumas")
    (True, False)
    """
    if not isinstance(nama, str):
        return False
    row = find(region) if isinstance(region, str) else region
    if row is None:
        return False
    query = _written_key(nama)
    if not query.compact:
        return False
    own = _table().keys.get(row.kode) or _name_key(row.nama)
    group = _group_of(row.tingkat)
    if query.group is not None and query.group != group:
        # "Kota Baru" may be a level word taken for part of the name (Kabupaten Kotabaru).
        return query.compact == own.bare and query.group != "provinsi"
    return (
        query.spaced == own.spaced
        or query.compact in (own.compact, own.bare)
        or (query.bare == own.bare)
    )


def regions_named(nama: str) -> tuple[Region, ...]:
    """Every region of the table that ``nama`` can denote, without guessing at typos.

    The forms :func:`name_matches` accepts; several regions for a shared name
    (``"Bogor"``); an empty tuple for a name no region bears.  Never raises.

    >>> [r.kode for r in regions_named("Kota Yogyakarta")]
    ['34.71']
    >>> sorted(r.kode for r in regions_named("Bogor")), regions_named("Atlantis")
    (['32.01', '32.71'], ())
    """
    if not isinstance(nama, str):
        return ()
    table = _table()
    query = _written_key(nama)
    if not query.compact:
        return ()
    found = [
        *table.by_spaced.get(query.spaced, ()),
        *table.by_compact.get(query.compact, ()),
        *table.by_bare.get(query.bare, ()),
        *table.by_bare.get(query.compact, ()),
    ]
    return tuple(dict.fromkeys(r for r in found if name_matches(r, nama)))


def _choose(query: str, matches: Sequence[Region], on: dt.date | None) -> Region:
    if on is not None:
        alive = [r for r in matches if r.exists_on(on)]
        if not alive:
            details = [_not_on_date(r, on) for r in matches]
            candidates = list(dict.fromkeys(c for _, cs in details for c in cs))
            detail = "; ".join(d for d, _ in details)
            raise UnknownRegionError(query, candidates=candidates, detail=detail)
    else:
        current = [r for r in matches if r.berakhir is None]
        alive = current or list(matches)
    if len(alive) == 1:
        return alive[0]
    names = [r.nama for r in alive]
    if len(set(names)) != len(names):
        names = [f"{r.nama} ({r.kode})" for r in alive]
    raise UnknownRegionError(query, candidates=names, detail="nama tidak tunggal / ambiguous name")


def _name_candidates(query: _NameKey, on: dt.date | None, n: int = 5) -> list[str]:
    """Names close to the query's: first by the name proper, then by the whole name."""
    import difflib

    table = _table()
    pool = [r for r in table.regions if (r.exists_on(on) if on is not None else r.berakhir is None)]
    bare: dict[str, list[str]] = {}
    spaced: dict[str, list[str]] = {}
    for r in pool:
        key = table.keys[r.kode]
        if query.group is None or _group_of(r.tingkat) == query.group:
            bare.setdefault(key.bare, []).append(r.nama)
        spaced.setdefault(key.spaced, []).append(r.nama)
    found: list[str] = []
    if query.bare:
        for k in difflib.get_close_matches(query.bare, list(bare), n=n, cutoff=0.75):
            found.extend(bare[k])
    for k in difflib.get_close_matches(query.spaced, list(spaced), n=n, cutoff=0.75):
        found.extend(spaced[k])
    return list(dict.fromkeys(found))[:n]


def all_regions(*, on: dt.date | None = None, tingkat: Level | None = None) -> tuple[Region, ...]:
    """Every region of the table, sorted by code.

    ``on`` keeps the regions whose code was valid that day (without it, old
    codes are included too); ``tingkat`` keeps one level.

    >>> import datetime as dt
    >>> len(all_regions(on=dt.date(2025, 1, 1))), len(all_regions(on=dt.date(2021, 1, 1)))
    (552, 548)
    >>> [r.kode for r in all_regions(tingkat=Level.KOTA_ADMINISTRASI)]
    ['31.71', '31.72', '31.73', '31.74', '31.75']
    """
    return tuple(
        r
        for r in _table().regions
        if (on is None or r.exists_on(on)) and (tingkat is None or r.tingkat is tingkat)
    )


def province_of(region_or_code: Region | str) -> Region:
    """The province a region (or a code) belongs to; a province is its own.

    A code must be in the table (see :func:`get`).

    >>> province_of("64.72").nama
    'Kalimantan Timur'
    >>> province_of(get("91.01")).nama, province_of("93.01").nama
    ('Papua', 'Papua Selatan')

    :raises UnknownRegionError: the code, or its province, is not in the table.
    """
    region = get(region_or_code) if isinstance(region_or_code, str) else region_or_code
    return get(region.provinsi)
