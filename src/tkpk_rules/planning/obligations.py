"""What is done, due, at risk or overdue on a given day: the obligations tracker.

:func:`obligations` is a view over the engine's findings on the year of ``on``
(one :func:`tkpk_rules.check` for all of them, :func:`tracked_findings`) plus
deadlines from the dated planning calendar (:func:`tkpk_rules.law.parameters.day_in`):

========================  ==================================================
code                      the fact, and who judges it
========================  ==================================================
``agenda.adopted``        the year's agenda (the annual agenda rule)
``agenda.contents``       what the agenda holds (the agenda contents rule);
                          not listed while there is no agenda
``meetings.minimum``      the year's meetings (the meetings minimum rule);
                          deadline 31 December
``meetings.previous``     last year's meetings (same rule); listed only when
                          last year is not met
``rat.current``           the year's RAT (the yearly RAT rule)
``rat.next``              next year's RAT: no rule judges it yet, a reminder
                          from the planning calendar (RKPD, APBD; practice)
``report.previous``       last year's report (the yearly report rule); its
                          usual timing (practice) while it is missing
``rpkd.coverage``         the RPKD (the RPKD-drafted rule); whether it covers
                          next year is a reminder
========================  ==================================================

Where a rule judges the fact, the status follows its finding: *terlambat*
(overdue) exactly when the finding is a violation, *selesai* (done) only when
it is compliant, *harus dilakukan* / *berisiko* while the year still runs and
the rule says the duty is open, and otherwise *tidak dapat ditentukan* with
the engine's reason.  Provision, citation and support are the finding's (the
rule's basis); a reminder carries the support of the calendar value it rests
on (``practice``: advice, never a violation, :attr:`Obligation.advisory`).  On
a day when it is not certain that Permendagri 53/2020 already governed
(1 January to 5 October 2020, unless ``handover`` says), every obligation is
undetermined.

>>> import datetime as dt
>>> from tkpk_rules.examples import load_example
>>> for o in obligations(load_example(), on=dt.date(2026, 11, 27))[:2]:
...     print(o.status.value, o.code, o.support.value)
berisiko rat.next practice
harus_dilakukan meetings.minimum reported
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

import attrs

from tkpk_rules.i18n import (
    Text,
    Words,
    date_words,
    day_of_year_words,
    duration_words,
    month_words,
    status_words,
)
from tkpk_rules.judge import year_meetings
from tkpk_rules.law import PROVISIONS, Citation, Support, governing
from tkpk_rules.law.parameters import PARAMETERS, day_in
from tkpk_rules.law.parameters import value as law_value
from tkpk_rules.model import (
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    PlanningDocument,
    YearRange,
    date_bounds,
)
from tkpk_rules.planning._errors import MissingExtraError, PlanningError
from tkpk_rules.planning.planner import MINIMUM_MEETINGS, check_calendar
from tkpk_rules.planning.workdays import WorkingCalendar, indonesian_calendar
from tkpk_rules.report.finding import Finding
from tkpk_rules.report.outcome import Outcome, Progress

__all__ = ["Obligation", "ObligationStatus", "obligations"]

#: Working days a meeting still to be scheduled needs (invitations, materials).
WORKDAYS_PER_MEETING = law_value("hari_kerja_per_rapat", "permendagri-53-2020")


class ObligationStatus(enum.Enum):
    """Where an obligation stands on the day asked about."""

    OVERDUE = "terlambat"
    """Its date has passed and it is not done."""
    AT_RISK = "berisiko"
    """Not done, and the time or the plan left makes it doubtful."""
    DUE = "harus_dilakukan"
    """Not done yet, still on time."""
    UNDETERMINED = "tidak_dapat_ditentukan"
    """The record does not say enough to tell."""
    DONE = "selesai"
    """Done."""

    def label(self, lang: str = "id") -> str:
        """A short label: ``"terlambat"`` / ``"overdue"``...

        >>> ObligationStatus.AT_RISK.label(), ObligationStatus.AT_RISK.label("en")
        ('berisiko', 'at risk')
        """
        return status_words(self, lang)


_ORDER = {s: i for i, s in enumerate(ObligationStatus)}


@attrs.frozen(kw_only=True)
class Obligation:
    """One thing the team has to do, and where it stands on the day asked about.

    ``deadline`` is the date it is tracked against (``None`` where nothing is
    known); ``provision`` is the brief's id, ``citation`` where the law states
    it and ``support`` how well the obligation *as tracked here* (including its
    date) is supported.  ``missing`` lists the facts that would settle the
    engine's finding the obligation rests on (the finding's own ``missing``):
    what the record needs where the status cannot be told.
    """

    code: str
    status: ObligationStatus
    year: int
    deadline: dt.date | None
    provision: str
    citation: Citation
    support: Support
    message_id: str
    message_en: str
    missing: tuple[str, ...] = ()

    @property
    def advisory(self) -> bool:
        """``True`` when the obligation rests on practice: advice, never a violation."""
        return not self.support.binding

    def message(self, lang: str = "id") -> str:
        """What to tell the clerk, in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_id

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping with both languages, keys in Indonesian (``kewajiban`` entry)."""
        return {
            "kode": self.code,
            "status": self.status.value,
            "tahun": self.year,
            "tenggat": self.deadline.isoformat() if self.deadline else None,
            "ketentuan": self.provision,
            "kutipan": self.citation.to_dict(),
            "dukungan": self.support.value,
            "hanya_saran": self.advisory,
            "pesan": {"id": self.message_id, "en": self.message_en},
            "kurang": list(self.missing),
        }


def _day(day: dt.date) -> Words:
    return Words(date_words(day, "id", weekday=True), date_words(day, "en", weekday=True))


def _days(days: Sequence[dt.date]) -> tuple[Words, ...]:
    return tuple(_day(d) for d in days)


# --------------------------------------------------------------------------- pieces


def _agenda_for(dossier: Dossier, year: int) -> AnnualAgenda | None:
    agendas = dossier.agenda_kerja
    if not isinstance(agendas, tuple):
        return None
    for agenda in agendas:
        if agenda.tahun == year:
            return agenda
    return None


Findings = dict[tuple[str, int | None], Finding]
"""The engine's findings on the tracked rules, by (rule code, year)."""


def _rulebook() -> tuple[Any, ...]:
    from tkpk_rules.rules.agenda import AGENDA, AGENDA_CONTENTS
    from tkpk_rules.rules.documents import RAT_YEARLY, REPORT_TIMING, REPORT_YEARLY, RPKD_DRAFTED
    from tkpk_rules.rules.meetings import MEETINGS_MINIMUM

    return (
        AGENDA,
        AGENDA_CONTENTS,
        MEETINGS_MINIMUM,
        RPKD_DRAFTED,
        RAT_YEARLY,
        REPORT_YEARLY,
        REPORT_TIMING,
    )


def _code(name: str) -> str:
    """The code of the tracked rule ``name`` (``"RAT_YEARLY"``...), read from the rulebook."""
    from tkpk_rules.rules import agenda, documents, meetings

    for module in (agenda, documents, meetings):
        found = getattr(module, name, None)
        if found is not None:
            return str(found.code)
    raise KeyError(name)  # pragma: no cover - a rule renamed without the tracker


def tracked_findings(dossier: Dossier, on: dt.date, handover: dt.date | None) -> Findings:
    """The engine's findings the tracker is a view over: one ``check`` for all of them.

    The rules are those whose facts an obligation tracks (the annual agenda and
    its contents, the meetings minimum, the RPKD drafted, the RAT of each year,
    the implementation report and its usual timing).  Where a rule finds several
    things about one fact, the least favourable stands (a violation first).  A
    record the engine refuses
    (a region code the table does not know, for example) gives no findings, and
    every obligation then says it cannot be settled.
    """
    from tkpk_rules.engine import check as judge_record
    from tkpk_rules.errors import TkpkError

    try:
        report = judge_record(dossier, on=on, handover=handover, rules=_rulebook())
    except (TkpkError, ValueError):
        return {}
    out: Findings = {}
    for f in report.findings:
        key = (f.code, f.year)
        # A rule may find several things about one fact (one per RPJMD, say): the
        # obligation follows the least favourable of them.
        if key not in out or _RANK[f.outcome] < _RANK[out[key].outcome]:
            out[key] = f
    return out


_RANK = {
    Outcome.VIOLATION: 0,
    Outcome.UNDETERMINED: 1,
    Outcome.NOT_APPLICABLE: 2,
    Outcome.COMPLIANT: 3,
}


def _reason(finding: Finding) -> Words:
    return Words(finding.message_id, finding.message_en)


def _from_finding(
    code: str,
    finding: Finding | None,
    year: int,
    on: dt.date,
    deadline: dt.date | None = None,
    *,
    done: Text | None = None,
    after: Text | None = None,
) -> Obligation:
    """An obligation that is a plain view over one finding.

    Violation: overdue; compliant: done; undetermined while the year still
    runs and the rule marks the duty open (progress, or advice): due or at
    risk; anything else: undetermined with the engine's reason.  ``after`` is
    said after the finding's words.
    """
    if finding is None:
        return _make_from(
            code,
            ObligationStatus.UNDETERMINED,
            year,
            deadline,
            None,
            Text("planning.not_judged", year=year),
        )
    reason = _reason(finding)
    if finding.outcome is Outcome.VIOLATION:
        status = ObligationStatus.OVERDUE
        text: Text = Text("planning.engine_says", reason=reason)
    elif finding.outcome is Outcome.COMPLIANT:
        status = ObligationStatus.DONE
        text = done if done is not None else Text("planning.engine_says", reason=reason)
    elif finding.outcome is Outcome.UNDETERMINED and finding.progress is Progress.AT_RISK:
        status, text = ObligationStatus.AT_RISK, Text("planning.engine_says", reason=reason)
    elif finding.outcome is Outcome.UNDETERMINED and (
        finding.progress is Progress.ON_TRACK or (finding.advisory and year >= on.year)
    ):
        status, text = ObligationStatus.DUE, Text("planning.engine_says", reason=reason)
    else:
        status, text = ObligationStatus.UNDETERMINED, Text("planning.engine_says", reason=reason)
    if after is not None:
        text = _Join([text, after])
    return _make_from(code, status, year, deadline, finding, text)


def _make_from(
    code: str,
    status: ObligationStatus,
    year: int,
    deadline: dt.date | None,
    finding: Finding | None,
    text: Text,
    *,
    provision: str | None = None,
    support: Support | None = None,
) -> Obligation:
    """An obligation whose provision, citation and support are the finding's (the rule's)."""
    prov = provision or (finding.provision if finding is not None else _PROVISION_OF[code])
    sup = support or (finding.support if finding is not None else _weakest(prov))
    citation = finding.citation if finding is not None and provision is None else None
    return Obligation(
        code=code,
        status=status,
        year=year,
        deadline=deadline,
        provision=prov,
        citation=citation if citation is not None else PROVISIONS[prov].citation,
        support=sup,
        message_id=text.render("id"),
        message_en=text.render("en"),
        missing=finding.missing if finding is not None else (),
    )


_PROVISION_OF = {
    "agenda.adopted": "53.agenda",
    "agenda.contents": "53.agenda-contents",
    "meetings.minimum": "53.meetings",
    "meetings.previous": "53.meetings",
    "rat.current": "53.rat",
    "rat.next": "53.rat",
    "report.previous": "53.report",
    "rpkd.coverage": "53.rpkd",
}


def _weakest(provision: str) -> Support:
    """The least certain support among the parts of ``provision`` (as the brief gives them)."""
    order = list(Support)
    return max(PROVISIONS[provision].support, key=order.index)


def _practice_support(name: str) -> Support:
    """The support of a dated planning-calendar parameter (practice, as the law data says)."""
    return PARAMETERS[(name, "permendagri-53-2020")].support


def _agenda(found: Findings, dossier: Dossier, year: int, on: dt.date) -> list[Obligation]:
    agenda = _agenda_for(dossier, year)
    day = agenda.ditetapkan if agenda is not None else None
    done = Text("planning.agenda_adopted", year=year, day=day) if isinstance(day, dt.date) else None
    adopted = found.get((_code("AGENDA"), year))
    contents = found.get((_code("AGENDA_CONTENTS"), year))
    out = [_from_finding("agenda.adopted", adopted, year, on, done=done)]
    if contents is None or contents.outcome is not Outcome.NOT_APPLICABLE:
        # With no agenda yet its contents are not judged; ``agenda.adopted`` says what to do.
        out.append(_from_finding("agenda.contents", contents, year, on))
    return out


def _meetings(
    dossier: Dossier,
    year: int,
    on: dt.date,
    cal: WorkingCalendar,
    *,
    previous: bool = False,
    finding: Finding | None = None,
) -> Obligation | None:
    """The meetings obligation of ``year``: a view over the engine's finding on it.

    The meetings are sorted by :func:`tkpk_rules.judge.year_meetings`, as the
    rule sorts them; the status follows the engine's finding (compliant:
    done; violation: overdue; undetermined without progress: undetermined)
    and, for a year still running, the calendar (working days left, meetings
    scheduled on days off).
    """
    code = "meetings.previous" if previous else "meetings.minimum"
    deadline = dt.date(year, 12, 31)

    def make(status: ObligationStatus, text: Text) -> Obligation:
        return _make_from(code, status, year, deadline, finding, text)

    records = dossier.rapat_koordinasi
    if finding is None:
        return (
            None
            if previous
            else make(ObligationStatus.UNDETERMINED, Text("planning.not_judged", year=year))
        )
    if not isinstance(records, tuple):
        if previous:
            return None
        return make(
            ObligationStatus.UNDETERMINED, Text("planning.meetings_not_recorded", year=year)
        )
    # Meetings run on from an earlier year are left to the finding's own words
    # (``spans_year``): "status not recorded" would not be true of them.
    ym = year_meetings(records, year, on, into=())
    held = list(ym.held)
    unclear = list(ym.unknown)
    upcoming = list(ym.scheduled)
    required = MINIMUM_MEETINGS
    progress = Text("planning.meetings_progress", held=len(held), required=required, year=year)
    missing = max(0, required - len(held))
    if finding.outcome is Outcome.COMPLIANT:
        if previous:
            return None
        return make(
            ObligationStatus.DONE,
            Text("planning.meetings_done", held=len(held), required=required, year=year),
        )
    if finding.outcome is Outcome.VIOLATION:
        text = Text("planning.meetings_missed", progress=progress, year=year, missing=missing)
        return make(ObligationStatus.OVERDUE, text)
    if unclear and len(held) + len(unclear) >= required:
        return make(
            ObligationStatus.UNDETERMINED,
            Text("planning.meetings_unknown", progress=progress, unknown=len(unclear)),
        )
    if previous or on > deadline or finding.progress is None or missing == 0:
        # The rule does not judge the year (another regime governed, the team is not
        # known...): say why, never "overdue".
        text = Text("planning.meetings_not_judged", progress=progress, reason=_reason(finding))
        return make(ObligationStatus.UNDETERMINED, text)
    # A meeting scheduled only to a month or year holds no day yet: still to be put on one.
    days = [m.tanggal for m in upcoming if isinstance(m.tanggal, dt.date)]
    good = [day for day in days if cal.is_working_day(day)]
    bad = [day for day in days if not cal.is_working_day(day)]
    unscheduled = max(0, missing - len(good))
    workdays = cal.count_working_days(on, deadline)
    parts: list[Text | str] = [
        Text("planning.meetings_more", progress=progress, missing=missing, deadline=deadline)
    ]
    if good:
        parts.append(Text("planning.meetings_scheduled", days=_days(good)))
    if unscheduled:
        parts.append(Text("planning.meetings_unscheduled", count=unscheduled, workdays=workdays))
    for day in bad:
        name = cal.why_not(day)
        assert name is not None
        parts.append(Text("planning.meetings_on_day_off", day=_day(day), name=name))
    per_meeting = WORKDAYS_PER_MEETING
    risky = bool(bad) or (unscheduled > 0 and workdays < unscheduled * per_meeting)
    status = ObligationStatus.AT_RISK if risky else ObligationStatus.DUE
    return make(status, _Join(parts))


def _Join(parts: Sequence[Text | str]) -> Text:
    """Several texts as one (the catalogue's ``{a}{b}...`` joiner)."""
    return Text("_join", parts=tuple(parts))


def _documents(dossier: Dossier) -> tuple[PlanningDocument, ...] | None:
    return dossier.dokumen if isinstance(dossier.dokumen, tuple) else None


def _adopted_on(doc: PlanningDocument, on: dt.date) -> bool:
    # Done only once every day a year or month of adoption may be has passed.
    bounds = date_bounds(doc.adopted_on)
    if bounds is not None:
        return bounds[1] <= on
    return doc.status is DocumentStatus.DITETAPKAN


def _agenda_end(dossier: Dossier, year: int, kind: AgendaItemKind) -> dt.date | None:
    agenda = _agenda_for(dossier, year)
    if agenda is None or not isinstance(agenda.kegiatan, tuple):
        return None
    # An end planned only to the month or year ("2025-11") is reached on its last day.
    ends = [b[1] for i in agenda.kegiatan if i.kegiatan is kind and (b := date_bounds(i.selesai))]
    return max(ends) if ends else None


def _rat(
    docs: tuple[PlanningDocument, ...] | None,
    found: Findings,
    dossier: Dossier,
    year: int,
    on: dt.date,
) -> list[Obligation]:
    """``rat.current`` is a view over the RAT rule's finding for the year; ``rat.next``
    (a year no rule judges yet) is a reminder from the planning calendar: advice."""
    current = found.get((_code("RAT_YEARLY"), year))
    rats = [d for d in docs or () if d.jenis is DocumentKind.RAT and d.tahun == year]
    dated = sorted(d.adopted_on for d in rats if isinstance(d.adopted_on, dt.date))
    done = Text("planning.rat_done", year=year, day=dated[0]) if dated else None
    practice = day_in("batas_apbd", year - 1)
    now = _from_finding("rat.current", current, year, on, practice, done=done)
    if on > practice and now.status in (ObligationStatus.AT_RISK, ObligationStatus.DUE):
        # The practice day has passed and the rule still waits for the year's end: that is
        # the deadline to show, never a day gone by beside "at risk".
        late = Text("planning.rat_practice_passed", year=year, day=practice)
        now = _from_finding(
            "rat.current", current, year, on, dt.date(year, 12, 31), done=done, after=late
        )
    out = [now]
    target = year + 1
    if docs is None:
        out.append(
            _make_from(
                "rat.next",
                ObligationStatus.UNDETERMINED,
                target,
                None,
                None,
                Text("planning.docs_unknown"),
                provision="53.rat",
                support=_practice_support("batas_rkpd"),
            )
        )
        return out
    rats = [d for d in docs if d.jenis is DocumentKind.RAT and d.tahun == target]
    adopted = [d for d in rats if _adopted_on(d, on)]
    rkpd = day_in("batas_rkpd", year)
    apbd = day_in("batas_apbd", year)
    if adopted:
        when = adopted[0].adopted_on
        text = (
            Text("planning.rat_done", year=target, day=when)
            if isinstance(when, dt.date)
            else Text("planning.rat_done_undated", year=target)
        )
        status, deadline, parts = ObligationStatus.DONE, apbd, [text]
    else:
        draft = Text("planning.rat_draft") if rats else ""
        status_text = Text("planning.rat_open", year=target, draft=draft)
        if on <= rkpd:
            parts = [
                Text(
                    "planning.rat_before_rkpd",
                    status=status_text,
                    year=target,
                    deadline=rkpd,
                    rkpd_by=day_of_year_words(rkpd),
                )
            ]
            status, deadline = ObligationStatus.DUE, rkpd
        else:
            parts = [
                Text(
                    "planning.rat_before_apbd",
                    status=status_text,
                    year=target,
                    deadline=apbd,
                    rkpd_by=day_of_year_words(rkpd, article=False),
                )
            ]
            status, deadline = ObligationStatus.AT_RISK, apbd
        end = _agenda_end(dossier, year, AgendaItemKind.PENYUSUNAN_RAT)
        if end is not None:
            parts.append(Text("planning.rat_agenda_target", day=end))
            if end < on:
                status = ObligationStatus.AT_RISK
    name = "batas_rkpd" if deadline == rkpd else "batas_apbd"
    out.append(
        _make_from(
            "rat.next",
            status,
            target,
            deadline,
            None,
            _Join(parts),
            provision="53.rat",
            support=_practice_support(name),
        )
    )
    return out


def _report(found: Findings, dossier: Dossier, year: int, on: dt.date) -> Obligation:
    """The previous year's report: a view over the report rule; its timing, advice."""
    target = year - 1
    deadline = dt.date(year, 12, 31)
    exists = found.get((_code("REPORT_YEARLY"), target))
    timing = found.get((_code("REPORT_TIMING"), target))
    if (
        exists is not None
        and exists.outcome is Outcome.UNDETERMINED
        and exists.variant == "missing_no_deadline"
        and timing is not None
        and timing.progress is Progress.ON_TRACK
    ):
        # Not there yet, and no deadline in the law: a practice reminder, advice only.
        parts: list[Text | str] = [Text("planning.report_open", year=target, deadline=deadline)]
        status = ObligationStatus.DUE
        end = _agenda_end(dossier, year, AgendaItemKind.LAPORAN_PELAKSANAAN)
        if end is not None and end < on:
            parts.append(Text("planning.report_behind_agenda", day=end))
            status = ObligationStatus.AT_RISK
        return _make_from("report.previous", status, target, deadline, timing, _Join(parts))
    done = None
    if timing is not None and timing.outcome is Outcome.COMPLIANT:
        when = dict(timing.facts).get("ditetapkan")
        if isinstance(when, str):
            done = Text("planning.report_done", year=target, day=_recorded_day(when))
    return _from_finding("report.previous", exists, target, on, deadline, done=done)


def _recorded_day(when: str) -> dt.date | Words:
    """A date as a finding's facts write it: a day, or only its year or month (``2026-03``)."""
    if len(when) == 10:
        return dt.date.fromisoformat(when)
    year, _, month = when.partition("-")
    return month_words(int(year), int(month) if month else None)


def _period(doc: PlanningDocument) -> YearRange | None:
    return doc.periode if isinstance(doc.periode, YearRange) else None


def _span(period: YearRange) -> str:
    return f"{period.mulai}\u2013{period.selesai}"


def _rpkd(
    docs: tuple[PlanningDocument, ...] | None, found: Findings, year: int, on: dt.date
) -> Obligation:
    """A view over the RPKD rule's finding; whether the next year is covered is a reminder."""
    code = "rpkd.coverage"
    drafted = found.get((_code("RPKD_DRAFTED"), None))
    if drafted is None or drafted.outcome is not Outcome.COMPLIANT or docs is None:
        return _from_finding(code, drafted, year, on)

    def remind(
        status: ObligationStatus, text: Text, deadline: dt.date | None, *, timed: bool = False
    ) -> Obligation:
        # How long an RPKD runs is the law's (53.rpkd); the reminder is never a violation.
        # When the next one is due the brief does not say: a reminder with a time is
        # practice (the current period's end, the RPJMD's months), advice only.
        support = Support.PRACTICE if timed else None
        return _make_from(
            code, status, year, deadline, None, text, provision="53.rpkd", support=support
        )

    rpkds = [
        (d, per) for d in docs if d.jenis is DocumentKind.RPKD and (per := _period(d)) is not None
    ]
    adopted = [(d, per) for d, per in rpkds if _adopted_on(d, on)]
    for rpjmd in docs:
        per = _period(rpjmd)
        if (
            rpjmd.jenis is DocumentKind.RPJMD
            and per is not None
            and per.mulai in (year, year + 1)
            and not any(rp.mulai >= per.mulai for _, rp in adopted)
        ):
            months = duration_words(law_value("rpjmd_bulan", "permendagri-53-2020"), "month")
            text = Text("planning.rpkd_new_rpjmd", period=_span(per), months=months)
            return remind(ObligationStatus.DUE, text, None, timed=True)
    nxt = [per for _, per in adopted if (year + 1) in per]
    if nxt:
        per = max(nxt, key=lambda r: r.mulai)
        text = Text("planning.rpkd_covered", period=_span(per), year=year, next=year + 1)
        return _make_from(code, ObligationStatus.DONE, year, None, drafted, text)
    now = [per for _, per in adopted if year in per]
    if now:
        per = max(now, key=lambda r: r.mulai)
        deadline = dt.date(year, 12, 31)
        text = Text("planning.rpkd_ends", period=_span(per), year=year, deadline=deadline)
        return remind(ObligationStatus.DUE, text, deadline, timed=True)
    return remind(ObligationStatus.AT_RISK, Text("planning.rpkd_none", year=year), None)


# --------------------------------------------------------------------------- public


def _default_calendar(years: Sequence[int]) -> WorkingCalendar:
    try:
        return indonesian_calendar(years)
    except MissingExtraError:
        return WorkingCalendar()  # weekends only


def obligations(
    dossier: Dossier,
    *,
    on: dt.date,
    handover: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[Obligation]:
    """Every obligation of the year of ``on``, most urgent first.

    Sorted by status (overdue, at risk, due, undetermined, done), then by date.
    ``handover`` is the first day Permendagri 53/2020 governs, when the caller
    fixes it (see :func:`tkpk_rules.law.governing`).  ``calendar`` replaces the
    national working calendar (``holidays`` package; weekends only when it is
    not installed).

    >>> import datetime as dt
    >>> from tkpk_rules.examples import load_example
    >>> [o.code for o in obligations(load_example(), on=dt.date(2026, 11, 27))
    ...  if o.status.value != "selesai"]
    ['rat.next', 'meetings.minimum']
    """
    if not isinstance(dossier, Dossier):
        raise PlanningError(
            f"obligations() memerlukan Dossier, bukan {type(dossier).__name__}",
            f"obligations() needs a Dossier, not {type(dossier).__name__}",
        )
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise PlanningError(
            f"'on' harus tanggal (datetime.date), bukan {on!r}",
            f"'on' must be a date (datetime.date), not {on!r}",
        )
    check_calendar(calendar)
    year = on.year
    cal = calendar if calendar is not None else _default_calendar([year])
    found = tracked_findings(dossier, on, handover)
    meetings = _code("MEETINGS_MINIMUM")
    out: list[Obligation] = []
    out.extend(_agenda(found, dossier, year, on))
    for item in (
        _meetings(dossier, year, on, cal, finding=found.get((meetings, year))),
        _meetings(
            dossier, year - 1, on, cal, previous=True, finding=found.get((meetings, year - 1))
        ),
    ):
        if item is not None:
            out.append(item)
    docs = _documents(dossier)
    out.extend(_rat(docs, found, dossier, year, on))
    out.append(_report(found, dossier, year, on))
    out.append(_rpkd(docs, found, year, on))

    regime = governing(on, handover=handover)
    if regime.regulation != "permendagri-53-2020":
        if "permendagri-53-2020" in regime.candidates:
            lead = Text("planning.regime_undetermined", day=on)
        else:
            from tkpk_rules.law import short_name

            name = short_name(regime.regulation) if regime.regulation else "-"
            lead = Text("planning.regime_before", day=on, regulation=name)
        out = [
            attrs.evolve(
                o,
                status=ObligationStatus.UNDETERMINED,
                message_id=lead.render("id") + " " + o.message_id,
                message_en=lead.render("en") + " " + o.message_en,
            )
            for o in out
        ]
    far = dt.date.max
    out.sort(key=lambda o: (_ORDER[o.status], o.deadline or far, o.code))
    return out
