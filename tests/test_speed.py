"""What the speed work (issue 15) changed besides timings: laziness and sharing, never output.

Byte-identity of reports is ``tests/test_golden.py``; here: the input hash is
computed only when read, engine-made findings are shared between checks but hold
no text of the dossier, and loading restores the garbage collector.
"""

from __future__ import annotations

import datetime as dt
import gc
import json

import pytest

from tkpk_rules import check, engine
from tkpk_rules.errors import DocumentError
from tkpk_rules.io import loads
from tkpk_rules.model import Dossier, RegionRef
from tkpk_rules.report import _canonical

ON = dt.date(2024, 12, 31)


def test_input_hash_is_computed_on_first_read_only() -> None:
    dossier = Dossier(wilayah=RegionRef(kode="33.02", nama="Kabupaten Banyumas"))
    _canonical._MEMO.clear()
    report = check(dossier, on=ON)
    assert not _canonical._MEMO  # nobody read the stamp: nothing hashed
    first = report.stamp.input_hash
    assert first == _canonical.input_hash(dossier) and first.startswith("sha256:")
    assert report.stamp.input_hash is first
    assert "input_hash='sha256:" in repr(report.stamp)
    assert report.stamp == check(dossier, on=ON).stamp


def test_engine_made_findings_hold_no_text_of_the_dossier() -> None:
    secret = "Nama Rahasia Sekali"
    doc = {"format": "tkpk-rules/1", "wilayah": {"kode": "33.02"}, "tim": {"nama": secret}}
    for day in (dt.date(2019, 6, 1), dt.date(2020, 3, 1), ON):
        check(loads(json.dumps(doc)), on=day)
    assert engine._MADE
    assert all(secret not in repr(found) for found in engine._MADE.values())
    assert all(secret not in repr(key) for key in engine._MADE)


def test_engine_made_findings_are_the_same_as_built_afresh() -> None:
    d = Dossier(wilayah=RegionRef(kode="64"))
    engine._MADE.clear()
    fresh = check(d, on=dt.date(2020, 3, 1)).to_json()
    assert engine._MADE
    assert check(d, on=dt.date(2020, 3, 1)).to_json() == fresh


@pytest.mark.parametrize("was_on", [True, False])
def test_loading_leaves_the_collector_as_it_was(was_on: bool) -> None:
    (gc.enable if was_on else gc.disable)()
    try:
        loads('{"format": "tkpk-rules/1", "wilayah": {"kode": "33.02"}}')
        assert gc.isenabled() is was_on
        with pytest.raises(DocumentError):
            loads('{"format": "tkpk-rules/1", "wilayah": {"kode": 5}}')
        assert gc.isenabled() is was_on
    finally:
        gc.enable()
