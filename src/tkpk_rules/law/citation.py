"""Citations: where in a regulation a rule comes from, with unknown parts shown as unknown."""

from __future__ import annotations

import attrs

__all__ = ["Citation"]


@attrs.frozen(kw_only=True)
class Citation:
    """A place in a regulation: bab, pasal, ayat, huruf.

    Each part is ``None`` when no source states it.  An unknown article is
    shown as ``Pasal ?``, never guessed.  ``pasti`` is ``False`` when a source
    names the article but the project doubts it (shown with ``(?)``).

    >>> Citation(regulation="permendagri-53-2020").text()
    'Permendagri 53/2020, Pasal ?'
    >>> Citation(regulation="permendagri-53-2020", bab="II", pasal="3").text()
    'Permendagri 53/2020, BAB II, Pasal 3'
    >>> Citation(regulation="permendagri-53-2020", pasal="3", pasti=False).text()
    'Permendagri 53/2020, Pasal 3 (?)'
    """

    regulation: str
    bab: str | None = None
    pasal: str | None = None
    ayat: str | None = None
    huruf: str | None = None
    pasti: bool = True
    """``False``: a source names the article, but the number is in doubt."""

    def text(self) -> str:
        """The citation as one line; unknown parts are ``?``."""
        from tkpk_rules.law.regulations import short_name

        parts = [short_name(self.regulation)]
        if self.bab is not None:
            parts.append(f"BAB {self.bab}")
        pasal = f"Pasal {self.pasal if self.pasal is not None else '?'}"
        if self.ayat is not None:
            pasal += f" ayat ({self.ayat})"
        if self.huruf is not None:
            pasal += f" huruf {self.huruf}"
        if self.pasal is not None and not self.pasti:
            pasal += " (?)"
        parts.append(pasal)
        return ", ".join(parts)

    def to_dict(self) -> dict[str, str | bool | None]:
        """A JSON-ready mapping; unknown parts are ``null``.

        ``pasti`` is ``True`` only when the article number is stated and not in doubt.

        >>> Citation(regulation="perpres-15-2010").to_dict()["pasal"] is None
        True
        >>> Citation(regulation="perpres-15-2010").to_dict()["pasti"]
        False
        """
        return {
            "peraturan": self.regulation,
            "bab": self.bab,
            "pasal": self.pasal,
            "ayat": self.ayat,
            "huruf": self.huruf,
            # Known for sure only when a source states the number and it is not doubted.
            "pasti": self.pasti and self.pasal is not None,
            "teks": self.text(),
        }
