"""Helpers for planning documents and dates: what was known on the date judged."""

from __future__ import annotations

from tkpk_rules.judge import covering, documents_on, known_on
from tkpk_rules.model import DocumentKind, PlanningDocument, YearRange
from tkpk_rules.report.outcome import Outcome
from tkpk_rules.rules._base import Context, Verdict, verdict

__all__ = ["covering", "documents", "known_on", "period_length"]


def documents(ctx: Context, kind: DocumentKind) -> list[tuple[str, PlanningDocument]]:
    """The documents of a kind known on the date judged, with paths.

    For a rule that declares ``requires=(DOCUMENTS,)``: the list is recorded.
    """
    found = ctx.shared(("documents", kind), lambda: documents_on(ctx.dossier, kind, ctx.on))
    assert found is not None, "DOCUMENTS requirement not declared"
    return list(found)  # the rule's own copy: the list found is shared within the check


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
