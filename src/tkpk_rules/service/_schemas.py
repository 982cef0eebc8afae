"""The JSON Schemas of every output, built in one place from the code's own constants.

The files shipped in ``tkpk_rules/schemas/`` (``report-2.json``,
``envelope-2.json``, ``problems-1.json``...) are this module's output: a test
keeps the two equal, and ``python -m tkpk_rules.service`` rewrites them
after a change.  Renaming a key therefore means changing it here and in the
function that writes it, bumping the format's version, then regenerating.
A file is named by its schema and the version of its format
(:func:`schema_file`).  ``document-1.json`` comes from
:mod:`tkpk_rules.io.schema`; the diff, due, rules and coverage schemas reuse
the report's definitions.  Every key follows the naming rule of
``docs/architecture.md``: Indonesian for what a reader sees.
"""

from __future__ import annotations

import functools
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
    "schema_file",
    "schema_text",
    "shipped_text",
    "versions",
]

#: ``format`` of the envelope that ``validate``, ``check`` and ``due`` answer with.
ENVELOPE_FORMAT = "tkpk-rules.hasil/2"
#: ``format`` of the problems of one unreadable document (or of a bad request).
PROBLEMS_FORMAT = "tkpk-rules.masalah/1"
#: ``format`` of ``plan --format json``.
PLAN_FORMAT = "tkpk-rules.agenda/2"
#: ``format`` of one document's obligations in ``due``.
DUE_FORMAT = "tkpk-rules.kewajiban/3"
#: ``format`` of ``rules --format json``.
RULES_FORMAT = "tkpk-rules.aturan/2"
#: ``format`` of ``coverage --format json``: every provision and the rules encoding it.
COVERAGE_FORMAT = "tkpk-rules.ketentuan/2"

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
    "summary",
)
#: The schemas this module writes: all but the document's, which ``tkpk_rules.io.schema`` makes.
GENERATED: tuple[str, ...] = tuple(name for name in SCHEMA_NAMES if name != "document")


def _version(format_tag: str) -> int:
    return int(format_tag.rsplit("/", 1)[1])


@functools.cache
def versions() -> dict[str, int]:
    """The version of each schema's format (the number after ``/`` in its ``format`` tag)."""
    from tkpk_rules.model import FORMAT_V1
    from tkpk_rules.report import FORMAT as REPORT_FORMAT
    from tkpk_rules.report.diff import DIFF_FORMAT
    from tkpk_rules.report.render import SUMMARY_FORMAT

    tags = {
        "document": FORMAT_V1,
        "report": REPORT_FORMAT,
        "envelope": ENVELOPE_FORMAT,
        "problems": PROBLEMS_FORMAT,
        "plan": PLAN_FORMAT,
        "due": DUE_FORMAT,
        "diff": DIFF_FORMAT,
        "rules": RULES_FORMAT,
        "coverage": COVERAGE_FORMAT,
        "summary": SUMMARY_FORMAT,
    }
    return {name: _version(tags[name]) for name in SCHEMA_NAMES}


def schema_file(name: str) -> str:
    """The file a schema is shipped in: ``report-2.json`` (its name and format version).

    :raises KeyError: no schema of that name.
    """
    return f"{name}-{versions()[name]}.json"


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


def _counts(keys: list[str], description: str = "") -> dict[str, Any]:
    """An object holding a count (a whole number, 0 or more) for each of ``keys``, all required."""
    return {
        "type": "object",
        **({"description": description} if description else {}),
        "required": keys,
        "additionalProperties": False,
        "properties": {k: {"type": "integer", "minimum": 0} for k in keys},
    }


def _root(
    name: str,
    what: str,
    format_tag: str,
    description: str,
    properties: dict[str, Any],
    defs: dict[str, Any],
) -> dict[str, Any]:
    """The schema of output ``name`` (``what`` it is, in the title): one object holding its
    ``format`` tag and exactly ``properties``, all required, with the definitions ``defs``."""
    return {
        "$schema": _DRAFT,
        "$id": f"{_BASE}{schema_file(name)}",
        "title": f"tkpk-rules {what}, format {format_tag}",
        "description": description,
        **_obj({"format": {"const": format_tag}, **properties}),
        "$defs": defs,
    }


def schema(name: str) -> dict[str, Any]:
    """The shipped schema ``name`` (one of :data:`SCHEMA_NAMES`) as data.

    :raises KeyError: no schema of that name.
    """
    data: dict[str, Any] = json.loads(shipped_text(name))
    return data


def shipped_text(name: str) -> str:
    """The text of the shipped schema ``name``, as ``tkpk-rules schema NAME`` prints it.

    :raises KeyError: no schema of that name.
    """
    if name not in SCHEMA_NAMES:
        raise KeyError(name)
    return resources.files("tkpk_rules.schemas").joinpath(schema_file(name)).read_text("utf-8")


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
        "problems",
        PROBLEMS_FORMAT,
        "Masalah dalam satu dokumen atau permintaan / every problem of one unreadable document "
        "or bad request, each with its path.",
        {
            "sumber": {**_STR_OR_NULL, "description": "the input: a file name, '-'..."},
            "jumlah": {"type": "integer", "minimum": 1},
            "masalah": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/masalah"}},
        },
        {"masalah": problem, "pesan": _message()},
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
                    {"$ref": f"{_BASE}{schema_file('report')}"},
                    {"$ref": f"{_BASE}{schema_file('due')}"},
                    {"$ref": "#/$defs/sah"},
                ],
            },
            "masalah": {"$ref": f"{_BASE}{schema_file('problems')}"},
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
        "envelope",
        ENVELOPE_FORMAT,
        "Hasil perintah untuk setiap masukan / one entry per input, in order: a result, or "
        "the problems that kept the document from being read.  check's result follows "
        f"{schema_file('report')}, due's follows {schema_file('due')}.",
        {
            "perintah": {"enum": ["validate", "check", "due"]},
            "masukan": {"type": "array", "items": {"$ref": "#/$defs/masukan"}},
        },
        {"masukan": entry, "sah": _obj({"wilayah": _obj({"kode": _CODE})})},
    )


def _citation() -> dict[str, Any]:
    return _obj(
        {
            "peraturan": {**_STR, "description": "the regulation's id: permendagri-53-2020"},
            "bab": _STR_OR_NULL,
            "pasal": {
                **_STR_OR_NULL,
                "description": "null: the article number is unknown (shown as 'Pasal ?')",
            },
            "ayat": _STR_OR_NULL,
            "huruf": _STR_OR_NULL,
            "pasti": {
                "type": "boolean",
                "description": "whether the article number is known for sure: false when no"
                " source states it (pasal null, shown 'Pasal ?') or the number stated is in"
                " doubt (shown with '(?)')",
            },
            "teks": {**_STR, "description": "the citation as people write it"},
        }
    )


def _shared_defs() -> dict[str, Any]:
    """The definitions the report shares with the diff, due, rules and coverage schemas."""
    return {"kutipan": _citation(), "pesan": _message()}


def _report_defs() -> dict[str, Any]:
    """The definitions of a report's region, stamp and findings, as the diff shares them."""
    return {"wilayah": _subject(), "cap": _stamp(), "temuan": _finding(), **_shared_defs()}


def _subject() -> dict[str, Any]:
    from tkpk_rules.model import Level

    return _obj(
        {
            "kode": _CODE,
            "nama": _STR_OR_NULL,
            "tingkat": {"enum": [lv.value for lv in Level]},
        }
    )


def _stamp() -> dict[str, Any]:
    sha = {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}
    return _obj(
        {
            "versi_pustaka": {**_STR, "description": "the tkpk-rules version that judged"},
            "hash_aturan": {**sha, "description": "the rulebook's hash"},
            "tanggal_pemeriksaan": {**_DATE, "description": "the date judged"},
            "hash_masukan": {**sha, "description": "the hash of the document judged"},
            "peralihan": {
                "anyOf": [_DATE, {"type": "null"}],
                "description": "the 42/2010 to 53/2020 handover date chosen, if any",
            },
            "rentang_peralihan": {"type": "array", "items": _DATE, "minItems": 2, "maxItems": 2},
            "rezim_berlaku": {
                "type": "array",
                "items": _STR_OR_NULL,
                "minItems": 1,
                "description": "the regimes that may govern on the date (one when certain)",
            },
        }
    )


def _finding() -> dict[str, Any]:
    from tkpk_rules.law.support import Support
    from tkpk_rules.model import Certainty
    from tkpk_rules.report import Outcome, Progress, Severity

    outcome = "hasil"
    fact = {
        "anyOf": [
            {"type": ["string", "integer", "boolean", "null"]},
            {"type": "array", "items": _STR},
        ]
    }
    certainty = _obj(
        {
            "jalur": _STR,
            "kepastian": {
                "enum": [c.value for c in Certainty if c is not Certainty.DINYATAKAN],
            },
        }
    )
    body = _obj(
        {
            "kode": {"type": "string", "pattern": "^TKPK[0-9]{2}-[A-Z]{3}-[0-9]{3}$"},
            "ketentuan": {**_STR, "description": "the provision id: 53.meetings"},
            outcome: {"enum": [o.value for o in Outcome]},
            "keparahan": {"enum": [s.value for s in Severity]},
            "dukungan": {"enum": [s.value for s in Support]},
            "terverifikasi": {"type": "boolean"},
            "kutipan": {"$ref": "#/$defs/kutipan"},
            "juga_dikutip": {"type": "array", "items": {"$ref": "#/$defs/kutipan"}},
            "jalur": {**_STR, "description": "the path judged: tim.ketua; '' = whole record"},
            "tahun": {"type": ["integer", "null"]},
            "kemajuan": {"enum": [*(p.value for p in Progress), None]},
            "fakta": {"type": "object", "additionalProperties": fact},
            "kurang": {
                "type": "array",
                "items": _STR,
                "description": "the facts that would settle an undetermined finding",
            },
            "pesan": {"$ref": "#/$defs/pesan"},
            "tindakan": {"anyOf": [{"$ref": "#/$defs/pesan"}, {"type": "null"}]},
            "varian": {
                **_STR,
                "description": "the message variant: with kode, a stable key for what was found",
            },
            "kepastian": {
                "description": "Facts on jalur the record holds as inferred (disimpulkan) or "
                "uncertain (belum_pasti): the finding rests on them.",
                "type": "array",
                "items": certainty,
            },
        },
        optional=("kepastian",),
    )
    violation = Outcome.VIOLATION.value

    def when(key: str, value: str, then: dict[str, Any]) -> dict[str, Any]:
        return {"if": {"properties": {key: {"const": value}}}, "then": {"properties": then}}

    body["allOf"] = [
        when(outcome, violation, {"keparahan": {"const": Severity.VIOLATION.value}}),
        when("keparahan", Severity.VIOLATION.value, {outcome: {"const": violation}}),
        when("dukungan", Support.PRACTICE.value, {outcome: {"not": {"const": violation}}}),
    ]
    return body


def _report_counts() -> dict[str, Any]:
    from tkpk_rules.report import Outcome

    counts = [o.value for o in Outcome] + ["advisory", "at_risk"]
    return _counts(counts, "findings per outcome, plus advisory and at_risk")


def _report() -> dict[str, Any]:
    from tkpk_rules.report import FORMAT

    return _root(
        "report",
        "report",
        FORMAT,
        "Laporan pemeriksaan TKPK / TKPK check report: every finding of every rule for one "
        "region on one date.",
        {
            "wilayah": {"$ref": "#/$defs/wilayah"},
            "cap": {"$ref": "#/$defs/cap"},
            "jumlah": _report_counts(),
            "temuan": {"type": "array", "items": {"$ref": "#/$defs/temuan"}},
        },
        _report_defs(),
    )


def _plan() -> dict[str, Any]:
    from tkpk_rules.io.schema import document_schema
    from tkpk_rules.planning import Origin

    doc = document_schema()
    defs = _closure(doc["$defs"], "AnnualAgenda")
    return _root(
        "plan",
        "plan",
        PLAN_FORMAT,
        "Rancangan agenda kerja tahunan / a draft annual work agenda in the document "
        "format's own shape, with where each item comes from and its reason in the other "
        "language.",
        {
            "wilayah": _obj({"kode": _CODE, "label": _STR}),
            "agenda_kerja": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "items": {"$ref": "#/$defs/AnnualAgenda"},
            },
            "asal": {"type": "array", "items": {"enum": [o.value for o in Origin]}},
            "alasan": {
                "description": "why each item sits where it does, in both languages",
                "type": "array",
                "items": {"$ref": "#/$defs/pesan"},
            },
        },
        {**defs, "pesan": _message()},
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
            "kode": {**_STR, "description": "the obligation's code: rat.current, meetings..."},
            "status": {"enum": [s.value for s in ObligationStatus]},
            "tahun": {"type": "integer"},
            "tenggat": {"anyOf": [_DATE, {"type": "null"}]},
            "ketentuan": _STR,
            "kutipan": {"$ref": "#/$defs/kutipan"},
            "dukungan": {"enum": [s.value for s in Support]},
            "hanya_saran": {
                "type": "boolean",
                "description": "rests on practice: advice, never a violation",
            },
            "pesan": {"$ref": "#/$defs/pesan"},
            "kurang": {
                "description": "the facts that would settle the finding the obligation rests"
                " on (the report's kurang): what the record needs where the status cannot be"
                " told; empty when nothing is missing",
                "type": "array",
                "items": _STR,
            },
        }
    )
    return _root(
        "due",
        "obligations",
        DUE_FORMAT,
        "Kewajiban tahun berjalan pada suatu tanggal / one document's obligations on a date: "
        "done, due, at risk, overdue or undetermined.",
        {
            "wilayah": _CODE,
            "tanggal": _DATE,
            "kewajiban": {"type": "array", "items": {"$ref": "#/$defs/kewajiban"}},
        },
        {"kewajiban": obligation, **_shared_defs()},
    )


def _diff() -> dict[str, Any]:
    from tkpk_rules.report.diff import DIFF_FORMAT, ChangeKind
    from tkpk_rules.report.render import GROUPS

    groups = {"enum": [*GROUPS, None], "description": "the section a finding is shown in"}
    change = _obj(
        {
            "jenis": {"enum": [k.value for k in ChangeKind]},
            "kode": _STR,
            "hasil_sebelum": groups,
            "hasil_sesudah": groups,
            "sebelum": {"anyOf": [{"$ref": "#/$defs/temuan"}, {"type": "null"}]},
            "sesudah": {"anyOf": [{"$ref": "#/$defs/temuan"}, {"type": "null"}]},
        }
    )
    return _root(
        "diff",
        "diff",
        DIFF_FORMAT,
        "Perubahan temuan antara dua tanggal / the findings that appear, disappear, change "
        "outcome or change legal basis between two dates.",
        {
            "wilayah": {"$ref": "#/$defs/wilayah"},
            "dari": {"$ref": "#/$defs/cap"},
            "sampai": {"$ref": "#/$defs/cap"},
            "jumlah": _counts([*(k.value for k in ChangeKind), "unchanged"]),
            "perubahan": {"type": "array", "items": {"$ref": "#/$defs/perubahan"}},
        },
        {"perubahan": change, **_report_defs()},
    )


def _rules() -> dict[str, Any]:
    from tkpk_rules.law.support import Support
    from tkpk_rules.model import Level

    cites = {"type": "array", "items": {"$ref": "#/$defs/kutipan"}}
    basis = _obj(
        {
            "rezim": _STR,
            "ketentuan": _STR,
            "kutipan": {"$ref": "#/$defs/kutipan"},
            "juga_dikutip": cites,
            "dukungan": {"enum": [s.value for s in Support]},
        }
    )
    rule = _obj(
        {
            "kode": {"type": "string", "pattern": "^TKPK[0-9]{2}-[A-Z]{3}-[0-9]{3}$"},
            "ketentuan": _STR,
            "topik": _STR,
            "kutipan": {"$ref": "#/$defs/kutipan"},
            "juga_dikutip": cites,
            "dukungan": {"enum": [s.value for s in Support]},
            "hanya_saran": {"type": "boolean"},
            "rezim": {"type": "array", "items": _STR},
            "lintas_rezim": {
                "type": "boolean",
                "description": "holds the same under every regime",
            },
            "dasar": {"type": "array", "items": {"$ref": "#/$defs/dasar"}},
            "tingkat": {"type": "array", "items": {"enum": [lv.value for lv in Level]}},
            "tahunan": {"type": "boolean"},
            "judul": {"$ref": "#/$defs/pesan"},
            "masa_berlaku": {"$ref": "#/$defs/pesan"},
        }
    )
    return _root(
        "rules",
        "rules",
        RULES_FORMAT,
        "Daftar aturan / every rule of the rulebook with its provision, citation, support "
        "level and period in force.",
        {
            "aturan": {"type": "array", "items": {"$ref": "#/$defs/aturan"}},
        },
        {"aturan": rule, "dasar": basis, **_shared_defs()},
    )


def _coverage() -> dict[str, Any]:
    from tkpk_rules.law.support import Support

    row = _obj(
        {
            "ketentuan": {**_STR, "description": "the provision id: 53.meetings"},
            "kutipan": {"$ref": "#/$defs/kutipan"},
            "dukungan": {"type": "array", "items": {"enum": [s.value for s in Support]}},
            "dikodekan": {"type": "boolean", "description": "whether a rule encodes it"},
            "aturan": {"type": "array", "items": _STR},
            "alasan": {"anyOf": [{"$ref": "#/$defs/pesan"}, {"type": "null"}]},
        }
    )
    return _root(
        "coverage",
        "coverage",
        COVERAGE_FORMAT,
        "Cakupan ketentuan / every provision of the brief with the rules that encode it, "
        "or why it cannot be checked.",
        {
            "ketentuan": {"type": "array", "items": {"$ref": "#/$defs/ketentuan"}},
        },
        {"ketentuan": row, **_shared_defs()},
    )


def _summary() -> dict[str, Any]:
    from tkpk_rules.report.render import GROUPS, SUMMARY_FORMAT

    shown = _counts(
        [*GROUPS, "at_risk"],
        "findings per section of the rendered report (they add up to the findings), plus at_risk",
    )
    row = _obj(
        {
            "berkas": {**_STR, "description": "the file (or example) as the command names it"},
            "kode_wilayah": {
                "anyOf": [_CODE, {"type": "null"}],
                "description": "the region's Kemendagri code; null: the file is unreadable",
            },
            "jumlah": {"anyOf": [_report_counts(), {"type": "null"}]},
            "bagian": {"anyOf": [shown, {"type": "null"}]},
        }
    )
    return _root(
        "summary",
        "summary of many reports",
        SUMMARY_FORMAT,
        "Ringkasan banyak laporan / one row per file checked: its region and how many"
        " findings of each outcome and section it has; an unreadable file has nulls.",
        {
            "baris": {"type": "array", "items": {"$ref": "#/$defs/baris"}},
        },
        {"baris": row},
    )


_BUILDERS = {
    "report": _report,
    "envelope": _envelope,
    "problems": _problems,
    "plan": _plan,
    "due": _due,
    "diff": _diff,
    "rules": _rules,
    "coverage": _coverage,
    "summary": _summary,
}


def generated_schemas() -> dict[str, dict[str, Any]]:
    """Every schema this module builds, by name, as the files should hold them."""
    return {name: _BUILDERS[name]() for name in GENERATED}


def schema_text(data: dict[str, Any]) -> str:
    """How a schema file is written: two-space indent, non-ASCII kept, newline at the end."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
