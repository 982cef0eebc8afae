"""Formation: every province, kabupaten and kota forms a TKPK (``53.formation``).

Teams go by many names (TKPK, TKPKD, Tim Penanggulangan Kemiskinan...): the
name is recorded as a fact and never judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from tkpk_rules.law import Citation
from tkpk_rules.model import ImpreciseDate, Instrument, NotRecorded, Team
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import (
    R42,
    R53,
    Context,
    Requirement,
    Verdict,
    rule,
    under_42,
    verdict,
)

__all__ = ["FORMATION", "TEAM", "the_team"]


def _team_check(ctx: Context) -> Verdict | None:
    at = ctx.team
    if isinstance(at.team, NotRecorded):
        return verdict(Outcome.UNDETERMINED, "no_team_record", at.path, missing=at.missing)
    if at.team is None:
        return verdict(Outcome.NOT_APPLICABLE, "no_team", at.path)
    return None


#: A rule about the team needs a team on the date judged: not recorded -> undetermined,
#: none -> not applicable (the absence itself is this module's rule).
TEAM = Requirement(
    name="team",
    check=_team_check,
    messages=(
        (
            "no_team",
            (
                "Tidak ada tim pada tanggal ini; lihat TKPK53-FRM-001.",
                "There is no team on this date; see TKPK53-FRM-001.",
            ),
        ),
        (
            "no_team_record",
            (
                "Tim yang berlaku pada tanggal ini tidak dicatat; aturan ini tidak dapat dinilai.",
                "The team in place on this date is not recorded; this rule cannot be judged.",
            ),
        ),
        (
            "no_team_record.action",
            (
                "Catat tim (keputusan pembentukan dan susunannya).",
                "Record the team (its forming decree and composition).",
            ),
        ),
    ),
)


def the_team(ctx: Context) -> Team:
    """The team on the date judged, for a rule that declares ``requires=(TEAM,)``."""
    team = ctx.team.team
    assert isinstance(team, Team), "TEAM requirement not declared"
    return team


@rule(
    "TKPK53-FRM-001",
    "53.formation",
    regimes=(R42, R53),
    also_cited=(Citation(regulation="perpres-15-2010"),),
    bases=(under_42("42.formation", Citation(regulation="perpres-15-2010")),),
    messages={
        "title": ("Daerah membentuk TKPK", "The region forms a TKPK"),
        "not_recorded": (
            "Tidak diketahui apakah ada tim pada tanggal ini: tim tidak dicatat.",
            "Whether a team existed on this date is unknown: the team is not recorded.",
        ),
        "not_recorded.action": (
            "Catat tim yang berlaku (tim) dan tim terdahulu (riwayat_tim).",
            "Record the current team (tim) and earlier teams (riwayat_tim).",
        ),
        "none": (
            "Menurut catatan, tidak ada TKPK pada {tanggal}.",
            "According to the record, there was no TKPK on {tanggal}.",
        ),
        "none.action": (
            "Bentuk TKPK dengan keputusan kepala daerah, atau catat keputusan yang sudah ada.",
            "Form a TKPK by decree of the head of region, or record the existing decree.",
        ),
        "expired": (
            "Masa kerja tim yang tercatat berakhir {selesai} dan tidak ada tim sesudahnya yang"
            " dicatat; tidak dapat dipastikan apakah tim masih ada.",
            "The recorded team's term ended on {selesai} and no later team is recorded; whether"
            " a team still stands cannot be told.",
        ),
        "expiry_open": (
            "Masa kerja tim yang tercatat berakhir pada {selesai} (hanya tahun atau bulannya yang"
            " diketahui) dan tidak ada tim sesudahnya yang dicatat; belum pasti tim masih ada.",
            "The recorded team's term ends in {selesai} (only the year or month is known) and no"
            " later team is recorded; whether a team still stands is open.",
        ),
        "expiry_open.action": (
            "Catat tanggal akhir masa kerja, keputusan pembentukan tim yang baru, atau"
            " perpanjangan masa kerja.",
            "Record the last day of the term, the decree forming the new team, or the extension.",
        ),
        "expired.action": (
            "Catat keputusan pembentukan tim yang baru, atau perpanjangan masa kerja.",
            "Record the decree forming the new team, or extending the term.",
        ),
        "formed": (
            "TKPK terbentuk: {nama}.",
            "A TKPK is in place: {nama}.",
        ),
        "formed_undated": (
            "Tercatat TKPK ({nama}), tetapi tanggal pembentukannya tidak dicatat: belum pasti"
            " tim itu sudah ada pada tanggal yang dinilai.",
            "A TKPK is recorded ({nama}), but not the date it was formed: whether it was"
            " already in place on the date judged is not certain.",
        ),
        "formed_undated.action": (
            "Catat tanggal keputusan pembentukan tim (pembentukan.tanggal).",
            "Record the date of the team's forming decree (pembentukan.tanggal).",
        ),
    },
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
        vague = isinstance(at.expired_on, ImpreciseDate)
        end = str(at.expired_on) if vague else at.expired_on
        yield verdict(
            Outcome.UNDETERMINED,
            "expiry_open" if vague else "expired",
            at.path,
            used={**used, "masa_kerja_selesai": end},
            missing=(f"{at.path}.masa_kerja.selesai", "tim") if vague else ("tim",),
            advisory=True,
            selesai=end,
        )
        return
    if at.formed_unknown:
        # A team is recorded, but not when it was formed: it may not have existed yet.
        yield verdict(
            Outcome.UNDETERMINED,
            "formed_undated",
            at.path,
            used=used,
            missing=(f"{at.path}.pembentukan.tanggal",),
            nama=team.nama if isinstance(team.nama, str) else "TKPK",
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
