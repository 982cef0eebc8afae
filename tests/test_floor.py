"""The floor (``bench/floor.py``) gives the library's findings on the national set.

``bench/national.py`` reports the library's check time as a ratio to the floor, a
hand-written plain-dict checker of the same rules.  That ratio means something only
while both give the same findings: the same multiset of ``(code, outcome, year,
path)`` for every dossier of the synthetic national set at each of the five
year-ends.  The default run compares a fixed sample of regions (about 40, always
the same, with DKI's administrative cities and the Papua provinces formed in 2022
among them); ``TKPK_FLOOR_FULL=1`` compares all 552.

When they differ the failure lists, per dossier and date, the findings only the
library gives and those only the floor gives.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tkpk_rules import regions
from tkpk_rules.engine import check
from tkpk_rules.io import loads
from tkpk_rules.model import Level
from tkpk_rules.rules import RULEBOOK

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import floor  # noqa: E402
import national  # noqa: E402

YEAR_ENDS = tuple(dt.date(y, 12, 31) for y in national.YEARS)
FULL = os.environ.get("TKPK_FLOOR_FULL", "") not in ("", "0")
SAMPLE_STEP = 14  # 552 regions / 14: 40 of them, plus the special cases below

Key = tuple[str, str, "int | None", str]


def _national_regions() -> tuple[regions.Region, ...]:
    return regions.all_regions(on=dt.date(2025, 1, 1))


def _sample() -> list[regions.Region]:
    every = _national_regions()
    if FULL:
        return list(every)
    chosen = {r.kode: r for r in every[::SAMPLE_STEP]}
    # The engine-made cases the step may miss: an administrative city, a region formed
    # after the first year-end (Papua, 2022), a province and a kota.
    for wanted in (
        lambda r: not r.tingkat.autonomous,
        lambda r: r.dibentuk is not None and r.dibentuk > YEAR_ENDS[0],
        lambda r: r.tingkat is Level.PROVINSI,
        lambda r: r.tingkat is Level.KOTA,
    ):
        first = next(r for r in every if wanted(r))
        chosen.setdefault(first.kode, first)
    return sorted(chosen.values(), key=lambda r: r.kode)


def library_keys(dossier: Any, on: dt.date) -> Counter[Key]:
    return Counter(
        (f.code, f.outcome.value, f.year, f.path) for f in check(dossier, on=on).findings
    )


def floor_keys(document: dict[str, Any], on: dt.date) -> Counter[Key]:
    return Counter(f[:4] for f in floor.check(document, on))


def _show(key: Key, n: int) -> str:
    code, outcome, year, path = key
    times = f" ×{n}" if n > 1 else ""
    return f"{code} {outcome} year={year} path={path}{times}"


def diff_lines(label: str, library: Counter[Key], hand: Counter[Key]) -> list[str]:
    """Readable lines for one dossier and date: what only one side found (empty: equal)."""
    only_library, only_floor = library - hand, hand - library
    if not only_library and not only_floor:
        return []
    lines = [f"{label}:"]
    lines += [f"  - library only: {_show(k, n)}" for k, n in sorted(only_library.items(), key=str)]
    lines += [f"  + floor only:   {_show(k, n)}" for k, n in sorted(only_floor.items(), key=str)]
    return lines


def compare(cases: Iterable[tuple[str, dict[str, Any], dt.date]], limit: int = 12) -> list[str]:
    """Every difference between library and floor over ``(label, document, date)`` cases."""
    out: list[str] = []
    differing = 0
    # Keyed by identity, holding the document too: a document freed after its region
    # could otherwise lend its id to the next one, which would be judged as the first.
    loaded: dict[int, tuple[dict[str, Any], Any]] = {}
    for label, document, on in cases:
        found = loaded.get(id(document))
        if found is None or found[0] is not document:
            found = loaded[id(document)] = (document, loads(json.dumps(document)))
        dossier = found[1]
        lines = diff_lines(label, library_keys(dossier, on), floor_keys(document, on))
        if lines:
            differing += 1
            if differing <= limit:
                out += lines
    if differing > limit:
        out.append(f"... and {differing - limit} more dossier-dates that differ")
    return out


def _cases(places: Iterable[regions.Region]) -> Iterator[tuple[str, dict[str, Any], dt.date]]:
    for region in places:
        # Through JSON text, as the benchmark does: the floor judges what json.loads gives.
        document = json.loads(json.dumps(national.national_document(region)))
        for on in YEAR_ENDS:
            yield f"{region.kode} {region.nama} on {on.isoformat()}", document, on


def test_the_sample_is_fixed_and_covers_the_special_cases() -> None:
    sample = _sample()
    assert sample == _sample()
    assert FULL or 40 <= len(sample) <= 50
    assert any(not r.tingkat.autonomous for r in sample)
    assert any(r.dibentuk is not None and r.dibentuk > YEAR_ENDS[0] for r in sample)


def test_floor_gives_the_library_findings_on_the_national_set() -> None:
    differences = compare(_cases(_sample()))
    scope = "all 552 regions" if FULL else f"{len(_sample())} sampled regions"
    assert not differences, (
        f"bench/floor.py and tkpk_rules.engine.check disagree ({scope} x 5 year-ends); "
        "update the floor to the rules (or the rules to the law):\n" + "\n".join(differences)
    )


def test_floor_knows_every_rule_in_force() -> None:
    assert floor.unknown_codes() == [], (
        "rules of the rulebook without a judge in bench/floor.py JUDGES: "
        + ", ".join(floor.unknown_codes())
    )
    assert [r.code for r in floor.RULES] == [r.code for r in RULEBOOK]


@given(
    index=st.integers(0, len(_national_regions()) - 1),
    day=st.dates(dt.date(2021, 3, 15), dt.date(2026, 12, 31)),
)
def test_floor_agrees_on_any_day_after_the_team_was_formed(index: int, day: dt.date) -> None:
    """Not only year-ends: mid-year dates reach the running-year and not-yet-adopted paths."""
    region = _national_regions()[index]
    document = json.loads(json.dumps(national.national_document(region)))
    differences = compare([(f"{region.kode} on {day.isoformat()}", document, day)])
    assert not differences, "\n".join(differences)


def test_the_diff_names_what_differs() -> None:
    """The comparison can fail, and says how: a finding changed on one side shows up."""
    a: Counter[Key] = Counter({("TKPK53-MTG-001", "compliant", 2024, "rapat_koordinasi"): 1})
    b: Counter[Key] = Counter({("TKPK53-MTG-001", "violation", 2024, "rapat_koordinasi"): 1})
    lines = diff_lines("33.02 on 2024-12-31", a, b)
    assert lines == [
        "33.02 on 2024-12-31:",
        "  - library only: TKPK53-MTG-001 compliant year=2024 path=rapat_koordinasi",
        "  + floor only:   TKPK53-MTG-001 violation year=2024 path=rapat_koordinasi",
    ]
    assert diff_lines("same", a, a) == []


def test_floor_refuses_what_it_does_not_cover() -> None:
    region = regions.get("33.02")
    document = json.loads(json.dumps(national.national_document(region)))
    with pytest.raises(floor.OutOfScope):
        floor.check({**document, "riwayat_tim": []}, dt.date(2024, 12, 31))
    with pytest.raises(floor.OutOfScope):
        floor.check(document, dt.date(2021, 1, 1))  # before the team was formed
    with pytest.raises(floor.OutOfScope):
        floor.check({**document, "wilayah": {"kode": "99.99"}}, dt.date(2024, 12, 31))


def _vaguer(document: dict[str, Any], where: str, value: object) -> dict[str, Any]:
    """``document`` with the date at ``where`` (``rapat_koordinasi.0.tanggal``) replaced."""
    copy = json.loads(json.dumps(document))
    *steps, last = where.split(".")
    node: Any = copy
    for step in steps:
        node = node[int(step)] if step.isdigit() else node[step]
    node[int(last) if last.isdigit() else last] = value
    return copy


@pytest.mark.parametrize(
    "where",
    [
        "tim.pembentukan.tanggal",
        "tim.masa_kerja.selesai",
        "rapat_koordinasi.0.tanggal",
        "dokumen.0.ditetapkan",
        "agenda_kerja.0.ditetapkan",
        "kekosongan_jabatan.0.mulai",
        "kekosongan_jabatan.0.selesai",
    ],
)
@pytest.mark.parametrize("value", [2021, "2021-03"])
def test_floor_refuses_a_date_known_only_to_its_year_or_month(where: str, value: object) -> None:
    """The floor compares days as ISO text: a year or a month is out of its scope, no crash."""
    document = json.loads(json.dumps(national.national_document(regions.get("33.02"))))
    vacancy = {"jabatan": "sekretaris_daerah", "mulai": "2021-01-04", "selesai": "2021-02-26"}
    document["kekosongan_jabatan"] = [vacancy]
    assert floor.check(document, dt.date(2024, 12, 31))  # the same record to the day: judged
    with pytest.raises(floor.OutOfScope, match="year or month"):
        floor.check(_vaguer(document, where, value), dt.date(2024, 12, 31))
