"""The articles quoted in ministry material (Pasal 17-20) and the RPKD's period.

``53.rpkd-outline`` (Pasal 20): the RPKD's five chapters, in order; not recorded is
undetermined, an unrecognised title is undetermined, a draft is only advised.
``53.rpkd``: the RPKD's period is the RPJMD's.  ``53.targeting`` (Pasal 19): the RAT
targets with data by name, address and NIK.  ``53.strategies`` and ``53.programmes``
(Pasal 17-18) are recordable tags, validated by the format, with a coverage entry.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from tkpk_rules import check
from tkpk_rules.cli import main
from tkpk_rules.errors import DocumentError
from tkpk_rules.io import loads
from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.model import (
    DataBasis,
    DocumentKind,
    DocumentStatus,
    Dossier,
    PlanningDocument,
    YearRange,
)
from tkpk_rules.report import Finding, Outcome
from tkpk_rules.rules import RULEBOOK, coverage
from tkpk_rules.testing.records import compliant

ON = dt.date(2025, 11, 1)
ROMAN = ("I", "II", "III", "IV", "V")
FIVE = (
    "Pendahuluan",
    "Kondisi Umum Daerah",
    "Profil Kemiskinan Daerah",
    "Prioritas Program",
    "Lokasi Prioritas",
)


def _code(provision: str, yearly: bool | None = None) -> str:
    """The code of the rule on ``provision`` (tests never hard-code the rulebook's list)."""
    found = [
        r.code
        for r in RULEBOOK
        if r.provision == provision and (yearly is None or r.yearly is yearly)
    ]
    assert found, provision
    return found[-1]


OUTLINE = _code("53.rpkd-outline")
TARGETING = _code("53.targeting")
PERIOD = next(r.code for r in RULEBOOK if r.function.__name__ == "RPKD_PERIOD_IS_RPJMD")


def _with_docs(d: Dossier, change: object) -> Dossier:
    assert isinstance(d.dokumen, tuple)
    return attrs.evolve(d, dokumen=tuple(change(x) for x in d.dokumen))  # type: ignore[operator]


def _rpkds(d: Dossier, **changes: object) -> Dossier:
    return _with_docs(
        d, lambda x: attrs.evolve(x, **changes) if x.jenis is DocumentKind.RPKD else x
    )


def _findings(d: Dossier, code: str, on: dt.date = ON) -> list[Finding]:
    return list(check(d, on=on).by_code(code))


def test_the_four_provisions_are_quoted_with_their_articles() -> None:
    for pid, pasal in (
        ("53.strategies", "17"),
        ("53.programmes", "18"),
        ("53.targeting", "19"),
        ("53.rpkd-outline", "20"),
    ):
        assert PROVISIONS[pid].support == (Support.QUOTED,)
        assert PROVISIONS[pid].citation.text() == f"Permendagri 53/2020, Pasal {pasal}"
    rows = {c.provision: c for c in coverage()}
    assert rows["53.rpkd-outline"].rules == (OUTLINE,)
    assert rows["53.targeting"].rules == (TARGETING,)
    for pid in ("53.strategies", "53.programmes"):
        assert not rows[pid].rules and not rows[pid].checkable
        assert "Diperiksa" in rows[pid].reason_id and "Not checked" in rows[pid].reason_en


def test_rules_json_shows_quoted_rules_and_no_pasal_16(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rules = data["aturan"]
    assert {r["kode"] for r in rules if r["dukungan"] == "quoted"} == {OUTLINE, TARGETING}
    for r in rules:
        if r["ketentuan"] == "53.rpkd":
            assert r["kutipan"]["pasal"] is None and r["dukungan"] == "reported"
        assert "Pasal 16" not in json.dumps(r)


def test_coverage_command_lists_the_new_provisions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", "--format", "json"]) == 0
    rows = {r["ketentuan"] for r in json.loads(capsys.readouterr().out)["ketentuan"]}
    assert {"53.rpkd-outline", "53.strategies", "53.programmes", "53.targeting"} <= rows


# -- the RPKD's chapters (Pasal 20) -------------------------------------------------------


def test_chapters_not_recorded_are_undetermined() -> None:
    for f in _findings(compliant(), OUTLINE):
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "chapters_not_recorded")
        assert f.missing == (f"{f.path}.bab",)


@pytest.mark.parametrize(
    "chapters",
    [
        FIVE,
        tuple(
            f"BAB {n} {t.upper()}" for n, t in zip(["I", "II", "III", "IV", "V"], FIVE, strict=True)
        ),
    ],
)
def test_the_five_chapters_in_order_comply(chapters: tuple[str, ...]) -> None:
    for f in _findings(_rpkds(compliant(), bab=chapters), OUTLINE):
        assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok")


@pytest.mark.parametrize(
    "chapters",
    [FIVE[:4], (FIVE[1], FIVE[0], *FIVE[2:]), (*FIVE, FIVE[0])],
    ids=["missing", "swapped", "repeated"],
)
def test_missing_or_misordered_chapters_are_a_violation(chapters: tuple[str, ...]) -> None:
    found = _findings(_rpkds(compliant(), bab=chapters), OUTLINE)
    assert found and all(f.outcome is Outcome.VIOLATION for f in found)


def test_a_chapter_under_another_name_is_undetermined_never_a_violation() -> None:
    chapters = ("Pendahuluan", "Gambaran Umum Daerah", *FIVE[2:])
    for f in _findings(_rpkds(compliant(), bab=chapters), OUTLINE):
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "unrecognised")
        assert dict(f.facts)["tidak_dikenali"] == ("Gambaran Umum Daerah",)


def test_a_draft_with_the_wrong_chapters_is_only_advised() -> None:
    d = _rpkds(compliant(), bab=FIVE[:3], ditetapkan=None, status=DocumentStatus.DRAF)
    for f in _findings(d, OUTLINE):
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "draft_wrong") and f.advisory


# -- the RPKD's period is the RPJMD's ----------------------------------------------------


def test_an_rpkd_of_the_rpjmd_s_period_complies() -> None:
    for f in _findings(compliant(), PERIOD):
        assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok")


def test_an_rpkd_whose_period_differs_from_the_rpjmd_s_is_a_violation() -> None:
    d = _with_docs(
        compliant(),
        lambda x: (
            attrs.evolve(x, periode=YearRange(mulai=2021, selesai=2026))
            if x.jenis is DocumentKind.RPJMD and x.periode == YearRange(mulai=2021, selesai=2025)
            else x
        ),
    )
    outcomes = {f.path: f.outcome for f in _findings(d, PERIOD)}
    assert Outcome.VIOLATION in outcomes.values()


def test_an_rpkd_with_no_rpjmd_recorded_is_undetermined() -> None:
    d = _with_docs(compliant(), lambda x: x)
    assert isinstance(d.dokumen, tuple)
    d = attrs.evolve(d, dokumen=tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RPJMD))
    for f in _findings(d, PERIOD):
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "no_rpjmd")


# -- the RAT's data basis (Pasal 19) ---------------------------------------------------


def _rats(d: Dossier, basis: object) -> Dossier:
    return _with_docs(
        d, lambda x: attrs.evolve(x, basis_data=basis) if x.jenis is DocumentKind.RAT else x
    )


def test_a_rat_with_no_data_basis_recorded_is_undetermined() -> None:
    found = _findings(compliant(), TARGETING)
    assert {f.year for f in found} == {ON.year - 1, ON.year}
    for f in found:
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "basis_not_recorded")


def test_a_rat_by_name_address_and_nik_complies() -> None:
    d = _rats(compliant(), (DataBasis.NIK, DataBasis.NAMA, DataBasis.ALAMAT))
    assert {f.outcome for f in _findings(d, TARGETING)} == {Outcome.COMPLIANT}


def test_a_rat_without_nik_is_a_violation_once_its_year_is_over() -> None:
    d = _rats(compliant(), (DataBasis.NAMA, DataBasis.ALAMAT))
    by_year = {f.year: f for f in _findings(d, TARGETING)}
    assert by_year[ON.year - 1].outcome is Outcome.VIOLATION
    assert dict(by_year[ON.year - 1].facts)["kurang"] == ("nik",)
    # The year still running is at risk, never a violation.
    assert by_year[ON.year].outcome is Outcome.UNDETERMINED and by_year[ON.year].advisory


# -- strategies and programmes: recordable tags -------------------------------------------


def test_strategies_and_programmes_are_recorded_and_refused_when_unknown() -> None:
    text = """format: tkpk-rules/1
wilayah: {kode: "33.02"}
dokumen:
  - jenis: rpkd
    program:
      - {nama: PKH, strategi: [mengurangi_beban, sinergi], kelompok: bantuan_sosial}
"""
    d = loads(text)
    assert isinstance(d.dokumen, tuple)
    programme = d.dokumen[0].program[0]  # type: ignore[index]
    assert [s.value for s in programme.strategi] == ["mengurangi_beban", "sinergi"]  # type: ignore[union-attr]
    with pytest.raises(DocumentError):
        loads(text.replace("sinergi]", "strategi_lain]"))


def test_planning_document_fields_default_to_not_recorded() -> None:
    doc = PlanningDocument(jenis=DocumentKind.RPKD)
    assert not isinstance(doc.bab, tuple)
    assert not isinstance(doc.program, tuple)
    assert not isinstance(doc.basis_data, tuple)
