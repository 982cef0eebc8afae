"""The JSON Schema of document format ``tkpk-rules/1``, generated from the model.

The schema shipped in the wheel (``tkpk_rules/schemas/document-1.json``) is
this function's output; a test keeps the two equal, and
``python -m tkpk_rules.io.schema > src/tkpk_rules/schemas/document-1.json``
regenerates it after a model change.

>>> schema = document_schema()
>>> schema["properties"]["format"]["const"]
'tkpk-rules/1'
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import types
import typing
from importlib import resources
from typing import Any

import attrs

from tkpk_rules.model import FORMAT_V1, Dossier, ImpreciseDate, NotRecorded
from tkpk_rules.regions import CODE_PATTERN

__all__ = ["document_schema", "shipped_schema"]

SCHEMA_ID = "https://tkpk-rules.readthedocs.io/schemas/document-1.json"


def _describe(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    return doc.split("\n\n")[0].replace("\n", " ")


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not NotRecorded]
        schemas: list[dict[str, Any]] = []
        for a in options:
            one: dict[str, Any] = {"type": "null"} if a is type(None) else _schema_for(a, defs)
            # Nested choices (a day, or a year or month alone) are listed side by side.
            schemas.extend(one["anyOf"] if list(one) == ["anyOf"] else [one])
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs)}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if tp is ImpreciseDate:
        from tkpk_rules.io.converter import IMPRECISE_YEAR_MAX, IMPRECISE_YEAR_MIN

        return {
            "anyOf": [
                {
                    "type": "integer",
                    "minimum": IMPRECISE_YEAR_MIN,
                    "maximum": IMPRECISE_YEAR_MAX,
                    "description": "only the year is known",
                },
                {
                    "type": "string",
                    "pattern": r"^\d{4}-(0[1-9]|1[0-2])$",
                    "description": "only the year and month are known",
                },
            ]
        }
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve first: the model may refer to itself
            hints = typing.get_type_hints(tp)
            fields = attrs.fields(tp)
            defs[name] = {
                "type": "object",
                "description": _describe(tp),
                "properties": {f.name: _schema_for(hints[f.name], defs) for f in fields},
                "required": [f.name for f in fields if f.default is attrs.NOTHING],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {tp!r}")  # a model change the generator does not know


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for a whole document."""
    defs: dict[str, Any] = {}
    root = _schema_for(Dossier, defs)
    dossier = defs.pop("Dossier")
    assert root == {"$ref": "#/$defs/Dossier"}
    properties = {"format": {"const": FORMAT_V1}, **dossier["properties"]}
    # The region code's shape is checked by the loader; the schema says it too.
    defs["RegionRef"]["properties"]["kode"] = {"type": "string", "pattern": CODE_PATTERN}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "tkpk-rules document, format tkpk-rules/1",
        "description": dossier["description"],
        "type": "object",
        "properties": properties,
        "required": ["format", *dossier["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def shipped_schema(kind: str = "document") -> str:
    """The text of a schema shipped in the wheel (``document``, ``report``, ``due``...).

    Each file is named by its format's version (``report-2.json``); the one shipped is read.

    >>> '"$schema"' in shipped_schema("report")
    True
    """
    folder = resources.files("tkpk_rules.schemas")
    versions = sorted(
        (int(version), entry.name)
        for entry in folder.iterdir()
        if entry.name.startswith(f"{kind}-")
        and entry.name.endswith(".json")
        and (version := entry.name[len(kind) + 1 : -len(".json")]).isdigit()
    )
    names = [name for _, name in versions]
    if not names:
        from tkpk_rules.errors import ArgumentValueError

        raise ArgumentValueError(f"tidak ada skema {kind!r} / no schema {kind!r}")
    return folder.joinpath(names[-1]).read_text("utf-8")


def main() -> None:
    print(json.dumps(document_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
