"""The loader's fast path (``io/_fast.py``) changes nothing but the time (issue 15).

Every document is loaded twice, once as the library does and once with the fast
path switched off (every document through cattrs and ``check_value``, as before
the fast path): the dossier, or the error with every problem, and the warnings
must be the same.  Documents: valid ones (bundled examples, generated dossiers,
the national set's shape), the fuzz target's mutants, and valid documents under
tight limits (so that the counting the fast path does instead of the limits'
walk meets every bound).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _profiles import ci_examples
from fuzz_loader import cases
from tkpk_rules.errors import DocumentError
from tkpk_rules.examples import EXAMPLES, example_text
from tkpk_rules.io import Limits, _fast, dump, load, loads, parse
from tkpk_rules.model import Dossier
from tkpk_rules.testing.strategies import dossiers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import national  # the benchmark's national documents


def _deep_same(a: object, b: object, where: str = "") -> None:
    """Equal, and of the same type all the way down (a tuple is not a list, 1 not True)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, tuple):
        assert len(a) == len(b), where  # type: ignore[arg-type]
        for index, (x, y) in enumerate(zip(a, b, strict=True)):  # type: ignore[call-overload]
            _deep_same(x, y, f"{where}[{index}]")
    elif attrs.has(type(a)):
        for field in attrs.fields(type(a)):
            _deep_same(getattr(a, field.name), getattr(b, field.name), f"{where}.{field.name}")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def _outcome(work: Callable[[], Dossier]) -> tuple[Any, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: Any = work()
        except DocumentError as exc:
            result = (type(exc), exc.problems)
    return result, [str(w.message) for w in caught]


def _same_either_way(work: Callable[[], Dossier], monkeypatch: pytest.MonkeyPatch) -> Any:
    fast = _outcome(work)
    with monkeypatch.context() as patch:
        patch.setattr(_fast, "structure_fast", lambda *a, **k: None)
        slow = _outcome(work)
    if isinstance(fast[0], Dossier) or isinstance(slow[0], Dossier):
        _deep_same(fast[0], slow[0])
    else:
        assert fast[0] == slow[0]
    assert fast[1] == slow[1]
    return fast[0]


@pytest.fixture(scope="module")
def used() -> Iterator[list[int]]:
    """How many documents the fast path built (the tests must reach it to mean anything)."""
    calls = [0]
    real = _fast.structure_fast

    def counting(*args: Any, **kwargs: Any) -> Any:
        made = real(*args, **kwargs)
        calls[0] += made is not None
        return made

    _fast.structure_fast = counting  # type: ignore[assignment]
    yield calls
    _fast.structure_fast = real


def _documents() -> list[dict[str, Any]]:
    from tkpk_rules import regions

    documents = [parse(example_text(name)) for name in EXAMPLES]
    records = Path(__file__).resolve().parent / "records"
    for path in sorted(records.glob("*.yaml")):
        if not path.name.endswith(".expect.yaml"):
            documents.append(parse(path.read_text(encoding="utf-8")))
    for code in ("33.02", "64.72", "31.75", "94.01"):
        documents.append(national.national_document(regions.get(code), members=12))
    return documents


DOCUMENTS = _documents()


@pytest.mark.parametrize("index", range(len(DOCUMENTS)))
def test_valid_documents_are_built_fast_and_the_same(
    index: int, used: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = DOCUMENTS[index]
    before = used[0]
    text = json.dumps(document, default=str, ensure_ascii=False)
    _same_either_way(lambda: loads(text), monkeypatch)  # a record may still be refused
    _same_either_way(lambda: load(json.loads(text)), monkeypatch)  # for what shows across it
    _same_either_way(lambda: load(document), monkeypatch)
    assert used[0] == before + 3  # each load went the fast way


@settings(max_examples=ci_examples(300, 60), suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_generated_dossiers_round_trip_the_same(dossier: Dossier) -> None:
    document = {**dump(dossier)}
    made = _fast.structure_fast(document, Dossier, limits=None, skip="format")
    assert made is not None  # every dump of a dossier is a valid plain document
    _deep_same(made[0], dossier)
    _deep_same(made[0], load(document))


@settings(
    max_examples=ci_examples(600, 150),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(cases())
def test_the_fuzz_targets_cases_load_the_same(case: Any) -> None:
    kind, value, _ = case
    with pytest.MonkeyPatch.context() as monkeypatch:
        if kind == "value":
            _same_either_way(lambda: load(value), monkeypatch)
        elif kind == "text":
            _same_either_way(lambda: loads(value), monkeypatch)
        else:
            text = value.decode("utf-8", "replace")
            _same_either_way(lambda: loads(text), monkeypatch)


def _shape(value: object) -> dict[str, int]:
    """What the limits measure of a plain document: the largest of each, and the values in all."""
    found = {"max_depth": 0, "max_string": 0, "max_items": 0, "max_nodes": 1, "max_digits": 1}
    level, depth = [value], 0
    while level:
        below: list[object] = []
        containers = [v for v in level if isinstance(v, (dict, list))]
        if containers:
            depth += 1
        for item in level:
            if isinstance(item, dict):
                found["max_string"] = max([found["max_string"], *map(len, item)])
                children: list[object] = list(item.values())
            elif isinstance(item, list):
                children = list(item)
            else:
                continue
            found["max_items"] = max(found["max_items"], len(children))
            found["max_nodes"] += len(children)
            for child in children:
                if isinstance(child, str):
                    found["max_string"] = max(found["max_string"], len(child))
                elif isinstance(child, int) and not isinstance(child, bool):
                    found["max_digits"] = max(found["max_digits"], len(str(abs(child))))
            below.extend(children)
        level = below
    found["max_depth"] = depth
    return found


@st.composite
def _tight(draw: st.DrawFn, document: dict[str, Any]) -> Limits:
    """Limits with one or two bounds near what ``document`` needs: just enough, or one short."""
    shape = _shape(document)
    bounds = draw(st.lists(st.sampled_from(sorted(shape)), min_size=1, max_size=2, unique=True))
    given = {b: max(1, shape[b] + draw(st.integers(-3, 1))) for b in bounds}
    if "max_items" in given and draw(st.booleans()):  # below the size of a mapping, too
        given["max_items"] = draw(st.integers(1, 15))
    if "max_depth" in given:
        given["max_depth"] = min(given["max_depth"], 200)
    return Limits(**given)


@settings(max_examples=ci_examples(400, 120), suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(range(len(DOCUMENTS))), st.sampled_from(["json", "dict"]))
def test_tight_limits_refuse_the_same(data: st.DataObject, index: int, form: str) -> None:
    """Each bound, just met or just missed, gives the outcome of the walk (first problem, path)."""
    document = json.loads(json.dumps(DOCUMENTS[index], default=str, ensure_ascii=False))
    limits = data.draw(_tight(document))
    text = json.dumps(document, ensure_ascii=False)
    with pytest.MonkeyPatch.context() as monkeypatch:
        if form == "json":
            _same_either_way(lambda: loads(text, limits=limits), monkeypatch)
        else:
            _same_either_way(lambda: load(json.loads(text), limits=limits), monkeypatch)


def test_tight_limits_are_met_on_the_fast_path(used: list[int]) -> None:
    """Limits exactly as large as a document needs: still built fast (the counts are exact)."""
    for document in DOCUMENTS:
        document = json.loads(json.dumps(document, default=str, ensure_ascii=False))
        shape = _shape(document)
        before = used[0]
        with contextlib.suppress(DocumentError):  # a record refused for what shows across it
            load(document, limits=Limits(**{**shape, "max_depth": max(shape["max_depth"], 9)}))
        assert used[0] == before + 1


def _with(document: dict[str, Any], path: list[Any], value: object) -> dict[str, Any]:
    copy = json.loads(json.dumps(document, default=str))
    parent: Any = copy
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return copy


BANYUMAS = parse(example_text("kabupaten-banyumas"))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["tim", "nama"], "\u201cTim TKPK\u201d"),  # Word's curly quotes: a warning
        (["tim", "nama"], "___"),  # a blank of the skeleton
        (["tim", "nama"], "x\ud800"),  # a lone surrogate: refused
        (["tim", "nama"], "é" * 10),  # plain non-ASCII: nothing to say
        (["tim", "nama"], "a" * 100_001),  # beyond max_string
        (["tim", "nama"], 10**101),  # beyond max_digits, and the wrong type
        (["tim", "nama"], True),
        (["tim", "anggota", 0, "unsur"], "pemerintah "),  # an enum value with a space
        (["tim", "anggota", 0, "nama"], {"x": 1}),
        (["wilayah", "kode"], "3302"),
        (["format"], "tkpk-rules/2"),
        (["rapat_koordinasi", 0, "tanggal"], "2024-02-30"),
        (["rapat_koordinasi", 0, "tanggal"], " 2024-02-03"),
        (["rapat_koordinasi", 0, "tanggal"], "٢٠٢٤-٠٢-٠٣"),  # digits, but not ASCII ones
        (["rapat_koordinasi", 0, "peserta"], ["Budi Santoso", "S.H."]),  # a cut degree
        (["rapat_koordinasi", 0, "tanggal"], dt.datetime(2024, 2, 3, 10, 0)),
        (["dokumen", 0, "tahun"], 20244),
        (["dokumen", 0, "tahun"], 2024.0),
    ],
)
def test_single_edits_load_the_same(
    path: list[Any], value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        document = _with(BANYUMAS, path, value)
    except (KeyError, IndexError, TypeError):
        pytest.skip("the example has no such value")
    _same_either_way(lambda: load(document), monkeypatch)
    if not isinstance(value, dt.datetime):
        text = json.dumps(document, ensure_ascii=False)
        _same_either_way(lambda: loads(text), monkeypatch)


def test_counts_cover_needs_the_models_depth() -> None:
    assert _fast.counts_cover(Dossier, Limits())
    assert not _fast.counts_cover(Dossier, Limits(max_depth=3))
    assert not _fast.counts_cover(Dossier, Limits(max_string=5))


SMALL = {
    "format": "tkpk-rules/1",
    "wilayah": {"kode": "33.02", "nama": "Kabupaten Banyumas"},
    "tim": {
        "nama": "TKPK Kabupaten Banyumas",
        "ketua": {
            "nama": "Budi",
            "jabatan": {"jenis": "wakil_bupati"},
            "unsur": "pemerintah_daerah",
            "organisasi": "Pemerintah Kabupaten",
            "keterangan": "-",
        },
    },
    "tim_bawahan": [{"tingkat": "kecamatan", "jumlah": 27}],
}


@pytest.mark.parametrize(
    "limits",
    [
        Limits(max_items=4),  # the document has four keys, the chair five
        Limits(max_items=5),
        Limits(max_digits=1),  # 27: two digits, and no year before it
        Limits(max_digits=2),
        Limits(max_nodes=17),
        Limits(max_nodes=18),
        Limits(max_string=22),
        Limits(max_string=23),
        Limits(max_depth=4),
    ],
)
def test_a_small_document_under_each_bound(limits: Limits, monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(SMALL)
    _same_either_way(lambda: loads(text, limits=limits), monkeypatch)
    _same_either_way(lambda: load(json.loads(text), limits=limits), monkeypatch)
    for number in (10**101, 99, 100, -100, 10, 9):  # just within, just beyond max_digits
        edited = _with(SMALL, ["tim_bawahan", 0, "jumlah"], number)
        _same_either_way(lambda: load(edited, limits=limits), monkeypatch)  # noqa: B023


#: Values a day-or-imprecise field (``Meeting.tanggal``, ``AgendaItem.mulai``...) may be
#: given: days the fast path reads itself, and everything it must leave to the hook.
_DATE_FORMS = st.one_of(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)).map(str),
    st.dates().map(str),
    st.integers(min_value=1900, max_value=2200),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1900, 2200), st.integers(0, 13)),
    st.sampled_from(
        [
            "2024-02-30",
            "2024-13-01",
            " 2024-03-01",
            "2024-03-01 ",
            "2024-3-1",
            "2024/03/01",
            "٢٠٢٤-٠٣-٠١",
            "2024-05",
            "2024-5",
            "2024",
            "",
            "2024-03-01T00:00",
            "2024-W10-1",  # ISO week date: fromisoformat reads it, the loader must not
            True,
            None,
            2024.0,
        ]
    ),
    st.text(max_size=12),
)


@settings(
    max_examples=ci_examples(500, 100), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(meeting=_DATE_FORMS, agenda=_DATE_FORMS)
@example(meeting="2024-W10-1", agenda="2024-05")  # a week date, which fromisoformat would read
@example(meeting=" 2024-03-01", agenda="2024-02-30")
@example(meeting=2024, agenda="2024-03-01")
def test_day_or_month_dates_load_the_same_either_way(
    meeting: object, agenda: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = {
        "format": "tkpk-rules/1",
        "wilayah": {"kode": "33.02"},
        "rapat_koordinasi": [{"tanggal": meeting}],
        "agenda_kerja": [
            {"tahun": 2024, "kegiatan": [{"kegiatan": "penyusunan_rat", "mulai": agenda}]}
        ],
    }
    _same_either_way(lambda: load(document), monkeypatch)


def test_a_day_written_in_full_is_read_by_the_fast_path(used: list[int]) -> None:
    before = used[0]
    dossier = load(
        {
            "format": "tkpk-rules/1",
            "wilayah": {"kode": "33.02"},
            "rapat_koordinasi": [{"tanggal": "2024-03-01"}],
        }
    )
    assert used[0] == before + 1
    assert dossier.rapat_koordinasi[0].tanggal == dt.date(2024, 3, 1)  # type: ignore[index]
