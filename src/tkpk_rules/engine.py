"""Judge a dossier on a date: run every rule in force and collect every finding.

>>> import datetime as dt
>>> from tkpk_rules.model import Dossier, RegionRef
>>> report = check(Dossier(wilayah=RegionRef(kode="31.71")), on=dt.date(2024, 1, 1))
>>> {f.outcome.value for f in report.findings}
{'not_applicable'}

Which regulation governs is taken from :mod:`tkpk_rules.law.timeline`.  A rule
that holds only under one regime comes out *undetermined* on a date (or, for
yearly rules, in a year) where that regime may or may not govern, unless the
caller passes ``handover``, the first day Permendagri 53/2020 governs.

A rule shared by 42/2010 and 53/2020 cites, on each date, the provision it
rests on under the regulation that governs then (42/2010 in 2018, 53/2020 in
2024); inside the handover window it cites 53/2020 and names 42/2010 among
its further citations.

A year that is over is judged on what happened; a year still running never
gives a violation: a rule's violation there becomes *undetermined*, marked as
an advisory (at risk).  Rules of support ``practice`` never give violations:
a departure becomes *compliant* with an advisory.

A dossier whose region code did not exist yet on the date judged (the Papua
provinces formed in 2022 and the kabupaten/kota that moved to them) is not
judged: every rule says *not applicable*, and why, with the code the area had
before, as for DKI Jakarta's administrative cities.  A code that has since
been replaced is judged as usual: the region went on, only its code changed.

:func:`diff` judges one dossier on two dates and keeps what changed.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import weakref
from collections.abc import Callable, Hashable, Iterable, Iterator
from gc import is_tracked
from typing import Any, TypeVar, overload

import attrs

from tkpk_rules import i18n
from tkpk_rules._arguments import (
    bool_argument,
    diff_dates,
    iterable_argument,
    process_count,
    selected_rules,
)
from tkpk_rules._version import __version__
from tkpk_rules.i18n import Text, Words
from tkpk_rules.judge import (
    TeamAt,
    facts_on_path,
    is_adopted,
    meeting_year,
    partial_lists,
    team_on,
)
from tkpk_rules.law.regulations import short_name
from tkpk_rules.law.timeline import (
    HANDOVER_EARLIEST,
    HANDOVER_LATEST,
    check_handover,
    governing,
    governing_through,
)
from tkpk_rules.model import (
    Certainty,
    Coverage,
    Dossier,
    ImpreciseDate,
    Instrument,
    Level,
    Meeting,
    NotRecorded,
    PlanningDocument,
    Secretariat,
    Team,
    certainty_of,
)
from tkpk_rules.report import Finding, Report, Stamp, Subject, input_hash
from tkpk_rules.report.diff import ReportDiff, compare
from tkpk_rules.report.finding import OWN as _OWN
from tkpk_rules.report.outcome import Outcome, Progress, Severity
from tkpk_rules.rules import Basis, Context, Rule, Verdict, plainer, rulebook_hash, verdict

__all__ = ["check", "check_many", "diff", "level_of"]

#: The last day the handover may be uncertain when no handover date is given.
HANDOVER_LAST_UNCERTAIN = HANDOVER_LATEST - dt.timedelta(days=1)


def level_of(dossier: Dossier) -> Level:
    """The level of the dossier's region, read from its Kemendagri code.

    :raises tkpk_rules.regions.InvalidRegionCodeError: the code is malformed.
    """
    from tkpk_rules.regions import level_from_code

    return level_from_code(dossier.wilayah.kode)


@overload
def check(
    dossier: Dossier,
    *,
    on: dt.date,
    handover: dt.date | None = None,
    rules: Iterable[Rule] | None = None,
    redact: bool = False,
) -> Report: ...


@overload
def check(
    dossier: Dossier,
    *,
    on: Iterable[dt.date],
    handover: dt.date | None = None,
    rules: Iterable[Rule] | None = None,
    redact: bool = False,
) -> tuple[Report, ...]: ...


def check(
    dossier: Dossier,
    *,
    on: dt.date | Iterable[dt.date],
    handover: dt.date | None = None,
    rules: Iterable[Rule] | None = None,
    redact: bool = False,
) -> Report | tuple[Report, ...]:
    """Judge ``dossier`` on ``on`` with every rule (or the ``rules`` given).

    ``on`` may also be several dates (a list or other iterable of dates): the
    dossier is then judged on each in one pass and a tuple of reports comes back,
    one per date in the order given, each equal to ``check(dossier, on=day, ...)``
    (stamp included).  The pass checks the arguments, redacts and hashes the
    dossier once, and works out once what does not depend on the date (the team
    on a day, the record's doubtful facts, the rules' shared lookups): the way to
    judge one dossier at several year-ends (docs/performance.md).

    ``handover`` is the first day Permendagri 53/2020 governs, when the caller
    fixes it (between 2020-01-01 and 2020-10-06); without it, dates whose
    regime is uncertain (2020-01-01 to 2020-10-05) give undetermined findings
    for the rules that hold under only one of 42/2010 and 53/2020.  The choice
    is recorded in the report's stamp (``stamp.handover``).  Every rule gives
    at least one finding; nothing stops at the first.  Any date from
    ``date.min`` to ``date.max`` can be judged.

    ``redact=True`` judges :func:`tkpk_rules.redact.redact` of the dossier
    instead: people's names become numbered placeholders, offices, roles and
    bodies stay, so the report names nobody and its outcomes are those of the
    original.  The report is exactly ``check(redact(dossier), ...)``, its
    input hash included (the hash of the original could confirm a guessed
    name).

    >>> from tkpk_rules.model import Dossier, Member, RegionRef, Team
    >>> d = Dossier(wilayah=RegionRef(kode="33.02"), tim=Team(anggota=(Member(nama="Siti"),)))
    >>> "Siti" in check(d, on=dt.date(2024, 1, 1), redact=True).to_json()
    False

    >>> from tkpk_rules.examples import load_example
    >>> days = [dt.date(2023, 12, 31), dt.date(2024, 12, 31)]
    >>> [r.stamp.judged_on.year for r in check(load_example(), on=days)]
    [2023, 2024]

    :raises tkpk_rules.law.HandoverError: ``handover`` is outside the window.
    """
    from tkpk_rules.errors import ArgumentTypeError

    days: tuple[dt.date, ...] | None = None
    if not isinstance(on, dt.date) and isinstance(on, Iterable) and not isinstance(on, str):
        days = tuple(on)
        if not days:
            from tkpk_rules.errors import ArgumentValueError

            raise ArgumentValueError("on: paling sedikit satu tanggal / at least one date")
        for i, day in enumerate(days):
            try:
                _check_dates(day, None)
            except ArgumentTypeError as exc:
                raise ArgumentTypeError(str(exc).replace("on:", f"on[{i}]:", 1)) from None
        _check_arguments(dossier, days[0], handover)
    else:
        _check_arguments(dossier, on, handover)
    check_handover(handover)
    if bool_argument(redact, "redact"):
        from tkpk_rules.redact import redact as hide_names

        dossier = hide_names(dossier)
    selected = selected_rules(rules)
    if days is None:
        return _check_on(dossier, on, handover, selected)  # type: ignore[arg-type]
    return tuple(_check_on(dossier, day, handover, selected) for day in days)


def _check_on(
    dossier: Dossier, on: dt.date, handover: dt.date | None, selected: tuple[Rule, ...]
) -> Report:
    """The report of ``dossier`` on ``on``, its arguments already checked."""
    level = level_of(dossier)
    memo = _memo_of(dossier)
    ctx = Context(
        dossier=dossier,
        on=on,
        level=level,
        team=_team_on(memo, dossier, on),
        handover=handover,
        memo=memo,
    )
    absent = _region_absent(dossier, on)
    now = _candidates_on(on, handover)
    years = _Years(ctx)
    findings: list[Finding] = []
    if absent is not None:
        findings.extend(_finding(rule, ctx, absent, now) for rule in selected)
    elif not level.autonomous:
        findings.extend(_administrative(rule, ctx, now) for rule in selected)
    else:
        for rule in selected:
            if level in rule.levels:
                findings.extend(_run(rule, ctx, now, years))
            else:
                findings.append(_level_other(rule, ctx, now))
    findings.sort(key=lambda f: (f.code, f.year or 0, f.path, f.variant))
    nama = dossier.wilayah.nama
    subject = Subject(
        kode=dossier.wilayah.kode,
        nama=nama if isinstance(nama, str) else _table_name(dossier.wilayah.kode),
        tingkat=level.value,
    )
    stamp = Stamp(
        library_version=__version__,
        rulebook_hash=rulebook_hash(selected),
        judged_on=on,
        input_hash=functools.partial(input_hash, dossier),  # hashed when first read
        handover=handover,
        handover_window=(HANDOVER_EARLIEST, HANDOVER_LAST_UNCERTAIN),
        governing=now,
    )
    return Report(subject=subject, stamp=stamp, findings=tuple(findings))


#: The dossier checked last (a weak reference) and its memo: what the rules and the engine
#: worked out about it (a year's meetings, documents by kind, the team on a day, doubtful
#: facts by path), each keyed by everything it depends on besides the dossier, the date
#: judged included.  Checking one dossier at several dates reuses what does not depend on
#: the date.  It goes when the dossier goes (or another is checked): no record outlives it.
_LAST: tuple[weakref.ref[Dossier], dict[Any, Any]] | None = None
#: Entries kept for one dossier before the memo starts afresh (a dossier judged on many dates).
_MEMO_ENTRIES = 8192


def _memo_of(dossier: Dossier) -> dict[Any, Any]:
    """The memo of ``dossier`` (the same object checked last), or a new one."""
    global _LAST
    last = _LAST
    if last is not None and last[0]() is dossier:
        memo = last[1]
        if len(memo) > _MEMO_ENTRIES:
            memo.clear()
        return memo
    memo = {}
    try:
        ref = weakref.ref(dossier, _forget_last)
    except TypeError:  # a model class without a weakref slot: a memo for this check only
        return memo
    _LAST = (ref, memo)
    return memo


def _forget_last(ref: weakref.ref[Dossier]) -> None:
    global _LAST
    last = _LAST
    if last is not None and last[0] is ref:
        _LAST = None


def _team_on(memo: dict[Any, Any], dossier: Dossier, day: dt.date) -> TeamAt:
    """:func:`tkpk_rules.judge.team_on`, once per dossier and day."""
    key = ("team_on", day, id(dossier))
    found: TeamAt | None = memo.get(key)
    if found is None:
        found = team_on(dossier, day)
        # Equal answers on different days are one object: what is judged of a team once
        # (see _on_the_date) is found again by its identity.
        known: list[TeamAt] = memo.setdefault(("teams_at", id(dossier)), [])
        for earlier in known:
            if earlier == found:
                found = earlier
                break
        else:
            known.append(found)
        memo[key] = found
    return found


@functools.lru_cache(maxsize=4096)
def _candidates_on(on: dt.date, handover: dt.date | None) -> tuple[str | None, ...]:
    """The regimes that may govern on ``on`` (the time line's answer, kept: dates only)."""
    return governing(on, handover=handover).candidates


@functools.lru_cache(maxsize=4096)
def _candidates_through(
    first: dt.date, last: dt.date, handover: dt.date | None
) -> tuple[str | None, ...]:
    """The regimes that may govern from ``first`` to ``last`` (kept: dates only)."""
    return governing_through(first, last, handover=handover)


def _check_arguments(dossier: object, on: object, handover: object) -> None:
    """Refuse, in words a caller understands, arguments the rules would misread."""
    _check_dossier_type(dossier)
    _check_dates(on, handover)
    _check_region(dossier)  # type: ignore[arg-type]


def _check_dossier_type(dossier: object) -> None:
    from tkpk_rules.errors import ArgumentTypeError

    if not isinstance(dossier, Dossier):
        hint = ""
        if isinstance(dossier, (str, dict)):
            hint = " (baca dulu dengan / load it first: tkpk_rules.load(...))"
        raise ArgumentTypeError(
            f"dossier: seharusnya / expected tkpk_rules.model.Dossier, "
            f"bukan / got {type(dossier).__name__}{hint}"
        )


def _check_dates(on: object, handover: object) -> None:
    from tkpk_rules.errors import ArgumentTypeError

    for name, value, optional in (("on", on, False), ("handover", handover, True)):
        if optional and value is None:
            continue
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise ArgumentTypeError(
                f"{name}: seharusnya / expected datetime.date, bukan / got "
                f"{type(value).__name__} {value!r}"
                + (
                    " (pakai / use datetime.date.fromisoformat(...))"
                    if isinstance(value, str)
                    else ""
                )
                + (" (pakai / use .date())" if isinstance(value, dt.datetime) else "")
            )


def _check_region(dossier: Dossier) -> None:
    from tkpk_rules import regions

    if regions.find(dossier.wilayah.kode) is None:
        regions.get(dossier.wilayah.kode)  # raises UnknownRegionError with candidates


def check_many(
    dossiers: Iterable[Dossier],
    *,
    on: dt.date,
    handover: dt.date | None = None,
    rules: Iterable[Rule] | None = None,
    redact: bool = False,
    workers: int | None = None,
    chunk_size: int = 64,
) -> Iterator[Report]:
    """Judge many dossiers on the same date, one report each, lazily and in order.

    ``redact`` as for :func:`check`.  With ``workers=N`` (N ≥ 2) the dossiers are
    judged by up to N processes, ``chunk_size`` at a time (at most ``min(N,
    os.cpu_count(), chunks)`` processes are started); the reports still come back
    in the order of ``dossiers`` and equal those of the one-process run.  It pays
    only for large batches (see docs/performance.md: roughly, several hundred
    dossiers on a machine with spare cores); the rules must be the rulebook's
    own (:data:`tkpk_rules.rules.RULEBOOK` or a selection from it), as each
    process finds them by code.

    >>> import datetime as dt
    >>> from tkpk_rules.model import Dossier, RegionRef
    >>> ds = [Dossier(wilayah=RegionRef(kode=k)) for k in ("64", "64.72")]
    >>> [r.subject.kode for r in check_many(ds, on=dt.date(2024, 1, 1))]
    ['64', '64.72']
    """
    selected = selected_rules(rules)
    count = _workers_argument(workers, chunk_size)
    bool_argument(redact, "redact")
    _check_dates(on, handover)  # one date: several dates of one dossier are check(on=[...])
    if count <= 1:
        for dossier in iterable_argument(dossiers, "dossiers"):
            yield check(dossier, on=on, handover=handover, rules=selected, redact=redact)
        return
    yield from _check_in_processes(
        iterable_argument(dossiers, "dossiers"),
        on=on,
        handover=handover,
        codes=_rulebook_codes(selected),
        redact=redact,
        workers=count,
        chunk_size=chunk_size,
    )


def _workers_argument(workers: object, chunk_size: object) -> int:
    from tkpk_rules.errors import ArgumentTypeError, ArgumentValueError

    # ``workers`` may be left out (None); ``chunk_size`` may not.
    for name, value in (("workers", workers), ("chunk_size", chunk_size)):
        if (value is not None or name == "chunk_size") and (
            isinstance(value, bool) or not isinstance(value, int)
        ):
            raise ArgumentTypeError(
                f"{name}: seharusnya / expected a whole number, bukan / got {type(value).__name__}"
            )
    if workers is not None and workers < 1:  # type: ignore[operator]
        raise ArgumentValueError(f"workers: paling sedikit / at least 1, bukan / got {workers}")
    if chunk_size < 1:  # type: ignore[operator]
        raise ArgumentValueError(
            f"chunk_size: paling sedikit / at least 1, bukan / got {chunk_size}"
        )
    return 1 if workers is None else int(workers)  # type: ignore[call-overload]


def _rulebook_codes(selected: tuple[Rule, ...]) -> tuple[str, ...]:
    """The codes of ``selected``, refused when a rule is not the rulebook's own."""
    from tkpk_rules.errors import ArgumentValueError
    from tkpk_rules.rules import by_code

    for i, chosen in enumerate(selected):
        try:
            known = by_code(chosen.code)
        except KeyError:
            known = None
        if known is not chosen:
            raise ArgumentValueError(
                f"rules[{i}]: dengan workers, aturan harus dari RULEBOOK / with workers, rules must"
                f" come from RULEBOOK ({chosen.code})"
            )
    return tuple(chosen.code for chosen in selected)


def _check_chunk(
    chunk: list[Dossier],
    on: dt.date,
    handover: dt.date | None,
    codes: tuple[str, ...],
    redact: bool,
) -> list[Report]:
    """One process's share: the reports of ``chunk``, their stamps' hashes computed here."""
    from tkpk_rules.rules import by_code

    selected = tuple(by_code(code) for code in codes)
    reports = [check(d, on=on, handover=handover, rules=selected, redact=redact) for d in chunk]
    for report in reports:
        report.stamp.input_hash  # noqa: B018 - hash in the worker, send text not the dossier
    return reports


def _check_in_processes(
    dossiers: Iterable[Dossier],
    *,
    on: dt.date,
    handover: dt.date | None,
    codes: tuple[str, ...],
    redact: bool,
    workers: int,
    chunk_size: int,
) -> Iterator[Report]:
    import itertools
    from concurrent.futures import Future, ProcessPoolExecutor

    from tkpk_rules.errors import ArgumentTypeError

    def chunks() -> Iterator[list[Dossier]]:
        position = 0
        iterator = iter(dossiers)
        while chunk := list(itertools.islice(iterator, chunk_size)):
            for i, dossier in enumerate(chunk, start=position):
                try:  # check's own refusals, here rather than inside a process
                    _check_dossier_type(dossier)
                except ArgumentTypeError as exc:
                    raise ArgumentTypeError(f"dossiers[{i}]: {exc}") from None
                _check_region(dossier)
            position += len(chunk)
            yield chunk

    _check_dates(on, handover)
    # Never more processes than cores, nor than chunks to judge (the pool starts them
    # all at once: workers=10**6 must not ask for a million).
    workers = process_count(workers)
    source = chunks()
    first = list(itertools.islice(source, 2 * workers))
    with ProcessPoolExecutor(max_workers=process_count(workers, len(first))) as pool:
        # Keep at most two chunks per process in flight: memory stays bounded and the
        # reports still come back in input order.
        pending: list[Future[list[Report]]] = [
            pool.submit(_check_chunk, chunk, on, handover, codes, redact) for chunk in first
        ]
        while pending:
            future = pending.pop(0)
            reports = future.result()
            following = next(source, None)
            if following is not None:
                pending.append(pool.submit(_check_chunk, following, on, handover, codes, redact))
            yield from reports


def diff(
    dossier: Dossier,
    *,
    from_date: dt.date,
    to_date: dt.date,
    handover: dt.date | None = None,
    rules: Iterable[Rule] | None = None,
    redact: bool = False,
) -> ReportDiff:
    """Judge ``dossier`` on two dates and keep the findings that differ.

    ``redact`` as for :func:`check`.

    Findings that appear, disappear, change outcome, or keep their outcome
    but rest on another provision (42/2010 on one date, 53/2020 on the
    other), each with both findings and so the citations on both sides.  See
    :mod:`tkpk_rules.report.diff` for how findings are paired.

    >>> import datetime as dt
    >>> from tkpk_rules.examples import load_example
    >>> from tkpk_rules.rules import RULEBOOK
    >>> d = diff(load_example(), from_date=dt.date(2019, 6, 1), to_date=dt.date(2024, 6, 1))
    >>> responsible = next(r.code for r in RULEBOOK if r.provision == "42.responsible")
    >>> chair = next(r.code for r in RULEBOOK if r.provision == "53.chair")
    >>> [c.kind.value for c in d.by_code(responsible)]
    ['changed']
    >>> d.by_code(chair)[0].before.citation.text()
    'Permendagri 42/2010, Pasal ?'

    :raises tkpk_rules.law.HandoverError: ``handover`` is outside the window.
    """
    diff_dates(from_date, to_date, ordered=False)  # either order (tests/test_diff.py)
    selected = selected_rules(rules)
    if bool_argument(redact, "redact"):
        from tkpk_rules.redact import redact as hide_names

        dossier = hide_names(dossier)
    before = check(dossier, on=from_date, handover=handover, rules=selected)
    after = check(dossier, on=to_date, handover=handover, rules=selected)
    return compare(before, after)


def _region_absent(dossier: Dossier, on: dt.date) -> Verdict | None:
    """The not-applicable verdict for a region code that did not exist yet on ``on``."""
    from tkpk_rules.regions import find, predecessors

    region = find(dossier.wilayah.kode)
    if region is None or region.dibentuk is None or on >= region.dibentuk:
        return None
    before = predecessors(region, on=on) or predecessors(region)
    return _engine_verdict(
        Outcome.NOT_APPLICABLE,
        "region_not_yet",
        "wilayah",
        wilayah=region.kode,
        nama=region.nama,
        tanggal=on,
        sejak=region.dibentuk,
        sebelumnya=" / ".join(f"{r.kode} {r.nama}" for r in before) or "-",
        kode_lama=tuple(r.kode for r in before),
        dasar=region.dasar_hukum or "-",
    )


def _table_name(kode: str) -> str | None:
    from tkpk_rules.regions import find

    region = find(kode)
    return region.nama if region is not None else None


def _regime_names(regimes: Iterable[str | None], lang: str = "id") -> str:
    names = [short_name(r) if r else ("(tidak ada)" if lang == "id" else "(none)") for r in regimes]
    return ", ".join(names)


def _years(rule: Rule, on: dt.date) -> tuple[int, ...]:
    """The calendar years a yearly rule judges on ``on``, within what ``date`` can hold."""
    assert rule.years is not None
    return tuple(y for y in rule.years(on) if dt.MINYEAR <= y <= dt.MAXYEAR)


class _Years:
    """What every yearly rule of one check shares about a year, computed once per year."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._years: dict[int, tuple[Context, tuple[str | None, ...]]] = {}
        self._teams: dict[int, TeamAt] = {}

    def get(self, year: int) -> tuple[Context, tuple[str | None, ...]]:
        """The context of ``year`` and the regimes that may govern in it."""
        found = self._years.get(year)
        if found is None:
            ctx = self.ctx
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            found = (
                attrs.evolve(ctx, year=year),
                _candidates_through(first, last, ctx.handover),
            )
            self._years[year] = found
        return found

    def team(self, year: int) -> TeamAt:
        """The team that applies to ``year``: on the date judged, or on its last day."""
        found = self._teams.get(year)
        if found is None:
            ctx = self.ctx
            found = _team_on(ctx.memo, ctx.dossier, min(ctx.on, dt.date(year, 12, 31)))
            self._teams[year] = found
        return found


def _administrative(rule: Rule, ctx: Context, now: tuple[str | None, ...]) -> Finding:
    """The finding of ``rule`` for a region that is not autonomous (no rule applies)."""
    return _finding(
        rule,
        ctx,
        _engine_verdict(
            Outcome.NOT_APPLICABLE,
            "level_administrative",
            "wilayah",
            wilayah=ctx.dossier.wilayah.kode,
            tingkat=ctx.level,
        ),
        now,
    )


def _level_other(rule: Rule, ctx: Context, now: tuple[str | None, ...]) -> Finding:
    """The finding of ``rule`` for an autonomous region of a level the rule is not about."""
    return _made(
        rule,
        ctx,
        now,
        ("level_other", ctx.level),
        "wilayah",
        lambda: _engine_verdict(
            Outcome.NOT_APPLICABLE,
            "level_other",
            "wilayah",
            tingkat=ctx.level,
            tingkat_aturan=tuple(sorted(lv.value for lv in rule.levels)),
        ),
    )


def _run(rule: Rule, ctx: Context, now: tuple[str | None, ...], shared: _Years) -> list[Finding]:
    """The findings of ``rule`` for an autonomous region of one of its levels."""
    plan = _plan(rule, ctx.on, ctx.handover, now)
    if plan is _BLOCKED:
        return [
            _made(
                rule,
                ctx,
                now,
                ("regime_block", ctx.on),
                "",
                lambda: _regime_block(rule, now, ctx.on),
            )
        ]
    if plan is _NO_YEAR:
        # No judgeable year (the edge of the calendar) under a regime that holds.
        return [
            _finding(
                rule,
                ctx,
                _engine_verdict(Outcome.NOT_APPLICABLE, "no_year", "", tanggal=ctx.on),
                now,
            )
        ]
    if plan is _ON_THE_DATE:
        return _on_the_date(rule, ctx, now)
    out: list[Finding] = []
    assert not isinstance(plan, str)
    for year, regimes, step in plan:
        yctx = shared.get(year)[0]
        if step is _MIXED:
            if (
                ctx.handover is not None
                and shared.team(year).team is not None
                and not isinstance(shared.team(year).team, NotRecorded)
            ):
                settled = _split_year(rule, yctx, regimes, year)
                if settled is not None:
                    out.extend(settled)
                    continue
            out.append(
                _made(
                    rule,
                    yctx,
                    regimes,
                    ("regime_changed_in_year", year),
                    "",
                    lambda year=year, regimes=regimes: _engine_verdict(  # type: ignore[misc]
                        Outcome.UNDETERMINED,
                        "regime_changed_in_year",
                        "",
                        year=year,
                        aturan=_regime_names(sorted(rule.regimes)),
                        berlaku=_regime_names(regimes),
                    ),
                )
            )
            continue
        if step is _BLOCKED:
            first = dt.date(year, 1, 1)
            out.append(
                _made(
                    rule,
                    yctx,
                    regimes,
                    ("regime_block", year),
                    "",
                    lambda r=regimes, f=first, y=year: _regime_block(rule, r, f, year=y),  # type: ignore[misc]
                )
            )
            continue
        out.extend(_finding(rule, c, v, regimes) for c, v in _judge_year(rule, yctx, shared))
    return out


#: The steps of a rule's plan on a date (:func:`_plan`).
_BLOCKED = "blocked"  # a regime that may govern is not the rule's: the engine's finding
_NO_YEAR = "no_year"  # a yearly rule with no judgeable year
_ON_THE_DATE = "on_the_date"  # a rule of the date judged: run it
_MIXED = "mixed"  # a year in which the regime may change
_JUDGE = "judge"  # a year under the rule's regimes: run it

_Plan = str | tuple[tuple[int, tuple[str | None, ...], str], ...]
#: (id(rule), on, handover) -> (rule, plan): what :func:`_run` does, a pure function of dates.
_PLANS: dict[tuple[int, dt.date, dt.date | None], tuple[Rule, _Plan]] = {}


def _plan(rule: Rule, on: dt.date, handover: dt.date | None, now: tuple[str | None, ...]) -> _Plan:
    """What judging ``rule`` on ``on`` takes, worked out from the time line once per date.

    ``now`` is ``_candidates_on(on, handover)``.  A yearly rule's plan lists each year
    judged with the regimes that may govern in it and whether the rule runs there.
    """
    key = (id(rule), on, handover)
    found = _PLANS.get(key)
    if found is not None and found[0] is rule:
        return found[1]
    plan: _Plan
    years = _years(rule, on) if rule.years is not None else ()
    if rule.years is None or not years:
        if _blocks(rule, now):
            plan = _BLOCKED
        elif rule.years is not None:
            plan = _NO_YEAR
        else:
            plan = _ON_THE_DATE
    else:
        steps = []
        for year in years:
            regimes = _candidates_through(dt.date(year, 1, 1), dt.date(year, 12, 31), handover)
            if len(regimes) > 1 and any(r in rule.regimes for r in regimes):
                step = _MIXED
            elif _blocks(rule, regimes):
                step = _BLOCKED
            else:
                step = _JUDGE
            steps.append((year, regimes, step))
        plan = tuple(steps)
    if len(_PLANS) >= 8192:
        _PLANS.clear()
    _PLANS[key] = (rule, plan)
    return plan


_T = TypeVar("_T")


class _WatchedContext(Context):
    """A context that notes whether the date judged (``on``) was read, for one probing run.

    Everything of :class:`Context` that depends on the date reads ``on`` (``shared``,
    ``year_over``, ``days_left``, copying it with ``attrs.evolve``, comparing it), so a
    run that never read it judged the team, the level and the record alone, and what
    the record says on the date through :meth:`ask`, whose answers it notes.
    """

    __slots__ = ("answers", "read_on")
    read_on: bool
    answers: list[tuple[Callable[..., Any], tuple[Hashable, ...], Any]]

    @property
    def on(self) -> dt.date:
        object.__setattr__(self, "read_on", True)
        return _ON_SLOT.__get__(self, Context)  # type: ignore[no-any-return]

    @on.setter
    def on(self, value: dt.date) -> None:  # only attrs' own __init__ (through evolve) sets it
        _ON_SLOT.__set__(self, value)

    def ask(self, question: Callable[..., _T], *args: Hashable) -> _T:
        """The answer of :meth:`Context.ask`, noted: the date is read through the record."""
        found = self._answer(_ON_SLOT.__get__(self, Context), question, args)
        if type(found) in _MUTABLE:
            # A list or dict the rule could change after it was noted: no reuse.
            object.__setattr__(self, "read_on", True)
        try:
            self.answers.append((question, args, found))
        except AttributeError:  # a copy made by attrs.evolve (which read the date already)
            object.__setattr__(self, "answers", [(question, args, found)])
        return found


#: Answers a rule could change after the probe noted them (the rule is then not reused).
_MUTABLE: frozenset[type] = frozenset({list, dict, set, bytearray})


def _same_answer(now: object, was: object) -> bool:
    """Whether the record answers a question now as it did at the probe's date."""
    return type(now) is type(was) and bool(now == was)  # True == 1, but not the same answer


#: The slot holding a context's ``on`` (what :class:`_WatchedContext` reads through).
_ON_SLOT: Any = Context.__dict__["on"]
_CONTEXT_SLOTS: tuple[tuple[str, Any], ...] = tuple(
    (name, Context.__dict__[name])
    for name in Context.__slots__  # type: ignore[attr-defined]
    if name != "__weakref__"
)


def _watched(ctx: Context) -> _WatchedContext:
    """A copy of ``ctx`` that notes whether ``on`` is read."""
    copy = object.__new__(_WatchedContext)
    for _, slot in _CONTEXT_SLOTS:
        slot.__set__(copy, slot.__get__(ctx, Context))
    object.__setattr__(copy, "read_on", False)
    object.__setattr__(copy, "answers", [])
    return copy


def _on_the_date(rule: Rule, ctx: Context, now: tuple[str | None, ...]) -> list[Finding]:
    """The findings of a rule of the date judged: judged once for every date with the same team.

    A dossier judged at several dates (its year-ends) meets the same team on most of
    them, and a rule about the team gives the same findings on each unless it reads the
    date.  The first run for a team is a probe: judged on a context that notes whether
    the date was read (:class:`_WatchedContext`).  When it was not, and its verdicts keep
    only plain values (nothing that could read the date when turned into facts later),
    its findings serve every other date with the same team (:func:`_team_on` gives equal
    teams one object), level, handover and regimes, and on which the record answers
    every question the probe asked of it (:meth:`Context.ask`: the documents adopted by
    then, a post vacant then) as it did at the probe's date; a date with other answers
    is probed again.  A rule that read the date is judged on every date.  Not for a record
    with ``cakupan`` (whether it speaks for the date is asked of every doubtful finding)
    or a team the record leaves open (the undetermined finding names the date).
    """
    at = ctx.team
    memo = ctx.memo
    # (``id`` of the level: an enum member is one object, and hashing an enum is slow)
    key = ("dateless", id(rule), id(at), id(ctx.level), ctx.handover, now)
    found = memo.get(key)
    if found is not None and found[0] is rule and found[1] is at:
        if found[2] is not None and all(
            _same_answer(ctx.ask(q, *a), was) for q, a, was in found[3]
        ):
            return found[2]  # type: ignore[no-any-return]
    elif found is not None:
        found = None  # another rule's or team's whose id was reused: probe afresh
    if (
        (found is not None and found[2] is None)
        or isinstance(ctx.dossier.cakupan, Coverage)
        or (at.alternatives and rule.topic in _TEAM_TOPICS)
    ):
        return [_finding(rule, c, v, now) for c, v in _judge_team(rule, ctx)]
    # Not probed yet, or probed at a date on which the record answered otherwise.
    probe = _watched(ctx)
    verdicts = list(_judge(rule, probe, remember=False))
    findings = [_finding(rule, ctx, v, now) for v in verdicts]
    # Reused only if nothing was left to read the date later: every value the verdicts
    # hold for their facts and messages is plain (a text, a number, a date, an enum...).
    dateless = not probe.read_on and all(_plain_verdict(v) for v in verdicts)
    memo[key] = (rule, at, findings if dateless else None, tuple(probe.answers))
    return findings


def _plain_verdict(v: Verdict) -> bool:
    """Whether ``v``'s facts and parameters are the rule's values, each of a plain type."""
    params = v.given_params
    state = getattr(params, "state", None)
    if state is None or v.given_facts is not params:
        return False  # facts or parameters given as a function: they may read anything
    raw, used, _, _ = state()
    return all(_plain(x) for x in raw.values()) and (
        used is None or all(_plain(x) for x in used.values())
    )


_PLAIN_TYPES = frozenset({str, int, bool, float, type(None), dt.date, NotRecorded})


def _plain(value: object) -> bool:
    kind = type(value)
    if kind in _PLAIN_TYPES or isinstance(value, enum.Enum) or kind is ImpreciseDate:
        return True
    return kind is tuple and all(_plain(x) for x in value)  # type: ignore[attr-defined]


#: Topics whose rules read the team on the date judged.
_TEAM_TOPICS = frozenset({"formation", "instrument", "membership", "leadership"})


def _judge_team(rule: Rule, ctx: Context) -> list[tuple[Context, Verdict]]:
    """The rule's verdicts, each with the context it was judged in.

    Where the record leaves open which team applies (:attr:`TeamAt.alternatives`:
    a decree dated only by its year, an undated earlier team), a rule about the
    team is judged under each team the record allows, and kept only where they
    agree (:func:`_agreed`).
    """
    at = ctx.team
    if not at.alternatives or rule.topic not in _TEAM_TOPICS:
        return [(ctx, v) for v in _judge(rule, ctx)]
    runs = []
    for alternative in at.alternatives:
        actx = attrs.evolve(ctx, team=alternative)
        runs.append((actx, list(_judge(rule, actx))))
    return _agreed(ctx, at, runs)


def _judge_year(rule: Rule, yctx: Context, shared: _Years) -> list[tuple[Context, Verdict]]:
    """A yearly rule's verdicts for ``yctx.year``, under each team the year may have had."""
    assert yctx.year is not None
    at = shared.team(yctx.year)
    if not at.alternatives:
        return [(yctx, v) for v in _year_verdicts(rule, yctx, at)]
    return _agreed(yctx, at, [(yctx, _year_verdicts(rule, yctx, a)) for a in at.alternatives])


def _year_verdicts(rule: Rule, yctx: Context, at: TeamAt) -> list[Verdict]:
    if isinstance(at.team, NotRecorded):
        return [
            _engine_verdict(
                Outcome.UNDETERMINED, "no_team_in_year", "", year=yctx.year, missing=at.missing
            )
        ]
    if at.team is None:
        return [_engine_verdict(Outcome.NOT_APPLICABLE, "no_team_that_year", "", year=yctx.year)]
    return list(_judge(rule, yctx))


def _agreed(
    ctx: Context, at: TeamAt, runs: list[tuple[Context, list[Verdict]]]
) -> list[tuple[Context, Verdict]]:
    """The verdicts of the first run where every run gives the same outcome; else undetermined.

    Runs agree when each gives the same set of outcomes; where one gives a violation,
    they must also give it for the same thing (variant and path, the team's own path
    aside).  Kept verdicts carry the fact ``tim_yang_mungkin``: the teams that may apply.
    """
    names = tuple(_alternative_name(a) for a in at.alternatives)
    outcomes = [frozenset((v.outcome, v.advisory) for v in vs) for _, vs in runs]
    agree = bool(runs[0][1]) and all(o == outcomes[0] for o in outcomes)
    if agree and any(Outcome.VIOLATION is o for o, _ in outcomes[0]):
        shapes = [_shape(c.team.path, vs) for c, vs in runs]
        agree = all(shape == shapes[0] for shape in shapes)
    if agree:
        first, verdicts = runs[0]
        return [
            (first, attrs.evolve(v, facts=tuple(sorted((*v.facts, ("tim_yang_mungkin", names))))))
            for v in verdicts
        ]
    found = sorted({v.outcome.value for _, vs in runs for v in vs})
    undetermined = _engine_verdict(
        Outcome.UNDETERMINED,
        "team_undetermined",
        "",
        year=ctx.year,
        missing=at.missing,
        tanggal=ctx.on if ctx.year is None else min(ctx.on, dt.date(ctx.year, 12, 31)),
        tim=" / ".join(names),
        kurang=", ".join(at.missing),
        hasil="/".join(found) or "-",
    )
    return [(ctx, undetermined)]


def _alternative_name(at: TeamAt) -> str:
    if isinstance(at.team, NotRecorded):
        return f"{at.path}?"
    return at.path if at.team is not None else "-"


def _shape(team_path: str, verdicts: list[Verdict]) -> list[tuple[object, ...]]:
    """What a run concluded, about what, with the team's own path written ``{tim}``."""
    return sorted(
        (
            v.outcome.value,
            v.advisory,
            v.variant,
            "{tim}" + v.path[len(team_path) :] if v.path.startswith(team_path) else v.path,
            v.year,
        )
        for v in verdicts
    )


def _split_year(
    rule: Rule, yctx: Context, regimes: tuple[str | None, ...], year: int
) -> list[Finding] | None:
    """A yearly rule in the year of a known handover: settled only when its duty is met.

    Met for the whole year (every verdict compliant, none advisory) it is met for the
    part of the year its regime governed, whichever part that is; anything else stays
    undetermined, with a message saying what the handover changed.
    """
    verdicts = list(_judge(rule, yctx))
    if verdicts and all(v.outcome is Outcome.COMPLIANT and not v.advisory for v in verdicts):
        return [_finding(rule, yctx, v, regimes) for v in verdicts]
    assert yctx.handover is not None
    return [
        _finding(
            rule,
            yctx,
            _engine_verdict(
                Outcome.UNDETERMINED,
                "regime_split_by_handover",
                "",
                year=year,
                aturan=_regime_names(sorted(rule.regimes)),
                berlaku=_regime_names(regimes),
                peralihan=yctx.handover,
                hasil="/".join(sorted({v.outcome.value for v in verdicts})) or "-",
            ),
            regimes,
        )
    ]


def _judge(rule: Rule, ctx: Context, *, remember: bool = True) -> Iterable[Verdict]:
    """The rule's verdicts: its first unmet requirement's, or its function's.

    A requirement is a pure function of the context: once met in a context (the date,
    year, handover and team judged), it is not asked again there by the other rules
    that declare it (kept in the dossier's memo with the team it was met for).
    ``remember=False`` asks every requirement afresh and keeps nothing (a probing run,
    whose reads of the date must be the rule's own, not the memo key's).
    """
    if not remember:
        for requirement in rule.requires:
            unmet = requirement.check(ctx)
            if unmet is not None:
                return (unmet,)
        return rule.function(ctx)
    memo = ctx.memo
    for requirement in rule.requires:
        key = (
            "met",
            id(requirement),
            ctx.on,
            ctx.year,
            ctx.handover,
            id(ctx.team),
            id(ctx.dossier),
        )
        found = memo.get(key)
        if found is not None and found[0] is requirement and found[1] is ctx.team:
            continue
        unmet = requirement.check(ctx)
        if unmet is not None:
            return (unmet,)
        memo[key] = (requirement, ctx.team)
    return rule.function(ctx)


def _blocks(rule: Rule, candidates: tuple[str | None, ...]) -> bool:
    """Whether a regime that may govern is one the rule does not hold under."""
    return any(c not in rule.regimes for c in candidates)


def _regime_block(
    rule: Rule, candidates: tuple[str | None, ...], day: dt.date, *, year: int | None = None
) -> Verdict:
    """The verdict of a rule some regime that may govern on ``day`` (or in ``year``) lacks."""
    inside = [c for c in candidates if c in rule.regimes]
    when: object = str(year) if year is not None else day
    aturan = _regime_names(sorted(rule.regimes))
    if not inside:
        if candidates == (None,):
            return _engine_verdict(
                Outcome.NOT_APPLICABLE, "no_regulation", "", year=year, tanggal=when
            )
        return _engine_verdict(
            Outcome.NOT_APPLICABLE,
            "regime_not_in_force",
            "",
            year=year,
            tanggal=when,
            aturan=aturan,
            berlaku=_regime_names(candidates),
        )
    return _engine_verdict(
        Outcome.UNDETERMINED,
        "regime_uncertain",
        "",
        year=year,
        tanggal=when,
        aturan=aturan,
        berlaku=_regime_names(candidates),
    )


#: (id(rule), regimes, year judged, what) -> (rule, finding): the engine's own findings,
#: built once.  ``what`` names everything else the finding depends on (the level, the
#: date or year): never the dossier's text, so no user text is kept between checks.
_MADE: dict[tuple[object, ...], tuple[Rule, Finding]] = {}


def _made(
    rule: Rule,
    ctx: Context,
    candidates: tuple[str | None, ...],
    what: tuple[object, ...],
    path: str,
    build: Callable[[], Verdict],
) -> Finding:
    """An engine-made finding (``build()``'s) that is the same for every dossier: remembered.

    Only while the record holds no doubtful fact on ``path`` (the finding would name it).
    """
    if _weak_facts(ctx, path):
        return _finding(rule, ctx, build(), candidates)
    key = (id(rule), candidates, ctx.year, what)
    found = _MADE.get(key)
    if found is not None and found[0] is rule:
        return found[1]
    made = _finding(rule, ctx, build(), candidates)
    if len(_MADE) >= 8192:
        _MADE.clear()
    _MADE[key] = (rule, made)
    return made


def _engine_verdict(
    outcome: Outcome,
    variant: str,
    path: str,
    *,
    year: int | None = None,
    missing: tuple[str, ...] = (),
    **params: object,
) -> Verdict:
    return verdict(outcome, "_engine." + variant, path, year=year, missing=missing, extra=params)


def _finding(
    rule: Rule, ctx: Context, v: Verdict, candidates: tuple[str | None, ...] = ()
) -> Finding:
    basis = _basis(rule, candidates)
    outcome = v.outcome
    advisory = v.advisory
    progress = v.progress
    extra_facts: dict[str, object] | None = None
    missing = v.missing
    found = _MESSAGES.get(id(rule))
    table = found[1] if found is not None and found[0] is rule else _messages_of(rule)
    params = v.given_params  # a function until a message is written
    said = _SPEECH.get((id(rule), v.variant, not v.missing))
    if said is None or said[0] is not rule:
        said = _speech_of(rule, table, v.variant, bool(v.missing))
    _, template, own_key, action_variant, said_action_key, said_action_template = said
    # A rule's own message on the verdict's pending object is left as its key: the
    # finding builds the Text when read (one object fewer per finding).
    speak = getattr(params, "speak", None)  # a verdict's pending object (rules._base)
    pending = speak is not None
    lazy = template is not None and pending
    msg: Text | None = None
    if not lazy:
        msg = _message_text(table, v.variant, rule.code, params)
    weak = _weak_facts(ctx, v.path) if v.path else ()
    doubted: str | None = None
    # A violation, a warning that a running year is at risk ("0 meetings so far"), or
    # advice that a list lacks something ("no report presented by then", "no agenda yet
    # for the running year") rests on what the record shows: weakened where the record
    # cannot support it.
    if (
        outcome is Outcome.VIOLATION
        or (progress is Progress.AT_RISK and advisory)
        or (advisory and v.path in _LISTS_ABSENT)
    ):
        doubt = _doubt(rule, ctx, v, weak)
        if doubt is not None:
            # The record cannot support the violation: say what would settle it.
            key, why, needed = doubt
            doubted = key
            outcome, advisory, progress = Outcome.UNDETERMINED, False, None
            msg = Text.of(key, (("alasan", why), ("pesan", msg or _own(rule, v, template))))
            lazy = False
            missing = tuple(dict.fromkeys((*needed, *missing)))
            extra_facts = {"pelanggaran_tidak_didukung": key.rsplit(".", 1)[-1]}
    elif outcome is Outcome.COMPLIANT and (
        (v.path.startswith(_ITEM_HEADS) and _any_undated(ctx))
        or (ctx.year is None and ctx.team.formed_unknown and rule.topic in _TEAM_TOPICS)
        or weak
    ):
        # A compliance about what a document, an agenda, the secretariat's decree or the
        # team holds (with advice or without: "there is a RAT, but no RPKD") rests on the
        # item existing on the date judged, as a violation about it does: with its date
        # not recorded, it may have come only later.  And one resting on a fact the record
        # holds as uncertain is no surer than that fact.
        unsupported = _unsupported_compliance(rule, ctx, v.path, weak)
        if unsupported is not None:
            doubted, why, needed = unsupported
            outcome, advisory, progress = Outcome.UNDETERMINED, False, None
            msg = Text.of(doubted, (("alasan", why), ("pesan", msg or _own(rule, v, template))))
            lazy = False
            missing = tuple(dict.fromkeys((*needed, *missing)))
            extra_facts = {"kepatuhan_tidak_didukung": doubted.rsplit(".", 1)[-1]}
    if outcome is Outcome.VIOLATION and not basis.support.binding:
        # Practice is never a violation: keep the departure as an advisory.
        outcome, advisory = Outcome.COMPLIANT, True
        msg = Text.of("_engine.practice_departure", (("pesan", msg or _own(rule, v, template)),))
        lazy = False
        extra_facts = {**(extra_facts or {}), "praktik_tidak_diikuti": True}
    if outcome is Outcome.VIOLATION and ctx.year is not None and not ctx.year_over:
        # A year still running is never a violation.
        outcome, advisory, progress = Outcome.UNDETERMINED, True, Progress.AT_RISK
        msg = Text.of(
            "_engine.running_year",
            (
                ("pesan", msg or _own(rule, v, template)),
                ("sisa_hari", ctx.days_left),
                ("tahun", ctx.year),
            ),
        )
        lazy = False
    if outcome is Outcome.VIOLATION:
        severity = Severity.VIOLATION
    elif advisory:
        severity = Severity.ADVISORY
    else:
        severity = Severity.NONE
    action: Text | None = None
    action_key: str | None = None  # the advice left as its key, as the message above
    action_template: Words | None = None
    if doubted is not None:
        # Never the rule's advice ("add members to the decree") when the list is partial.
        action = Text.of(doubted + ".action", ())
    elif action_variant is not None and (outcome is not Outcome.COMPLIANT or advisory):
        if not pending or said_action_key is None:
            action = _message_text(table, action_variant, rule.code, params)
        else:
            action_key, action_template = said_action_key, said_action_template
    message: Any
    advice: Any = action
    message_key = own_key if lazy else None
    facts: Any = v.given_facts  # sorted and converted when first read
    state = getattr(params, "state", None)  # a verdict's pending object (rules._base)
    if state is not None and facts is params and not extra_facts:
        # The finding keeps the pending object's state in its own slots: one object
        # for the collector per kept finding instead of two.
        raw, used, done_facts, done_params = state()
        # Enum members and *not recorded* among them kept as the texts (or None) they
        # become anyway: a dict of plain values is one the collector stops following.
        if is_tracked(raw):
            raw = plainer(raw)
        if used is not None and is_tracked(used):
            used = plainer(used)
        return Finding(
            code=rule.code,
            provision=basis.provision,
            outcome=outcome,
            severity=severity,
            support=basis.support,
            citation=basis.citation,
            also_cited=basis.also_cited,
            path=v.path or _default_path(rule),
            facts=_OWN if done_facts is None else done_facts,
            missing=missing,
            message_text=_OWN if msg is None else msg,  # None exactly when lazy
            action_text=_OWN if action_key is not None else action,
            year=v.year if v.year is not None else ctx.year,
            progress=progress,
            variant=v.variant,
            certainty=weak,
            _raw=raw,
            _used=used,
            _params=done_params,
            _key=message_key,
            _template=template if lazy else None,
            _action_key=action_key,
            _action_template=action_template,
        )
    if (
        (lazy or action_key is not None)
        and speak is not None
        and speak(message_key, template if lazy else None, action_key, action_template)
    ):
        message = params if lazy else msg
        if action_key is not None:
            advice = params
    else:  # the pending object speaks for another finding already: Texts of this one's own
        message = msg if msg is not None else _own(rule, v, template)
        if action_key is not None:
            advice = Text.of(action_key, params, action_template)
    if extra_facts:
        facts = _Once(_with_facts, facts, extra_facts)
    return Finding(
        code=rule.code,
        provision=basis.provision,
        outcome=outcome,
        severity=severity,
        support=basis.support,
        citation=basis.citation,
        also_cited=basis.also_cited,
        path=v.path or _default_path(rule),
        facts=facts,
        missing=missing,
        message_text=message,
        action_text=advice,
        year=v.year if v.year is not None else ctx.year,
        progress=progress,
        variant=v.variant,
        certainty=weak,
    )


def _own(rule: Rule, v: Verdict, template: Words | None) -> Text:
    """The rule's own message of ``v`` (its ``template`` found in the rule's table)."""
    return Text.of(f"{rule.code}.{v.variant}", v.given_params, template)


#: Paths at which advice says a list lacks something (no report presented by its deadline).
_LISTS_ABSENT = frozenset({"dokumen", "rapat_koordinasi", "agenda_kerja"})

#: The lists a topic's violations may rest on the absence of something from.
_TOPIC_LISTS: dict[str, tuple[str, ...]] = {
    "membership": ("{team}.anggota",),
    "leadership": ("{team}.anggota",),
    "secretariat": ("sekretariat.anggota",),
    "agenda": ("agenda_kerja",),
    "meetings": ("rapat_koordinasi",),
    "documents": ("dokumen",),
}


def _weak_facts(ctx: Context, path: str) -> tuple[tuple[str, str], ...]:
    """The facts on ``path`` the record holds as inferred or uncertain, with their certainty."""
    if not path:
        return ()
    # The same on every date: kept in the dossier's memo across checks.
    key = ("weak", path, id(ctx.dossier))
    memo = ctx.memo
    found: tuple[tuple[str, str], ...] | None = memo.get(key)
    if found is None:
        found = memo[key] = _find_weak_facts(ctx, path)
    return found


def _find_weak_facts(ctx: Context, path: str) -> tuple[tuple[str, str], ...]:
    out = []
    for where, fact in facts_on_path(ctx.dossier, path):
        level = certainty_of(fact)
        if level is not Certainty.DINYATAKAN:
            out.append((where, level.value))
    return tuple(out)


def _doubt(
    rule: Rule, ctx: Context, v: Verdict, weak: tuple[tuple[str, str], ...]
) -> tuple[str, str | Words, tuple[str, ...]] | None:
    """Why the record cannot support ``v``'s violation or warning (key, reason, facts), or None.

    Five reasons, checked once here for every rule: the record does not speak for
    the whole year (so far, for a year still running; or the day) judged
    (``cakupan.mulai``/``selesai``); a list the
    rule's answer may rest on is marked incomplete (``cakupan.sebagian``); a year
    over is judged against a team whose forming date is not recorded
    (:attr:`TeamAt.formed_unknown`: it may not have existed then), or finds the year
    lacking something (not a recorded item at fault) although its team was formed during
    it with no team recorded at its start (the brief does not say whether a yearly duty
    applies in full to that year); the fact
    the finding points at is recorded as uncertain (``kepastian: belum_pasti``).
    A compliant answer is not doubted here: what a partial record shows, it shows.  Only
    a compliance about what an undated document, agenda or secretariat decree holds, or
    what an undated team is made of on a date, or resting on an uncertain fact, is (in
    :func:`_finding`, through :func:`_unsupported_compliance`).
    """
    coverage = ctx.dossier.cakupan
    if isinstance(coverage, Coverage):
        if ctx.year is not None:
            # A year still running is judged on what happened so far: up to the day judged.
            first, last = dt.date(ctx.year, 1, 1), dt.date(ctx.year, 12, 31)
            if not ctx.year_over:
                last = min(last, ctx.on)
            span = str(ctx.year)
        else:
            first = last = ctx.on
            span = ctx.on.isoformat()
        if coverage.speaks_for(first, last) is not True:
            return ("_engine.outside_coverage", span, (f"cakupan ({span})",))
        team = ctx.team.path if ctx.year is None else "tim"
        lists = [p.format(team=team) for p in _TOPIC_LISTS.get(rule.topic, ())]
        if v.path:
            head = v.path.split(".")[0].split("[")[0]
            lists += [head, v.path]
            if ".anggota" in v.path:
                lists.append(v.path[: v.path.index(".anggota") + len(".anggota")])
        lists += [p.format(team=team) for p in rule.lists if "[]" not in p]
        if team != "tim":
            lists = [*lists, *(p.replace(team, "tim") for p in lists)]
        partial = partial_lists(ctx.dossier, list(dict.fromkeys(lists)))
        inside = _partial_inside(rule, ctx, coverage, v.path, team)
        partial += [p for p in inside if p not in partial]
        if partial:
            return ("_engine.partial_list", ", ".join(partial), tuple(partial))
    if (
        ctx.year is not None
        and ctx.year_over
        and _team_on(ctx.memo, ctx.dossier, dt.date(ctx.year, 1, 1)).formed_unknown
    ):
        # An undated team, not surely in office when the year began, may have been formed
        # after it: nothing may have been due from it.
        return ("_engine.team_undated", str(ctx.year), ("tim.pembentukan.tanggal",))
    if (
        ctx.year is None
        and ctx.team.formed_unknown
        and rule.topic in _TEAM_TOPICS
        and v.path.startswith(ctx.team.path)
    ):
        # What the undated team is made of says nothing of a day it may not have existed on.
        # (No date in the words: a rule of the date's findings serve other dates.)
        return ("_engine.team_undated_on", "tim.pembentukan.tanggal", ("tim.pembentukan.tanggal",))
    undated = _undated_item(ctx.dossier, v.path) if v.path else None
    if undated is not None:
        # What a document, an agenda or the secretariat's decree holds says nothing of a
        # day it may not have existed on (no date in the words, as just above).
        return ("_engine.item_undated", undated, (undated,))
    if ctx.year is not None and ctx.year_over and "[" not in v.path:
        # What the year lacks (an agenda, meetings, a RAT), not what a recorded item says:
        # with no team recorded on its 1 January, the brief does not say whether a yearly
        # duty applies in full to the year a team is formed.
        late = _formed_in_year(ctx, ctx.year)
        if late is not None:
            return ("_engine.team_formed_in_year", late[0], late[1])
    unsure = [where for where, level in weak if level == Certainty.BELUM_PASTI.value]
    if unsure:
        return ("_engine.uncertain_fact", ", ".join(unsure), tuple(unsure))
    return None


_ITEM = re.compile(r"(dokumen|agenda_kerja)\[(\d+)\]")


#: How the paths :func:`_undated_item` may name a date for begin (a cheap first test).
_ITEM_HEADS = ("dokumen[", "agenda_kerja[", "sekretariat")


def _unsupported_compliance(
    rule: Rule, ctx: Context, path: str, weak: tuple[tuple[str, str], ...]
) -> tuple[str, str, tuple[str, ...]] | None:
    """Why the record cannot support a compliance at ``path`` (key, reason, facts), or None.

    It rests on an item whose date is not recorded: the team judged on a date (a rule
    about the team, its decree, head or members) with no forming date, or a document, an
    agenda or the secretariat's decree undated; or on a fact on its path recorded as
    uncertain (``kepastian: belum_pasti``), as a violation would (:func:`_doubt`).
    """
    if (
        ctx.year is None
        and ctx.team.formed_unknown
        and rule.topic in _TEAM_TOPICS
        and path.startswith(ctx.team.path)
    ):
        return ("_engine.team_undated_on", "tim.pembentukan.tanggal", ("tim.pembentukan.tanggal",))
    if path.startswith(_ITEM_HEADS) and _any_undated(ctx):
        undated = _undated_item(ctx.dossier, path)
        if undated is not None:
            return ("_engine.item_undated", undated, (undated,))
    unsure = tuple(where for where, level in weak if level == Certainty.BELUM_PASTI.value)
    if unsure:
        return ("_engine.uncertain_fact", ", ".join(unsure), unsure)
    return None


def _any_undated(ctx: Context) -> bool:
    """Whether the record holds any item :func:`_undated_item` may name (once per dossier)."""
    key = ("any_undated", id(ctx.dossier))
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _has_undated(ctx.dossier)
    return found is True


def _has_undated(dossier: Dossier) -> bool:
    for head in ("dokumen", "agenda_kerja"):
        items = getattr(dossier, head)
        if isinstance(items, tuple) and any(
            _undated_item(dossier, f"{head}[{i}]") for i in range(len(items))
        ):
            return True
    return _undated_item(dossier, "sekretariat") is not None


def _undated_item(dossier: Dossier, path: str) -> str | None:
    """The date not recorded of the item ``path`` is about, when the item is one that came
    into being on a day (an adopted document, an agenda, the secretariat's decree): the
    fact that would show it existed on the date judged.  ``None`` when dated, or when
    the item is not of that kind."""
    found = _ITEM.match(path)
    if found is not None:
        head, index = found[1], int(found[2])
        item = _record_item(dossier, head, index)
        if item is None:
            return None
        if isinstance(item, PlanningDocument):
            if is_adopted(item) is False:
                return None  # a draft: what it holds is judged as a draft's, whenever it was
            day = item.adopted_on
        else:
            day = getattr(item, "ditetapkan", None)
        return f"{head}[{index}].ditetapkan" if isinstance(day, NotRecorded) else None
    if path == "sekretariat" or path.startswith("sekretariat."):
        sec = dossier.sekretariat
        decree = sec.pembentukan if isinstance(sec, Secretariat) else None
        # A secretariat recorded without its decree is as undated as one whose decree
        # has no date.
        if isinstance(decree, NotRecorded) or (
            isinstance(decree, Instrument) and isinstance(decree.tanggal, NotRecorded)
        ):
            return "sekretariat.pembentukan.tanggal"
    return None


def _formed_in_year(ctx: Context, year: int) -> tuple[Words, tuple[str, ...]] | None:
    """When the record shows no team on 1 January of ``year`` (the year's team formed
    during it): when that team was formed, in words, and what would settle the question."""

    def find() -> tuple[Words, tuple[str, ...]] | None:
        first_day = dt.date(year, 1, 1)
        before = _team_on(ctx.memo, ctx.dossier, first_day)
        if isinstance(before.team, Team):
            return None  # a team was there when the year began: its duties ran all year
        at = _team_on(ctx.memo, ctx.dossier, dt.date(year, 12, 31))
        # An earlier team, or a team's date, would settle it; when the record says there
        # was none, only the law can.
        unknown = isinstance(before.team, NotRecorded)
        return _formed_words(at, year), before.missing if unknown else (_NO_TEXT_YET,)

    return ctx.lasting(("formed_in_year", year), find)


#: What settles a question the record cannot: the official text (as the agenda rules name it).
_NO_TEXT_YET = "teks Permendagri 53/2020: kewajiban tahunan pada tahun tim dibentuk"


def _formed_words(at: TeamAt, year: int) -> Words:
    """When the team of ``at`` was formed, as a message says it in both languages."""
    team = at.team
    day = (
        team.pembentukan.tanggal
        if isinstance(team, Team) and not isinstance(team.pembentukan, NotRecorded)
        else None
    )
    if isinstance(day, dt.date):
        return Words(f"pada {i18n.date_words(day, 'id')}", f"on {i18n.date_words(day, 'en')}")
    if isinstance(day, ImpreciseDate):
        said = i18n.month_words(day.tahun, day.bulan)  # "Mei 2024" / "May 2024", or the year
        return Words(f"pada {said.id}", f"in {said.en}")
    return Words(f"sesudah 1 Januari {year}", f"after 1 January {year}")


def _partial_inside(
    rule: Rule, ctx: Context, coverage: Coverage, path: str, team: str
) -> list[str]:
    """The lists of :attr:`Rule.lists` that ``cakupan.sebagian`` marks as incomplete.

    For a finding about one item (``dokumen[1]``), only that item's lists count; for a
    year judged, only the lists of items of that year (a meeting of 2020 with topics
    left out says nothing about 2024's meetings).
    """
    if not rule.lists or not isinstance(coverage.sebagian, tuple):
        return []
    out = []
    patterns = [p.format(team=team) for p in rule.lists if "[]" in p]  # others: _doubt's own
    for given in coverage.sebagian:
        written = given.strip()
        for pattern in patterns:
            found = _list_pattern(pattern).fullmatch(written)
            if found is None:
                continue
            head, index = found.groups()
            if path.startswith(head + "[") and not path.startswith(f"{head}[{index}]"):
                continue  # another item's list
            year = _item_year(ctx.dossier, head, index) if ctx.year is not None else None
            if year is not None and year != ctx.year:
                continue  # an item of another year
            out.append(written)
    return out


def _record_item(dossier: Dossier, head: str, index: int) -> object | None:
    """The record's item ``head[index]`` (``dokumen[2]``), or ``None`` when it has none."""
    items = getattr(dossier, head, None)
    return items[index] if isinstance(items, tuple) and index < len(items) else None


def _item_year(dossier: Dossier, head: str, index: str) -> int | None:
    """The year of the record's item ``head[index]`` (a meeting's, an agenda's), or ``None``."""
    if not head.isidentifier() or not index.isdigit():
        return None
    item = _record_item(dossier, head, int(index))
    if isinstance(item, Meeting):
        return meeting_year(item)
    year = getattr(item, "tahun", None)
    return year if isinstance(year, int) else None


@functools.lru_cache(maxsize=64)
def _list_pattern(pattern: str) -> re.Pattern[str]:
    """``rapat_koordinasi[].pembahasan`` as a pattern of its paths (any index, or ``*``)."""
    head, _, rest = pattern.partition("[]")
    return re.compile(f"({re.escape(head)})" + r"\[(\d+|\*)\]" + re.escape(rest))


#: id(rule) -> (rule, its messages with its requirements', as words).
_MESSAGES: dict[int, tuple[Rule, dict[str, Words]]] = {}


def _messages_of(rule: Rule) -> dict[str, Words]:
    found = _MESSAGES.get(id(rule))
    if found is not None and found[0] is rule:
        return found[1]
    table = {k: Words(*v) for k, v in rule.all_messages().items()}
    if len(_MESSAGES) >= 4096:
        _MESSAGES.clear()
    _MESSAGES[id(rule)] = (rule, table)
    return table


#: What a rule says for a variant, by (rule, variant, whether the verdict names nothing
#: missing): see :func:`_speech_of`.
_SPEECH: dict[
    tuple[int, str, bool],
    tuple[Rule, Words | None, str, str | None, str | None, Words | None],
] = {}


def _speech_of(
    rule: Rule, table: dict[str, Words], variant: str, missing: bool
) -> tuple[Rule, Words | None, str, str | None, str | None, Words | None]:
    """The rule, its own words for ``variant`` (``None``: the catalogue's or the
    engine's), the key of its message, the variant of its advice (``None``: no advice),
    and that advice's key and words when a finding may keep it as its key (``None``,
    ``None`` for the engine's own advice, always written as a ``Text``).  The same
    for every verdict of that variant: worked out once."""
    code = rule.code
    action_variant: str | None = variant + ".action"
    assert action_variant is not None
    if not _has_text(table, action_variant, code) and missing:
        action_variant = "_shared.not_recorded.action"
    action_key: str | None = None
    action_template: Words | None = None
    if not _has_text(table, action_variant, code):
        action_variant = None
    else:
        action_template = table.get(action_variant)
        if action_template is not None:
            action_key = f"{code}.{action_variant}"
        else:
            action_key = _catalog_key(action_variant, code)
        if action_key.startswith("_engine."):
            action_key = action_template = None
    said = (
        rule,
        table.get(variant),
        f"{code}.{variant}",
        action_variant,
        action_key,
        action_template,
    )
    if len(_SPEECH) >= 16384:
        _SPEECH.clear()
    _SPEECH[(id(rule), variant, not missing)] = said
    return said


def _catalog_key(variant: str, code: str) -> str:
    if variant.startswith(("_engine.", "_shared.")):
        return variant
    return f"{code}.{variant}"


def _has_text(table: dict[str, Words], variant: str, code: str) -> bool:
    return variant in table or _has_message(_catalog_key(variant, code))


#: The engine's parameters that are dates (ISO text in the verdict): written in words.
_DATE_PARAMS = frozenset({"tanggal", "sejak", "peralihan"})
#: Parameters of the engine's messages that come from the law, not from the verdict.
_LAW_PARAMS: dict[str, tuple[tuple[str, object], ...]] = {
    "_engine.regime_uncertain": (("pasti_sejak", HANDOVER_LATEST),),
}


def _engine_param(name: str, value: object) -> object:
    if name == "hasil" and isinstance(value, str):
        # Outcomes named in a sentence read as the vocabulary words them.
        parts = value.split("/")
        if all(p in i18n.OUTCOMES for p in parts):
            return Words(
                *("/".join(i18n.OUTCOMES[p].pick(lang) for p in parts) for lang in i18n.LANGS)
            )
        return value
    if name in _DATE_PARAMS and isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


_Params = tuple[tuple[str, Any], ...]


def _message_text(
    table: dict[str, Words], variant: str, code: str, params: _Params | Callable[[], _Params]
) -> Text:
    """A message of the rule (declared beside it) or of the engine, not written yet.

    ``params`` may be a function returning them (a verdict's, see
    :class:`tkpk_rules.rules.Verdict`): it is called when the message is written.
    """
    template = table.get(variant)
    if template is not None:
        return Text.of(f"{code}.{variant}", params, template)
    key = _catalog_key(variant, code)
    if key.startswith("_engine."):
        # The engine's own notes: its dates in words, and the law's numbers and days.
        return Text.of(key, _Once(_engine_params, key, params))
    return Text.of(key, params)


def _engine_params(key: str, given: _Params | Callable[[], _Params]) -> _Params:
    params = given if type(given) is tuple else given()  # type: ignore[operator]
    return tuple(
        sorted((*((k, _engine_param(k, p)) for k, p in params), *_LAW_PARAMS.get(key, ())))
    )


def _facts_of(given: Any) -> tuple[tuple[str, Any], ...]:
    """A verdict's facts as given: the value, a function, or an object with ``facts()``."""
    if type(given) is tuple:
        return given
    read = getattr(given, "facts", None)
    return read() if read is not None else given()  # type: ignore[no-any-return]


def _with_facts(given: Any, extra: dict[str, object]) -> tuple[tuple[str, Any], ...]:
    """A verdict's facts (or the function giving them) with the engine's ``extra`` facts."""
    return tuple(sorted((*_facts_of(given), *extra.items())))


class _Once:
    """``make(*args)``, computed on the first call and kept (a finding's facts or
    parameters, worked out only when read).  Pickled as the value itself."""

    __slots__ = ("_args", "_make", "_value")

    def __init__(self, make: Callable[..., Any], *args: object) -> None:
        self._make: Callable[..., Any] | None = make
        self._args = args
        self._value: Any = None

    def __call__(self) -> Any:
        make = self._make
        if make is not None:
            self._value = make(*self._args)
            self._make = None
            self._args = ()
        return self._value

    def __reduce__(self) -> tuple[object, ...]:
        return (_itself, (self(),))


def _itself(value: object) -> object:
    return value


#: (id(rule), candidates) -> (rule, its basis): a rule's basis on the regimes that may govern.
_BASES: dict[tuple[int, tuple[str | None, ...]], tuple[Rule, Basis]] = {}


def _basis(rule: Rule, candidates: tuple[str | None, ...]) -> Basis:
    """``rule.basis_for(candidates)``, remembered (the entry holds the rule, so its id stays)."""
    key = (id(rule), candidates)
    found = _BASES.get(key)
    if found is not None and found[0] is rule:
        return found[1]
    basis = rule.basis_for(candidates)
    if len(_BASES) >= 4096:
        _BASES.clear()
    _BASES[key] = (rule, basis)
    return basis


@functools.lru_cache(maxsize=4096)
def _has_message(key: str) -> bool:
    return i18n.has(key)


_DEFAULT_PATHS = {
    "formation": "tim",
    "instrument": "tim.pembentukan",
    "membership": "tim.anggota",
    "leadership": "tim",
    "secretariat": "sekretariat",
    "agenda": "agenda_kerja",
    "meetings": "rapat_koordinasi",
    "documents": "dokumen",
}


def _default_path(rule: Rule) -> str:
    return _DEFAULT_PATHS.get(rule.topic, "")
