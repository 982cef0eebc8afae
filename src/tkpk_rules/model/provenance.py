"""Where facts come from and how sure the record is of them; what period it speaks for.

Real records are partial: a decree seen only by number, minutes of some meetings, a news
item.  These classes let a record say so.  The model only holds what the record says;
how the rules weigh it is the rules' business.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from tkpk_rules.model._base import NOT_RECORDED, NotRecorded, Typed
from tkpk_rules.model.dates import ImpreciseDate, date_bounds

__all__ = ["Certainty", "Coverage", "Source", "SourceKind", "certainty_of"]


class Certainty(enum.Enum):
    """How sure the record is of a fact (kepastian)."""

    DINYATAKAN = "dinyatakan"
    """Stated by a source (the default when ``kepastian`` is left out)."""
    DISIMPULKAN = "disimpulkan"
    """Inferred by whoever compiled the record (a year read from the content...)."""
    BELUM_PASTI = "belum_pasti"
    """Uncertain ("probably the secretary")."""


def certainty_of(fact: object) -> Certainty:
    """The certainty a fact carries: its ``kepastian``, or *stated* when none is recorded."""
    value = getattr(fact, "kepastian", NOT_RECORDED)
    return value if isinstance(value, Certainty) else Certainty.DINYATAKAN


class SourceKind(enum.Enum):
    """What kind of source a record draws on."""

    PRODUK_HUKUM = "produk_hukum"
    """A decree or regulation itself (or its copy in a JDIH)."""
    NOTULEN = "notulen"
    """Minutes or an attendance list of a meeting."""
    LAPORAN = "laporan"
    """A report (LP2KD, a semester report, an audit...)."""
    BERITA = "berita"
    """A news item or a press release."""
    PAPARAN = "paparan"
    """A slide deck or presentation."""
    SITUS_WEB = "situs_web"
    """A web page of the region or an agency, other than news."""
    MEDIA_SOSIAL = "media_sosial"
    """A social-media post."""
    WAWANCARA = "wawancara"
    """What someone said (interview, phone call)."""
    LAINNYA = "lainnya"
    """Anything else."""


@attrs.frozen(kw_only=True)
class Source(Typed):
    """One source of the record, with an id that facts refer to in their ``sumber``."""

    id: str
    jenis: SourceKind | NotRecorded = NOT_RECORDED
    judul: str | NotRecorded = NOT_RECORDED
    alamat: str | NotRecorded = NOT_RECORDED
    """Where it is: a web address, a file name, an archive number."""
    tanggal: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The source's own date (publication, the minutes' date), or only its year or month."""
    diakses: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The day it was read, for web sources, or only its year or month."""
    keterangan: str | NotRecorded = NOT_RECORDED


@attrs.frozen(kw_only=True)
class Coverage(Typed):
    """The period the record speaks for, and which of its lists are known to be incomplete.

    ``sebagian`` holds paths of lists in the document (``rapat_koordinasi``,
    ``tim.anggota``, ``riwayat_tim[0].anggota``...).  Without a coverage a
    recorded list is taken as complete.
    """

    mulai: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The first day the record speaks for, or only its month or year (some day of it)."""
    selesai: dt.date | ImpreciseDate | NotRecorded = NOT_RECORDED
    """The last day the record speaks for, or only its month or year (some day of it)."""
    sebagian: tuple[str, ...] | NotRecorded = NOT_RECORDED
    """Paths of the lists known to be incomplete."""
    keterangan: str | NotRecorded = NOT_RECORDED

    def is_partial(self, path: str) -> bool:
        """Whether the list at ``path`` is recorded as known to be incomplete.

        >>> Coverage(sebagian=("rapat_koordinasi",)).is_partial("rapat_koordinasi")
        True
        >>> Coverage().is_partial("tim.anggota")
        False
        """
        return isinstance(self.sebagian, tuple) and path in {p.strip() for p in self.sebagian}

    def speaks_for(self, first: dt.date, last: dt.date) -> bool | None:
        """Whether the record speaks for every day from ``first`` to ``last``.

        ``True``: the whole span lies inside the coverage; ``False``: none of it
        does; ``None``: part of it.  An end not recorded leaves that side open.
        An end known only to its month or year is read conservatively: the span
        is surely covered only from the last day the coverage may start to the
        first day it may end, and surely not covered only outside every day it
        may reach.

        >>> c = Coverage(mulai=dt.date(2025, 7, 1), selesai=dt.date(2025, 12, 31))
        >>> c.speaks_for(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) is None
        True
        >>> c.speaks_for(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        False
        >>> Coverage().speaks_for(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        True
        >>> vague = Coverage(mulai=ImpreciseDate(2024, 7), selesai=ImpreciseDate(2025))
        >>> vague.speaks_for(dt.date(2024, 8, 1), dt.date(2024, 12, 31))
        True
        >>> vague.speaks_for(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) is None
        True
        """
        starts = date_bounds(self.mulai) or (dt.date.min, dt.date.min)
        ends = date_bounds(self.selesai) or (dt.date.max, dt.date.max)
        if last < starts[0] or first > ends[1]:
            return False
        if starts[1] <= first and last <= ends[0]:
            return True
        return None
