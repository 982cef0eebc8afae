"""Fast, deterministic checks of every rule, written to kill mutants of ``rules/``.

``scripts/mutation.sh`` runs these (with the ``test_rules_*`` files) against
each mutant of the rulebook.  The corpus below is built once, when the module
is imported, from the public strategies with a fixed seed: compliant and
violating dossiers for every rule on dates spread over the years the rule can
be broken, at every level it applies to.  Under mutmut the import happens once
in the parent process, so each mutant only pays for the judging.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tkpk_rules.engine import check
from tkpk_rules.model import (
    Dossier,
    Element,
    Level,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    Office,
    OfficeKind,
    Team,
    Topic,
)
from tkpk_rules.report import Finding, Outcome, Report
from tkpk_rules.rules import RULEBOOK, by_code
from tkpk_rules.testing import breakers, dossiers, violating
from tkpk_rules.testing._registry import finding_is_adverse

T = TypeVar("T")
CODES = [r.code for r in RULEBOOK]
AUTONOMOUS = (Level.PROVINSI, Level.KABUPATEN, Level.KOTA)


def _examples(strategy: st.SearchStrategy[T], n: int) -> list[T]:
    """``n`` examples of ``strategy``, the same ones on every run."""
    out: list[T] = []

    @settings(
        max_examples=n,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def grab(value: T) -> None:
        out.append(value)

    grab()
    return out[:n]


def _dates(code: str) -> list[dt.date]:
    b = breakers()[code]
    lo, hi = b.earliest, min(b.latest, dt.date(2031, 12, 31))
    span = (hi - lo).days
    picks = {lo, lo + dt.timedelta(days=span // 2), hi, dt.date(max(lo.year, 2012) + 1, 1, 1)}
    return sorted(d for d in picks if lo <= d <= hi)


def _corpus() -> list[tuple[str, str, dt.date, Level, Dossier]]:
    cases = []
    for code in CODES:
        levels = [lv for lv in AUTONOMOUS if lv in by_code(code).levels]
        for i, on in enumerate(_dates(code)):
            level = levels[i % len(levels)]
            for d in _examples(dossiers(compliant=True, on=on, levels=[level]), 1):
                cases.append(("compliant", code, on, level, d))
            for d in _examples(violating(code, on=on, level=level), 2):
                cases.append(("violating", code, on, level, d))
    return cases


CORPUS = _corpus()


def _passes(report: Report, code: str) -> bool:
    mine = report.by_code(code)
    return any(f.outcome is Outcome.COMPLIANT and not finding_is_adverse(f) for f in mine)


def _digest(report: Report) -> str:
    """A short hash of every finding's code, year, outcome, variant, path, missing and facts."""
    import hashlib
    import json

    rows = [
        [
            f.code,
            f.year,
            f.outcome.value,
            f.severity.value,
            f.variant,
            f.path,
            list(f.missing),
            [[k, list(v) if isinstance(v, tuple) else v] for k, v in f.facts],
        ]
        for f in report.findings
    ]
    text = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# What the rulebook says of each corpus and sweep dossier (``CLEAN``, at the end of the
# module) is computed when this module is imported.  In a normal run the test below is
# trivially true; under ``scripts/mutation.sh`` the import happens in mutmut's parent
# process, on the unmutated rulebook, so this is the oracle every mutant is compared with.
# Whether the corpus breaks the right rules is checked by tests/test_invariants.py.
def _whole(report: Report) -> str:
    """A hash of the whole JSON of every finding: messages and citations included."""
    import hashlib
    import json

    text = json.dumps([f.to_dict() for f in report.findings], sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _oracle_cases() -> list[tuple[str, dt.date, Dossier]]:
    cases = [(f"{kind} {code}", on, d) for kind, code, on, _, d in CORPUS]
    cases += [(name, on, d) for name, (on, d) in _sweep_cases().items()]
    from rules_fixtures import compliant
    from tkpk_rules.model import NOT_RECORDED, Issuer, Official, Vacancy
    from tkpk_rules.testing.breakers import edit_team

    for level in AUTONOMOUS:
        d = compliant(level, ON)
        deputy = {
            Level.PROVINSI: OfficeKind.WAKIL_GUBERNUR,
            Level.KABUPATEN: OfficeKind.WAKIL_BUPATI,
            Level.KOTA: OfficeKind.WAKIL_WALI_KOTA,
        }[level]
        vacant = attrs.evolve(
            d,
            kekosongan_jabatan=(
                Vacancy(
                    jabatan=deputy,
                    mulai=dt.date(2024, 1, 1),
                    selesai=None,
                    pengisi=Official(jabatan=Office(jenis=OfficeKind.SEKRETARIS_DAERAH)),
                ),
            ),
        )
        sec = d.sekretariat
        assert not isinstance(sec, (type(None), type(NOT_RECORDED)))
        inst = sec.pembentukan
        assert not isinstance(inst, type(NOT_RECORDED))
        extra = {
            "vacant/no-chair": edit_team(vacant, ON, ketua=None),
            "vacant/sekda-chair": edit_team(
                vacant, ON, ketua=_member(OfficeKind.SEKRETARIS_DAERAH)
            ),
            "vacant/nokind-chair": edit_team(vacant, ON, ketua=Member(nama="X")),
            "no-chair": attrs.evolve(edit_team(d, ON, ketua=None), kekosongan_jabatan=()),
            "sec-wrong-issuer": attrs.evolve(
                d,
                sekretariat=attrs.evolve(
                    sec, pembentukan=attrs.evolve(inst, penerbit=Issuer.LAINNYA)
                ),
            ),
            "sec-issuer-nr": attrs.evolve(
                d,
                sekretariat=attrs.evolve(
                    sec, pembentukan=attrs.evolve(inst, penerbit=NOT_RECORDED)
                ),
            ),
            "sec-seat-elsewhere": attrs.evolve(
                d, sekretariat=attrs.evolve(sec, kedudukan="Dinsos")
            ),
            "sec-seat-nr": attrs.evolve(d, sekretariat=attrs.evolve(sec, kedudukan=NOT_RECORDED)),
        }
        agendas = d.agenda_kerja
        docs = d.dokumen
        assert isinstance(agendas, tuple) and isinstance(docs, tuple)
        last = ON.year - 1
        reports = [x for x in docs if x.tahun == last and x.jenis.value == "laporan_pelaksanaan"]
        newer = attrs.evolve(
            _team(d),
            ketua=None,
            pembentukan=attrs.evolve(inst, tanggal=dt.date(2024, 6, 1)),
        )
        extra.update(
            {
                "agenda-items-nr": attrs.evolve(
                    d,
                    agenda_kerja=tuple(
                        attrs.evolve(a, kegiatan=NOT_RECORDED) if a.tahun == last else a
                        for a in agendas
                    ),
                ),
                "agenda-no-rpkd": attrs.evolve(
                    d,
                    agenda_kerja=tuple(
                        attrs.evolve(a, kegiatan=a.kegiatan[1:]) if a.tahun == last else a  # type: ignore[index]
                        for a in agendas
                    ),
                ),
                "history-newer": attrs.evolve(d, riwayat_tim=(newer,)),
                "history-nr-tim-none": attrs.evolve(d, tim=None, riwayat_tim=NOT_RECORDED),
                "two-reports": attrs.evolve(
                    d,
                    dokumen=(
                        *docs,
                        *(attrs.evolve(x, ditetapkan=dt.date(ON.year, 1, 2)) for x in reports),
                        *(attrs.evolve(x, ditetapkan=NOT_RECORDED) for x in reports),
                    ),
                ),
                "report-date-nr": attrs.evolve(
                    d,
                    dokumen=tuple(
                        attrs.evolve(x, ditetapkan=NOT_RECORDED) if x in reports else x
                        for x in docs
                    ),
                ),
            }
        )
        for name, changed in extra.items():
            for on in (ON, dt.date(2025, 2, 1), dt.date(2020, 6, 1), dt.date(2021, 3, 1)):
                cases.append((f"{level.value}/{name}/{on}", on, changed))
    return cases


def test_corpus_reports_match_the_unmutated_rulebook() -> None:
    changed = [
        (name, on.isoformat())
        for (name, on, d), clean in zip(ORACLE, CLEAN, strict=True)
        if _whole(check(d, on=on)) != clean
    ]
    assert not changed


def test_corpus_shows_every_rule_passing() -> None:
    """Under a mutant, a rule that never passes any more is caught here."""
    passing = {
        code
        for kind, code, on, _, d in CORPUS
        if kind == "compliant" and _passes(check(d, on=on), code)
    }
    assert passing == set(CODES)


# -- details the corpus does not pin down --------------------------------------------------

ON = dt.date(2024, 11, 1)


def _base(level: Level = Level.KABUPATEN, on: dt.date = ON) -> Dossier:
    return _examples(dossiers(compliant=True, on=on, levels=[level]), 1)[0]


BASE = {lv: _base(lv) for lv in AUTONOMOUS}


def _one(report: Report, code: str, year: int | None = None) -> Finding:
    found = [f for f in report.by_code(code) if year is None or f.year == year]
    assert len(found) == 1, found
    return found[0]


def _team(d: Dossier) -> Team:
    assert isinstance(d.tim, Team)
    return d.tim


def _with_team(d: Dossier, **changes: object) -> Dossier:
    return attrs.evolve(d, tim=attrs.evolve(_team(d), **changes))


def _member(kind: OfficeKind, **office: object) -> Member:
    return Member(jabatan=Office(jenis=kind, **office), unsur=Element.PEMERINTAH_DAERAH)  # type: ignore[arg-type]


def test_meeting_counts_are_reported_exactly() -> None:
    d = BASE[Level.KABUPATEN]
    year = ON.year - 1
    ms = tuple(
        Meeting(
            tanggal=dt.date(year, month, 10),
            jenis=MeetingKind.RAPAT_KOORDINASI,
            status=status,
            pembahasan=(Topic.RAT, Topic.LAPORAN_PELAKSANAAN, Topic.RPKD),
        )
        for month, status in (
            (2, MeetingStatus.TERLAKSANA),
            (5, MeetingStatus.TERLAKSANA),
            (8, MeetingStatus.DIBATALKAN),
            (11, MeetingStatus.DIJADWALKAN),
        )
    )
    others = tuple(m for m in d.rapat_koordinasi if m.tanggal.year != year)  # type: ignore[union-attr]
    f = _one(check(attrs.evolve(d, rapat_koordinasi=(*others, *ms)), on=ON), "TKPK53-MTG-001", year)
    facts = dict(f.facts)
    assert f.outcome is Outcome.UNDETERMINED and f.variant == "status_unknown"
    assert facts["minimum"] == 3
    assert facts["terlaksana"] == (f"{year}-02-10", f"{year}-05-10")
    assert facts["dibatalkan"] == (f"{year}-08-10",)
    assert facts["status_tidak_diketahui"] == (f"{year}-11-10",)
    assert facts["tanpa_jenis"] == 0 and facts["jenis_belum_pasti"] == ()


def test_meeting_on_the_day_judged() -> None:
    d = BASE[Level.KOTA]
    on = dt.date(ON.year, 6, 30)
    held = tuple(
        Meeting(tanggal=on, jenis=MeetingKind.RAPAT_KOORDINASI, status=s, pembahasan=(Topic.RAT,))
        for s in (MeetingStatus.TERLAKSANA, MeetingStatus.DIJADWALKAN, MeetingStatus.TERLAKSANA)
    )
    r = check(attrs.evolve(d, rapat_koordinasi=held), on=on)
    facts = dict(_one(r, "TKPK53-MTG-001", on.year).facts)
    assert len(facts["terlaksana"]) == 2 and len(facts["dijadwalkan"]) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize("level", AUTONOMOUS)
def test_chair_facts_name_the_expected_office(level: Level) -> None:
    d = _with_team(BASE[level], ketua=_member(OfficeKind.KEPALA_PERANGKAT_DAERAH))
    d = attrs.evolve(d, kekosongan_jabatan=())
    f = _one(check(d, on=ON), "TKPK53-LDR-001")
    from tkpk_rules.judge import DEPUTY_HEAD

    assert f.variant == "not_deputy" and f.path == "tim.ketua"
    assert dict(f.facts)["diharapkan"] == DEPUTY_HEAD[level].value
    assert dict(f.facts)["jabatan_ketua"] == "kepala_perangkat_daerah"


def test_an_ended_vacancy_no_longer_excuses_the_chair() -> None:
    from tkpk_rules.model import Vacancy

    d = BASE[Level.PROVINSI]
    vac = Vacancy(
        jabatan=OfficeKind.WAKIL_GUBERNUR,
        mulai=dt.date(2023, 1, 1),
        selesai=ON - dt.timedelta(days=1),
    )
    d = attrs.evolve(
        _with_team(d, ketua=_member(OfficeKind.SEKRETARIS_DAERAH)), kekosongan_jabatan=(vac,)
    )
    f = _one(check(d, on=ON), "TKPK53-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "vacancy_ended")
    assert dict(f.facts)["kekosongan_selesai"] == (ON - dt.timedelta(days=1)).isoformat()
    still = attrs.evolve(d, kekosongan_jabatan=(attrs.evolve(vac, selesai=ON),))
    assert _one(check(still, on=ON), "TKPK53-LDR-001").variant == "vacant"


def test_elements_are_counted_per_element() -> None:
    d = BASE[Level.KABUPATEN]
    team = Team(
        anggota=(
            _member(OfficeKind.KEPALA_PERANGKAT_DAERAH),
            Member(unsur=Element.MASYARAKAT),
            Member(unsur=Element.MASYARAKAT),
        ),
        kelompok_kerja=(),
        pembentukan=_team(d).pembentukan,
    )
    f = _one(check(attrs.evolve(d, tim=team), on=ON), "TKPK53-MEM-001")
    facts = dict(f.facts)
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "missing_elements")
    assert facts["anggota_per_unsur"] == (
        "pemerintah_daerah: 1",
        "masyarakat: 2",
        "dunia_usaha: 0",
        "pemangku_kepentingan_lainnya: 0",
    )
    assert facts["unsur_tidak_ada"] == ("dunia_usaha", "pemangku_kepentingan_lainnya")
    assert facts["klasifikasi_bawaan"] == (
        "jabatan=kepala_perangkat_daerah -> pemerintah_daerah (1)",
    ) or (facts["klasifikasi_bawaan"] == ())


def test_rpkd_length_is_reported() -> None:
    d = BASE[Level.KOTA]
    r = check(d, on=ON)
    for f in r.by_code("TKPK53-DOC-002"):
        if f.outcome is Outcome.COMPLIANT:
            facts = dict(f.facts)
            assert facts["diharapkan"] == 5 and facts["tahun"] == 5
            start, end = (int(x) for x in str(facts["periode"]).split("-"))
            assert end - start + 1 == 5


def test_report_timing_boundary_is_the_end_of_the_following_year() -> None:
    from tkpk_rules.model import DocumentKind

    d = BASE[Level.KABUPATEN]
    year = ON.year - 2
    for day, variant in ((dt.date(year + 1, 12, 31), "on_time"), (dt.date(year + 2, 1, 1), "late")):

        def change(doc: object, day: dt.date = day) -> object:
            if doc.jenis is DocumentKind.LAPORAN_PELAKSANAAN and doc.tahun == year:  # type: ignore[attr-defined]
                return attrs.evolve(doc, ditetapkan=day)
            return doc

        changed = attrs.evolve(d, dokumen=tuple(map(change, d.dokumen)))  # type: ignore[arg-type]
        f = _one(check(changed, on=ON), "TKPK53-DOC-006", year)
        assert f.variant == variant
        assert dict(f.facts)["batas"] == f"{year + 1}-12-31"


def test_every_rule_runs_on_every_corpus_dossier_without_error() -> None:
    judged: Callable[[Dossier, dt.date], Report] = lambda d, on: check(d, on=on)  # noqa: E731
    for _, code, on, _, d in CORPUS[:: max(1, len(CORPUS) // 20)]:
        assert judged(d, on).by_code(code)


# -- rule metadata, built at import time (a forked mutant never re-imports it) --------------


def test_the_rule_decorator_records_every_field() -> None:
    from tkpk_rules.law import PROVISIONS, Citation, Support
    from tkpk_rules.rules import ALL_LEVELS, R42, R53, rule, under_42

    def body(ctx: object) -> list[object]:
        return []

    title = {"title": ("Judul", "Title")}
    plain = rule("TKPK53-LDR-901", "53.chair", messages=title)(body)  # type: ignore[arg-type]
    assert (plain.code, plain.provision, plain.topic) == (
        "TKPK53-LDR-901",
        "53.chair",
        "leadership",
    )
    assert plain.citation == PROVISIONS["53.chair"].citation
    assert plain.support is PROVISIONS["53.chair"].support[0]
    assert plain.regimes == frozenset({R53}) and plain.levels == ALL_LEVELS
    assert plain.function is body and plain.also_cited == () and plain.bases == ()
    assert plain.years is None and not plain.yearly and not plain.regime_independent
    assert dict(plain.messages) == title and plain.requires == ()
    basis = under_42("42.chair", Citation(regulation="perpres-15-2010"))
    assert (basis.regime, basis.provision) == (R42, "42.chair")
    assert basis.citation == Citation(regulation=R42)
    assert basis.support is PROVISIONS["42.chair"].support[0]
    assert basis.also_cited == (Citation(regulation="perpres-15-2010"),)
    assert under_42("42.chair", support=Support.PRACTICE).support is Support.PRACTICE
    yearly = rule(
        "TKPK53-LDR-902",
        "53.chair",
        messages=title,
        support=Support.PRACTICE,
        regimes=(R42, R53),
        levels=[Level.KOTA],
        also_cited=[Citation(regulation=R42)],
        yearly=True,
        bases=[basis],
    )(body)  # type: ignore[arg-type]
    assert yearly.years is not None and yearly.years(ON) == (ON.year - 1, ON.year)
    assert yearly.regimes == frozenset({R42, R53}) and yearly.levels == frozenset({Level.KOTA})
    assert yearly.also_cited == (Citation(regulation=R42),) and yearly.bases == (basis,)
    assert yearly.regime_independent and yearly.advisory_only
    custom = rule("TKPK53-LDR-903", "53.chair", messages=title, yearly=lambda on: (on.year,))(body)  # type: ignore[arg-type]
    assert custom.years is not None and custom.years(ON) == (ON.year,)


def test_describe_rule_says_what_each_rule_is() -> None:
    from tkpk_rules.rules import describe_rule

    for r in RULEBOOK:
        data = describe_rule(r)
        assert data["kode"] == r.code and data["ketentuan"] == r.provision
        assert data["topik"] == r.topic and data["kutipan"] == r.citation.to_dict()
        assert data["juga_dikutip"] == [c.to_dict() for c in r.also_cited]
        assert data["dukungan"] == r.support.value and data["hanya_saran"] is r.advisory_only
        assert data["rezim"] == sorted(r.regimes)
        assert data["lintas_rezim"] is r.regime_independent
        assert data["tingkat"] == sorted(lv.value for lv in r.levels)
        assert data["tahunan"] is r.yearly
        assert data["dasar"] == [
            {
                "rezim": b.regime,
                "ketentuan": b.provision,
                "kutipan": b.citation.to_dict(),
                "dukungan": b.support.value,
                "juga_dikutip": [c.to_dict() for c in b.also_cited],
            }
            for b in r.bases
        ]


def test_the_rulebook_hash_follows_every_field_of_a_rule() -> None:
    import re

    from tkpk_rules.law import Citation, Support
    from tkpk_rules.rules import R42, _compute_rulebook_hash, _ser

    r = by_code("TKPK53-LDR-001")
    base = _compute_rulebook_hash((r,))
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", base)
    assert base == _compute_rulebook_hash((r,))
    changed = [
        attrs.evolve(r, code="TKPK53-LDR-099"),
        attrs.evolve(r, provision="53.secretary"),
        attrs.evolve(r, topic="other"),
        attrs.evolve(r, citation=Citation(regulation=R42)),
        attrs.evolve(r, also_cited=()),
        attrs.evolve(r, support=Support.PRACTICE),
        attrs.evolve(r, regimes=frozenset({R42})),
        attrs.evolve(r, levels=frozenset({Level.KOTA})),
        attrs.evolve(r, years=lambda on: (on.year,)),
        attrs.evolve(r, bases=()),
    ]
    hashes = {_compute_rulebook_hash((c,)) for c in changed}
    assert base not in hashes and len(hashes) == len(changed)
    assert _compute_rulebook_hash(RULEBOOK[:2]) != _compute_rulebook_hash(RULEBOOK[1::-1])
    assert _ser(None, None, Support.PRACTICE) == "practice" and _ser(None, None, 3) == 3
    assert _ser(None, None, "text") == "text"


def test_coverage_of_a_provision_lists_its_rules_in_rulebook_order() -> None:
    from tkpk_rules.rules import coverage

    rows = {c.provision: c for c in coverage()}
    meetings = tuple(r.code for r in RULEBOOK if "53.meetings" in r.provisions)
    assert len(meetings) >= 3 and rows["53.meetings"].rules == meetings
    assert rows["53.meetings"].checkable and not rows["53.funding"].checkable
    assert rows["53.funding"].reason_en and rows["53.funding"].reason_id


# -- small helpers ----------------------------------------------------------------------


def test_verdict_parameters_are_text_or_dates() -> None:
    from tkpk_rules.rules import verdict
    from tkpk_rules.rules._base import recorded

    v = verdict(Outcome.COMPLIANT, "ok", "tim", a=("x", "y"), b=(), c=None, d=dt.date(2024, 1, 2))
    assert dict(v.params) == {"a": "x, y", "b": "-", "c": "-", "d": dt.date(2024, 1, 2)}
    assert dict(v.facts)["d"] == "2024-01-02"  # the JSON keeps ISO dates
    from tkpk_rules.model import NOT_RECORDED

    assert recorded(0) and recorded(None) and not recorded(NOT_RECORDED)


def test_unrecorded_documents_leave_the_document_rules_undetermined() -> None:
    from tkpk_rules.model import NOT_RECORDED

    d = attrs.evolve(BASE[Level.KOTA], dokumen=NOT_RECORDED)
    r = check(d, on=ON)
    for code in ("TKPK53-DOC-001", "TKPK53-DOC-002", "TKPK53-DOC-003", "TKPK53-DOC-004"):
        for f in r.by_code(code):
            if f.variant.startswith("_engine"):
                continue
            assert (f.outcome, f.variant, f.path) == (
                Outcome.UNDETERMINED,
                "docs_not_recorded",
                "dokumen",
            ), (code, f.variant)
            assert f.missing == ("dokumen",)


def test_unclassified_members_are_named_by_what_is_known() -> None:
    d = BASE[Level.KABUPATEN]
    team = Team(
        pembentukan=_team(d).pembentukan,
        anggota=(
            Member(nama="Ani"),
            Member(organisasi="Forum X"),
            Member(jabatan=Office(sebutan="Ketua RT")),
            Member(jabatan=Office(instansi="Kantor Y")),
            Member(),
            Member(unsur=Element.MASYARAKAT),
        ),
    )
    f = _one(check(attrs.evolve(d, tim=team), on=ON), "TKPK53-MEM-001")
    assert f.variant == "unclassified"
    assert dict(f.facts)["anggota_tanpa_unsur"] == (
        "(tanpa nama / unnamed)",
        "Ani",
        "Forum X",
        "Kantor Y",
        "Ketua RT",
    )


def test_meetings_sort_the_same_whatever_their_order() -> None:
    import itertools

    from tkpk_rules.judge import year_meetings
    from tkpk_rules.model import NOT_RECORDED

    day = dt.date(2024, 3, 1)
    ms = (
        Meeting(tanggal=day, status=MeetingStatus.TERLAKSANA, judul="b"),
        Meeting(tanggal=day, status=MeetingStatus.TERLAKSANA, judul="a"),
        Meeting(tanggal=day, status=NOT_RECORDED, jenis=MeetingKind.RAPAT_KOORDINASI),
        Meeting(tanggal=day, status=MeetingStatus.TERLAKSANA, jenis=MeetingKind.RAPAT_KOORDINASI),
        Meeting(tanggal=dt.date(2024, 2, 1), status=MeetingStatus.TERLAKSANA),
    )
    results = {year_meetings(p, 2024, ON) for p in itertools.permutations(ms)}
    assert len(results) == 1
    (only,) = results
    # Issue 12: the three without ``jenis`` are counted neither way (unknown), not held.
    assert only.without_kind == 3 and len(only.uncertain_kind) == 3
    assert [m.tanggal for m in only.held] == [day]
    assert only.unknown[0].tanggal == dt.date(2024, 2, 1)


# -- a sweep of unrecorded and odd fields, pinned by digest ---------------------------------
#
# Each case edits one field of a hand-built compliant dossier (tests/rules_fixtures.py for
# 2024, the 42/2010 fixture for 2018) and judges it.  The digest covers every finding's code,
# year, outcome, severity, variant, path, missing facts and facts (not the messages).  When a
# rule changes on purpose, run
#     TKPK_PRINT_SWEEP=1 python -m pytest tests/test_mutation_rules.py -k sweep -s
# and paste the printed table over SWEEP_CODES and SWEEP below.


def _sweep_cases() -> dict[str, tuple[dt.date, Dossier]]:
    from rules_fixtures import compliant
    from tkpk_rules.model import NOT_RECORDED, DateRange, InstrumentKind
    from tkpk_rules.testing.breakers import edit_team
    from tkpk_rules.testing.records import compliant_2018

    def no_kind() -> Member:
        return Member(jabatan=Office(instansi="Kantor"), unsur=Element.PEMERINTAH_DAERAH)

    posts = ("penanggung_jawab", "ketua", "wakil_ketua", "sekretaris", "wakil_sekretaris")
    odd: dict[str, object] = {
        "nr": NOT_RECORDED,
        "none": None,
        "nokind": no_kind(),
        "other": _member(OfficeKind.LAINNYA),
        "wrongtitle": _member(OfficeKind.WAKIL_GUBERNUR),
        "bupati": _member(OfficeKind.BUPATI),
    }
    cases: dict[str, tuple[dt.date, Dossier]] = {}
    bases = {
        "2024-kab": (ON, compliant(Level.KABUPATEN, ON)),
        "2024-prov": (ON, compliant(Level.PROVINSI, ON)),
        "2018-kota": (dt.date(2018, 6, 1), compliant_2018(Level.KOTA)),
    }
    for name, (on, d) in bases.items():
        cases[f"{name}/as-is"] = (on, d)
        for post in posts:
            for label, value in odd.items():
                cases[f"{name}/{post}={label}"] = (on, edit_team(d, on, **{post: value}))
        team = _team(d)
        inst = team.pembentukan
        assert not isinstance(inst, type(NOT_RECORDED))
        for label, change in {
            "anggota=nr": {"anggota": NOT_RECORDED},
            "anggota=empty": {"anggota": ()},
            "pembentukan=nr": {"pembentukan": NOT_RECORDED},
            "penerbit=nr": {"pembentukan": attrs.evolve(inst, penerbit=NOT_RECORDED)},
            "jenis=nr": {"pembentukan": attrs.evolve(inst, jenis=NOT_RECORDED)},
            "jenis=peraturan": {"pembentukan": attrs.evolve(inst, jenis=InstrumentKind.PERATURAN)},
            "dasar=nr": {"pembentukan": attrs.evolve(inst, dasar_hukum=NOT_RECORDED)},
            "dasar=other": {"pembentukan": attrs.evolve(inst, dasar_hukum=("UU 23/2014",))},
            "masa=ended": {
                "masa_kerja": DateRange(mulai=dt.date(2011, 1, 1), selesai=dt.date(2012, 1, 1))
            },
        }.items():
            cases[f"{name}/{label}"] = (on, edit_team(d, on, **change))
        for field in ("kekosongan_jabatan", "agenda_kerja", "rapat_koordinasi", "dokumen"):
            for label, value in (("nr", NOT_RECORDED), ("empty", ())):
                cases[f"{name}/{field}={label}"] = (on, attrs.evolve(d, **{field: value}))
        for label, value in (("nr", NOT_RECORDED), ("none", None)):
            cases[f"{name}/sekretariat={label}"] = (on, attrs.evolve(d, sekretariat=value))
            cases[f"{name}/tim={label}"] = (
                on,
                attrs.evolve(d, tim=value, riwayat_tim=NOT_RECORDED),
            )
        if isinstance(d.rapat_koordinasi, tuple):
            blind = tuple(attrs.evolve(m, pembahasan=NOT_RECORDED) for m in d.rapat_koordinasi)
            cases[f"{name}/pembahasan=nr"] = (on, attrs.evolve(d, rapat_koordinasi=blind))
            unknown = tuple(attrs.evolve(m, status=NOT_RECORDED) for m in d.rapat_koordinasi)
            cases[f"{name}/status=nr"] = (on, attrs.evolve(d, rapat_koordinasi=unknown))
    return cases


#: The rules the table below was printed for: a rule added since is pinned by the other
#: tests of this file (and joins the table when it is printed again).
SWEEP_CODES = frozenset(
    [
        "TKPK42-DOC-001",
        "TKPK42-DOC-002",
        "TKPK42-LDR-001",
        "TKPK42-LDR-002",
        "TKPK42-LDR-003",
        "TKPK53-AGD-001",
        "TKPK53-AGD-002",
        "TKPK53-DOC-001",
        "TKPK53-DOC-002",
        "TKPK53-DOC-003",
        "TKPK53-DOC-004",
        "TKPK53-DOC-005",
        "TKPK53-DOC-006",
        "TKPK53-DOC-007",
        "TKPK53-DOC-008",
        "TKPK53-DOC-009",
        "TKPK53-FRM-001",
        "TKPK53-INS-001",
        "TKPK53-INS-002",
        "TKPK53-INS-003",
        "TKPK53-LDR-001",
        "TKPK53-LDR-002",
        "TKPK53-LDR-003",
        "TKPK53-MEM-001",
        "TKPK53-MTG-001",
        "TKPK53-MTG-002",
        "TKPK53-MTG-003",
        "TKPK53-SEC-001",
        "TKPK53-SEC-002",
        "TKPK53-SEC-003",
    ]
)
SWEEP: dict[str, str] = {
    "2024-kab/as-is": "6e8f5f55ba3e",
    "2024-kab/penanggung_jawab=nr": "dd02656d9883",
    "2024-kab/penanggung_jawab=none": "dd02656d9883",
    "2024-kab/penanggung_jawab=nokind": "6e8f5f55ba3e",
    "2024-kab/penanggung_jawab=other": "6e8f5f55ba3e",
    "2024-kab/penanggung_jawab=wrongtitle": "6e8f5f55ba3e",
    "2024-kab/penanggung_jawab=bupati": "6e8f5f55ba3e",
    "2024-kab/ketua=nr": "384076cc6da3",
    "2024-kab/ketua=none": "136cb1d5f862",
    "2024-kab/ketua=nokind": "c70d10232eb7",
    "2024-kab/ketua=other": "5abd44336589",
    "2024-kab/ketua=wrongtitle": "fc1be48865b2",
    "2024-kab/ketua=bupati": "dd4eaa5a9d01",
    "2024-kab/wakil_ketua=nr": "ae9b2f92d971",
    "2024-kab/wakil_ketua=none": "09542a1f1e13",
    "2024-kab/wakil_ketua=nokind": "6c85b1ace01a",
    "2024-kab/wakil_ketua=other": "616e2e0417f4",
    "2024-kab/wakil_ketua=wrongtitle": "354a8a10a908",
    "2024-kab/wakil_ketua=bupati": "7066c51cf34a",
    "2024-kab/sekretaris=nr": "5cab3f479448",
    "2024-kab/sekretaris=none": "6a8b7677a057",
    "2024-kab/sekretaris=nokind": "8879951be650",
    "2024-kab/sekretaris=other": "946136d15a80",
    "2024-kab/sekretaris=wrongtitle": "b61e6446d783",
    "2024-kab/sekretaris=bupati": "c985257bce1e",
    "2024-kab/wakil_sekretaris=nr": "dd02656d9883",
    "2024-kab/wakil_sekretaris=none": "dd02656d9883",
    "2024-kab/wakil_sekretaris=nokind": "6e8f5f55ba3e",
    "2024-kab/wakil_sekretaris=other": "6e8f5f55ba3e",
    "2024-kab/wakil_sekretaris=wrongtitle": "6e8f5f55ba3e",
    "2024-kab/wakil_sekretaris=bupati": "6e8f5f55ba3e",
    "2024-kab/anggota=nr": "d7b420240024",
    "2024-kab/anggota=empty": "54add6ba8b2b",
    "2024-kab/pembentukan=nr": "011d9eb0e88a",
    "2024-kab/penerbit=nr": "fbc93c2b5639",
    "2024-kab/jenis=nr": "0243e85e220c",
    "2024-kab/jenis=peraturan": "b4ad311759db",
    "2024-kab/dasar=nr": "6e8f5f55ba3e",
    "2024-kab/dasar=other": "e77f952b6c50",
    "2024-kab/masa=ended": "554dde7597e2",
    "2024-kab/kekosongan_jabatan=nr": "4ab4cf8267be",
    "2024-kab/kekosongan_jabatan=empty": "6e8f5f55ba3e",
    "2024-kab/agenda_kerja=nr": "7ec012b82dbf",
    "2024-kab/agenda_kerja=empty": "97f8712ac18e",
    "2024-kab/rapat_koordinasi=nr": "190838529254",
    "2024-kab/rapat_koordinasi=empty": "3713de6ea492",
    "2024-kab/dokumen=nr": "3ea398ffdb3b",
    "2024-kab/dokumen=empty": "6da8d5b97152",
    "2024-kab/sekretariat=nr": "0301e0915a88",
    "2024-kab/tim=nr": "853edbb1f0ad",
    "2024-kab/sekretariat=none": "b2f86e022249",
    "2024-kab/tim=none": "96c15ebed413",
    "2024-kab/pembahasan=nr": "73db7ec89403",
    "2024-kab/status=nr": "67fd40420bf9",
    "2024-prov/as-is": "147721fc7f78",
    "2024-prov/penanggung_jawab=nr": "882c71aef9af",
    "2024-prov/penanggung_jawab=none": "882c71aef9af",
    "2024-prov/penanggung_jawab=nokind": "147721fc7f78",
    "2024-prov/penanggung_jawab=other": "147721fc7f78",
    "2024-prov/penanggung_jawab=wrongtitle": "147721fc7f78",
    "2024-prov/penanggung_jawab=bupati": "147721fc7f78",
    "2024-prov/ketua=nr": "c61f93316bf7",
    "2024-prov/ketua=none": "d1b6dbe56ef8",
    "2024-prov/ketua=nokind": "8ea06ba6bc07",
    "2024-prov/ketua=other": "0c62f47ce419",
    "2024-prov/ketua=wrongtitle": "147721fc7f78",
    "2024-prov/ketua=bupati": "5b1306e1f155",
    "2024-prov/wakil_ketua=nr": "98be2fc92c3f",
    "2024-prov/wakil_ketua=none": "c2b6d66b0ff0",
    "2024-prov/wakil_ketua=nokind": "b2ddb58c96b6",
    "2024-prov/wakil_ketua=other": "485392212c00",
    "2024-prov/wakil_ketua=wrongtitle": "62fda427a3b1",
    "2024-prov/wakil_ketua=bupati": "e0124621d570",
    "2024-prov/sekretaris=nr": "21e19263ecdb",
    "2024-prov/sekretaris=none": "824533bcec77",
    "2024-prov/sekretaris=nokind": "2d1f4363559d",
    "2024-prov/sekretaris=other": "611255f3f444",
    "2024-prov/sekretaris=wrongtitle": "c61ecac136eb",
    "2024-prov/sekretaris=bupati": "a268569374b2",
    "2024-prov/wakil_sekretaris=nr": "882c71aef9af",
    "2024-prov/wakil_sekretaris=none": "882c71aef9af",
    "2024-prov/wakil_sekretaris=nokind": "147721fc7f78",
    "2024-prov/wakil_sekretaris=other": "147721fc7f78",
    "2024-prov/wakil_sekretaris=wrongtitle": "147721fc7f78",
    "2024-prov/wakil_sekretaris=bupati": "147721fc7f78",
    "2024-prov/anggota=nr": "442dd9ac9210",
    "2024-prov/anggota=empty": "c89a818b97b3",
    "2024-prov/pembentukan=nr": "b795180a9cb6",
    "2024-prov/penerbit=nr": "4dc923280233",
    "2024-prov/jenis=nr": "50ac221ef98f",
    "2024-prov/jenis=peraturan": "0782b41a7105",
    "2024-prov/dasar=nr": "147721fc7f78",
    "2024-prov/dasar=other": "6972d74c0eb6",
    "2024-prov/masa=ended": "10eab79678a9",
    "2024-prov/kekosongan_jabatan=nr": "31136adf8256",
    "2024-prov/kekosongan_jabatan=empty": "147721fc7f78",
    "2024-prov/agenda_kerja=nr": "dc7fbed6f342",
    "2024-prov/agenda_kerja=empty": "53fb2a53779f",
    "2024-prov/rapat_koordinasi=nr": "08c0fc1e630c",
    "2024-prov/rapat_koordinasi=empty": "ba302a61b385",
    "2024-prov/dokumen=nr": "f4d2095efaf4",
    "2024-prov/dokumen=empty": "1ac7005d22ec",
    "2024-prov/sekretariat=nr": "bacc4741615f",
    "2024-prov/tim=nr": "5cbf235c71c2",
    "2024-prov/sekretariat=none": "bcd42dbc4a9a",
    "2024-prov/tim=none": "b0d13b9e695e",
    "2024-prov/pembahasan=nr": "173edbb7e471",
    "2024-prov/status=nr": "fcbd4ff7bbe4",
    "2018-kota/as-is": "d024410a2771",
    "2018-kota/penanggung_jawab=nr": "fa73fc984c20",
    "2018-kota/penanggung_jawab=none": "05b8a5c38754",
    "2018-kota/penanggung_jawab=nokind": "dd403b5bd98b",
    "2018-kota/penanggung_jawab=other": "604b587ca02a",
    "2018-kota/penanggung_jawab=wrongtitle": "89e3057653d0",
    "2018-kota/penanggung_jawab=bupati": "1abc38877583",
    "2018-kota/ketua=nr": "03799e14fadd",
    "2018-kota/ketua=none": "6de37f644948",
    "2018-kota/ketua=nokind": "32e8a8e0461a",
    "2018-kota/ketua=other": "1e05d152c289",
    "2018-kota/ketua=wrongtitle": "a81ee5872436",
    "2018-kota/ketua=bupati": "29a234870dfe",
    "2018-kota/wakil_ketua=nr": "53c2f46658dc",
    "2018-kota/wakil_ketua=none": "c02cf31576a9",
    "2018-kota/wakil_ketua=nokind": "e1662a61c541",
    "2018-kota/wakil_ketua=other": "17f624f8cdbe",
    "2018-kota/wakil_ketua=wrongtitle": "15806d96025f",
    "2018-kota/wakil_ketua=bupati": "3b17b9ab089c",
    "2018-kota/sekretaris=nr": "0a594409b06c",
    "2018-kota/sekretaris=none": "db429824dee6",
    "2018-kota/sekretaris=nokind": "aa88c42aa167",
    "2018-kota/sekretaris=other": "1fa5614fab8a",
    "2018-kota/sekretaris=wrongtitle": "85c672b71e28",
    "2018-kota/sekretaris=bupati": "83613d64dad9",
    "2018-kota/wakil_sekretaris=nr": "ceae07ccb1e5",
    "2018-kota/wakil_sekretaris=none": "e7110e202ff9",
    "2018-kota/wakil_sekretaris=nokind": "dd04ed12907c",
    "2018-kota/wakil_sekretaris=other": "40d9b2642933",
    "2018-kota/wakil_sekretaris=wrongtitle": "ee888fc7585b",
    "2018-kota/wakil_sekretaris=bupati": "780e3793654e",
    "2018-kota/anggota=nr": "360d6ea28fb2",
    "2018-kota/anggota=empty": "0c237fa48615",  # MEM-001: working groups not recorded
    "2018-kota/pembentukan=nr": "d27f3a92c76e",
    "2018-kota/penerbit=nr": "7718afd82ba6",
    "2018-kota/jenis=nr": "4279a046ebc3",
    "2018-kota/jenis=peraturan": "cb71d2d1d326",
    "2018-kota/dasar=nr": "d024410a2771",
    "2018-kota/dasar=other": "d024410a2771",
    "2018-kota/masa=ended": "754b4369060a",
    "2018-kota/kekosongan_jabatan=nr": "d024410a2771",
    "2018-kota/kekosongan_jabatan=empty": "d024410a2771",
    "2018-kota/agenda_kerja=nr": "d024410a2771",
    "2018-kota/agenda_kerja=empty": "d024410a2771",
    "2018-kota/rapat_koordinasi=nr": "d024410a2771",
    "2018-kota/rapat_koordinasi=empty": "d024410a2771",
    "2018-kota/dokumen=nr": "b98f831d55f7",
    "2018-kota/dokumen=empty": "db5aea12cbc7",
    "2018-kota/sekretariat=nr": "d024410a2771",
    "2018-kota/tim=nr": "0c335ea2d8d6",
    "2018-kota/sekretariat=none": "d024410a2771",
    "2018-kota/tim=none": "e455906305fe",
}


def _swept(report: Report) -> Report:
    """The report with only the findings of the rules the table was printed for."""
    return attrs.evolve(report, findings=tuple(f for f in report.findings if f.code in SWEEP_CODES))


def test_sweep_of_unrecorded_and_odd_fields() -> None:
    import os

    if os.environ.get("TKPK_PRINT_SWEEP"):
        found = {name: _digest(check(d, on=on)) for name, (on, d) in _sweep_cases().items()}
        print(f"SWEEP_CODES = frozenset({sorted(CODES)!r})")
        print("SWEEP: dict[str, str] = {")
        for name, digest in found.items():
            print(f'    "{name}": "{digest}",')
        print("}")
        return
    found = {name: _digest(_swept(check(d, on=on))) for name, (on, d) in _sweep_cases().items()}
    changed = sorted(n for n in found if SWEEP.get(n) != found[n])
    assert not changed, f"findings changed for {len(changed)} cases, e.g. {changed[:5]}"


# Computed last, once every case builder above is defined.
ORACLE = _oracle_cases()
CLEAN = [_whole(check(d, on=on)) for _, on, d in ORACLE]
