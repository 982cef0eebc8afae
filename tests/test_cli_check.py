"""The check, rules and coverage commands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tkpk_rules.cli import main
from tkpk_rules.law import PROVISIONS

BRIEF = Path(__file__).resolve().parents[2] / "shared" / "regulation" / "brief.md"


def _brief_text() -> str:
    """The brief, or a skip where the repository was cloned without ``shared/`` beside it."""
    if not BRIEF.is_file():
        pytest.skip("the regulation brief is not beside the repository (../shared)")
    return BRIEF.read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_example_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--example", "--on", "2026-11-27")
    assert code == 0 and "Kabupaten Banyumas" in out
    code, out, _ = run(
        capsys,
        "check",
        "--example",
        "provinsi-kalimantan-timur",
        "--on",
        "2025-06-01",
        "--lang",
        "en",
    )
    assert code == 1 and "== Violation (" in out


def test_check_json_is_one_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--example", "--on", "2026-11-27", "--format", "json")
    assert code == 0
    envelope = json.loads(out)
    assert envelope["format"] == "tkpk-rules.hasil/2"
    assert [e["hasil"]["format"] for e in envelope["masukan"]] == ["tkpk-rules.laporan/2"]
    _, again, _ = run(capsys, "check", "--example", "--on", "2026-11-27", "--format", "json")
    assert again == out


def test_unreadable_document_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: tkpk-rules/1\nwilayah: {kode: '99.99'}\n", encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}}), "utf-8")
    code, out, err = run(capsys, "check", str(tmp_path), "--on", "2024-06-01")
    assert code == 2
    assert "99.99" in err
    assert "Jumlah" in out  # summary table for several files


def test_handover_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "check",
        "--example",
        "--on",
        "2020-06-01",
        "--handover",
        "2020-05-01",
        "--format",
        "json",
    )
    assert json.loads(out)["masukan"][0]["hasil"]["cap"]["peralihan"] == "2020-05-01"
    code, _, err = run(
        capsys, "check", "--example", "--on", "2020-06-01", "--handover", "2021-05-01"
    )
    assert code == 64 and "handover" in err


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    from tkpk_rules.rules import RULEBOOK

    code, out, _ = run(capsys, "rules", "--format", "json")
    data = json.loads(out)["aturan"]
    assert code == 0 and [r["kode"] for r in data] == [r.code for r in RULEBOOK]
    assert all(r["kutipan"]["teks"] and r["dukungan"] and r["masa_berlaku"]["en"] for r in data)
    _, text, _ = run(capsys, "rules", "--lang", "en")
    assert "TKPK53-MTG-001" in text and "Pasal ?" in text


def test_coverage_json_lists_every_provision_of_the_brief(
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = re.findall(r"^\| `(53\.[a-z-]+)` \|", _brief_text(), re.M)
    code, out, _ = run(capsys, "coverage", "--format", "json")
    rows = json.loads(out)["ketentuan"]
    assert code == 0 and [r["ketentuan"] for r in rows if r["ketentuan"].startswith("53.")] == ids
    assert {r["ketentuan"] for r in rows} == set(PROVISIONS)
    for r in rows:
        assert r["aturan"] or (r["alasan"]["id"] and r["alasan"]["en"])
    _, text, _ = run(capsys, "coverage", "--lang", "en")
    assert "not machine-checkable" in text


def test_json_for_several_inputs_names_each_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "rusak.yaml"
    bad.write_text("format: tkpk-rules/1\nwilayah: {kode: '99.99'}\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(bad), "--example", "--format", "json")
    assert code == 2
    entries = json.loads(out)["masukan"]
    assert [e["sumber"] for e in entries] == ["contoh/example:kabupaten-banyumas", str(bad)]
    assert [e["sah"] for e in entries] == [True, False]
    assert entries[0]["hasil"]["format"] == "tkpk-rules.laporan/2"
    assert entries[1]["masalah"]["masalah"][0]["jalur"] == "wilayah.kode"
