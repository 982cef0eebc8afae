"""Arguments of the wrong kind get the library's own errors (review of 2026-12-03).

Each call below raised a bare ``TypeError``, ``AttributeError`` or ``ValueError`` from
deep inside, or walked a text character by character ("bukan '2'").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tkpk_rules import check_many
from tkpk_rules.errors import ArgumentTypeError, TkpkError
from tkpk_rules.examples import load_example
from tkpk_rules.planning import PlanningError, plan

DAY = dt.date(2027, 3, 3)


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda d: plan(d, 2027, fixed=DAY), "fixed"),
        (lambda d: plan(d, 2027, fixed="2027-03-03"), "fixed"),
        (lambda d: plan(d, 2027, avoid=None), "avoid"),
        (lambda d: plan(d, 2027, calendar="x"), "calendar"),
    ],
)
def test_planner_arguments_of_the_wrong_kind(call: Callable[[Any], object], named: str) -> None:
    with pytest.raises(PlanningError) as info:
        call(load_example())
    assert named in info.value.message("id") and named in info.value.message("en")


def test_a_list_of_fixed_dates_still_works() -> None:
    found = plan(load_example(), 2027, fixed=[DAY])
    assert any(getattr(i, "mulai", None) == DAY for i in found.kegiatan)


def test_to_ical_arguments_of_the_wrong_kind() -> None:
    pytest.importorskip("icalendar")
    from tkpk_rules.planning import to_ical

    agenda = plan(load_example(), 2027)
    for kwargs, named in (({"lang": "fr"}, "lang"), ({"stamp": "2027"}, "stamp")):
        with pytest.raises(PlanningError) as info:
            to_ical(agenda, **kwargs)  # type: ignore[arg-type]
        assert named in info.value.message("en")


def test_check_many_chunk_size_none_is_refused_in_words() -> None:
    with pytest.raises(ArgumentTypeError, match="chunk_size"):
        list(check_many([load_example()], on=dt.date(2024, 1, 1), chunk_size=None))  # type: ignore[arg-type]


def test_frame_of_nothing_is_refused_in_words() -> None:
    pytest.importorskip("pandas")
    from tkpk_rules import frame

    for wrong in (None, 5, "laporan"):
        with pytest.raises(TkpkError, match="Report"):
            frame(wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize("before", ["", "\n\n\n\n", "\r\n\r\n\r\n\r\n", "\ufeff\n \n\t\n\n"])
def test_blank_lines_before_the_document_do_not_shift_the_lines_named(before: str) -> None:
    from tkpk_rules.errors import DocumentError
    from tkpk_rules.io import loads

    lines = before.count("\n") + before.count("\r") - before.count("\r\n")
    yaml_text = before + 'format: tkpk-rules/1\nwilayah:\n  kode: "33.02"\n  kode: "33.02"\n'
    with pytest.raises(DocumentError) as info:
        loads(yaml_text)
    assert f"(baris {4 + lines})" in info.value.describe("id")
    json_text = before + '{"format": "tkpk-rules/1",\n "wilayah": {"kode": "33.02",, }}\n'
    with pytest.raises(DocumentError) as info:
        loads(json_text)
    assert f"line {2 + lines}," in info.value.describe("en")


@pytest.mark.parametrize(
    ("argv", "said_id"),
    [
        (["init"], "argumen wajib belum diberikan: --wilayah"),
        (["check", "--example", "--format", "pdf"], "pilihan tidak dikenal: 'pdf'"),
        (["plan", "--example", "--meetings", "x"], "bukan bilangan bulat: 'x'"),
        (["check", "--on"], "perlu satu nilai"),
        (["check", "--example", "--bogus"], "argumen tidak dikenal: --bogus"),
    ],
)
def test_usage_errors_speak_indonesian_beside_english(
    argv: list[str], said_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tkpk_rules.cli import main

    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 64
    err = capsys.readouterr().err
    assert said_id in err and "galat / error:" in err and "cara pakai / usage:" in err


def test_help_speaks_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules.cli import main

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "tampilkan bantuan ini lalu keluar" in out and "show this help" in out
    assert "opsi / options" in out


def test_a_control_character_is_named_by_its_line_and_code() -> None:
    from tkpk_rules.errors import DocumentError
    from tkpk_rules.io import loads

    text = 'format: tkpk-rules/1\nwilayah:\n  kode: "33.02"\n  nama: "a\x07b"\n'
    with pytest.raises(DocumentError) as info:
        loads(text)
    said = info.value.describe("id")
    assert "U+0007" in said and "baris 4" in said and "<unicode string>" not in said


def test_a_missing_file_is_said_in_both_languages(tmp_path: Any) -> None:
    from tkpk_rules.errors import DocumentError
    from tkpk_rules.io import load

    with pytest.raises(DocumentError) as info:
        load(tmp_path / "tidak-ada.yaml")
    (problem,) = info.value.problems
    assert "tidak ada" in problem.message_id and "no such file" in problem.message_en
    assert "No such file or directory" not in problem.message_id


def test_a_control_character_after_other_scripts_is_placed_right() -> None:
    from tkpk_rules.errors import DocumentError
    from tkpk_rules.io import loads

    text = (
        "# \u201ccatatan\u201d \u2014 \u00e9\n# \u2018lagi\u2019\n"
        "format: tkpk-rules/1\nwilayah:\n  nama: Ban\x07yumas\n"
    )
    with pytest.raises(DocumentError) as info:
        loads(text)
    assert "baris 5, kolom 12" in info.value.describe("id")


def test_a_calendar_with_a_byte_order_mark_is_read() -> None:
    pytest.importorskip("icalendar")
    from tkpk_rules.planning import from_ical, to_ical

    agenda = plan(load_example(), 2027)
    stamp = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    assert from_ical(b"\xef\xbb\xbf" + to_ical(agenda, stamp=stamp)) == from_ical(
        to_ical(agenda, stamp=stamp)
    )
