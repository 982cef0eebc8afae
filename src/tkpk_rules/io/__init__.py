"""Reading and writing documents in format ``tkpk-rules/1``.

>>> from tkpk_rules.io import load, dump
>>> dossier = load({"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}, "tim": {"anggota": []}})
>>> dossier.tim.anggota
()
>>> dossier.tim.ketua
NOT_RECORDED
>>> dump(dossier)
{'format': 'tkpk-rules/1', 'wilayah': {'kode': '64.72'}, 'tim': {'anggota': []}}

Every problem in a document is reported at once:

>>> from tkpk_rules.errors import DocumentError
>>> try:
...     load({"format": "tkpk-rules/1", "wilayah": {"kode": "99.99"}, "tim": {"ketau": None}})
... except DocumentError as err:
...     print(err.describe("en"))
2 problems in the document:
  - tim.ketau: unknown field 'ketau' here; did you mean 'ketua'
  - wilayah.kode: region code '99.99' is not in the Kemendagri list...
"""

from __future__ import annotations

from typing import Any

from tkpk_rules.io._references import reference_problems
from tkpk_rules.io.document import dump, dumps, load, load_file, loads, parse
from tkpk_rules.io.limits import DEFAULT_LIMITS, Limits

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "dump",
    "dump_yaml",
    "dumps",
    "load",
    "load_file",
    "loads",
    "office_file_problem",
    "parse",
    "reference_problems",
]


def office_file_problem(raw: bytes) -> Any:
    """The :class:`~tkpk_rules.errors.Problem` for bytes that are a workbook or a Word file
    (a ZIP archive, an old Office file) given as a YAML/JSON document, or ``None``."""
    from tkpk_rules.io._yaml_errors import office_problem

    return office_problem(raw)


def dump_yaml(data: Any) -> str:
    """Plain values (a dumped document, a command's JSON answer) as block-style YAML.

    Needs the ``yaml`` extra, imported only when called.  Every string reads back
    exactly as it was written.
    """
    from tkpk_rules.io._yaml import dump_yaml as write

    return write(data)
