"""Dossiers built to comply: every rule in force on the date finds nothing to object to.

A *compliant builder* takes the date judged and a level and returns a strategy
of dossiers on which no rule reports a violation or a departure from practice
(see :func:`tkpk_rules.testing.broken_rules`).  The builder here follows the
rules of Permendagri 53/2020 and, for dates before 2020, the rules the library
encodes for 42/2010, so it serves any date from 2010 to 2040.  A module may
register a builder of its own for one regime in ``COMPLIANT_BUILDERS`` (see
. :mod:`tkpk_rules.testing.breakers`); :func:`builder_for` picks it for the
dates that regime governs.

Everything is placed relative to the date judged: the team was formed before
it, the previous year's agenda, meetings, RAT and implementation report are
complete, the current year's are on track, and the RPKD (or, before 2021, the
SPKD) of every five-year cycle around the date is there, drafted with its
RPJMD, with a coordination meeting that prepared it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from tkpk_rules.judge import DEPUTY_HEAD, HEAD, ISSUER
from tkpk_rules.law.timeline import HANDOVER_EARLIEST, HANDOVER_LATEST
from tkpk_rules.model import (
    NOT_RECORDED,
    ActingStatus,
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    DataBasis,
    DateRange,
    DocumentKind,
    DocumentStatus,
    Dossier,
    Element,
    ImpreciseDate,
    Instrument,
    InstrumentKind,
    Level,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    MemberCategory,
    NotRecorded,
    Office,
    OfficeKind,
    Official,
    PlanningDocument,
    RegionRef,
    Secretariat,
    Team,
    Topic,
    Vacancy,
    WorkingGroup,
    YearRange,
    date_bounds,
)

__all__ = [
    "COMPLIANT_RANGE",
    "CompliantBuilder",
    "builder_for",
    "compliant_dossier",
    "region_codes_for",
    "role_level",
]

T = TypeVar("T")

#: A compliant builder: the date judged and the level give a strategy of dossiers.
CompliantBuilder = Callable[[dt.date, Level], st.SearchStrategy[Dossier]]

#: The dates :func:`compliant_dossier` serves, both ends included.
COMPLIANT_RANGE: tuple[dt.date, dt.date] = (dt.date(2010, 1, 1), dt.date(2040, 12, 31))

R42 = "permendagri-42-2010"
R53 = "permendagri-53-2020"
#: The first year Permendagri 53/2020 governs from its first to its last day.
FIRST_FULL_53_YEAR = HANDOVER_LATEST.year + 1

# The level tables are the judge's (one copy in the package).
_HEAD = HEAD
_DEPUTY = DEPUTY_HEAD
_ISSUER = ISSUER

PLANNING_AGENCIES = (
    "Bappeda",
    "Bapperida",
    "Bappelitbangda",
    "Bappedalitbang",
    "Barenlitbangda",
    "Badan Perencanaan Pembangunan Daerah",
)
EMPOWERMENT_AGENCIES = (
    "DPMD",
    "BPMD",
    "DPMPD",
    "Bapermas",
    "Dinas Pemberdayaan Masyarakat dan Desa",
)
OTHER_AGENCIES = ("Dinas Sosial", "Dinas Kesehatan", "Dinas Pendidikan", "Dinas PUPR", "BPKAD")
PEOPLE = (
    "Siti Rahmawati",
    "Budi Santoso",
    "I Made Suarta",
    "Yohanes Kambu",
    "Andi Mappaenre",
    "Nur Aini",
    "Teuku Iskandar",
    "Maria Goreti",
)
BASIS_53 = ("Permendagri Nomor 53 Tahun 2020", "permendagri-53-2020", "Permendagri 53/2020")
BASIS_42 = ("Permendagri Nomor 42 Tahun 2010", "permendagri-42-2010")
PERPRES_15 = "Peraturan Presiden Nomor 15 Tahun 2010"


def role_level(level: Level) -> Level:
    """The autonomous level whose offices a region of ``level`` uses.

    >>> role_level(Level.KOTA_ADMINISTRASI)
    <Level.KOTA: 'kota'>
    """
    if level is Level.KABUPATEN_ADMINISTRASI:
        return Level.KABUPATEN
    if level is Level.KOTA_ADMINISTRASI:
        return Level.KOTA
    return level


def region_codes_for(level: Level, on: dt.date | None = None) -> tuple[str, ...]:
    """Codes of the bundled table's regions of ``level`` whose code is valid on ``on``.

    >>> region_codes_for(Level.KOTA_ADMINISTRASI)
    ('31.71', '31.72', '31.73', '31.74', '31.75')
    """
    from tkpk_rules import regions

    return tuple(r.kode for r in regions.all_regions(on=on, tingkat=level))


# Strategies are built once and reused: building a fresh one for every draw costs more
# than the draw itself.
BOOL = st.booleans()


@lru_cache(maxsize=1024)
def _sampled(options: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    return st.sampled_from(options)


@lru_cache(maxsize=4096)
def _dates(lo: dt.date, hi: dt.date) -> st.SearchStrategy[dt.date]:
    return st.dates(lo, hi)


@cache
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


def _pick(draw: st.DrawFn, options: Sequence[Any]) -> Any:
    """One of ``options`` (typed ``Any``: the options often mix a value and NOT_RECORDED)."""
    return draw(_sampled(tuple(options)))


def _day(draw: st.DrawFn, lo: dt.date, hi: dt.date) -> dt.date:
    """A day from ``lo`` to ``hi`` (``lo`` when the span is empty)."""
    return lo if hi <= lo else draw(_dates(lo, hi))


def _maybe(draw: st.DrawFn, value: T, *, chance: bool = True) -> T | NotRecorded:
    """``value``, or sometimes :data:`NOT_RECORDED`."""
    return value if not chance or draw(BOOL) else NOT_RECORDED


def _shuffled(draw: st.DrawFn, items: Sequence[T]) -> tuple[T, ...]:
    return tuple(draw(st.permutations(list(items)))) if items else ()


_STATUSES = (ActingStatus.DEFINITIF, ActingStatus.DEFINITIF, NOT_RECORDED, *ActingStatus)


def _status(draw: st.DrawFn) -> ActingStatus | NotRecorded:
    status: ActingStatus | NotRecorded = _pick(draw, _STATUSES)
    return status


def _holder(
    draw: st.DrawFn,
    kind: OfficeKind,
    *,
    instansi: str | NotRecorded = NOT_RECORDED,
    sebutan: str | NotRecorded = NOT_RECORDED,
) -> Member:
    """A regional-government member holding an office of ``kind``."""
    return Member(
        nama=_maybe(draw, _pick(draw, PEOPLE)),
        jabatan=Office(jenis=kind, sebutan=sebutan, instansi=instansi, status=_status(draw)),
        unsur=_maybe(draw, Element.PEMERINTAH_DAERAH),
    )


def _planning_head(draw: st.DrawFn, region: str) -> Member:
    agency = f"{_pick(draw, PLANNING_AGENCIES)} {region}"
    if draw(BOOL):
        return _holder(draw, OfficeKind.KEPALA_PERENCANAAN, instansi=_maybe(draw, agency))
    # The kind of office is not recorded: the rules read the agency's name.
    title = _pick(draw, [NOT_RECORDED, "Kepala", "Plt. Kepala"])
    sebutan = title if isinstance(title, NotRecorded) else f"{title} {agency.split()[0]}"
    return Member(
        nama=_maybe(draw, _pick(draw, PEOPLE)),
        jabatan=Office(sebutan=sebutan, instansi=agency),
        unsur=Element.PEMERINTAH_DAERAH,
    )


def _empowerment_head(draw: st.DrawFn, region: str) -> Member:
    agency = f"{_pick(draw, EMPOWERMENT_AGENCIES)} {region}"
    return _holder(draw, OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT, instansi=_maybe(draw, agency))


def _element_member(draw: st.DrawFn, element: Element) -> Member:
    """A member counted in ``element``: stated, or classified by category or office."""
    from tkpk_rules.rules.membership import DEFAULT_ELEMENT, OFFICE_ELEMENT

    categories = sorted(
        (c for c, e in DEFAULT_ELEMENT.items() if e is element), key=lambda c: c.value
    )
    offices = sorted((k for k, e in OFFICE_ELEMENT.items() if e is element), key=lambda k: k.value)
    how = _pick(draw, ["unsur", "kategori", "jabatan"])
    organisasi = _maybe(draw, _pick(draw, ["Forum CSR", "PKK", "Universitas", "LSM"]))
    if how == "kategori" and categories:
        return Member(organisasi=organisasi, kategori=_pick(draw, categories))
    if how == "jabatan" and offices:
        kind = _pick(draw, offices)
        return Member(jabatan=Office(jenis=kind, instansi=_maybe(draw, "Kantor")))
    category = _pick(draw, [NOT_RECORDED, MemberCategory.LAINNYA, *categories])
    return Member(organisasi=organisasi, unsur=element, kategori=category)


@cache
def _member_lists(most: int) -> st.SearchStrategy[list[Member]]:
    from tkpk_rules.testing.strategies import members

    return st.lists(members(), max_size=most)


def _extra_members(draw: st.DrawFn, most: int) -> list[Member]:
    return draw(_member_lists(most))


def _instrument(
    draw: st.DrawFn, level: Level, day: dt.date | NotRecorded, basis: tuple[str, ...] | NotRecorded
) -> Instrument:
    return Instrument(
        jenis=InstrumentKind.KEPUTUSAN,
        penerbit=_ISSUER[level],
        nomor=_maybe(draw, f"{draw(_ints(1, 999))}/{draw(_ints(1, 99))}"),
        tanggal=day,
        penandatangan=_maybe(
            draw, Official(jabatan=Office(jenis=_HEAD[level], status=_status(draw)))
        ),
        dasar_hukum=basis,
    )


def _basis(draw: st.DrawFn, formed: dt.date) -> tuple[str, ...] | NotRecorded:
    """What a decree of ``formed`` names as its basis (53/2020 once it may exist)."""
    basis: tuple[str, ...] | NotRecorded
    if formed >= HANDOVER_EARLIEST:
        one = _pick(draw, BASIS_53)
        basis = _pick(draw, [(one,), (PERPRES_15, one), NOT_RECORDED])
    else:
        basis = _pick(draw, [(BASIS_42[0],), (PERPRES_15, BASIS_42[1]), NOT_RECORDED])
    return basis


def _team(
    draw: st.DrawFn, level: Level, region: str, formed: dt.date, on: dt.date, *, chair_vacant: bool
) -> Team:
    masa = _pick(
        draw,
        (
            [
                NOT_RECORDED,
                DateRange(mulai=formed, selesai=None),
                DateRange(mulai=formed, selesai=on + dt.timedelta(days=draw(_ints(0, 2000)))),
            ]
        ),
    )
    sekda = _holder(draw, OfficeKind.SEKRETARIS_DAERAH)
    if chair_vacant:
        ketua = sekda
        wakil: Member | None = _pick(
            draw, ([None, _holder(draw, OfficeKind.ASISTEN_SEKRETARIS_DAERAH)])
        )
    else:
        ketua, wakil = _holder(draw, _DEPUTY[level]), sekda
    anggota = [_element_member(draw, e) for e in Element]
    anggota += _extra_members(draw, 2)
    groups: tuple[WorkingGroup, ...] | NotRecorded = _pick(draw, [NOT_RECORDED, ()])
    if draw(BOOL):
        groups = tuple(
            WorkingGroup(
                nama=_maybe(draw, f"Pokja {i + 1}"),
                bidang=_maybe(draw, _pick(draw, ["Pendataan", "Pengaduan", "Usaha"])),
                koordinator=_pick(draw, [NOT_RECORDED, None, _holder(draw, OfficeKind.LAINNYA)]),
                anggota=_shuffled(draw, _extra_members(draw, 2)),
            )
            for i in range(draw(_ints(1, 2)))
        )
    return Team(
        nama=_maybe(draw, _pick(draw, ["TKPK", "TKPKD", "Tim Koordinasi PK"])),
        pembentukan=_instrument(draw, level, formed, _basis(draw, formed)),
        masa_kerja=masa,
        penanggung_jawab=_holder(draw, _HEAD[level]),
        ketua=ketua,
        wakil_ketua=wakil,
        sekretaris=_planning_head(draw, region),
        wakil_sekretaris=_empowerment_head(draw, region),
        anggota=_shuffled(draw, anggota),
        kelompok_kerja=groups,
        keterangan=_maybe(draw, "dibentuk ulang"),
    )


_TOPICS: st.SearchStrategy[tuple[Topic, ...] | NotRecorded] = st.one_of(
    st.just(NOT_RECORDED),
    st.lists(st.sampled_from(list(Topic)), max_size=3, unique=True).map(tuple),
)


@lru_cache(maxsize=256)
def _day_lists(first: dt.date, last: dt.date) -> st.SearchStrategy[list[dt.date]]:
    return st.lists(st.dates(first, last), min_size=3, max_size=5)


def _topics(draw: st.DrawFn) -> tuple[Topic, ...] | NotRecorded:
    return draw(_TOPICS)


def _add_topics(meeting: Meeting, *topics: Topic) -> Meeting:
    import attrs

    have = () if isinstance(meeting.pembahasan, NotRecorded) else meeting.pembahasan
    return attrs.evolve(meeting, pembahasan=(*have, *(t for t in topics if t not in have)))


def _meeting(
    draw: st.DrawFn, day: dt.date, status: MeetingStatus, level: Level, *, coordination: bool
) -> Meeting:
    kind: MeetingKind | NotRecorded = (
        MeetingKind.RAPAT_KOORDINASI
        if coordination
        else _pick(draw, [MeetingKind.RAPAT_TEKNIS, MeetingKind.LAINNYA])
    )
    chair = _pick(draw, [_DEPUTY[level], OfficeKind.SEKRETARIS_DAERAH])
    return Meeting(
        tanggal=day,
        jenis=kind,
        status=status,
        judul=_maybe(draw, "Rapat koordinasi TKPK"),
        pembahasan=_topics(draw),
        dipimpin_oleh=_maybe(draw, Official(jabatan=Office(jenis=chair))),
        peserta=_maybe(draw, ("Bappeda", "Dinas Sosial")),
    )


def _year_meetings(draw: st.DrawFn, year: int, on: dt.date, level: Level) -> list[Meeting]:
    """At least three coordination meetings in ``year`` that discuss the RAT and the report."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    days = sorted(draw(_day_lists(first, last)))
    counted: list[Meeting] = []
    for day in days:
        if day < on:
            status = MeetingStatus.TERLAKSANA
        elif day > on:
            status = MeetingStatus.DIJADWALKAN
        else:
            status = _pick(draw, [MeetingStatus.TERLAKSANA, MeetingStatus.DIJADWALKAN])
        counted.append(_meeting(draw, day, status, level, coordination=True))
    if year < on.year:
        # A year that is over counts a meeting known only to its month or year as held.
        counted = [attrs.evolve(m, tanggal=_vague(draw, m.tanggal)) for m in counted]
    held = [i for i, m in enumerate(counted) if m.status is MeetingStatus.TERLAKSANA]
    target = held[0] if held else 0
    counted[target] = _add_topics(counted[target], Topic.RAT, Topic.LAPORAN_PELAKSANAAN)
    others = [
        _meeting(
            draw,
            draw(_dates(first, last)),
            _pick(draw, list(MeetingStatus)),
            level,
            coordination=False,
        )
        for _ in range(draw(_ints(0, 1)))
    ]
    if draw(BOOL):
        cancelled = _meeting(
            draw, draw(_dates(first, last)), MeetingStatus.DIBATALKAN, level, coordination=True
        )
        others.append(cancelled)
    # Meetings that never count may be known only to their month or year.
    others = [attrs.evolve(m, tanggal=_vague(draw, m.tanggal)) for m in others]
    return counted + others


def _vague(draw: st.DrawFn, day: dt.date | ImpreciseDate) -> dt.date | ImpreciseDate:
    """The day itself, mostly; sometimes only its month or its year."""
    if isinstance(day, ImpreciseDate):
        return day
    return (day, day, ImpreciseDate(day.year, day.month), ImpreciseDate(day.year))[
        draw(_ints(0, 3))
    ]


def _agenda(draw: st.DrawFn, year: int) -> AnnualAgenda:
    # Dated: an agenda whose adoption is not recorded may have come after the date judged.
    adopted = _day(draw, dt.date(year - 1, 11, 1), dt.date(year - 1, 12, 31))
    items: list[AgendaItem] = []
    for kind, topic in (
        (AgendaItemKind.PENYUSUNAN_RPKD, Topic.RPKD),
        (AgendaItemKind.PENYUSUNAN_RAT, Topic.RAT),
        (AgendaItemKind.LAPORAN_PELAKSANAAN, Topic.LAPORAN_PELAKSANAAN),
    ):
        if draw(BOOL):
            items.append(AgendaItem(kegiatan=kind, judul=_maybe(draw, kind.value)))
        else:  # planned as a coordination meeting that discusses the topic
            items.append(
                AgendaItem(
                    kegiatan=AgendaItemKind.RAPAT_KOORDINASI,
                    pembahasan=(topic,),
                    mulai=_maybe(draw, dt.date(year, draw(_ints(1, 12)), 1)),
                )
            )
    if draw(BOOL):
        items.append(AgendaItem(kegiatan=AgendaItemKind.LAINNYA, alasan=_maybe(draw, "musrenbang")))
    return AnnualAgenda(tahun=year, ditetapkan=adopted, kegiatan=_shuffled(draw, items))


#: The RPKD's five chapters as a document titles them (Pasal 20), or not recorded.
_CHAPTERS: tuple[tuple[str, ...] | NotRecorded, ...] = (
    (
        "Pendahuluan",
        "Kondisi Umum Daerah",
        "Profil Kemiskinan Daerah",
        "Prioritas Program",
        "Lokasi Prioritas",
    ),
    NOT_RECORDED,
    (
        "BAB I PENDAHULUAN",
        "BAB II KONDISI UMUM DAERAH",
        "BAB III PROFIL KEMISKINAN DAERAH",
        "BAB IV PRIORITAS PROGRAM",
        "BAB V LOKASI PRIORITAS",
    ),
)
#: A RAT's data basis: not recorded, or by name, address and NIK (Pasal 19).
_BASES: tuple[tuple[DataBasis, ...] | NotRecorded, ...] = (
    (DataBasis.NAMA, DataBasis.ALAMAT, DataBasis.NIK),
    NOT_RECORDED,
    (DataBasis.NIK, DataBasis.NAMA, DataBasis.ALAMAT),
)


def _plan(
    kind: DocumentKind,
    start: int,
    adopted: dt.date,
    *,
    flag: bool | NotRecorded = NOT_RECORDED,
    chapters: tuple[str, ...] | NotRecorded = NOT_RECORDED,
) -> PlanningDocument:
    return PlanningDocument(
        jenis=kind,
        periode=YearRange(mulai=start, selesai=start + 4),
        status=DocumentStatus.DITETAPKAN,
        ditetapkan=adopted,
        disusun_bersama_rpjmd=flag,
        bab=chapters,
    )


def _documents(draw: st.DrawFn, on: dt.date) -> list[PlanningDocument]:
    """Five-year cycles around ``on`` (RPJMD with RPKD or SPKD), RATs and reports."""
    phase = draw(_ints(0, 4))
    starts = [
        s for s in range(on.year - 10, on.year + 2) if s % 5 == phase and s + 4 >= on.year - 2
    ]
    docs: list[PlanningDocument] = []
    for start in starts:
        rpjmd_day = draw(_dates(dt.date(start - 1, 7, 1), dt.date(start - 1, 12, 31)))
        plan_day = rpjmd_day - dt.timedelta(days=draw(_ints(0, 90)))
        if start == FIRST_FULL_53_YEAR:
            # The first RPKD, adopted once 53/2020 surely governs (one adopted before is
            # not bound by its RPKD provisions), and its RPJMD no earlier than it.
            plan_day = draw(_dates(HANDOVER_LATEST, dt.date(start - 1, 12, 31)))
            rpjmd_day = draw(_dates(plan_day, dt.date(start - 1, 12, 31)))
        docs.append(_plan(DocumentKind.RPJMD, start, rpjmd_day))
        flag: bool | NotRecorded = _pick(draw, [True, True, True, NOT_RECORDED])
        chapters = _pick(draw, _CHAPTERS)
        if start >= FIRST_FULL_53_YEAR:
            docs.append(_plan(DocumentKind.RPKD, start, plan_day, flag=flag, chapters=chapters))
            continue
        docs.append(_plan(DocumentKind.SPKD, start, plan_day))
        if start + 4 >= FIRST_FULL_53_YEAR:
            # The cycle runs into 53/2020: an RPKD replaces the SPKD during 2020.
            day = draw(_dates(HANDOVER_LATEST, dt.date(HANDOVER_LATEST.year, 12, 31)))
            docs.append(_plan(DocumentKind.RPKD, start, day, flag=flag, chapters=chapters))
    for year in range(max(on.year - 1, FIRST_FULL_53_YEAR), on.year + 2):
        docs.append(
            PlanningDocument(
                jenis=DocumentKind.RAT,
                tahun=year,
                status=_maybe(draw, DocumentStatus.DITETAPKAN),
                ditetapkan=draw(_dates(dt.date(year - 1, 10, 1), dt.date(year - 1, 12, 31))),
                basis_data=_pick(draw, _BASES),
            )
        )
    for year in range(on.year - 2, on.year):
        first, last = dt.date(year + 1, 1, 1), dt.date(year + 1, 12, 31)
        docs.append(
            PlanningDocument(
                jenis=DocumentKind.LAPORAN_PELAKSANAAN,
                tahun=year,
                status=DocumentStatus.DITETAPKAN,
                ditetapkan=_day(draw, first, min(last, on)),
            )
        )
    return docs


def _preparation(
    draw: st.DrawFn, docs: list[PlanningDocument], on: dt.date, level: Level
) -> list[Meeting]:
    """A held coordination meeting on the RPKD before each RPKD adopted under 53/2020."""
    out = []
    for doc in docs:
        adopted = doc.ditetapkan
        if doc.jenis is not DocumentKind.RPKD or not isinstance(adopted, dt.date):
            continue
        if adopted > on:
            continue
        lo = max(dt.date(adopted.year - 1, 1, 1), adopted - dt.timedelta(days=120))
        meeting = _meeting(
            draw, _day(draw, lo, adopted), MeetingStatus.TERLAKSANA, level, coordination=True
        )
        out.append(_add_topics(meeting, Topic.RPKD))
    return out


@st.composite
def compliant_dossier(draw: st.DrawFn, on: dt.date, level: Level) -> Dossier:
    """A dossier of a region of ``level`` that complies on ``on`` (see the module docstring).

    >>> import datetime as dt
    >>> from tkpk_rules.engine import check
    >>> d = compliant_dossier(dt.date(2025, 6, 1), Level.KOTA).example()  # doctest: +SKIP
    >>> check(d, on=dt.date(2025, 6, 1)).has_violations  # doctest: +SKIP
    False
    """
    lo_range, hi_range = COMPLIANT_RANGE
    if not lo_range <= on <= hi_range:
        raise ValueError(f"the compliant builder serves {lo_range} to {hi_range}, not {on}")
    roles = role_level(level)
    code = _pick(draw, region_codes_for(level, on) or region_codes_for(level))
    from tkpk_rules import regions

    found = regions.find(code)
    region = found.nama if found is not None else code
    nama = _maybe(draw, region)

    # The team that applies on ``on``; once 53/2020 may govern, one formed under it.
    earliest = HANDOVER_EARLIEST if on >= HANDOVER_EARLIEST else dt.date(on.year - 6, 1, 1)
    formed = _day(draw, earliest, on)
    # The sekda chairing while the deputy-head post is vacant: only once 53/2020 may
    # govern (before, a sekda chair leaves 42/2010's vice-chair rule nothing to judge).
    chair_vacant = on >= HANDOVER_EARLIEST and draw(_ints(0, 4)) == 0
    team = _team(draw, roles, region, formed, on, chair_vacant=chair_vacant)
    history: list[Team] = []
    two_years_back = dt.date(on.year - 2, 12, 31)
    if formed > two_years_back or draw(BOOL):
        # An earlier team, so that the years judged before ``formed`` had one too.
        newest = min(two_years_back, formed - dt.timedelta(days=1))
        old = _day(draw, newest - dt.timedelta(days=6 * 365), newest)
        history.append(_team(draw, roles, region, old, old, chair_vacant=False))

    vacancies: list[Vacancy] = []
    if chair_vacant:
        start = _day(draw, dt.date(on.year - 1, 1, 1), on)
        # The end is recorded (still vacant, or a day): with none recorded the post may
        # have been filled after the first day, and the chair rule cannot be settled.
        end = _pick(draw, (None, _day(draw, on, dt.date(on.year + 2, 12, 31))))
        vacancies.append(
            Vacancy(
                jabatan=_DEPUTY[roles],
                mulai=start,
                selesai=end,
                pengisi=_maybe(draw, Official(jabatan=Office(jenis=OfficeKind.SEKRETARIS_DAERAH))),
            )
        )
    for _ in range(draw(_ints(0, 2))):
        start = draw(_dates(dt.date(on.year - 3, 1, 1), on))
        kind = _pick(
            draw, ([OfficeKind.KEPALA_PERANGKAT_DAERAH, OfficeKind.ASISTEN_SEKRETARIS_DAERAH])
        )
        vacancies.append(Vacancy(jabatan=kind, mulai=start, selesai=start + dt.timedelta(days=30)))

    secretariat = Secretariat(
        pembentukan=Instrument(
            jenis=_maybe(draw, InstrumentKind.KEPUTUSAN),
            penerbit=_ISSUER[roles],
            nomor=_maybe(draw, f"{draw(_ints(1, 999))}/SEK"),
            # Known to the day, month or year, but surely by the date judged (a decree
            # that may be later, or not dated at all, is not surely there yet: the
            # secretariat rules are undetermined).
            tanggal=_by_then(
                (formed, ImpreciseDate(formed.year), ImpreciseDate(formed.year, formed.month))[
                    draw(_ints(0, 2))
                ],
                formed,
                on,
            ),
        ),
        kepala=_maybe(draw, Official(jabatan=Office(jenis=OfficeKind.PEJABAT_PERANGKAT_DAERAH))),
        kedudukan=f"{_pick(draw, PLANNING_AGENCIES)} {region}",
        anggota=_pick(draw, [NOT_RECORDED, ()]),
    )

    agendas = [_agenda(draw, year) for year in range(on.year - 1, on.year + 2)]
    meetings: list[Meeting] = []
    for year in range(on.year - 1, on.year + 1):
        meetings += _year_meetings(draw, year, on, roles)
    docs = _documents(draw, on)
    meetings += _preparation(draw, docs, on, roles)

    return Dossier(
        wilayah=RegionRef(kode=code, nama=nama),
        tim=team,
        riwayat_tim=_shuffled(draw, history),
        sekretariat=secretariat,
        kekosongan_jabatan=_shuffled(draw, vacancies),
        agenda_kerja=_shuffled(draw, agendas),
        rapat_koordinasi=_shuffled(draw, meetings),
        dokumen=_shuffled(draw, docs),
        sumber=_maybe(draw, ("SK Bupati", "laporan tahunan")),
        keterangan=_maybe(draw, "disusun untuk pengujian"),
    )


def builder_for(on: dt.date, builders: Mapping[str, CompliantBuilder]) -> CompliantBuilder:
    """The builder for the latest regime that may govern on ``on`` and has one registered.

    Without one, :func:`compliant_dossier` (which satisfies every rule the
    library encodes, under either regulation).
    """
    from tkpk_rules.law.timeline import governing

    for regime in reversed(governing(on).candidates):
        if regime is not None and regime in builders:
            return builders[regime]
    return compliant_dossier


def _by_then(day: dt.date | ImpreciseDate, exact: dt.date, on: dt.date) -> dt.date | ImpreciseDate:
    """``day``, or the ``exact`` day it stands for when its span runs past ``on``."""
    bounds = date_bounds(day)
    return exact if bounds is None or bounds[1] > on else day
