"""Bilingual wording of document problems (Indonesian first, English second).

Loading problems are about the *document*, not the law, so their words live
here beside the loader rather than in the findings catalogue of
:mod:`tkpk_rules.i18n`.  Each entry is a pair of format strings.
"""

from __future__ import annotations

from typing import Any

_MESSAGES: dict[str, tuple[str, str]] = {
    "unknown_key": (
        "kolom {key!r} tidak dikenal di sini{hint_id}",
        "unknown field {key!r} here{hint_en}",
    ),
    "missing": ("wajib diisi, tetapi tidak ada", "is required but missing"),
    "wrong_type": (
        "seharusnya {expected_id}, tetapi berisi {found_id}{hint_id}",
        "should be {expected_en}, but is {found_en}{hint_en}",
    ),
    "bad_date": (
        "{found!r} bukan tanggal yang sah; tulis tanggal ISO 8601, misalnya 2024-03-15{hint_id}",
        "{found!r} is not a valid date; write an ISO 8601 date such as 2024-03-15{hint_en}",
    ),
    "bad_value": (
        "{found!r} bukan nilai yang diizinkan; pilihan: {allowed}{hint_id}",
        "{found!r} is not an allowed value; choose one of: {allowed}{hint_en}",
    ),
    "unknown_region": (
        "kode wilayah {found!r} tidak ada dalam daftar Kemendagri{hint_id}",
        "region code {found!r} is not in the Kemendagri list{hint_en}",
    ),
    "region_not_yet": (
        "kode wilayah {found!r} baru berlaku sejak {since}",
        "region code {found!r} is only valid from {since}",
    ),
    "region_name_mismatch": (
        "nama wilayah {found!r} tidak sesuai dengan kode {kode!r}, yaitu {expected}{hint_id}; "
        "perbaiki nama atau kodenya",
        "region name {found!r} does not match code {kode!r}, which is {expected}{hint_en}; "
        "correct the name or the code",
    ),
    "unknown_source": (
        "sumber {found!r} tidak ada dalam daftar sumber (sumber[].id); id yang ada: {known}",
        "source {found!r} is not in the list of sources (sumber[].id); known ids: {known}",
    ),
    "duplicate_source": (
        "id sumber {found!r} sudah dipakai oleh sumber[{first}]",
        "source id {found!r} is already used by sumber[{first}]",
    ),
    "bad_list_path": (
        "{found!r} bukan letak sebuah daftar dalam dokumen ({hint_id}); contoh: {expected}",
        "{found!r} is not the path of a list in the document ({hint_en}); e.g. {expected}",
    ),
    "bad_format": (
        "dokumen harus diawali 'format: {expected}', tetapi berisi {found!r}",
        "the document must start with 'format: {expected}', but it says {found!r}",
    ),
    "missing_format": (
        "dokumen harus diawali 'format: {expected}'",
        "the document must start with 'format: {expected}'",
    ),
    "not_a_mapping": (
        "dokumen harus berupa pemetaan kunci: nilai, tetapi berisi {found_id}{hint_id}",
        "the document must be a mapping of keys to values, but is {found_en}{hint_en}",
    ),
    "syntax": ("tidak dapat dibaca: {detail}", "cannot be read: {detail}"),
    "duplicate_key": (
        "kolom {key!r} ditulis dua kali (baris {line})",
        "field {key!r} is written twice (line {line})",
    ),
    "yaml_alias": (
        "anchor/alias YAML (&, *) tidak didukung; tulis isinya secara lengkap (baris {line})",
        "YAML anchors/aliases (&, *) are not supported; write the content out (line {line})",
    ),
    "yaml_tag": (
        "tag YAML {tag!r} tidak didukung (baris {line})",
        "YAML tag {tag!r} is not supported (line {line})",
    ),
    "yaml_missing": (
        "untuk membaca YAML, pasang: pip install 'tkpk-rules[yaml]'",
        "to read YAML, install: pip install 'tkpk-rules[yaml]'",
    ),
    "file": ("berkas tidak dapat dibuka: {detail}", "file cannot be opened: {detail}"),
    "bad_range": (
        "akhir ({end}) lebih awal dari awal ({start})",
        "the end ({end}) comes before the start ({start})",
    ),
    "letak_missing": (
        "isi kolom letak, misalnya {example!r} (#1 = baris ke-1 di lembar {owner})",
        "fill in column letak, e.g. {example!r} (#1 = the 1st row of sheet {owner})",
    ),
    "limit": (
        "melebihi batas {what}: {found} > {limit}; "
        "naikkan batas bila dokumen ini memang sebesar itu",
        "exceeds the {what} limit: {found} > {limit}; "
        "raise the limit if the document really is that large",
    ),
}

#: How the loader names Python/JSON types, in both languages.
TYPE_NAMES: dict[str, tuple[str, str]] = {
    "str": ("teks", "text"),
    "int": ("bilangan bulat", "a whole number"),
    "float": ("bilangan pecahan", "a decimal number"),
    "bool": ("ya/tidak (true/false)", "yes/no: ya/tidak or true/false"),
    "date": ("tanggal (YYYY-MM-DD)", "a date (YYYY-MM-DD)"),
    "datetime": ("tanggal dan jam", "a date and time"),
    "date_or_year": (
        "tanggal (YYYY-MM-DD), tahun saja (2024) atau bulan saja (2024-05)",
        "a date (YYYY-MM-DD), a year alone (2024) or a month alone (2024-05)",
    ),
    "list": ("daftar", "a list"),
    "dict": ("pemetaan (kunci: nilai)", "a mapping (key: value)"),
    "NoneType": ("kosong (null)", "empty (null)"),
    "str_or_dict": ("teks atau pemetaan (kunci: nilai)", "text or a mapping (key: value)"),
}


def type_name(kind: str, lang: str) -> str:
    pair = TYPE_NAMES.get(kind, (kind, kind))
    return pair[1] if lang == "en" else pair[0]


def render(code: str, **params: Any) -> tuple[str, str]:
    """The (Indonesian, English) message for problem ``code``."""
    id_template, en_template = _MESSAGES[code]
    params.setdefault("hint_id", "")
    params.setdefault("hint_en", "")
    return id_template.format(**params), en_template.format(**params)


# Added for hostile input (issue 14): numbers, keys and text the loader refuses.
_MESSAGES.update(
    {
        "key_not_text": (
            "kunci harus berupa teks biasa, bukan {found_id} (baris {line})",
            "a key must be plain text, not {found_en} (line {line})",
        ),
        "bad_text": (
            "teks berisi karakter yang tidak sah (surrogate tunggal U+{char}) pada posisi {at}",
            "the text holds an invalid character (lone surrogate U+{char}) at position {at}",
        ),
        "duplicate_key_json": (
            "kolom {key!r} ditulis dua kali",
            "field {key!r} is written twice",
        ),
    }
)
