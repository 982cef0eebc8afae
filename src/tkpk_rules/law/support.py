"""How well a fact of the law is supported by the sources the project has read."""

from __future__ import annotations

import enum

__all__ = ["Support"]


class Support(enum.Enum):
    """The support level of a provision or rule, with the brief's exact names.

    >>> Support("single_source").verified, Support.PRACTICE.binding
    (False, False)
    >>> [s.value for s in Support]
    ['confirmed', 'reported', 'single_source', 'practice']
    """

    CONFIRMED = "confirmed"
    """The official text was read and the article number is known."""
    REPORTED = "reported"
    """Two or more independent secondary sources state it."""
    SINGLE_SOURCE = "single_source"
    """One secondary source states it."""
    PRACTICE = "practice"
    """What regions do, or what the predecessor regulation required: advisory only."""

    @property
    def binding(self) -> bool:
        """Whether breaking a rule of this support can be a violation (not for ``practice``)."""
        return self is not Support.PRACTICE

    @property
    def verified(self) -> bool:
        """Whether the article text has been read (only ``confirmed``)."""
        return self is Support.CONFIRMED
