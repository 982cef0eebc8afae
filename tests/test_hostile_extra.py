"""Issue 8, the rest: redacted reports, exports, capped error text, year bounds, suggestions.

Also the speed work of issue 8 kept behaviour: the fast input hash, meeting order,
rulebook hash and enum lookup give what the slow ones gave.  No test here is timed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

from _profiles import ci_examples
from tkpk_rules.cli import main
from tkpk_rules.engine import check, check_many, diff
from tkpk_rules.errors import DocumentError, Problem
from tkpk_rules.examples import EXAMPLES, load_example
from tkpk_rules.io import dump, load
from tkpk_rules.model import (
    NOT_RECORDED,
    Dossier,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    Office,
    OfficeKind,
    Official,
    RegionRef,
    Team,
)
from tkpk_rules.redact import personal_names, redact
from tkpk_rules.report._canonical import canonical, input_hash
from tkpk_rules.testing.strategies import dossiers

ON = dt.date(2025, 6, 30)


def _doc(**more: object) -> dict[str, object]:
    return {"format": "tkpk-rules/1", "wilayah": {"kode": "33.02"}, **more}


# --------------------------------------------------------------------------
# Redaction in check, check_many, diff and the command line
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_check_redact_is_the_report_of_the_redacted_copy(name: str) -> None:
    record = load_example(name)
    hidden = check(record, on=ON, redact=True)
    assert hidden == check(redact(record), on=ON)
    text = hidden.to_json() + hidden.render("text") + hidden.render("html", "en")
    assert not [n for n in personal_names(record) if n in text]
    plain = check(record, on=ON)
    assert [(f.code, f.outcome) for f in hidden.findings] == [
        (f.code, f.outcome) for f in plain.findings
    ]


def test_check_many_and_diff_redact() -> None:
    record = load_example()
    names = personal_names(record)
    (report,) = check_many([record], on=ON, redact=True)
    assert not [n for n in names if n in report.to_json()]
    changes = diff(record, from_date=dt.date(2019, 6, 1), to_date=ON, redact=True)
    assert not [n for n in names if n in changes.render("json", "id")]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_cli_check_redact_hides_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    record = load_example()
    assert isinstance(record.tim, Team) and isinstance(record.tim.anggota, tuple)
    # A member known only by name: the finding on elements has to name them somehow.
    nameless = Member(nama="Budi Santoso Pratama")
    record = attrs.evolve(
        record, tim=attrs.evolve(record.tim, anggota=(*record.tim.anggota, nameless))
    )
    path = tmp_path / "banyumas.json"
    path.write_text(json.dumps(dump(record)), encoding="utf-8")
    names = personal_names(record)
    argv = ["check", str(path), "--on", "2025-06-30", "--format", fmt]
    plain_code = main(argv)
    plain, _ = capsys.readouterr()
    if fmt == "json":  # the facts (shown in JSON) name the member without --redact
        assert "Budi Santoso Pratama" in plain
    code = main([*argv, "--redact"])
    out, _ = capsys.readouterr()
    assert code == plain_code
    assert not [n for n in names if n in out]
    if fmt == "json":
        assert "[disamarkan" in out


def test_cli_diff_redact(capsys: pytest.CaptureFixture[str]) -> None:
    names = personal_names(load_example())
    main(["diff", "--example", "--from", "2019-06-01", "--to", "2025-06-30", "--redact"])
    out, _ = capsys.readouterr()
    assert out and not [n for n in names if n in out]


def test_members_are_labelled_by_office_or_body_before_name() -> None:
    def unclassified(**fields: object) -> str:
        team = Team(anggota=(Member(**fields),))  # type: ignore[arg-type]
        report = check(Dossier(wilayah=RegionRef(kode="33.02"), tim=team), on=ON)
        (finding,) = report.by_code("TKPK53-MEM-001")
        labels = dict(finding.facts)["anggota_tanpa_unsur"]
        assert isinstance(labels, tuple)
        return labels[0]

    office = Office(jenis=OfficeKind.LAINNYA, sebutan="Ketua Forum CSR", instansi="Forum CSR")
    assert unclassified(nama="Budi Santoso", jabatan=office) == "Ketua Forum CSR"
    assert unclassified(nama="Budi Santoso", organisasi="Karang Taruna") == "Karang Taruna"
    assert unclassified(nama="Budi Santoso", jabatan=Office(instansi="BPS")) == "BPS"
    assert unclassified(nama="Budi Santoso") == "Budi Santoso"
    assert unclassified(nama=" ") == "(tanpa nama / unnamed)"
    hidden = redact(
        Dossier(
            wilayah=RegionRef(kode="33.02"),
            tim=Team(anggota=(Member(nama="Budi Santoso", jabatan=office),)),
        )
    )
    report = check(hidden, on=ON)
    assert "Ketua Forum CSR" in report.to_json()


# --------------------------------------------------------------------------
# Exports
# --------------------------------------------------------------------------


def test_limits_and_limit_error_are_exported() -> None:
    import tkpk_rules
    import tkpk_rules.io
    from tkpk_rules.errors import LimitExceededError
    from tkpk_rules.io.limits import Limits

    assert tkpk_rules.io.Limits is Limits
    assert "Limits" in tkpk_rules.io.__all__
    assert tkpk_rules.LimitExceededError is LimitExceededError
    assert "LimitExceededError" in tkpk_rules.__all__
    assert "LimitExceededError" in dir(tkpk_rules)
    with pytest.raises(tkpk_rules.LimitExceededError):
        load(_doc(sumber=["x"] * 20), limits=tkpk_rules.io.Limits(max_items=10))


# --------------------------------------------------------------------------
# DocumentError text is capped; problems are not
# --------------------------------------------------------------------------


def _problems(n: int) -> list[Problem]:
    return [
        Problem(path=f"tim.anggota[{i}]", code="missing", message_id="wajib", message_en="req")
        for i in range(n)
    ]


def test_document_error_text_lists_fifty_then_counts_the_rest() -> None:
    err = DocumentError(_problems(120))
    assert len(err.problems) == 120
    text = str(err)
    assert text.count("tim.anggota[") == 100  # 50 in each language
    assert "tim.anggota[49]" in text and "tim.anggota[50]" not in text
    assert "… 70 masalah lagi" in text and "… 70 more" in text
    assert text.startswith("120 masalah dalam dokumen")
    assert err.describe("en").count("tim.anggota[") == 120
    assert err.describe("id", limit=3).splitlines()[-1] == "  … 117 masalah lagi"


def test_document_error_text_of_few_problems_is_unchanged() -> None:
    err = DocumentError(_problems(50))
    assert "…" not in str(err)
    assert str(err) == err.describe("id") + "\n" + err.describe("en")


def test_a_hostile_document_error_stays_short() -> None:
    with pytest.raises(DocumentError) as info:
        load(_doc(tim={"anggota": [{"nmaa": i} for i in range(5000)]}))
    assert len(info.value.problems) == 5000
    assert len(str(info.value)) < 20_000


# --------------------------------------------------------------------------
# Years are bounded
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "path"),
    [
        (_doc(agenda_kerja=[{"tahun": 20244}]), "agenda_kerja[0].tahun"),
        (_doc(agenda_kerja=[{"tahun": 1899}]), "agenda_kerja[0].tahun"),
        (_doc(dokumen=[{"jenis": "rat", "tahun": 2201}]), "dokumen[0].tahun"),
        (
            _doc(dokumen=[{"jenis": "rpkd", "periode": {"mulai": -5, "selesai": 2026}}]),
            "dokumen[0].periode.mulai",
        ),
        (
            _doc(dokumen=[{"jenis": "rpkd", "periode": {"mulai": 2021, "selesai": 10**30}}]),
            "dokumen[0].periode.selesai",
        ),
    ],
)
def test_years_outside_1900_2200_are_problems(document: dict[str, object], path: str) -> None:
    with pytest.raises(DocumentError) as info:
        load(document)
    (problem,) = info.value.problems
    assert (problem.path, problem.code, problem.expected) == (path, "bad_value", "1900..2200")
    assert "1900" in problem.message_id and "tahun" in problem.message_id
    assert "a year from 1900 to 2200" in problem.message_en


def test_years_at_the_bounds_load() -> None:
    d = load(
        _doc(
            agenda_kerja=[{"tahun": 1900}, {"tahun": 2200}],
            dokumen=[{"jenis": "rpkd", "periode": {"mulai": 1900, "selesai": 2200}}],
        )
    )
    assert [a.tahun for a in d.agenda_kerja] == [1900, 2200]  # type: ignore[union-attr]


def test_year_of_the_wrong_type_is_still_a_type_problem() -> None:
    with pytest.raises(DocumentError) as info:
        load(_doc(dokumen=[{"jenis": "rat", "tahun": None}, {"jenis": "rat", "tahun": "2024"}]))
    assert [p.code for p in info.value.problems] == ["wrong_type", "wrong_type"]


# --------------------------------------------------------------------------
# "Did you mean": bounded work
# --------------------------------------------------------------------------


def test_suggestions_for_repeated_typos_are_remembered() -> None:
    from tkpk_rules.io.converter import _close_matches

    _close_matches.cache_clear()
    members = [{"nmaa": "x", "jabatan": {"jenis": "bupatti"}} for _ in range(300)]
    with pytest.raises(DocumentError) as info:
        load(_doc(tim={"anggota": members}))
    assert len(info.value.problems) == 600
    assert {p.suggestion for p in info.value.problems} == {"nama", "bupati"}
    assert _close_matches.cache_info().misses == 2


def test_very_long_unknown_keys_and_values_get_no_suggestion() -> None:
    long_key = "nama" + "x" * 5000
    long_value = "bupati" + "x" * 5000
    with pytest.raises(DocumentError) as info:
        load(_doc(tim={long_key: 1, "ketua": {"jabatan": {"jenis": long_value}}}))
    assert [p.suggestion for p in info.value.problems] == [None, None]
    assert [p.code for p in info.value.problems] == ["bad_value", "unknown_key"] or [
        p.code for p in info.value.problems
    ] == ["unknown_key", "bad_value"]


# --------------------------------------------------------------------------
# The speed work kept behaviour
# --------------------------------------------------------------------------


def _slow_hash(value: object) -> str:
    text = json.dumps(canonical(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_input_hash_is_the_hash_of_the_canonical_json(name: str) -> None:
    record = load_example(name)
    assert input_hash(record) == _slow_hash(record)
    assert input_hash(record) == input_hash(record)  # remembered
    assert input_hash(load_example(name)) == _slow_hash(record)  # an equal copy


@settings(max_examples=ci_examples(200, 40), deadline=None)
@given(dossiers())
def test_input_hash_of_any_dossier(dossier: Dossier) -> None:
    assert input_hash(dossier) == _slow_hash(dossier)


def test_input_hash_of_plain_values_and_of_equal_objects() -> None:
    import gc

    from tkpk_rules.report import _canonical

    for value in ([1, "a", None, True, 1.5], {"b": [2], "a": 1}, "x", 3, NOT_RECORDED):
        assert input_hash(value) == _slow_hash(value)
    a = Dossier(wilayah=RegionRef(kode="33.02"), sumber=("x",))
    b = Dossier(wilayah=RegionRef(kode="33.02"), sumber=("x",))
    assert a == b and a is not b
    assert input_hash(a) == input_hash(b) == _slow_hash(b)
    # The memory is keyed by the object itself and goes with it.
    key = id(a)
    assert _canonical._MEMO[key][0]() is a
    del a
    gc.collect()
    assert key not in _canonical._MEMO


def test_meetings_on_the_same_day_keep_their_order() -> None:
    from tkpk_rules.judge import _meeting_key, _sorted

    chair = [
        Official(jabatan=Office(jenis=kind))
        for kind in (OfficeKind.WAKIL_BUPATI, OfficeKind.SEKRETARIS_DAERAH, OfficeKind.BUPATI)
    ]
    day = dt.date(2024, 3, 1)
    meetings = tuple(
        Meeting(tanggal=d, jenis=j, status=s, dipimpin_oleh=c)
        for d in (day, day + dt.timedelta(days=1))
        for j in (MeetingKind.RAPAT_KOORDINASI, NOT_RECORDED, MeetingKind.LAINNYA)
        for s in (MeetingStatus.TERLAKSANA, NOT_RECORDED, MeetingStatus.DIBATALKAN)
        for c in chair
    )
    for order in (meetings, meetings[::-1], meetings[1::2] + meetings[::2]):
        assert _sorted(order) == sorted(order, key=_meeting_key)
        distinct = tuple({(m.tanggal, m.status, m.jenis): m for m in order}.values())
        assert _sorted(distinct) == sorted(distinct, key=_meeting_key)


def test_rulebook_hash_is_remembered_but_the_same() -> None:
    from tkpk_rules.rules import RULEBOOK, _compute_rulebook_hash, rulebook_hash

    assert rulebook_hash() == _compute_rulebook_hash(RULEBOOK)
    assert rulebook_hash(RULEBOOK[:3]) == _compute_rulebook_hash(RULEBOOK[:3])
    assert rulebook_hash(tuple(RULEBOOK)) == rulebook_hash(list(RULEBOOK))  # type: ignore[arg-type]


def test_enum_values_load_by_value_and_suggest_when_wrong() -> None:
    d = load(_doc(tim={"ketua": {"jabatan": {"jenis": "wakil_bupati", "status": "plt"}}}))
    assert d.tim.ketua.jabatan.jenis is OfficeKind.WAKIL_BUPATI  # type: ignore[union-attr]
    with pytest.raises(DocumentError) as info:
        load(_doc(tim={"ketua": {"jabatan": {"jenis": "Wakil Bupati"}}}))
    (problem,) = info.value.problems
    assert problem.suggestion == "wakil_bupati"
    assert re.search(r"did you mean 'wakil_bupati'", problem.message_en)
