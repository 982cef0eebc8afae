"""The command line: ``tkpk-rules plan`` and ``tkpk-rules due``."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
import yaml

from tkpk_rules.cli import main
from tkpk_rules.planning import from_ical


def flat(text: str) -> str:
    """Text with line wrapping undone."""
    return " ".join(text.split())


def test_due_example_tells_the_clerk_what_is_left(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--example", "--on", "2026-11-27"]) == 0
    out = flat(capsys.readouterr().out)
    assert "Kabupaten Banyumas (33.02) — kewajiban per Jumat, 27 November 2026" in out
    assert "Yang masih harus dilakukan tahun 2026:" in out
    assert (
        "[HARUS DILAKUKAN] 2 dari 3 rapat koordinasi tahun 2026 terlaksana; 1 lagi paling lambat"
        " 31 Desember 2026. Terjadwal: Selasa, 8 Desember 2026." in out
    )
    assert "[BERISIKO] RAT 2027 belum ditetapkan (masih draf)" in out
    assert "praktik, hanya saran" in out and "Sudah selesai:" in out
    # What is left comes before what is done.
    assert out.index("RAT 2027 belum") < out.index("Sudah selesai:")


def test_due_in_english_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--example", "--on", "2026-11-27", "--lang", "en"]) == 0
    out = flat(capsys.readouterr().out)
    assert "[DUE] 2 of 3 coordination meetings of 2026 held; 1 more needed by 31 December" in out
    assert main(["due", "--example", "--on", "2026-11-27", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["masukan"][0]["hasil"]
    codes = {o["kode"]: o for o in data["kewajiban"]}
    assert codes["meetings.minimum"]["status"] == "harus_dilakukan"
    assert codes["rat.next"]["dukungan"] == "practice" and codes["rat.next"]["hanya_saran"]


def test_due_reports_unreadable_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "salah.yaml"
    bad.write_text("format: tkpk-rules/1\nwilayah: {kode: '99.99'}\n", encoding="utf-8")
    assert main(["due", str(bad), "--on", "2026-01-05"]) == 2
    assert "wilayah.kode" in capsys.readouterr().err


def test_plan_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--example", "--year", "2027", "--weekday", "selasa"]) == 0
    out = flat(capsys.readouterr().out)
    assert out.startswith("Rancangan agenda kerja tahunan 2027 — Kabupaten Banyumas (33.02)")
    assert "Rapat koordinasi I: laporan pelaksanaan 2026" in out
    assert "[direncanakan]" in out and "Alasan:" in out
    assert "pada hari pilihan (Selasa)" in out


def test_plan_writes_an_ics_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "agenda-2027.ics"
    assert main(["plan", "--example", "--year", "2027", "--ics", str(target)]) == 0
    captured = capsys.readouterr()
    assert "Kalender ditulis ke" in captured.err
    data = target.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    meetings = [e for e in cal.walk("VEVENT") if str(e["x-tkpk-kegiatan"]) == "rapat_koordinasi"]
    assert len(meetings) == 3
    assert from_ical(data).tahun == 2027


def test_plan_json_and_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["plan", "--example", "--year", "2027", "--fixed", "2027-05-25", "--avoid",
            "2027-10-18..2027-10-22", "--meetings", "4"]  # fmt: skip
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (agenda,) = data["agenda_kerja"]
    dates = [i["mulai"] for i in agenda["kegiatan"] if i["kegiatan"] == "rapat_koordinasi"]
    assert "2027-05-25" in dates and len(dates) == 4
    assert not any("2027-10-18" <= d <= "2027-10-22" for d in dates)
    assert len(data["alasan"]) == len(agenda["kegiatan"])
    assert main([*args, "--format", "yaml"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["agenda_kerja"][0] == agenda


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--fixed", "2027-08-17"], "bukan hari kerja"),
        (["--weekday", "minggu"], "Senin-Jumat"),
        (["--meetings", "2"], "paling sedikit 3"),
        (["--year", "2019"], "42/2010"),
    ],
)
def test_plan_bad_requests_exit_64_with_both_languages(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["plan", "--example"] + ([] if "--year" in args else ["--year", "2027"])
    assert main([*base, *args]) == 64
    err = capsys.readouterr().err
    assert words in err and " / " in err
    assert "Traceback" not in err


def test_plan_needs_exactly_one_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules.examples import example_text

    other = tmp_path / "lain.yaml"
    other.write_text(example_text(), encoding="utf-8")
    assert main(["plan", str(other), "--example", "--year", "2027"]) == 64
    assert "satu berkas" in capsys.readouterr().err
    assert main(["plan", "--year", "2027"]) == 64


def test_plan_unwritable_ics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "a.ics"
    assert main(["plan", "--example", "--year", "2027", "--ics", str(target)]) == 74
    assert "Tidak dapat menulis" in capsys.readouterr().err


def test_bad_dates_are_argparse_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["due", "--example", "--on", "27-11-2026"])
    assert info.value.code == 64
    assert "YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["plan", "--example", "--avoid", "2027-05-10..2027-05-01"])
    assert info.value.code == 64
    assert "the range ends before it starts" in capsys.readouterr().err
