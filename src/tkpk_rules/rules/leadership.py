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

from tkpk_rules.judge import (
    DEPUTY_HEAD,
    HEAD,
    VacancyAt,
    acting_label,
    empowerment_head,
    is_penjabat,
    names_deputy_head_of,
    names_head_of_region,
    names_regional_secretary,
    office_kind,
    planning_head,
    vacancy_at,
)
from tkpk_rules.law import Citation
from tkpk_rules.model import (
    Dossier,
    Member,
    NotRecorded,
    OfficeKind,
    Official,
    Team,
    Vacancy,
    date_bounds,
)
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, under_42, verdict
from tkpk_rules.rules.formation import TEAM, the_team

__all__ = [
    "CHAIR",
    "RESPONSIBLE",
    "SECRETARY",
    "VICE_CHAIR",
    "VICE_CHAIR_42",
    "VICE_SECRETARY",
]

_PERPRES15 = Citation(regulation="perpres-15-2010")


def _vacancy_facts(vacs: tuple[Vacancy, ...]) -> tuple[str, ...]:
    # A day as ISO 8601, a year or month as recorded (``2024``, ``2024-05``); "..." if open.
    out = []
    for v in vacs:
        end = str(v.selesai) if date_bounds(v.selesai) is not None else "..."
        out.append(f"{v.jabatan.value} {v.mulai}/{end}")
    return tuple(sorted(out))


#: The words of every rule an open vacancy can leave undetermined.
_VACANCY_OPEN = {
    "vacancy_open": (
        "Belum pasti apakah jabatan {kosong} kosong pada {tanggal} ({kurang}: hanya diketahui"
        " tahun atau bulannya, atau tidak dicatat), padahal itu menentukan: bila kosong,"
        " aturan ini tidak berlaku; bila terisi, hasilnya lain.",
        "Whether the {kosong} post was vacant on {tanggal} is open ({kurang}: known only to"
        " its year or month, or not recorded), and it decides: if it was vacant, this rule"
        " does not apply; if it was filled, the outcome differs.",
    ),
    "vacancy_open.action": (
        "Catat tanggal lengkap mulai dan berakhirnya kekosongan jabatan (selesai: null bila"
        " jabatan masih kosong).",
        "Record the full dates the vacancy began and ended (selesai: null if the post is"
        " still vacant).",
    ),
}


def _unless_open(
    ctx: Context,
    path: str,
    office: OfficeKind,
    at: VacancyAt,
    if_vacant: Verdict,
    if_filled: Verdict,
) -> Verdict:
    """What both readings of an open vacancy conclude; else *undetermined*, naming its dates.

    Readings agree when they give the same outcome (and, for a violation, the same
    variant): then the record's vagueness does not matter and the finding stands.
    """
    same = (if_vacant.outcome, if_vacant.advisory) == (if_filled.outcome, if_filled.advisory)
    if same and (
        if_vacant.outcome is not Outcome.VIOLATION or if_vacant.variant == if_filled.variant
    ):
        return if_filled
    missing = tuple(dict.fromkeys((*at.missing, *if_vacant.missing, *if_filled.missing)))
    return verdict(
        Outcome.UNDETERMINED,
        "vacancy_open",
        path,
        used={
            "kekosongan_mungkin": _vacancy_facts(at.vacancies),
            "kekosongan_belum_pasti": at.missing,
            "hasil_bila_kosong": if_vacant.outcome,
            "hasil_bila_terisi": if_filled.outcome,
        },
        missing=missing,
        kosong=office,
        tanggal=ctx.on,
        kurang=", ".join(at.missing),
    )


def _vacancy(dossier: Dossier, on: dt.date, office: OfficeKind) -> VacancyAt | None:
    """:func:`vacancy_at` as a question for :meth:`Context.ask`."""
    return vacancy_at(dossier, office, on)


def _ended(dossier: Dossier, on: dt.date, office: OfficeKind) -> tuple[Vacancy, ...]:
    """The recorded vacancies of ``office`` that surely ended before ``on`` (asked of the
    record through :meth:`Context.ask`)."""
    vacancies = dossier.kekosongan_jabatan
    assert not isinstance(vacancies, NotRecorded)
    return tuple(
        v
        for v in vacancies
        if v.jabatan is office and (bounds := date_bounds(v.selesai)) is not None and bounds[1] < on
    )


def _contradicted(
    path: str, used: dict[str, object], kind: object, title: str, diharapkan: object = None
) -> Verdict:
    """``office_unclear``: the kind of office recorded and its title name two offices."""
    params: dict[str, object] = {"jabatan": kind, "sebutan": title}
    if diharapkan is not None:
        params["diharapkan"] = diharapkan
    return verdict(
        Outcome.UNDETERMINED,
        "office_unclear",
        path,
        used=used,
        missing=(f"{path}.jabatan.jenis",),
        extra=params,
    )


def _chair(ctx: Context, team: Team, path: str, vacant: tuple[Vacancy, ...] | None) -> Verdict:
    """CHAIR given the vacancies of the deputy-head post on the date (``None``: not recorded)."""
    deputy = DEPUTY_HEAD[ctx.level]
    chair = team.ketua
    assert not isinstance(chair, NotRecorded)
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
        return verdict(
            Outcome.NOT_APPLICABLE,
            "vacant" if chair is not None else "vacant_no_chair",
            path,
            used=used,
            advisory=chair is None,
            diharapkan=deputy,
            mulai=v.mulai,
            ketua=kind if not isinstance(kind, NotRecorded) else "-",
        )
    if isinstance(kind, OfficeKind) and kind is deputy:
        return verdict(
            Outcome.COMPLIANT,
            "ok_acting" if acting else "ok",
            path,
            used=used,
            jabatan=kind,
            status=(acting or "").upper(),
        )
    if chair is not None and isinstance(kind, NotRecorded):
        return verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
            diharapkan=deputy,
        )
    title = getattr(chair.jabatan, "sebutan", None) if chair is not None else None
    if (
        kind not in DEPUTY_HEAD.values()
        and isinstance(title, str)
        and names_deputy_head_of(title, ctx.level)
    ):
        # Another office (an agency's, the sekda's...) with a deputy head's title: the
        # record contradicts itself, and does not say which of the two is wrong.
        return _contradicted(path, used, kind, title, diharapkan=deputy)
    if kind in DEPUTY_HEAD.values():
        return verdict(
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
    if vacant is None:
        return verdict(
            Outcome.UNDETERMINED,
            "vacancy_not_recorded" if chair is not None else "vacancy_not_recorded_no_chair",
            path,
            used=used,
            missing=("kekosongan_jabatan",),
            diharapkan=deputy,
            jabatan=kind if kind is not None else "-",
        )
    ended = ctx.ask(_ended, deputy)
    if not ended and is_penjabat(team.penanggung_jawab):
        # A Penjabat heads the region when the elected pair's term is over: the deputy's
        # post is then most likely vacant too, though the record lists no vacancy.
        return verdict(
            Outcome.UNDETERMINED,
            "head_pj" if chair is not None else "head_pj_no_chair",
            path,
            used=used,
            missing=("kekosongan_jabatan",),
            diharapkan=deputy,
            jabatan=kind if kind is not None else "-",
        )
    if chair is None:
        return verdict(Outcome.VIOLATION, "no_chair", path, used=used, diharapkan=deputy)
    if ended:
        last = max(ended, key=lambda v: date_bounds(v.selesai) or ()).selesai
        return verdict(
            Outcome.VIOLATION,
            "vacancy_ended",
            path,
            used={**used, "kekosongan_selesai": last},
            diharapkan=deputy,
            jabatan=kind,
            selesai=last,
        )
    return verdict(
        Outcome.VIOLATION, "not_deputy", path, used=used, diharapkan=deputy, jabatan=kind
    )


@rule(
    "TKPK53-LDR-001",
    "53.chair",
    regimes=(R42, R53),
    also_cited=(_PERPRES15,),
    bases=(under_42("42.chair", _PERPRES15),),
    requires=(TEAM,),
    lists=("kekosongan_jabatan",),  # a documented vacancy is its own case
    messages={
        "title": ("Ketua adalah wakil kepala daerah", "The chair is the deputy head"),
        **_VACANCY_OPEN,
        "not_recorded": (
            "Ketua tim tidak dicatat (seharusnya {diharapkan}).",
            "The team's chair is not recorded (expected: {diharapkan}).",
        ),
        "vacant": (
            "Jabatan {diharapkan} kosong sejak {mulai} (tercatat), jadi tidak ada wakil kepala"
            " daerah yang dapat menjadi ketua; ketua yang ditunjuk ({ketua}) dicatat, bukan"
            " pelanggaran.",
            "The {diharapkan} post has been vacant since {mulai} (recorded), so no deputy head"
            " exists to chair; the chair named ({ketua}) is recorded, not a violation.",
        ),
        "vacant_no_chair": (
            "Jabatan {diharapkan} kosong sejak {mulai} (tercatat) dan tim tidak mempunyai ketua.",
            "The {diharapkan} post has been vacant since {mulai} (recorded) and the team has no"
            " chair.",
        ),
        "vacant_no_chair.action": (
            "Tetapkan siapa yang memimpin tim selama jabatan kosong (biasanya Sekda).",
            "Name who leads the team while the post is vacant (usually the sekda).",
        ),
        "ok": ("Ketua tim adalah {jabatan}.", "The chair is the {jabatan}."),
        "ok_acting": (
            "Ketua tim adalah {jabatan} ({status}); status pejabat dicatat.",
            "The chair is the {jabatan} ({status}); the acting status is recorded.",
        ),
        "office_not_recorded": (
            "Jabatan ketua tidak dicatat (seharusnya {diharapkan}).",
            "The chair's office is not recorded (expected: {diharapkan}).",
        ),
        "title_mismatch": (
            "Ketua tercatat sebagai {jabatan}, padahal wilayah ini {tingkat} (seharusnya"
            " {diharapkan}); kemungkinan salah catat.",
            "The chair is recorded as {jabatan}, but this region is a {tingkat} (expected:"
            " {diharapkan}); probably a recording error.",
        ),
        "title_mismatch.action": (
            "Periksa dan perbaiki jenis jabatan ketua.",
            "Check and correct the chair's kind of office.",
        ),
        "head_pj": (
            "Ketua tercatat: {jabatan}, bukan {diharapkan}; penanggung jawab tim adalah"
            " Penjabat (Pj.), yang biasanya berarti jabatan {diharapkan} juga kosong, tetapi"
            " catatan tidak mencatat kekosongan itu.",
            "The chair recorded: {jabatan}, not the {diharapkan}; the team's responsible"
            " official is a Penjabat (Pj.), which usually means the {diharapkan} post is vacant"
            " too, but the record lists no such vacancy.",
        ),
        "head_pj_no_chair": (
            "Ketua tidak tercatat (diharapkan {diharapkan}); penanggung jawab tim adalah"
            " Penjabat (Pj.), yang biasanya berarti jabatan {diharapkan} juga kosong, tetapi"
            " catatan tidak mencatat kekosongan itu.",
            "No chair is recorded (expected: the {diharapkan}); the team's responsible official"
            " is a Penjabat (Pj.), which usually means the {diharapkan} post is vacant too, but"
            " the record lists no such vacancy.",
        ),
        "head_pj_no_chair.action": (
            "Catat kekosongan jabatan {diharapkan} (kekosongan_jabatan) bila jabatan itu kosong,"
            " dan ketua tim bila ada.",
            "Record the vacancy of the {diharapkan} post (kekosongan_jabatan) if it is vacant,"
            " and the team's chair if there is one.",
        ),
        "head_pj.action": (
            "Catat kekosongan jabatan {diharapkan} (kekosongan_jabatan) bila jabatan itu kosong.",
            "Record the vacancy of the {diharapkan} post (kekosongan_jabatan) if it is vacant.",
        ),
        "office_unclear": (
            "Jenis jabatan ketua dicatat {jabatan}, tetapi sebutannya ({sebutan}) menyebut"
            " wakil kepala daerah: belum pasti apakah ketuanya {diharapkan}.",
            "The chair's kind of office is recorded as {jabatan}, but the title ({sebutan})"
            " names a deputy head of region: whether the chair is the {diharapkan} is not"
            " certain.",
        ),
        "office_unclear.action": (
            "Periksa jabatan ketua pada SK dan catat jenis jabatan yang tepat.",
            "Check the chair's office in the decree and record the right kind of office.",
        ),
        "vacancy_not_recorded": (
            "Ketua adalah {jabatan}, bukan {diharapkan}; apakah jabatan {diharapkan} sedang kosong"
            " tidak dicatat.",
            "The chair is the {jabatan}, not the {diharapkan}; whether the {diharapkan} post was"
            " vacant is not recorded.",
        ),
        "vacancy_not_recorded_no_chair": (
            "Ketua tidak tercatat (diharapkan {diharapkan}); apakah jabatan {diharapkan} sedang"
            " kosong tidak dicatat.",
            "No chair is recorded (expected: the {diharapkan}); whether the {diharapkan} post"
            " was vacant is not recorded.",
        ),
        "vacancy_not_recorded_no_chair.action": (
            "Catat kekosongan jabatan (kekosongan_jabatan), atau daftar kosong jika tidak ada,"
            " dan ketua tim bila ada.",
            "Record vacancies (kekosongan_jabatan), or an empty list if there were none, and"
            " the team's chair if there is one.",
        ),
        "vacancy_not_recorded.action": (
            "Catat kekosongan jabatan (kekosongan_jabatan), atau daftar kosong jika tidak ada.",
            "Record vacancies (kekosongan_jabatan), or an empty list if there were none.",
        ),
        "no_chair": (
            "Tim tidak mempunyai ketua; seharusnya {diharapkan}.",
            "The team has no chair; it should be the {diharapkan}.",
        ),
        "no_chair.action": (
            "Tetapkan {diharapkan} sebagai ketua dalam keputusan pembentukan.",
            "Name the {diharapkan} as chair in the forming decree.",
        ),
        "vacancy_ended": (
            "Ketua adalah {jabatan}. Jabatan {diharapkan} sempat kosong, tetapi kekosongan berakhir"
            " {selesai}; sejak itu ada wakil kepala daerah dan keputusan belum disesuaikan.",
            "The chair is the {jabatan}. The {diharapkan} post was vacant, but the vacancy ended on"
            " {selesai}; since then a deputy head exists and the decree has not been updated.",
        ),
        "vacancy_ended.action": (
            "Perbarui keputusan: {diharapkan} sebagai ketua.",
            "Update the decree: the {diharapkan} as chair.",
        ),
        "not_deputy": (
            "Ketua adalah {jabatan}, bukan {diharapkan}.",
            "The chair is the {jabatan}, not the {diharapkan}.",
        ),
        "not_deputy.action": (
            "Tetapkan {diharapkan} sebagai ketua, atau catat kekosongan jabatannya jika kosong.",
            "Name the {diharapkan} as chair, or record the vacancy if the post is empty.",
        ),
    },
)
def CHAIR(ctx: Context) -> Iterator[Verdict]:
    """The chair is the deputy head of region (unless the post is documented vacant)."""
    team = the_team(ctx)
    path = f"{ctx.team.path}.ketua"
    deputy = DEPUTY_HEAD[ctx.level]
    chair = team.ketua
    if isinstance(chair, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED, "not_recorded", path, missing=(path,), diharapkan=deputy
        )
        return
    at = ctx.ask(_vacancy, deputy)
    if at is None or at.vacant is not None:
        yield _chair(ctx, team, path, None if at is None else at.vacancies)
        return
    # A start or end known only to its year or month, or an end not recorded.
    if_vacant = _chair(ctx, team, path, at.vacancies)
    yield _unless_open(ctx, path, deputy, at, if_vacant, _chair(ctx, team, path, ()))


@rule(
    "TKPK53-LDR-002",
    "53.secretary",
    regimes=(R42, R53),
    also_cited=(_PERPRES15,),
    bases=(under_42("42.secretary", _PERPRES15),),
    requires=(TEAM,),
    messages={
        "title": (
            "Sekretaris adalah kepala badan perencanaan",
            "The secretary heads the planning agency",
        ),
        "not_recorded": (
            "Sekretaris tim tidak dicatat.",
            "The team's secretary is not recorded.",
        ),
        "none": (
            "Tim tidak mempunyai sekretaris; seharusnya kepala badan perencanaan daerah.",
            "The team has no secretary; it should be the head of the planning agency.",
        ),
        "none.action": (
            "Tetapkan kepala badan perencanaan (Bappeda atau sebutan lain) sebagai sekretaris.",
            "Name the head of the planning agency (Bappeda or its local name) as secretary.",
        ),
        "office_not_recorded": (
            "Jabatan sekretaris tidak dicatat dan tidak dapat disimpulkan dari nama instansi.",
            "The secretary's office is not recorded and cannot be inferred from an agency name.",
        ),
        "ok": (
            "Sekretaris adalah kepala badan perencanaan ({instansi}).",
            "The secretary heads the planning agency ({instansi}).",
        ),
        "ok_acting": (
            "Sekretaris adalah kepala badan perencanaan ({instansi}), berstatus {status}; status"
            " pejabat dicatat.",
            "The secretary heads the planning agency ({instansi}) as {status}; the acting status"
            " is recorded.",
        ),
        "ok_inferred": (
            "Sekretaris adalah kepala badan perencanaan: disimpulkan dari nama instansi"
            " ({instansi}), karena jenis jabatan tidak dicatat.",
            "The secretary heads the planning agency: inferred from the agency name ({instansi}),"
            " as the kind of office is not recorded.",
        ),
        "ok_agency_head": (
            "Sekretaris adalah kepala badan perencanaan: jenis jabatannya dicatat {jabatan},"
            " dan instansi yang dipimpinnya ({instansi}) adalah badan perencanaan.",
            "The secretary heads the planning agency: the kind of office is recorded as"
            " {jabatan}, and the agency headed ({instansi}) is the planning agency.",
        ),
        "ok_agency_head.action": (
            "Catat jenis jabatan 'kepala_perencanaan' agar tidak perlu disimpulkan.",
            "Record the kind of office 'kepala_perencanaan' so it need not be inferred.",
        ),
        "office_unclear": (
            "Jenis jabatan sekretaris dicatat {jabatan} (sebutan/instansi: {sebutan}); dari"
            " catatan itu belum pasti apakah ia kepala badan perencanaan: keduanya tidak"
            " sejalan, atau instansinya tidak dikenali.",
            "The secretary's kind of office is recorded as {jabatan} (title/agency: {sebutan});"
            " from that record it is not certain whether they head the planning agency: the two"
            " do not agree, or the agency is not recognised.",
        ),
        "office_unclear.action": (
            "Periksa jabatan sekretaris pada SK dan catat jenis jabatan yang tepat (misalnya"
            " kepala_perencanaan).",
            "Check the secretary's office in the decree and record the right kind of office (for"
            " example kepala_perencanaan).",
        ),
        "ok_inferred.action": (
            "Catat jenis jabatan 'kepala_perencanaan' agar tidak perlu disimpulkan.",
            "Record the kind of office 'kepala_perencanaan' so it need not be inferred.",
        ),
        "not_head_inferred": (
            "Sekretaris berasal dari badan perencanaan, tetapi jabatannya ({jabatan}) bukan kepala"
            " badan.",
            "The secretary is from the planning agency, but the title ({jabatan}) is not its head.",
        ),
        "not_head_inferred.action": (
            "Tetapkan kepala badan perencanaan sebagai sekretaris, atau perbaiki catatan"
            " jabatannya.",
            "Name the head of the planning agency as secretary, or correct the recorded title.",
        ),
        "not_planning_head": (
            "Sekretaris adalah {jabatan}, bukan kepala badan perencanaan.",
            "The secretary is the {jabatan}, not the head of the planning agency.",
        ),
        "not_planning_head.action": (
            "Tetapkan kepala badan perencanaan sebagai sekretaris.",
            "Name the head of the planning agency as secretary.",
        ),
    },
)
def SECRETARY(ctx: Context) -> Iterator[Verdict]:
    """The secretary is the head of the planning agency, whatever its name."""
    team = the_team(ctx)
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
        kind = office_kind(sec)
        yield verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded" if isinstance(kind, NotRecorded) else "office_unclear",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
            extra=_unclear(kind, used),
        )
    elif head:
        variant = "ok_inferred" if inferred else ("ok_acting" if acting_label(sec) else "ok")
        if inferred and not isinstance(office_kind(sec), NotRecorded):
            variant = "ok_agency_head"  # kepala_perangkat_daerah of the planning agency
        yield verdict(
            Outcome.COMPLIANT,
            variant,
            path,
            used=used,
            instansi=used["instansi"] or used["sebutan"] or "-",
            status=(acting_label(sec) or "").upper(),
            jabatan=office_kind(sec),
        )
    else:
        variant = "not_head_inferred" if inferred else "not_planning_head"
        yield verdict(
            Outcome.VIOLATION, variant, path, used=used, jabatan=used["sebutan"] or office_kind(sec)
        )


@rule(
    "TKPK53-LDR-003",
    "53.vice-chair",
    regimes=(R53,),
    also_cited=(Citation(regulation=R42),),
    requires=(TEAM,),
    messages={
        "title": (
            "Wakil ketua adalah Sekda (praktik)",
            "The vice-chair is the sekda (practice)",
        ),
        "not_recorded": (
            "Wakil ketua tidak dicatat.",
            "The vice-chair is not recorded.",
        ),
        "ok": (
            "Wakil ketua adalah Sekretaris Daerah, sesuai praktik.",
            "The vice-chair is the regional secretary, as in practice.",
        ),
        "sekda_chairs": (
            "Sekretaris Daerah memimpin tim sebagai ketua; praktik wakil ketua = Sekda tidak"
            " relevan.",
            "The regional secretary chairs the team; the practice of sekda as vice-chair does not"
            " arise.",
        ),
        "none": (
            "Tim tidak mempunyai wakil ketua; dalam praktik Sekda menjadi wakil ketua (aturan"
            " 42/2010). Bukan kewajiban yang terbukti menurut 53/2020.",
            "The team has no vice-chair; in practice the sekda is vice-chair (a 42/2010 rule)."
            " Not a proven requirement under 53/2020.",
        ),
        "none.action": (
            "Pertimbangkan Sekda sebagai wakil ketua.",
            "Consider the sekda as vice-chair.",
        ),
        "office_not_recorded": (
            "Jabatan wakil ketua tidak dicatat.",
            "The vice-chair's office is not recorded.",
        ),
        "other": (
            "Wakil ketua adalah {jabatan}; dalam praktik Sekda. Bukan kewajiban yang terbukti"
            " menurut 53/2020.",
            "The vice-chair is the {jabatan}; in practice the sekda. Not a proven requirement"
            " under 53/2020.",
        ),
        "other.action": (
            "Pertimbangkan Sekda sebagai wakil ketua.",
            "Consider the sekda as vice-chair.",
        ),
    },
)
def VICE_CHAIR(ctx: Context) -> Iterator[Verdict]:
    """In practice the sekda is vice-chair (advisory only)."""
    team = the_team(ctx)
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


# -- Permendagri 42/2010 only -------------------------------------------------------------
# What the brief knows of 42/2010 is one row, all of it reported, with no article number:
# penanggung jawab = head of region, wakil ketua = sekda, wakil sekretaris = head of the
# community-empowerment agency.  The chair and the secretary are the shared rules above.


def _responsible(
    ctx: Context,
    path: str,
    kind: OfficeKind | None,
    used: dict[str, object],
    vacant: bool = False,
    title: str | None = None,
) -> Verdict:
    """RESPONSIBLE past its compliant cases, given whether the head's post is vacant."""
    head = HEAD[ctx.level]
    if vacant:
        return verdict(
            Outcome.NOT_APPLICABLE, "vacant", path, used=used, diharapkan=head, jabatan=kind
        )
    if kind not in HEAD.values() and title is not None and names_head_of_region(title, ctx.level):
        # Another office with a head of region's title: the record contradicts itself.
        return _contradicted(path, used, kind, title, diharapkan=head)
    if kind in HEAD.values():
        return verdict(
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
    return verdict(Outcome.VIOLATION, "not_head", path, used=used, jabatan=kind, diharapkan=head)


@rule(
    "TKPK42-LDR-001",
    "42.responsible",
    regimes=(R42,),
    requires=(TEAM,),
    lists=("kekosongan_jabatan",),  # a documented vacancy is its own case
    messages={
        "title": (
            "Penanggung jawab adalah kepala daerah (42/2010)",
            "The penanggung jawab is the head of region (42/2010)",
        ),
        **_VACANCY_OPEN,
        "not_recorded": (
            "Penanggung jawab tim tidak dicatat (seharusnya {diharapkan}).",
            "The team's penanggung jawab is not recorded (expected: {diharapkan}).",
        ),
        "none": (
            "Tim tidak mempunyai penanggung jawab; menurut 42/2010 seharusnya {diharapkan}.",
            "The team has no penanggung jawab; under 42/2010 it should be the {diharapkan}.",
        ),
        "none.action": (
            "Tetapkan {diharapkan} sebagai penanggung jawab dalam keputusan pembentukan.",
            "Name the {diharapkan} as penanggung jawab in the forming decree.",
        ),
        "ok": (
            "Penanggung jawab tim adalah {jabatan}.",
            "The penanggung jawab is the {jabatan}.",
        ),
        "ok_acting": (
            "Penanggung jawab tim adalah {jabatan} ({status}); status pejabat dicatat.",
            "The penanggung jawab is the {jabatan} ({status}); the acting status is recorded.",
        ),
        "office_not_recorded": (
            "Jabatan penanggung jawab tidak dicatat (seharusnya {diharapkan}).",
            "The penanggung jawab's office is not recorded (expected: {diharapkan}).",
        ),
        "vacant": (
            "Penanggung jawab adalah {jabatan}; jabatan {diharapkan} tercatat kosong pada tanggal"
            " ini, jadi bukan pelanggaran.",
            "The penanggung jawab is the {jabatan}; the {diharapkan} post is recorded as vacant on"
            " this date, so this is not a violation.",
        ),
        "title_mismatch": (
            "Penanggung jawab tercatat sebagai {jabatan}, padahal wilayah ini {tingkat} (seharusnya"
            " {diharapkan}); kemungkinan salah catat.",
            "The penanggung jawab is recorded as {jabatan}, but this region is a {tingkat}"
            " (expected: {diharapkan}); probably a recording error.",
        ),
        "title_mismatch.action": (
            "Periksa dan perbaiki jenis jabatan penanggung jawab.",
            "Check and correct the penanggung jawab's kind of office.",
        ),
        "not_head": (
            "Penanggung jawab adalah {jabatan}, bukan {diharapkan}.",
            "The penanggung jawab is the {jabatan}, not the {diharapkan}.",
        ),
        "office_unclear": (
            "Jenis jabatan penanggung jawab dicatat {jabatan}, tetapi sebutannya ({sebutan})"
            " menyebut kepala daerah: belum pasti apakah penanggung jawabnya {diharapkan}.",
            "The penanggung jawab's kind of office is recorded as {jabatan}, but the title"
            " ({sebutan}) names a head of region: whether it is the {diharapkan} is not certain.",
        ),
        "office_unclear.action": (
            "Periksa jabatan penanggung jawab pada SK dan catat jenis jabatan yang tepat.",
            "Check the penanggung jawab's office in the decree and record the right kind of"
            " office.",
        ),
        "not_head.action": (
            "Tetapkan {diharapkan} sebagai penanggung jawab.",
            "Name the {diharapkan} as penanggung jawab.",
        ),
    },
)
def RESPONSIBLE(ctx: Context) -> Iterator[Verdict]:
    """The penanggung jawab is the head of region (unless the post is documented vacant)."""
    team = the_team(ctx)
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
    title = _title(person)
    at = ctx.ask(_vacancy, head)
    if at is None or at.vacant is not None:
        yield _responsible(ctx, path, kind, used, vacant=bool(at and at.vacant), title=title)
        return
    # A start or end known only to its year or month, or an end not recorded.
    if_vacant = _responsible(ctx, path, kind, used, vacant=True)
    if_filled = _responsible(ctx, path, kind, used, title=title)
    yield _unless_open(ctx, path, head, at, if_vacant, if_filled)


def _title(person: Member | Official) -> str | None:
    """The title (``jabatan.sebutan``) recorded for ``person``, if any."""
    title = getattr(person.jabatan, "sebutan", None)
    return title if isinstance(title, str) else None


def _vice_42(
    path: str,
    kind: OfficeKind,
    used: dict[str, object],
    vacant: bool = False,
    title: str | None = None,
) -> Verdict:
    """VICE_CHAIR_42 for a vice-chair who is not the sekda, given whether that post is vacant."""
    if vacant:
        return verdict(Outcome.NOT_APPLICABLE, "vacant", path, used=used, jabatan=kind)
    if title is not None and names_regional_secretary(title):
        # Another office with the sekda's title: the record contradicts itself.
        return _contradicted(path, used, kind, title)
    return verdict(Outcome.VIOLATION, "not_sekda", path, used=used, jabatan=kind)


@rule(
    "TKPK42-LDR-002",
    "42.vice-chair",
    regimes=(R42,),
    requires=(TEAM,),
    lists=("kekosongan_jabatan",),  # a documented vacancy is its own case
    messages={
        "title": (
            "Wakil ketua adalah sekretaris daerah (42/2010)",
            "The vice-chair is the sekda (42/2010)",
        ),
        **_VACANCY_OPEN,
        "not_recorded": (
            "Wakil ketua tim tidak dicatat.",
            "The team's vice-chair is not recorded.",
        ),
        "sekda_chairs": (
            "Sekretaris daerah menjadi ketua tim, jadi tidak dapat sekaligus menjadi wakil ketua"
            " (lihat TKPK53-LDR-001).",
            "The sekda chairs the team, so cannot also be vice-chair (see TKPK53-LDR-001).",
        ),
        "none": (
            "Tim tidak mempunyai wakil ketua; menurut 42/2010 seharusnya sekretaris daerah.",
            "The team has no vice-chair; under 42/2010 it should be the sekda.",
        ),
        "none.action": (
            "Tetapkan sekretaris daerah sebagai wakil ketua.",
            "Name the sekda as vice-chair.",
        ),
        "ok": (
            "Wakil ketua tim adalah sekretaris daerah.",
            "The vice-chair is the sekda.",
        ),
        "ok_acting": (
            "Wakil ketua tim adalah sekretaris daerah ({status}); status pejabat dicatat.",
            "The vice-chair is the sekda ({status}); the acting status is recorded.",
        ),
        "office_not_recorded": (
            "Jabatan wakil ketua tidak dicatat (seharusnya sekretaris daerah).",
            "The vice-chair's office is not recorded (expected: the sekda).",
        ),
        "vacant": (
            "Wakil ketua adalah {jabatan}; jabatan sekretaris daerah tercatat kosong pada tanggal"
            " ini, jadi bukan pelanggaran.",
            "The vice-chair is the {jabatan}; the sekda post is recorded as vacant on this date,"
            " so this is not a violation.",
        ),
        "not_sekda": (
            "Wakil ketua adalah {jabatan}, bukan sekretaris daerah.",
            "The vice-chair is the {jabatan}, not the sekda.",
        ),
        "not_sekda.action": (
            "Tetapkan sekretaris daerah sebagai wakil ketua.",
            "Name the sekda as vice-chair.",
        ),
        "office_unclear": (
            "Jenis jabatan wakil ketua dicatat {jabatan}, tetapi sebutannya ({sebutan}) menyebut"
            " sekretaris daerah: belum pasti apakah wakil ketuanya sekretaris daerah.",
            "The vice-chair's kind of office is recorded as {jabatan}, but the title ({sebutan})"
            " names the sekda: whether the vice-chair is the sekda is not certain.",
        ),
        "office_unclear.action": (
            "Periksa jabatan wakil ketua pada SK dan catat jenis jabatan yang tepat.",
            "Check the vice-chair's office in the decree and record the right kind of office.",
        ),
    },
)
def VICE_CHAIR_42(ctx: Context) -> Iterator[Verdict]:
    """The vice-chair is the sekda (binding as reported under 42/2010)."""
    team = the_team(ctx)
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
    else:
        title = _title(vice)
        at = ctx.ask(_vacancy, sekda)
        if at is None or at.vacant is not None:
            yield _vice_42(path, kind, used, vacant=bool(at and at.vacant), title=title)
            return
        # A start or end known only to its year or month, or an end not recorded.
        if_vacant = _vice_42(path, kind, used, vacant=True)
        yield _unless_open(ctx, path, sekda, at, if_vacant, _vice_42(path, kind, used, title=title))


@rule(
    "TKPK42-LDR-003",
    "42.vice-secretary",
    regimes=(R42,),
    requires=(TEAM,),
    messages={
        "title": (
            "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat (42/2010)",
            "The vice-secretary heads the community-empowerment agency (42/2010)",
        ),
        "not_recorded": (
            "Wakil sekretaris tim tidak dicatat.",
            "The team's vice-secretary is not recorded.",
        ),
        "none": (
            "Tim tidak mempunyai wakil sekretaris; menurut 42/2010 seharusnya kepala perangkat"
            " daerah pemberdayaan masyarakat.",
            "The team has no vice-secretary; under 42/2010 it should be the head of the"
            " community-empowerment agency.",
        ),
        "none.action": (
            "Tetapkan kepala perangkat daerah pemberdayaan masyarakat (BPMD atau sebutan lain)"
            " sebagai wakil sekretaris.",
            "Name the head of the community-empowerment agency (BPMD or its local name) as"
            " vice-secretary.",
        ),
        "ok": (
            "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat ({instansi}).",
            "The vice-secretary heads the community-empowerment agency ({instansi}).",
        ),
        "ok_acting": (
            "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat ({instansi}),"
            " berstatus {status}; status pejabat dicatat.",
            "The vice-secretary heads the community-empowerment agency ({instansi}) as {status};"
            " the acting status is recorded.",
        ),
        "ok_inferred": (
            "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat: disimpulkan"
            " dari nama instansi ({instansi}), karena jenis jabatan tidak dicatat.",
            "The vice-secretary heads the community-empowerment agency: inferred from the agency"
            " name ({instansi}), as the kind of office is not recorded.",
        ),
        "ok_agency_head": (
            "Wakil sekretaris adalah kepala perangkat daerah pemberdayaan masyarakat: jenis"
            " jabatannya dicatat {jabatan}, dan instansi yang dipimpinnya ({instansi}) adalah"
            " perangkat daerah pemberdayaan masyarakat.",
            "The vice-secretary heads the community-empowerment agency: the kind of office is"
            " recorded as {jabatan}, and the agency headed ({instansi}) is the"
            " community-empowerment agency.",
        ),
        "office_unclear": (
            "Jenis jabatan wakil sekretaris dicatat {jabatan} (sebutan/instansi: {sebutan});"
            " dari catatan itu belum pasti apakah ia kepala perangkat daerah pemberdayaan"
            " masyarakat: keduanya tidak sejalan, atau instansinya tidak dikenali.",
            "The vice-secretary's kind of office is recorded as {jabatan} (title/agency:"
            " {sebutan}); from that record it is not certain whether they head the"
            " community-empowerment agency: the two do not agree, or the agency is not"
            " recognised.",
        ),
        "office_unclear.action": (
            "Periksa jabatan wakil sekretaris pada SK dan catat jenis jabatan yang tepat"
            " (misalnya kepala_pemberdayaan_masyarakat).",
            "Check the vice-secretary's office in the decree and record the right kind of office"
            " (for example kepala_pemberdayaan_masyarakat).",
        ),
        "office_not_recorded": (
            "Jabatan wakil sekretaris tidak dicatat dan tidak dapat disimpulkan dari nama"
            " instansi.",
            "The vice-secretary's office is not recorded and cannot be inferred from an agency"
            " name.",
        ),
        "not_head": (
            "Wakil sekretaris adalah {jabatan}, bukan kepala perangkat daerah pemberdayaan"
            " masyarakat.",
            "The vice-secretary is the {jabatan}, not the head of the community-empowerment"
            " agency.",
        ),
        "not_head.action": (
            "Tetapkan kepala perangkat daerah pemberdayaan masyarakat sebagai wakil sekretaris.",
            "Name the head of the community-empowerment agency as vice-secretary.",
        ),
    },
)
def VICE_SECRETARY(ctx: Context) -> Iterator[Verdict]:
    """The vice-secretary heads the community-empowerment agency, whatever it is called."""
    team = the_team(ctx)
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
        kind = office_kind(person)
        yield verdict(
            Outcome.UNDETERMINED,
            "office_not_recorded" if isinstance(kind, NotRecorded) else "office_unclear",
            path,
            used=used,
            missing=(f"{path}.jabatan.jenis",),
            extra=_unclear(kind, used),
        )
    elif head:
        variant = "ok_inferred" if inferred else ("ok_acting" if acting else "ok")
        if inferred and not isinstance(office_kind(person), NotRecorded):
            variant = "ok_agency_head"  # kepala_perangkat_daerah of the empowerment agency
        yield verdict(
            Outcome.COMPLIANT,
            variant,
            path,
            used=used,
            instansi=used["instansi"] or used["sebutan"] or "-",
            status=(acting or "").upper(),
            jabatan=office_kind(person),
        )
    else:
        yield verdict(
            Outcome.VIOLATION,
            "not_head",
            path,
            used=used,
            jabatan=used["sebutan"] or office_kind(person),
        )


def _unclear(kind: OfficeKind | NotRecorded, used: dict[str, object]) -> dict[str, object]:
    """The parameters of ``office_unclear``: the kind recorded and the words beside it."""
    if isinstance(kind, NotRecorded):
        return {}
    words = [w for w in (used["sebutan"], used["instansi"]) if isinstance(w, str)]
    return {"jabatan": kind, "sebutan": "; ".join(words) or "-"}


RULES = (CHAIR, SECRETARY, VICE_CHAIR, RESPONSIBLE, VICE_CHAIR_42, VICE_SECRETARY)
