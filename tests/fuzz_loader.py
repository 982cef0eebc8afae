"""The fuzz target: whatever goes in, only the library's own errors come out.

One *case* is something a caller could hand the library: an arbitrary
JSON-like value, a valid document with random mutations, or the text (or file
bytes) of a document with random edits and hostile snippets spliced in.  Each
case goes through every entry point that reads a document (``load``,
``loads``, ``load_file``, the ``validate`` command's path) and, when it loads,
through :func:`~tkpk_rules.redact.redact` and the rules engine's ``check``
with the report's renderers, when those exist.

:func:`run_case` returns ``None`` when only expected errors (subclasses of
:class:`~tkpk_rules.errors.TkpkError`) came out, or the unexpected exception.
``tests/test_hostile_fuzz.py`` runs a few hundred cases in the test suite;
``bench/fuzz.py --cases 100000`` runs the long campaign.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import os
import tempfile
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from tkpk_rules.errors import DocumentError, TkpkError
from tkpk_rules.io import dump, load, load_file, loads
from tkpk_rules.io._yaml import dump_yaml
from tkpk_rules.model import Dossier
from tkpk_rules.redact import redact
from tkpk_rules.testing.strategies import dossiers

__all__ = [
    "EXPECTED",
    "LOADER_CORPUS",
    "Case",
    "cases",
    "check_available",
    "run_case",
    "structural_mutants",
]

#: What may escape the library: its own errors, nothing else.
EXPECTED: tuple[type[BaseException], ...] = (TkpkError,)

Case = tuple[str, Any, dt.date]
"""(kind, payload, date to judge on): kind is ``"value"``, ``"text"`` or ``"bytes"``."""

# --------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------

_ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "\u202e",
        "\ufeff",
        "\r\n",
        "\u2028",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "null",
        "~",
        "yes",
        "NaN",
        ".inf",
        "0x1F",
        "1_000",
        "2024-02-30",
        "2023-02-29",
        "2024-02-29",
        "0000-01-01",
        "9999-12-31",
        "2024-1-5",
        "64.72",
        "64.70",
        "6472",
        "99.99",
        "31.71",
        "91.01",
        " 64.72 ",
        "rapat_koordinasi",
        "Rapat_Koordinasi",
        "plt",
        "PLT",
        "definitif",
        "tkpk-rules/1",
        "tkpk-rules/2",
        "x" * 5_000,
    ]
)

_ODD_NUMBER = st.sampled_from(
    [0, -1, 1, 2**31, 2**63, 10**100, -(10**30), 1900, 2000, 2020, 2024, 2100, 9999, 10_000]
) | st.floats(allow_nan=True, allow_infinity=True)

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | _ODD_NUMBER
    | st.text(max_size=20)
    | _ODD_TEXT
    | st.dates().map(str)
    | st.dates()
)

#: Any JSON-like value (with the Python extras a caller might pass: dates, tuples).
JSONISH: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=8) | _ODD_TEXT, inner, max_size=5)
    ),
    max_leaves=25,
)

#: Snippets spliced into document text: syntax that parsers and the loader find hard.
HOSTILE_SNIPPETS = (
    "&a [1, 2]",
    "*a",
    "<<: *a",
    "!!python/object/apply:os.system ['true']",
    "!!binary aGk=",
    "!custom",
    "? [a, b]\n: c",
    "{" * 300,
    "[" * 300,
    "]" * 50,
    "- " * 200,
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:example.com,2000:\n",
    '"\\ud800"',
    '"\\u0000"',
    "\x00",
    "\x85",
    "\t",
    "#",
    ": :",
    "'",
    '"',
    "\\",
    "1" * 5_000,
    "1e99999",
    "-0",
    "2024-13-45",
    "2001-12-14t21:59:43.10-99:00",
    "0o777",
    "1:20:30",
    "null: null",
    "NaN",
    "\ufeff",
    "\r",
    "\u2029",
    " " * 500,
)


_DOSSIERS = dossiers()
_KEYS = st.text(max_size=8) | _ODD_TEXT
_MUTATIONS = st.sampled_from(["replace", "replace", "delete", "add_key", "wrap", "dup"])
_EDITS = st.sampled_from(["insert", "insert", "delete", "replace", "cut", "repeat"])
_SNIPPETS = st.sampled_from(HOSTILE_SNIPPETS) | st.text(max_size=10)
_SMALL = st.integers(1, 4)


def _pick(draw: st.DrawFn, items: list[Any]) -> Any:
    """One of ``items``, drawn without building a new strategy (which is slow) each time."""
    return items[draw(st.integers(0, len(items) - 1))]


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid document (from :func:`~tkpk_rules.testing.strategies.dossiers`) with 1-4 edits."""
    document: Any = dump(draw(_DOSSIERS))
    for _ in range(draw(_SMALL)):
        path = _pick(draw, _paths(document))
        if not path:
            document = draw(JSONISH)
            break
        parent: Any = document
        for part in path[:-1]:
            parent = parent[part]
        action = draw(_MUTATIONS)
        key = path[-1]
        if action == "replace":
            parent[key] = draw(JSONISH)
        elif action == "delete":
            del parent[key]
        elif action == "add_key" and isinstance(parent, dict):
            parent[draw(_KEYS)] = draw(JSONISH)
        elif action == "wrap":
            parent[key] = [parent[key]] if draw(st.booleans()) else {"x": parent[key]}
        elif action == "dup" and isinstance(parent, list):
            parent.append(_copy(parent[key]))
    return document


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy(v) for v in value]
    return value


def _as_text(document: Any, as_yaml: bool) -> str:
    if as_yaml:
        try:
            return dump_yaml(document)
        except Exception:  # a value YAML cannot write (a tuple key...): fall back to JSON
            pass
    try:
        return json.dumps(document, default=str, ensure_ascii=False)
    except ValueError:  # an integer too long to write as text
        return "{}"


_SOURCES = st.one_of(_DOSSIERS.map(dump), mutated_documents())


@st.composite
def edited_texts(draw: st.DrawFn) -> str:
    """The JSON or YAML text of a (possibly mutated) document, with random edits."""
    source = draw(_SOURCES)
    text = _as_text(source, draw(st.booleans()))
    for _ in range(draw(_SMALL) - 1):
        at = draw(st.integers(0, len(text)))
        edit = draw(_EDITS)
        if edit == "insert":
            snippet = draw(_SNIPPETS)
            text = text[:at] + snippet + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif edit == "replace" and at < len(text):
            text = text[:at] + draw(st.characters()) + text[at + 1 :]
        elif edit == "cut":
            text = text[:at]
        elif edit == "repeat":
            end = min(len(text), at + draw(st.integers(1, 80)))
            text = text[:end] + text[at:end] * draw(st.integers(1, 30)) + text[end:]
    return text


_TEXTS = edited_texts()


@st.composite
def edited_bytes(draw: st.DrawFn) -> bytes:
    """The bytes of a document file, with random byte flips (not always UTF-8)."""
    raw = bytearray(draw(_TEXTS).encode("utf-8", "surrogatepass"))
    for _ in range(draw(st.integers(0, 3))):
        if raw:
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        raw = bytearray(b"\xef\xbb\xbf") + raw
    return bytes(raw)


#: The loader corpus: one text per class of hostile input found by review
#: (issue 14).  Each is spliced into a valid document as the value of a field,
#: or read alone.
LOADER_CORPUS: tuple[str, ...] = (
    "!!bool x",
    "!!int ''",
    "!!float ''",
    "!!timestamp x",
    "!!timestamp 2024-02-30",
    "!!int 0x" + "f" * 5_000,
    "!!str 123",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!!python/name:os.system",
    "!foo bar",
    "0x" + "f" * 5_000,
    "0o" + "7" * 5_000,
    "0b" + "1" * 5_000,
    "-0x" + "f" * 4_400,
    ":".join(["59"] * 3_000),
    "1" + ":59" * 3_000,
    "1" * 4_299,
    "1" * 4_301,
    "1_000_000",
    "017",
    "yes",
    "Off",
    "1e400",
    "-.inf",
    ".NaN",
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '"\\x1b[2J\\x1b]0;pwned\\x07"',
    '"\\u202etxt.exe"',
    '"<script>alert(1)</script>"',
    '"[klik](javascript:alert(1))"',
    '"\\r\\u0085\\u2028"',
    "{yes: 1, 1: 2, true: 3, '1': 4}",
    "{a: 1, a: 2}",
    "[" * 2_000 + "]" * 2_000,
    "\n" * 20_000,
)

#: Values a structural mutation puts where another type was: a type swap.
# Each draw is a fresh copy: a later mutation that edits a swapped-in list or mapping
# must not change the constant (that made the long campaign's draws flaky).
_SWAPS = st.sampled_from(
    [None, True, 0, -1, 1.5, "", "x", [], {}, [None], {"": None}, "2024-02-30", 10**5_000]
).map(_copy)
_CONTROL = st.sampled_from(["\x00", "\x07", "\x1b[31m", "\r", "\x85", "\u202e", "\u2066", "\ud800"])
_STRUCTURAL = st.sampled_from(
    ["flip", "delete_key", "swap", "tag", "huge", "surrogate", "control", "corpus"]
)


def _examples() -> list[Any]:
    from tkpk_rules.examples import EXAMPLES, example_text
    from tkpk_rules.io import parse

    return [parse(example_text(name)) for name in EXAMPLES]


_EXAMPLE_DOCS: list[Any] | None = None


def _example_docs() -> list[Any]:
    global _EXAMPLE_DOCS
    if _EXAMPLE_DOCS is None:
        _EXAMPLE_DOCS = _examples()
    return _EXAMPLE_DOCS


def _plain(value: Any) -> Any:
    """A deep copy in JSON-ready form (dates as text) that mutations can change."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@st.composite
def structural_mutants(draw: st.DrawFn) -> Case:
    """A bundled example with 1-4 structural mutations, as a value or as YAML/JSON text.

    Mutations: byte flips of the text, key deletions, type swaps, explicit YAML
    tags on scalars, huge numbers, lone surrogates, control and bidi characters,
    and the :data:`LOADER_CORPUS` spliced in as a field's value.
    """
    document = _plain(draw(st.sampled_from(_example_docs())))
    text_edits: list[tuple[str, str]] = []  # (scalar text, what to write instead) in YAML
    flips = 0
    for _ in range(draw(_SMALL)):
        path = _pick(draw, _paths(document))
        if not path:
            continue
        parent: Any = document
        for part in path[:-1]:
            parent = parent[part]
        key = path[-1]
        action = draw(_STRUCTURAL)
        if action == "flip":
            flips += 1
        elif action == "delete_key" and isinstance(parent, dict):
            del parent[key]
        elif action == "swap":
            parent[key] = draw(_SWAPS)
        elif action == "huge":
            parent[key] = draw(st.sampled_from([10**5_000, -(10**200), 10**101, 1e308 * 10]))
        elif action in ("surrogate", "control"):
            char = "\ud800" if action == "surrogate" else draw(_CONTROL)
            old = parent[key]
            parent[key] = (old if isinstance(old, str) else "x") + char
        elif action in ("tag", "corpus"):
            marker = f"FUZZ{len(text_edits)}"
            parent[key] = marker
            if action == "tag":
                tag = draw(
                    st.sampled_from(
                        [
                            "!!bool",
                            "!!int",
                            "!!float",
                            "!!timestamp",
                            "!!binary",
                            "!!str",
                            "!x",
                            "!!map",
                            "!!seq",
                        ]
                    )
                )
                scalar = draw(st.sampled_from(["x", "''", "1", "2024-01-01"]))
                text_edits.append((marker, f"{tag} {scalar}"))
            else:
                text_edits.append((marker, draw(st.sampled_from(LOADER_CORPUS))))
    on = draw(_ON)
    form = draw(st.sampled_from(["value", "yaml", "json"]))
    if form == "value" and not text_edits and not flips:
        return ("value", document, on)
    if form == "json" and not text_edits:
        text = _as_text(document, False)
    else:
        text = _as_text(document, True)
        for marker, snippet in text_edits:
            text = text.replace(marker, snippet.replace("\n", " "), 1)
    raw = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(flips):
        if raw:
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    if flips:
        return ("bytes", bytes(raw), on)
    return ("text", text, on)


_ON = st.dates(dt.date(2008, 1, 1), dt.date(2035, 12, 31))
_MUTATED = mutated_documents()
_CASES: st.SearchStrategy[Case] = st.one_of(
    st.tuples(st.just("value"), JSONISH, _ON),
    st.tuples(st.just("value"), _MUTATED, _ON),
    st.tuples(st.just("value"), _MUTATED, _ON),
    st.tuples(st.just("text"), _TEXTS, _ON),
    st.tuples(st.just("text"), st.text(max_size=200), _ON),
    st.tuples(st.just("bytes"), edited_bytes(), _ON),
    structural_mutants(),
    structural_mutants(),
    st.tuples(st.just("text"), st.sampled_from(LOADER_CORPUS), _ON),
)


def cases() -> st.SearchStrategy[Case]:
    """Every kind of case, in proportions that favour what gets deep into the loader."""
    return _CASES


# --------------------------------------------------------------------------
# Running one case
# --------------------------------------------------------------------------


def check_available() -> bool:
    """Whether the rules engine (``tkpk_rules.engine.check``) exists yet."""
    return importlib.util.find_spec("tkpk_rules.engine") is not None


def _judge(dossier: Dossier, on: dt.date) -> None:
    """Check the dossier (and its redacted copy) and render every report, if the engine exists."""
    if not check_available():  # the engine is another issue's; the loader is fuzzed without it
        return
    from tkpk_rules import engine

    check: Callable[..., Any] = engine.check
    for subject in (dossier, redact(dossier)):
        report = check(subject, on=on)
        _render_all(report)
    engine.diff(dossier, from_date=on, to_date=on + dt.timedelta(days=400)).render("text", "id")
    from tkpk_rules.planning import obligations, plan_details, to_ical

    obligations(dossier, on=on)
    details = plan_details(dossier, on.year)
    to_ical(details.agenda_in("id"), region=str(dossier.wilayah.nama))


def _render_all(report: Any) -> None:
    """Every renderer the report offers, in both languages."""
    from tkpk_rules.report.render import FORMATS

    for fmt in FORMATS:
        for lang in ("id", "en"):
            report.render(fmt, lang)


_TMP = tempfile.mkdtemp(prefix="tkpk-fuzz-")


def _loads_both(text: str) -> Dossier:
    """``loads`` with the pure-Python YAML parser, then (when present) with libyaml's."""
    from tkpk_rules.io import _yaml

    with_libyaml = _yaml.USE_LIBYAML
    try:
        _yaml.USE_LIBYAML = False
        with contextlib.suppress(DocumentError):
            loads(text)
    finally:
        _yaml.USE_LIBYAML = with_libyaml
    return loads(text)


def run_case(case: Case) -> BaseException | None:
    """Run one case; return the first unexpected exception, or ``None``."""
    kind, payload, on = case
    try:
        if kind == "value":
            dossier = load(payload)
        elif kind == "text":
            dossier = _loads_both(payload)
        else:
            path = os.path.join(_TMP, f"case-{os.getpid()}.yaml")
            with open(path, "wb") as stream:
                stream.write(payload)
            dossier = load_file(path)
    except DocumentError as exc:
        if not exc.problems:
            return AssertionError("a DocumentError without problems")
        try:
            exc.describe("id")
            exc.describe("en")
            str(exc)
        except Exception as inner:
            return inner
        return None
    except EXPECTED:
        return None
    except Exception as exc:
        return exc
    try:
        _judge(dossier, on)
        redact(dossier)
        dump(dossier)
    except EXPECTED:
        return None
    except Exception as exc:
        return exc
    return None
