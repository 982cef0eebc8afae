"""The vocabulary: one wording for each value a reader sees, in Indonesian and English.

Enum values of the model (offices, elements, levels...) by their readable
names; the five support levels; the outcomes of a finding; the statuses of an
obligation; how certain a fact is.  Every renderer (text, Markdown, HTML, the
``plan`` and ``due`` commands, the iCalendar export) takes its words from here,
so a level or an outcome reads the same everywhere (``tests/test_words.py``).

>>> support_words("reported", "en")
'reported, article text not verified (two or more sources)'
>>> outcome_words("undetermined"), outcome_words("not_applicable", "en")
('belum dapat ditentukan', 'not applicable')
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from tkpk_rules.i18n._words import Words

__all__ = [
    "CERTAINTY",
    "LABELS",
    "OUTCOMES",
    "PROGRESS",
    "STATUSES",
    "SUPPORT",
    "certainty_words",
    "label",
    "outcome_words",
    "status_words",
    "support_words",
]

_W = Words

LABELS: Mapping[str, Words] = {
    # offices
    "gubernur": _W("Gubernur", "governor"),
    "wakil_gubernur": _W("Wakil Gubernur", "vice-governor"),
    "bupati": _W("Bupati", "bupati (regent)"),
    "wakil_bupati": _W("Wakil Bupati", "wakil bupati (vice-regent)"),
    "wali_kota": _W("Wali Kota", "wali kota (mayor)"),
    "wakil_wali_kota": _W("Wakil Wali Kota", "wakil wali kota (vice-mayor)"),
    "sekretaris_daerah": _W("Sekretaris Daerah", "regional secretary (sekda)"),
    "asisten_sekretaris_daerah": _W("Asisten Sekretaris Daerah", "assistant to the sekda"),
    "kepala_perencanaan": _W("Kepala badan perencanaan", "head of the planning agency"),
    "kepala_pemberdayaan_masyarakat": _W(
        "Kepala perangkat daerah pemberdayaan masyarakat",
        "head of the community-empowerment agency",
    ),
    "kepala_perangkat_daerah": _W("Kepala perangkat daerah", "head of a regional agency"),
    "pejabat_perangkat_daerah": _W("Pejabat perangkat daerah", "official of a regional agency"),
    "pimpinan_instansi_vertikal": _W("Pimpinan instansi vertikal", "head of a vertical agency"),
    "lainnya": _W("lainnya", "other"),
    # elements
    "pemerintah_daerah": _W("pemerintah daerah", "regional government"),
    "masyarakat": _W("masyarakat", "community"),
    "dunia_usaha": _W("dunia usaha", "business"),
    "pemangku_kepentingan_lainnya": _W("pemangku kepentingan lainnya", "other stakeholders"),
    # topics
    "rpkd": _W("RPKD", "RPKD"),
    "rat": _W("RAT", "RAT"),
    "laporan_pelaksanaan": _W("laporan pelaksanaan", "implementation report"),
    # instruments
    "keputusan": _W("keputusan", "decree (keputusan)"),
    "peraturan": _W("peraturan", "regulation (peraturan)"),
    # levels
    "provinsi": _W("provinsi", "province"),
    "kabupaten": _W("kabupaten", "kabupaten (regency)"),
    "kota": _W("kota", "kota (city)"),
    "kota_administrasi": _W("kota administrasi", "administrative city"),
    "kabupaten_administrasi": _W("kabupaten administrasi", "administrative regency"),
    # acting
    "PLT": _W("Plt.", "Plt. (acting)"),
    "PJ": _W("Pj.", "Pj. (acting appointee)"),
    "PLH": _W("Plh.", "Plh. (stand-in)"),
}

#: One wording per support level (``tkpk_rules.law.Support``), strongest first.  The
#: brief's label for the two secondary-source levels ("reported, article text not
#: verified") comes first, how many sources say it after.
SUPPORT: Mapping[str, Words] = {
    "confirmed": _W("terkonfirmasi dari teks resmi", "confirmed from the official text"),
    "quoted": _W(
        "pasal dikutip materi kementerian, teks lembaran negara belum diverifikasi",
        "article quoted by ministry material, gazette text not verified",
    ),
    "reported": _W(
        "dilaporkan, teks pasal belum diverifikasi (dua sumber atau lebih)",
        "reported, article text not verified (two or more sources)",
    ),
    "single_source": _W(
        "dilaporkan, teks pasal belum diverifikasi (satu sumber)",
        "reported, article text not verified (single source)",
    ),
    "practice": _W("praktik, hanya saran", "practice, advisory only"),
}

#: One wording per outcome of a finding (``tkpk_rules.report.Outcome``), and for
#: ``advisory``, the group of findings that ask for action without being violations.
OUTCOMES: Mapping[str, Words] = {
    "violation": _W("pelanggaran", "violation"),
    "advisory": _W("saran", "advisory"),
    "undetermined": _W("belum dapat ditentukan", "undetermined"),
    "compliant": _W("sesuai", "compliant"),
    "not_applicable": _W("tidak berlaku", "not applicable"),
}

#: Where a yearly obligation stands while its year runs (``tkpk_rules.report.Progress``).
PROGRESS: Mapping[str, Words] = {
    "on_track": _W("sesuai jalur", "on track"),
    "at_risk": _W("berisiko", "at risk"),
}

#: The statuses of an obligation (``tkpk_rules.planning.ObligationStatus``); *undetermined*
#: is worded as the outcome is.
STATUSES: Mapping[str, Words] = {
    "terlambat": _W("terlambat", "overdue"),
    "berisiko": PROGRESS["at_risk"],
    "harus_dilakukan": _W("harus dilakukan", "due"),
    "tidak_dapat_ditentukan": OUTCOMES["undetermined"],
    "selesai": _W("selesai", "done"),
}

#: How certain a recorded fact is (``tkpk_rules.model.Certainty``).
CERTAINTY: Mapping[str, Words] = {
    "dinyatakan": _W("dinyatakan", "stated"),
    "disimpulkan": _W("disimpulkan", "inferred"),
    "belum_pasti": _W("belum pasti", "uncertain"),
}


def _value(value: object) -> str:
    return value.value if isinstance(value, enum.Enum) else str(value)


def label(value: object, lang: str = "id") -> str:
    """A readable name for an enum value (the value itself if none is known).

    >>> label("wakil_wali_kota", "en")
    'wakil wali kota (vice-mayor)'
    """
    found = LABELS.get(_value(value))
    return found.pick(lang) if found is not None else _value(value)


def support_words(level: object, lang: str = "id") -> str:
    """How a support level (a ``Support`` or its value) reads, everywhere.

    :raises KeyError: not a support level.
    """
    return SUPPORT[_value(level)].pick(lang)


def outcome_words(outcome: object, lang: str = "id") -> str:
    """How an outcome (an ``Outcome``, its value, or ``"advisory"``) reads, everywhere.

    :raises KeyError: not an outcome.
    """
    return OUTCOMES[_value(outcome)].pick(lang)


def status_words(status: object, lang: str = "id") -> str:
    """How an obligation's status reads (``"berisiko"`` -> ``"at risk"``).

    :raises KeyError: not a status.
    """
    return STATUSES[_value(status)].pick(lang)


def certainty_words(level: object, lang: str = "id") -> str:
    """How a fact's certainty reads (``"belum_pasti"`` -> ``"belum pasti"``).

    :raises KeyError: not a certainty.
    """
    return CERTAINTY[_value(level)].pick(lang)
