"""Findings as records and as a pandas DataFrame."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkpk_rules import check, frame
from tkpk_rules.examples import EXAMPLES, load_example
from tkpk_rules.testing.strategies import dossiers

pd = pytest.importorskip("pandas")
ON = dt.date(2026, 11, 27)


def test_one_row_per_finding_with_a_code_column() -> None:
    report = check(load_example(), on=ON)
    df = frame([report])
    assert len(df) == len(report.findings)
    assert list(df["kode"]) == [f.code for f in report.findings]
    assert (df["kode_wilayah"] == "33.02").all() and (df["provinsi"] == "Jawa Tengah").all()
    assert (df["tanggal_pemeriksaan"] == pd.Timestamp(ON)).all()


def test_typed_columns_hold_every_possible_value() -> None:
    from tkpk_rules.law.support import Support
    from tkpk_rules.report.outcome import Outcome, Severity

    df = frame(check(load_example(), on=ON))
    assert list(df["hasil"].cat.categories) == [o.value for o in Outcome]
    assert list(df["keparahan"].cat.categories) == [s.value for s in Severity]
    assert list(df["dukungan"].cat.categories) == [s.value for s in Support]
    assert str(df["tahun"].dtype) == "Int64"
    counts = df["hasil"].value_counts()
    assert set(counts.index) == {o.value for o in Outcome}  # zeros included


def test_a_mapping_names_each_row_and_the_language_is_chosen() -> None:
    reports = {name: check(load_example(name), on=ON) for name in EXAMPLES}
    df = frame(reports, lang="en")
    assert list(df.columns[:2]) == ["sumber", "kode_wilayah"]
    assert set(df["sumber"]) == set(EXAMPLES)
    first = reports[EXAMPLES[0]].findings[0]
    assert df.iloc[0]["pesan"] == first.message("en")


def test_records_are_plain_data() -> None:
    report = check(load_example(), on=ON)
    for record, finding in zip(report.to_records(), report.findings, strict=True):
        assert record["kode"] == finding.code and record["pesan"] == finding.message("id")
        assert all(
            isinstance(v, (str, int, bool, list, dt.date, type(None))) for v in record.values()
        )
    with pytest.raises(ValueError, match="language"):
        report.to_records("fr")


def test_an_empty_input_gives_an_empty_frame_with_the_columns() -> None:
    df = frame([])
    assert len(df) == 0 and "kode" in df.columns and str(df["hasil"].dtype) == "category"


def test_frame_refuses_what_is_not_a_report() -> None:
    from tkpk_rules.errors import TkpkError

    with pytest.raises(TkpkError, match="Report"):
        frame(["not a report"])  # type: ignore[list-item]


@settings(max_examples=25)
@given(dossier=dossiers(), on=st.dates(dt.date(2011, 1, 1), dt.date(2030, 12, 31)))
def test_rows_match_findings_for_any_record(dossier: object, on: dt.date) -> None:
    report = check(dossier, on=on)  # type: ignore[arg-type]
    df = frame(report)
    assert len(df) == len(report.findings)
    assert df["hasil"].value_counts().to_dict() == {
        k: v for k, v in report.counts().items() if k in df["hasil"].cat.categories
    }


def test_import_stays_light() -> None:
    code = (
        "import sys, tkpk_rules, tkpk_rules.cli, tkpk_rules.service; "
        "from tkpk_rules.cli import build_parser; build_parser(); "
        "heavy = [m for m in ('pandas', 'starlette', 'uvicorn', 'httpx') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_record_keys_are_the_report_json_finding_keys() -> None:
    """Where a column and a key of the JSON report's finding mean the same, they are named
    the same (the naming rule: Indonesian for what a reader sees)."""
    report = check(load_example(), on=ON)
    finding_keys = set(report.to_dict()["temuan"][0])
    record = report.to_records()[0]
    region = {"kode_wilayah", "nama_wilayah", "tingkat", "provinsi", "tanggal_pemeriksaan"}
    assert set(record) - region <= finding_keys
