"""The command line: --version, validate, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tkpk_rules
from tkpk_rules.cli import main
from tkpk_rules.io.schema import document_schema, shipped_schema

FIVE_MISTAKES = """\
format: tkpk-rules/1
wilayah:
  kode: "33.99"
tim:
  pembentukan:
    tanggal: 2025-02-30x
  ketua:
    nama: Contoh
    jabtan: {jenis: wakil_bupati}
  anggota:
    - nama: 12
rapat_koordinasi:
  - status: terlaksana
"""


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"tkpk-rules {tkpk_rules.__version__}"


def test_validate_example_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--example"]) == 0
    assert "sah" in capsys.readouterr().out


def test_validate_reports_all_five_mistakes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "salah.yaml"
    path.write_text(FIVE_MISTAKES, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    for where in (
        "wilayah.kode",
        "tim.pembentukan.tanggal",
        "tim.ketua.jabtan",
        "tim.anggota[0].nama",
        "rapat_koordinasi[0].tanggal",
    ):
        assert err.count(where) == 1, where
    assert "5 masalah" in err
    assert main(["validate", str(path), "--lang", "en"]) == 2
    err_en = capsys.readouterr().err
    assert "5 problems" in err_en
    assert "masalah" not in err_en


def test_validate_folder_and_mixed_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tkpk_rules.examples import example_text

    (tmp_path / "a.yaml").write_text(example_text(), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(FIVE_MISTAKES, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 2
    out = capsys.readouterr()
    assert "a.yaml: sah" in out.out and "b.yaml" in out.err


def test_validate_without_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 64
    assert "--example" in capsys.readouterr().err


def test_schema_prints_the_shipped_document_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == document_schema()


def test_shipped_schema_is_the_generated_one() -> None:
    assert json.loads(shipped_schema("document")) == document_schema(), (
        "regenerate: python -m tkpk_rules.io.schema > src/tkpk_rules/schemas/document-1.json"
    )


def test_examples_validate_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from tkpk_rules.examples import EXAMPLES, load_example
    from tkpk_rules.io import dump

    validator = jsonschema.Draft202012Validator(document_schema())
    for name in EXAMPLES:
        validator.validate(dump(load_example(name)))


def test_the_installed_command_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tkpk_rules", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "Periksa" in done.stdout and "Check" in done.stdout
