"""Words in one room: a support level, an outcome and a date read the same in every renderer.

Text, Markdown, HTML and JSON reports, the ``plan`` and ``due`` commands and the
iCalendar export all take their words from :mod:`tkpk_rules.i18n`; these tests fail
when any of them words a level, an outcome or a date its own way.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tkpk_rules import i18n
from tkpk_rules.cli import main
from tkpk_rules.engine import check
from tkpk_rules.examples import load_example
from tkpk_rules.law.support import Support
from tkpk_rules.planning import obligations, plan, to_ical
from tkpk_rules.report.outcome import Outcome

LANGS = ("id", "en")
DAYS = (dt.date(2018, 6, 1), dt.date(2020, 3, 1), dt.date(2024, 6, 1), dt.date(2026, 11, 27))

#: Wordings of a support level that some renderer used before there was one vocabulary.
_OTHER_WORDINGS = (
    "dua sumber atau lebih;",
    "two or more sources;",
    "satu sumber;",
    "single source;",
    "satu sumber, teks pasal",
    "single source, article text",
    "praktik (saran saja)",
    "practice (advisory only)",
    "tidak dapat ditentukan",
    "cannot be determined",
)


def _support_phrases(text: str, lang: str) -> set[str]:
    """Every support wording of the vocabulary found in ``text``."""
    return {level.value for level in Support if i18n.support_words(level, lang) in text}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("on", DAYS)
def test_reports_word_levels_outcomes_and_dates_from_the_vocabulary(on: dt.date, lang: str) -> None:
    report = check(load_example("kabupaten-banyumas"), on=on)
    text = report.render("text", lang)
    markdown = report.render("markdown", lang)
    page = html.unescape(report.render("html", lang))
    data = json.loads(report.render("json", lang))
    day = i18n.date_words(on, lang)
    for out in (text, markdown.replace("\\", ""), page):
        assert day in out
        for f in report.findings:
            assert i18n.support_words(f.support, lang) in out
        for outcome in {f.outcome.value for f in report.findings}:
            words = i18n.outcome_words(outcome, lang)
            assert words[:1].upper() + words[1:] in out
        for other in _OTHER_WORDINGS:
            assert other not in out
    for f, got in zip(report.findings, data["temuan"], strict=True):
        assert got["pesan"] == {"id": f.message("id"), "en": f.message("en")}
        assert got["dukungan"] == f.support.value
        # A date the engine speaks of is the date the header shows, in words.
        if f.variant.startswith("_engine.regime") and "tanggal" in dict(f.facts):
            assert on.isoformat() not in f.message(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_due_plan_and_calendar_word_levels_and_dates_as_reports_do(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = load_example("kabupaten-banyumas")
    on = dt.date(2026, 11, 27)
    assert main(["due", "--example", "--on", on.isoformat(), "--lang", lang]) in (0, 1)
    due = capsys.readouterr().out
    flat = " ".join(due.split())
    assert i18n.date_words(on, lang, weekday=True) in flat
    for o in obligations(dossier, on=on):
        assert i18n.support_words(o.support, lang) in flat
        assert o.status.label(lang) == i18n.status_words(o.status, lang)
        if o.deadline is not None and o.status.value != "selesai":
            assert i18n.date_words(o.deadline, lang) in flat
    assert main(["plan", "--example", "--year", "2026", "--lang", lang]) in (0, 1)
    planned = " ".join(capsys.readouterr().out.split())
    agenda = plan(dossier, 2026)
    calendar = to_ical(agenda, lang=lang, stamp=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    ics = re.sub(r"\r\n[ \t]", "", calendar.decode()).replace("\\,", ",").replace("\\;", ";")
    for out in (flat, planned, ics):
        assert _support_phrases(out, lang), out[:300]
        for other in _OTHER_WORDINGS:
            assert other not in out
    for item in agenda.kegiatan:
        assert i18n.date_words(item.mulai, lang, weekday=True) in planned


def test_undetermined_reads_the_same_as_an_outcome_and_a_status() -> None:
    from tkpk_rules.planning import ObligationStatus

    for lang in LANGS:
        assert ObligationStatus.UNDETERMINED.label(lang) == i18n.outcome_words(
            Outcome.UNDETERMINED, lang
        )


def test_one_wording_per_support_level_everywhere() -> None:
    texts = [i18n.support_words(level, lang) for level in Support for lang in LANGS]
    assert len(set(texts)) == len(texts)
    # The brief's label for the secondary-source levels.
    for level in (Support.REPORTED, Support.SINGLE_SOURCE):
        assert i18n.support_words(level, "en").startswith("reported, article text not verified")


def test_findings_write_no_sentence_until_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine keeps a message key and parameters; nothing is rendered inside check()."""
    calls: list[str] = []
    real = i18n.Text.render

    def counting(self: i18n.Text, lang: str = "id") -> str:
        calls.append(self.key)
        return real(self, lang)

    monkeypatch.setattr(i18n.Text, "render", counting)
    from tkpk_rules.model import Dossier, RegionRef

    reports = [check(load_example("kabupaten-banyumas"), on=on) for on in DAYS]
    reports.append(check(Dossier(wilayah=RegionRef(kode="33.02")), on=dt.date(2020, 3, 1)))
    no_meetings = attrs.evolve(load_example("kabupaten-banyumas"), rapat_koordinasi=())
    reports.append(check(no_meetings, on=dt.date(2026, 11, 27)))
    assert calls == []
    findings = [f for r in reports for f in r.findings]
    assert all(isinstance(f.message_text, i18n.Text) for f in findings)
    for f in findings[:50]:
        assert f.message("en") and f.message("id")
    assert calls


_SPELLED_DURATIONS = (
    "enam bulan",
    "six months",
    "dua minggu",
    "two weeks",
    "sebulan",
    "a month",
    "seminggu",
    "a week",
)


def test_no_number_of_the_law_in_the_engine_and_planning_words() -> None:
    from tkpk_rules.i18n._engine import ENGINE
    from tkpk_rules.i18n._planning import PLANNING

    for key, pair in {**ENGINE, **PLANNING}.items():
        for words in pair:
            assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", words), key
            assert "paling sedikit 3" not in words and "at least 3" not in words, key
            assert "belum diverifikasi)" not in words, key  # support levels are parameters
            # durations of the law or of practice are parameters (i18n.duration_words)
            for spelled in _SPELLED_DURATIONS:
                assert not re.search(rf"\b{spelled}\b", words), (key, spelled)


def test_words_and_text_are_frozen_hashable_and_picklable() -> None:
    import pickle

    w = i18n.Words("rapat", "meeting")
    t = i18n.Text("planning.meetings_progress", held=2, required=3, year=2026)
    assert pickle.loads(pickle.dumps(w)) == w and pickle.loads(pickle.dumps(t)) == t
    assert hash(t) == hash(i18n.Text("planning.meetings_progress", held=2, required=3, year=2026))
    with pytest.raises(KeyError):
        i18n.Text("planning.no_such_message")
    with pytest.raises(ValueError, match="unknown language"):
        w.pick("fr")


def _sentences_in(path: str) -> list[str]:
    """String literals of a module that read as words (a space inside), docstrings left out."""
    import ast
    from pathlib import Path

    import tkpk_rules

    tree = ast.parse((Path(tkpk_rules.__file__).parent / path).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", node.value)
    ]


@pytest.mark.parametrize(
    "path",
    [
        "io/_messages.py",
        "io/_field_help.py",
        "io/workbook.py",
        "io/_clerk.py",
        "io/_references.py",
        "io/_dates.py",
    ],
)
def test_the_loader_asks_i18n_for_its_words(path: str) -> None:
    assert _sentences_in(path) == []


def test_problem_words_and_type_names_come_from_the_loading_group() -> None:
    from tkpk_rules.io import _messages

    words = i18n.MESSAGES["loading.missing"]
    assert _messages.render("missing") == (words.id, words.en)
    assert _messages.type_name("date", "en") == i18n.MESSAGES["loading.type.date"].en
    assert _messages.type_name("no_such_kind", "id") == "no_such_kind"


def test_workbook_comments_say_the_glossary_meaning_of_each_field() -> None:
    from tkpk_rules.io import _field_help
    from tkpk_rules.io.workbook import layout

    checked = 0
    for sheet in layout().sheets:
        for column in sheet.columns:
            if column.kind == "status" or column is sheet.text_column:
                continue
            owner = _field_help._owner(sheet.cls, column.key[:-1])
            found = i18n.meaning(column.key[-1], owner)
            if found is None:
                continue
            text_id, text_en = _field_help.describe_column(sheet, column)
            plain = _field_help.field_help(column.key[-1], owner, workbook=True)
            assert plain[0] in text_id and plain[1] in text_en, column.key
            assert "`" not in text_id + text_en
            checked += 1
    assert checked > 50


_HELP_KEYWORDS = {"help", "description", "epilog", "metavar", "usage"}


def _cli_sentences(path: str) -> list[str]:
    """Word-like literals of a command-line module outside argparse's help texts."""
    import ast
    from pathlib import Path

    import tkpk_rules

    tree = ast.parse((Path(tkpk_rules.__file__).parent / path).read_text(encoding="utf-8"))
    inside_help = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg in _HELP_KEYWORDS
        for sub in ast.walk(keyword.value)
    } | {  # the top parser's DESCRIPTION and EPILOG, given as help texts
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in {"DESCRIPTION", "EPILOG"} for t in node.targets)
        for sub in ast.walk(node.value)
    }
    allowed = set(_sentences_in(path))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in inside_help
        and node.value in allowed
    ]


def _cli_modules() -> list[str]:
    from pathlib import Path

    import tkpk_rules

    folder = Path(tkpk_rules.__file__).parent / "cli"
    return sorted(f"cli/{p.name}" for p in folder.glob("*.py"))


@pytest.mark.parametrize("path", _cli_modules())
def test_the_command_line_asks_i18n_for_what_it_says(path: str) -> None:
    """Only argparse's help texts are still written in the command-line modules."""
    assert _cli_sentences(path) == []


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=999))
def test_number_words_name_each_number_once(a: int, b: int) -> None:
    for lang in LANGS:
        assert (i18n.number_words(a, lang) == i18n.number_words(b, lang)) == (a == b)
        assert not re.search(r"\d", i18n.number_words(a, lang))


def test_number_and_duration_words() -> None:
    assert [i18n.number_words(n) for n in (1, 11, 12, 20, 21, 100, 345)] == [
        "satu",
        "sebelas",
        "dua belas",
        "dua puluh",
        "dua puluh satu",
        "seratus",
        "tiga ratus empat puluh lima",
    ]
    assert [i18n.number_words(n, "en") for n in (1, 12, 21, 100, 345)] == [
        "one",
        "twelve",
        "twenty-one",
        "one hundred",
        "three hundred and forty-five",
    ]
    assert i18n.duration_words(6, "month") == i18n.Words("enam bulan", "six months")
    assert i18n.duration_words(1, "month") == i18n.Words("sebulan", "a month")
    assert i18n.duration_words(7, "day") == i18n.Words("seminggu", "a week")
    assert i18n.duration_words(3, "day") == i18n.Words("tiga hari", "three days")
    with pytest.raises(ValueError, match="unknown unit"):
        i18n.duration_words(2, "fortnight")
    with pytest.raises(ValueError, match="negative"):
        i18n.number_words(-1)


def test_the_planner_says_the_months_of_its_parameter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The RPJMD months come from law.parameters: another value, other words and dates."""
    from tkpk_rules.planning import planner

    dossier = load_example("kabupaten-banyumas")
    day = dt.date(2025, 2, 20)

    def reasons(months: int) -> str:
        monkeypatch.setattr(planner, "RPJMD_MONTHS", months)
        agenda = plan(dossier, year=2025, inauguration=day)
        return " ".join(str(item.alasan) for item in agenda.kegiatan)

    assert "batas enam bulan 20 Agustus 2025" in reasons(6)
    assert "batas lima bulan 20 Juli 2025" in reasons(5)


def test_the_rkpd_deadline_is_a_parameter_of_the_planning_words() -> None:
    """ "akhir Juni" is ``batas_rkpd`` of law.parameters, written by i18n.day_of_year_words."""
    from tkpk_rules.i18n._planning import PLANNING

    for key, pair in PLANNING.items():
        for words in pair:
            assert "Juni" not in words and "June" not in words, key
    end = i18n.day_of_year_words(dt.date(2026, 6, 30), article=False)
    text = i18n.Text(
        "planning.rat_before_apbd",
        status="",
        year=2027,
        deadline=dt.date(2026, 12, 31),
        rkpd_by=end,
    )
    assert "(end of June, practice)" in text.render("en")
    assert "(akhir Juni, praktik)" in text.render("id")
    assert i18n.day_of_year_words(dt.date(2024, 2, 29)) == i18n.Words(
        "akhir Februari", "the end of February"
    )
    assert i18n.day_of_year_words(dt.date(2026, 6, 15)) == i18n.Words("15 Juni", "15 June")


def test_the_yaml_error_words_are_in_i18n_but_pyyamls_own() -> None:
    """What is left in io/_yaml_errors.py is PyYAML's wording, matched, never shown as ours."""
    pyyaml = {
        "quoted scalar",
        "mapping values are not allowed",
        "cannot start any token",
        "expected <block end>",
        "did not find expected key",
        "found unexpected end of stream",
    }
    assert set(_sentences_in("io/_yaml_errors.py")) <= pyyaml


def test_rule_messages_write_dates_in_words_and_facts_keep_iso() -> None:
    import re

    from tkpk_rules import check as judge
    from tkpk_rules.examples import load_example

    report = judge(load_example(), on=dt.date(2024, 12, 31))
    agenda = next(f for f in report.by_code("TKPK53-AGD-001") if f.variant == "ok")
    adopted = dict(agenda.facts)["ditetapkan"]
    assert isinstance(adopted, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", adopted)
    day = dt.date.fromisoformat(adopted)
    from tkpk_rules.i18n import date_words

    assert date_words(day, "id") in agenda.message("id")
    assert date_words(day, "en") in agenda.message("en")
    assert adopted not in agenda.message("id") + agenda.message("en")
