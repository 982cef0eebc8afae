"""The instrument that forms the team (``53.instrument``).

The team is formed by a decree of the head of region: keputusan gubernur,
bupati or wali kota (single source).  Some regions use a regulation (Pergub,
Perbup, Perwali) instead: accepted, with an advisory (practice).  An acting
head (Plt., Pj., Plh.) signing in the office's name is recorded as a fact.
"""

from __future__ import annotations

from collections.abc import Iterator

from tkpk_rules.law import PROVISIONS, Citation, Support
from tkpk_rules.model import Instrument, InstrumentKind, NotRecorded, Team
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, verdict
from tkpk_rules.rules._people import ISSUER, acting_label

__all__ = ["FORM", "ISSUED_BY_HEAD"]

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


RULES = (ISSUED_BY_HEAD, FORM)
