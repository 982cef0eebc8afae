"""The instrument that forms the team (``53.instrument``).

The team is formed by a decree of the head of region: keputusan gubernur,
bupati or wali kota (single source).  Some regions use a regulation (Pergub,
Perbup, Perwali) instead: accepted, with an advisory (practice).  An acting
head (Plt., Pj., Plh.) signing in the office's name is recorded as a fact.

A decree that still names Permendagri 42/2010 as its basis once 53/2020
governs gets an advisory (``TKPK53-INS-003``, ``53.transition``): what
changed, and that regions re-issued their decrees in 2021-2022.  The length
of any transition is unknown, so this is practice, never a violation.  The
basis is read with :func:`tkpk_rules.law.identify` from ``dasar_hukum``; when
that is not recorded, a decree dated before 1 January 2020 (before 53/2020
can have governed) gets the same advisory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tkpk_rules.law import HANDOVER_EARLIEST, PROVISIONS, Citation, Support, identify
from tkpk_rules.law.parameters import value
from tkpk_rules.model import Instrument, InstrumentKind, NotRecorded, Team
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, under_42, verdict
from tkpk_rules.rules._people import ISSUER, acting_label

__all__ = ["FORM", "ISSUED_BY_HEAD", "REPLACED_BASIS"]

_CITATION = PROVISIONS["53.instrument"].citation


def _instrument(ctx: Context) -> Instrument | Verdict:
    team = ctx.team.team
    path = ctx.team.path
    if isinstance(team, NotRecorded):
        return verdict(Outcome.UNDETERMINED, "no_team_record", path, missing=ctx.team.missing)
    if not isinstance(team, Team):
        return verdict(Outcome.NOT_APPLICABLE, "no_team", path)
    if isinstance(team.pembentukan, NotRecorded):
        return verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(f"{path}.pembentukan",))
    return team.pembentukan


@rule(
    "TKPK53-INS-001",
    "53.instrument",
    "instrument",
    citation=_CITATION,
    support=Support.SINGLE_SOURCE,
    regimes=(R42, R53),
    also_cited=(Citation(regulation="perpres-15-2010"),),
    bases=(under_42("42.instrument", Citation(regulation="perpres-15-2010")),),
)
def ISSUED_BY_HEAD(ctx: Context) -> Iterator[Verdict]:
    """The forming instrument is issued by the head of region of the right level."""
    inst = _instrument(ctx)
    if isinstance(inst, Verdict):
        yield inst
        return
    path = f"{ctx.team.path}.pembentukan"
    expected = ISSUER[ctx.level]
    if isinstance(inst.penerbit, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "issuer_not_recorded",
            path,
            missing=(f"{path}.penerbit",),
            diharapkan=expected,
        )
        return
    acting = acting_label(inst.penandatangan)
    used = {
        "penerbit": inst.penerbit,
        "diharapkan": expected,
        "nomor": inst.nomor,
        "tanggal": inst.tanggal,
        "penandatangan_plt_pj_plh": acting,
    }
    if inst.penerbit is expected:
        variant = "ok_acting" if acting else "ok"
        yield verdict(
            Outcome.COMPLIANT,
            variant,
            path,
            used=used,
            penerbit=inst.penerbit,
            status=(acting or "").upper(),
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


@rule(
    "TKPK53-INS-002",
    "53.instrument",
    "instrument",
    citation=_CITATION,
    support=Support.PRACTICE,
    regimes=(R42, R53),
    bases=(under_42("42.instrument"),),
)
def FORM(ctx: Context) -> Iterator[Verdict]:
    """A keputusan is the form the source names; a peraturan is accepted with an advisory."""
    inst = _instrument(ctx)
    if isinstance(inst, Verdict):
        yield inst
        return
    path = f"{ctx.team.path}.pembentukan"
    if isinstance(inst.jenis, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "form_not_recorded", path, missing=(f"{path}.jenis",))
    elif inst.jenis is InstrumentKind.KEPUTUSAN:
        yield verdict(Outcome.COMPLIANT, "keputusan", path, jenis=inst.jenis)
    else:
        yield verdict(Outcome.COMPLIANT, "peraturan", path, jenis=inst.jenis, advisory=True)


@rule(
    "TKPK53-INS-003",
    "53.transition",
    "instrument",
    citation=PROVISIONS["53.transition"].citation,
    support=Support.PRACTICE,
    regimes=(R53,),
    also_cited=(Citation(regulation=R42),),
)
def REPLACED_BASIS(ctx: Context) -> Iterator[Verdict]:
    """A decree naming 42/2010 (and not 53/2020) as its basis: advise what changed."""
    inst = _instrument(ctx)
    if isinstance(inst, Verdict):
        yield inst
        return
    path = f"{ctx.team.path}.pembentukan"
    params: dict[str, object] = {
        "nomor": inst.nomor if isinstance(inst.nomor, str) else "-",
        "tanggal_keputusan": inst.tanggal if isinstance(inst.tanggal, dt.date) else "-",
        "minimum": value("minimum_rapat_koordinasi", R53),
    }
    if isinstance(inst.dasar_hukum, NotRecorded):
        if isinstance(inst.tanggal, dt.date) and inst.tanggal < HANDOVER_EARLIEST:
            yield verdict(
                Outcome.COMPLIANT,
                "formed_before",
                path,
                used={"tanggal": inst.tanggal, "dasar_hukum": None},
                advisory=True,
                extra=params,
            )
        else:
            yield verdict(
                Outcome.UNDETERMINED,
                "basis_not_recorded",
                path,
                used={"tanggal": inst.tanggal},
                missing=(f"{path}.dasar_hukum",),
            )
        return
    named = tuple(dict.fromkeys(r for r in map(identify, inst.dasar_hukum) if r is not None))
    used = {"dasar_hukum": inst.dasar_hukum, "dikenali": named, "tanggal": inst.tanggal}
    if R53 in named:
        yield verdict(Outcome.COMPLIANT, "cites_current", path, used=used)
    elif R42 in named:
        yield verdict(
            Outcome.COMPLIANT, "cites_replaced", path, used=used, advisory=True, extra=params
        )
    else:
        yield verdict(Outcome.COMPLIANT, "other_basis", path, used=used)


RULES = (ISSUED_BY_HEAD, FORM, REPLACED_BASIS)
