"""One JSON contract for the command line, the HTTP service and other programs.

Every command that answers in JSON builds its answer here, from already-read
inputs and plain options, as JSON-ready data plus a :class:`Status`.  The
``tkpk-rules`` command prints that data and turns the status into an exit
code; ``tkpk-rules serve`` sends the same data and turns the status into an
HTTP status.  The two are therefore equal by construction.

* ``validate``, ``check`` and ``due`` read several documents and always answer
  with the **envelope** (``format`` :data:`ENVELOPE_FORMAT`): one entry per
  input, in order, each with its ``sumber`` (source), ``sah`` (readable) and
  either ``hasil`` (the result) or ``masalah`` (the problems).
* ``plan`` and ``diff`` read one document and answer with their own format
  (:data:`PLAN_FORMAT`, ``tkpk-rules.perubahan/2``), or with the **problems**
  (:data:`PROBLEMS_FORMAT`) when it cannot be read.
* ``rules``, ``coverage`` and ``schema`` read nothing.

Every output carries a ``format`` tag with a version, and each has a JSON
Schema shipped in the wheel (:func:`schema`).

>>> import datetime as dt
>>> from tkpk_rules.examples import example_text
>>> answer = check([read_text("-", example_text())], on=dt.date(2026, 11, 27))
>>> answer.data["format"], answer.data["perintah"], len(answer.data["masukan"])
('tkpk-rules.hasil/2', 'check', 1)
>>> answer.data["masukan"][0]["hasil"]["format"]
'tkpk-rules.laporan/2'
>>> bad = validate([read_text("tim.json", '{"format": "tkpk-rules/1", "wilayah": []}')])
>>> bad.status, bad.data["masukan"][0]["masalah"]["masalah"][0]["jalur"]
(<Status.BAD_INPUT: 'masalah'>, 'wilayah')
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from tkpk_rules.errors import DocumentError, Problem
from tkpk_rules.model import Dossier
from tkpk_rules.service._pitfalls import refine, refine_error
from tkpk_rules.service._schemas import (
    COVERAGE_FORMAT,
    DUE_FORMAT,
    ENVELOPE_FORMAT,
    PLAN_FORMAT,
    PROBLEMS_FORMAT,
    REGION_CODE_PATTERN,
    RULES_FORMAT,
    SCHEMA_NAMES,
    schema,
    schema_file,
    shipped_text,
)

__all__ = [
    "COVERAGE_FORMAT",
    "DUE_FORMAT",
    "ENVELOPE_FORMAT",
    "PLAN_FORMAT",
    "PROBLEMS_FORMAT",
    "REGION_CODE_PATTERN",
    "RULES_FORMAT",
    "SCHEMA_NAMES",
    "STDIN",
    "Answer",
    "Input",
    "Status",
    "When",
    "check",
    "coverage",
    "diff",
    "due",
    "dumps",
    "plan",
    "problem_dict",
    "problems",
    "read_bytes",
    "read_file",
    "read_stdin",
    "read_text",
    "refine",
    "region_label",
    "rules",
    "schema",
    "schema_file",
    "shipped_text",
    "usage_problem",
    "validate",
]

#: The name standard input (and an HTTP request body) goes by in every answer.
STDIN = "-"

#: One input: its name, and the dossier read from it or the error that kept it from being read.
Input = tuple[str, Dossier | DocumentError]

#: The date to judge on: one for every input, or a function giving each dossier its own
#: (the command's "today" is the region's local date).
When = dt.date | Callable[[Dossier], dt.date]


class Status(enum.Enum):
    """How an answer went; the CLI makes an exit code of it, the server an HTTP status."""

    OK = "ok"
    """Everything was read; no violation."""
    VIOLATIONS = "pelanggaran"
    """Everything was read; a violation was found (``check``) or appears (``diff``)."""
    BAD_INPUT = "masalah"
    """A document could not be read."""


@attrs.frozen
class Answer:
    """JSON-ready ``data`` and how the command went."""

    data: dict[str, Any]
    status: Status


# --- reading -------------------------------------------------------------------------


def read_text(name: str, text: str, *, limits: Any = None) -> Input:
    """Read document text (YAML or JSON) that came from ``name``."""
    from tkpk_rules.io import loads

    try:
        return name, loads(text, source=None if name == STDIN else name, limits=limits)
    except DocumentError as exc:
        return name, refine_error(exc, text)


def read_bytes(name: str, raw: bytes, *, limits: Any = None) -> Input:
    """Read document bytes (UTF-8, with or without a byte-order mark), within ``limits``."""
    from tkpk_rules.io.limits import DEFAULT_LIMITS, limit_error

    bound = (limits or DEFAULT_LIMITS).max_bytes
    source = None if name == STDIN else name
    if len(raw) > bound:
        return name, limit_error("", "max_bytes", len(raw), bound, source=source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from tkpk_rules.io import office_file_problem

        office = office_file_problem(raw)
        if office is not None:
            # A workbook or a Word file sent as a document: said for what it is, as a file.
            return name, DocumentError([office], source=source)
        problem = Problem(
            path="",
            code="syntax",
            message_id=f"tidak dapat dibaca: bukan UTF-8 (byte {exc.start})",
            message_en=f"cannot be read: not UTF-8 (byte {exc.start})",
        )
        return name, DocumentError([problem], source=source)
    return read_text(name, text, limits=limits)


def read_stdin(*, limits: Any = None) -> Input:
    """Read one document from standard input, refusing more than ``limits.max_bytes``."""
    from tkpk_rules.io.limits import DEFAULT_LIMITS

    bound = (limits or DEFAULT_LIMITS).max_bytes
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    raw = stream.read(bound + 1) if stream is not None else sys.stdin.read(bound + 1).encode()
    return read_bytes(STDIN, raw, limits=limits)


def read_file(name: str, *, limits: Any = None) -> Input:
    """Read one document file; ``-`` is standard input."""
    if name == STDIN:
        return read_stdin(limits=limits)
    from tkpk_rules.io import load_file

    try:
        return name, load_file(os.fspath(name), limits=limits)
    except DocumentError as exc:
        return name, refine_error(exc)


# --- the pieces of every answer --------------------------------------------------------


def problem_dict(problem: Problem) -> dict[str, Any]:
    """One problem as JSON-ready data (see the problems schema)."""
    return {
        "jalur": problem.path,
        "kode": problem.code,
        "pesan": {"id": problem.message_id, "en": problem.message_en},
        "ditemukan": problem.found,
        "diharapkan": problem.expected,
        "saran": problem.suggestion,
        "baris": problem.line if problem.line is not None else problem.row,
        "lembar": problem.sheet,
        "kolom": problem.column,
    }


def problems(error: DocumentError, source: str | None) -> dict[str, Any]:
    """Every problem of one document (or request), format :data:`PROBLEMS_FORMAT`."""
    items = [problem_dict(p) for p in error.problems]
    if not items:  # an error always names at least one problem
        items = [problem_dict(_unknown_problem())]
    return {"format": PROBLEMS_FORMAT, "sumber": source, "jumlah": len(items), "masalah": items}


def _unknown_problem() -> Problem:
    return Problem(
        path="",
        code="unreadable",
        message_id="dokumen tidak dapat dibaca",
        message_en="the document cannot be read",
    )


def usage_problem(
    path: str, message_id: str, message_en: str, *, found: str | None = None
) -> DocumentError:
    """A request or option the command cannot work with, as a one-problem error."""
    return DocumentError(
        [
            Problem(
                path=path, code="usage", message_id=message_id, message_en=message_en, found=found
            )
        ]
    )


def _envelope(command: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": ENVELOPE_FORMAT, "perintah": command, "masukan": entries}


def _bad(name: str, error: DocumentError, *, redact: bool = False) -> dict[str, Any]:
    return {"sumber": name, "sah": False, "masalah": problems(_hidden(error, redact), name)}


def _hidden(error: DocumentError, redact: bool) -> DocumentError:
    """``error`` without the user's values when ``redact`` and the library can hide them."""
    if not redact:
        return error
    from tkpk_rules import redact as module

    hide: Callable[[DocumentError], DocumentError] | None = getattr(module, "redact_error", None)
    return hide(error) if hide is not None else error


def _day(on: When, dossier: Dossier) -> dt.date:
    return on if isinstance(on, dt.date) else on(dossier)


def _status(bad: bool, violations: bool) -> Status:
    if bad:
        return Status.BAD_INPUT
    return Status.VIOLATIONS if violations else Status.OK


def dumps(data: dict[str, Any]) -> str:
    """JSON text of an answer as the CLI prints it and the server sends it."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def region_label(dossier: Dossier) -> str:
    """``Kabupaten Banyumas (33.02)``, or the code alone."""
    name = dossier.wilayah.nama
    if isinstance(name, str) and name.strip():
        return f"{name} ({dossier.wilayah.kode})"
    from tkpk_rules import regions

    region = regions.find(dossier.wilayah.kode)
    if region is not None:
        return f"{region.nama} ({dossier.wilayah.kode})"
    return dossier.wilayah.kode


# --- commands --------------------------------------------------------------------------


def validate(inputs: Iterable[Input]) -> Answer:
    """Whether each input can be read; the envelope, ``perintah`` ``validate``."""
    entries: list[dict[str, Any]] = []
    bad = False
    for name, result in inputs:
        if isinstance(result, DocumentError):
            bad = True
            entries.append(_bad(name, result))
        else:
            hasil = {"wilayah": {"kode": result.wilayah.kode}}
            entries.append({"sumber": name, "sah": True, "hasil": hasil})
    return Answer(_envelope("validate", entries), _status(bad, False))


def check(
    inputs: Iterable[Input],
    *,
    on: When,
    handover: dt.date | None = None,
    redact: bool = False,
) -> Answer:
    """Judge each input on ``on``; the envelope with one report per readable input.

    With ``redact``, people's names are hidden in the reports and, where the library can,
    the values quoted in problems.
    """
    from tkpk_rules.engine import check as judge
    from tkpk_rules.law.timeline import check_handover

    check_handover(handover)
    entries: list[dict[str, Any]] = []
    bad = violations = False
    for name, result in inputs:
        if isinstance(result, DocumentError):
            bad = True
            entries.append(_bad(name, result, redact=redact))
            continue
        report = judge(result, on=_day(on, result), handover=handover, redact=redact)
        violations = violations or report.has_violations
        entries.append({"sumber": name, "sah": True, "hasil": report.to_dict()})
    return Answer(_envelope("check", entries), _status(bad, violations))


def due(inputs: Iterable[Input], *, on: When) -> Answer:
    """Each input's obligations on ``on``; the envelope, each result :data:`DUE_FORMAT`."""
    from tkpk_rules.planning import obligations

    entries: list[dict[str, Any]] = []
    bad = False
    for name, result in inputs:
        if isinstance(result, DocumentError):
            bad = True
            entries.append(_bad(name, result))
            continue
        day = _day(on, result)
        hasil = {
            "format": DUE_FORMAT,
            "wilayah": result.wilayah.kode,
            "tanggal": day.isoformat(),
            "kewajiban": [o.to_dict() for o in obligations(result, on=day)],
        }
        entries.append({"sumber": name, "sah": True, "hasil": hasil})
    return Answer(_envelope("due", entries), _status(bad, False))


def plan_data(details: Any, dossier: Dossier, lang: str) -> dict[str, Any]:
    """A planned agenda as JSON-ready data, format :data:`PLAN_FORMAT`."""
    from tkpk_rules.io.converter import converter
    from tkpk_rules.model import AnnualAgenda

    agenda = details.agenda_in(lang)
    return {
        "format": PLAN_FORMAT,
        "wilayah": {"kode": dossier.wilayah.kode, "label": region_label(dossier)},
        "agenda_kerja": [converter.unstructure(agenda, AnnualAgenda)],
        "asal": [p.origin.value for p in details.items],
        "alasan": [{code: p.alasan(code) for code in ("id", "en")} for p in details.items],
    }


def plan(
    source: Input,
    *,
    year: int,
    lang: str = "id",
    weekday: str | None = None,
    meetings: int | None = None,
    fixed: Sequence[dt.date] = (),
    avoid: Sequence[dt.date | tuple[dt.date, dt.date]] = (),
    inauguration: dt.date | None = None,
) -> tuple[Answer, Any]:
    """Plan one input's agenda for ``year``: the answer, and the plan itself (or ``None``)."""
    from tkpk_rules.planning import MINIMUM_MEETINGS, plan_details

    name, result = source
    if isinstance(result, DocumentError):
        return Answer(problems(result, name), Status.BAD_INPUT), None
    details = plan_details(
        result,
        year,
        weekday=weekday,
        meetings=meetings if meetings is not None else MINIMUM_MEETINGS,
        fixed=fixed,
        avoid=avoid,
        inauguration=inauguration,
    )
    return Answer(plan_data(details, result, lang), Status.OK), details


def diff(
    source: Input,
    *,
    from_date: dt.date,
    to_date: dt.date,
    handover: dt.date | None = None,
    redact: bool = False,
) -> tuple[Answer, Any]:
    """Compare one input's findings on two dates: the answer, and the diff (or ``None``)."""
    from tkpk_rules.engine import diff as compare
    from tkpk_rules.errors import diff_dates
    from tkpk_rules.law.timeline import check_handover

    diff_dates(from_date, to_date)
    check_handover(handover)
    name, result = source
    if isinstance(result, DocumentError):
        return Answer(problems(_hidden(result, redact), name), Status.BAD_INPUT), None
    changes = compare(
        result, from_date=from_date, to_date=to_date, handover=handover, redact=redact
    )
    status = Status.VIOLATIONS if changes.has_new_violations else Status.OK
    return Answer(changes.to_dict(), status), changes


def period(regimes: frozenset[str], lang: str) -> str:
    """The regimes a rule holds under, with the first day each certainly governs."""
    from tkpk_rules.law.regulations import REGULATIONS

    since = "sejak" if lang == "id" else "from"
    parts = []
    for reg_id in sorted(regimes, key=lambda r: REGULATIONS[r].earliest):
        reg = REGULATIONS[reg_id]
        parts.append(f"{reg.singkat} ({since} ≤{reg.latest.isoformat()})")
    return "; ".join(parts)


def rules() -> Answer:
    """Every rule of the rulebook, format :data:`RULES_FORMAT`."""
    from tkpk_rules import i18n
    from tkpk_rules.rules import RULEBOOK, describe_rule

    items = []
    for r in RULEBOOK:
        item: dict[str, Any] = dict(describe_rule(r))
        item["judul"] = {lang: i18n.message(f"{r.code}.title", lang) for lang in i18n.LANGS}
        item["masa_berlaku"] = {lang: period(r.regimes, lang) for lang in i18n.LANGS}
        items.append(item)
    return Answer({"format": RULES_FORMAT, "aturan": items}, Status.OK)


def coverage() -> Answer:
    """Every provision of the brief and the rules that encode it, format :data:`COVERAGE_FORMAT`."""
    from tkpk_rules.law import PROVISIONS
    from tkpk_rules.rules import coverage as rows

    data = {
        "format": COVERAGE_FORMAT,
        "ketentuan": [
            {
                "ketentuan": c.provision,
                "kutipan": PROVISIONS[c.provision].citation.to_dict(),
                "dukungan": [s.value for s in PROVISIONS[c.provision].support],
                "dikodekan": bool(c.rules),
                "aturan": list(c.rules),
                "alasan": None if c.rules else {"id": c.reason_id, "en": c.reason_en},
            }
            for c in rows()
        ],
    }
    return Answer(data, Status.OK)
