"""The corpus of partial records: each is judged as a careful reader would judge it.

Every ``tests/records/NAME.yaml`` is a record written the way real ones are (from
decrees seen by number, news items, slides) and ``NAME.expect.yaml`` says what a
careful reader draws from it:

``dinilai``
    the date judged (and ``handover`` when the record gives one);
``harapan``
    per rule code (``kode``), the outcome every finding of that code must have
    (``hasil``: one outcome or a list), optionally only for one ``tahun``, and
    optionally text every such finding's message must contain (``pesan_memuat``,
    in either language); at least one such finding must exist;
``terlarang``
    per rule code (or ``"*"`` for every rule), outcomes no finding may have;
``masalah``
    for a record the loader must refuse: the paths of the problems expected.

An expectation that today's judgment does not meet yet carries ``menunggu``: the
key of the work it waits for (:data:`WAITING`).  Such a case is an ``xfail`` with
``strict=True``: the suite stays green, and the day the work lands the case
passes, the xfail turns into a failure, and the ``menunggu`` line must go.  A
record that waits to *load* says so at the top level, and every case of it waits
with it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

yaml = pytest.importorskip("yaml")

from tkpk_rules import check  # noqa: E402
from tkpk_rules.errors import DocumentError  # noqa: E402
from tkpk_rules.io import load_file  # noqa: E402
from tkpk_rules.model import NOT_RECORDED, Dossier  # noqa: E402
from tkpk_rules.report.finding import Report  # noqa: E402

RECORDS = Path(__file__).parent / "records"

#: What an expectation may wait for, and why it fails today.
WAITING: dict[str, str] = {
    "judging": (
        "issue 12, judging half: coverage, partial lists, certainty, drafts and unknown "
        "meeting kinds are recorded but not yet weighed by the rules"
    ),
}

OUTCOMES = frozenset({"violation", "undetermined", "compliant", "not_applicable"})


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _as_set(value: object) -> frozenset[str]:
    values = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    unknown = set(values) - OUTCOMES
    assert not unknown, f"not an outcome: {sorted(unknown)}"
    return frozenset(values)


def _cases() -> list[Any]:
    cases: list[Any] = []
    for expect_path in sorted(RECORDS.glob("*.expect.yaml")):
        name = expect_path.name.removesuffix(".expect.yaml")
        spec = _read(expect_path)
        record_wait = spec.get("menunggu")
        items: list[tuple[str, dict[str, Any]]] = []
        if "masalah" in spec:
            items.append(("masalah", {"masalah": {"paths": spec["masalah"]}}))
        for kind in ("harapan", "terlarang"):
            for entry in spec.get(kind, ()):
                label = f"{kind}:{entry['kode']}"
                label += f":{entry['tahun']}" if "tahun" in entry else ""
                label += f":{entry['pesan_memuat']!r}" if "pesan_memuat" in entry else ""
                items.append((label, {kind: entry}))
        for label, item in items:
            waits = record_wait or next(iter(item.values())).get("menunggu")
            marks = []
            if waits is not None:
                assert waits in WAITING, f"{expect_path.name}: unknown menunggu {waits!r}"
                marks.append(pytest.mark.xfail(strict=True, reason=WAITING[waits]))
            cases.append(pytest.param(name, spec, item, id=f"{name}-{label}", marks=marks))
    return cases


CASES = _cases()

_JUDGED: dict[str, Report | DocumentError] = {}


def _judge(name: str, spec: dict[str, Any]) -> Report | DocumentError:
    """The report on record ``name`` (judged once per session), or why it did not load."""
    if name not in _JUDGED:
        try:
            dossier: Dossier = load_file(RECORDS / f"{name}.yaml")
        except DocumentError as exc:
            _JUDGED[name] = exc
        else:
            on = spec["dinilai"]
            assert isinstance(on, dt.date)
            handover = spec.get("handover")
            _JUDGED[name] = check(dossier, on=on, handover=handover)
    return _JUDGED[name]


def _findings(report: Report, entry: dict[str, Any]) -> list[Any]:
    code, year = entry["kode"], entry.get("tahun")
    return [
        f
        for f in report.findings
        if (code == "*" or f.code == code) and (year is None or f.year == year)
    ]


def _shown(findings: list[Any]) -> str:
    return "; ".join(f"{f.code} {f.year or ''} {f.outcome.value} at {f.path}" for f in findings)


def test_the_corpus_is_large_enough() -> None:
    records = sorted(RECORDS.glob("*.yaml"))
    expectations = [p for p in records if p.name.endswith(".expect.yaml")]
    assert len(expectations) >= 12
    assert len(records) == 2 * len(expectations), "every record has its .expect.yaml"


@pytest.mark.parametrize(("name", "spec", "item"), CASES)
def test_record(name: str, spec: dict[str, Any], item: dict[str, Any]) -> None:
    result = _judge(name, spec)
    if "masalah" in item:
        assert isinstance(result, DocumentError), f"{name} should be refused"
        paths = {p.path for p in result.problems}
        assert set(item["masalah"]["paths"]) <= paths, paths
        return
    if isinstance(result, DocumentError):
        pytest.fail(f"{name} does not load: {result}")
    if "harapan" in item:
        entry = item["harapan"]
        allowed = _as_set(entry["hasil"])
        found = _findings(result, entry)
        assert found, f"no finding of {entry['kode']} in {name}"
        wrong = [f for f in found if f.outcome.value not in allowed]
        assert not wrong, f"expected {sorted(allowed)}: {_shown(wrong)}"
        text = entry.get("pesan_memuat")
        if text is not None:
            silent = [f for f in found if text not in f.message_id and text not in f.message_en]
            assert not silent, f"no {text!r} in: {_shown(silent)}"
    else:
        entry = item["terlarang"]
        banned = _as_set(entry["hasil"])
        wrong = [f for f in _findings(result, entry) if f.outcome.value in banned]
        assert not wrong, f"forbidden {sorted(banned)}: {_shown(wrong)}"


#: Facts the format records but no rule of the brief judges: removing them changes nothing.
RECORDED_ONLY = ("instrumen_terkait", "tim_bawahan", "pelaksana_ketua", "dibuka_oleh", "tempat")


def _without(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_without(v) for v in value)
    if not attrs.has(type(value)):
        return value
    changes = {}
    for field in attrs.fields(type(value)):
        old = getattr(value, field.name)
        changes[field.name] = NOT_RECORDED if field.name in RECORDED_ONLY else _without(old)
    return attrs.evolve(value, **changes)


def _loadable() -> list[str]:
    names = []
    for path in sorted(RECORDS.glob("*.expect.yaml")):
        spec = _read(path)
        if "masalah" not in spec and "menunggu" not in spec:
            names.append(path.name.removesuffix(".expect.yaml"))
    return names


@pytest.mark.parametrize("name", _loadable())
def test_recorded_only_facts_change_no_judgment(name: str) -> None:
    spec = _read(RECORDS / f"{name}.expect.yaml")
    dossier = load_file(RECORDS / f"{name}.yaml")
    bare = _without(dossier)
    on, handover = spec["dinilai"], spec.get("handover")

    def outcomes(d: Dossier) -> list[tuple[str, int | None, str, str]]:
        report = check(d, on=on, handover=handover)
        return [(f.code, f.year, f.path, f.outcome.value) for f in report.findings]

    assert outcomes(bare) == outcomes(dossier)


# -- a partial record never supports more violations than a complete one -----------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from _profiles import ci_examples  # noqa: E402
from tkpk_rules.io import reference_problems  # noqa: E402
from tkpk_rules.model import Coverage  # noqa: E402
from tkpk_rules.testing import dossiers  # noqa: E402

#: Lists at the top of a document that a record may know to be incomplete.
TOP_LISTS = (
    "rapat_koordinasi",
    "tim.anggota",
    "riwayat_tim",
    "kekosongan_jabatan",
    "agenda_kerja",
    "dokumen",
    "sekretariat.anggota",
    "tim.kelompok_kerja",
)


def _violations(d: Dossier, on: dt.date) -> set[tuple[str, int | None]]:
    return {(f.code, f.year) for f in check(d, on=on).findings if f.outcome.value == "violation"}


@settings(max_examples=ci_examples(40, 10), deadline=None)
@given(st.data())
def test_marking_lists_partial_or_narrowing_coverage_never_adds_a_violation(
    data: st.DataObject,
) -> None:
    on = data.draw(st.dates(dt.date(2021, 1, 1), dt.date(2027, 12, 31)), label="on")
    complete = data.draw(dossiers(on=on), label="dossier")
    partial = data.draw(st.lists(st.sampled_from(TOP_LISTS), unique=True), label="sebagian")
    ends = sorted(data.draw(st.lists(st.dates(dt.date(2015, 1, 1), on), min_size=2, max_size=2)))
    start = data.draw(st.sampled_from([NOT_RECORDED, ends[0]]), label="mulai")
    end = data.draw(st.sampled_from([NOT_RECORDED, ends[1]]), label="selesai")
    coverage = Coverage(mulai=start, selesai=end, sebagian=tuple(partial))
    marked = attrs.evolve(complete, cakupan=coverage)
    assert reference_problems(marked, strict=True) == []  # a well-formed coverage
    # Facts made uncertain, too: a violation never rests on them alone.
    unsure = data.draw(st.lists(st.sampled_from(_UNSURE_FIELDS), unique=True), label="unsure")
    if isinstance(marked.tim, Team):
        changes = {}
        for name in unsure:
            fact = getattr(marked.tim, name)
            if attrs.has(type(fact)) and hasattr(fact, "kepastian"):
                changes[name] = attrs.evolve(fact, kepastian=Certainty.BELUM_PASTI)
        marked = attrs.evolve(marked, tim=attrs.evolve(marked.tim, **changes))
    assert _violations(marked, on) <= _violations(complete, on)


def test_the_property_bites() -> None:
    """The mechanisms the property checks do remove violations (it is not vacuous)."""
    d = _two_meetings_2025()
    on = dt.date(2026, 3, 1)
    before = _violations(d, on)
    assert ("TKPK53-MTG-001", 2025) in before
    marked = attrs.evolve(d, cakupan=Coverage(sebagian=("rapat_koordinasi",)))
    assert ("TKPK53-MTG-001", 2025) not in _violations(marked, on)
    narrowed = attrs.evolve(d, cakupan=Coverage(mulai=dt.date(2025, 7, 1)))
    assert ("TKPK53-MTG-001", 2025) not in _violations(narrowed, on)


_UNSURE_FIELDS = ("ketua", "sekretaris", "wakil_ketua", "penanggung_jawab", "pembentukan")


# -- the mechanisms behind the property, each shown removing a violation -----------------

from tkpk_rules.model import (  # noqa: E402
    Certainty,
    DocumentKind,
    DocumentStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    NotRecorded,
    Team,
)
from tkpk_rules.testing.records import compliant  # noqa: E402

ON_2026 = dt.date(2026, 3, 1)


def _findings_of(d: Dossier, code: str, year: int | None = None) -> list[Any]:
    return [
        f
        for f in check(d, on=ON_2026).findings
        if f.code == code and (year is None or f.year == year)
    ]


def _two_meetings_2025() -> Dossier:
    d = compliant(on=ON_2026)
    assert isinstance(d.rapat_koordinasi, tuple)
    kept = [m for m in d.rapat_koordinasi if m.tanggal.year != 2025]
    kept += [
        Meeting(
            tanggal=dt.date(2025, month, 10),
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=MeetingStatus.TERLAKSANA,
        )
        for month in (8, 11)
    ]
    return attrs.evolve(d, rapat_koordinasi=tuple(kept))


def test_two_meetings_are_a_violation_only_for_a_complete_record_of_the_year() -> None:
    d = _two_meetings_2025()
    (full,) = _findings_of(d, "TKPK53-MTG-001", 2025)
    assert full.outcome.value == "violation"  # the mechanism has something to remove
    half_year = Coverage(mulai=dt.date(2025, 7, 1), selesai=dt.date(2025, 12, 31))
    partial = Coverage(sebagian=("rapat_koordinasi",))
    for coverage, named in ((half_year, "cakupan (2025)"), (partial, "rapat_koordinasi")):
        (f,) = _findings_of(attrs.evolve(d, cakupan=coverage), "TKPK53-MTG-001", 2025)
        assert f.outcome.value == "undetermined" and named in f.missing
        assert f.severity.value != "violation"
        assert "Jadwalkan" not in (f.action_id or "")  # not the rule's own advice


def test_a_third_meeting_of_unknown_kind_leaves_the_year_open() -> None:
    d = _two_meetings_2025()
    assert isinstance(d.rapat_koordinasi, tuple)
    for kind in (NOT_RECORDED, MeetingKind.FGD, MeetingKind.TIDAK_DIKETAHUI):
        third = Meeting(tanggal=dt.date(2025, 5, 5), jenis=kind, status=MeetingStatus.TERLAKSANA)
        e = attrs.evolve(d, rapat_koordinasi=(*d.rapat_koordinasi, third))
        (f,) = _findings_of(e, "TKPK53-MTG-001", 2025)
        assert f.outcome.value == "undetermined" and f.variant == "kind_unknown"
        assert "rapat_koordinasi[tanggal=2025-05-05].jenis" in f.missing
    technical = Meeting(
        tanggal=dt.date(2025, 5, 5), jenis=MeetingKind.RAPAT_TEKNIS, status=MeetingStatus.TERLAKSANA
    )
    e = attrs.evolve(d, rapat_koordinasi=(*d.rapat_koordinasi, technical))
    assert _findings_of(e, "TKPK53-MTG-001", 2025)[0].outcome.value == "violation"


def test_a_violation_never_rests_on_an_uncertain_fact_alone() -> None:
    d = _two_meetings_2025()
    found = {f.code for f in check(d, on=ON_2026).findings if f.outcome.value == "violation"}
    assert "TKPK53-MTG-001" in found
    assert isinstance(d.tim, Team)
    secretary = d.tim.sekretaris
    assert not isinstance(secretary, NotRecorded) and secretary is not None
    wrong = attrs.evolve(d.tim, sekretaris=attrs.evolve(secretary, jabatan=d.tim.ketua.jabatan))  # type: ignore[union-attr]
    broken = attrs.evolve(d, tim=wrong)
    violations = [
        f for f in _findings_of(broken, "TKPK53-LDR-002") if f.outcome.value == "violation"
    ]
    assert violations
    moved = wrong.sekretaris
    assert isinstance(moved, Member)
    unsure = attrs.evolve(
        broken,
        tim=attrs.evolve(wrong, sekretaris=attrs.evolve(moved, kepastian=Certainty.BELUM_PASTI)),
    )
    (f,) = _findings_of(unsure, "TKPK53-LDR-002")
    assert f.outcome.value == "undetermined" and "tim.sekretaris" in f.missing
    assert f.certainty == (("tim.sekretaris", "belum_pasti"),)
    assert f.to_dict()["kepastian"] == [{"jalur": "tim.sekretaris", "kepastian": "belum_pasti"}]
    inferred = attrs.evolve(
        broken,
        tim=attrs.evolve(wrong, sekretaris=attrs.evolve(moved, kepastian=Certainty.DISIMPULKAN)),
    )
    (g,) = _findings_of(inferred, "TKPK53-LDR-002")
    assert g.outcome.value == "violation" and g.certainty == (("tim.sekretaris", "disimpulkan"),)


def test_a_draft_rpkd_does_not_satisfy_doc_001() -> None:
    d = compliant(on=ON_2026)
    adopted = _findings_of(d, "TKPK53-DOC-001")
    assert adopted and all(f.outcome.value == "compliant" for f in adopted)
    assert isinstance(d.dokumen, tuple)
    drafts = tuple(
        attrs.evolve(doc, status=DocumentStatus.DRAF, ditetapkan=NOT_RECORDED)
        if doc.jenis is DocumentKind.RPKD
        else doc
        for doc in d.dokumen
    )
    found = _findings_of(attrs.evolve(d, dokumen=drafts), "TKPK53-DOC-001")
    assert found and all(f.outcome.value == "undetermined" for f in found)
    assert all(f.variant == "only_draft" for f in found)
