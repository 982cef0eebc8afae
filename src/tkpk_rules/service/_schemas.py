"""The JSON Schemas of every output, built in one place from the code's own constants.

The files shipped in ``tkpk_rules/schemas/`` (``envelope-1.json``,
``problems-1.json``, ``plan-1.json``...) are this module's output: a test
keeps the two equal, and ``python -m tkpk_rules.service`` rewrites them
after a change.  Renaming a key therefore means changing it here and in the
function that writes it, then regenerating.  ``document-1.json`` comes from
:mod:`tkpk_rules.io.schema`, and ``report-1.json`` is kept by hand beside the
report code; the diff schema reuses the report's definitions.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from tkpk_rules.regions import CODE_PATTERN

__all__ = [
    "COVERAGE_FORMAT",
    "DUE_FORMAT",
    "ENVELOPE_FORMAT",
    "GENERATED",
    "PLAN_FORMAT",
    "PROBLEMS_FORMAT",
    "REGION_CODE_PATTERN",
    "RULES_FORMAT",
    "SCHEMA_NAMES",
    "generated_schemas",
    "schema",
]

#: ``format`` of the envelope that ``validate``, ``check`` and ``due`` answer with.
ENVELOPE_FORMAT = "tkpk-rules.hasil/1"
#: ``format`` of the problems of one unreadable document (or of a bad request).
PROBLEMS_FORMAT = "tkpk-rules.masalah/1"
#: ``format`` of ``plan --format json``.
PLAN_FORMAT = "tkpk-rules.agenda/1"
#: ``format`` of one document's obligations in ``due``.
DUE_FORMAT = "tkpk-rules.kewajiban/1"
#: ``format`` of ``rules --format json``.
RULES_FORMAT = "tkpk-rules.aturan/1"
#: ``format`` of ``coverage --format json`` (kept from before the contract).
COVERAGE_FORMAT = "tkpk-rules.coverage/1"

#: The shape of a Kemendagri province (``64``) or kabupaten/kota (``64.72``) code.
REGION_CODE_PATTERN = CODE_PATTERN

#: Every schema ``tkpk-rules schema NAME`` prints, in the order help lists them.
SCHEMA_NAMES: tuple[str, ...] = (
    "document",
    "report",
    "envelope",
    "problems",
    "plan",
    "due",
    "diff",
    "rules",
    "coverage",
)
#: The schemas this module writes (the others have their own source).
GENERATED: tuple[str, ...] = ("envelope", "problems", "plan", "due", "diff", "rules", "coverage")

_BASE = "https://tkpk-rules.readthedocs.io/schemas/"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"

_STR = {"type": "string"}
_STR_OR_NULL = {"type": ["string", "null"]}
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_CODE = {"type": "string", "pattern": REGION_CODE_PATTERN}


def _obj(properties: dict[str, Any], *, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [k for k in properties if k not in optional],
        "additionalProperties": False,
        "properties": properties,
    }


def _root(name: str, title: str, description: str, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": _DRAFT,
        "$id": f"{_BASE}{name}-1.json",
        "title": title,
        "description": description,
        **body,
    }


def schema(name: str) -> dict[str, Any]:
    """The shipped schema ``name`` (one of :data:`SCHEMA_NAMES`) as data.

    :raises KeyError: no schema of that name.
    """
    if name not in SCHEMA_NAMES:
        raise KeyError(name)
    text = resources.files("tkpk_rules.schemas").joinpath(f"{name}-1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _message() -> dict[str, Any]:
    return _obj({"id": _STR, "en": _STR})


def _problems() -> dict[str, Any]:
    problem = _obj(
        {
            "jalur": {**_STR, "description": "where: tim.anggota[3].jabatan; '' = whole document"},
            "kode": {**_STR, "description": "kind of problem: missing, wrong_type, bad_date..."},
            "pesan": {"$ref": "#/$defs/pesan"},
            "ditemukan": _STR_OR_NULL,
            "diharapkan": _STR_OR_NULL,
            "saran": {**_STR_OR_NULL, "description": "a suggested value; never applied for you"},
            "baris": {
                "type": ["integer", "null"],
                "description": "the line of a YAML/JSON file, or the row of a workbook sheet "
                "(counted from 1); null when not known",
            },
            "lembar": {**_STR_OR_NULL, "description": "for a workbook: the sheet"},
            "kolom": {**_STR_OR_NULL, "description": "for a workbook: the column header"},
        }
    )
    return _root(
        "problems",
        f"tkpk-rules problems, format {PROBLEMS_FORMAT}",
        "Masalah dalam satu dokumen atau permintaan / every problem of one unreadable document "
        "or bad request, each with its path.",
        {
            **_obj(
                {
                    "format": {"const": PROBLEMS_FORMAT},
                    "sumber": {**_STR_OR_NULL, "description": "the input: a file name, '-'..."},
                    "jumlah": {"type": "integer", "minimum": 1},
                    "masalah": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/$defs/masalah"},
                    },
                }
            ),
            "$defs": {"masalah": problem, "pesan": _message()},
        },
    )


def _envelope() -> dict[str, Any]:
    entry = {
        "type": "object",
        "required": ["sumber", "sah"],
        "additionalProperties": False,
        "properties": {
            "sumber": _STR,
            "sah": {"type": "boolean", "description": "whether the document could be read"},
            "hasil": {
                "description": "the command's answer: a report (check), obligations (due), "
                "or the region read (validate)",
                "anyOf": [
                    {"$ref": f"{_BASE}report-1.json"},
                    {"$ref": f"{_BASE}due-1.json"},
                    {"$ref": "#/$defs/sah"},
                ],
            },
            "masalah": {"$ref": f"{_BASE}problems-1.json"},
        },
        "oneOf": [
            {"properties": {"sah": {"const": True}}, "required": ["hasil"]},
            {"properties": {"sah": {"const": False}}, "required": ["masalah"]},
        ],
        "allOf": [
            {"not": {"required": ["hasil", "masalah"]}},
        ],
    }
    return _root(
        "envelope",
        f"tkpk-rules envelope, format {ENVELOPE_FORMAT}",
        "Hasil perintah untuk setiap masukan / one entry per input, in order: a result, or "
        "the problems that kept the document from being read.  check's result follows "
        "report-1.json, due's follows due-1.json.",
        {
            **_obj(
                {
                    "format": {"const": ENVELOPE_FORMAT},
                    "perintah": {"enum": ["validate", "check", "due"]},
                    "masukan": {"type": "array", "items": {"$ref": "#/$defs/masukan"}},
                }
            ),
            "$defs": {
                "masukan": entry,
                "sah": _obj({"wilayah": _obj({"kode": _CODE})}),
            },
        },
    )


def _citation_defs() -> dict[str, Any]:
    report = schema("report")
    defs: dict[str, Any] = report["$defs"]
    return defs


def _plan() -> dict[str, Any]:
    from tkpk_rules.io.schema import document_schema
    from tkpk_rules.planning import Origin

    doc = document_schema()
    defs = _closure(doc["$defs"], "AnnualAgenda")
    return _root(
        "plan",
        f"tkpk-rules plan, format {PLAN_FORMAT}",
        "Rancangan agenda kerja tahunan / a draft annual work agenda in the document "
        "format's own shape, with where each item comes from and its reason in the other "
        "language.",
        {
            "type": "object",
            "required": ["format", "wilayah", "agenda_kerja", "asal"],
            "additionalProperties": False,
            "properties": {
                "format": {"const": PLAN_FORMAT},
                "wilayah": _obj({"kode": _CODE, "label": _STR}),
                "agenda_kerja": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 1,
                    "items": {"$ref": "#/$defs/AnnualAgenda"},
                },
                "asal": {"type": "array", "items": {"enum": [o.value for o in Origin]}},
                "alasan_en": {"type": "array", "items": _STR},
                "alasan_id": {"type": "array", "items": _STR},
            },
            "$defs": defs,
        },
    )


def _closure(defs: dict[str, Any], start: str) -> dict[str, Any]:
    """``start`` and every definition it refers to, directly or not."""
    out: dict[str, Any] = {}
    todo = [start]
    while todo:
        name = todo.pop()
        if name in out:
            continue
        out[name] = defs[name]
        todo.extend(_refs(defs[name]))
    return dict(sorted(out.items()))


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = []
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            found.append(ref.removeprefix("#/$defs/"))
        for value in node.values():
            found.extend(_refs(value))
        return found
    if isinstance(node, list):
        return [r for item in node for r in _refs(item)]
    return []


def _due() -> dict[str, Any]:
    from tkpk_rules.law.support import Support
    from tkpk_rules.planning import ObligationStatus

    obligation = _obj(
        {
            "code": _STR,
            "status": {"enum": [s.value for s in ObligationStatus]},
            "year": {"type": "integer"},
            "deadline": {"anyOf": [_DATE, {"type": "null"}]},
            "provision": _STR,
            "citation": {"$ref": "#/$defs/citation"},
            "support": {"enum": [s.value for s in Support]},
            "advisory": {"type": "boolean"},
            "message": {"$ref": "#/$defs/message"},
        }
    )
    report_defs = _citation_defs()
    return _root(
        "due",
        f"tkpk-rules obligations, format {DUE_FORMAT}",
        "Kewajiban tahun berjalan pada suatu tanggal / one document's obligations on a date: "
        "done, due, at risk, overdue or undetermined.",
        {
            **_obj(
                {
                    "format": {"const": DUE_FORMAT},
                    "wilayah": _CODE,
                    "tanggal": _DATE,
                    "kewajiban": {"type": "array", "items": {"$ref": "#/$defs/kewajiban"}},
                }
            ),
            "$defs": {
                "kewajiban": obligation,
                "citation": report_defs["citation"],
                "message": report_defs["message"],
            },
        },
    )


def _diff() -> dict[str, Any]:
    from tkpk_rules.report.diff import DIFF_FORMAT, ChangeKind
    from tkpk_rules.report.render import GROUPS

    report = schema("report")
    groups = {"enum": [*GROUPS, None], "description": "the section a finding is shown in"}
    change = _obj(
        {
            "kind": {"enum": [k.value for k in ChangeKind]},
            "code": _STR,
            "outcome_before": groups,
            "outcome_after": groups,
            "before": {"anyOf": [{"$ref": "#/$defs/finding"}, {"type": "null"}]},
            "after": {"anyOf": [{"$ref": "#/$defs/finding"}, {"type": "null"}]},
        }
    )
    counts = {
        "type": "object",
        "required": [*(k.value for k in ChangeKind), "unchanged"],
        "additionalProperties": False,
        "properties": {
            k: {"type": "integer", "minimum": 0}
            for k in [*(k.value for k in ChangeKind), "unchanged"]
        },
    }
    return _root(
        "diff",
        f"tkpk-rules diff, format {DIFF_FORMAT}",
        "Perubahan temuan antara dua tanggal / the findings that appear, disappear, change "
        "outcome or change legal basis between two dates.",
        {
            **_obj(
                {
                    "format": {"const": DIFF_FORMAT},
                    "subject": report["properties"]["subject"],
                    "from": report["properties"]["stamp"],
                    "to": report["properties"]["stamp"],
                    "counts": counts,
                    "changes": {"type": "array", "items": {"$ref": "#/$defs/change"}},
                }
            ),
            "$defs": {"change": change, **report["$defs"]},
        },
    )


def _rules() -> dict[str, Any]:
    from tkpk_rules.law.support import Support
    from tkpk_rules.model import Level

    defs = _citation_defs()
    cites = {"type": "array", "items": {"$ref": "#/$defs/citation"}}
    basis = _obj(
        {
            "regime": _STR,
            "provision": _STR,
            "citation": {"$ref": "#/$defs/citation"},
            "also_cited": cites,
            "support": {"enum": [s.value for s in Support]},
        }
    )
    rule = _obj(
        {
            "code": {"type": "string", "pattern": "^TKPK[0-9]{2}-[A-Z]{3}-[0-9]{3}$"},
            "provision": _STR,
            "topic": _STR,
            "citation": {"$ref": "#/$defs/citation"},
            "also_cited": cites,
            "support": {"enum": [s.value for s in Support]},
            "advisory_only": {"type": "boolean"},
            "regimes": {"type": "array", "items": _STR},
            "regime_independent": {"type": "boolean"},
            "bases": {"type": "array", "items": {"$ref": "#/$defs/basis"}},
            "levels": {"type": "array", "items": {"enum": [lv.value for lv in Level]}},
            "yearly": {"type": "boolean"},
            "title": {"$ref": "#/$defs/message"},
            "period": {"$ref": "#/$defs/message"},
        }
    )
    return _root(
        "rules",
        f"tkpk-rules rules, format {RULES_FORMAT}",
        "Daftar aturan / every rule of the rulebook with its provision, citation, support "
        "level and period in force.",
        {
            **_obj(
                {
                    "format": {"const": RULES_FORMAT},
                    "aturan": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
                }
            ),
            "$defs": {
                "rule": rule,
                "basis": basis,
                "citation": defs["citation"],
                "message": defs["message"],
            },
        },
    )


def _coverage() -> dict[str, Any]:
    from tkpk_rules.law.support import Support

    defs = _citation_defs()
    row = _obj(
        {
            "provision": _STR,
            "citation": {"$ref": "#/$defs/citation"},
            "support": {"type": "array", "items": {"enum": [s.value for s in Support]}},
            "encoded": {"type": "boolean"},
            "rules": {"type": "array", "items": _STR},
            "reason": {"anyOf": [{"$ref": "#/$defs/message"}, {"type": "null"}]},
        }
    )
    return _root(
        "coverage",
        f"tkpk-rules coverage, format {COVERAGE_FORMAT}",
        "Cakupan ketentuan / every provision of the brief with the rules that encode it, "
        "or why it cannot be checked.",
        {
            **_obj(
                {
                    "format": {"const": COVERAGE_FORMAT},
                    "provisions": {"type": "array", "items": {"$ref": "#/$defs/provision"}},
                }
            ),
            "$defs": {
                "provision": row,
                "citation": defs["citation"],
                "message": defs["message"],
            },
        },
    )


_BUILDERS = {
    "envelope": _envelope,
    "problems": _problems,
    "plan": _plan,
    "due": _due,
    "diff": _diff,
    "rules": _rules,
    "coverage": _coverage,
}


def generated_schemas() -> dict[str, dict[str, Any]]:
    """Every schema this module builds, by name, as the files should hold them."""
    return {name: _BUILDERS[name]() for name in GENERATED}


def schema_text(data: dict[str, Any]) -> str:
    """How a schema file is written: two-space indent, non-ASCII kept, newline at the end."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
