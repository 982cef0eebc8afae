"""Compliances an undated item cannot support (2026-12-03, sixth session), mended.

A document, an agenda or the secretariat's decree whose adoption date is not recorded
may have come after the date judged.  A violation about what it holds was already
undetermined (``item_undated``); a compliance resting on it is too now, since the record
is as consistent with the item not existing yet as with it existing.  The property: a
compliance found with the date dropped holds both with the item dated before the date
judged and with it dated after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules import check
from tkpk_rules.examples import load_example
from tkpk_rules.model import (
    NOT_RECORDED,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    ImpreciseDate,
    Instrument,
    PlanningDocument,
    Secretariat,
    YearRange,
)
from tkpk_rules.report import Outcome, Report
from tkpk_rules.testing import dossiers
from tkpk_rules.testing.records import compliant

D = dt.date

#: Where an item's own date lives: (list or ``sekretariat``, index or None).
Item = tuple[str, int | None]


def _items(d: Dossier) -> Iterator[Item]:
    """The dated documents (not drafts), agendas and the secretariat's decree of ``d``."""
    if isinstance(d.dokumen, tuple):
        for i, doc in enumerate(d.dokumen):
            if doc.status is not DocumentStatus.DRAF and doc.ditetapkan not in (None, NOT_RECORDED):
                yield ("dokumen", i)
    if isinstance(d.agenda_kerja, tuple):
        for i, a in enumerate(d.agenda_kerja):
            if a.ditetapkan not in (None, NOT_RECORDED):
                yield ("agenda_kerja", i)
    sec = d.sekretariat
    decree = sec.pembentukan if isinstance(sec, Secretariat) else None
    if isinstance(decree, Instrument) and decree.tanggal is not NOT_RECORDED:
        yield ("sekretariat", None)


def _dated(d: Dossier, item: Item, day: object) -> Dossier:
    """``d`` with ``item``'s own date set to ``day`` (``NOT_RECORDED`` drops it)."""
    head, index = item
    if head == "sekretariat":
        sec = d.sekretariat
        assert isinstance(sec, Secretariat) and isinstance(sec.pembentukan, Instrument)
        decree = attrs.evolve(sec.pembentukan, tanggal=day)
        return attrs.evolve(d, sekretariat=attrs.evolve(sec, pembentukan=decree))
    items = list(getattr(d, head))
    assert index is not None
    thing = items[index]
    if isinstance(thing, PlanningDocument):
        # The date the rules read: ``ditetapkan``, or the adopting instrument's.
        thing = attrs.evolve(thing, ditetapkan=day, penetapan=NOT_RECORDED)
    else:
        thing = attrs.evolve(thing, ditetapkan=day)
    items[index] = thing
    return attrs.evolve(d, **{head: tuple(items)})


def _settled(report: Report) -> set[tuple[str, int | None]]:
    """(rule, year) whose every finding is a plain compliance."""
    out: dict[tuple[str, int | None], bool] = {}
    for f in report.findings:
        key = (f.code, f.year)
        ok = f.outcome is Outcome.COMPLIANT and f.severity.value == "none"
        out[key] = out.get(key, True) and ok
    return {k for k, ok in out.items() if ok}


def _check_both_ways(d: Dossier, on: dt.date, item: Item) -> None:
    weak = check(_dated(d, item, NOT_RECORDED), on=on)
    early = check(_dated(d, item, on - dt.timedelta(days=400)), on=on)
    late = check(_dated(d, item, on + dt.timedelta(days=1)), on=on)
    gained = _settled(weak) - (_settled(early) & _settled(late))
    assert not gained, (item, on, sorted(gained, key=str))


@settings(max_examples=ci_examples(25, 40))  # each example judges three records
@given(
    st.sampled_from([D(2021, 12, 31), D(2023, 6, 30), D(2024, 12, 31), D(2025, 3, 1)]).flatmap(
        lambda on: st.tuples(st.just(on), dossiers(compliant=True, on=on))
    ),
    st.data(),
)
def test_a_compliance_with_the_date_dropped_holds_either_way(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    on, d = case
    items = list(_items(d))
    if items:
        _check_both_ways(d, on, data.draw(st.sampled_from(items)))


def test_every_dated_item_of_the_examples_and_the_compliant_record() -> None:
    records = [
        (load_example("kabupaten-banyumas"), [D(2020, 12, 31), D(2023, 12, 31), D(2025, 12, 31)]),
        (compliant(), [D(2022, 12, 31), D(2024, 6, 30)]),
    ]
    for d, days in records:
        for item in _items(d):
            for on in days:
                _check_both_ways(d, on, item)


def test_the_undated_rpkd_of_the_example_is_not_said_to_exist() -> None:
    """Kalimantan Timur's RPKD 2019-2023 is adopted, its date not recorded."""
    report = check(load_example("provinsi-kalimantan-timur"), on=D(2021, 6, 30))
    (f,) = report.by_code("TKPK53-DOC-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "docs_adoption_undated")
    assert f.missing == ("dokumen[0].ditetapkan",)
    assert "the adoption date is not recorded" in f.message("en")
    assert "tanggal penetapannya tidak dicatat" in f.message("id")
    (period,) = report.by_code("TKPK53-DOC-002")
    # What the RPKD holds is kept as the finding if it existed.
    assert period.outcome is Outcome.UNDETERMINED and period.path == "dokumen[0]"
    assert "The finding if it did: The 2019-2023 RPKD spans 5 years." in period.message("en")
    assert dict(period.facts)["kepatuhan_tidak_didukung"] == "item_undated"


def test_an_undated_secretariat_decree_is_not_said_to_be_in_place() -> None:
    d = load_example("kabupaten-banyumas")
    weak = _dated(d, ("sekretariat", None), NOT_RECORDED)
    (f,) = check(weak, on=D(2025, 12, 31)).by_code("TKPK53-SEC-002")
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing[0] == "sekretariat.pembentukan.tanggal"
    assert "Record the date" in (f.action("en") or "")
    # Dated, the same finding is a compliance: only the date is missing.
    (dated,) = check(d, on=D(2025, 12, 31)).by_code("TKPK53-SEC-002")
    assert dated.outcome is Outcome.COMPLIANT


def _rpkd(**kw: object) -> PlanningDocument:
    return PlanningDocument(
        jenis=DocumentKind.RPKD,
        periode=YearRange(mulai=2021, selesai=2025),
        status=DocumentStatus.DITETAPKAN,
        **kw,  # type: ignore[arg-type]
    )


def _with_rpkds(*docs: PlanningDocument) -> Dossier:
    d = compliant(on=D(2024, 6, 30))
    assert isinstance(d.dokumen, tuple)
    others = tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RPKD)
    return attrs.evolve(d, dokumen=(*others, *docs))


def test_a_dated_rpkd_beside_an_undated_one_settles_the_compliance() -> None:
    """Compliant however the open date falls: the finding names the dated RPKD."""
    d = _with_rpkds(_rpkd(ditetapkan=D(2020, 12, 1)), _rpkd(ditetapkan=NOT_RECORDED))
    report = check(d, on=D(2024, 6, 30))
    (exists,) = report.by_code("TKPK53-DOC-001")
    assert exists.outcome is Outcome.COMPLIANT
    dated = f"dokumen[{len(d.dokumen) - 2}]"  # type: ignore[arg-type]
    for f in report.by_code("TKPK53-DOC-002"):
        assert f.outcome is Outcome.COMPLIANT and f.path == dated


def test_an_undated_and_a_year_only_rpkd_are_both_named() -> None:
    d = _with_rpkds(_rpkd(ditetapkan=NOT_RECORDED), _rpkd(ditetapkan=ImpreciseDate(2024)))
    (f,) = check(d, on=D(2024, 6, 30)).by_code("TKPK53-DOC-001")
    n = len(d.dokumen)  # type: ignore[arg-type]
    undated, yearly = f"dokumen[{n - 2}]", f"dokumen[{n - 1}]"
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "docs_adoption_mixed")
    assert set(f.missing) == {f"{undated}.ditetapkan", f"{yearly}.ditetapkan"}
    assert f"no adoption date is recorded for {undated}" in f.message("en")
    assert "only the year or month" in f.message("en")


def test_an_undated_agenda_is_not_said_to_be_there() -> None:
    d = compliant(on=D(2024, 12, 31))
    agendas = d.agenda_kerja
    assert isinstance(agendas, tuple)
    i = next(i for i, a in enumerate(agendas) if isinstance(a, AnnualAgenda) and a.tahun == 2024)
    weak = _dated(d, ("agenda_kerja", i), NOT_RECORDED)
    (f,) = [f for f in check(weak, on=D(2024, 12, 31)).by_code("TKPK53-AGD-001") if f.year == 2024]
    assert f.outcome is Outcome.UNDETERMINED and f.missing == (f"agenda_kerja[{i}].ditetapkan",)
    assert "The finding if it did" in f.message("en")


def test_a_draft_without_a_date_is_still_judged_as_a_draft() -> None:
    """Recorded as a draft is not "not recorded": nothing about its date is open."""
    draft = PlanningDocument(
        jenis=DocumentKind.RPKD,
        periode=YearRange(mulai=2021, selesai=2025),
        status=DocumentStatus.DRAF,
    )
    d = _with_rpkds(draft)
    (f,) = check(d, on=D(2024, 6, 30)).by_code("TKPK53-DOC-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "only_draft")


def test_an_undated_rpjmd_without_an_rpkd_is_open_not_ignored() -> None:
    """An RPJMD with no adoption date may have been adopted under 53/2020: its RPKD is open."""
    d = compliant(on=D(2024, 6, 30))
    assert isinstance(d.dokumen, tuple)
    kept = []
    for doc in d.dokumen:
        late = isinstance(doc.periode, YearRange) and doc.periode.mulai == 2026
        if late and doc.jenis is DocumentKind.RPKD:
            continue  # no RPKD for the next cycle
        kept.append(attrs.evolve(doc, ditetapkan=NOT_RECORDED) if late else doc)
    d = attrs.evolve(d, dokumen=tuple(kept))
    path = next(
        f"dokumen[{i}]"
        for i, x in enumerate(kept)
        if x.jenis is DocumentKind.RPJMD and x.periode == YearRange(mulai=2026, selesai=2030)
    )
    found = [f for f in check(d, on=D(2024, 6, 30)).by_code("TKPK53-DOC-001") if f.path == path]
    (f,) = found
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "rpjmd_undated")
    assert f.missing == (f"{path}.ditetapkan",)
    assert "recorded without its adoption date" in f.message("en")
