"""The planning room's own exceptions, with Indonesian and English messages."""

from __future__ import annotations

from tkpk_rules.errors import TkpkError

__all__ = ["CalendarFileError", "MissingExtraError", "PlanningError"]


class PlanningError(TkpkError, ValueError):
    """The planner cannot do what it was asked (bad year, impossible constraints...).

    ``message_id`` and ``message_en`` say why, in Indonesian and in English;
    ``str(error)`` shows both, Indonesian first.

    >>> err = PlanningError("tahun tidak sah", "invalid year")
    >>> str(err)
    'tahun tidak sah / invalid year'
    >>> err.message("en")
    'invalid year'
    """

    def __init__(self, message_id: str, message_en: str, *, argument: str | None = None) -> None:
        self.message_id = message_id
        self.message_en = message_en
        self.argument = argument
        """The argument of :func:`~tkpk_rules.planning.plan` refused (``"fixed"``...), if one."""
        super().__init__(f"{message_id} / {message_en}")

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_id


class CalendarFileError(PlanningError):
    """An iCalendar file could not be read back into an agenda."""


class MissingExtraError(TkpkError, ImportError):
    """An optional dependency is not installed; the message names the extra to install.

    >>> print(MissingExtraError("icalendar", "calendar"))  # doctest: +NORMALIZE_WHITESPACE
    Paket 'icalendar' belum terpasang; pasang: pip install 'tkpk-rules[calendar]' /
    package 'icalendar' is not installed; install: pip install 'tkpk-rules[calendar]'
    """

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        hint = f"pip install 'tkpk-rules[{extra}]'"
        super().__init__(
            f"Paket {package!r} belum terpasang; pasang: {hint} / "
            f"package {package!r} is not installed; install: {hint}"
        )
