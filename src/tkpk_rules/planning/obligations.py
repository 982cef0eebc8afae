"""What is done, due, at risk or overdue on a given day: the obligations tracker.

:func:`obligations` reads the dossier as it stands on ``on`` and lists, for the
year of ``on``:

========================  ==============  =========================================
code                      provision       support of the obligation as tracked
========================  ==============  =========================================
``agenda.adopted``        53.agenda       reported (no deadline is known)
``agenda.contents``       53.agenda-      single_source
                          contents
``meetings.minimum``      53.meetings     reported; deadline 31 December
``meetings.previous``     53.meetings     reported; listed only when last year
                                          ended short
``rat.current``           53.rat          practice (the RAT for the year should
                                          exist before the year starts)
``rat.next``              53.rat          practice (before the RKPD is set at the
                                          end of June; before the APBD)
``report.previous``       53.report       practice (timing); the report itself
                                          is reported
``rpkd.coverage``         53.rpkd         single_source
========================  ==============  =========================================

An obligation resting on ``practice`` is advice, never a violation
(:attr:`Obligation.advisory`).  A fact the record does not state gives
*tidak dapat ditentukan* (undetermined), never *terlambat*.  On a day when it
is not certain that Permendagri 53/2020 already governed (1 January to
5 October 2020, unless ``handover`` says), every obligation is undetermined.

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

from tkpk_rules.judge import year_meetings
from tkpk_rules.law import PROVISIONS, Citation, Support, governing
from tkpk_rules.law.parameters import day_in
from tkpk_rules.law.parameters import value as law_value
from tkpk_rules.model import (
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    Instrument,
    PlanningDocument,
    Team,
    Topic,
    YearRange,
)
from tkpk_rules.planning._errors import MissingExtraError, PlanningError
from tkpk_rules.planning._text import Pair, Text, format_date
from tkpk_rules.planning.planner import MINIMUM_MEETINGS
from tkpk_rules.planning.workdays import WorkingCalendar, indonesian_calendar
from tkpk_rules.report.finding import Finding
from tkpk_rules.report.outcome import Outcome

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
        return _LABELS[self].pick(lang)


_LABELS = {
    ObligationStatus.OVERDUE: Pair("terlambat", "overdue"),
    ObligationStatus.AT_RISK: Pair("berisiko", "at risk"),
    ObligationStatus.DUE: Pair("harus dilakukan", "due"),
    ObligationStatus.UNDETERMINED: Pair("tidak dapat ditentukan", "undetermined"),
    ObligationStatus.DONE: Pair("selesai", "done"),
}
_ORDER = {s: i for i, s in enumerate(ObligationStatus)}


@attrs.frozen(kw_only=True)
class Obligation:
    """One thing the team has to do, and where it stands on the day asked about.

    ``deadline`` is the date it is tracked against (``None`` where nothing is
    known); ``provision`` is the brief's id, ``citation`` where the law states
    it and ``support`` how well the obligation *as tracked here* (including its
    date) is supported.
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

    @property
    def advisory(self) -> bool:
        """``True`` when the obligation rests on practice: advice, never a violation."""
        return not self.support.binding

    def message(self, lang: str = "id") -> str:
        """What to tell the clerk, in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_id

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping with both languages."""
        return {
            "code": self.code,
            "status": self.status.value,
            "year": self.year,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "provision": self.provision,
            "citation": self.citation.to_dict(),
            "support": self.support.value,
            "advisory": self.advisory,
            "message": {"id": self.message_id, "en": self.message_en},
        }


def _make(
    code: str,
    status: ObligationStatus,
    year: int,
    deadline: dt.date | None,
    provision: str,
    support: Support,
    text: Text,
) -> Obligation:
    return Obligation(
        code=code,
        status=status,
        year=year,
        deadline=deadline,
        provision=provision,
        citation=PROVISIONS[provision].citation,
        support=support,
        message_id=text.render("id"),
        message_en=text.render("en"),
    )


def _day(day: dt.date) -> Pair:
    return Pair(format_date(day, "id", weekday=True), format_date(day, "en", weekday=True))


def _days(days: Sequence[dt.date]) -> tuple[Pair, ...]:
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


def _agenda(dossier: Dossier, year: int, on: dt.date) -> list[Obligation]:
    p = "53.agenda"
    s = Support.REPORTED
    if not isinstance(dossier.agenda_kerja, tuple):
        return [
            _make(
                "agenda.adopted",
                ObligationStatus.UNDETERMINED,
                year,
                None,
                p,
                s,
                Text("agenda_unknown", year=year),
            )
        ]
    agenda = _agenda_for(dossier, year)
    if agenda is None:
        return [
            _make(
                "agenda.adopted",
                ObligationStatus.DUE,
                year,
                None,
                p,
                s,
                Text("agenda_missing", year=year),
            )
        ]
    out: list[Obligation] = []
    if isinstance(agenda.ditetapkan, dt.date) and agenda.ditetapkan <= on:
        out.append(
            _make(
                "agenda.adopted",
                ObligationStatus.DONE,
                year,
                None,
                p,
                s,
                Text("agenda_adopted", year=year, day=agenda.ditetapkan),
            )
        )
    elif isinstance(agenda.ditetapkan, dt.date) or agenda.ditetapkan is None:
        out.append(
            _make(
                "agenda.adopted",
                ObligationStatus.DUE,
                year,
                None,
                p,
                s,
                Text("agenda_not_adopted", year=year),
            )
        )
    else:
        out.append(
            _make(
                "agenda.adopted",
                ObligationStatus.UNDETERMINED,
                year,
                None,
                p,
                s,
                Text("agenda_adoption_unknown", year=year),
            )
        )
    p, s = "53.agenda-contents", Support.SINGLE_SOURCE
    if not isinstance(agenda.kegiatan, tuple):
        return out
    wanted = (
        (AgendaItemKind.PENYUSUNAN_RPKD, Topic.RPKD, Pair("RPKD", "the RPKD")),
        (AgendaItemKind.PENYUSUNAN_RAT, Topic.RAT, Pair("RAT", "the RAT")),
        (
            AgendaItemKind.LAPORAN_PELAKSANAAN,
            Topic.LAPORAN_PELAKSANAAN,
            Pair("laporan pelaksanaan", "the implementation report"),
        ),
    )
    missing = tuple(
        label
        for kind, topic, label in wanted
        if not any(
            i.kegiatan is kind or (isinstance(i.pembahasan, tuple) and topic in i.pembahasan)
            for i in agenda.kegiatan
        )
    )
    if missing:
        out.append(
            _make(
                "agenda.contents",
                ObligationStatus.DUE,
                year,
                None,
                p,
                s,
                Text("contents_missing", year=year, missing=missing),
            )
        )
    else:
        out.append(
            _make(
                "agenda.contents",
                ObligationStatus.DONE,
                year,
                None,
                p,
                s,
                Text("contents_complete", year=year),
            )
        )
    return out


def _formed_only_after(dossier: Dossier, day: dt.date) -> bool:
    """Whether every team the record holds was formed after ``day``.

    Then the record itself says no team was in place, as the rules read it, and
    that year's meetings cannot be counted as missed.  A record with no team at all
    says nothing either way and keeps the plain reminder.
    """
    teams = [dossier.tim] if isinstance(dossier.tim, Team) else []
    if isinstance(dossier.riwayat_tim, tuple):
        teams.extend(dossier.riwayat_tim)
    if not teams:
        return False
    for team in teams:
        formed = team.pembentukan
        date = formed.tanggal if isinstance(formed, Instrument) else None
        if not isinstance(date, dt.date) or date <= day:
            return False
    return True


def _meetings_finding(
    dossier: Dossier, year: int, on: dt.date, handover: dt.date | None
) -> Finding | None:
    """The engine's finding on the year's coordination meetings (``None`` if it cannot judge)."""
    from tkpk_rules.engine import check as judge_record
    from tkpk_rules.errors import TkpkError
    from tkpk_rules.rules.meetings import MEETINGS_MINIMUM

    try:
        report = judge_record(dossier, on=on, handover=handover, rules=(MEETINGS_MINIMUM,))
    except (TkpkError, ValueError):  # a region code the table does not know, for example
        return None
    for f in report.findings:
        if f.year == year:
            return f
    return None


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
    p, s = "53.meetings", Support.REPORTED
    code = "meetings.previous" if previous else "meetings.minimum"
    deadline = dt.date(year, 12, 31)
    records = dossier.rapat_koordinasi
    if not isinstance(records, tuple):
        if previous:
            return None
        return _make(
            code,
            ObligationStatus.UNDETERMINED,
            year,
            deadline,
            p,
            s,
            Text("meetings_not_recorded", year=year),
        )
    ym = year_meetings(records, year, on)
    held = list(ym.held)
    unclear = list(ym.unknown)
    upcoming = list(ym.scheduled)
    required = MINIMUM_MEETINGS
    progress = Text("meetings_progress", held=len(held), required=required, year=year)
    missing = max(0, required - len(held))
    if missing == 0:
        if previous:
            return None
        text = Text("meetings_done", held=len(held), required=required, year=year)
        return _make(code, ObligationStatus.DONE, year, deadline, p, s, text)
    if len(held) + len(unclear) >= required:
        text = Text("meetings_unknown", progress=progress, unknown=len(unclear))
        return _make(code, ObligationStatus.UNDETERMINED, year, deadline, p, s, text)
    if _formed_only_after(dossier, deadline):
        text = Text("meetings_no_team", year=year)
        return _make(code, ObligationStatus.UNDETERMINED, year, deadline, p, s, text)
    if previous or on > deadline:
        if finding is not None and finding.outcome is not Outcome.VIOLATION:
            # The year is over and short, but the rule does not judge it (another regime
            # governed, the team is not known...): say why, never "overdue".
            reason = Pair(finding.message_id, finding.message_en)
            text = Text("meetings_not_judged", progress=progress, reason=reason)
            return _make(code, ObligationStatus.UNDETERMINED, year, deadline, p, s, text)
        text = Text("meetings_missed", progress=progress, year=year, missing=missing)
        return _make(code, ObligationStatus.OVERDUE, year, deadline, p, s, text)
    good = [m.tanggal for m in upcoming if cal.is_working_day(m.tanggal)]
    bad = [m.tanggal for m in upcoming if not cal.is_working_day(m.tanggal)]
    unscheduled = max(0, missing - len(good))
    workdays = cal.count_working_days(on, deadline)
    parts: list[Text | str] = [
        Text("meetings_more", progress=progress, missing=missing, deadline=deadline)
    ]
    if good:
        parts.append(Text("meetings_scheduled", days=_days(good)))
    if unscheduled:
        parts.append(Text("meetings_unscheduled", count=unscheduled, workdays=workdays))
    for day in bad:
        name = cal.why_not(day)
        assert name is not None
        parts.append(Text("meetings_on_day_off", day=_day(day), name=name))
    per_meeting = WORKDAYS_PER_MEETING
    risky = bool(bad) or (unscheduled > 0 and workdays < unscheduled * per_meeting)
    status = ObligationStatus.AT_RISK if risky else ObligationStatus.DUE
    return _make(code, status, year, deadline, p, s, _Join(parts))


def _Join(parts: Sequence[Text | str]) -> Text:
    """Several texts as one (the catalogue's ``{a}{b}...`` joiner)."""
    return Text("_join", parts=tuple(parts))


def _documents(dossier: Dossier) -> tuple[PlanningDocument, ...] | None:
    return dossier.dokumen if isinstance(dossier.dokumen, tuple) else None


def _adopted_on(doc: PlanningDocument, on: dt.date) -> bool:
    if isinstance(doc.ditetapkan, dt.date):
        return doc.ditetapkan <= on
    return doc.status is DocumentStatus.DITETAPKAN


def _agenda_end(dossier: Dossier, year: int, kind: AgendaItemKind) -> dt.date | None:
    agenda = _agenda_for(dossier, year)
    if agenda is None or not isinstance(agenda.kegiatan, tuple):
        return None
    ends = [
        i.selesai for i in agenda.kegiatan if i.kegiatan is kind and isinstance(i.selesai, dt.date)
    ]
    return max(ends) if ends else None


def _rat(
    docs: tuple[PlanningDocument, ...], dossier: Dossier, year: int, on: dt.date
) -> list[Obligation]:
    p, s = "53.rat", Support.PRACTICE
    out: list[Obligation] = []
    for target, code in ((year, "rat.current"), (year + 1, "rat.next")):
        rats = [d for d in docs if d.jenis is DocumentKind.RAT and d.tahun == target]
        adopted = [d for d in rats if _adopted_on(d, on)]
        if adopted:
            when = adopted[0].ditetapkan
            text = (
                Text("rat_done", year=target, day=when)
                if isinstance(when, dt.date)
                else Text("rat_done_undated", year=target)
            )
            deadline = day_in("batas_apbd", target - 1)
            out.append(_make(code, ObligationStatus.DONE, target, deadline, p, s, text))
            continue
        draft = Text("rat_draft") if rats else ""
        status_text = Text("rat_open", year=target, draft=draft)
        if target == year:
            out.append(
                _make(
                    code,
                    ObligationStatus.OVERDUE,
                    target,
                    day_in("batas_apbd", year - 1),
                    p,
                    s,
                    Text("rat_late", status=status_text, year=year),
                )
            )
            continue
        rkpd = day_in("batas_rkpd", year)
        parts: list[Text | str]
        if on <= rkpd:
            parts = [Text("rat_before_rkpd", status=status_text, year=target, deadline=rkpd)]
            status, deadline = ObligationStatus.DUE, rkpd
        else:
            deadline = day_in("batas_apbd", year)
            parts = [Text("rat_before_apbd", status=status_text, year=target, deadline=deadline)]
            status = ObligationStatus.AT_RISK
        end = _agenda_end(dossier, year, AgendaItemKind.PENYUSUNAN_RAT)
        if end is not None:
            parts.append(Text("rat_agenda_target", day=end))
            if end < on:
                status = ObligationStatus.AT_RISK
        out.append(_make(code, status, target, deadline, p, s, _Join(parts)))
    return out


def _report(
    docs: tuple[PlanningDocument, ...], dossier: Dossier, year: int, on: dt.date
) -> Obligation:
    p, s = "53.report", Support.PRACTICE
    target = year - 1
    deadline = dt.date(year, 12, 31)
    reports = [d for d in docs if d.jenis is DocumentKind.LAPORAN_PELAKSANAAN and d.tahun == target]
    adopted = [d for d in reports if _adopted_on(d, on)]
    if adopted:
        when = adopted[0].ditetapkan
        text = (
            Text("report_done", year=target, day=when)
            if isinstance(when, dt.date)
            else Text("report_done_undated", year=target)
        )
        return _make("report.previous", ObligationStatus.DONE, target, deadline, p, s, text)
    parts: list[Text | str] = [Text("report_open", year=target, deadline=deadline)]
    status = ObligationStatus.DUE
    end = _agenda_end(dossier, year, AgendaItemKind.LAPORAN_PELAKSANAAN)
    if end is not None and end < on:
        parts.append(Text("report_behind_agenda", day=end))
        status = ObligationStatus.AT_RISK
    return _make("report.previous", status, target, deadline, p, s, _Join(parts))


def _period(doc: PlanningDocument) -> YearRange | None:
    return doc.periode if isinstance(doc.periode, YearRange) else None


def _span(period: YearRange) -> str:
    return f"{period.mulai}\u2013{period.selesai}"


def _rpkd(docs: tuple[PlanningDocument, ...], year: int, on: dt.date) -> Obligation:
    p, s = "53.rpkd", Support.SINGLE_SOURCE
    code = "rpkd.coverage"
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
            text = Text("rpkd_new_rpjmd", period=_span(per))
            return _make(code, ObligationStatus.DUE, year, None, p, s, text)
    nxt = [per for _, per in adopted if (year + 1) in per]
    if nxt:
        per = max(nxt, key=lambda r: r.mulai)
        return _make(
            code,
            ObligationStatus.DONE,
            year,
            None,
            p,
            s,
            Text("rpkd_covered", period=_span(per), year=year, next=year + 1),
        )
    now = [per for _, per in adopted if year in per]
    if now:
        per = max(now, key=lambda r: r.mulai)
        deadline = dt.date(year, 12, 31)
        text = Text("rpkd_ends", period=_span(per), year=year, deadline=deadline)
        return _make(code, ObligationStatus.DUE, year, deadline, p, s, text)
    return _make(code, ObligationStatus.AT_RISK, year, None, p, s, Text("rpkd_none", year=year))


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
    year = on.year
    cal = calendar if calendar is not None else _default_calendar([year])
    out: list[Obligation] = []
    out.extend(_agenda(dossier, year, on))
    for item in (
        _meetings(dossier, year, on, cal, finding=_meetings_finding(dossier, year, on, handover)),
        _meetings(
            dossier,
            year - 1,
            on,
            cal,
            previous=True,
            finding=_meetings_finding(dossier, year - 1, on, handover),
        ),
    ):
        if item is not None:
            out.append(item)
    docs = _documents(dossier)
    if docs is None:
        for code, provision in (
            ("rat.next", "53.rat"),
            ("report.previous", "53.report"),
            ("rpkd.coverage", "53.rpkd"),
        ):
            support = Support.SINGLE_SOURCE if provision == "53.rpkd" else Support.PRACTICE
            out.append(
                _make(
                    code,
                    ObligationStatus.UNDETERMINED,
                    year,
                    None,
                    provision,
                    support,
                    Text("docs_unknown"),
                )
            )
    else:
        out.extend(_rat(docs, dossier, year, on))
        out.append(_report(docs, dossier, year, on))
        out.append(_rpkd(docs, year, on))

    regime = governing(on, handover=handover)
    if regime.regulation != "permendagri-53-2020":
        if "permendagri-53-2020" in regime.candidates:
            lead = Text("regime_undetermined", day=on)
        else:
            from tkpk_rules.law import short_name

            name = short_name(regime.regulation) if regime.regulation else "-"
            lead = Text("regime_before", day=on, regulation=name)
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
