"""Helpers for planning documents and dates: what was known on the date judged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tkpk_rules.model import DocumentKind, NotRecorded, PlanningDocument, YearRange
from tkpk_rules.rules._base import Context

__all__ = ["covering", "documents", "known_on"]


def known_on(doc: PlanningDocument, on: dt.date) -> bool:
    """Whether the document existed on ``on`` as far as the record shows.

    A document adopted after ``on`` did not exist yet; one with no adoption
    date is taken to exist.
    """
    return not (isinstance(doc.ditetapkan, dt.date) and doc.ditetapkan > on)


def documents(ctx: Context, kind: DocumentKind) -> list[tuple[str, PlanningDocument]] | None:
    """The documents of a kind known on the date judged, with paths; ``None`` if not recorded."""
    docs = ctx.dossier.dokumen
    if isinstance(docs, NotRecorded):
        return None
    return [
        (f"dokumen[{i}]", d) for i, d in enumerate(docs) if d.jenis is kind and known_on(d, ctx.on)
    ]


def covering(docs: Sequence[tuple[str, PlanningDocument]], year: int) -> list[str]:
    """Paths of the multi-year documents whose period includes ``year``."""
    return [p for p, d in docs if isinstance(d.periode, YearRange) and year in d.periode]
