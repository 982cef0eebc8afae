"""The annual work agenda (``53.agenda``) and what it holds (``53.agenda-contents``).

Both are yearly: on a date, the previous year (over) and the current year
(still running) are judged.  A year still running never gives a violation.

What the agenda must hold: the work plan for drafting the RPKD, for the RAT
and for the implementation report.  An item counts for a topic when its
``kegiatan`` is that work (``penyusunan_rat``...) or its ``pembahasan`` names
the topic.  The source does not say whether RPKD work must be planned in a
year when an RPKD is already in force: then a missing RPKD item is
undetermined, not a violation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from tkpk_rules.judge import (
    covering,
    documents_on,
    is_adopted,
    partial_lists,
)
from tkpk_rules.model import (
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    ImpreciseDate,
    NotRecorded,
    Topic,
    YearRange,
    date_bounds,
)
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import Context, Verdict, rule, verdict
from tkpk_rules.rules._docs import _documents_on, open_adoptions, open_facts

__all__ = ["AGENDA", "AGENDA_CONTENTS"]

_TOPIC_OF_KIND = {
    AgendaItemKind.PENYUSUNAN_RPKD: Topic.RPKD,
    AgendaItemKind.PENYUSUNAN_RAT: Topic.RAT,
    AgendaItemKind.LAPORAN_PELAKSANAAN: Topic.LAPORAN_PELAKSANAAN,
}
_REQUIRED = (Topic.RPKD, Topic.RAT, Topic.LAPORAN_PELAKSANAAN)


def _shown(day: object) -> object:
    """A day as it is (a date); a year or month as written (``2024``, ``2024-05``)."""
    return str(day) if isinstance(day, ImpreciseDate) else day


def _agendas(ctx: Context) -> list[tuple[str, AnnualAgenda] | Verdict] | Verdict:
    """The agendas of the year there by the date judged, each as its path and agenda, or
    as the *adoption open* verdict of one adopted in a year or month that holds the date.

    A verdict alone when agendas are not recorded.
    """
    year = ctx.year
    agendas = ctx.dossier.agenda_kerja
    if isinstance(agendas, NotRecorded):
        return verdict(
            Outcome.UNDETERMINED,
            "not_recorded",
            "agenda_kerja",
            missing=("agenda_kerja",),
            year=year,
        )
    out: list[tuple[str, AnnualAgenda] | Verdict] = []
    for i, a in enumerate(agendas):
        if a.tahun == year:
            bounds = date_bounds(a.ditetapkan)
            if bounds is not None and bounds[0] > ctx.on:
                continue  # adopted after the date judged: not there yet
            if bounds is not None and bounds[1] > ctx.on:
                # Adopted in a month or year that holds the date judged: there or not yet.
                out.append(
                    verdict(
                        Outcome.UNDETERMINED,
                        "adoption_open",
                        f"agenda_kerja[{i}]",
                        missing=(f"agenda_kerja[{i}].ditetapkan",),
                        year=year,
                        ditetapkan=a.ditetapkan,
                    )
                )
            else:
                out.append((f"agenda_kerja[{i}]", a))
    return out


def _agenda(ctx: Context) -> tuple[str, AnnualAgenda] | Verdict | None:
    """The year's agenda for :data:`AGENDA`: one surely there, adopted ones first."""
    found = _agendas(ctx)
    if isinstance(found, Verdict):
        return found
    there = [c for c in found if not isinstance(c, Verdict)]
    # Several agendas of one year (a draft and the adopted one): any one there exists, and
    # the one shown is one surely there: dated, then a draft (there whenever written), then
    # one whose adoption is not recorded (it may have come after the date judged).
    there.sort(key=lambda c: 1 if c[1].ditetapkan is None else 0 if _adopted(c[1]) else 2)
    return (there or found or [None])[0]


def _adopted(agenda: AnnualAgenda) -> tuple[dt.date, dt.date] | None:
    """The bounds of the agenda's adoption date; ``None`` when not adopted or not recorded."""
    return date_bounds(agenda.ditetapkan)


#: An agenda adopted in a year or month that holds the date judged: both agenda rules say so.
_ADOPTION_OPEN = {
    "adoption_open": (
        "Agenda kerja tahun {tahun} ditetapkan {ditetapkan}: belum pasti sudah ada pada"
        " tanggal penilaian (hanya tahun atau bulannya yang diketahui).",
        "The {tahun} work agenda was adopted in {ditetapkan}: whether it existed on the date"
        " judged is open (only the year or month is known).",
    ),
    "adoption_open.action": (
        "Catat tanggal lengkap penetapan agenda kerja.",
        "Record the full date the work agenda was adopted.",
    ),
}


@rule(
    "TKPK53-AGD-001",
    "53.agenda",
    yearly=True,
    messages={
        "title": ("Agenda kerja tahunan", "Annual work agenda"),
        **_ADOPTION_OPEN,
        "not_recorded": (
            "Agenda kerja tahun {tahun} tidak dapat dinilai: agenda kerja tidak dicatat.",
            "The {tahun} work agenda cannot be judged: agendas are not recorded.",
        ),
        "missing": (
            "Tidak ada agenda kerja tahunan untuk tahun {tahun}.",
            "There is no annual work agenda for {tahun}.",
        ),
        "missing.action": (
            "Tetapkan agenda kerja tahunan untuk setiap tahun, atau catat yang sudah ada.",
            "Adopt an annual work agenda for every year, or record the existing one.",
        ),
        "missing_running": (
            "Belum ada agenda kerja tercatat untuk tahun {tahun} yang sedang berjalan.",
            "No work agenda is recorded yet for {tahun}, which is still running.",
        ),
        "missing_running.action": (
            "Tetapkan agenda kerja tahun {tahun}, atau catat yang sudah ada.",
            "Adopt the {tahun} work agenda, or record the existing one.",
        ),
        "ok": (
            "Ada agenda kerja tahunan untuk tahun {tahun} (ditetapkan: {ditetapkan}).",
            "There is an annual work agenda for {tahun} (adopted: {ditetapkan}).",
        ),
        "ok_draft": (
            "Ada agenda kerja tahun {tahun}, tetapi tercatat belum ditetapkan (draf); ringkasan"
            " aturan tidak menyebut apakah agenda harus ditetapkan.",
            "There is a work agenda for {tahun}, but it is recorded as not adopted (a draft);"
            " the brief of the law does not say whether the agenda must be adopted.",
        ),
        "ok_draft.action": (
            "Catat tanggal penetapan agenda (ditetapkan) bila sudah ditetapkan.",
            "Record the agenda's adoption date (ditetapkan) once it is adopted.",
        ),
    },
)
def AGENDA(ctx: Context) -> Iterator[Verdict]:
    """An annual work agenda exists for the year."""
    found = _agenda(ctx)
    if isinstance(found, Verdict):
        yield found
    elif found is None:
        if ctx.year_over:
            yield verdict(Outcome.VIOLATION, "missing", "agenda_kerja", year=ctx.year)
        else:
            yield verdict(
                Outcome.UNDETERMINED,
                "missing_running",
                "agenda_kerja",
                advisory=True,
                year=ctx.year,
            )
    else:
        path, agenda = found
        if agenda.ditetapkan is None:
            # Recorded as not adopted: said, not judged (as a RAT only in draft, DOC-004).
            yield verdict(Outcome.COMPLIANT, "ok_draft", path, advisory=True, year=ctx.year)
            return
        yield verdict(
            Outcome.COMPLIANT,
            "ok",
            path,
            year=ctx.year,
            ditetapkan=_shown(agenda.ditetapkan) if agenda.ditetapkan else None,
        )


def _weight(ctx: Context, candidate: tuple[str, AnnualAgenda] | Verdict) -> tuple[int, int]:
    """Which of several agreeing agendas the finding is said of (lowest first)."""
    if isinstance(candidate, Verdict):
        return (2, 0)
    path, agenda = candidate
    partial = bool(partial_lists(ctx.dossier, [f"{path}.kegiatan"]))
    return (0 if partial else 1, 1 if isinstance(agenda.ditetapkan, NotRecorded) else 0)


def _lacking_in_all(
    found: list[tuple[str, AnnualAgenda] | Verdict], each: list[Verdict]
) -> list[Topic]:
    """The work every agenda of the year lacks, when each one's finding is *missing_items*."""
    if not all((v.outcome, v.variant) == (Outcome.VIOLATION, "missing_items") for v in each):
        return []
    common: set[Topic] | None = None
    for c in found:
        assert not isinstance(c, Verdict)
        kegiatan = c[1].kegiatan
        planned = _planned(kegiatan) if not isinstance(kegiatan, NotRecorded) else set()
        absent = {t for t in _REQUIRED if t not in planned}
        common = absent if common is None else common & absent
    return [t for t in _REQUIRED if common and t in common]


def _planned(items: tuple[AgendaItem, ...]) -> set[Topic]:
    """The work an agenda's items plan: by their kind, and by their recorded topics."""
    topics: set[Topic] = set()
    for item in items:
        if item.kegiatan in _TOPIC_OF_KIND:
            topics.add(_TOPIC_OF_KIND[item.kegiatan])
        if not isinstance(item.pembahasan, NotRecorded):
            topics.update(item.pembahasan)
    return topics


def _contents(ctx: Context, path: str, agenda: AnnualAgenda) -> Verdict:
    """:data:`AGENDA_CONTENTS`'s verdict on one agenda of the year."""
    return next(_judge_contents(ctx, path, agenda))


def _rpkd_open(ctx: Context) -> bool:
    """Whether the record leaves open that an RPKD is in force in the year judged: the
    documents not recorded, an RPKD covering the year, one whose period is not recorded,
    or a document list recorded in part."""
    rpkds = ctx.ask(_documents_on, DocumentKind.RPKD, frozenset())  # shared by the check
    if rpkds is None:
        return True
    year = ctx.year or 0
    for _, d in rpkds:
        # One covering the year (``covering`` without its order), or one whose period is
        # not recorded.
        if not isinstance(d.periode, YearRange) or year in d.periode:
            return True
    return bool(partial_lists(ctx.dossier, ["dokumen"]))


def _judge_contents(ctx: Context, path: str, agenda: AnnualAgenda) -> Iterator[Verdict]:
    if isinstance(agenda.kegiatan, NotRecorded):
        yield verdict(
            Outcome.UNDETERMINED,
            "items_not_recorded",
            path,
            missing=(f"{path}.kegiatan",),
            year=ctx.year,
        )
        return
    topics = _planned(agenda.kegiatan)
    absent = [t for t in _REQUIRED if t not in topics]
    used = {
        "ada": tuple(t.value for t in _REQUIRED if t in topics),
        "tidak_ada": tuple(t.value for t in absent),
    }
    if not absent:
        yield verdict(Outcome.COMPLIANT, "ok", path, used=used, year=ctx.year)
        return
    if absent == [Topic.RPKD]:
        # The rule does not require the document list as a whole (the other items are
        # judged without it), so an unrecorded list is possible here.
        rpkds = documents_on(ctx.dossier, DocumentKind.RPKD, ctx.on)
        if rpkds is None:
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_unknown",
                path,
                used=used,
                missing=("dokumen",),
                year=ctx.year,
            )
            return
        covers = covering(rpkds, ctx.year or 0)
        found = dict(rpkds)
        # Surely adopted by the date judged; one whose adoption date is not recorded (or
        # only its year or month, still open on this date) may not be there yet.
        still_open = {p for p, _ in open_adoptions(ctx)}
        open_dates = [m for p in covers if p in still_open for m in open_facts(ctx.dossier, p)]
        there = [p for p in covers if p not in still_open]
        in_force = [p for p in there if is_adopted(found[p]) is not False]
        if there and not in_force and not open_dates:
            # Only drafts cover the year: no RPKD is in force, one is being drafted.
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_draft_only",
                path,
                used={**used, "rpkd_draf": tuple(there)},
                missing=("teks Permendagri 53/2020: isi agenda kerja tahunan",),
                year=ctx.year,
            )
            return
        if in_force:
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_in_force",
                path,
                used={**used, "rpkd_berlaku": tuple(in_force)},
                missing=("teks Permendagri 53/2020: isi agenda kerja tahunan",),
                year=ctx.year,
            )
            return
        # An RPKD whose period is not recorded, or one left out of a list recorded in
        # part, may be in force that year: the case just above, which is open.
        unknown = [f"{p}.periode" for p, d in rpkds if not isinstance(d.periode, YearRange)]
        unknown += [*open_dates, *partial_lists(ctx.dossier, ["dokumen"])]
        if unknown:
            yield verdict(
                Outcome.UNDETERMINED,
                "rpkd_may_be_in_force",
                path,
                used=used,
                missing=tuple(unknown),
                year=ctx.year,
                alasan=", ".join(unknown),
            )
            return
    if Topic.RPKD in absent and _rpkd_open(ctx):
        # Other work is missing too: the finding rests on that alone, since whether RPKD
        # work must be planned in a year an RPKD is (or may be) in force is open (above).
        absent = [t for t in absent if t is not Topic.RPKD]
    # An item whose kind names no work (a meeting, another activity) may carry the missing
    # work in its topics: when they are not recorded, or recorded in part, it may be there.
    topics_of: list[str] = []
    unrecorded: list[str] = []
    for i, item in enumerate(agenda.kegiatan):
        if item.kegiatan not in _TOPIC_OF_KIND:
            topics_of.append(f"{path}.kegiatan[{i}].pembahasan")
            if isinstance(item.pembahasan, NotRecorded):
                unrecorded.append(topics_of[-1])
    open_topics = [*unrecorded, *partial_lists(ctx.dossier, topics_of)]
    if open_topics:
        yield verdict(
            Outcome.UNDETERMINED,
            "topics_open",
            path,
            used={**used, "pembahasan_belum_lengkap": tuple(open_topics)},
            missing=tuple(open_topics),
            year=ctx.year,
            kurang=tuple(t.value for t in absent),
        )
        return
    yield verdict(
        Outcome.VIOLATION,
        "missing_items",
        path,
        used=used,
        year=ctx.year,
        kurang=tuple(t.value for t in absent),
    )


@rule(
    "TKPK53-AGD-002",
    "53.agenda-contents",
    yearly=True,
    lists=("agenda_kerja[].kegiatan",),
    messages={
        "not_recorded": (
            "Isi agenda tahun {tahun} tidak dapat dinilai: agenda kerja tidak dicatat.",
            "The {tahun} agenda's contents cannot be judged: agendas are not recorded.",
        ),
        "title": (
            "Agenda memuat RPKD, RAT dan laporan pelaksanaan",
            "The agenda covers the RPKD, RAT and implementation report",
        ),
        **_ADOPTION_OPEN,
        "no_agenda": (
            "Tidak ada agenda tahun {tahun} dalam catatan; isinya tidak dinilai (lihat"
            " TKPK53-AGD-001).",
            "No {tahun} agenda is recorded; its contents are not judged (see TKPK53-AGD-001).",
        ),
        "items_not_recorded": (
            "Kegiatan dalam agenda tahun {tahun} tidak dicatat.",
            "The items of the {tahun} agenda are not recorded.",
        ),
        "ok": (
            "Agenda tahun {tahun} memuat rencana kerja RPKD, RAT dan laporan pelaksanaan.",
            "The {tahun} agenda plans work on the RPKD, the RAT and the implementation report.",
        ),
        "rpkd_in_force": (
            "Agenda tahun {tahun} memuat RAT dan laporan pelaksanaan tetapi tidak memuat RPKD,"
            " sementara RPKD yang berlaku sudah ada. Sumber tidak menjelaskan apakah rencana kerja"
            " RPKD tetap harus dimuat pada tahun seperti itu.",
            "The {tahun} agenda covers the RAT and the implementation report but not the RPKD,"
            " while an RPKD is already in force. The source does not say whether RPKD work must"
            " still be planned in such a year.",
        ),
        "rpkd_in_force.action": (
            "Tidak ada yang perlu dicatat untuk pertanyaan ini: biarkan belum ditentukan sampai"
            " teks resmi Permendagri 53/2020 dibaca.",
            "Nothing to record for this question: leave it undetermined until the official"
            " text of Permendagri 53/2020 is read.",
        ),
        "rpkd_draft_only": (
            "Agenda tahun {tahun} memuat RAT dan laporan pelaksanaan tetapi tidak memuat RPKD,"
            " sementara RPKD yang mencakup tahun itu tercatat baru berupa draf. Ringkasan aturan"
            " tidak menjelaskan apakah penyusunan RPKD yang sedang berjalan harus dimuat dalam"
            " agenda.",
            "The {tahun} agenda covers the RAT and the implementation report but not the RPKD,"
            " while the RPKD covering that year is recorded only as a draft. The brief of the"
            " law does not say whether an RPKD already being drafted must be planned in the"
            " agenda.",
        ),
        "rpkd_draft_only.action": (
            "Bila RPKD itu sudah ditetapkan, catat penetapannya; bila belum, biarkan belum"
            " ditentukan sampai teks resmi Permendagri 53/2020 dibaca.",
            "If that RPKD has been adopted, record its adoption; if not, leave this"
            " undetermined until the official text of Permendagri 53/2020 is read.",
        ),
        "rpkd_unknown": (
            "Agenda tahun {tahun} memuat RAT dan laporan pelaksanaan tetapi tidak memuat RPKD;"
            " dokumen perencanaan tidak dicatat, jadi tidak diketahui apakah RPKD yang berlaku"
            " sudah ada.",
            "The {tahun} agenda covers the RAT and the implementation report but not the RPKD;"
            " planning documents are not recorded, so whether an RPKD is already in force is"
            " unknown.",
        ),
        "rpkd_may_be_in_force": (
            "Agenda tahun {tahun} memuat RAT dan laporan pelaksanaan tetapi tidak memuat RPKD;"
            " catatan tidak menunjukkan apakah RPKD yang berlaku sudah ada ({alasan}).",
            "The {tahun} agenda covers the RAT and the implementation report but not the RPKD;"
            " the record does not show whether an RPKD is already in force ({alasan}).",
        ),
        "rpkd_may_be_in_force.action": (
            "Catat periode (periode) dan tanggal penetapan (ditetapkan) setiap RPKD, dan daftar"
            " dokumen selengkapnya.",
            "Record each RPKD's period (periode) and adoption date (ditetapkan), and the full"
            " list of documents.",
        ),
        "topics_open": (
            "Agenda tahun {tahun} tidak menyebut rencana kerja: {kurang}; pokok bahasan sebagian"
            " kegiatannya (rapat dan lainnya) tidak dicatat atau dicatat sebagian, jadi bisa jadi"
            " memuatnya.",
            "The {tahun} agenda names no work plan for: {kurang}; the topics of some of its items"
            " (meetings and others) are not recorded, or recorded in part, so they may hold it.",
        ),
        "topics_open.action": (
            "Catat pokok bahasan (pembahasan) setiap rapat dan kegiatan lain dalam agenda.",
            "Record the topics (pembahasan) of every meeting and other item in the agenda.",
        ),
        "agendas_differ": (
            "Ada {jumlah} agenda kerja tahun {tahun} ({agenda}) yang hasil penilaiannya berbeda;"
            " catatan tidak menunjukkan mana agenda yang berlaku untuk tahun itu.",
            "There are {jumlah} work agendas for {tahun} ({agenda}), and the finding differs"
            " between them; the record does not show which one is the year's agenda.",
        ),
        "agendas_differ.action": (
            "Catat hanya agenda kerja yang berlaku untuk tahun itu (bukan draf atau versi yang"
            " sudah diganti), atau lengkapi isi setiap agenda.",
            "Record only the agenda in force for the year (not a draft or a version replaced),"
            " or complete each agenda's contents.",
        ),
        "missing_items": (
            "Agenda tahun {tahun} tidak memuat rencana kerja: {kurang}.",
            "The {tahun} agenda has no work plan for: {kurang}.",
        ),
        "missing_items.action": (
            "Tambahkan kegiatan untuk {kurang} dalam agenda kerja.",
            "Add items for {kurang} to the work agenda.",
        ),
    },
)
def AGENDA_CONTENTS(ctx: Context) -> Iterator[Verdict]:
    """The year's agenda plans work on the RPKD, the RAT and the implementation report."""
    found = _agendas(ctx)
    if isinstance(found, Verdict):
        yield found
        return
    if not found:
        yield verdict(Outcome.NOT_APPLICABLE, "no_agenda", "agenda_kerja", year=ctx.year)
        return
    if any(not isinstance(c, Verdict) and _adopted(c[1]) is not None for c in found):
        # A draft is not an adopted agenda: beside an adopted one, it is not the year's.
        found = [c for c in found if isinstance(c, Verdict) or c[1].ditetapkan is not None]
    each = [c if isinstance(c, Verdict) else _contents(ctx, *c) for c in found]
    first = each[0]
    if len(each) == 1:
        yield first
        return
    same = all(
        (v.outcome, v.variant, v.params) == (first.outcome, first.variant, first.params)
        for v in each
    )
    lacking = _lacking_in_all(found, each)
    if same or lacking:
        # The same finding whichever agenda is the year's, said of the agenda the engine
        # must weigh: one whose items are recorded in part (it may hold what is missing),
        # else a dated one (an undated one may not have existed), else the first.
        order = sorted(range(len(found)), key=lambda i: _weight(ctx, found[i]))
        chosen, v = found[order[0]], each[order[0]]
        missing = tuple(dict.fromkeys(m for w in each for m in w.missing))
        if lacking and not same:
            # Each lacks something, not the same things: what all of them lack.
            assert not isinstance(chosen, Verdict)
            yield verdict(
                Outcome.VIOLATION,
                "missing_items",
                chosen[0],
                used={"tidak_ada": tuple(t.value for t in lacking)},
                year=ctx.year,
                kurang=tuple(t.value for t in lacking),
            )
            return
        yield attrs.evolve(v, missing=missing) if v.missing != missing else v
        return
    # Several agendas of the year that judge differently: the record does not show which
    # one is the year's (a draft beside the adopted one, a revision), so nothing is settled.
    paths = tuple(c.path if isinstance(c, Verdict) else c[0] for c in found)
    yield verdict(
        Outcome.UNDETERMINED,
        "agendas_differ",
        "agenda_kerja",
        used={"agenda": paths, "hasil": tuple(f"{v.outcome.value}:{v.variant}" for v in each)},
        missing=paths,
        year=ctx.year,
        jumlah=len(found),
        agenda=", ".join(paths),
    )


RULES = (AGENDA, AGENDA_CONTENTS)
