"""The rules that hold only under Permendagri 42/2010 (codes ``TKPK42-<TOPIC>-<NNN>``).

What the brief knows of 42/2010 is one row, all of it *reported* (two or more
secondary sources; no article number, so every citation is ``Pasal ?``):
penanggung jawab = head of region; ketua = deputy head; wakil ketua = sekda;
sekretaris = head of the planning agency; wakil sekretaris = head of the
community-empowerment agency; members from regional agencies and outside
government; coordinating tasks; a five-year SPKD.

Which rules are shared, and which are new (a choice of this library):

* **Shared, not duplicated.** Forming a team (``TKPK53-FRM-001``), the
  forming instrument (``TKPK53-INS-001``, ``-002``), the chair
  (``TKPK53-LDR-001``), the secretary (``TKPK53-LDR-002``) and the four
  elements (``TKPK53-MEM-001``) say the same under both regulations.  They
  keep their codes and functions and hold under both regimes; under 42/2010
  their findings cite ``42.formation``, ``42.instrument``, ``42.chair``,
  ``42.secretary`` and ``42.members`` (see :class:`~tkpk_rules.rules._base.Basis`).
  Their support level stays the weaker of the two (``single_source`` for the
  chair, for example, although the 42/2010 composition is reported): a
  finding never looks more certain than its weakest source.
* **New, 42/2010 only.** The penanggung jawab (``TKPK42-LDR-001``), the
  vice-chair (``TKPK42-LDR-002``: binding here, while under 53/2020 the same
  post is practice only, ``TKPK53-LDR-003``), the vice-secretary
  (``TKPK42-LDR-003``) and the SPKD (``TKPK42-DOC-001``, ``-002``).
* **Not checkable.** The tasks (``42.tasks``), as for 53/2020.

No deadline for the SPKD is known, so a missing SPKD is never a violation;
its length is a dated parameter (``masa_spkd_tahun``), like the RPKD's, and
six calendar years are undetermined as for the RPKD (see
:func:`tkpk_rules.rules._docs.period_length`).

>>> from tkpk_rules.rules.r42 import RULES
>>> [r.code for r in RULES]
['TKPK42-LDR-001', 'TKPK42-LDR-002', 'TKPK42-LDR-003', 'TKPK42-DOC-001', 'TKPK42-DOC-002']
>>> {r.citation.text() for r in RULES}
{'Permendagri 42/2010, Pasal ?'}
"""

from __future__ import annotations

from collections.abc import Iterator

from tkpk_rules.law import PROVISIONS, Support
from tkpk_rules.law.parameters import value
from tkpk_rules.model import DocumentKind, Member, NotRecorded, OfficeKind, Team, YearRange
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, Context, Verdict, rule, verdict
from tkpk_rules.rules._docs import covering, documents, period_length
from tkpk_rules.rules._people import HEAD, acting_label, empowerment_head, office_kind
from tkpk_rules.rules.leadership import vacancies_on

__all__ = ["RESPONSIBLE", "SPKD_FIVE_YEARS", "SPKD_IN_FORCE", "VICE_CHAIR_42", "VICE_SECRETARY"]


def _team(ctx: Context) -> Team | Verdict:
    team = ctx.team.team
    if isinstance(team, NotRecorded):
        return verdict(
            Outcome.UNDETERMINED, "no_team_record", ctx.team.path, missing=ctx.team.missing
        )
    if team is None:
        return verdict(Outcome.NOT_APPLICABLE, "no_team", ctx.team.path)
    return team


@rule(
    "TKPK42-LDR-001",
    "42.responsible",
    "leadership",
    citation=PROVISIONS["42.responsible"].citation,
    support=Support.REPORTED,
    regimes=(R42,),
)
def RESPONSIBLE(ctx: Context) -> Iterator[Verdict]:
    """The penanggung jawab is the head of region (unless the post is documented vacant)."""
    team = _team(ctx)
    if isinstance(team, Verdict):
        yield team
        return
    path = f"{ctx.team.path}.penanggung_jawab"
    head = HEAD[ctx.level]
    person = team.penanggung_jawab
    if isinstance(person, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(path,), diharapkan=head)
        return
    if person is None:
        yield verdict(Outcome.VIOLATION, "none", path, diharapkan=head)
        return
    kind = office_kind(person)
    acting = acting_label(person)
    used: dict[str, object] = {"jabatan": kind, "diharapkan": head, "plt_pj_plh": acting}
    if kind is head:
        yield verdict(
            Outcome.COMPLIANT,
            "ok_acting" if acting else "ok",
            path,
            used=used,
            jabatan=head,
            status=(acting or "").upper(),
        )
        return
    if isinstance(kind, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
            diharapkan=head,
        )
        return
    if vacancies_on(ctx.dossier, head, ctx.on):
        yield verdict(
            Outcome.NOT_APPLICABLE, "vacant", path, used=used, diharapkan=head, jabatan=kind
        )
        return
    if kind in HEAD.values():
        yield verdict(
            Outcome.UNDETERMINED,
            "title_mismatch",
            path,
            used=used,
            advisory=True,
            missing=(f"{path}.jabatan.jenis",),
            jabatan=kind,
            diharapkan=head,
            tingkat=ctx.level,
        )
        return
    yield verdict(Outcome.VIOLATION, "not_head", path, used=used, jabatan=kind, diharapkan=head)


@rule(
    "TKPK42-LDR-002",
    "42.vice-chair",
    "leadership",
    citation=PROVISIONS["42.vice-chair"].citation,
    support=Support.REPORTED,
    regimes=(R42,),
)
def VICE_CHAIR_42(ctx: Context) -> Iterator[Verdict]:
    """The vice-chair is the sekda (binding as reported under 42/2010)."""
    team = _team(ctx)
    if isinstance(team, Verdict):
        yield team
        return
    path = f"{ctx.team.path}.wakil_ketua"
    sekda = OfficeKind.SEKRETARIS_DAERAH
    vice = team.wakil_ketua
    if isinstance(vice, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(path,))
        return
    if isinstance(team.ketua, Member) and office_kind(team.ketua) is sekda:
        # The deputy-head post is usually vacant then (see TKPK53-LDR-001): the
        # sekda cannot be chair and vice-chair at once.
        yield verdict(Outcome.NOT_APPLICABLE, "sekda_chairs", path)
        return
    if vice is None:
        yield verdict(Outcome.VIOLATION, "none", path)
        return
    kind = office_kind(vice)
    acting = acting_label(vice)
    used: dict[str, object] = {"jabatan": kind, "diharapkan": sekda, "plt_pj_plh": acting}
    if kind is sekda:
        yield verdict(
            Outcome.COMPLIANT,
            "ok_acting" if acting else "ok",
            path,
            used=used,
            status=(acting or "").upper(),
        )
    elif isinstance(kind, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
        )
    elif vacancies_on(ctx.dossier, sekda, ctx.on):
        yield verdict(Outcome.NOT_APPLICABLE, "vacant", path, used=used, jabatan=kind)
    else:
        yield verdict(Outcome.VIOLATION, "not_sekda", path, used=used, jabatan=kind)


@rule(
    "TKPK42-LDR-003",
    "42.vice-secretary",
    "leadership",
    citation=PROVISIONS["42.vice-secretary"].citation,
    support=Support.REPORTED,
    regimes=(R42,),
)
def VICE_SECRETARY(ctx: Context) -> Iterator[Verdict]:
    """The vice-secretary heads the community-empowerment agency, whatever it is called."""
    team = _team(ctx)
    if isinstance(team, Verdict):
        yield team
        return
    path = f"{ctx.team.path}.wakil_sekretaris"
    person = team.wakil_sekretaris
    if isinstance(person, NotRecorded):
        yield verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(path,))
        return
    if person is None:
        yield verdict(Outcome.VIOLATION, "none", path)
        return
    head, inferred = empowerment_head(person)
    jab = person.jabatan
    acting = acting_label(person)
    used: dict[str, object] = {
        "jabatan": office_kind(person),
        "sebutan": getattr(jab, "sebutan", None),
        "instansi": getattr(jab, "instansi", None),
        "disimpulkan_dari_nama_instansi": inferred,
        "plt_pj_plh": acting,
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
        variant = "ok_inferred" if inferred else ("ok_acting" if acting else "ok")
        yield verdict(
            Outcome.COMPLIANT,
            variant,
            path,
            used=used,
            instansi=used["instansi"] or used["sebutan"] or "-",
            status=(acting or "").upper(),
        )
    else:
        yield verdict(
            Outcome.VIOLATION,
            "not_head",
            path,
            used=used,
            jabatan=used["sebutan"] or office_kind(person),
        )


@rule(
    "TKPK42-DOC-001",
    "42.spkd",
    "documents",
    citation=PROVISIONS["42.spkd"].citation,
    support=Support.REPORTED,
    regimes=(R42,),
)
def SPKD_IN_FORCE(ctx: Context) -> Iterator[Verdict]:
    """An SPKD covers the year judged (no deadline is known: never a violation)."""
    spkds = documents(ctx, DocumentKind.SPKD)
    if spkds is None:
        yield verdict(Outcome.UNDETERMINED, "docs_not_recorded", "dokumen", missing=("dokumen",))
        return
    year = ctx.on.year
    cover = covering(spkds, year)
    if cover:
        yield verdict(Outcome.COMPLIANT, "in_force", cover[0], spkd=tuple(cover), tahun=year)
    elif spkds:
        yield verdict(
            Outcome.UNDETERMINED,
            "lapsed",
            "dokumen",
            advisory=True,
            missing=(f"dokumen (SPKD yang mencakup tahun {year})",),
            spkd=tuple(p for p, _ in spkds),
            tahun=year,
        )
    else:
        yield verdict(
            Outcome.UNDETERMINED,
            "none_no_deadline",
            "dokumen",
            missing=("dokumen (SPKD)",),
            tahun=year,
        )


@rule(
    "TKPK42-DOC-002",
    "42.spkd",
    "documents",
    citation=PROVISIONS["42.spkd"].citation,
    support=Support.REPORTED,
    regimes=(R42,),
)
def SPKD_FIVE_YEARS(ctx: Context) -> Iterator[Verdict]:
    """Each SPKD known on the date spans five years (``masa_spkd_tahun``)."""
    years = value("masa_spkd_tahun", R42)
    spkds = documents(ctx, DocumentKind.SPKD)
    if spkds is None:
        yield verdict(Outcome.UNDETERMINED, "docs_not_recorded", "dokumen", missing=("dokumen",))
        return
    if not spkds:
        yield verdict(Outcome.NOT_APPLICABLE, "no_spkd", "dokumen")
        return
    for path, doc in spkds:
        if not isinstance(doc.periode, YearRange):
            yield verdict(
                Outcome.UNDETERMINED, "period_not_recorded", path, missing=(f"{path}.periode",)
            )
            continue
        yield period_length(path, doc.periode, years)


RULES = (RESPONSIBLE, VICE_CHAIR_42, VICE_SECRETARY, SPKD_IN_FORCE, SPKD_FIVE_YEARS)
