"""How well a fact of the law is supported by the sources the project has read."""

from __future__ import annotations

import enum

__all__ = ["Support"]


class Support(enum.Enum):
    """The support level of a provision or rule, with the brief's exact names.

    >>> Support("single_source").verified, Support.PRACTICE.binding
    (False, False)
    >>> [s.value for s in Support]
    ['confirmed', 'quoted', 'reported', 'single_source', 'practice']

    The members are listed strongest first.
    """

    CONFIRMED = "confirmed"
    """The official text was read and the article number is known."""
    QUOTED = "quoted"
    """The article's number and wording were seen quoted word for word in an official
    ministry document (a Kemendagri/TNP2K training deck), not in the gazette."""
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
