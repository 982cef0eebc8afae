"""Reports: JSON and its schema, stamps, renderers (text, Markdown, escaped HTML), summary."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import ON, D, compliant, judge, with_team
from tkpk_rules.engine import check
from tkpk_rules.model import Level, Member, Office
from tkpk_rules.report import FORMAT, Outcome
from tkpk_rules.report.render import render, summary


def schema() -> dict[str, object]:
    from tkpk_rules.service import schema as shipped

    return shipped("report")


def test_json_shape_and_schema() -> None:
    r = judge(with_team(compliant(), ketua=None))
    data = json.loads(r.to_json())
    assert data["format"] == FORMAT == "tkpk-rules.laporan/2"
    jsonschema.validate(data, schema())
    f = data["temuan"][0]
    for key in ("kode", "ketentuan", "hasil", "dukungan", "kutipan", "jalur", "fakta", "pesan"):
        assert key in f
    assert set(f["pesan"]) == {"id", "en"}
    assert data["cap"]["tanggal_pemeriksaan"] == ON.isoformat()
    assert data["cap"]["hash_aturan"].startswith("sha256:")


@given(st.data())
def test_any_dossier_report_validates(data: st.DataObject) -> None:
    from tkpk_rules.testing.strategies import dossiers

    d = data.draw(dossiers())
    on = data.draw(st.dates(D(2008, 1, 1), D(2030, 12, 31)))
    jsonschema.validate(json.loads(check(d, on=on).to_json()), schema())


def test_schema_rejects_a_practice_violation() -> None:
    data = json.loads(judge(compliant()).to_json())
    practice = next(f for f in data["temuan"] if f["dukungan"] == "practice")
    practice["hasil"] = practice["keparahan"] = "violation"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_stamp_changes_with_input_and_handover() -> None:
    a = judge(compliant())
    b = judge(with_team(compliant(), nama="lain"))
    assert a.stamp.input_hash != b.stamp.input_hash
    assert a.stamp.rulebook_hash == b.stamp.rulebook_hash
    c = judge(compliant(), handover=D(2020, 5, 1))
    assert json.loads(c.to_json())["cap"]["peralihan"] == "2020-05-01"


def test_text_groups_and_labels() -> None:
    r = judge(with_team(compliant(), ketua=None))
    text = r.render("text")
    assert text.index("== Pelanggaran (1) ==") < text.index("== Sesuai")
    assert "dilaporkan, teks pasal belum diverifikasi" in text
    en = r.render("text", "en")
    assert "reported, article text not verified" in en and "== Violation (1) ==" in en
    assert "Pasal ?" in text


def test_html_is_escaped_and_markdown_tables() -> None:
    evil = "Sekretaris <script>alert(1)</script>"  # surely not the head: the title is shown
    d = with_team(compliant(), sekretaris=Member(jabatan=Office(sebutan=evil, instansi="Bappeda")))
    r = judge(d)
    html = r._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    md = r._repr_markdown_()
    assert "| Kode |" in md
    with pytest.raises(ValueError, match="format"):
        render(r, format="pdf")


def test_summary_table() -> None:
    rows = [
        ("a.yaml", judge(compliant(Level.KOTA))),
        ("b.yaml", None),
        ("c.yaml", judge(attrs.evolve(compliant(), tim=None))),
    ]
    text = summary(rows, lang="en")
    assert "unreadable" in text and "Total" in text
    data = json.loads(summary(rows, format="json"))
    assert data["baris"][2]["jumlah"]["violation"] >= 1
    assert judge(compliant()).counts()[Outcome.VIOLATION.value] == 0


def test_summary_line_adds_up_to_the_sections() -> None:
    import re

    from tkpk_rules.examples import EXAMPLES, load_example
    from tkpk_rules.report.render import shown_counts

    for name in EXAMPLES:
        report = check(load_example(name), on=dt.date(2026, 11, 27))
        counts = shown_counts(report)
        assert sum(v for k, v in counts.items() if k != "at_risk") == len(report.findings)
        text = report.render("text", lang="id")
        headed = {int(n) for n in re.findall(r"^== .* \((\d+)\) ==$", text, flags=re.M)}
        line = text.splitlines()[4]
        assert {int(n) for n in re.findall(r"\d+", line)} >= headed
        assert sum(int(n) for n in re.findall(r"\d+", line)) == len(report.findings)
