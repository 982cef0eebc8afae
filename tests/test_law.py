"""The law as data: regulations, citations, identify(), the time line, provisions."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import re
from pathlib import Path

import pytest

from tkpk_rules.law import (
    HANDOVER_EARLIEST,
    HANDOVER_LATEST,
    PROVISIONS,
    REGULATIONS,
    Citation,
    HandoverError,
    Support,
    governing,
    governing_through,
    identify,
)

D = dt.date
#: The brief beside the repository (``<repo>/../shared/regulation/brief.md``).
BRIEF = Path(__file__).resolve().parents[2] / "shared" / "regulation" / "brief.md"


def _brief_text() -> str:
    """The brief, or a skip where the repository was cloned without ``shared/`` beside it."""
    if not BRIEF.is_file():
        pytest.skip("the regulation brief is not beside the repository (../shared)")
    return BRIEF.read_text(encoding="utf-8")


def _brief_support_levels() -> list[str]:
    text = _brief_text()
    section = text.split("## Support levels", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, re.M)


def test_support_values_are_exactly_the_briefs() -> None:
    # The brief lists them strongest first; so does the enum.
    assert [s.value for s in Support] == _brief_support_levels()
    assert [s.value for s in Support] == [
        "confirmed",
        "quoted",
        "reported",
        "single_source",
        "practice",
    ]
    assert not Support.PRACTICE.binding
    assert all(s.binding for s in Support if s is not Support.PRACTICE)


def test_six_regulations_with_known_dates() -> None:
    assert set(REGULATIONS) == {
        "perpres-13-2009",
        "permendagri-34-2009",
        "perpres-15-2010",
        "permendagri-42-2010",
        "perpres-96-2015",
        "permendagri-53-2020",
    }
    assert REGULATIONS["permendagri-53-2020"].latest == D(2020, 10, 6)
    assert REGULATIONS["perpres-15-2010"].latest == D(2010, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Permendagri Nomor 53 Tahun 2020", "permendagri-53-2020"),
        ("Permendagri 42/2010", "permendagri-42-2010"),
        ("permendagri-53-2020", "permendagri-53-2020"),
        ("Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010 tentang TKPK", "permendagri-42-2010"),
        ("PERMENDAGRI NO. 53 TH. 2020", "permendagri-53-2020"),
        ("Peraturan Presiden Nomor 15 Tahun 2010", "perpres-15-2010"),
        ("Perpres 96/2015", "perpres-96-2015"),
        ("Permendagri 54/2020", None),
        ("UU 23/2014", None),
        ("", None),
    ],
)
def test_identify(text: str, expected: str | None) -> None:
    assert identify(text) == expected


def test_citation_never_guesses_an_article() -> None:
    assert Citation(regulation="permendagri-53-2020").text() == "Permendagri 53/2020, Pasal ?"
    assert Citation(regulation="permendagri-53-2020", pasal="3", pasti=False).text().endswith("(?)")
    assert (
        Citation(regulation="x", pasal="4", ayat="1", huruf="a").text()
        == "x, Pasal 4 ayat (1) huruf a"
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2019, 12, 31), ("permendagri-42-2010",)),
        (D(2020, 1, 1), ("permendagri-42-2010", "permendagri-53-2020")),
        (D(2020, 10, 5), ("permendagri-42-2010", "permendagri-53-2020")),
        (D(2020, 10, 6), ("permendagri-53-2020",)),
        (D(2010, 12, 30), ("permendagri-34-2009", "permendagri-42-2010")),
        (D(2010, 12, 31), ("permendagri-42-2010",)),
        (D(2011, 1, 1), ("permendagri-42-2010",)),
        (D(2008, 12, 31), (None,)),
    ],
)
def test_governing_boundaries(day: dt.date, expected: tuple[str | None, ...]) -> None:
    assert governing(day).candidates == expected


def test_handover_fixes_the_window() -> None:
    h = D(2020, 4, 1)
    assert governing(D(2020, 3, 31), handover=h).regulation == "permendagri-42-2010"
    assert governing(D(2020, 4, 1), handover=h).regulation == "permendagri-53-2020"
    assert (
        governing(HANDOVER_EARLIEST, handover=HANDOVER_EARLIEST).regulation == "permendagri-53-2020"
    )
    assert governing(D(2020, 10, 5), handover=HANDOVER_LATEST).regulation == "permendagri-42-2010"
    for bad in (D(2019, 12, 31), D(2020, 10, 7)):
        with pytest.raises(HandoverError):
            governing(D(2021, 1, 1), handover=bad)


def test_governing_through_a_year() -> None:
    assert governing_through(D(2021, 1, 1), D(2021, 12, 31)) == ("permendagri-53-2020",)
    assert len(governing_through(D(2020, 1, 1), D(2020, 12, 31), handover=D(2020, 1, 1))) == 1
    assert len(governing_through(D(2020, 1, 1), D(2020, 12, 31), handover=D(2020, 1, 2))) == 2


def test_every_provision_of_the_brief_is_listed() -> None:
    ids = re.findall(r"^\| `(53\.[a-z-]+)` \|", _brief_text(), re.M)
    assert len(ids) >= 23
    assert [p for p in PROVISIONS if p.startswith("53.")] == ids
    assert all(p.startswith(("53.", "42.")) for p in PROVISIONS)
    for p in PROVISIONS.values():
        assert p.fact.id and p.fact.en
        assert p.checkable or (p.reason.id and p.reason.en)


def test_pasal_numbers_match_the_brief() -> None:
    for pid, pasal in (
        ("53.strategies", "17"),
        ("53.programmes", "18"),
        ("53.targeting", "19"),
        ("53.rpkd-outline", "20"),
    ):
        assert PROVISIONS[pid].citation.pasal == pasal
        assert PROVISIONS[pid].support[0] is Support.QUOTED
    # No source ever gave the RPKD's article number: "Pasal ?", never the old "Pasal 16".
    assert PROVISIONS["53.rpkd"].citation.pasal is None
    assert PROVISIONS["53.rpkd"].support == (Support.REPORTED,)
    assert PROVISIONS["53.formation"].citation.pasal == "3"
    assert PROVISIONS["53.tasks"].citation.pasal == "4"
    assert PROVISIONS["53.functions"].citation.pasal == "5"
    assert PROVISIONS["53.chair"].citation.pasal is None
    assert not PROVISIONS["53.instrument"].citation.pasti


MODULES = [
    "tkpk_rules.law.citation",
    "tkpk_rules.law.regulations",
    "tkpk_rules.law.timeline",
    "tkpk_rules.law.provisions",
    "tkpk_rules.law.parameters",
    "tkpk_rules.law.support",
    "tkpk_rules.law",
    "tkpk_rules.i18n",
    "tkpk_rules.rules",
    "tkpk_rules.rules._base",
    "tkpk_rules.judge",
    "tkpk_rules.rules._declare",
    "tkpk_rules.rules.documents",
    "tkpk_rules.rules.membership",
    "tkpk_rules.rules.leadership",
    "tkpk_rules.rules.meetings",
    "tkpk_rules.engine",
    "tkpk_rules.report",
    "tkpk_rules.report.finding",
    "tkpk_rules.report.outcome",
    "tkpk_rules.report.render",
    "tkpk_rules.report._canonical",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
