"""Adoption dates known only to the year or month, weighed rule by rule (issue 12).

A document adopted "in 2025" may or may not exist on a day of 2025.  Each rule about
documents is judged under both readings (adopted by then, or not yet) of each such
document it can see; it keeps its finding where they agree and is *undetermined*,
naming the dates that decide, where they differ.  Rules about other documents, and
rules the open document cannot change, keep their confident finding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from test_imprecise_dates import _assert_never_flips, _get, _outcomes, _records, _replace, _slots
from tkpk_rules import check
from tkpk_rules.judge import documents_on, known_on
from tkpk_rules.law.timeline import HANDOVER_EARLIEST, HANDOVER_LATEST
from tkpk_rules.model import (
    NOT_RECORDED,
    DocumentKind,
    DocumentStatus,
    Dossier,
    ImpreciseDate,
    PlanningDocument,
    YearRange,
    date_bounds,
)
from tkpk_rules.report import Finding, Outcome
from tkpk_rules.rules import RULEBOOK
from tkpk_rules.rules._docs import MAX_OPEN_ADOPTIONS
from tkpk_rules.rules.documents import DOCUMENTS
from tkpk_rules.testing.records import compliant

Y, M, D = ImpreciseDate, ImpreciseDate, dt.date
ON = D(2025, 6, 1)


def _with(d: Dossier, index: int, **changes: object) -> Dossier:
    assert isinstance(d.dokumen, tuple)
    docs = list(d.dokumen)
    docs[index] = attrs.evolve(docs[index], **changes)
    return attrs.evolve(d, dokumen=tuple(docs))


def _index(d: Dossier, kind: DocumentKind, **match: object) -> int:
    assert isinstance(d.dokumen, tuple)
    return next(
        i
        for i, doc in enumerate(d.dokumen)
        if doc.jenis is kind and all(getattr(doc, k) == v for k, v in match.items())
    )


def _of(d: Dossier, on: dt.date, code: str, year: int | None = None) -> list[Finding]:
    return [f for f in check(d, on=on).by_code(code) if year is None or f.year == year]


def _report_of_2024_adopted_in_2025(on: dt.date = ON) -> Dossier:
    d = compliant(on=on)
    return _with(d, _index(d, DocumentKind.LAPORAN_PELAKSANAAN, tahun=2024), ditetapkan=Y(2025))


# -- the judge ------------------------------------------------------------------------------


def test_an_open_adoption_is_read_either_way_only_inside_its_span() -> None:
    doc = PlanningDocument(jenis=DocumentKind.RAT, ditetapkan=M(2025, 5))
    assert [known_on(doc, D(2025, 4, 30), open_as=x) for x in (True, False)] == [False, False]
    assert [known_on(doc, D(2025, 5, 15), open_as=x) for x in (True, False)] == [True, False]
    assert [known_on(doc, D(2025, 5, 31), open_as=x) for x in (True, False)] == [True, True]
    day = PlanningDocument(jenis=DocumentKind.RAT, ditetapkan=D(2025, 5, 15))
    assert known_on(day, D(2025, 5, 15), open_as=False)  # a day is never open


def test_documents_on_leaves_out_only_the_open_documents_named() -> None:
    d = _report_of_2024_adopted_in_2025()
    path = f"dokumen[{_index(d, DocumentKind.LAPORAN_PELAKSANAAN, tahun=2024)}]"
    every = documents_on(d, DocumentKind.LAPORAN_PELAKSANAAN, ON)
    assert every is not None and path in [p for p, _ in every]
    fewer = documents_on(d, DocumentKind.LAPORAN_PELAKSANAAN, ON, not_yet={path})
    assert fewer == [(p, x) for p, x in every if p != path]
    # A name of a document whose date is not open changes nothing.
    later = documents_on(d, DocumentKind.LAPORAN_PELAKSANAAN, D(2026, 1, 1), not_yet={path})
    assert later == documents_on(d, DocumentKind.LAPORAN_PELAKSANAAN, D(2026, 1, 1))


# -- rule by rule ---------------------------------------------------------------------------


def test_only_the_rules_that_read_the_open_document_are_undetermined() -> None:
    d = _report_of_2024_adopted_in_2025()
    path = f"dokumen[{_index(d, DocumentKind.LAPORAN_PELAKSANAAN, tahun=2024)}]"
    for code in ("TKPK53-DOC-005", "TKPK53-DOC-006"):
        (f,) = _of(d, ON, code, 2024)
        assert f.outcome is Outcome.UNDETERMINED and f.variant == "docs_adoption_open", code
        assert f.missing == (f"{path}.ditetapkan",)
        assert path in f.message_en and path in f.message_id
        assert f.action_en and f.action_id
        # The report of 2023 is judged as before: the open one cannot change it.
        assert {g.outcome for g in _of(d, ON, code, 2023)} == {Outcome.COMPLIANT}, code
    # Rules about the RPKD, the RPJMD and the RAT do not look at reports at all.
    for code in ("TKPK53-DOC-001", "TKPK53-DOC-002", "TKPK53-DOC-004", "TKPK53-MTG-003"):
        found = _of(d, ON, code)
        assert found and {f.outcome for f in found} == {Outcome.COMPLIANT}, code
    # Once 2025 is over the report surely exists.
    assert {f.variant for f in _of(d, D(2026, 1, 1), "TKPK53-DOC-005", 2024)} == {"ok"}


#: An RPKD period of seven years: a violation of TKPK53-DOC-002 (five years).
_SEVEN_YEARS = YearRange(mulai=2021, selesai=2027)


def test_a_violation_elsewhere_stands_while_an_adoption_is_open() -> None:
    """Before, one open adoption date made every document rule undetermined."""
    d = _report_of_2024_adopted_in_2025()
    d = _with(d, _index(d, DocumentKind.RPKD, ditetapkan=D(2020, 12, 1)), periode=_SEVEN_YEARS)
    (f,) = _of(d, ON, "TKPK53-DOC-002")
    assert f.outcome is Outcome.VIOLATION and f.variant == "wrong_length"


def test_a_violation_of_the_open_document_itself_waits_for_its_span() -> None:
    on = D(2025, 11, 20)
    d = compliant(on=on)
    index = _index(d, DocumentKind.RPKD, ditetapkan=D(2025, 11, 10))
    exact = _with(d, index, periode=YearRange(mulai=2026, selesai=2032))
    assert Outcome.VIOLATION in {f.outcome for f in _of(exact, on, "TKPK53-DOC-002")}
    vague = _with(exact, index, ditetapkan=M(2025, 11))
    during = _of(vague, on, "TKPK53-DOC-002")
    assert Outcome.VIOLATION not in {f.outcome for f in during}
    (f,) = [f for f in during if f.outcome is Outcome.UNDETERMINED]
    assert f.missing == (f"dokumen[{index}].ditetapkan",)
    # The other, fully dated RPKD is judged as it is in every reading.
    assert {f.path for f in during if f.outcome is Outcome.COMPLIANT} <= {
        p for p in (g.path for g in _of(exact, on, "TKPK53-DOC-002")) if p != f"dokumen[{index}]"
    }
    # Before its month the RPKD did not exist; after it, it surely does.
    assert {f.outcome for f in _of(vague, D(2025, 10, 31), "TKPK53-DOC-002")} == {Outcome.COMPLIANT}
    assert Outcome.VIOLATION in {f.outcome for f in _of(vague, D(2025, 12, 1), "TKPK53-DOC-002")}


def test_an_open_document_the_rule_sees_but_that_cannot_change_it() -> None:
    # The RAT of 2026 adopted "in 2025": the rules judge the RATs of 2024 and 2025.
    d = compliant(on=ON)
    d = _with(d, _index(d, DocumentKind.RAT, tahun=2026), ditetapkan=Y(2025))
    for code in ("TKPK53-DOC-004", "TKPK53-DOC-009"):
        assert [f.variant for f in _of(d, ON, code)] == [
            f.variant for f in _of(compliant(on=ON), ON, code)
        ], code
    # The RAT of the running year is another matter: without it 2025 has none yet.
    e = _with(d, _index(d, DocumentKind.RAT, tahun=2025), ditetapkan=Y(2025))
    (f,) = _of(e, ON, "TKPK53-DOC-004", 2025)
    assert f.variant == "docs_adoption_open"
    assert f.missing == (f"dokumen[{_index(d, DocumentKind.RAT, tahun=2025)}].ditetapkan",)


def test_past_a_limit_of_open_dates_the_rule_is_undetermined_naming_them() -> None:
    d = compliant(on=ON)
    rats = [_index(d, DocumentKind.RAT, tahun=t) for t in range(2021, 2022 + MAX_OPEN_ADOPTIONS)]
    for i in rats:
        d = _with(d, i, ditetapkan=Y(2025))
    (f,) = _of(d, ON, "TKPK53-DOC-009", 2024)
    assert f.variant == "docs_adoption_open"
    assert f.missing == tuple(f"dokumen[{i}].ditetapkan" for i in rats)
    # A rule that never asks for RATs is judged as before.
    assert {f.outcome for f in _of(d, ON, "TKPK53-DOC-002")} == {Outcome.COMPLIANT}


def test_the_rules_about_documents_are_still_their_own_functions() -> None:
    for r in RULEBOOK:
        if DOCUMENTS in r.requires:
            assert r.function.__name__ == r.function.__wrapped__.__name__  # type: ignore[attr-defined]
            assert r.function.__doc__


# -- properties -----------------------------------------------------------------------------

#: Rules that read an adoption date itself, not only whether the document exists on the
#: date judged: whether the RPJMD came under 53/2020 (DOC-001), whether the report came by
#: the end of the next year (DOC-006), whether a meeting preceded the RPKD (MTG-003).
_READ_THE_DATE = frozenset({"TKPK53-DOC-001", "TKPK53-DOC-006", "TKPK53-MTG-003"})
#: Rules that read an RPKD's adoption date for the regime it was adopted under: a vaguer
#: date spanning the 2020 handover leaves their violation open (``adopted_regime_open``).
_REGIME_AT_ADOPTION = frozenset({"TKPK53-DOC-002", "TKPK53-DOC-007", "TKPK53-DOC-008"})
#: The kinds of document each rule about documents looks at.
_KINDS: dict[str, frozenset[DocumentKind]] = {
    "TKPK53-DOC-001": frozenset({DocumentKind.RPKD, DocumentKind.RPJMD, DocumentKind.SPKD}),
    "TKPK53-DOC-002": frozenset({DocumentKind.RPKD}),
    "TKPK53-DOC-003": frozenset({DocumentKind.RPKD, DocumentKind.RPJMD}),
    "TKPK53-DOC-004": frozenset({DocumentKind.RAT, DocumentKind.RPKD}),
    "TKPK53-DOC-005": frozenset({DocumentKind.LAPORAN_PELAKSANAAN}),
    "TKPK53-DOC-006": frozenset({DocumentKind.LAPORAN_PELAKSANAAN}),
    "TKPK53-DOC-007": frozenset({DocumentKind.RPKD}),
    "TKPK53-DOC-008": frozenset({DocumentKind.RPKD, DocumentKind.RPJMD}),
    "TKPK53-DOC-009": frozenset({DocumentKind.RAT}),
    "TKPK42-DOC-001": frozenset({DocumentKind.SPKD}),
    "TKPK42-DOC-002": frozenset({DocumentKind.SPKD}),
    "TKPK53-MTG-003": frozenset({DocumentKind.RPKD}),
    "TKPK53-AGD-002": frozenset({DocumentKind.RPKD}),
}


def test_the_kinds_each_rule_reads_are_listed_for_the_property() -> None:
    assert {r.code for r in RULEBOOK if DOCUMENTS in r.requires} <= set(_KINDS)


def _adoptions(d: Dossier) -> list[tuple[str | int, ...]]:
    return [p for p in _slots(d) if p[0] == "dokumen" and p[-1] == "ditetapkan"]


def _vaguer(d: Dossier, paths: list[tuple[str | int, ...]], month: bool) -> Dossier:
    for path in paths:
        day = _get(d, path)
        d = _replace(d, path, ImpreciseDate(day.year, day.month if month else None))
    return d


def _never_flips(sharper: Dossier, vaguer: Dossier, on: dt.date) -> None:
    _assert_never_flips(_outcomes(sharper, on), _outcomes(vaguer, on))


def _shapes(d: Dossier, on: dt.date, code: str) -> list[tuple[Any, ...]]:
    # A compliant finding may cite another of two documents of the same period once one's
    # adoption date is blurred (they are ordered by their content, the date included):
    # its path is not compared.
    return sorted(
        (
            f.year,
            f.outcome.value,
            f.variant,
            "" if f.outcome is Outcome.COMPLIANT else f.path,
            f.severity.value,
        )
        for f in check(d, on=on).by_code(code)
    )


_PROPERTY = settings(
    max_examples=ci_examples(120, 20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@st.composite
def _cases(
    draw: st.DrawFn,
) -> tuple[dt.date, Dossier, list[tuple[str | int, ...]]]:
    on, exact = draw(_records())
    slots = _adoptions(exact)
    # Mostly adoption dates of the year judged, whose month or year may hold it.
    near = [p for p in slots if _get(exact, p).year == on.year] or slots
    pool = draw(st.sampled_from([near, slots]), label="pool") if slots else []
    chosen = draw(st.lists(st.sampled_from(pool), unique=True, max_size=4) if pool else st.just([]))
    return on, exact, chosen


@_PROPERTY
@given(_cases())
def test_a_vaguer_adoption_date_never_flips_compliant_and_violation(
    case: tuple[dt.date, Dossier, list[tuple[str | int, ...]]],
) -> None:
    """Day, then month, then year: each finding keeps its outcome or becomes undetermined."""
    on, exact, chosen = case
    month, year = _vaguer(exact, chosen, True), _vaguer(exact, chosen, False)
    _never_flips(exact, month, on)
    _never_flips(month, year, on)
    _never_flips(exact, year, on)


@_PROPERTY
@given(_cases(), st.booleans())
def test_a_vaguer_adoption_date_changes_only_the_rules_it_can_change(
    case: tuple[dt.date, Dossier, list[tuple[str | int, ...]]], to_month: bool
) -> None:
    """A rule keeps the very findings of the exact record unless the vague date can change it.

    It can when its span holds the date judged and the rule reads that kind of document,
    or when the rule reads the adoption date itself.
    """
    on, exact, chosen = case
    vague = _vaguer(exact, chosen, to_month)
    open_kinds = set()
    regime_open = False
    for path in chosen:
        bounds = date_bounds(_get(vague, path))
        assert bounds is not None
        if bounds[0] <= on < bounds[1]:
            open_kinds.add(_get(vague, path[:2]).jenis)
        if _get(vague, path[:2]).jenis is DocumentKind.RPKD and bounds[0] < HANDOVER_LATEST:
            regime_open = regime_open or bounds[1] >= HANDOVER_EARLIEST
    for r in RULEBOOK:
        kinds = _KINDS.get(r.code)
        if kinds is None:
            changed_by = False  # no rule outside this list looks at documents
        else:
            changed_by = (
                bool(kinds & open_kinds)
                or (r.code in _READ_THE_DATE and bool(chosen))
                or (r.code in _REGIME_AT_ADOPTION and regime_open)
            )
        if not changed_by:
            assert _shapes(vague, on, r.code) == _shapes(exact, on, r.code), r.code


def test_the_properties_bite() -> None:
    """A vaguer adoption date does turn findings undetermined, and leaves others as they were."""
    exact = compliant(on=ON)
    path = ("dokumen", _index(exact, DocumentKind.LAPORAN_PELAKSANAAN, tahun=2024), "ditetapkan")
    assert path in _adoptions(exact)
    vague = _vaguer(exact, [path], False)
    assert _shapes(vague, ON, "TKPK53-DOC-005") != _shapes(exact, ON, "TKPK53-DOC-005")
    assert _shapes(vague, ON, "TKPK53-DOC-002") == _shapes(exact, ON, "TKPK53-DOC-002")
    _never_flips(exact, vague, ON)


# -- TKPK53-DOC-007 reads adoption as the judge does -----------------------------------------

_SWAPPED = (
    "Pendahuluan",
    "Profil Kemiskinan Daerah",
    "Kondisi Umum Daerah",
    "Prioritas Program",
    "Lokasi Prioritas",
)


def _outline(**changes: object) -> list[str]:
    d = compliant(on=ON)
    first = _index(d, DocumentKind.RPKD, ditetapkan=D(2020, 12, 1))
    d = _with(d, first, bab=_SWAPPED, **changes)
    return [f.variant for f in _of(d, ON, "TKPK53-DOC-007") if f.path == f"dokumen[{first}]"]


def test_an_rpkd_adopted_in_a_year_long_past_has_its_outline_judged() -> None:
    assert _outline() == ["wrong"]
    # Known only to its year (and no status): adopted all the same, not a draft.
    assert _outline(ditetapkan=Y(2021), status=NOT_RECORDED) == ["wrong"]
    # A year that holds the handover: 53/2020 may not have governed the adoption yet.
    assert _outline(ditetapkan=Y(2020), status=NOT_RECORDED) == ["adopted_regime_open"]
    # Recorded as a draft: a draft may still change, whatever date it carries.
    assert _outline(status=DocumentStatus.DRAF) == ["draft_wrong"]


def test_an_agreed_undetermined_names_what_every_reading_lacks() -> None:
    """Review finding: agreeing readings kept only the first reading's missing facts."""
    from tkpk_rules.report.outcome import Outcome as O
    from tkpk_rules.rules._base import verdict as make
    from tkpk_rules.rules._docs import Readings

    first = make(O.UNDETERMINED, "x", "dokumen", missing=("dokumen[0].periode",))
    other = make(O.UNDETERMINED, "x", "dokumen", missing=("dokumen[1].periode",))
    readings = Readings(
        runs={frozenset(): [first], frozenset({"dokumen[2]"}): [other]}, weighed=("dokumen[2]",)
    )
    (agreed,) = readings.agreed or ()
    assert agreed.missing == ("dokumen[0].periode", "dokumen[1].periode")
    assert (agreed.outcome, agreed.variant, agreed.path) == (O.UNDETERMINED, "x", "dokumen")


def test_a_violation_about_a_dated_document_stands_beside_an_open_one() -> None:
    """Review finding: an open RPKD date hid the violation of another, fully dated RPKD."""
    on = dt.date(2025, 11, 1)
    d = compliant(on=on)
    old = _index(d, DocumentKind.RPKD, ditetapkan=dt.date(2020, 12, 1))
    new = _index(d, DocumentKind.RPKD, ditetapkan=dt.date(2025, 11, 10))
    d = _with(_with(d, old, periode=_SEVEN_YEARS), new, ditetapkan=M(2025, 11))
    during = _of(d, dt.date(2025, 11, 20), "TKPK53-DOC-002")
    found = {(f.outcome, f.variant, f.path) for f in during}
    assert (Outcome.VIOLATION, "wrong_length", f"dokumen[{old}]") in found
    assert (Outcome.UNDETERMINED, "docs_adoption_open", "dokumen") in found
    # Once November is over, the open date is settled and only the violation is left.
    after = {f.variant for f in _of(d, dt.date(2025, 12, 1), "TKPK53-DOC-002")}
    assert "docs_adoption_open" not in after and "wrong_length" in after
