"""Hostile input, round four (a review of 2026-12-03).

Each case below crashed (a bare ``ValueError``, ``ParseError`` or ``AttributeError``),
wrote a file that could not be read back, or lost something the user gave without a
word.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tkpk_rules.errors import ArgumentTypeError, ArgumentValueError, DocumentError
from tkpk_rules.examples import load_example
from tkpk_rules.io import dump, loads
from tkpk_rules.planning import PlanningError, plan

EXAMPLE = Path(__file__).parent.parent / "src" / "tkpk_rules" / "examples"
BANYUMAS = (EXAMPLE / "kabupaten-banyumas.yaml").read_text(encoding="utf-8")
ON = dt.date(2026, 11, 27)


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = dump(load_example())
    document.update(changes)
    return document


# --- 1. a report adopted in a month or a year ---------------------------------------------


@pytest.mark.parametrize("when", ["2026-03", "2026"])
def test_due_with_a_report_adopted_in_a_month_or_year(when: str) -> None:
    from tkpk_rules.planning import obligations

    assert "ditetapkan: 2026-03-24" in BANYUMAS
    dossier = loads(BANYUMAS.replace("ditetapkan: 2026-03-24", f"ditetapkan: {when}"))
    found = {o.code: o for o in obligations(dossier, on=ON)}
    report = found["report.previous"]
    text = report.message("id") if hasattr(report, "message") else str(report)
    assert "Invalid isoformat" not in text


def test_due_command_with_a_report_adopted_in_a_month(tmp_path: Path) -> None:
    from tkpk_rules.cli import main

    path = tmp_path / "bulan.yaml"
    path.write_text(BANYUMAS.replace("ditetapkan: 2026-03-24", "ditetapkan: 2026-03"), "utf-8")
    assert main(["due", str(path), "--on", ON.isoformat()]) == 0


# --- 2. a workbook whose sheet XML is broken ----------------------------------------------


def _workbook(tmp_path: Path, document: dict[str, Any]) -> Path:
    pytest.importorskip("openpyxl")
    from tkpk_rules.io.workbook import write_workbook

    path = tmp_path / "catatan.xlsx"
    write_workbook(str(path), document)
    return path


def _rezipped(path: Path, member: str, change: Any) -> Path:
    out = path.with_name("rusak.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, change(data) if info.filename == member else data)
    return out


def test_a_cut_off_sheet_is_a_broken_workbook(tmp_path: Path) -> None:
    from tkpk_rules.cli import main
    from tkpk_rules.io import load

    path = _workbook(tmp_path, _document())
    broken = _rezipped(path, "xl/worksheets/sheet3.xml", lambda b: b[: len(b) // 2])
    with pytest.raises(DocumentError) as info:
        load(broken)
    (problem,) = info.value.problems
    assert "not a valid .xlsx" in problem.message_en and problem.sheet
    assert main(["validate", str(broken)]) == 74


# --- 3. what convert writes, it reads back ------------------------------------------------


@pytest.mark.parametrize("text", ["a\ufffeb", "x\uffff", "#N/A", "#REF!", "#DIV/0!"])
def test_odd_text_reads_back_from_a_workbook(tmp_path: Path, text: str) -> None:
    from tkpk_rules.io import load

    path = _workbook(tmp_path, _document(keterangan=text))
    assert load(path).keterangan == text


# --- 4. processes ---------------------------------------------------------------------------


def test_serve_refuses_a_thousand_workers(capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules.cli import main

    assert main(["serve", "--workers", "1000"]) == 64
    err = capsys.readouterr().err
    assert "--workers harus 1..64" in err and "--workers must be 1..64" in err


def test_process_count_is_bounded_by_cores_and_chunks() -> None:
    import os

    from tkpk_rules._arguments import process_count

    assert process_count(10**6) <= (os.cpu_count() or 1)
    assert process_count(10**6, 2) <= 2
    assert process_count(3, 0) == 1


# --- 5 and 9. the service's query string ----------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("starlette")
    pytest.importorskip("httpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from tkpk_rules.server import create_app

    with TestClient(create_app()) as test_client:
        yield test_client


YAML = {"content-type": "application/yaml"}


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ("/check?on=2026-11-27&on=2019-01-01", "?on"),
        ("/check?On=2026-11-27", "?On"),
        ("/check?date=2026-11-27", "?date"),
        ("/due?bogus=1", "?bogus"),
        ("/plan?year=2027&fixed[]=2027-03-02", "?fixed[]"),
        ("/plan?year=2027&fixed=2027-03-09,,2027-04-06", "?fixed"),
        ("/plan?year=2027&year=2028", "?year"),
        ("/diff?from=2026-01-01&to=2025-01-01", "?to"),
        ("/plan?year=2027&weekday=sabtu", "?weekday"),
        ("/plan?year=2027&fixed=2027-01-01", "?fixed"),
    ],
)
def test_a_query_is_never_read_in_part(client: Any, query: str, path: str) -> None:
    answer = client.post(query, content=BANYUMAS, headers=YAML)
    assert answer.status_code == 400, answer.text
    (problem,) = answer.json()["masalah"]
    assert problem["jalur"] == path
    assert problem["pesan"]["id"] and problem["pesan"]["en"]


def test_the_php_array_form_is_explained(client: Any) -> None:
    answer = client.post("/plan?year=2027&avoid[]=2027-03-02", content=BANYUMAS, headers=YAML)
    (problem,) = answer.json()["masalah"]
    assert "http_build_query" in problem["pesan"]["en"] and "?avoid=" in problem["pesan"]["en"]


def test_a_misspelt_parameter_is_named_with_the_one_meant(client: Any) -> None:
    answer = client.post("/check?On=2026-11-27", content=BANYUMAS, headers=YAML)
    assert "?on" in answer.json()["masalah"][0]["pesan"]["en"]


def test_repeated_fixed_dates_and_plain_queries_still_work(client: Any) -> None:
    ok = client.post("/plan?year=2027&fixed=2027-03-03&fixed=2027-04-07", content=BANYUMAS)
    assert ok.status_code == 200, ok.text
    assert client.post("/check?on=2026-11-27&lang=en", content=BANYUMAS).status_code == 200


# --- 6. bare exceptions from the Python API -------------------------------------------------


def test_a_null_byte_in_a_file_name() -> None:
    import tkpk_rules

    for name in ("a\x00b.yaml", "a\x00b.xlsx"):
        with pytest.raises(DocumentError) as info:
            tkpk_rules.load(name)
        assert "U+0000" in info.value.problems[0].message_id


def test_obligations_with_a_calendar_of_the_wrong_kind() -> None:
    from tkpk_rules.planning import obligations

    with pytest.raises(PlanningError, match="calendar"):
        obligations(load_example(), on=ON, calendar=1)  # type: ignore[arg-type]


def test_frame_in_an_unknown_language() -> None:
    pytest.importorskip("pandas")
    from tkpk_rules import check, frame

    report = check(load_example(), on=ON)
    with pytest.raises(ArgumentValueError) as info:
        frame(report, lang="fr")
    assert "bahasa" in str(info.value) and "unknown language" in str(info.value)
    with pytest.raises(ArgumentValueError):
        frame([], lang="fr")


def test_compare_with_no_report_or_another_region() -> None:
    from tkpk_rules import check
    from tkpk_rules.examples import load_example as example
    from tkpk_rules.report.diff import compare

    report = check(example(), on=ON)
    for wrong in (None, "x"):
        with pytest.raises(ArgumentTypeError, match="after"):
            compare(report, wrong)  # type: ignore[arg-type]
    other = check(example("provinsi-kalimantan-timur"), on=ON)
    with pytest.raises(ArgumentValueError, match="two regions"):
        compare(report, other)


# --- 7. truthy text for a boolean -----------------------------------------------------------


def test_strict_and_keep_recorded_must_be_booleans() -> None:
    import tkpk_rules

    with pytest.raises(ArgumentTypeError, match="strict"):
        tkpk_rules.load(BANYUMAS, strict="yes")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="strict"):
        tkpk_rules.load(_document(), strict="no")  # type: ignore[arg-type]
    with pytest.raises(PlanningError, match="keep_recorded"):
        plan(load_example(), 2027, keep_recorded="no")  # type: ignore[arg-type]


def test_bool_argument_refuses_text() -> None:
    from tkpk_rules._arguments import bool_argument

    assert bool_argument(False, "redact") is False
    with pytest.raises(ArgumentTypeError, match="redact"):
        bool_argument("no", "redact")


# --- 8. a diff with its dates reversed ------------------------------------------------------


def test_diff_with_reversed_dates(capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules import service
    from tkpk_rules.cli import main

    path = str(EXAMPLE / "kabupaten-banyumas.yaml")
    assert main(["diff", path, "--from", "9999-12-31", "--to", "0001-01-01"]) == 64
    assert "swap them" in capsys.readouterr().err
    with pytest.raises(ArgumentValueError, match="from_date"):
        service.diff(
            ("-", load_example()), from_date=dt.date(2027, 1, 1), to_date=dt.date(2026, 1, 1)
        )


def test_diff_dates_name_their_own_arguments() -> None:
    from tkpk_rules._arguments import diff_dates

    with pytest.raises(ArgumentTypeError, match="from_date"):
        diff_dates("2020-01-01", dt.date(2021, 1, 1))
    with pytest.raises(ArgumentTypeError, match="to_date"):
        diff_dates(dt.date(2020, 1, 1), None)
    diff_dates(dt.date(2020, 1, 1), dt.date(2020, 1, 1))


# --- 10. an agenda item reversed, a negative count ------------------------------------------


def test_an_agenda_item_ending_before_it_starts_is_refused_in_strict_mode() -> None:
    agenda = [
        {
            "tahun": 2026,
            "kegiatan": [
                {"kegiatan": "penyusunan_rat", "mulai": "2026-03-10", "selesai": "2026-03-09"}
            ],
        }
    ]
    text = json.dumps(_document(agenda_kerja=agenda))
    loads(text)  # lenient: as before
    with pytest.raises(DocumentError) as info:
        loads(text, strict=True)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("agenda_kerja[0].kegiatan[0]", "bad_range")


def test_a_negative_count_of_teams_is_refused() -> None:
    text = json.dumps(_document(tim_bawahan=[{"tingkat": "kecamatan", "jumlah": -5}]))
    with pytest.raises(DocumentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.path == "tim_bawahan[0].jumlah" and problem.code == "bad_value"
    assert loads(json.dumps(_document(tim_bawahan=[{"jumlah": 0}]))).tim_bawahan[0].jumlah == 0


# --- 11. one-digit months and days in YAML --------------------------------------------------


@pytest.mark.parametrize("libyaml", [True, False])
def test_a_one_digit_month_in_yaml_is_refused(
    monkeypatch: pytest.MonkeyPatch, libyaml: bool
) -> None:
    from tkpk_rules.io import _yaml

    if libyaml and _yaml._CLoader is None:
        pytest.skip("PyYAML without libyaml")
    if not libyaml:
        monkeypatch.setattr(_yaml, "_CLoader", None)
        monkeypatch.setattr(_yaml, "USE_LIBYAML", False)
    assert "    tanggal: 2025-04-14\n" in BANYUMAS
    text = BANYUMAS.replace("    tanggal: 2025-04-14\n", "    tanggal: 2025-4-14\n", 1)
    with pytest.raises(DocumentError) as info:
        loads(text)
    (problem,) = info.value.problems
    assert problem.code == "bad_date" and problem.suggestion == "2025-04-14"


# --- 12. from_ical: timed events, reversed spans, cancelled events --------------------------


def _calendar(event: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        f"DTSTAMP:20260101T000000Z\r\nSUMMARY:Rapat\r\n{event}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_a_timed_event_ends_on_its_day() -> None:
    pytest.importorskip("icalendar")
    from tkpk_rules.planning import from_ical

    agenda = from_ical(_calendar("DTSTART:20260310T090000\r\nDTEND:20260310T110000\r\n"))
    (item,) = agenda.kegiatan
    assert (item.mulai, item.selesai) == (dt.date(2026, 3, 10), dt.date(2026, 3, 10))


@pytest.mark.parametrize(
    "event",
    [
        "DTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260309\r\n",
        "DTSTART:20260310T090000\r\nDTEND:20260309T110000\r\n",
        "DTSTART;VALUE=DATE:20260310\r\nSTATUS:CANCELLED\r\n",
    ],
)
def test_reversed_and_cancelled_events_are_refused(event: str) -> None:
    pytest.importorskip("icalendar")
    from tkpk_rules.planning import CalendarFileError, from_ical

    with pytest.raises(CalendarFileError) as info:
        from_ical(_calendar(event))
    assert "acara ke-1" in info.value.message("id") and "event 1" in info.value.message("en")


# --- 13. ids that differ only by normalisation ----------------------------------------------


def test_ids_equal_after_normalisation_are_one_source() -> None:
    sources = [{"id": "caf\u00e9", "judul": "a"}, {"id": "cafe\u0301", "judul": "b"}]
    text = json.dumps(_document(sumber=sources))
    assert loads(text).sumber[1].id == "cafe\u0301"  # the stored text is kept
    with pytest.raises(DocumentError) as info:
        loads(text, strict=True)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("sumber[1].id", "duplicate_source")


def test_reading_the_workbook_of_a_valid_dossier_still_works(tmp_path: Path) -> None:
    from tkpk_rules.io import load

    path = _workbook(tmp_path, _document())
    assert load(path) == load_example()
    assert io.BytesIO(path.read_bytes()).read(2) == b"PK"


# --- 4, 7, 8 in the engine: check, check_many and diff ---------------------------------------


def test_the_engine_refuses_truthy_text_and_reversed_diffs() -> None:
    from tkpk_rules import check, check_many, diff
    from tkpk_rules.errors import ArgumentTypeError
    from tkpk_rules.examples import load_example

    d = load_example()
    day = dt.date(2025, 6, 1)
    with pytest.raises(ArgumentTypeError, match="redact"):
        check(d, on=day, redact="no")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="redact"):
        list(check_many([d], on=day, redact="no"))  # type: ignore[arg-type]
    # In Python a diff may go back in time (appeared and disappeared swap): not refused.
    diff(d, from_date=dt.date(2026, 1, 1), to_date=dt.date(2025, 1, 1))
    with pytest.raises(ArgumentTypeError, match="from_date"):
        diff(d, from_date="2020-01-01", to_date=day)  # type: ignore[arg-type]


def test_check_many_starts_no_more_processes_than_it_can_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import concurrent.futures

    from tkpk_rules import check_many
    from tkpk_rules.examples import load_example

    asked: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, max_workers: int | None = None, **kw: object) -> None:
            asked.append(max_workers or 0)
            super().__init__(max_workers=max_workers, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counting)
    reports = list(check_many([load_example()] * 3, on=dt.date(2025, 6, 1), workers=10**6))
    assert len(reports) == 3
    assert asked and asked[0] <= 3  # three dossiers, one chunk: one process is all it uses


# --- a review of round four: what the fixes must not refuse ----------------------------------


def test_harmless_parameters_and_a_trailing_comma_are_accepted(client: Any) -> None:
    for query in (
        "/check?on=2026-11-27&_=1700000000",
        "/check?on=2026-11-27&utm_source=x&XDEBUG_SESSION_START=1",
        "/plan?year=2027&fixed=2027-03-03,",
    ):
        answer = client.post(query, content=BANYUMAS, headers=YAML)
        assert answer.status_code == 200, (query, answer.text)


def test_the_php_array_form_of_a_single_value_says_give_it_once(client: Any) -> None:
    answer = client.post("/check?on[]=2026-11-27", content=BANYUMAS, headers=YAML)
    (problem,) = answer.json()["masalah"]
    assert "?on=... once" in problem["pesan"]["en"] and "comma" not in problem["pesan"]["en"]


def test_numpy_booleans_and_zero_or_one_are_booleans() -> None:
    from tkpk_rules.errors import ArgumentTypeError, bool_argument

    np = pytest.importorskip("numpy")
    assert bool_argument(np.True_, "redact") is True
    assert bool_argument(0, "redact") is False
    with pytest.raises(ArgumentTypeError):
        bool_argument(2, "redact")


def test_a_time_in_utc_is_read_on_indonesias_day_or_refused() -> None:
    pytest.importorskip("icalendar")
    from tkpk_rules.planning import CalendarFileError, from_ical

    # 23:30 UTC on 9 March is the morning of 10 March in every Indonesian zone.
    morning = "DTSTART:20260309T233000Z\r\nDTEND:20260310T013000Z\r\n"
    (item,) = from_ical(_calendar(morning).replace("UID:a", "UID:a\r\nX-TKPK-TAHUN:2026")).kegiatan
    assert (item.mulai, item.selesai) == (dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    # 16:00 UTC is 23:00 in Jakarta but already the next day in Makassar: which day, open.
    with pytest.raises(CalendarFileError, match="WIB"):
        from_ical(_calendar("DTSTART:20260309T160000Z\r\nDTEND:20260309T170000Z\r\n"))
