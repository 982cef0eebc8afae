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

from collections.abc import Iterator

from tkpk_rules.judge import (
    ISSUER,
    acting_label,
)
from tkpk_rules.law import HANDOVER_EARLIEST, PROVISIONS, Citation, Support, identify
from tkpk_rules.law.parameters import value
from tkpk_rules.model import Instrument, InstrumentKind, NotRecorded, date_bounds
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import R42, R53, Context, Verdict, rule, under_42, verdict
from tkpk_rules.rules.formation import TEAM, the_team

__all__ = ["FORM", "ISSUED_BY_HEAD", "REPLACED_BASIS"]

_CITATION = PROVISIONS["53.instrument"].citation


def _instrument(ctx: Context) -> Instrument | Verdict:
    team = the_team(ctx)
    path = ctx.team.path
    if isinstance(team.pembentukan, NotRecorded):
        return verdict(Outcome.UNDETERMINED, "not_recorded", path, missing=(f"{path}.pembentukan",))
    return team.pembentukan


@rule(
    "TKPK53-INS-001",
    "53.instrument",
    regimes=(R42, R53),
    also_cited=(Citation(regulation="perpres-15-2010"),),
    bases=(under_42("42.instrument", Citation(regulation="perpres-15-2010")),),
    requires=(TEAM,),
    messages={
        "title": (
            "Tim dibentuk oleh kepala daerah",
            "The team is formed by the head of region",
        ),
        "not_recorded": (
            "Instrumen pembentukan tim tidak dicatat.",
            "The instrument forming the team is not recorded.",
        ),
        "not_recorded.action": (
            "Catat keputusan pembentukan: jenis, penerbit, nomor, tanggal.",
            "Record the forming decree: form, issuer, number, date.",
        ),
        "issuer_not_recorded": (
            "Penerbit instrumen pembentukan tidak dicatat (seharusnya {diharapkan}).",
            "Who issued the forming instrument is not recorded (expected: {diharapkan}).",
        ),
        "ok": (
            "Tim dibentuk dengan instrumen {penerbit}.",
            "The team was formed by an instrument of the {penerbit}.",
        ),
        "ok_acting": (
            "Tim dibentuk dengan instrumen {penerbit}, ditandatangani pejabat {status}; dicatat"
            " sebagai fakta.",
            "The team was formed by an instrument of the {penerbit}, signed by an acting official"
            " ({status}); recorded as a fact.",
        ),
        "wrong_issuer": (
            "Instrumen pembentukan diterbitkan oleh {penerbit}, bukan {diharapkan}.",
            "The forming instrument was issued by {penerbit}, not by the {diharapkan}.",
        ),
        "wrong_issuer.action": (
            "Terbitkan keputusan pembentukan oleh {diharapkan}.",
            "Have the {diharapkan} issue the forming decree.",
        ),
    },
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
    support=Support.PRACTICE,
    regimes=(R42, R53),
    bases=(under_42("42.instrument", support=Support.PRACTICE),),
    requires=(TEAM,),
    messages={
        "title": (
            "Bentuk instrumen: keputusan (peraturan diterima)",
            "Form of instrument: a decree (a regulation is accepted)",
        ),
        "not_recorded": (
            "Instrumen pembentukan tim tidak dicatat.",
            "The instrument forming the team is not recorded.",
        ),
        "form_not_recorded": (
            "Bentuk instrumen (keputusan atau peraturan) tidak dicatat.",
            "The form of the instrument (decree or regulation) is not recorded.",
        ),
        "keputusan": (
            "Tim dibentuk dengan keputusan, bentuk yang disebut sumber.",
            "The team was formed by a decree, the form the source names.",
        ),
        "peraturan": (
            "Tim dibentuk dengan peraturan kepala daerah, bukan keputusan. Diterima (banyak daerah"
            " melakukannya), tetapi sumber menyebut keputusan.",
            "The team was formed by a regulation of the head of region rather than a decree."
            " Accepted (many regions do this), but the source names a decree.",
        ),
        "peraturan.action": (
            "Pada penerbitan berikutnya, pertimbangkan bentuk keputusan.",
            "When the instrument is next issued, consider the decree form.",
        ),
    },
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
    regimes=(R53,),
    also_cited=(Citation(regulation=R42),),
    requires=(TEAM,),
    messages={
        "title": (
            "Keputusan tim tidak lagi berdasar peraturan yang telah diganti (praktik)",
            "The team's decree no longer rests on replaced law (practice)",
        ),
        "not_recorded": (
            "Instrumen pembentukan tim tidak dicatat.",
            "The instrument forming the team is not recorded.",
        ),
        "not_recorded.action": (
            "Catat keputusan pembentukan beserta dasar hukumnya (dasar_hukum).",
            "Record the forming decree with its legal basis (dasar_hukum).",
        ),
        "basis_not_recorded": (
            "Dasar hukum keputusan pembentukan tim tidak dicatat, jadi tidak diketahui apakah masih"
            " menyebut Permendagri 42/2010.",
            "The legal basis of the forming decree is not recorded, so whether it still names"
            " Permendagri 42/2010 is unknown.",
        ),
        "cites_current": (
            "Keputusan pembentukan tim menyebut Permendagri 53/2020 sebagai dasar hukum.",
            "The forming decree names Permendagri 53/2020 as its basis.",
        ),
        "other_basis": (
            "Keputusan pembentukan tim tidak menyebut Permendagri 42/2010.",
            "The forming decree does not name Permendagri 42/2010.",
        ),
        "cites_replaced": (
            "Keputusan pembentukan tim (nomor {nomor}, {tanggal_keputusan}) masih berdasar"
            " Permendagri 42/2010, padahal kini yang berlaku Permendagri 53/2020. Yang berubah,"
            " menurut sumber yang dilaporkan (teks pasalnya belum diverifikasi):"
            " dokumen lima tahunan SPKD diganti RPKD yang disusun sebelum atau bersama RPJMD; tim"
            " bekerja dengan agenda kerja tahunan, RAT dan laporan pelaksanaan tahunan, melalui"
            " paling sedikit {minimum} rapat koordinasi setahun; wakil ketua (sekda) dan wakil"
            " sekretaris (kepala perangkat daerah pemberdayaan masyarakat) tidak lagi terbukti"
            " wajib; ketua (wakil kepala daerah) dan sekretaris (kepala badan perencanaan) tetap"
            " menurut sumber yang ada (satu sumber). Masa peralihan tidak diketahui; dalam praktik"
            " daerah menerbitkan ulang keputusannya pada 2021-2022.",
            "The forming decree (number {nomor}, {tanggal_keputusan}) still rests on Permendagri"
            " 42/2010, while Permendagri 53/2020 now governs. What changed, as reported (the"
            " articles' text is not verified): the five-year SPKD gave"
            " way to the RPKD, drafted before or together with the RPJMD; the team works from an"
            " annual work agenda, a RAT and a yearly implementation report, through at least"
            " {minimum} coordination meetings a year; the vice-chair (sekda) and vice-secretary"
            " (head of the community-empowerment agency) are no longer shown to be required; the"
            " chair (deputy head) and secretary (planning head) stay, as far as the sources show"
            " (single source). No transition period is known; in practice regions re-issued their"
            " decrees in 2021-2022.",
        ),
        "cites_replaced.action": (
            "Pertimbangkan menerbitkan ulang keputusan pembentukan dengan dasar Permendagri"
            " 53/2020.",
            "Consider re-issuing the forming decree on the basis of Permendagri 53/2020.",
        ),
        "formed_before": (
            "Keputusan pembentukan tim (nomor {nomor}, {tanggal_keputusan}) terbit sebelum"
            " Permendagri 53/2020 dapat berlaku, jadi dibuat menurut aturan lama (42/2010); dasar"
            " hukumnya tidak dicatat. Menurut 53/2020, sebagaimana dilaporkan (teks pasalnya"
            " belum diverifikasi), tim bekerja dengan RPKD, agenda kerja"
            " tahunan,"
            " RAT, laporan pelaksanaan tahunan dan paling sedikit {minimum} rapat koordinasi"
            " setahun."
            " Dalam praktik daerah menerbitkan ulang keputusannya pada 2021-2022.",
            "The forming decree (number {nomor}, {tanggal_keputusan}) predates any day Permendagri"
            " 53/2020 can have governed, so it was made under the old rules (42/2010); its basis is"
            " not recorded. Under 53/2020, as reported (the articles' text is not verified), the"
            " team works from an RPKD, an annual work agenda, a"
            " RAT,"
            " a yearly implementation report and at least {minimum} coordination meetings a year."
            " In practice regions re-issued their decrees in 2021-2022.",
        ),
        "formed_before.action": (
            "Pertimbangkan menerbitkan ulang keputusan pembentukan dengan dasar Permendagri"
            " 53/2020,"
            " atau catat keputusan yang lebih baru.",
            "Consider re-issuing the forming decree on the basis of Permendagri 53/2020, or record"
            " the newer decree.",
        ),
    },
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
        "tanggal_keputusan": "-" if isinstance(inst.tanggal, NotRecorded) else inst.tanggal,
        "minimum": value("minimum_rapat_koordinasi", R53),
    }
    if isinstance(inst.dasar_hukum, NotRecorded):
        bounds = date_bounds(inst.tanggal)  # a decree of "2019" was surely formed before
        if bounds is not None and bounds[1] < HANDOVER_EARLIEST:
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
