"""What changed between two reports: findings that appear, disappear or change outcome.

:func:`compare` pairs the findings of two reports (usually the same dossier
judged on two dates, see :func:`tkpk_rules.engine.diff`) and keeps what
differs, with both findings, so the citations on both sides are at hand.

How findings are paired (the library's choice):

* by rule code and *year slot*: a yearly finding is paired with the one for
  the same year relative to the date judged (the previous year with the
  previous year, the current year with the current year), so judging on
  2019-06-01 and 2024-06-01 pairs 2018 with 2023 and 2019 with 2024;
* within a code and slot, findings about the same thing pair first (the same
  path, where the team's own place, ``tim`` or ``riwayat_tim[i]``, counts as
  one), the rest in order; what is left over appeared or disappeared.

A pair is *changed* when the outcome group differs (violation, advisory,
undetermined, compliant, not applicable, as reports group them); *rebased*
when the outcome is the same but the provision or citation differs (a rule
shared by 42/2010 and 53/2020, judged once under each).

>>> import datetime as dt
>>> from tkpk_rules.engine import check
>>> from tkpk_rules.model import Dossier, RegionRef
>>> d = Dossier(wilayah=RegionRef(kode="64.72"))
>>> same = compare(check(d, on=dt.date(2024, 1, 1)), check(d, on=dt.date(2024, 1, 1)))
>>> same.changes, same.unchanged > 0
((), True)
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from tkpk_rules import i18n
from tkpk_rules.report.finding import Finding, Report
from tkpk_rules.report.render import governing_text, group, handover_text

__all__ = ["DIFF_FORMAT", "DIFF_FORMATS", "Change", "ChangeKind", "ReportDiff", "compare"]

#: The ``format`` value of a JSON diff.
DIFF_FORMAT = "tkpk-rules.perubahan/2"
#: The formats :meth:`ReportDiff.render` knows.
DIFF_FORMATS: tuple[str, ...] = ("text", "json")


class ChangeKind(enum.Enum):
    """How a finding differs between the two reports, in the order they are shown."""

    CHANGED = "changed"
    """Paired, and the outcome group differs."""
    APPEARED = "appeared"
    """Only in the later report."""
    DISAPPEARED = "disappeared"
    """Only in the earlier report."""
    REBASED = "rebased"
    """Paired, same outcome, but another provision or citation."""


@attrs.frozen(kw_only=True)
class Change:
    """One difference: the finding before (``None`` if it appeared) and after."""

    kind: ChangeKind
    code: str
    before: Finding | None
    after: Finding | None

    @property
    def group_before(self) -> str | None:
        return group(self.before) if self.before is not None else None

    @property
    def group_after(self) -> str | None:
        return group(self.after) if self.after is not None else None

    @property
    def new_violation(self) -> bool:
        """Whether the later finding is a violation the earlier one was not."""
        return self.group_after == "violation" and self.group_before != "violation"

    def to_dict(self) -> dict[str, Any]:
        return {
            "jenis": self.kind.value,
            "kode": self.code,
            "hasil_sebelum": self.group_before,
            "hasil_sesudah": self.group_after,
            "sebelum": self.before.to_dict() if self.before is not None else None,
            "sesudah": self.after.to_dict() if self.after is not None else None,
        }


@attrs.frozen(kw_only=True)
class ReportDiff:
    """The differences between an earlier and a later report, and how many pairs stayed the same."""

    before: Report
    after: Report
    changes: tuple[Change, ...]
    unchanged: int

    @property
    def from_date(self) -> dt.date:
        return self.before.stamp.judged_on

    @property
    def to_date(self) -> dt.date:
        return self.after.stamp.judged_on

    @property
    def has_new_violations(self) -> bool:
        """Whether a violation appears, or a finding turns into one."""
        return any(c.new_violation for c in self.changes)

    def of_kind(self, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind is kind)

    def by_code(self, code: str) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.code == code)

    def counts(self) -> dict[str, int]:
        """Changes per kind, and ``unchanged``."""
        out = {k.value: len(self.of_kind(k)) for k in ChangeKind}
        out["unchanged"] = self.unchanged
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data, ``format`` :data:`DIFF_FORMAT`, keys in Indonesian."""
        return {
            "format": DIFF_FORMAT,
            "wilayah": self.after.subject.to_dict(),
            "dari": self.before.stamp.to_dict(),
            "sampai": self.after.stamp.to_dict(),
            "jumlah": self.counts(),
            "perubahan": [c.to_dict() for c in self.changes],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """JSON text; the same diff always gives the same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def render(self, format: str = "text", lang: str = "id") -> str:
        """The diff as ``text`` (in ``lang``) or ``json``.

        :raises ValueError: unknown format or language.
        """
        if lang not in i18n.LANGS:
            raise ValueError(f"unknown language {lang!r}")
        if format == "json":
            return self.to_json()
        if format == "text":
            return _text(self, lang)
        raise ValueError(f"unknown format {format!r}; use one of {DIFF_FORMATS}")

    def __str__(self) -> str:
        return self.render("text")


# ---------------------------------------------------------------- pairing

_TEAM = re.compile(r"^(?:tim|riwayat_tim\[\d+\])(?=$|\.)")


def _place(path: str) -> str:
    """The path with the team's own place (``tim``, ``riwayat_tim[i]``) made one."""
    return _TEAM.sub("<tim>", path)


def _slot(f: Finding, report: Report) -> int | None:
    return None if f.year is None else f.year - report.stamp.judged_on.year


def _keyed(report: Report) -> dict[tuple[str, int | None], list[Finding]]:
    out: dict[tuple[str, int | None], list[Finding]] = {}
    for f in report.findings:
        out.setdefault((f.code, _slot(f, report)), []).append(f)
    return out


def _pairs(
    before: Sequence[Finding], after: Sequence[Finding]
) -> Iterable[tuple[Finding | None, Finding | None]]:
    rest_b = list(before)
    rest_a: list[Finding] = []
    for a in after:
        match = next((b for b in rest_b if _place(b.path) == _place(a.path)), None)
        if match is None:
            rest_a.append(a)
        else:
            rest_b.remove(match)
            yield match, a
    for i in range(max(len(rest_b), len(rest_a))):
        yield (rest_b[i] if i < len(rest_b) else None), (rest_a[i] if i < len(rest_a) else None)


def _slot_order(slot: int | None) -> int:
    return -(10**6) if slot is None else slot


def compare(before: Report, after: Report) -> ReportDiff:
    """The differences between ``before`` and ``after`` (see the module text for pairing).

    Both must be reports of one region (the same ``subject.kode``): findings of two
    regions paired by code would read as changes of one.
    """
    from tkpk_rules.errors import ArgumentTypeError, ArgumentValueError

    for name, report in (("before", before), ("after", after)):
        if not isinstance(report, Report):
            raise ArgumentTypeError(
                f"{name}: seharusnya / expected Report, bukan / got {type(report).__name__}"
            )
    if before.subject.kode != after.subject.kode:
        raise ArgumentValueError(
            f"before dan after laporan dua wilayah ({before.subject.kode},"
            f" {after.subject.kode}); bandingkan laporan satu wilayah / before and after are"
            f" reports of two regions ({before.subject.kode}, {after.subject.kode});"
            " compare reports of one region"
        )
    kb, ka = _keyed(before), _keyed(after)
    keys = sorted(set(kb) | set(ka), key=lambda k: (k[0], _slot_order(k[1])))
    changes: list[Change] = []
    unchanged = 0
    for key in keys:
        for b, a in _pairs(kb.get(key, []), ka.get(key, [])):
            if b is None:
                assert a is not None
                changes.append(Change(kind=ChangeKind.APPEARED, code=a.code, before=None, after=a))
            elif a is None:
                changes.append(
                    Change(kind=ChangeKind.DISAPPEARED, code=b.code, before=b, after=None)
                )
            elif group(a) != group(b):
                changes.append(Change(kind=ChangeKind.CHANGED, code=a.code, before=b, after=a))
            elif (a.provision, a.citation) != (b.provision, b.citation):
                changes.append(Change(kind=ChangeKind.REBASED, code=a.code, before=b, after=a))
            else:
                unchanged += 1
    order = list(ChangeKind)
    changes.sort(key=lambda c: order.index(c.kind))  # stable: code order kept within a kind
    return ReportDiff(before=before, after=after, changes=tuple(changes), unchanged=unchanged)


# ---------------------------------------------------------------- text


def _t(key: str, lang: str, **params: object) -> str:
    return i18n.message(key, lang, **params)


def _years(c: Change) -> str:
    years = [f.year for f in (c.before, c.after) if f is not None and f.year is not None]
    if not years:
        return ""
    if len(years) == 2 and years[0] != years[1]:
        return f" [{years[0]} → {years[1]}]"
    return f" [{years[0]}]"


def _side(f: Finding, day: dt.date, lang: str) -> list[str]:
    support = i18n.support_words(f.support, lang)
    label = i18n.outcome_words(group(f), lang)
    return [
        f"    {i18n.date_words(day, lang)} ({label}): {f.message(lang)}",
        f"      {_t('ui.citation', lang)}: {f.citation.text()} ({f.provision});"
        f" {_t('ui.support', lang)}: {support}; {_t('ui.where', lang)}: {f.path}",
    ]


def _text(d: ReportDiff, lang: str) -> str:
    s = d.after.subject
    c = d.counts()
    lines = [
        f"{_t('ui.diff.title', lang)}: {s.nama or s.kode} ({s.kode})",
        f"{_t('ui.diff.from', lang)}: {i18n.date_words(d.from_date, lang)};"
        f" {_t('ui.governing', lang)}:"
        f" {governing_text(d.before, lang)}",
        f"{_t('ui.diff.to', lang)}: {i18n.date_words(d.to_date, lang)}; {_t('ui.governing', lang)}:"
        f" {governing_text(d.after, lang)}",
        f"{_t('ui.handover', lang)}: {handover_text(d.after, lang)}",
        _t(
            "ui.diff.summary",
            lang,
            berubah=c["changed"],
            muncul=c["appeared"],
            hilang=c["disappeared"],
            dasar=c["rebased"],
            tetap=c["unchanged"],
        ),
        _t("ui.notice", lang),
    ]
    for kind in ChangeKind:
        items = d.of_kind(kind)
        lines.append("")
        lines.append(f"== {_t('ui.diff.kind.' + kind.value, lang)} ({len(items)}) ==")
        if not items:
            lines.append("  " + _t("ui.none", lang))
        for ch in items:
            before = i18n.outcome_words(ch.group_before, lang) if ch.before else "-"
            after = i18n.outcome_words(ch.group_after, lang) if ch.after else "-"
            lines.append(f"- {ch.code}{_years(ch)}: {before} → {after}")
            if ch.before is not None:
                lines += _side(ch.before, d.from_date, lang)
            if ch.after is not None:
                lines += _side(ch.after, d.to_date, lang)
    return "\n".join(lines) + "\n"
