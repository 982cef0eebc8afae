"""Every face shows what the report knows: a review of the output faces (2026-12-03).

A review compared the report with each face a user reads it through (the text,
Markdown and HTML reports, the data frame, the obligations of ``due``) and found three
that dropped what the record lacks or how sure it is:

* the Markdown and HTML reports left out the facts that would settle a finding
  (``kurang``) and the classifications a rule assumed, which the text report shows;
* ``Report.to_records`` and ``frame`` had no ``kepastian``: a finding resting on an
  inferred or uncertain fact read as a plain row;
* an obligation of ``due`` that cannot be told kept its finding's message but not the
  facts it needs (new key ``kurang``, format ``tkpk-rules.kewajiban/3``).
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from tkpk_rules import check, loads, obligations
from tkpk_rules.examples import load_example
from tkpk_rules.model import Dossier
from tkpk_rules.planning import ObligationStatus
from tkpk_rules.report import Outcome
from tkpk_rules.report.render import _h, _md
from tkpk_rules.testing.strategies import dossiers

DAYS = st.sampled_from(
    [dt.date(2021, 12, 31), dt.date(2024, 3, 31), dt.date(2024, 12, 31), dt.date(2026, 11, 27)]
)

#: A team whose chair's office is inferred, not stated (the review's example).
_INFERRED = (
    "format: tkpk-rules/1\nwilayah: {kode: '33.02'}\ntim:\n  ketua:\n"
    "    jabatan: {jenis: wakil_bupati}\n    kepastian: disimpulkan\n"
)

#: An RPKD that cannot be judged: the RPJMD's adoption date is not recorded.
_RPKD_OPEN = """format: tkpk-rules/1
wilayah: {kode: "33.02"}
tim:
  pembentukan: {jenis: keputusan, penerbit: bupati, tanggal: 2023-02-01}
  ketua: {jabatan: {jenis: wakil_bupati}}
dokumen:
  - {jenis: rpjmd, periode: {mulai: 2025, selesai: 2029}, status: ditetapkan}
"""


# -- the Markdown and HTML reports -------------------------------------------------------


def test_markdown_and_html_show_the_facts_needed_as_the_text_does() -> None:
    report = check(load_example("kabupaten-banyumas"), on=dt.date(2026, 11, 27))
    open_findings = [f for f in report.findings if f.missing and f.outcome is Outcome.UNDETERMINED]
    assert open_findings
    for lang in ("id", "en"):
        text = report.render("text", lang)
        markdown = report.render("markdown", lang)
        page = report.render("html", lang)
        label = "Fakta yang diperlukan" if lang == "id" else "Facts needed"
        assert f"**{label}:**" in markdown and f"<b>{label}:</b>" in page
        for f in open_findings:
            needed = ", ".join(f.missing)
            assert needed in text
            assert _md(needed) in markdown
            assert _h(needed) in page


@settings(
    max_examples=ci_examples(150, 30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(dossier=st.one_of(dossiers(), dossiers(on=dt.date(2024, 12, 31))), on=DAYS)
def test_every_face_of_a_report_names_what_each_open_finding_needs(
    dossier: Dossier, on: dt.date
) -> None:
    """Each violation or undetermined finding's missing facts, and each rule's assumed
    classifications, are in the text, the Markdown and the HTML report alike."""
    report = check(dossier, on=on)
    text = report.render("text")
    markdown = report.render("markdown")
    page = report.render("html")
    for f in report.findings:
        shown = []
        if f.missing and f.outcome in (Outcome.VIOLATION, Outcome.UNDETERMINED):
            shown.append(", ".join(f.missing))
        defaults = dict(f.facts).get("klasifikasi_bawaan")
        if isinstance(defaults, tuple) and defaults:
            shown.append("; ".join(map(str, defaults)))
        for needed in shown:
            assert needed in text
            assert _md(needed) in markdown
            assert _h(needed) in page


# -- the data frame ----------------------------------------------------------------------


def test_a_finding_resting_on_an_inferred_fact_says_so_in_its_record() -> None:
    report = check(loads(_INFERRED), on=dt.date(2024, 11, 1))
    resting = [f for f in report.findings if f.certainty]
    assert resting
    records = report.to_records()
    for record, f in zip(records, report.findings, strict=True):
        assert record["kepastian"] == [{"jalur": p, "kepastian": c} for p, c in f.certainty]
        assert record["varian"] == f.variant
    assert {"jalur": "tim.ketua", "kepastian": "disimpulkan"} in [
        c for r in records for c in r["kepastian"]
    ]


def test_the_frame_has_the_certainty_column() -> None:
    import pytest

    pytest.importorskip("pandas")
    from tkpk_rules import frame

    report = check(loads(_INFERRED), on=dt.date(2024, 11, 1))
    df = frame(report)
    assert list(df.columns[-2:]) == ["varian", "kepastian"]
    assert df["kepastian"].map(len).sum() == sum(len(f.certainty) for f in report.findings)


@settings(
    max_examples=ci_examples(100, 25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(dossier=dossiers(), on=DAYS)
def test_records_keep_every_findings_certainty_and_missing_facts(
    dossier: Dossier, on: dt.date
) -> None:
    report = check(dossier, on=on)
    for record, f in zip(report.to_records(), report.findings, strict=True):
        assert record["kurang"] == list(f.missing)
        assert [(c["jalur"], c["kepastian"]) for c in record["kepastian"]] == list(f.certainty)
        assert record["hasil"] == f.outcome.value


# -- the obligations of due --------------------------------------------------------------


def test_an_obligation_that_cannot_be_told_names_the_facts_it_needs() -> None:
    day = dt.date(2026, 3, 31)
    doc = loads(_RPKD_OPEN)
    finding = next(f for f in check(doc, on=day).findings if f.code == "TKPK53-DOC-001")
    assert finding.outcome is Outcome.UNDETERMINED and finding.missing
    found = next(o for o in obligations(doc, on=day) if o.code == "rpkd.coverage")
    assert found.status is ObligationStatus.UNDETERMINED
    assert found.missing == finding.missing
    assert found.to_dict()["kurang"] == list(finding.missing)


def test_due_shows_the_facts_needed_in_json_and_text(tmp_path: object) -> None:
    from pathlib import Path

    from tkpk_rules.cli import main

    assert isinstance(tmp_path, Path)
    path = tmp_path / "tim.yaml"
    path.write_text(_RPKD_OPEN, encoding="utf-8")
    needed = next(
        f.missing
        for f in check(loads(_RPKD_OPEN), on=dt.date(2026, 3, 31)).findings
        if f.code == "TKPK53-DOC-001"
    )
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["due", str(path), "--on", "2026-03-31", "--format", "json"])
    envelope = json.loads(out.getvalue())
    result = envelope["masukan"][0]["hasil"]
    assert result["format"] == "tkpk-rules.kewajiban/3"
    rpkd = next(o for o in result["kewajiban"] if o["kode"] == "rpkd.coverage")
    assert rpkd["kurang"] == list(needed)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["due", str(path), "--on", "2026-03-31"])
    assert "Fakta yang diperlukan: " + ", ".join(needed) in " ".join(out.getvalue().split())


@settings(
    max_examples=ci_examples(100, 25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(dossier=st.one_of(dossiers(), dossiers(on=dt.date(2024, 12, 31))), on=DAYS)
def test_an_undetermined_obligation_keeps_what_its_finding_needs(
    dossier: Dossier, on: dt.date
) -> None:
    """Where an obligation cannot be told and its rule's finding for that year needs
    facts, the obligation lists them (never fewer than the finding)."""
    from tkpk_rules.planning.obligations import tracked_findings

    found = tracked_findings(dossier, on, None)
    for o in obligations(dossier, on=on):
        assert o.to_dict()["kurang"] == list(o.missing)
        if o.status is not ObligationStatus.UNDETERMINED:
            continue
        for f in found.values():
            same = f.year == o.year and f.provision == o.provision
            if same and f.missing and f.message_id in o.message_id:
                assert set(f.missing) <= set(o.missing)
