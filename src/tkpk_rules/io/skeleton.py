"""A commented YAML skeleton of one region's record, for ``tkpk-rules init``.

The skeleton follows the model (every field is written, with a line saying
what it means, in Indonesian), with the region's code and name filled in and
the leadership posts named with the titles of its level (bupati, wali kota or
gubernur).  Blanks are written ``___`` (text and choices), ``____-__-__``
(dates) and ``____`` (years); the loader names any blank left unfilled.
Optional parts (earlier teams, vacancies, working groups) are written as
comments, to be uncommented when needed.  A list whose items may be plain
text or an object (a meeting's ``peserta``, the record's ``sumber``) shows
the text form as a commented example above the object's fields.

>>> text = skeleton("32.05")
>>> "Bupati Garut" in text and "kode: '32.05'" in text
True
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from typing import Any

import attrs

from tkpk_rules import i18n
from tkpk_rules.io._field_help import field_help
from tkpk_rules.io._layout import NONE_MARK, list_item, list_takes_text, strip_type
from tkpk_rules.model import Dossier, Level

__all__ = ["BLANK_DATE", "BLANK_TEXT", "BLANK_YEAR", "skeleton"]

BLANK_TEXT = "___"
BLANK_DATE = "____-__-__"
BLANK_YEAR = "____"

#: Parts written as comments: optional, or rare enough to be in the way.
COMMENTED = frozenset(
    {
        "riwayat_tim",
        "kekosongan_jabatan",
        "tim.kelompok_kerja",
        "tim.wakil_sekretaris",
        "tim.masa_kerja",
        "sekretariat.kepala",
    }
)


def _say(key: str, **params: str) -> str:
    """The skeleton's comment ``key`` (``skeleton.*``), in Indonesian, as it is written."""
    return i18n.MESSAGES[key].id.format(**params)


def _titles(level: Level, short: str) -> dict[str, tuple[str, str]]:
    """Leadership post -> (office kind, title) as decrees of this level usually write them."""
    if level is Level.PROVINSI:
        head, deputy, title = "gubernur", "wakil_gubernur", "Gubernur"
    elif level in (Level.KOTA, Level.KOTA_ADMINISTRASI):
        head, deputy, title = "wali_kota", "wakil_wali_kota", "Wali Kota"
    else:
        head, deputy, title = "bupati", "wakil_bupati", "Bupati"
    return {
        "penanggung_jawab": (head, f"{title} {short}"),
        "ketua": (deputy, f"Wakil {title} {short}"),
        "wakil_ketua": ("sekretaris_daerah", "Sekretaris Daerah"),
        "sekretaris": ("kepala_perencanaan", "Kepala Bappeda"),
        "wakil_sekretaris": ("kepala_pemberdayaan_masyarakat", "Kepala Dinas PMD"),
    }


class _Writer:
    def __init__(self, prefill: dict[str, Any]) -> None:
        self.lines: list[str] = []
        self.explained: set[tuple[str, str]] = set()
        self.prefill = prefill

    def comment(self, indent: int, text: str) -> None:
        self.lines.append(" " * indent + "# " + text)

    def obj(self, cls: type, indent: int, path: str, *, commented: bool) -> int:
        """Write the fields of ``cls``; the index of the first field's line."""
        hints = typing.get_type_hints(cls)
        first = -1
        for field in attrs.fields(cls):
            at = self.field(cls, field.name, hints[field.name], indent, path, commented=commented)
            first = at if first < 0 else first
        return first

    def field(
        self, cls: type, name: str, tp: Any, indent: int, parent: str, *, commented: bool
    ) -> int:
        path = f"{parent}.{name}" if parent else name
        commented = commented or path in COMMENTED
        pad = " " * indent
        hash_ = "# " if commented else ""
        inner, nullable, _ = strip_type(tp)
        key = (cls.__name__, name)
        first_time = key not in self.explained
        if first_time:
            self.explained.add(key)
            words = field_help(name, cls.__name__)[0].replace(f"'{NONE_MARK}'", "null")
            words = words or _say("skeleton.field", name=name.replace("_", " "))  # a new field
            if words:
                if nullable and "null" not in words:
                    words += " " + _say("skeleton.null")
                self.comment(indent, words)
        head = f"{pad}{hash_}{name}:"
        at = len(self.lines)
        item = list_item(inner)
        if path in self.prefill:
            self.lines.append(f"{head} {self.prefill[path]}")
            return at
        if item is not None:
            self.lines.append(head)
            if list_takes_text(inner):  # each item: a plain text, or the object's fields
                self.comment(indent + 2, _say("skeleton.text_or_object"))
                self.comment(indent + 2, f'- "{BLANK_TEXT}"')
                self.comment(indent + 2, _say("skeleton.or_structured"))
            if attrs.has(item):
                line = self.obj(item, indent + 4, path + "[0]", commented=commented)
                text = self.lines[line]
                self.lines[line] = f"{' ' * (indent + 2)}{hash_}- {text.lstrip(' #')}"
            else:
                self.lines.append(f"{pad}  {hash_}- {self.blank(item)}")
            return at
        if attrs.has(inner):
            self.lines.append(head)
            self.obj(inner, indent + 2, path, commented=commented)
            return at
        value = self.blank(inner)
        choices = ""
        if isinstance(inner, type) and issubclass(inner, enum.Enum) and first_time:
            listed = ", ".join(str(m.value) for m in inner)
            choices = "  # " + _say("skeleton.choices", choices=listed)
        elif isinstance(inner, type) and issubclass(inner, enum.Enum):
            choices = "  # " + _say("skeleton.choose_above")
        elif inner is bool:
            choices = "  # " + _say("skeleton.yes_no")
        self.lines.append(f"{head} {value}{choices}")
        return at

    @staticmethod
    def blank(tp: Any) -> str:
        if tp is dt.date:
            return BLANK_DATE
        if tp is int:
            return BLANK_YEAR
        if tp is str:
            return f'"{BLANK_TEXT}"'
        return BLANK_TEXT


def skeleton(code: str) -> str:
    """The commented YAML skeleton for the region with Kemendagri code ``code``.

    :raises tkpk_rules.errors.UnknownRegionError: for a code not in the bundled table.
    """
    from tkpk_rules import regions

    region = regions.get(code)
    level = region.tingkat
    if level is Level.PROVINSI:
        full, short, issuer = f"Provinsi {region.nama}", region.nama, "gubernur"
    else:
        full = region.nama
        short = region.nama.split(" ", 1)[1] if " " in region.nama else region.nama
        if region.nama.startswith("Kabupaten Administrasi "):
            short = region.nama[len("Kabupaten Administrasi ") :]
        elif region.nama.startswith("Kota Administrasi "):
            short = region.nama[len("Kota Administrasi ") :]
        issuer = "wali_kota" if level in (Level.KOTA, Level.KOTA_ADMINISTRASI) else "bupati"
    prefill: dict[str, Any] = {
        "wilayah.kode": f"'{region.kode}'",
        "wilayah.nama": full,
        "tim.nama": f"Tim Koordinasi Penanggulangan Kemiskinan {full}",
        "tim.pembentukan.penerbit": f"{issuer}  # {_say('skeleton.issuer')}",
        "sekretariat.kedudukan": f"Bappeda {full}",
    }
    for post, (kind, title) in _titles(level, short).items():
        prefill[f"tim.{post}.jabatan.jenis"] = f"{kind}  # {_say('skeleton.usual')}"
        prefill[f"tim.{post}.jabatan.sebutan"] = title
    writer = _Writer(prefill)
    out = writer.lines
    head = _say("skeleton.head", region=full, code=region.kode)
    out += [f"# {line}" for line in head.split("\n")]
    out.append("format: tkpk-rules/1")
    writer.obj(Dossier, 0, "", commented=False)
    return "\n".join(out) + "\n"
