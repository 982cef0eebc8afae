"""Numbers of the law and of practice, as dated data: each value holds from a date.

Every quantity and date a rule, the planner or a message uses lives here once, with the
regime it belongs to, the provision it serves, its citation and its support
(as OpenFisca does, a value holds from its ``since`` date until a later value
of the same parameter takes over).  Two kinds:

* **numbers of the law** (``minimum_rapat_koordinasi``, ``masa_rpkd_tahun``,
  ``masa_spkd_tahun``), with the support of the provision that sets them;
* **the planning calendar** (RKPD by the end of June, APBD before the year,
  the RAT drafting window, the report window, when the three coordination
  meetings fit the cycle, the spacing between meetings, the working days one
  meeting takes to prepare, the months after taking office within which the
  RPJMD is set, the end of the year after it by which a report is presented), all
  ``practice``: the regions' planning cycle, not a duty of Permendagri 53/2020.  A
  calendar value is a day of the year, ``(month, day)``.

The lists the law names (the four elements of membership, the five chapters of an
RPKD, the four strategies, the three programme groups) are the model's enumerations
(:class:`~tkpk_rules.model.Element`, ...) or the one rule that reads them, declared
once there; their counts are taken from them.

>>> value("minimum_rapat_koordinasi", "permendagri-53-2020")
3
>>> value("masa_rpkd_tahun", "permendagri-53-2020")
5
>>> value("masa_spkd_tahun", "permendagri-42-2010")
5
>>> day_in("batas_rkpd", 2026)
datetime.date(2026, 6, 30)
>>> PARAMETERS[("batas_rkpd", "permendagri-53-2020")].support.value
'practice'
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping

import attrs

from tkpk_rules.i18n import Words
from tkpk_rules.law.citation import Citation
from tkpk_rules.law.support import Support

__all__ = ["PARAMETERS", "Parameter", "day_in", "history", "value"]

_R53 = "permendagri-53-2020"
_R42 = "permendagri-42-2010"
#: A day of the year: ``(month, day)``.
MonthDay = tuple[int, int]


_NO_WORDS = Words("", "")


@attrs.frozen(kw_only=True)
class Parameter:
    """A value set under one regime from a date, with the provision, citation and support."""

    name: str
    regime: str
    value: int | MonthDay
    provision: str
    since: dt.date
    citation: Citation
    support: Support
    about: Words = _NO_WORDS
    """What a calendar value marks, in both languages."""


def _law(name: str, regime: str, number: int, provision: str, since: dt.date) -> Parameter:
    from tkpk_rules.law.provisions import PROVISIONS

    prov = PROVISIONS[provision]
    return Parameter(
        name=name,
        regime=regime,
        value=number,
        provision=provision,
        since=since,
        citation=prov.citation,
        support=prov.support[0],
    )


def _practice(
    name: str, when: int | MonthDay, provision: str, about_id: str, about_en: str
) -> Parameter:
    from tkpk_rules.law.provisions import PROVISIONS

    return Parameter(
        name=name,
        regime=_R53,
        value=when,
        provision=provision,
        since=_SINCE_53,
        citation=PROVISIONS[provision].citation,
        support=Support.PRACTICE,
        about=Words(about_id, about_en),
    )


# The first day Permendagri 53/2020 may have governed (its signing date is unknown; the
# brief dates it in 2020): its values hold from then, and the handover is the time line's
# business (tkpk_rules.law.timeline).
_SINCE_53 = dt.date(2020, 1, 1)
_SINCE_42 = dt.date(2010, 1, 1)


def _build() -> tuple[Parameter, ...]:
    return (
        _law("minimum_rapat_koordinasi", _R53, 3, "53.meetings", _SINCE_53),
        _law("masa_rpkd_tahun", _R53, 5, "53.rpkd", _SINCE_53),
        _law("masa_spkd_tahun", _R42, 5, "42.spkd", _SINCE_42),
        # -- the planning calendar (practice) ------------------------------------------
        _practice(
            "batas_rkpd",
            (6, 30),
            "53.rat",
            "RKPD tahun berikutnya ditetapkan paling lambat akhir Juni",
            "next year's RKPD is set by the end of June",
        ),
        _practice(
            "batas_apbd",
            (12, 31),
            "53.rat",
            "APBD ditetapkan sebelum tahun anggaran mulai (RAT tahun itu sudah ada)",
            "the APBD is set before its year starts (that year's RAT exists by then)",
        ),
        _practice(
            "rat_draf_mulai", (2, 1), "53.rat", "penyusunan draf RAT mulai", "RAT drafting starts"
        ),
        _practice(
            "rat_draf_selesai",
            (6, 15),
            "53.rat",
            "draf RAT selesai sebelum RKPD",
            "the RAT draft is done before the RKPD",
        ),
        _practice(
            "rat_final_mulai", (7, 1), "53.rat", "RAT difinalkan mulai", "RAT finalising starts"
        ),
        _practice(
            "rat_final_selesai",
            (11, 30),
            "53.rat",
            "RAT final sebelum APBD",
            "the final RAT is done before the APBD",
        ),
        _practice(
            "rat_terlambat_mulai",
            (1, 2),
            "53.rat",
            "RAT yang terlambat mulai disusun pada hari kerja pertama tahun itu",
            "a late RAT is started on the year's first working day",
        ),
        _practice(
            "rat_terlambat_selesai",
            (1, 31),
            "53.rat",
            "RAT yang terlambat disusun paling lambat akhir Januari",
            "a late RAT is drafted by the end of January",
        ),
        _practice(
            "laporan_mulai",
            (1, 2),
            "53.report",
            "penyusunan laporan pelaksanaan tahun lalu mulai",
            "last year's implementation report is started",
        ),
        _practice(
            "laporan_selesai",
            (3, 31),
            "53.report",
            "laporan pelaksanaan tahun lalu selesai",
            "last year's implementation report is done",
        ),
        _practice(
            "batas_laporan",
            (12, 31),
            "53.report",
            "laporan pelaksanaan disampaikan paling lambat akhir tahun berikutnya",
            "the implementation report is presented by the end of the following year",
        ),
        _practice(
            "rapat_rkpd_awal",
            (5, 4),
            "53.meetings",
            "rapat menjelang RKPD paling awal",
            "the meeting before the RKPD, earliest",
        ),
        _practice(
            "rapat_rkpd_sasaran",
            (6, 2),
            "53.meetings",
            "rapat menjelang RKPD, tanggal sasaran",
            "the meeting before the RKPD, target day",
        ),
        _practice(
            "rapat_rkpd_akhir",
            (6, 15),
            "53.meetings",
            "rapat menjelang RKPD paling lambat",
            "the meeting before the RKPD, latest",
        ),
        _practice(
            "rapat_laporan_awal",
            (2, 16),
            "53.meetings",
            "rapat laporan pelaksanaan paling awal",
            "the report meeting, earliest",
        ),
        _practice(
            "rapat_laporan_sasaran",
            (3, 10),
            "53.meetings",
            "rapat laporan pelaksanaan, tanggal sasaran",
            "the report meeting, target day",
        ),
        _practice(
            "rapat_laporan_akhir",
            (3, 31),
            "53.meetings",
            "rapat laporan pelaksanaan paling lambat",
            "the report meeting, latest",
        ),
        _practice(
            "rapat_apbd_awal",
            (9, 15),
            "53.meetings",
            "rapat menjelang APBD paling awal",
            "the meeting before the APBD, earliest",
        ),
        _practice(
            "rapat_apbd_sasaran",
            (10, 20),
            "53.meetings",
            "rapat menjelang APBD, tanggal sasaran",
            "the meeting before the APBD, target day",
        ),
        _practice(
            "rapat_apbd_akhir",
            (11, 20),
            "53.meetings",
            "rapat menjelang APBD paling lambat",
            "the meeting before the APBD, latest",
        ),
        _practice(
            "jarak_rapat_hari",
            7,
            "53.meetings",
            "jarak paling sedikit antara dua rapat yang direncanakan (hari)",
            "the least number of days between two planned meetings",
        ),
        _practice(
            "rpjmd_bulan",
            6,
            "53.rpkd",
            "RPJMD (dan RPKD bersamanya) ditetapkan paling lambat sekian bulan setelah kepala"
            " daerah dilantik (UU 23/2014; konteks perencanaan)",
            "the RPJMD (and the RPKD with it) is set within so many months of the head of region"
            " taking office (UU 23/2014; planning context)",
        ),
        _practice(
            "hari_kerja_per_rapat",
            10,
            "53.meetings",
            "hari kerja untuk menyiapkan satu rapat",
            "working days it takes to prepare one meeting",
        ),
    )


_ALL = _build()

#: The value of each parameter in force today (the latest ``since``), by ``(name, regime)``.
PARAMETERS: Mapping[tuple[str, str], Parameter] = {
    (p.name, p.regime): p for p in sorted(_ALL, key=lambda p: p.since)
}


@functools.lru_cache(maxsize=256)
def history(name: str, regime: str) -> tuple[Parameter, ...]:
    """Every value the parameter has had under ``regime``, oldest first.

    Worked out once per name and regime (the parameters are fixed at import; a rule
    asks for one in every check).
    """
    return tuple(
        sorted((p for p in _ALL if p.name == name and p.regime == regime), key=lambda p: p.since)
    )


def _at(name: str, regime: str, on: dt.date | None) -> Parameter:
    values = history(name, regime)
    if not values:
        raise KeyError((name, regime))
    if on is None:
        return values[-1]
    held = [p for p in values if p.since <= on]
    return held[-1] if held else values[0]


def value(name: str, regime: str, on: dt.date | None = None) -> int:
    """The number ``name`` under ``regime`` on ``on`` (today's value without ``on``).

    :raises KeyError: the parameter is not set under that regime, or is a day of the year.
    """
    found = _at(name, regime, on).value
    if not isinstance(found, int):
        raise KeyError(f"{name} is a day of the year; use day_in()")
    return found


def day_in(name: str, year: int, regime: str = _R53) -> dt.date:
    """The calendar parameter ``name`` (a day of the year) in ``year``.

    :raises KeyError: the parameter is not set, or is a number.
    """
    found = _at(name, regime, dt.date(year, 12, 31)).value
    if isinstance(found, int):
        raise KeyError(f"{name} is a number; use value()")
    month, day = found
    return dt.date(year, month, day)
