"""Redaction: people's names leave the dossier, everything else stays."""

from __future__ import annotations

import datetime as dt
import importlib.util
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from _profiles import ci_examples
from tkpk_rules.examples import EXAMPLES, load_example
from tkpk_rules.io import dump, load
from tkpk_rules.model import (
    NOT_RECORDED,
    Dossier,
    Element,
    Meeting,
    Member,
    Office,
    OfficeKind,
    Official,
    RegionRef,
    Team,
)
from tkpk_rules.redact import DEFAULT_PLACEHOLDER, NOTE_PLACEHOLDER, personal_names, redact
from tkpk_rules.testing.strategies import dossiers


def _people(value: object) -> list[Member | Official]:
    found: list[Member | Official] = []
    if isinstance(value, tuple):
        for item in value:
            found.extend(_people(item))
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            found.extend(_people(getattr(value, field.name)))
        if isinstance(value, (Member, Official)):
            found.append(value)
    return found


def _placeholders(count: int) -> set[str]:
    return {DEFAULT_PLACEHOLDER.format(n=n) for n in range(1, count + 1)}


def _strip_people(document: Any) -> Any:
    """The document with every name and note taken out."""
    if isinstance(document, list):
        return [_strip_people(v) for v in document]
    if isinstance(document, dict):
        return {
            k: ("-" if k in ("nama", "keterangan") else _strip_people(v))
            for k, v in document.items()
        }
    return document


@pytest.mark.parametrize("name", EXAMPLES)
def test_bundled_examples_keep_no_names(name: str) -> None:
    dossier = load_example(name)
    names = personal_names(dossier)
    assert names, "the examples name people"
    hidden = redact(dossier)
    assert personal_names(hidden) <= _placeholders(len(names))
    text = repr(dump(hidden))
    for person in names:
        assert person not in text


@settings(max_examples=ci_examples(500, 80))
@given(dossiers())
def test_only_names_change(dossier: Dossier) -> None:
    hidden = redact(dossier)
    before, after = _people(dossier), _people(hidden)
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert type(old) is type(new)
        assert old.jabatan == new.jabatan  # offices and roles stay
        if not isinstance(old.nama, str) or not old.nama:
            assert new.nama == old.nama  # not recorded stays not recorded; empty stays empty
        else:
            assert new.nama in _placeholders(len(before))
    # Apart from names, participants and notes, the document is the same.
    assert _strip_people(dump(hidden)) == _strip_people(dump(dossier))
    assert load(dump(hidden)) == hidden


@settings(max_examples=ci_examples(500, 80))
@given(dossiers())
def test_same_people_stay_the_same_and_different_people_different(dossier: Dossier) -> None:
    from tkpk_rules.redact import _name_key

    pairs = [
        (old.nama, new.nama)
        for old, new in zip(_people(dossier), _people(redact(dossier)), strict=True)
        if isinstance(old.nama, str) and old.nama
    ]
    for a_old, a_new in pairs:
        for b_old, b_new in pairs:
            assert (_name_key(a_old) == _name_key(b_old)) == (a_new == b_new)


@settings(max_examples=ci_examples(300, 50))
@given(dossiers())
def test_redacting_twice_changes_nothing_more(dossier: Dossier) -> None:
    once = redact(dossier)
    assert redact(once) == once


def test_names_differing_in_case_spacing_and_punctuation_are_one_person() -> None:
    dossier = Dossier(
        wilayah=RegionRef(kode="33.02"),
        tim=Team(
            ketua=Member(nama="Drs. Budi  Santoso"),
            sekretaris=Member(nama="drs budi santoso"),
            wakil_ketua=Member(nama="Siti"),
            anggota=(Member(nama=""), Member()),
        ),
    )
    team = redact(dossier).tim
    assert isinstance(team, Team)
    assert team.ketua == Member(nama="[disamarkan 1]")
    assert team.sekretaris == Member(nama="[disamarkan 1]")
    assert team.wakil_ketua == Member(nama="[disamarkan 2]")
    assert team.anggota == (Member(nama=""), Member())


def test_participants_and_member_notes_are_hidden_other_notes_stay() -> None:
    dossier = Dossier(
        wilayah=RegionRef(kode="33.02", nama="Kabupaten Banyumas"),
        tim=Team(
            nama="TKPK Kabupaten Banyumas",
            ketua=Member(nama="Budi", keterangan="Plt. sejak Maret, menggantikan Andi"),
            keterangan="Dibentuk ulang setelah pilkada",
        ),
        rapat_koordinasi=(
            Meeting(
                tanggal=dt.date(2025, 3, 1),
                peserta=("Budi", "Kepala Dinas Sosial", ""),
                dipimpin_oleh=Official(nama="Budi", jabatan=Office(jenis=OfficeKind.WAKIL_BUPATI)),
                keterangan="Rapat pertama",
            ),
        ),
    )
    kept = redact(dossier).rapat_koordinasi[0]  # type: ignore[index]
    assert kept.peserta == ("Budi", "Kepala Dinas Sosial", "")  # agencies, as a rule
    hidden = redact(dossier, participants=True)
    assert personal_names(dossier, participants=True) == {"Budi", "Kepala Dinas Sosial"}
    assert isinstance(hidden.tim, Team) and isinstance(hidden.tim.ketua, Member)
    assert hidden.tim.ketua.keterangan == NOTE_PLACEHOLDER
    assert hidden.tim.keterangan == "Dibentuk ulang setelah pilkada"
    assert hidden.tim.nama == "TKPK Kabupaten Banyumas"
    assert hidden.wilayah.nama == "Kabupaten Banyumas"
    meeting = hidden.rapat_koordinasi[0]  # type: ignore[index]
    assert meeting.peserta == ("[disamarkan 1]", "[disamarkan 2]", "")
    assert meeting.dipimpin_oleh == Official(
        nama="[disamarkan 1]", jabatan=Office(jenis=OfficeKind.WAKIL_BUPATI)
    )
    assert meeting.keterangan == "Rapat pertama"
    assert "Andi" not in repr(hidden)


def test_the_original_is_unchanged_and_untouched_parts_are_shared() -> None:
    dossier = load_example()
    before = dump(dossier)
    hidden = redact(dossier)
    assert dump(dossier) == before
    assert hidden.wilayah is dossier.wilayah
    assert hidden.dokumen is dossier.dokumen


def test_a_dossier_without_people_comes_back_as_is() -> None:
    dossier = Dossier(wilayah=RegionRef(kode="64.72"), tim=NOT_RECORDED)
    assert redact(dossier) is dossier


def test_placeholder_without_a_number_hides_who_is_who() -> None:
    hidden = redact(load_example(), placeholder="XXX")
    assert personal_names(hidden) == {"XXX"}


needs_engine = pytest.mark.skipif(
    importlib.util.find_spec("tkpk_rules.engine") is None,
    reason="the rules engine (tkpk_rules.engine.check) is not there yet",
)


@needs_engine
@settings(max_examples=ci_examples(200, 30))
@given(dossiers())
def test_checking_a_redacted_dossier_gives_the_same_outcomes(dossier: Dossier) -> None:
    from tkpk_rules.engine import check

    on = dt.date(2025, 6, 30)

    def outcomes(d: Dossier) -> list[tuple[object, ...]]:
        report = check(d, on=on)
        return [(f.code, f.outcome, f.path, f.year, f.variant) for f in report.findings]

    assert outcomes(redact(dossier)) == outcomes(dossier)


@needs_engine
@pytest.mark.parametrize("name", EXAMPLES)
def test_reports_of_a_redacted_dossier_name_nobody(name: str) -> None:
    from tkpk_rules.engine import check

    dossier = load_example(name)
    team = dossier.tim
    assert isinstance(team, Team)
    members = team.anggota if isinstance(team.anggota, tuple) else ()
    # A member known only by name: the membership rule quotes it as unclassified.
    stranger_name = "Sri Rahayu Widyaningsih"
    stranger = Member(nama=stranger_name)
    dossier = attrs.evolve(dossier, tim=attrs.evolve(team, anggota=(*members, stranger)))
    names = personal_names(dossier)
    on = dt.date(2026, 12, 31)
    plain = check(dossier, on=on)
    if stranger_name not in plain.to_json():
        pytest.skip("the rules quote no names any more: nothing to hide")
    hidden = check(redact(dossier), on=on)
    for fmt in ("text", "markdown", "html", "json"):
        for lang in ("id", "en"):
            text = hidden.render(fmt, lang)
            assert sorted(person for person in names if person in text) == [], (fmt, lang)


def test_structured_attendees_lose_their_names_and_text_attendees_too() -> None:
    d = load(
        {
            "format": "tkpk-rules/1",
            "wilayah": {"kode": "33.02"},
            "rapat_koordinasi": [
                {
                    "tanggal": "2024-01-01",
                    "peserta": ["Budi", {"nama": "Siti", "unsur": "masyarakat"}],
                }
            ],
        }
    )
    assert personal_names(d, participants=True) == {"Budi", "Siti"}
    hidden = redact(d, participants=True)
    assert personal_names(hidden, participants=True).isdisjoint({"Budi", "Siti"})
    attendee = hidden.rapat_koordinasi[0].peserta[1]  # type: ignore[index]
    assert isinstance(attendee, Member) and attendee.unsur is Element.MASYARAKAT
