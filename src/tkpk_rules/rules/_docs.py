"""Helpers for planning documents and dates: what was known on the date judged."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence

import attrs

from tkpk_rules.judge import (
    adoption_uncertain,
    adoption_undated,
    covering,
    documents_on,
    known_on,
)
from tkpk_rules.model import DocumentKind, Dossier, PlanningDocument, YearRange, date_bounds
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import AdoptionReading, Context, RuleFunction, Verdict, verdict

__all__ = [
    "MAX_OPEN_ADOPTIONS",
    "Readings",
    "covering",
    "documents",
    "is_uncertain",
    "judge_readings",
    "known_on",
    "open_adoptions",
    "open_facts",
    "period_length",
]

#: The most open adoption dates one rule is judged under every combination of (2**6 runs).
MAX_OPEN_ADOPTIONS = 6


def documents(ctx: Context, kind: DocumentKind) -> list[tuple[str, PlanningDocument]]:
    """The documents of a kind known on the date judged, with paths.

    For a rule that declares ``requires=(DOCUMENTS,)``: the list is recorded.
    Under a reading of open adoption dates (``ctx.reading``) the documents it
    reads as not adopted yet are left out.
    """
    reading = ctx.reading
    if reading is None or not reading.not_yet:
        if reading is not None:
            reading.asked.add(kind)
        found = ctx.ask(_documents_on, kind, frozenset())
    else:
        reading.asked.add(kind)
        found = ctx.ask(_documents_on, kind, reading.not_yet)
    assert found is not None, "DOCUMENTS requirement not declared"
    return list(found)  # the rule's own copy: the list found is shared within the check


def open_adoptions(ctx: Context) -> tuple[tuple[str, DocumentKind], ...]:
    """The documents whose adoption the record leaves open on the date judged.

    Adopted in a year or month that holds ``on`` before its last day, or a multi-year
    plan with no adoption date recorded at all (:func:`adoption_undated`, open on every
    date) or recorded as uncertain (:func:`adoption_uncertain`, open on every date: a
    rule that looks at plans adopted later (the RPKD period rule does) must not rest
    on one that may not exist): they may or may not exist on ``on`` (see
    :func:`known_on`).  Paths and kinds.
    """

    return ctx.ask(_open_adoptions)


def open_facts(dossier: Dossier, path: str) -> tuple[str, ...]:
    """The facts that would settle whether the open document at ``path`` exists: the
    document itself when it is recorded as uncertain (confirm it), and its adoption date
    unless that is recorded to the day."""
    docs = dossier.dokumen
    index = int(path[len("dokumen[") : -1])
    doc = docs[index] if isinstance(docs, tuple) and index < len(docs) else None
    if doc is None or not adoption_uncertain(doc):
        return (f"{path}.ditetapkan",)
    bounds = date_bounds(doc.adopted_on)
    if bounds is not None and bounds[0] == bounds[1]:
        return (path,)
    return (path, f"{path}.ditetapkan")


def is_uncertain(dossier: Dossier, path: str) -> bool:
    """Whether the record's document at ``path`` (``dokumen[2]``) is recorded as uncertain."""
    return open_facts(dossier, path)[0] == path


def _documents_on(
    dossier: Dossier, on: dt.date, kind: DocumentKind, not_yet: frozenset[str]
) -> tuple[tuple[str, PlanningDocument], ...] | None:
    """:func:`documents_on` as a question for :meth:`Context.ask`."""
    found = documents_on(dossier, kind, on, not_yet=not_yet)
    return None if found is None else tuple(found)


def _open_adoptions(dossier: Dossier, on: dt.date) -> tuple[tuple[str, DocumentKind], ...]:
    docs = dossier.dokumen
    if not isinstance(docs, tuple):
        return ()
    return tuple(
        (f"dokumen[{i}]", d.jenis)
        for i, d in enumerate(docs)
        if (
            (b[0] <= on < b[1] or (d.jenis in _PLANS and adoption_uncertain(d)))
            if (b := date_bounds(d.adopted_on)) is not None
            else d.jenis in _PLANS and adoption_undated(d)
        )
    )


#: The multi-year plans: one with no adoption date, or recorded as uncertain, is open on
#: every date, since whether one is in force decides what a rule says
#: of the list ("an RPKD exists").  A yearly
#: document (a RAT, a report) is found by its year; a finding about it rests on it alone,
#: and the engine weighs an undated one there (``item_undated``), so the undated yearly
#: documents of other years do not multiply the readings.
_PLANS = frozenset({DocumentKind.RPKD, DocumentKind.RPJMD, DocumentKind.SPKD})


@attrs.frozen(kw_only=True)
class Readings:
    """A rule judged under each reading of the open adoption dates it can see.

    ``runs`` maps the documents read as not adopted yet to the verdicts given
    then; ``weighed`` are the open documents the rule looked at (a document
    of a kind it never asked for cannot change what it says).  ``too_many``:
    more than :data:`MAX_OPEN_ADOPTIONS` of them, so not every reading was run.
    """

    runs: dict[frozenset[str], list[Verdict]]
    weighed: tuple[str, ...]
    too_many: bool = False

    @property
    def agreed(self) -> list[Verdict] | None:
        """The verdicts that hold under every reading (read as adopted), or ``None``."""
        if self.too_many:
            return None
        first = self.runs[frozenset()]
        if not all(_same(first, other) for other in self.runs.values()):
            if all(v.outcome is Outcome.COMPLIANT for run in self.runs.values() for v in run):
                # Compliant however the open dates fall, only the advice differing ("a RAT,
                # but no RPKD recorded" where an open RPKD is left out): the record as it is
                # read with every document there, whose words describe what it holds.
                return list(first)
            return None
        if all(v.outcome is Outcome.COMPLIANT and not v.advisory for v in first):
            # Compliant however the open dates fall: told from the reading with every open
            # document not adopted yet, so the finding names the documents surely there.
            return list(self.runs[frozenset(self.weighed)])
        # An undetermined finding names what every reading lacks, not only the first's.
        out = []
        for v in first:
            if v.outcome is Outcome.UNDETERMINED:
                also = [
                    m
                    for run in self.runs.values()
                    for w in run
                    if (w.variant, w.path, w.year) == (v.variant, v.path, v.year)
                    for m in w.missing
                ]
                if also:
                    v = attrs.evolve(v, missing=tuple(dict.fromkeys((*v.missing, *also))))
            out.append(v)
        return out

    @property
    def common(self) -> list[Verdict]:
        """The findings every reading gives alike (outcome, variant, path, year), in order.

        Where the readings differ as a whole, these still stand: a violation about a
        fully dated document is the same whether or not another, open one existed.
        """
        if self.too_many:
            return []
        runs = list(self.runs.values())
        shared = set.intersection(*({_key(v) for v in run} for run in runs))
        return [v for v in self.runs[frozenset()] if _key(v) in shared]

    @property
    def deciding(self) -> tuple[str, ...]:
        """The open documents whose reading changes the verdicts (all weighed if not run)."""
        if self.too_many:
            return self.weighed
        return tuple(
            p
            for p in self.weighed
            if any(
                not _same(verdicts, self.runs[key | {p}])
                for key, verdicts in self.runs.items()
                if p not in key
            )
        )


def judge_readings(ctx: Context, body: RuleFunction) -> Readings:
    """Run ``body`` under every reading of the open adoption dates it can see.

    The first reading takes every open document as adopted by the date judged;
    then each combination of the open documents of the kinds the rule asked
    for is read as not adopted yet.  A reading that asks for another kind with
    an open document widens the set weighed, until none does.
    """
    found = open_adoptions(ctx)
    runs: dict[frozenset[str], list[Verdict]] = {}
    asked: set[object] = set()
    while True:
        weighed = tuple(p for p, kind in found if kind in asked)
        if len(weighed) > MAX_OPEN_ADOPTIONS:
            return Readings(runs=runs, weighed=weighed, too_many=True)
        for size in range(len(weighed) + 1):
            for chosen in itertools.combinations(weighed, size):
                key = frozenset(chosen)
                if key in runs:
                    continue
                reading = AdoptionReading(not_yet=key)
                runs[key] = list(body(attrs.evolve(ctx, reading=reading)))
                asked |= reading.asked
        if all(kind not in asked or p in weighed for p, kind in found):
            return Readings(runs=runs, weighed=weighed)


def _key(v: Verdict) -> tuple[object, ...]:
    return (v.outcome, v.advisory, v.progress, v.variant, v.path, v.year, v.missing)


def _summary(verdicts: Iterable[Verdict]) -> frozenset[tuple[object, ...]]:
    return frozenset((v.outcome, v.advisory, v.progress) for v in verdicts)


def _shape(verdicts: Sequence[Verdict]) -> list[tuple[str, bool, str, str, str]]:
    return sorted(
        (v.outcome.value, v.advisory, str(v.progress), v.variant, v.path) for v in verdicts
    )


def _same(a: Sequence[Verdict], b: Sequence[Verdict]) -> bool:
    """Whether two readings say the same: the same outcomes, and the same findings unless
    every finding is plainly compliant (a compliance is one whichever document shows it)."""
    if _summary(a) != _summary(b):
        return False
    if all(v.outcome is Outcome.COMPLIANT and not v.advisory for v in a):
        return True
    return _shape(a) == _shape(b)


def period_length(path: str, period: YearRange, years: int) -> Verdict:
    """Whether a plan written for ``period`` spans ``years`` years (both ends counted).

    A term of ``years`` years that starts in the middle of a year ends in the
    middle of another, so a five-year regional plan is commonly written
    across six calendar years ("2021-2026").  One calendar year more than
    ``years`` is therefore *undetermined*: the first and last day of the term
    settle it.  Exactly ``years`` is compliant; anything else a violation.

    >>> [period_length("p", YearRange(mulai=2021, selesai=end), 5).outcome.value
    ...  for end in (2024, 2025, 2026, 2027)]
    ['violation', 'compliant', 'undetermined', 'violation']
    """
    used = {
        "periode": f"{period.mulai}-{period.selesai}",
        "tahun": period.length,
        "diharapkan": years,
    }
    params: dict[str, object] = {
        "periode": used["periode"],
        "lama": period.length,
        "diharapkan": years,
    }
    if period.length == years:
        return verdict(Outcome.COMPLIANT, "ok", path, used=used, extra=params)
    if period.length == years + 1:
        return verdict(
            Outcome.UNDETERMINED,
            "calendar_years",
            path,
            used={**used, "tahun_kalender": period.length},
            missing=(
                f"{path}.periode (tanggal awal dan akhir masa berlaku /"
                " first and last day of the term)",
            ),
            extra=params,
        )
    return verdict(Outcome.VIOLATION, "wrong_length", path, used=used, extra=params)
