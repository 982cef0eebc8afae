"""Words no more certain than the finding: a review of every message against its outcome.

A review (2026-12-03) read each rule's and the engine's messages and advice against the
outcomes they are given under, on the bundled Banyumas example changed in small ways.
Each test below is one thing it found, and fails on the code before the fix.
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache
from typing import Any

import pytest

from tkpk_rules import check, load
from tkpk_rules.examples import example_text
from tkpk_rules.report import Finding, Outcome, Progress, Report

yaml = pytest.importorskip("yaml")


@cache
def _banyumas() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(example_text("kabupaten-banyumas"))
    return data


def base() -> dict[str, Any]:
    return copy.deepcopy(_banyumas())


def judged(doc: dict[str, Any], on: dt.date) -> Report:
    report = check(load(doc), on=on)
    assert isinstance(report, Report)
    return report


def found(report: Report, code: str, year: int | None = None) -> list[Finding]:
    return [f for f in report.findings if f.code == code and (year is None or f.year == year)]


def words(f: Finding) -> str:
    return " ".join(
        filter(None, (f.message("id"), f.message("en"), f.action("id"), f.action("en")))
    )


NOW = dt.date(2026, 11, 27)


def test_no_agenda_yet_in_a_running_year_is_doubted_when_the_list_is_partial() -> None:
    doc = base()
    doc["agenda_kerja"] = [a for a in doc["agenda_kerja"] if a["tahun"] != 2026]
    plain = found(judged(doc, NOW), "TKPK53-AGD-001", 2026)
    assert [f.variant for f in plain] == ["missing_running"]
    assert "tercatat" in plain[0].message("id") and "recorded" in plain[0].message("en")
    for cakupan in (
        {"sebagian": ["agenda_kerja"]},
        {"mulai": "2023-01-01", "selesai": "2026-03-31"},
    ):
        doc["cakupan"] = cakupan
        (f,) = found(judged(doc, NOW), "TKPK53-AGD-001", 2026)
        assert f.outcome is Outcome.UNDETERMINED and f.severity.value != "advisory"
        assert f.message_text.key in ("_engine.partial_list", "_engine.outside_coverage")
        assert "Adopt" not in (f.action("en") or "")


def test_a_report_not_there_yet_is_said_not_recorded_yet() -> None:
    """On track (its practice deadline is ahead): the words say what the record shows."""
    doc = base()
    doc["dokumen"] = [
        d
        for d in doc["dokumen"]
        if not (d["jenis"] == "laporan_pelaksanaan" and d.get("tahun") in (2024, 2025))
    ]
    (pending,) = found(judged(doc, NOW), "TKPK53-DOC-006", 2025)
    assert pending.variant == "pending" and pending.progress is Progress.ON_TRACK
    assert "belum tercatat" in pending.message("id") and "not recorded" in pending.message("en")


def test_an_spkd_not_recorded_for_the_year_is_said_of_the_record() -> None:
    doc = base()
    doc["tim"] = copy.deepcopy(doc["riwayat_tim"][0])
    del doc["riwayat_tim"]
    (f,) = found(judged(doc, dt.date(2019, 6, 30)), "TKPK42-DOC-001")
    assert f.variant == "lapsed"
    assert "dalam catatan" in f.message("id") and "is recorded" in f.message("en")
    doc["cakupan"] = {"sebagian": ["dokumen"]}
    (f,) = found(judged(doc, dt.date(2019, 6, 30)), "TKPK42-DOC-001")
    assert f.message_text.key == "_engine.partial_list"


def test_the_coverage_wrapper_says_the_same_in_both_languages() -> None:
    doc = base()
    doc["rapat_koordinasi"] = [m for m in doc["rapat_koordinasi"] if m["tanggal"] != "2024-11-12"]
    doc["rapat_koordinasi"] = [
        m for m in doc["rapat_koordinasi"] if not str(m["tanggal"]).startswith("2024-1")
    ]
    doc["cakupan"] = {"mulai": "2024-01-01", "selesai": "2024-09-30"}
    covered = [
        f
        for f in judged(doc, dt.date(2025, 6, 30)).findings
        if f.message_text.key == "_engine.outside_coverage"
    ]
    assert covered
    for f in covered:
        assert "yang tercatat saja" in f.message("id")
        assert "on what is recorded alone" in f.message("en")
        assert "if it did" not in f.message("en")


def _meetings_2026(doc: dict[str, Any], extra: list[dict[str, Any]]) -> dict[str, Any]:
    doc["rapat_koordinasi"] = [
        m for m in doc["rapat_koordinasi"] if not str(m["tanggal"]).startswith("2026")
    ] + extra
    return doc


def test_on_track_resting_on_meetings_of_unknown_status_or_kind_says_so() -> None:
    doc = _meetings_2026(
        base(),
        [
            {"tanggal": "2026-02-10", "jenis": "fgd", "status": "terlaksana"},
            {"tanggal": "2026-04-10", "status": "terlaksana"},
            {"tanggal": "2026-05-10", "jenis": "rapat_koordinasi"},
        ],
    )
    (f,) = found(judged(doc, dt.date(2026, 6, 30)), "TKPK53-MTG-001", 2026)
    assert f.variant == "on_track_unknown" and f.progress is None
    assert "hanya bila" in f.message("id") and "only if" in f.message("en")
    assert f.missing


def _run_on_into_2024(dropped: tuple[str, ...], end: str, held: tuple[str, str]) -> dict[str, Any]:
    """The example with the meetings dated ``dropped...`` replaced by a held meeting from
    30 December 2023 to ``end`` and two held on the days ``held``."""
    doc = base()
    doc["rapat_koordinasi"] = [
        m for m in doc["rapat_koordinasi"] if not str(m["tanggal"]).startswith(dropped)
    ] + [
        {
            "tanggal": "2023-12-30",
            "tanggal_selesai": end,
            "jenis": "rapat_koordinasi",
            "status": "terlaksana",
        },
        *({"tanggal": day, "jenis": "rapat_koordinasi", "status": "terlaksana"} for day in held),
    ]
    return doc


def test_on_track_resting_on_a_meeting_run_on_from_the_year_before_names_the_open_question() -> (
    None
):
    doc = _run_on_into_2024(("2023-12", "2024"), "2024-01-05", ("2024-03-01", "2024-05-01"))
    (f,) = found(judged(doc, dt.date(2024, 6, 15)), "TKPK53-MTG-001", 2024)
    assert f.variant == "on_track_unknown"
    assert any(m.startswith("teks Permendagri 53/2020") for m in f.missing)
    assert "official text" in (f.action("en") or "")


def test_topics_recorded_on_meetings_of_unknown_status_are_not_called_unrecorded() -> None:
    doc = _meetings_2026(
        base(),
        [
            {
                "tanggal": "2026-02-10",
                "jenis": "fgd",
                "status": "terlaksana",
                "pembahasan": ["rat"],
            },
            {"tanggal": "2026-04-10", "status": "terlaksana", "pembahasan": ["rat"]},
            {
                "tanggal": "2026-05-10",
                "jenis": "rapat_koordinasi",
                "pembahasan": ["laporan_pelaksanaan"],
            },
        ],
    )
    (f,) = found(judged(doc, dt.date(2027, 3, 1)), "TKPK53-MTG-002", 2026)
    assert f.outcome is Outcome.UNDETERMINED and f.variant == "status_unknown"
    assert "rapat_koordinasi[*].pembahasan" not in f.missing
    assert "rapat_koordinasi[tanggal=2026-05-10].status" in f.missing
    assert "pembahasan" not in (f.action("en") or "")


def test_a_held_meeting_on_other_topics_cannot_hold_the_missing_ones_whatever_its_kind() -> None:
    """A meeting recorded as held whose kind is unsure (an FGD) and whose topics hold none
    of the missing work did not do it, whatever its kind; one whose status is not recorded
    (its topics may be its plan) or still scheduled after its day keeps the year open."""
    held = {"tanggal": "2026-05-10", "jenis": "fgd", "status": "terlaksana", "pembahasan": ["rpkd"]}
    doc = _meetings_2026(
        base(),
        [
            {
                "tanggal": "2026-02-10",
                "status": "terlaksana",
                "jenis": "rapat_koordinasi",
                "pembahasan": ["laporan_pelaksanaan"],
            },
            held,
        ],
    )
    (f,) = found(judged(doc, dt.date(2027, 3, 1)), "TKPK53-MTG-002", 2026)
    assert f.outcome is Outcome.VIOLATION and f.variant == "missing_topics"
    for status in (None, "dijadwalkan"):
        changed = copy.deepcopy(doc)
        meeting = changed["rapat_koordinasi"][-1]
        meeting["jenis"] = "rapat_koordinasi"
        if status is None:
            del meeting["status"]
        else:
            meeting["status"] = status
        (g,) = found(judged(changed, dt.date(2027, 3, 1)), "TKPK53-MTG-002", 2026)
        assert g.outcome is Outcome.UNDETERMINED and g.variant == "status_unknown", status


def test_no_meeting_on_the_rpkd_is_said_of_the_time_before_its_adoption() -> None:
    doc = base()
    for m in doc["rapat_koordinasi"]:
        if str(m["tanggal"]) < "2025-11-01" and "rpkd" in m.get("pembahasan", []):
            m["pembahasan"] = [t for t in m["pembahasan"] if t != "rpkd"]
    doc["rapat_koordinasi"].append(
        {
            "tanggal": "2025-11-20",
            "jenis": "rapat_koordinasi",
            "status": "terlaksana",
            "pembahasan": ["rpkd"],
        }
    )
    (f,) = found(judged(doc, dt.date(2025, 12, 31)), "TKPK53-MTG-003")
    assert f.variant == "none"
    assert "sebelum penetapannya" in f.message("id") and "before its adoption" in f.message("en")


def test_an_agenda_lacking_the_rat_is_not_also_said_to_lack_the_rpkd_while_one_is_in_force() -> (
    None
):
    doc = base()
    agenda = next(a for a in doc["agenda_kerja"] if a["tahun"] == 2026)
    agenda["kegiatan"] = [
        k
        for k in agenda["kegiatan"]
        if k["kegiatan"] != "penyusunan_rat" and "rat" not in k.get("pembahasan", [])
    ]
    (f,) = found(judged(doc, dt.date(2027, 3, 1)), "TKPK53-AGD-002", 2026)
    assert f.outcome is Outcome.VIOLATION and f.variant == "missing_items"
    assert "RAT" in f.message("id") and "RPKD" not in f.message("id")
    assert "RPKD" not in (f.action("en") or "")


def test_a_report_adopted_on_its_deadline_is_by_it_in_both_languages() -> None:
    for f in judged(base(), NOW).findings:
        if f.code == "TKPK53-DOC-006" and f.variant == "on_time":
            assert "paling lambat" in f.message("id") and " by " in f.message("en")
            assert "sebelum" not in f.message("id")


def test_no_chair_is_never_written_as_a_chair_called_dash() -> None:
    doc = base()
    doc["tim"]["ketua"] = None
    doc.pop("kekosongan_jabatan", None)
    (f,) = found(judged(doc, dt.date(2025, 6, 30)), "TKPK53-LDR-001")
    assert f.variant == "vacancy_not_recorded_no_chair"
    assert "Ketua tidak tercatat" in f.message("id") and "No chair is recorded" in f.message("en")
    assert " - " not in f.message("id") and "the -" not in f.message("en")


def test_a_question_for_the_laws_text_is_not_advice_to_record_it() -> None:
    doc = _run_on_into_2024(("2024",), "2024-01-02", ("2024-03-01", "2024-06-01"))
    spans = [f for f in judged(doc, dt.date(2025, 3, 1)).findings if f.variant == "spans_year"]
    assert spans
    for f in spans:
        assert any(m.startswith("teks Permendagri 53/2020") for m in f.missing)
        assert "Add the facts needed" not in (f.action("en") or "")
        assert "official text" in (f.action("en") or "")


def test_the_administrative_level_names_no_regulation_number_the_brief_does_not_give() -> None:
    doc = {"format": "tkpk-rules/1", "wilayah": {"kode": "31.71"}}
    for f in judged(doc, NOW).findings:
        assert "40/2018" not in words(f)


def test_what_53_2020_asks_of_a_team_is_said_as_reported_not_as_its_text() -> None:
    doc = base()
    doc["tim"]["pembentukan"]["tanggal"] = "2019-05-02"
    doc["tim"]["pembentukan"].pop("dasar_hukum", None)
    doc.pop("riwayat_tim", None)
    variants = {}
    (f,) = found(judged(doc, dt.date(2021, 6, 30)), "TKPK53-INS-003")
    variants[f.variant] = f
    doc["tim"]["pembentukan"]["dasar_hukum"] = ["Permendagri 42/2010"]
    (f,) = found(judged(doc, dt.date(2021, 6, 30)), "TKPK53-INS-003")
    variants[f.variant] = f
    assert set(variants) == {"formed_before", "cites_replaced"}
    for f in variants.values():
        assert "dilaporkan" in f.message("id") and "belum diverifikasi" in f.message("id")
        assert "as reported" in f.message("en") and "not verified" in f.message("en")
