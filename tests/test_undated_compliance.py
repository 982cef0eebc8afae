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
    AgendaItemKind,
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
    """(rule, year) whose every finding is a compliance (with advice or without)."""
    out: dict[tuple[str, int | None], bool] = {}
    for f in report.findings:
        key = (f.code, f.year)
        out[key] = out.get(key, True) and f.outcome is Outcome.COMPLIANT
    return {k for k, ok in out.items() if ok}


def _own_date(d: Dossier, item: Item) -> object:
    head, index = item
    if head == "sekretariat":
        return d.sekretariat.pembentukan.tanggal  # type: ignore[union-attr]
    thing = getattr(d, head)[index]
    return thing.adopted_on if isinstance(thing, PlanningDocument) else thing.ditetapkan


def _check_both_ways(d: Dossier, on: dt.date, item: Item) -> None:
    """The record with ``item``'s date dropped says no more than it says dated either way:
    before the date judged (its own date when that is before, as the record has it; a plan
    of 2015-2019 adopted in 2021 is no world a record allows), or the day after it."""
    own = _own_date(d, item)
    before = own if isinstance(own, dt.date) and own <= on else on - dt.timedelta(days=1)
    weak = check(_dated(d, item, NOT_RECORDED), on=on)
    early = check(_dated(d, item, before), on=on)
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
    given: dict[str, object] = {"periode": YearRange(mulai=2021, selesai=2025), **kw}
    return PlanningDocument(
        jenis=DocumentKind.RPKD,
        status=DocumentStatus.DITETAPKAN,
        **given,  # type: ignore[arg-type]
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


# -- a review of the change (the same session), mended -----------------------------------


def _rat(year: int, day: object) -> PlanningDocument:
    return PlanningDocument(
        jenis=DocumentKind.RAT, tahun=year, status=DocumentStatus.DITETAPKAN, ditetapkan=day
    )  # type: ignore[arg-type]


def _with_rats(d: Dossier, *rats: PlanningDocument) -> Dossier:
    assert isinstance(d.dokumen, tuple)
    others = tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RAT)
    return attrs.evolve(d, dokumen=(*others, *rats))


def test_undated_rats_of_other_years_leave_a_dated_years_rat_alone() -> None:
    """Yearly documents of other years never multiply the readings (seven and more of them
    made every finding of the rule undetermined)."""
    on = D(2024, 6, 30)
    others = [_rat(y, NOT_RECORDED) for y in range(2015, 2024)]
    d = _with_rats(compliant(on=on), *others, _rat(2024, D(2023, 11, 1)))
    (f,) = [f for f in check(d, on=on).by_code("TKPK53-DOC-004") if f.year == 2024]
    assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok")
    assert f.path == f"dokumen[{len(d.dokumen) - 1}]"  # type: ignore[arg-type]


def test_advice_about_an_undated_rat_is_no_compliance_either() -> None:
    """ "There is a RAT for 2023, but no RPKD": the RAT may have come after the date."""
    on = D(2024, 6, 30)
    base = compliant(on=on)
    assert isinstance(base.dokumen, tuple)
    no_plans = tuple(x for x in base.dokumen if x.jenis is not DocumentKind.RPKD)
    d = _with_rats(attrs.evolve(base, dokumen=no_plans), _rat(2023, NOT_RECORDED))
    (f,) = [f for f in check(d, on=on).by_code("TKPK53-DOC-004") if f.year == 2023]
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing[0] == f"dokumen[{len(d.dokumen) - 1}].ditetapkan"  # type: ignore[arg-type]
    assert "The finding if it did" in f.message("en")


def test_an_undated_rpjmd_and_rpkd_both_named() -> None:
    d = _with_rpkds()
    assert isinstance(d.dokumen, tuple)
    rpjmd = PlanningDocument(
        jenis=DocumentKind.RPJMD,
        periode=YearRange(mulai=2026, selesai=2030),
        status=DocumentStatus.DITETAPKAN,
    )
    rpkd = _rpkd(ditetapkan=NOT_RECORDED, periode=YearRange(mulai=2026, selesai=2030))
    plans = tuple(
        x for x in d.dokumen if not (isinstance(x.periode, YearRange) and x.periode.mulai == 2026)
    )
    d = attrs.evolve(d, dokumen=(*plans, rpjmd, rpkd))
    n = len(d.dokumen)
    missing = {m for f in check(d, on=D(2024, 6, 30)).by_code("TKPK53-DOC-001") for m in f.missing}
    assert {f"dokumen[{n - 2}].ditetapkan", f"dokumen[{n - 1}].ditetapkan"} <= missing


def test_an_undated_rpjmd_of_a_period_over_before_53_is_not_questioned() -> None:
    d = _with_rpkds(_rpkd(ditetapkan=D(2020, 12, 1)))
    old = PlanningDocument(
        jenis=DocumentKind.RPJMD,
        periode=YearRange(mulai=2011, selesai=2015),
        status=DocumentStatus.DITETAPKAN,
    )
    d = attrs.evolve(d, dokumen=(*d.dokumen, old))  # type: ignore[misc]
    variants = {f.variant for f in check(d, on=D(2024, 6, 30)).by_code("TKPK53-DOC-001")}
    assert "rpjmd_undated" not in variants


def test_the_seat_of_a_secretariat_formed_later_or_undated_is_not_judged() -> None:
    d = load_example("kabupaten-banyumas")  # its secretariat decree: 14 April 2025
    (later,) = check(d, on=D(2024, 6, 30)).by_code("TKPK53-SEC-003")
    assert (later.outcome, later.variant) == (Outcome.UNDETERMINED, "formed_later")
    (after,) = check(d, on=D(2025, 6, 30)).by_code("TKPK53-SEC-003")
    assert after.outcome is Outcome.COMPLIANT
    sec = d.sekretariat
    assert isinstance(sec, Secretariat)
    no_decree = attrs.evolve(d, sekretariat=attrs.evolve(sec, pembentukan=NOT_RECORDED))
    (f,) = check(no_decree, on=D(2025, 6, 30)).by_code("TKPK53-SEC-003")
    assert f.outcome is Outcome.UNDETERMINED
    assert f.missing[0] == "sekretariat.pembentukan.tanggal"


def test_an_agenda_without_rpkd_work_beside_an_undated_rpkd_names_its_date() -> None:
    """ "While an RPKD is already in force" is not said of an RPKD with no adoption date."""
    on = D(2024, 12, 31)
    d = compliant(on=on)
    assert isinstance(d.agenda_kerja, tuple) and isinstance(d.dokumen, tuple)
    agendas = list(d.agenda_kerja)
    i = next(i for i, a in enumerate(agendas) if a.tahun == 2024)
    kegiatan = agendas[i].kegiatan
    assert isinstance(kegiatan, tuple)
    agendas[i] = attrs.evolve(
        agendas[i],
        kegiatan=tuple(k for k in kegiatan if k.kegiatan is not AgendaItemKind.PENYUSUNAN_RPKD),
    )
    docs = tuple(
        attrs.evolve(x, ditetapkan=NOT_RECORDED) if x.jenis is DocumentKind.RPKD else x
        for x in d.dokumen
    )
    weak = attrs.evolve(d, agenda_kerja=tuple(agendas), dokumen=docs)
    (f,) = [f for f in check(weak, on=on).by_code("TKPK53-AGD-002") if f.year == 2024]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "rpkd_may_be_in_force")
    assert f.missing and all(m.endswith(".ditetapkan") for m in f.missing)
    assert "while an RPKD is already in force" not in f.message("en")
    # Dated before the date judged, the RPKD is in force: the question is the law's.
    (dated,) = [
        f
        for f in check(attrs.evolve(weak, dokumen=d.dokumen), on=on).by_code("TKPK53-AGD-002")
        if f.year == 2024
    ]
    assert dated.variant == "rpkd_in_force"


# -- a second review (the same session), mended ---------------------------------------------


def test_an_undated_copy_never_hides_a_dated_rat_or_report_whatever_the_order() -> None:
    on = D(2024, 6, 30)
    d = compliant(on=on)
    assert isinstance(d.dokumen, tuple)
    for kind, code in (
        (DocumentKind.RAT, "TKPK53-DOC-004"),
        (DocumentKind.LAPORAN_PELAKSANAAN, "TKPK53-DOC-005"),
    ):
        dated = next(x for x in d.dokumen if x.jenis is kind and x.tahun == 2023)
        copy = attrs.evolve(dated, ditetapkan=NOT_RECORDED)
        for docs in ((copy, *d.dokumen), (*d.dokumen, copy)):
            (f,) = [
                f
                for f in check(attrs.evolve(d, dokumen=docs), on=on).by_code(code)
                if f.year == 2023
            ]
            assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok"), (code, docs.index(copy))
            assert docs[int(f.path[len("dokumen[") : -1])] is not copy


def test_a_draft_agenda_beside_an_undated_one_is_an_agenda_there() -> None:
    on = D(2024, 12, 31)
    d = compliant(on=on)
    assert isinstance(d.agenda_kerja, tuple)
    mine = next(a for a in d.agenda_kerja if a.tahun == 2024)
    others = tuple(a for a in d.agenda_kerja if a.tahun != 2024)
    both = (
        *others,
        attrs.evolve(mine, ditetapkan=NOT_RECORDED),
        attrs.evolve(mine, ditetapkan=None),
    )
    (f,) = [
        f
        for f in check(attrs.evolve(d, agenda_kerja=both), on=on).by_code("TKPK53-AGD-001")
        if f.year == 2024
    ]
    assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok_draft")


def test_a_dated_rat_is_there_whether_or_not_its_undated_rpkd_was() -> None:
    """Compliant in every reading, only the advice differing: compliant."""
    on = D(2025, 11, 1)
    d = compliant(on=on)
    assert isinstance(d.dokumen, tuple)
    docs = tuple(
        attrs.evolve(x, ditetapkan=NOT_RECORDED)
        if x.jenis is DocumentKind.RPKD and x.periode == YearRange(mulai=2021, selesai=2025)
        else x
        for x in d.dokumen
    )
    found = [
        f
        for f in check(attrs.evolve(d, dokumen=docs), on=on).by_code("TKPK53-DOC-004")
        if f.year in (2024, 2025)
    ]
    assert found and all(f.outcome is Outcome.COMPLIANT for f in found)


def test_an_agenda_beside_a_draft_rpkd_does_not_call_it_in_force() -> None:
    on = D(2024, 12, 31)
    d = compliant(on=on)
    assert isinstance(d.agenda_kerja, tuple) and isinstance(d.dokumen, tuple)
    agendas = [
        attrs.evolve(
            a,
            kegiatan=tuple(
                k for k in a.kegiatan if k.kegiatan is not AgendaItemKind.PENYUSUNAN_RPKD
            ),  # type: ignore[union-attr]
        )
        if a.tahun == 2024
        else a
        for a in d.agenda_kerja
    ]
    docs = tuple(
        attrs.evolve(x, status=DocumentStatus.DRAF, ditetapkan=None)
        if x.jenis is DocumentKind.RPKD
        else x
        for x in d.dokumen
    )
    weak = attrs.evolve(d, agenda_kerja=tuple(agendas), dokumen=docs)
    (f,) = [f for f in check(weak, on=on).by_code("TKPK53-AGD-002") if f.year == 2024]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "rpkd_draft_only")
    assert "only as a draft" in f.message("en") and "baru berupa draf" in f.message("id")
