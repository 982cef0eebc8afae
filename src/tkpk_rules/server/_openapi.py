"""The OpenAPI 3.1 document of ``tkpk-rules serve``, built around the shipped JSON Schemas.

Each shipped schema becomes one component under its own name (``envelope``,
``problems``, ``report``...); its ``$defs`` become components named
``NAME.DEF``, and references are rewritten to point at them.  Nothing else
changes, so the service documents exactly the schemas ``tkpk-rules schema
NAME`` prints.  This module needs no web framework.
"""

from __future__ import annotations

from typing import Any

from tkpk_rules import __version__
from tkpk_rules.service import SCHEMA_NAMES, schema

__all__ = ["components", "embed", "openapi_document"]

_BASE = "https://tkpk-rules.readthedocs.io/schemas/"
_HEALTH_FORMAT = "tkpk-rules.kesehatan/1"


def _rewrite(node: Any, name: str) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = _ref(value, name)
            else:
                out[key] = _rewrite(value, name)
        return out
    if isinstance(node, list):
        return [_rewrite(item, name) for item in node]
    return node


def _ref(ref: str, name: str) -> str:
    if ref.startswith("#/$defs/"):
        return f"#/components/schemas/{name}.{ref.removeprefix('#/$defs/')}"
    if ref.startswith(_BASE) and ref.endswith(".json"):
        name = ref.removeprefix(_BASE).removesuffix(".json").rsplit("-", 1)[0]
        return f"#/components/schemas/{name}"
    return ref


def embed(name: str, data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The components one shipped schema becomes: itself, and one per definition."""
    body = {k: v for k, v in data.items() if k not in ("$schema", "$id", "$defs")}
    out = {name: _rewrite(body, name)}
    for key, value in data.get("$defs", {}).items():
        out[f"{name}.{key}"] = _rewrite(value, name)
    return out


def components() -> dict[str, dict[str, Any]]:
    """Every shipped schema, embedded (see :func:`embed`)."""
    out: dict[str, dict[str, Any]] = {}
    for name in SCHEMA_NAMES:
        out.update(embed(name, schema(name)))
    out["health"] = {
        "type": "object",
        "required": ["format", "status", "versi"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": _HEALTH_FORMAT},
            "status": {"const": "ok"},
            "versi": {"type": "string"},
        },
    }
    return out


def _ref_to(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(name: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref_to(name)}}}


_ERRORS = {
    "400": "Permintaan tidak dapat dipakai / the request cannot be used (a query parameter)",
    "413": "Dokumen melebihi batas / the document exceeds a limit (size, depth, length...)",
    "415": "Jenis isi bukan JSON atau YAML / the body is neither JSON nor YAML",
    "422": "Dokumen tidak dapat dibaca / the document cannot be read",
    "500": "Kesalahan dalam layanan / an error inside the service",
}


def _param(name: str, description: str, schema_: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema_, **extra}


_DATE = {"type": "string", "format": "date"}
_LANG = _param(
    "lang",
    "bahasa / language of planned texts (JSON answers carry both languages)",
    {"enum": ["id", "en"], "default": "id"},
)
_ON = _param("on", "tanggal penilaian / date to judge on (bawaan/default: hari ini/today)", _DATE)
_HANDOVER = _param(
    "handover", "hari pertama Permendagri 53/2020 berlaku / first day 53/2020 governs", _DATE
)
_REDACT = _param(
    "redact", "samarkan nama orang / hide people's names", {"type": "boolean", "default": False}
)


def _document_body() -> dict[str, Any]:
    document = _ref_to("document")
    return {
        "required": True,
        "description": "Satu dokumen TKPK / one TKPK document, format tkpk-rules/1, as JSON "
        "or YAML (chosen by Content-Type)",
        "content": {
            "application/json": {"schema": document},
            "application/yaml": {"schema": document},
        },
    }


def _post(summary: str, answer: str, params: list[dict[str, Any]], *, ok: str) -> dict[str, Any]:
    responses: dict[str, Any] = {"200": _json(answer, ok)}
    for status, words in _ERRORS.items():
        responses[status] = _json("problems", words)
    return {
        "post": {
            "summary": summary,
            "operationId": summary.split(" / ")[-1].split()[0].lower(),
            "parameters": params,
            "requestBody": _document_body(),
            "responses": responses,
        }
    }


def _get(summary: str, operation: str, answer: str, ok: str) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "operationId": operation,
            "responses": {"200": _json(answer, ok), "500": _json("problems", _ERRORS["500"])},
        }
    }


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the service."""
    year = _param(
        "year",
        "tahun agenda / the agenda's year (bawaan/default: this year)",
        {"type": "integer", "minimum": 1900, "maximum": 2200},
    )
    date_list = {"type": "array", "items": {"type": "string"}}
    plan_params = [
        year,
        _LANG,
        _param(
            "weekday", "hari rapat / meeting day (senin..jumat, monday..friday)", {"type": "string"}
        ),
        _param(
            "meetings",
            "jumlah rapat / number of meetings (default 3)",
            {"type": "integer", "minimum": 1},
        ),
        _param(
            "fixed",
            "tanggal rapat yang sudah pasti / fixed meeting dates (repeat)",
            date_list,
            explode=True,
        ),
        _param(
            "avoid",
            "tanggal atau rentang yang dihindari / dates or ranges to avoid "
            "(YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD; repeat)",
            date_list,
            explode=True,
        ),
        _param(
            "inauguration", "tanggal pelantikan / the day the head of region took office", _DATE
        ),
    ]
    diff_params = [
        _param("from", "tanggal pertama / earlier date", _DATE, required=True),
        _param("to", "tanggal kedua / later date", _DATE, required=True),
        _HANDOVER,
        _REDACT,
        _LANG,
    ]
    schema_get = {
        "get": {
            "summary": "JSON Schema / a shipped JSON Schema",
            "operationId": "schema",
            "parameters": [
                {
                    "name": "name",
                    "in": "path",
                    "required": True,
                    "schema": {"enum": list(SCHEMA_NAMES)},
                }
            ],
            "responses": {
                "200": {
                    "description": "the schema, as `tkpk-rules schema NAME` prints it",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                "404": _json("problems", "no schema of that name"),
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "tkpk-rules",
            "version": __version__,
            "summary": "Aturan TKPK sebagai layanan / TKPK rules as a stateless HTTP service",
            "description": (
                "Each endpoint answers exactly what the `tkpk-rules` command prints with "
                "`--format json` for the same document and options. Errors are the problems "
                "JSON (format tkpk-rules.masalah/1)."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "paths": {
            "/validate": _post(
                "Periksa format / validate",
                "envelope",
                [_LANG],
                ok="the envelope: the document is readable",
            ),
            "/check": _post(
                "Periksa aturan / check",
                "envelope",
                [_ON, _HANDOVER, _REDACT, _LANG],
                ok="the envelope with one report (a violation is a finding, not an error)",
            ),
            "/plan": _post("Agenda kerja / plan", "plan", plan_params, ok="the draft agenda"),
            "/due": _post(
                "Kewajiban / due",
                "envelope",
                [_ON, _LANG],
                ok="the envelope with the document's obligations",
            ),
            "/diff": _post(
                "Bandingkan dua tanggal / diff",
                "diff",
                diff_params,
                ok="the changes between the two dates",
            ),
            "/rules": _get("Daftar aturan / rules", "rules", "rules", "every rule"),
            "/coverage": _get("Cakupan / coverage", "coverage", "coverage", "every provision"),
            "/schema/{name}": schema_get,
            "/health": _get("Kesehatan / health", "health", "health", "the service is up"),
        },
        "components": {"schemas": components()},
    }
