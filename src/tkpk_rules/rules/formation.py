"""Formation: every province, kabupaten and kota forms a TKPK (``53.formation``).

Teams go by many names (TKPK, TKPKD, Tim Penanggulangan Kemiskinan...): the
name is recorded as a fact and never judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from tkpk_rules.law import PROVISIONS, Citation, Support
from tkpk_rules.model import Instrument, NotRecorded
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, under_42, verdict

__all__ = ["FORMATION"]


@rule(
    "TKPK53-FRM-001",
    "53.formation",
    "formation",
    citation=PROVISIONS["53.formation"].citation,
    support=Support.REPORTED,
    regimes=(R42, R53),
    also_cited=(Citation(regulation="perpres-15-2010"),),
    bases=(under_42("42.formation", Citation(regulation="perpres-15-2010")),),
)
def FORMATION(ctx: Context) -> Iterator[Verdict]:
    """A team applies on the date judged."""
    at = ctx.team
    team = at.team
    if isinstance(team, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", at.path, missing=at.missing)
        return
    if team is None:
        yield verdict(Outcome.VIOLATION, "none", at.path, tanggal=ctx.on)
        return
    inst = team.pembentukan
    used: dict[str, object] = {"nama": team.nama, "tim": at.path}
    if isinstance(inst, Instrument):
        used.update(nomor=inst.nomor, tanggal_pembentukan=inst.tanggal)
    if at.expired_on is not None:
        yield verdict(
            Outcome.UNDETERMINED,
            "expired",
            at.path,
            used={**used, "masa_kerja_selesai": at.expired_on},
            missing=("tim",),
            advisory=True,
            selesai=at.expired_on,
        )
        return
    yield verdict(
        Outcome.COMPLIANT,
        "formed",
        at.path,
        used=used,
        nama=team.nama if isinstance(team.nama, str) else "TKPK",
    )


RULES = (FORMATION,)
