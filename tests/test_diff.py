"""diff(): what changes between two dates, its renderers, and ``tkpk-rules diff``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tkpk_rules
from _profiles import ci_examples
from tkpk_rules.cli import main
from tkpk_rules.engine import check, diff
from tkpk_rules.examples import load_example
from tkpk_rules.law import HandoverError
from tkpk_rules.report.diff import ChangeKind, ReportDiff, compare
from tkpk_rules.rules import RULEBOOK
from tkpk_rules.testing.records import compliant_2018

D = dt.date
FROM, TO = D(2019, 6, 1), D(2024, 6, 1)
EXAMPLE = Path(tkpk_rules.__file__).parent / "examples" / "kabupaten-banyumas.yaml"


@pytest.fixture(scope="module")
def example_diff() -> ReportDiff:
    return diff(load_example(), from_date=FROM, to_date=TO)


def test_diff_is_exported_at_the_top_level() -> None:
    assert tkpk_rules.diff is diff
    assert tkpk_rules.ReportDiff is ReportDiff


def test_a_42_rule_changes_outcome_with_its_citation_on_both_sides(
    example_diff: ReportDiff,
) -> None:
    (change,) = example_diff.by_code("TKPK42-LDR-002")
    assert change.kind is ChangeKind.CHANGED
    assert (change.group_before, change.group_after) == ("compliant", "not_applicable")
    assert change.before is not None and change.after is not None
    assert (
        change.before.citation.text()
        == change.after.citation.text()
        == ("Permendagri 42/2010, Pasal ?")
    )


def test_a_shared_rule_keeps_its_outcome_but_changes_basis(example_diff: ReportDiff) -> None:
    (change,) = example_diff.by_code("TKPK53-LDR-001")
    assert change.kind is ChangeKind.REBASED
    assert change.before is not None and change.after is not None
    assert (change.before.provision, change.after.provision) == ("42.chair", "53.chair")
    assert change.before.citation.regulation == "permendagri-42-2010"
    assert change.after.citation.regulation == "permendagri-53-2020"


def test_yearly_findings_pair_by_their_place_in_the_years_judged(
    example_diff: ReportDiff,
) -> None:
    pairs = {
        (c.before.year, c.after.year)
        for c in example_diff.by_code("TKPK53-MTG-001")
        if c.before is not None and c.after is not None
    }
    assert pairs == {(2018, 2023), (2019, 2024)}


def test_a_year_without_meetings_is_a_new_violation() -> None:
    import attrs

    record = load_example()
    assert isinstance(record.rapat_koordinasi, tuple)
    without_2023 = tuple(m for m in record.rapat_koordinasi if m.tanggal.year != 2023)
    d = diff(attrs.evolve(record, rapat_koordinasi=without_2023), from_date=FROM, to_date=TO)
    assert d.has_new_violations
    assert not diff(record, from_date=FROM, to_date=TO).has_new_violations


def test_counts_add_up(example_diff: ReportDiff) -> None:
    c = example_diff.counts()
    before = len(example_diff.before.findings)
    paired = c["changed"] + c["rebased"] + c["unchanged"]
    assert paired + c["disappeared"] == before
    assert paired + c["appeared"] == len(example_diff.after.findings)


def test_the_same_date_gives_no_change() -> None:
    d = diff(load_example(), from_date=TO, to_date=TO)
    assert d.changes == ()
    assert d.unchanged == len(d.before.findings)
    assert not d.has_new_violations


def test_findings_that_appear_and_disappear() -> None:
    d = load_example()
    few = tuple(r for r in RULEBOOK if r.code != "TKPK42-LDR-001")
    appeared = compare(check(d, on=FROM, rules=few), check(d, on=FROM))
    assert [(c.kind, c.code) for c in appeared.changes] == [(ChangeKind.APPEARED, "TKPK42-LDR-001")]
    gone = compare(check(d, on=FROM), check(d, on=FROM, rules=few))
    assert [(c.kind, c.code) for c in gone.changes] == [(ChangeKind.DISAPPEARED, "TKPK42-LDR-001")]
    assert gone.changes[0].after is None and gone.changes[0].to_dict()["sesudah"] is None


def test_the_handover_choice_reaches_both_reports() -> None:
    d = diff(
        compliant_2018(), from_date=D(2020, 3, 1), to_date=D(2020, 9, 1), handover=D(2020, 6, 1)
    )
    assert d.before.stamp.handover == d.after.stamp.handover == D(2020, 6, 1)
    (change,) = d.by_code("TKPK42-LDR-001")
    assert (change.group_before, change.group_after) == ("compliant", "not_applicable")
    plain = diff(compliant_2018(), from_date=D(2020, 3, 1), to_date=D(2020, 9, 1))
    assert plain.by_code("TKPK42-LDR-001") == ()  # undetermined on both days
    with pytest.raises(HandoverError):
        diff(compliant_2018(), from_date=FROM, to_date=TO, handover=D(2021, 1, 1))


DATES = st.dates(D(2015, 1, 1), D(2027, 12, 31))


@settings(max_examples=ci_examples(40, 15), deadline=None)
@given(DATES, DATES)
def test_diff_reversed_swaps_appeared_and_disappeared(a: dt.date, b: dt.date) -> None:
    d = load_example()
    forth, back = diff(d, from_date=a, to_date=b), diff(d, from_date=b, to_date=a)
    fc, bc = forth.counts(), back.counts()
    assert (fc["appeared"], fc["disappeared"]) == (bc["disappeared"], bc["appeared"])
    assert fc["changed"] == bc["changed"] and fc["unchanged"] == bc["unchanged"]
    for c in forth.changes:
        assert c.before is not None or c.kind is ChangeKind.APPEARED
        assert c.after is not None or c.kind is ChangeKind.DISAPPEARED
        if c.kind is ChangeKind.CHANGED:
            assert c.group_before != c.group_after


def test_text_in_both_languages_and_json(example_diff: ReportDiff) -> None:
    text_id = example_diff.render("text", "id")
    text_en = example_diff.render("text", "en")
    assert "Perbandingan temuan TKPK: Kabupaten Banyumas (33.02)" in text_id
    assert "== Hasil berubah (" in text_id and "Dasar: Permendagri 42/2010, Pasal ?" in text_id
    assert "TKPK42-LDR-002: sesuai → tidak berlaku" in text_id
    assert "TKPK53-MTG-001 [2018 → 2023]" in text_id
    assert "== Outcome changed (" in text_en and "Basis: Permendagri 53/2020" in text_en
    data = json.loads(example_diff.render("json"))
    assert data["format"] == "tkpk-rules.perubahan/2"
    assert data["dari"]["tanggal_pemeriksaan"] == "2019-06-01"
    assert data["sampai"]["tanggal_pemeriksaan"] == "2024-06-01"
    assert data["jumlah"] == example_diff.counts()
    kinds = {c["jenis"] for c in data["perubahan"]}
    assert kinds <= {k.value for k in ChangeKind}
    with pytest.raises(ValueError, match="unknown format"):
        example_diff.render("html")
    with pytest.raises(ValueError, match="unknown language"):
        example_diff.render("text", "fr")


# ---------------------------------------------------------------- the command


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_diff_example_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", "--example", "--from", "2019-06-01", "--to", "2024-06-01")
    assert code == 0  # the example kept its record up to date: no new violation by 2024
    assert out.startswith("Perbandingan temuan TKPK: Kabupaten Banyumas (33.02)\n")
    assert "Peraturan yang berlaku: Permendagri 42/2010" in out
    assert "Peraturan yang berlaku: Permendagri 53/2020" in out
    assert "TKPK42-LDR-001: sesuai → tidak berlaku" in out


def test_cli_diff_example_in_english_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("diff", "--example", "--from", "2019-06-01", "--to", "2024-06-01")
    code, out, _ = run(capsys, *argv, "--lang", "en")
    assert (
        code == 0 and "TKPK findings compared" in out and "Same outcome, another legal basis" in out
    )
    code, out, _ = run(capsys, *argv, "--format", "json")
    assert code == 0 and json.loads(out)["format"] == "tkpk-rules.perubahan/2"


def test_cli_diff_file_without_new_violations(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", str(EXAMPLE), "--from", "2018-06-01", "--to", "2019-06-01")
    assert code == 0
    assert "Dari tanggal: 1 Juni 2018" in out


def test_cli_diff_handover(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("diff", "--example", "--from", "2020-03-01", "--to", "2020-09-01")
    code, out, _ = run(capsys, *argv, "--handover", "2020-06-01", "--format", "json")
    data = json.loads(out)
    assert data["dari"]["peralihan"] == data["sampai"]["peralihan"] == "2020-06-01"
    code, _, err = run(capsys, *argv, "--handover", "2020-10-07")
    assert code == 64 and "2020-10-07" in err


def test_cli_diff_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["diff", "--example", "--to", "2024-06-01"])
    assert exc.value.code == 64
    code, _, err = run(capsys, "diff", "--from", "2019-06-01", "--to", "2024-06-01")
    assert code == 64 and "--example" in err
    code, _, _ = run(
        capsys, "diff", str(EXAMPLE), "--example", "--from", "2019-06-01", "--to", "2024-06-01"
    )
    assert code == 64
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: tkpk-rules/1\nwilayah: {}\n", encoding="utf-8")
    code, _, err = run(capsys, "diff", str(bad), "--from", "2019-06-01", "--to", "2024-06-01")
    assert code == 2 and err
