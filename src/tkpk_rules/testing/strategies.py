"""Hypothesis strategies for every part of a TKPK record, from one office to a whole dossier.

Two families live here.  :func:`for_type` builds *any* value the model can
hold, following the model's own type hints (a field added to the model is
generated without touching this module): every optional fact is sometimes
:data:`~tkpk_rules.model.NOT_RECORDED`, sometimes ``None`` where the model
allows it, sometimes a value.  The other strategies build *realistic* values:
offices that exist, members counted in a given element, teams, meetings and
agendas as regions keep them, and whole dossiers that comply with every rule
on a date, or break chosen ones (see :func:`tkpk_rules.testing.violating`).
:func:`documents` gives raw documents in format ``tkpk-rules/1``, valid or
malformed, for testing a loader or an API that accepts them.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from functools import cache
from typing import Any

import attrs
from hypothesis import strategies as st

from tkpk_rules.model import (
    NOT_RECORDED,
    AgendaItem,
    AnnualAgenda,
    DateRange,
    DocumentKind,
    Dossier,
    Element,
    ImpreciseDate,
    Level,
    Meeting,
    MeetingStatus,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
    Official,
    PlanningDocument,
    RegionRef,
    Secretariat,
    Team,
    YearRange,
)

__all__ = [
    "agendas",
    "documents",
    "dossiers",
    "for_type",
    "imprecise_dates",
    "meetings",
    "members",
    "offices",
    "officials",
    "planning_documents",
    "region_codes",
    "regions",
    "secretariats",
    "teams",
]

MIN_DATE = dt.date(2005, 1, 1)
MAX_DATE = dt.date(2040, 12, 31)

#: Text without surrogates, short enough to keep examples readable.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)


@cache
def _codes() -> tuple[str, ...]:
    from tkpk_rules import regions

    return tuple(r.kode for r in regions.all_regions())


def region_codes(
    *, levels: typing.Iterable[Level] | None = None, on: dt.date | None = None
) -> st.SearchStrategy[str]:
    """Codes of regions in the bundled Kemendagri table.

    ``levels`` keeps regions of those levels; ``on`` keeps codes valid on that
    day (without it, codes since replaced are included too).

    >>> from tkpk_rules.model import Level
    >>> region_codes(levels=[Level.KABUPATEN_ADMINISTRASI]).example()  # doctest: +SKIP
    '31.01'
    """
    if levels is None and on is None:
        return st.sampled_from(_codes())
    from tkpk_rules.testing._compliant import region_codes_for

    chosen = list(Level) if levels is None else list(levels)
    codes = sorted({c for level in chosen for c in region_codes_for(level, on)})
    if not codes:
        raise ValueError("no region of those levels exists on that date")
    return st.sampled_from(codes)


def regions(
    *, levels: typing.Iterable[Level] | None = None, on: dt.date | None = None
) -> st.SearchStrategy[RegionRef]:
    """Region references: a code of the table, with its name or with the name not recorded."""
    from tkpk_rules import regions as table

    def named(code: str) -> st.SearchStrategy[RegionRef]:
        region = table.find(code)
        name = region.nama if region is not None else code
        return st.sampled_from(
            [RegionRef(kode=code, nama=name), RegionRef(kode=code, nama=NOT_RECORDED)]
        )

    return region_codes(levels=levels, on=on).flatmap(named)


def _year_ranges() -> st.SearchStrategy[YearRange]:
    return st.tuples(st.integers(2005, 2040), st.integers(0, 6)).map(
        lambda t: YearRange(mulai=t[0], selesai=t[0] + t[1])
    )


def _date_ranges() -> st.SearchStrategy[DateRange]:
    dates = st.dates(MIN_DATE, MAX_DATE)

    def build(start: Any, end: Any) -> DateRange:
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            start, end = end, start
        return DateRange(mulai=start, selesai=end)

    return st.builds(
        build,
        st.one_of(st.just(NOT_RECORDED), dates),
        st.one_of(st.just(NOT_RECORDED), st.none(), dates),
    )


_SPECIAL: dict[Any, st.SearchStrategy[Any]] = {}


def for_type(tp: Any, *, max_items: int = 3) -> st.SearchStrategy[Any]:
    """A strategy for any type used in :mod:`tkpk_rules.model`.

    >>> from tkpk_rules.model import Meeting
    >>> for_type(Meeting) is for_type(Meeting)
    True
    """
    try:
        return _for_type_cached(tp, max_items)
    except TypeError as exc:
        if "unhashable" not in str(exc):
            raise
        return _for_type(tp, max_items)


@cache
def _for_type_cached(tp: Any, max_items: int) -> st.SearchStrategy[Any]:
    # Strategies are built once per type: building them costs more than drawing from them.
    return _for_type(tp, max_items)


def imprecise_dates(
    first: int = MIN_DATE.year, last: int = MAX_DATE.year
) -> st.SearchStrategy[ImpreciseDate]:
    """Dates known only to the year or month, from ``first`` to ``last`` (months 1 to 12)."""
    return st.builds(
        ImpreciseDate,
        st.integers(first, last),
        st.one_of(st.none(), st.integers(1, 12)),
    )


def _name_fits(ref: RegionRef) -> bool:
    """Whether a drawn text name is no other region's (``'YOGYAKARTA'`` for code 11 is)."""
    if isinstance(ref.nama, NotRecorded):
        return True
    from tkpk_rules.io import reference_problems
    from tkpk_rules.model import Dossier

    return not reference_problems(Dossier(wilayah=ref))


def _for_type(tp: Any, max_items: int) -> st.SearchStrategy[Any]:
    if tp is YearRange:
        return _year_ranges()
    if tp is ImpreciseDate:
        return imprecise_dates()
    if tp is DateRange:
        return _date_ranges()
    if tp is RegionRef:
        return st.builds(
            RegionRef, kode=region_codes(), nama=st.one_of(st.just(NOT_RECORDED), TEXT)
        ).filter(_name_fits)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options: list[st.SearchStrategy[Any]] = []
        for arg in typing.get_args(tp):
            if arg is NotRecorded:
                options.append(st.just(NOT_RECORDED))
            elif arg is type(None):
                options.append(st.none())
            else:
                options.append(for_type(arg, max_items=max_items))
        return st.one_of(*options)
    if origin is tuple:
        item = for_type(typing.get_args(tp)[0], max_items=max_items)
        return st.lists(item, max_size=max_items).map(tuple)
    if tp is str:
        return TEXT
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(2005, 2040)
    if tp is dt.date:
        return st.dates(MIN_DATE, MAX_DATE)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and attrs.has(tp):
        hints = typing.get_type_hints(tp)
        fields: dict[str, st.SearchStrategy[Any]] = {
            f.name: _deferred(hints[f.name], max_items) for f in attrs.fields(tp)
        }
        return st.builds(tp, **fields)
    raise TypeError(f"no strategy for {tp!r}")


def _deferred(tp: Any, max_items: int) -> st.SearchStrategy[Any]:
    return st.deferred(lambda: for_type(tp, max_items=max_items))


def offices(*, kind: OfficeKind | None = None) -> st.SearchStrategy[Office]:
    """Offices of ``kind`` (any kind by default), with or without their title and agency."""
    from tkpk_rules.testing._compliant import OTHER_AGENCIES, PLANNING_AGENCIES

    return st.builds(
        Office,
        jenis=st.just(kind) if kind is not None else st.sampled_from(list(OfficeKind)),
        sebutan=st.one_of(st.just(NOT_RECORDED), TEXT),
        instansi=st.one_of(
            st.just(NOT_RECORDED), st.sampled_from([*PLANNING_AGENCIES, *OTHER_AGENCIES])
        ),
        status=for_type(typing.get_type_hints(Office)["status"]),
    )


def officials(*, kind: OfficeKind | None = None) -> st.SearchStrategy[Official]:
    """People acting in an office of ``kind``: who signed a decree, who chaired a meeting."""
    from tkpk_rules.testing._compliant import PEOPLE

    return st.builds(
        Official,
        nama=st.one_of(st.just(NOT_RECORDED), st.sampled_from(PEOPLE)),
        jabatan=offices(kind=kind),
    )


def members(*, element: Element | None = None) -> st.SearchStrategy[Member]:
    """Team members.

    With ``element``, members the rules count in that element: stated in
    ``unsur``, or classified from their ``kategori`` or their office (see
    :mod:`tkpk_rules.rules.membership`).  Without it, any member the model
    can hold, classifiable or not.

    >>> from tkpk_rules.rules.membership import classify
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(members(element=Element.DUNIA_USAHA))
    ... def test(m): assert classify(m)[0] is Element.DUNIA_USAHA
    >>> test()
    """
    from tkpk_rules.testing._compliant import _element_member

    @st.composite
    def counted(draw: st.DrawFn, element: Element) -> Member:
        return _element_member(draw, element)

    if element is not None:
        return counted(element)
    return st.one_of(
        st.sampled_from(list(Element)).flatmap(counted),
        st.builds(
            Member,
            nama=st.one_of(st.just(NOT_RECORDED), TEXT),
            jabatan=st.one_of(st.just(NOT_RECORDED), offices()),
            unsur=for_type(typing.get_type_hints(Member)["unsur"]),
            kategori=for_type(typing.get_type_hints(Member)["kategori"]),
            organisasi=st.one_of(st.just(NOT_RECORDED), TEXT),
        ),
    )


def _level(level: Level | None) -> st.SearchStrategy[Level]:
    autonomous = [Level.PROVINSI, Level.KABUPATEN, Level.KOTA]
    return st.just(level) if level is not None else st.sampled_from(autonomous)


def _default_on(on: dt.date | None) -> dt.date:
    return on if on is not None else dt.date(2025, 6, 1)


def teams(*, level: Level | None = None, on: dt.date | None = None) -> st.SearchStrategy[Team]:
    """Teams as a region of ``level`` forms them, in order on ``on`` (2025-06-01 by default).

    The leadership holds the offices the rules expect, and the members come
    from all four elements.  For arbitrary teams use ``for_type(Team)``.
    """
    from tkpk_rules.testing._compliant import role_level

    day = _default_on(on)

    @st.composite
    def build(draw: st.DrawFn, level: Level) -> Team:
        from tkpk_rules.testing._compliant import _day, _team

        formed = _day(draw, dt.date(day.year - 4, 1, 1), day)
        return _team(draw, role_level(level), "Daerah", formed, day, chair_vacant=False)

    return _level(level).flatmap(build)


def secretariats(*, level: Level | None = None) -> st.SearchStrategy[Secretariat]:
    """Secretariats formed by decree of the head of region, seated in the planning agency."""
    from tkpk_rules.testing._compliant import _ISSUER, PLANNING_AGENCIES, role_level

    def build(level: Level) -> st.SearchStrategy[Secretariat]:
        return st.builds(
            Secretariat,
            pembentukan=st.builds(
                typing.get_type_hints(Secretariat)["pembentukan"].__args__[0],
                penerbit=st.just(_ISSUER[role_level(level)]),
                nomor=st.one_of(st.just(NOT_RECORDED), TEXT),
            ),
            kedudukan=st.sampled_from(PLANNING_AGENCIES),
            anggota=st.lists(members(), max_size=3).map(tuple),
        )

    return _level(level).flatmap(build)


def meetings(
    *, year: int | None = None, status: MeetingStatus | None = None
) -> st.SearchStrategy[Meeting]:
    """Coordination meetings in ``year`` (any year by default), of ``status`` if given.

    Most are dated to the day; some only to their month or year (``2024-05``, ``2024``),
    as records of meetings seen in news items often are.
    """
    from tkpk_rules.model import MeetingKind, Topic

    days = (
        st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if year
        else st.dates(MIN_DATE, MAX_DATE)
    )
    dates: st.SearchStrategy[dt.date | ImpreciseDate] = st.one_of(
        days,
        days.map(lambda d: ImpreciseDate(d.year, d.month)),
        days.map(lambda d: ImpreciseDate(d.year)),
    )
    return st.builds(
        Meeting,
        tanggal=dates,
        jenis=st.sampled_from([MeetingKind.RAPAT_KOORDINASI, NOT_RECORDED, *MeetingKind]),
        status=st.just(status)
        if status is not None
        else st.sampled_from([NOT_RECORDED, *MeetingStatus]),
        pembahasan=st.one_of(
            st.just(NOT_RECORDED),
            st.lists(st.sampled_from(list(Topic)), max_size=3, unique=True).map(tuple),
        ),
        dipimpin_oleh=st.one_of(st.just(NOT_RECORDED), officials()),
    )


def agendas(*, year: int | None = None) -> st.SearchStrategy[AnnualAgenda]:
    """Annual agendas for ``year`` that plan the RPKD, the RAT and the report, and maybe more."""

    @st.composite
    def build(draw: st.DrawFn, year: int) -> AnnualAgenda:
        from tkpk_rules.testing._compliant import _agenda

        return _agenda(draw, year)

    years = st.just(year) if year is not None else st.integers(2011, 2040)
    return years.flatmap(build)


def planning_documents(*, kind: DocumentKind | None = None) -> st.SearchStrategy[PlanningDocument]:
    """Any planning document the model can hold, of ``kind`` if given."""
    docs = for_type(PlanningDocument)
    if kind is None:
        return docs
    return docs.map(lambda d: attrs.evolve(d, jenis=kind))


def dossiers(
    *,
    compliant: bool = False,
    on: dt.date | None = None,
    levels: typing.Iterable[Level] | None = None,
    max_items: int = 3,
) -> st.SearchStrategy[Dossier]:
    """Dossiers: arbitrary ones, realistic ones as of a date, or compliant ones.

    * ``dossiers()``: any dossier the model can hold (lists up to
      ``max_items`` long), mostly full of gaps and contradictions.
    * ``dossiers(on=day)``: realistic dossiers as a region keeps them on
      ``day``: a compliant dossier in which up to three rules (any of those
      that can be broken on that day) have been broken.
    * ``dossiers(compliant=True, on=day)``: dossiers on which no rule is broken
      on ``day`` (see :func:`tkpk_rules.testing.broken_rules`): no violation,
      no departure from practice.  ``on`` is required, from 2010 to 2040.

    ``levels`` restricts the region's level (provinsi, kabupaten, kota by
    default; DKI Jakarta's administrative cities and regency may be asked for:
    every rule is *not applicable* to them, so their dossiers comply trivially).

    :raises TypeError: ``compliant=True`` without ``on``.
    """
    if on is None:
        if compliant:
            raise TypeError("dossiers(compliant=True) needs the date judged: on=...")
        return for_type(Dossier, max_items=max_items)
    from tkpk_rules.testing._registry import compliant_dossiers

    chosen = frozenset(levels) if levels is not None else None
    base = compliant_dossiers(on=on, levels=chosen)
    if compliant:
        return base
    return base.flatmap(lambda d: _broken_somewhat(d, on))


def _broken_somewhat(d: Dossier, on: dt.date) -> st.SearchStrategy[Dossier]:
    from tkpk_rules.engine import level_of
    from tkpk_rules.rules import by_code
    from tkpk_rules.testing._registry import breakers

    level = level_of(d)
    usable = sorted(
        code
        for code, b in breakers().items()
        if b.works_on(on) and _has_rule(code) and level in by_code(code).levels
    )
    if not usable:
        return st.just(d)

    @st.composite
    def broken(draw: st.DrawFn) -> Dossier:
        out = d
        for code in draw(st.lists(st.sampled_from(usable), max_size=3, unique=True)):
            result = breakers()[code].apply(out, on)
            out = draw(result) if isinstance(result, st.SearchStrategy) else result
        return out

    return broken()


def _has_rule(code: str) -> bool:
    from tkpk_rules.rules import by_code

    try:
        by_code(code)
    except KeyError:
        return False
    return True


def documents(*, valid: bool = True, max_items: int = 3) -> st.SearchStrategy[dict[str, Any]]:
    """Raw documents in format ``tkpk-rules/1``, as the dicts a YAML or JSON parser gives.

    ``valid=True``: documents that :func:`tkpk_rules.io.load` accepts: dumps
    of arbitrary and of realistic dossiers.  ``valid=False``: documents with
    one defect that ``load`` must report (a missing or wrong ``format``, an
    unknown key, a wrong type, an impossible date, a required field left
    out, a value outside its list, a region code not in the table).

    >>> from tkpk_rules.errors import DocumentError
    >>> from tkpk_rules.io import load
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(documents(valid=False))
    ... def test(doc):
    ...     try:
    ...         load(doc)
    ...     except DocumentError:
    ...         pass
    ...     else:
    ...         raise AssertionError(doc)
    >>> test()
    """
    from tkpk_rules.io import dump

    realistic = st.dates(dt.date(2012, 1, 1), dt.date(2035, 12, 31)).flatmap(
        lambda on: dossiers(on=on)
    )
    good = st.one_of(dossiers(max_items=max_items), realistic).map(dump)
    if valid:
        return good
    return st.tuples(good, st.sampled_from(_DEFECTS)).map(lambda t: t[1](t[0]))


def _defect(
    change: typing.Callable[[dict[str, Any]], None],
) -> typing.Callable[[dict[str, Any]], dict[str, Any]]:
    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        import copy

        out = copy.deepcopy(doc)
        change(out)
        return out

    return apply


def _append(key: str, item: object) -> typing.Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        items = doc.get(key)
        doc[key] = [*(items if isinstance(items, list) else []), item]

    return change


def _set_region(value: object) -> typing.Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["wilayah"] = {**doc["wilayah"], "kode": value}

    return change


_DEFECTS: tuple[typing.Callable[[dict[str, Any]], dict[str, Any]], ...] = (
    _defect(lambda doc: doc.pop("format")),
    _defect(lambda doc: doc.update(format="tkpk-rules/2")),
    _defect(lambda doc: doc.pop("wilayah")),
    _defect(lambda doc: doc.update(tim_lama={"nama": "TKPK"})),
    _defect(lambda doc: doc.update(tim={"ketau": None})),
    _defect(_set_region(33.02)),
    _defect(_set_region("99.99")),
    _defect(_append("rapat_koordinasi", {"status": "terlaksana"})),
    _defect(_append("rapat_koordinasi", {"tanggal": "2023-02-30"})),
    _defect(_append("dokumen", {"jenis": "rencana_strategis"})),
    _defect(_append("agenda_kerja", {"tahun": "dua ribu"})),
)


# Names used only in annotations of the public strategies.
_ = (AgendaItem, NotRecorded)
