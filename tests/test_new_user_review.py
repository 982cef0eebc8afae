"""What a new user's walk-through of 2026-12-03 found, mended (one test or more per finding)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkpk_rules import check
from tkpk_rules.examples import load_example
from tkpk_rules.law import Citation
from tkpk_rules.model import DocumentKind
from tkpk_rules.planning import ObligationStatus, obligations, plan


def _citations(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if {"pasal", "pasti", "teks"} <= node.keys() else []
        return found + [c for v in node.values() for c in _citations(v)]
    if isinstance(node, list):
        return [c for v in node for c in _citations(v)]
    return []


def test_an_article_no_source_states_is_never_certain_in_json() -> None:
    report = json.loads(check(load_example(), on=dt.date(2026, 12, 3)).to_json())
    citations = _citations(report)
    assert citations
    for c in citations:
        assert c["pasti"] == (c["pasal"] is not None and "(?)" not in c["teks"]), c
    assert any(c["pasal"] is None for c in citations)  # the case that was wrong is there
    assert Citation(regulation="permendagri-53-2020", pasal="5").to_dict()["pasti"] is True
    doubted = Citation(regulation="permendagri-53-2020", pasal="3", pasti=False)
    assert doubted.to_dict()["pasti"] is False


_DAYS = st.dates(dt.date(2021, 1, 1), dt.date(2027, 12, 31))


@given(_DAYS, st.booleans())
@settings(deadline=None)
def test_an_open_duty_never_shows_a_deadline_gone_by(day: dt.date, without_rats: bool) -> None:
    """``due``: a duty still to do (due, at risk) has its deadline ahead, never behind."""
    d = load_example()
    if without_rats:
        d = attrs.evolve(d, dokumen=tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RAT))
    for o in obligations(d, on=day):
        if o.status in (ObligationStatus.AT_RISK, ObligationStatus.DUE) and o.deadline:
            assert o.deadline >= day, (o.code, o.deadline, o.message_en)


def test_a_rat_missing_after_its_practice_day_says_so() -> None:
    d = load_example()
    d = attrs.evolve(d, dokumen=tuple(x for x in d.dokumen if x.jenis is not DocumentKind.RAT))
    (o,) = [o for o in obligations(d, on=dt.date(2026, 12, 3)) if o.code == "rat.current"]
    assert (o.status, o.deadline) == (ObligationStatus.AT_RISK, dt.date(2026, 12, 31))
    assert "31 Desember 2025" in o.message_id and "sudah lewat" in o.message_id


def test_the_plan_never_says_the_year_has_begun() -> None:
    agenda = plan(load_example(), 2027)
    late = [i for i in agenda.kegiatan if "RAT 2027" in str(i.judul) and "bila" in str(i.judul)]
    assert late
    for item in agenda.kegiatan:
        assert "sudah berjalan" not in str(item.alasan), item


def test_plan_warns_of_planned_items_already_past(capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules.cli import main

    past = dt.date.today().year - 2
    assert main(["plan", "--example", "--year", str(past)]) == 0
    err = capsys.readouterr().err
    assert "sudah berakhir sebelum hari ini" in err and "end before today" in err
    assert f"--year {dt.date.today().year + 1}" in err
    assert main(["plan", "--example", "--year", str(dt.date.today().year + 1)]) == 0
    assert "before today" not in capsys.readouterr().err


def test_the_documented_plan_and_due_commands_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every ``plan`` and ``due`` line of docs/agenda-planning.md, on the bundled example."""
    import shlex

    from tkpk_rules.cli import main

    page = (Path(__file__).resolve().parent.parent / "docs" / "agenda-planning.md").read_text(
        encoding="utf-8"
    )
    lines = re.findall(r"^tkpk-rules ((?:plan|due) .*)$", page, re.MULTILINE)
    assert len(lines) >= 4
    monkeypatch.chdir(tmp_path)
    for line in lines:
        argv = [("--example" if a == "dosir.yaml" else a) for a in shlex.split(line)]
        assert main(argv) == 0, (line, capsys.readouterr().err)


def test_a_workbook_or_office_file_under_a_text_name_is_said_for_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tkpk_rules import DocumentError, load
    from tkpk_rules.cli import main

    book = tmp_path / "isian.xlsx"
    assert main(["template", str(book)]) == 0
    for name, head, words in (
        ("tim.yaml", book.read_bytes(), "arsip ZIP"),
        ("tim.yml", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Office lama"),
    ):
        (tmp_path / name).write_bytes(head)
        with pytest.raises(DocumentError) as caught:
            load(tmp_path / name)
        (problem,) = caught.value.problems
        assert words in problem.message_id and "ANSI" not in problem.message_id
    # Text in a file named .xlsx, and an old .xls under the new name.
    (tmp_path / "teks.xlsx").write_text("wilayah:\n  kode: '32.05'\n", encoding="utf-8")
    (tmp_path / "ansi.xlsx").write_bytes("nama: Tim Desa Cibe\u00f1a\n".encode("cp1252"))
    (tmp_path / "utf16.xlsx").write_text("wilayah:\n  kode: '32.05'\n", encoding="utf-16")
    (tmp_path / "lama.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    for name, words in (
        ("teks.xlsx", "berkas teks"),
        ("ansi.xlsx", "berkas teks"),
        ("utf16.xlsx", "berkas teks"),
        ("lama.xlsx", "Office lama"),
    ):
        with pytest.raises(DocumentError) as caught:
            load(tmp_path / name)
        text = str(caught.value)
        assert words in text and "zip file" not in text, text


def test_init_refuses_to_write_yaml_under_a_workbooks_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tkpk_rules.cli import main

    assert main(["init", "--wilayah", "32.05", str(tmp_path / "tim.xlsx")]) == 64
    assert "template" in capsys.readouterr().err
    assert not (tmp_path / "tim.xlsx").exists()
    assert main(["init", "--wilayah", "32.05", str(tmp_path / "tim.yaml")]) == 0


def test_a_non_breaking_space_after_a_colon_is_named_on_its_line() -> None:
    from tkpk_rules import DocumentError, loads

    text = (
        "format: tkpk-rules/1\nwilayah:\n  kode: '33.02'\ntim:\n  pembentukan:\n"
        "    tanggal:\u00a02025-05-20\n"
    )
    with pytest.raises(DocumentError) as caught:
        loads(text)
    (problem,) = [p for p in caught.value.problems if p.path == "tim.pembentukan"]
    assert "tak-putus" in problem.message_id and "non-breaking" in problem.message_en
    assert problem.line == 6
    # A value that is text for another reason keeps its own words.
    with pytest.raises(DocumentError) as caught:
        loads(text.replace("tanggal:\u00a02025-05-20", "tanggal 2025-05-20"))
    (problem,) = [p for p in caught.value.problems if p.path == "tim.pembentukan"]
    assert problem.code == "wrong_type" and "tak-putus" not in problem.message_id


def test_check_as_html_is_a_page_a_browser_opens(capsys: pytest.CaptureFixture[str]) -> None:
    from html.parser import HTMLParser

    from tkpk_rules.cli import main

    main(["check", "--example", "--on", "2026-12-03", "--format", "html"])
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert page.rstrip().endswith("</html>") and page.count("<body>") == 1

    seen: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            seen.append(tag)

    Tags().feed(page)
    assert seen[:3] == ["html", "head", "meta"] and "table" in seen


def test_no_team_recorded_is_not_told_to_record_earlier_teams_only() -> None:
    from tkpk_rules import loads

    d = loads("format: tkpk-rules/1\nwilayah:\n  kode: '33.02'\n")
    report = check(d, on=dt.date(2026, 12, 3))
    found = [f for f in report.findings if f.variant == "_engine.no_team_in_year"]
    assert found
    for f in found:
        assert "tim" in f.missing
        advice = f.action("id") or ""
        assert "tim saat ini (tim)" in advice, advice


def test_a_mistyped_region_code_is_suggested_with_names_and_the_name_given_first() -> None:
    from tkpk_rules import DocumentError, loads

    text = "format: tkpk-rules/1\nwilayah:\n  kode: '33.92'\n  nama: Kabupaten  banyumas\n"
    with pytest.raises(DocumentError) as caught:
        loads(text)
    (problem,) = [p for p in caught.value.problems if p.code == "unknown_region"]
    assert "mungkin maksud Anda 33.02 (Kabupaten Banyumas)" in problem.message_id
    assert "did you mean 33.02 (Kabupaten Banyumas)" in problem.message_en
    with pytest.raises(DocumentError) as caught:
        loads(text.replace("  nama: Kabupaten  banyumas\n", ""))
    (problem,) = [p for p in caught.value.problems if p.code == "unknown_region"]
    assert "33.02" not in problem.message_id and "(Kota " in problem.message_id


@pytest.mark.parametrize(
    "text",
    ['{"wilayah": ', '{"wilayah": {"kode": "33.02",}}', 'wilayah:\n  kode: "33.02\n', "a: [1,\n"],
)
def test_a_syntax_problem_in_indonesian_carries_no_parsers_english(text: str) -> None:
    from tkpk_rules import DocumentError, loads

    with pytest.raises(DocumentError) as caught:
        loads(text)
    (problem,) = caught.value.problems
    for english in ("Expecting", "while ", "found ", "YAML:", "JSON:"):
        assert english not in problem.message_id, problem.message_id
    assert any(w in problem.message_en for w in ("Expecting", "YAML:", "JSON:"))


@pytest.mark.parametrize(
    "command", [["plan"], ["diff", "--from", "2024-01-01", "--to", "2025-01-01"]]
)
def test_a_one_file_command_given_a_folder_says_so_before_reading_it(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tkpk_rules.cli import main

    (tmp_path / "a.yaml").write_text("bukan: [dokumen\n", encoding="utf-8")
    assert main([command[0], str(tmp_path), *command[1:]]) == 64
    err = capsys.readouterr().err
    assert "adalah folder" in err and "is a folder" in err
    assert "a.yaml" not in err  # nothing of the folder was read


def test_each_non_breaking_space_problem_is_on_its_own_line() -> None:
    from tkpk_rules import DocumentError, loads

    text = (
        "format: tkpk-rules/1\n# Sumber:\u00a0SK Bupati\nwilayah:\n  kode: '33.02'\ntim:\n"
        "  pembentukan:\n    tanggal:\u00a02025-05-20\n  masa_kerja:\n    mulai:\u00a02025-05-20\n"
    )
    with pytest.raises(DocumentError) as caught:
        loads(text)
    lines = {p.path: p.line for p in caught.value.problems if "tak-putus" in p.message_id}
    assert lines == {"tim.pembentukan": 7, "tim.masa_kerja": 9}, caught.value.problems


def test_the_json_reasons_said_in_indonesian_are_found() -> None:
    from tkpk_rules import DocumentError, loads

    for text, said in (('{"format" "x"}', "titik dua"), ('{"a": 1 "b": 2}', "koma")):
        with pytest.raises(DocumentError) as caught:
            loads(text)
        assert said in caught.value.problems[0].message_id, caught.value.problems[0]


def test_a_workbook_on_standard_input_is_said_for_what_it_is(tmp_path: Path) -> None:
    from tkpk_rules import service
    from tkpk_rules.cli import main

    book = tmp_path / "isian.xlsx"
    assert main(["template", str(book)]) == 0
    _, found = service.read_bytes(service.STDIN, book.read_bytes())
    assert isinstance(found, Exception)
    assert "arsip ZIP" in str(found)


def test_plan_counts_the_items_past_not_their_dates(capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules.cli import main
    from tkpk_rules.planning import plan_details
    from tkpk_rules.planning.planner import Origin

    year = dt.date.today().year - 2
    details = plan_details(load_example(), year)
    planned = [p for p in details.items if p.origin is Origin.PLANNED]
    assert main(["plan", "--example", "--year", str(year)]) == 0
    assert f"{len(planned)} kegiatan" in capsys.readouterr().err


def test_a_dash_is_standard_input_even_beside_a_folder_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io as stdio
    import sys

    from tkpk_rules.cli import main
    from tkpk_rules.examples import example_text

    (tmp_path / "-").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", stdio.TextIOWrapper(stdio.BytesIO(example_text().encode())))
    assert main(["plan", "-", "--year", str(dt.date.today().year + 1)]) == 0
