"""Leadership: chair (``53.chair``), secretary (``53.secretary``), vice-chair (``53.vice-chair``).

* The chair is the deputy head of region: wakil gubernur in a province, wakil
  bupati in a kabupaten, wakil wali kota in a kota.  When the record documents
  that the deputy-head post is vacant on the date judged, no deputy head
  exists to chair: whoever the region put in charge (usually the sekda) is
  recorded, and the rule is *not applicable* with that reason.  A vacancy
  that has ended no longer excuses a chair who is not the deputy head.
* The secretary heads the planning agency, whatever it is called (Bappeda,
  Bapperida, Bappelitbangda, ...).  The recorded kind of office decides; if it
  is not recorded, the agency name is read and the finding says so.
* The vice-chair being the sekda is practice only: advisories, never violations.

Acting officials (Plt., Pj., Plh.) hold the office they act in; the status is
recorded in the facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tkpk_rules.law import PROVISIONS, Citation, Support
from tkpk_rules.model import Dossier, Member, NotRecorded, OfficeKind, Team, Vacancy
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, under_42, verdict
from tkpk_rules.rules._people import DEPUTY_HEAD, acting_label, office_kind, planning_head

__all__ = ["CHAIR", "SECRETARY", "VICE_CHAIR", "vacancies_on"]

_PERPRES15 = Citation(regulation="perpres-15-2010")


def vacancies_on(dossier: Dossier, office: OfficeKind, day: dt.date) -> tuple[Vacancy, ...] | None:
    """The recorded vacancies of ``office`` that cover ``day``; ``None`` if none are recorded.

    >>> from tkpk_rules.model import Dossier, RegionRef, Vacancy, OfficeKind
    >>> d = Dossier(wilayah=RegionRef(kode="64"), kekosongan_jabatan=(
    ...     Vacancy(jabatan=OfficeKind.WAKIL_GUBERNUR, mulai=dt.date(2024, 1, 1),
    ...             selesai=dt.date(2024, 6, 30)),))
    >>> len(vacancies_on(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 6, 30)))
    1
    >>> vacancies_on(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 7, 1))
    ()
    """
    if isinstance(dossier.kekosongan_jabatan, NotRecorded):
        return None
    return tuple(v for v in dossier.kekosongan_jabatan if v.jabatan is office and v.covers(day))


def _team(ctx: Context) -> Team | Verdict:
    team = ctx.team.team
    if isinstance(team, NotRecorded):
        return verdict(
            Outcome.UNDETERMINED, "no_team_record", ctx.team.path, missing=ctx.team.missing
        )
    if team is None:
        return verdict(Outcome.NOT_APPLICABLE, "no_team", ctx.team.path)
    return team


def _vacancy_facts(vacs: tuple[Vacancy, ...]) -> tuple[str, ...]:
    out = []
    for v in vacs:
        end = v.selesai.isoformat() if isinstance(v.selesai, dt.date) else "..."
        out.append(f"{v.jabatan.value} {v.mulai.isoformat()}/{end}")
    return tuple(sorted(out))


@rule(
    "TKPK53-LDR-001",
    "53.chair",
    "leadership",
    citation=PROVISIONS["53.chair"].citation,
    support=Support.SINGLE_SOURCE,
    regimes=(R42, R53),
    also_cited=(_PERPRES15,),
    bases=(under_42("42.chair", _PERPRES15),),
)
def CHAIR(ctx: Context) -> Iterator[Verdict]:
    """The chair is the deputy head of region (unless the post is documented vacant)."""
    team = _team(ctx)
    if isinstance(team, Verdict):
        yield team
        return
    path = f"{ctx.team.path}.ketua"
    deputy = DEPUTY_HEAD[ctx.level]
    chair = team.ketua
    if isinstance(chair, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED, "not_recorded", path, missing=(path,), diharapkan=deputy
        )
        return
    vacant = vacancies_on(ctx.dossier, deputy, ctx.on)
    kind = office_kind(chair)
    acting = acting_label(chair)
    used: dict[str, object] = {
        "jabatan_ketua": kind,
        "diharapkan": deputy,
        "plt_pj_plh": acting,
        "kekosongan": _vacancy_facts(vacant or ()),
    }
    if vacant:
        v = vacant[0]
        pengisi = office_kind(v.pengisi) if not isinstance(v.pengisi, NotRecorded) else None
        used["pengisi"] = pengisi
        yield verdict(
            Outcome.NOT_APPLICABLE,
            "vacant" if chair is not None else "vacant_no_chair",
            path,
            used=used,
            advisory=chair is None,
            diharapkan=deputy,
            mulai=v.mulai,
            ketua=kind if not isinstance(kind, NotRecorded) else "-",
        )
        return
    if isinstance(kind, OfficeKind) and kind is deputy:
        yield verdict(
            Outcome.COMPLIANT,
            "ok_acting" if acting else "ok",
            path,
            used=used,
            jabatan=kind,
            status=(acting or "").upper(),
        )
        return
    if chair is not None and isinstance(kind, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
            diharapkan=deputy,
        )
        return
    if kind in DEPUTY_HEAD.values():
        yield verdict(
            Outcome.UNDETERMINED,
            "title_mismatch",
            path,
            used=used,
            advisory=True,
            missing=(f"{path}.jabatan.jenis",),
            jabatan=kind,
            diharapkan=deputy,
            tingkat=ctx.level,
        )
        return
    if vacant is None:
        yield verdict(
            Outcome.UNDETERMINED,
            "vacancy_not_recorded",
            path,
            used=used,
            missing=("kekosongan_jabatan",),
            diharapkan=deputy,
            jabatan=kind if kind is not None else "-",
        )
        return
    if chair is None:
        yield verdict(Outcome.VIOLATION, "no_chair", path, used=used, diharapkan=deputy)
        return
    ended = [
        v
        for v in ctx.dossier.kekosongan_jabatan  # type: ignore[union-attr]
        if v.jabatan is deputy and isinstance(v.selesai, dt.date) and v.selesai < ctx.on
    ]
    if ended:
        last = max(v.selesai for v in ended)  # type: ignore[type-var]
        yield verdict(
            Outcome.VIOLATION,
            "vacancy_ended",
            path,
            used={**used, "kekosongan_selesai": last},
            diharapkan=deputy,
            jabatan=kind,
            selesai=last,
        )
        return
    yield verdict(Outcome.VIOLATION, "not_deputy", path, used=used, diharapkan=deputy, jabatan=kind)


@rule(
    "TKPK53-LDR-002",
    "53.secretary",
    "leadership",
    citation=PROVISIONS["53.secretary"].citation,
    support=Support.SINGLE_SOURCE,
    regimes=(R42, R53),
    also_cited=(_PERPRES15,),
    bases=(under_42("42.secretary", _PERPRES15),),
)
def SECRETARY(ctx: Context) -> Iterator[Verdict]:
    """The secretary is the head of the planning agency, whatever its name."""
    team = _team(ctx)
    if isinstance(team, Verdict):
        yield team
        return
    path = f"{ctx.team.path}.sekretaris"
    sec = team.sekretaris
    if isinstance(sec, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(path,))
        return
    if sec is None:
        yield verdict(Outcome.VIOLATION, "none", path)
        return
    head, inferred = planning_head(sec)
    jab = sec.jabatan
    used: dict[str, object] = {
        "jabatan": office_kind(sec),
        "sebutan": getattr(jab, "sebutan", None),
        "instansi": getattr(jab, "instansi", None),
        "disimpulkan_dari_nama_instansi": inferred,
        "plt_pj_plh": acting_label(sec),
    }
    if head is None:
        yield verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
        )
    elif head:
        variant = "ok_inferred" if inferred else ("ok_acting" if acting_label(sec) else "ok")
        yield verdict(
            Outcome.COMPLIANT,
            variant,
            path,
            used=used,
            instansi=used["instansi"] or used["sebutan"] or "-",
            status=(acting_label(sec) or "").upper(),
        )
    else:
        variant = "not_head_inferred" if inferred else "not_planning_head"
        yield verdict(
            Outcome.VIOLATION, variant, path, used=used, jabatan=used["sebutan"] or office_kind(sec)
        )


@rule(
    "TKPK53-LDR-003",
    "53.vice-chair",
    "leadership",
    citation=PROVISIONS["53.vice-chair"].citation,
    support=Support.PRACTICE,
    regimes=(R53,),
    also_cited=(Citation(regulation=R42),),
)
def VICE_CHAIR(ctx: Context) -> Iterator[Verdict]:
    """In practice the sekda is vice-chair (advisory only)."""
    team = _team(ctx)
    if isinstance(team, Verdict):
        yield team
        return
    path = f"{ctx.team.path}.wakil_ketua"
    vice = team.wakil_ketua
    sekda = OfficeKind.SEKRETARIS_DAERAH
    if isinstance(vice, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(path,))
        return
    if isinstance(vice, Member) and office_kind(vice) is sekda:
        yield verdict(Outcome.COMPLIANT, "ok", path, jabatan=sekda)
        return
    if isinstance(team.ketua, Member) and office_kind(team.ketua) is sekda:
        yield verdict(Outcome.COMPLIANT, "sekda_chairs", path)
        return
    if vice is None:
        yield verdict(Outcome.COMPLIANT, "none", path, advisory=True)
        return
    kind = office_kind(vice)
    if isinstance(kind, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED, "office_not_recorded", path, missing=(f"{path}.jabatan.jenis",)
        )
        return
    yield verdict(Outcome.COMPLIANT, "other", path, advisory=True, jabatan=kind)


RULES = (CHAIR, SECRETARY, VICE_CHAIR)
