"""The secretariat (``53.secretariat``).

The head of region forms a Sekretariat TKPK by decree.  A source states this
for the province (single source, rule ``SEC-001``); for kabupaten/kota it is
only inferred, so ``SEC-002`` gives advisories, never violations.  Who heads
it and where it sits are unknown; regions put it in the planning agency
(``SEC-003``, practice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tkpk_rules.judge import (
    ISSUER,
    is_planning_agency,
)
from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.model import (
    Dossier,
    ImpreciseDate,
    Instrument,
    Level,
    NotRecorded,
    Secretariat,
    date_bounds,
)
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R53, Context, Verdict, rule, verdict

__all__ = ["SECRETARIAT_KABKOTA", "SECRETARIAT_PROVINSI", "SECRETARIAT_SEAT"]

_CITATION = PROVISIONS["53.secretariat"].citation


def _formed_by_decree(ctx: Context) -> Iterator[Verdict]:
    sec = ctx.dossier.sekretariat
    path = "sekretariat"
    if isinstance(sec, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(path,))
        return
    if sec is None:
        yield verdict(Outcome.VIOLATION, "none", path)
        return
    inst = sec.pembentukan
    if not isinstance(inst, Instrument):
        yield verdict(
            Outcome.UNDETERMINED, "instrument_not_recorded", path, missing=(f"{path}.pembentukan",)
        )
        return
    if ctx.ask(_formed_after, inst.tanggal):
        # The decree recorded is of a later day (or a month or year not over yet):
        # the record says nothing of the secretariat before it.
        yield verdict(
            Outcome.UNDETERMINED,
            "formed_later",
            path,
            used={"tanggal": inst.tanggal},
            missing=(f"{path} (sebelum/before {inst.tanggal})",),
            tanggal=inst.tanggal,
        )
        return
    expected = ISSUER[ctx.level]
    used = {
        "penerbit": inst.penerbit,
        "jenis": inst.jenis,
        "nomor": inst.nomor,
        "diharapkan": expected,
    }
    if isinstance(inst.penerbit, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "issuer_not_recorded",
            path,
            used=used,
            missing=(f"{path}.pembentukan.penerbit",),
            diharapkan=expected,
        )
    elif inst.penerbit is expected:
        yield verdict(
            Outcome.COMPLIANT, "ok", path, used=used, penerbit=inst.penerbit, nomor=inst.nomor
        )
    else:
        yield verdict(
            Outcome.VIOLATION,
            "wrong_issuer",
            path,
            used=used,
            penerbit=inst.penerbit,
            diharapkan=expected,
        )


def _formed_after(dossier: Dossier, on: dt.date, day: object) -> bool:
    """Whether a decree dated ``day`` may be later than ``on`` (a question for ``ask``)."""
    bounds = date_bounds(day) if isinstance(day, (dt.date, ImpreciseDate)) else None
    return bounds is not None and bounds[1] > on


_FORMED_LATER = {
    "formed_later": (
        "Keputusan pembentukan sekretariat yang tercatat bertanggal {tanggal}, sesudah"
        " tanggal penilaian (atau belum pasti sebelumnya): catatan tidak menyebut"
        " sekretariat sebelum itu.",
        "The secretariat's forming decree on record is dated {tanggal}, after the date"
        " judged (or not surely before it): the record says nothing of a secretariat"
        " before that.",
    ),
    "formed_later.action": (
        "Catat keputusan pembentukan sekretariat yang berlaku pada tanggal penilaian, bila ada.",
        "Record the secretariat's forming decree in force on the date judged, if there was one.",
    ),
}


@rule(
    "TKPK53-SEC-001",
    "53.secretariat",
    regimes=(R53,),
    levels=(Level.PROVINSI,),
    messages={
        "title": (
            "Gubernur membentuk Sekretariat TKPK dengan keputusan",
            "The governor forms a TKPK secretariat by decree",
        ),
        "not_recorded": (
            "Sekretariat tidak dicatat.",
            "The secretariat is not recorded.",
        ),
        "none": (
            "Menurut catatan, tidak ada Sekretariat TKPK.",
            "According to the record, there is no TKPK secretariat.",
        ),
        "none.action": (
            "Bentuk Sekretariat TKPK dengan keputusan gubernur.",
            "Form the TKPK secretariat by decree of the governor.",
        ),
        **_FORMED_LATER,
        "instrument_not_recorded": (
            "Instrumen pembentukan sekretariat tidak dicatat.",
            "The instrument forming the secretariat is not recorded.",
        ),
        "issuer_not_recorded": (
            "Penerbit instrumen sekretariat tidak dicatat (yang diharapkan: {diharapkan}).",
            "Who issued the secretariat's instrument is not recorded (expected: {diharapkan}).",
        ),
        "ok": (
            "Sekretariat dibentuk oleh {penerbit} (nomor {nomor}).",
            "The secretariat was formed by the {penerbit} (number {nomor}).",
        ),
        "wrong_issuer": (
            "Sekretariat dibentuk oleh {penerbit}, bukan {diharapkan}.",
            "The secretariat was formed by {penerbit}, not by the {diharapkan}.",
        ),
        "wrong_issuer.action": (
            "Bentuk sekretariat dengan keputusan {diharapkan}.",
            "Have the {diharapkan} form the secretariat by decree.",
        ),
    },
)
def SECRETARIAT_PROVINSI(ctx: Context) -> Iterator[Verdict]:
    """The governor forms a secretariat by decree (stated for the province)."""
    yield from _formed_by_decree(ctx)


@rule(
    "TKPK53-SEC-002",
    "53.secretariat",
    support=Support.PRACTICE,
    regimes=(R53,),
    levels=(Level.KABUPATEN, Level.KOTA),
    messages={
        "title": (
            "Bupati/wali kota membentuk Sekretariat TKPK (disimpulkan)",
            "The bupati/wali kota forms a TKPK secretariat (inferred)",
        ),
        "not_recorded": (
            "Sekretariat tidak dicatat.",
            "The secretariat is not recorded.",
        ),
        "none": (
            "Menurut catatan, tidak ada Sekretariat TKPK. Untuk kab/kota kewajiban ini hanya"
            " disimpulkan dari ketentuan provinsi, jadi hanya saran.",
            "According to the record, there is no TKPK secretariat. For a kab/kota this duty is"
            " only inferred from the provincial one, so this is an advisory.",
        ),
        "none.action": (
            "Pertimbangkan membentuk Sekretariat TKPK dengan keputusan kepala daerah.",
            "Consider forming a TKPK secretariat by decree of the head of region.",
        ),
        **_FORMED_LATER,
        "instrument_not_recorded": (
            "Instrumen pembentukan sekretariat tidak dicatat.",
            "The instrument forming the secretariat is not recorded.",
        ),
        "issuer_not_recorded": (
            "Penerbit instrumen sekretariat tidak dicatat (yang diharapkan: {diharapkan}).",
            "Who issued the secretariat's instrument is not recorded (expected: {diharapkan}).",
        ),
        "ok": (
            "Sekretariat dibentuk oleh {penerbit} (nomor {nomor}).",
            "The secretariat was formed by the {penerbit} (number {nomor}).",
        ),
        "wrong_issuer": (
            "Sekretariat dibentuk oleh {penerbit}, bukan {diharapkan} (kewajiban kab/kota hanya"
            " disimpulkan; saran).",
            "The secretariat was formed by {penerbit}, not by the {diharapkan} (the kab/kota duty"
            " is only inferred; advisory).",
        ),
    },
)
def SECRETARIAT_KABKOTA(ctx: Context) -> Iterator[Verdict]:
    """The bupati/wali kota forms a secretariat by decree (inferred: advisory only)."""
    yield from _formed_by_decree(ctx)


@rule(
    "TKPK53-SEC-003",
    "53.secretariat",
    support=Support.PRACTICE,
    regimes=(R53,),
    messages={
        "title": (
            "Sekretariat berkedudukan di badan perencanaan (praktik)",
            "The secretariat sits in the planning agency (practice)",
        ),
        "not_recorded": (
            "Sekretariat tidak dicatat.",
            "The secretariat is not recorded.",
        ),
        "none": (
            "Tidak ada sekretariat; kedudukannya tidak dinilai.",
            "There is no secretariat; where it sits is not judged.",
        ),
        "seat_not_recorded": (
            "Kedudukan sekretariat tidak dicatat.",
            "Where the secretariat sits is not recorded.",
        ),
        "planning": (
            "Sekretariat berkedudukan di badan perencanaan ({kedudukan}), sesuai praktik.",
            "The secretariat sits in the planning agency ({kedudukan}), as in practice.",
        ),
        "elsewhere": (
            "Sekretariat berkedudukan di {kedudukan}, bukan di badan perencanaan seperti lazimnya."
            " Kedudukan tidak diatur dalam sumber yang diketahui.",
            "The secretariat sits in {kedudukan}, not in the planning agency as is usual. No known"
            " source sets where it sits.",
        ),
        **_FORMED_LATER,
    },
)
def SECRETARIAT_SEAT(ctx: Context) -> Iterator[Verdict]:
    """In practice the secretariat sits in the planning agency (advisory only)."""
    sec = ctx.dossier.sekretariat
    path = "sekretariat.kedudukan"
    if not isinstance(sec, Secretariat):
        if isinstance(sec, NotRecorded):
            yield verdict(
                Outcome.UNDETERMINED, "not_recorded", "sekretariat", missing=("sekretariat",)
            )
        else:
            yield verdict(Outcome.NOT_APPLICABLE, "none", "sekretariat")
        return
    inst = sec.pembentukan
    if isinstance(inst, Instrument) and ctx.ask(_formed_after, inst.tanggal):
        # Where a secretariat formed later sits says nothing of the date judged.
        yield verdict(
            Outcome.UNDETERMINED,
            "formed_later",
            "sekretariat",
            used={"tanggal": inst.tanggal},
            missing=(f"sekretariat (sebelum/before {inst.tanggal})",),
            tanggal=inst.tanggal,
        )
    elif isinstance(sec.kedudukan, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "seat_not_recorded", path, missing=(path,))
    elif is_planning_agency(sec.kedudukan):
        yield verdict(Outcome.COMPLIANT, "planning", path, kedudukan=sec.kedudukan)
    else:
        yield verdict(Outcome.COMPLIANT, "elsewhere", path, advisory=True, kedudukan=sec.kedudukan)


RULES = (SECRETARIAT_PROVINSI, SECRETARIAT_KABKOTA, SECRETARIAT_SEAT)
