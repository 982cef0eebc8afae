"""Compliances an uncertain fact cannot support (2026-12-03, seventh session), mended.

A fact recorded with ``kepastian: belum_pasti`` ("probably the planning head is the
secretary", a meeting known from a news item that may not have been the team's) could
already never carry a violation on its own.  It carried compliances: a meeting recorded
as uncertain counted as held (and the finding did not even name it), and "the secretary
is the planning head" stood on an uncertain secretary.  Now such a compliance is
*undetermined*, naming the fact.  An inferred fact (``disimpulkan``) is the record's
claim and keeps the compliance, named in ``kepastian``.

The property: a compliance found with a fact marked uncertain holds both with the fact
as recorded and without it (a meeting that did not happen, a document not there, an
official not recorded).
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
    Certainty,
    Dossier,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Team,
    Topic,
)
from tkpk_rules.report import Outcome, Report
from tkpk_rules.testing import dossiers
from tkpk_rules.testing.records import compliant

D = dt.date
ON = D(2025, 11, 1)
#: The team's officials, who carry a certainty.  (Its forming decree does too; an
#: uncertain decree makes the findings about the decree undetermined, but the team's
#: existence on a date is still read from the decree's recorded date: a gap left open.)
OFFICIALS = ("ketua", "sekretaris", "wakil_ketua", "penanggung_jawab")


def _meetings(d: Dossier) -> list[Meeting]:
    assert isinstance(d.rapat_koordinasi, tuple)
    return list(d.rapat_koordinasi)


def _meetings_marked(d: Dossier, year: int, count: int, level: Certainty) -> Dossier:
    ms = _meetings(d)
    of_year = [i for i, m in enumerate(ms) if getattr(m.tanggal, "year", None) == year]
    for i in of_year[:count]:
        ms[i] = attrs.evolve(ms[i], kepastian=level)
    return attrs.evolve(d, rapat_koordinasi=tuple(ms))


def _one(report: Report, code: str, year: int | None = None) -> object:
    found = [f for f in report.by_code(code) if f.year == year]
    assert len(found) == 1, found
    return found[0]


def test_uncertain_meetings_are_not_counted_as_held() -> None:
    d = compliant()  # three coordination meetings held in 2024, the minimum
    f = _one(
        check(_meetings_marked(d, 2024, 1, Certainty.BELUM_PASTI), on=ON), "TKPK53-MTG-001", 2024
    )
    assert f.outcome is Outcome.UNDETERMINED  # type: ignore[attr-defined]
    assert f.variant == "status_unknown"  # type: ignore[attr-defined]
    assert f.missing == ("rapat_koordinasi[tanggal=2024-03-10].status",)  # type: ignore[attr-defined]
    assert "2 meetings held" in f.message("en")  # type: ignore[attr-defined]
    # Inferred meetings are the record's claim: they count.
    g = _one(
        check(_meetings_marked(d, 2024, 3, Certainty.DISIMPULKAN), on=ON), "TKPK53-MTG-001", 2024
    )
    assert g.outcome is Outcome.COMPLIANT  # type: ignore[attr-defined]
    # A fourth, certain meeting settles it again, whatever the uncertain one was.
    extra = Meeting(
        tanggal=D(2024, 11, 5),
        jenis=MeetingKind.RAPAT_KOORDINASI,
        status=MeetingStatus.TERLAKSANA,
        pembahasan=(Topic.RAT,),
    )
    more = attrs.evolve(d, rapat_koordinasi=(*_meetings(d), extra))
    h = _one(
        check(_meetings_marked(more, 2024, 1, Certainty.BELUM_PASTI), on=ON), "TKPK53-MTG-001", 2024
    )
    assert h.outcome is Outcome.COMPLIANT  # type: ignore[attr-defined]
    # And none held for sure, none held at all: neither way a violation.
    weak = check(_meetings_marked(d, 2024, 3, Certainty.BELUM_PASTI), on=ON)
    for code in ("TKPK53-MTG-001", "TKPK53-MTG-002"):
        assert _one(weak, code, 2024).outcome is Outcome.UNDETERMINED, code  # type: ignore[attr-defined]


def test_an_uncertain_meeting_on_the_rpkd_does_not_settle_mtg003() -> None:
    d = compliant()
    ms = _meetings(d)
    on_rpkd = [i for i, m in enumerate(ms) if Topic.RPKD in (m.pembahasan or ())]  # type: ignore[operator]
    assert on_rpkd
    (was,) = check(d, on=ON).by_code("TKPK53-MTG-003")
    assert was.outcome is Outcome.COMPLIANT
    for i in on_rpkd:
        ms[i] = attrs.evolve(ms[i], kepastian=Certainty.BELUM_PASTI)
    (f,) = check(attrs.evolve(d, rapat_koordinasi=tuple(ms)), on=ON).by_code("TKPK53-MTG-003")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "status_unknown")
    assert f.missing and all(m.endswith(".status") for m in f.missing)


def test_an_uncertain_secretary_does_not_settle_ldr002() -> None:
    d = compliant()
    assert isinstance(d.tim, Team) and d.tim.sekretaris is not None
    for level, expected in (
        (Certainty.BELUM_PASTI, Outcome.UNDETERMINED),
        (Certainty.DISIMPULKAN, Outcome.COMPLIANT),
    ):
        marked = attrs.evolve(
            d,
            tim=attrs.evolve(d.tim, sekretaris=attrs.evolve(d.tim.sekretaris, kepastian=level)),  # type: ignore[arg-type]
        )
        (f,) = check(marked, on=ON).by_code("TKPK53-LDR-002")
        assert f.outcome is expected, level
        assert f.certainty == (("tim.sekretaris", level.value),)
        if expected is Outcome.UNDETERMINED:
            assert f.missing == ("tim.sekretaris",)
            assert f.facts_dict()["kepatuhan_tidak_didukung"] == "uncertain_fact"
            assert "recorded as uncertain" in f.message("en")
            assert "dicatat belum pasti" in f.message("id")
            assert "The finding if it is true: " in f.message("en")


# ------------------------------------------------------------------------ the property


def _settled(report: Report) -> set[tuple[str, int | None]]:
    out: dict[tuple[str, int | None], bool] = {}
    for f in report.findings:
        key = (f.code, f.year)
        out[key] = out.get(key, True) and f.outcome is Outcome.COMPLIANT
    return {k for k, ok in out.items() if ok}


#: (description, dossier with the fact marked uncertain, dossier without the fact)
Weakening = tuple[str, Dossier, Dossier]


def _weakenings(d: Dossier) -> Iterator[Weakening]:
    if isinstance(d.rapat_koordinasi, tuple):
        ms = list(d.rapat_koordinasi)
        for i, m in enumerate(ms):
            marked = [*ms[:i], attrs.evolve(m, kepastian=Certainty.BELUM_PASTI), *ms[i + 1 :]]
            yield (
                f"rapat_koordinasi[{i}]",
                attrs.evolve(d, rapat_koordinasi=tuple(marked)),
                attrs.evolve(d, rapat_koordinasi=(*ms[:i], *ms[i + 1 :])),
            )
    if isinstance(d.dokumen, tuple):
        docs = list(d.dokumen)
        for i, doc in enumerate(docs):
            marked_docs = [
                *docs[:i],
                attrs.evolve(doc, kepastian=Certainty.BELUM_PASTI),
                *docs[i + 1 :],
            ]
            yield (
                f"dokumen[{i}]",
                attrs.evolve(d, dokumen=tuple(marked_docs)),
                attrs.evolve(d, dokumen=(*docs[:i], *docs[i + 1 :])),
            )
    if isinstance(d.tim, Team):
        for name in OFFICIALS:
            fact = getattr(d.tim, name)
            if attrs.has(type(fact)) and hasattr(fact, "kepastian"):
                yield (
                    f"tim.{name}",
                    attrs.evolve(
                        d,
                        tim=attrs.evolve(
                            d.tim, **{name: attrs.evolve(fact, kepastian=Certainty.BELUM_PASTI)}
                        ),
                    ),
                    attrs.evolve(d, tim=attrs.evolve(d.tim, **{name: NOT_RECORDED})),
                )


def _check_weakening(d: Dossier, case: Weakening, on: dt.date) -> None:
    where, marked, without = case
    either = _settled(check(d, on=on)) & _settled(check(without, on=on))
    gained = _settled(check(marked, on=on)) - either
    assert not gained, (where, on, sorted(gained, key=str))


def test_every_fact_of_the_examples_and_the_compliant_record() -> None:
    records = [
        (load_example("kabupaten-banyumas"), [D(2023, 12, 31), D(2025, 12, 31)]),
        (load_example("provinsi-kalimantan-timur"), [D(2024, 12, 31)]),
        (compliant(), [D(2022, 12, 31), ON]),
    ]
    for d, days in records:
        for case in _weakenings(d):
            for on in days:
                _check_weakening(d, case, on)


@settings(max_examples=ci_examples(20, 40))
@given(
    st.sampled_from([D(2021, 12, 31), D(2023, 6, 30), D(2024, 12, 31), D(2025, 3, 1)]).flatmap(
        lambda on: st.tuples(st.just(on), dossiers(compliant=True, on=on))
    ),
    st.data(),
)
def test_a_compliance_with_a_fact_marked_uncertain_holds_without_it(
    case: tuple[dt.date, Dossier], data: st.DataObject
) -> None:
    on, d = case
    cases = list(_weakenings(d))
    if cases:
        _check_weakening(d, data.draw(st.sampled_from(cases)), on)


def test_a_certain_rat_beside_an_uncertain_one_settles_the_year() -> None:
    """Two RATs for 2024, the first listed recorded as uncertain: the finding names the
    certain one and stays a compliance."""
    d = compliant()
    assert isinstance(d.dokumen, tuple)
    docs = list(d.dokumen)
    i = next(k for k, x in enumerate(docs) if x.jenis.value == "rat" and x.tahun == 2024)
    unsure = attrs.evolve(docs[i], kepastian=Certainty.BELUM_PASTI)
    twice = attrs.evolve(d, dokumen=(unsure, *docs))
    (f,) = [f for f in check(twice, on=ON).by_code("TKPK53-DOC-004") if f.year == 2024]
    assert f.outcome is Outcome.COMPLIANT and f.path == f"dokumen[{i + 1}]"
    alone = attrs.evolve(d, dokumen=(*docs[:i], unsure, *docs[i + 1 :]))
    (g,) = [f for f in check(alone, on=ON).by_code("TKPK53-DOC-004") if f.year == 2024]
    assert g.outcome is Outcome.UNDETERMINED and g.missing[0] == f"dokumen[{i}]"


def test_an_uncertain_rpjmd_adopted_later_does_not_settle_doc008() -> None:
    """DOC-008 takes an RPJMD of the same period adopted after the date judged to show the
    RPKD's period is the RPJMD's; one recorded as uncertain may not exist at all."""
    d = compliant()
    assert isinstance(d.dokumen, tuple)
    on = D(2025, 11, 12)  # the 2026-2030 RPKD adopted on 10 November, its RPJMD on the 15th
    i = next(
        k
        for k, x in enumerate(d.dokumen)
        if x.jenis.value == "rpjmd" and x.ditetapkan == D(2025, 11, 15)
    )
    sure = [f for f in check(d, on=on).by_code("TKPK53-DOC-008") if "2026" in f.message("en")]
    assert [f.outcome for f in sure] == [Outcome.COMPLIANT]
    docs = list(d.dokumen)
    docs[i] = attrs.evolve(docs[i], kepastian=Certainty.BELUM_PASTI)
    found = check(attrs.evolve(d, dokumen=tuple(docs)), on=on).by_code("TKPK53-DOC-008")
    assert Outcome.COMPLIANT not in {f.outcome for f in found if "2026" in f.message("en")}
    (open_,) = [f for f in found if f.variant == "docs_uncertain"]
    assert open_.missing == (f"dokumen[{i}]",)
