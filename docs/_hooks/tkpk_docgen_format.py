"""Field tables of document format ``tkpk-rules/1``, generated from the model and its schema.

The schema (:func:`tkpk_rules.io.schema.document_schema`) gives each class's fields, which
are required, and their JSON types; the model's type hints give the enum behind each list
of allowed values; :mod:`tkpk_glossary` gives the meaning in Indonesian and English.
"""

from __future__ import annotations

import ast
import enum
import inspect
import itertools
import textwrap
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import tkpk_glossary

Lang = str  # "id" or "en"

_T = {
    "id": {
        "field": "Isian",
        "type": "Jenis nilai",
        "req": "Wajib",
        "meaning": "Arti",
        "yes": "ya",
        "no": "—",
        "text": "teks",
        "date": "tanggal `YYYY-MM-DD`",
        "year_alone": "tahun saja `2024`",
        "month_alone": "bulan saja `2024-05`",
        "integer": "bilangan bulat",
        "boolean": "`ya` / `tidak` (atau `true` / `false`)",
        "list": "daftar",
        "or_null": "atau `null`",
        "one_of": "salah satu nilai",
        "appears": "Muncul di",
        "value": "Nilai",
        "values_of": "Nilai yang diizinkan",
        "used_by": "Dipakai oleh",
    },
    "en": {
        "field": "Field",
        "type": "Type",
        "req": "Required",
        "meaning": "Meaning",
        "yes": "yes",
        "no": "—",
        "text": "text",
        "date": "date `YYYY-MM-DD`",
        "year_alone": "a year alone `2024`",
        "month_alone": "a month alone `2024-05`",
        "integer": "integer",
        "boolean": "`true` / `false` (or `ya` / `tidak`)",
        "list": "list of",
        "or_null": "or `null`",
        "one_of": "one of",
        "appears": "Appears at",
        "value": "Value",
        "values_of": "Allowed values",
        "used_by": "Used by",
    },
}


def _models() -> tuple[type, dict[str, Any]]:
    from tkpk_rules.io.schema import document_schema
    from tkpk_rules.model import Dossier

    return Dossier, document_schema()


def _union_args(tp: Any) -> list[Any]:
    from tkpk_rules.model import NotRecorded

    if typing.get_origin(tp) in (typing.Union, __import__("types").UnionType):
        return [a for a in typing.get_args(tp) if a is not NotRecorded]
    return [tp]


def _imprecise() -> type:
    from tkpk_rules.model import ImpreciseDate

    return ImpreciseDate


def _inner(tp: Any) -> list[Any]:
    """The attrs classes and enums a type hint refers to."""
    out: list[Any] = []
    for arg in _union_args(tp):
        if typing.get_origin(arg) is tuple:
            out.extend(_inner(typing.get_args(arg)[0]))
        elif arg is _imprecise():
            continue  # a value written as 2024 or 2024-05, not a class of the document
        elif isinstance(arg, type) and (attrs.has(arg) or issubclass(arg, enum.Enum)):
            out.append(arg)
    return out


def walk_classes() -> list[tuple[type, list[str]]]:
    """Every attrs class of the document, in document order, with the paths it appears at."""
    root, _ = _models()
    seen: dict[type, list[str]] = {root: [""]}
    order: list[type] = [root]
    queue: list[tuple[type, str]] = [(root, "")]
    while queue:
        cls, path = queue.pop(0)
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            hint = hints[f.name]
            is_list = any(typing.get_origin(a) is tuple for a in _union_args(hint))
            sub = f"{path}.{f.name}" if path else f.name
            sub += "[]" if is_list else ""
            for inner in _inner(hint):
                if not attrs.has(inner):
                    continue
                if inner not in seen:
                    seen[inner] = []
                    order.append(inner)
                    queue.append((inner, sub))
                if len(seen[inner]) < 6:
                    seen[inner].append(sub)
    return [(cls, seen[cls]) for cls in order]


def walk_enums() -> list[tuple[type[enum.Enum], list[str]]]:
    """Every enum used in the document, in document order, with the fields that use it."""
    found: dict[type[enum.Enum], list[str]] = {}
    for cls, _ in walk_classes():
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            for inner in _inner(hints[f.name]):
                if isinstance(inner, type) and issubclass(inner, enum.Enum):
                    found.setdefault(inner, []).append(f"{cls.__name__}.{f.name}")
    return list(found.items())


def attribute_docstrings(cls: type) -> dict[str, str]:
    """Docstrings written under attributes in a class body (an attribute, then a string)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = ast.parse(source).body[0]
    assert isinstance(body, ast.ClassDef)
    docs: dict[str, str] = {}
    stmts = body.body
    for prev, node in itertools.pairwise(stmts):
        target = None
        if isinstance(prev, ast.AnnAssign) and isinstance(prev.target, ast.Name):
            target = prev.target.id
        elif (
            isinstance(prev, ast.Assign)
            and len(prev.targets) == 1
            and isinstance(prev.targets[0], ast.Name)
        ):
            target = prev.targets[0].id
        if (
            target
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            docs[target] = " ".join(inspect.cleandoc(node.value.value).split())
    return docs


def meaning(cls_name: str, field: str, lang: Lang) -> str | None:
    entry = tkpk_glossary.FIELDS.get(f"{cls_name}.{field}") or tkpk_glossary.FIELDS.get(
        f"*.{field}"
    )
    if entry is None:
        return None
    return entry[0] if lang == "id" else entry[1]


def glossary_problems() -> list[str]:
    """Fields or classes the glossary does not explain, and entries for fields that are gone."""
    problems: list[str] = []
    _, schema = _models()
    defs = dict(schema["$defs"])
    defs["Dossier"] = schema
    known = set()
    for name, d in defs.items():
        if name not in tkpk_glossary.CLASSES:
            problems.append(f"class {name} has no entry in docs/_hooks/tkpk_glossary.py CLASSES")
        for field in d["properties"]:
            known.add(f"{name}.{field}")
            if meaning(name, field, "id") is None:
                problems.append(
                    f"field {name}.{field} has no meaning in docs/_hooks/tkpk_glossary.py FIELDS"
                )
    for key in tkpk_glossary.FIELDS:
        if not key.startswith("*.") and key not in known:
            problems.append(f"glossary entry {key} names a field the model does not have")
    for key in tkpk_glossary.CLASSES:
        if key not in defs:
            problems.append(f"glossary class {key} is not in the document model")
    return problems


def _anchor(name: str) -> str:
    return name.lower()


def _type_text(prop: dict[str, Any], enum_cls: type[enum.Enum] | None, lang: Lang) -> str:
    t = _T[lang]
    if "anyOf" in prop:
        parts = [p for p in prop["anyOf"] if p.get("type") != "null"]
        nullable = len(parts) < len(prop["anyOf"])
        text = " / ".join(_type_text(p, enum_cls, lang) for p in parts)
        return f"{text} {t['or_null']}" if nullable else text
    if "const" in prop:
        return f"`{prop['const']}`"
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{_anchor(name)})"
    if "enum" in prop:
        values = ", ".join(f"`{v}`" for v in prop["enum"])
        if enum_cls is not None:
            return f"{t['one_of']} [{enum_cls.__name__}](#{_anchor(enum_cls.__name__)}): {values}"
        return f"{t['one_of']}: {values}"
    kind = prop.get("type")
    if kind == "integer" and "minimum" in prop:
        return t["year_alone"]
    if kind == "string" and prop.get("pattern", "").startswith("^\\d{4}-(0[1-9]"):
        return t["month_alone"]
    if kind == "array":
        return f"{t['list']} {_type_text(prop['items'], enum_cls, lang)}"
    if kind == "string":
        return t["date"] if prop.get("format") == "date" else t["text"]
    return t.get(kind, str(kind))


def _field_enum(cls: type, field: str) -> type[enum.Enum] | None:
    if not attrs.has(cls) or field not in attrs.fields_dict(cls):
        return None
    for inner in _inner(typing.get_type_hints(cls)[field]):
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return inner
    return None


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def class_table(cls: type, schema_def: dict[str, Any], lang: Lang) -> Iterator[str]:
    t = _T[lang]
    own_docs = attribute_docstrings(cls)
    yield f"| {t['field']} | {t['type']} | {t['req']} | {t['meaning']} |"
    yield "|---|---|---|---|"
    required = set(schema_def.get("required", ()))
    for field, prop in schema_def["properties"].items():
        text = meaning(cls.__name__, field, lang) or "**?**"
        if lang == "en" and field in own_docs and own_docs[field] not in text:
            text = f"{text} *{own_docs[field]}*" if text != "**?**" else own_docs[field]
        kind = _type_text(prop, _field_enum(cls, field), lang)
        req = t["yes"] if field in required else t["no"]
        yield f"| `{field}` | {_cell(kind)} | {req} | {_cell(text)} |"


def field_tables(lang: Lang = "en", heading: str = "###") -> str:
    """Markdown: one table per class of the document, in document order."""
    root, schema = _models()
    t = _T[lang]
    out: list[str] = []
    for cls, paths in walk_classes():
        name = cls.__name__
        schema_def = schema if cls is root else schema["$defs"][name]
        cdesc = tkpk_glossary.CLASSES.get(name, ("", ""))
        desc = cdesc[0] if lang == "id" else cdesc[1]
        out.append(f"{heading} {name} {{ #{_anchor(name)} }}")
        out.append("")
        if desc:
            out.append(desc)
            out.append("")
        where = ", ".join(f"`{p}`" if p else "(root)" for p in paths)
        out.append(f"*{t['appears']}:* {where}")
        out.append("")
        out.extend(class_table(cls, schema_def, lang))
        out.append("")
    return "\n".join(out)


def enum_tables(lang: Lang = "en", heading: str = "###") -> str:
    """Markdown: one table per enum of the document, with each value's meaning."""
    t = _T[lang]
    out: list[str] = []
    for enum_cls, users in walk_enums():
        docs = attribute_docstrings(enum_cls)
        out.append(f"{heading} {enum_cls.__name__} {{ #{_anchor(enum_cls.__name__)} }}")
        out.append("")
        out.append(f"*{t['used_by']}:* " + ", ".join(f"`{u}`" for u in users))
        out.append("")
        out.append(f"| {t['value']} | {t['meaning']} |")
        out.append("|---|---|")
        for member in enum_cls:
            if lang == "id":
                text = tkpk_glossary.VALUES_ID.get(f"{enum_cls.__name__}.{member.value}", "")
            else:
                text = docs.get(member.name, "")
            out.append(f"| `{member.value}` | {_cell(text)} |")
        out.append("")
    return "\n".join(out)


def schema_json() -> str:
    import json

    _, schema = _models()
    return json.dumps(schema, indent=2, ensure_ascii=False)


def enum_table(name: str, lang: Lang = "id") -> str:
    """The allowed values of one enum of the document, by its class name."""
    for enum_cls, _ in walk_enums():
        if enum_cls.__name__ == name:
            docs = attribute_docstrings(enum_cls)
            t = _T[lang]
            lines = [f"| {t['value']} | {t['meaning']} |", "|---|---|"]
            for member in enum_cls:
                if lang == "id":
                    text = tkpk_glossary.VALUES_ID.get(f"{name}.{member.value}", "")
                else:
                    text = docs.get(member.name, "")
                lines.append(f"| `{member.value}` | {_cell(text)} |")
            return "\n".join(lines)
    raise ValueError(f"no enum {name} in the document model")


#: A small document with typical mistakes, for showing what ``validate`` says.
MISTAKES = """\
format: tkpk-rules/1
wilayah:
  kode: 33.02
tim:
  ketau:
    jabatan: {jenis: wakil_bupati}
  sekretaris:
    jabatan: {jenis: kepala_bappeda}
  pembentukan:
    tanggal: 14-04-2025
"""


def run_cli(argv: list[str], files: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the ``tkpk-rules`` command in a scratch folder; its exit code and its output."""
    import contextlib
    import io
    import os
    import tempfile

    from tkpk_rules.cli import main

    out = io.StringIO()
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (files or {}).items():
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        os.chdir(tmp)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                code = main(argv)
        finally:
            os.chdir(old)
    return code, out.getvalue()


def validate_demo(lang: Lang = "id") -> str:
    """What ``tkpk-rules validate`` prints for :data:`MISTAKES`, run at build time."""
    argv = ["validate", "tim-saya.yaml"] + (["--lang", "en"] if lang == "en" else [])
    code, said = run_cli(argv, {"tim-saya.yaml": MISTAKES})
    if code == 0:  # pragma: no cover - the sample is meant to fail
        raise AssertionError("the sample document was accepted")
    return (
        f'```yaml title="tim-saya.yaml"\n{MISTAKES}```\n\n'
        f"```console\n$ tkpk-rules {' '.join(argv)}\n{said.rstrip()}\n```"
    )
