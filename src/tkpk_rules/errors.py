"""The library's own exceptions.

Every error the library raises on purpose is a :class:`TkpkError`.  Errors in a
document are collected, never raised one at a time: :class:`DocumentError`
carries every :class:`Problem` found, each with the path of the offending value.

>>> from tkpk_rules.errors import DocumentError, Problem
>>> err = DocumentError([Problem(path="tim.ketua", code="missing",
...     message_id="wajib diisi", message_en="is required")])
>>> print(err.describe("en"))
1 problem in the document:
  - tim.ketua: is required
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "ArgumentTypeError",
    "ArgumentValueError",
    "DocumentError",
    "DocumentWarning",
    "LimitExceededError",
    "NormalisationWarning",
    "Problem",
    "TkpkError",
    "UnknownRegionError",
]


def _restore(kind: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """An exception unpickled as it was: its arguments and attributes, ``__init__`` not run."""
    error = kind.__new__(kind, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class TkpkError(Exception):
    """Base class of every exception raised on purpose by ``tkpk_rules``.

    Every one pickles and unpickles whole (the problems of a
    :class:`DocumentError` included), so one raised in a worker process of
    ``check_many(..., workers=N)`` or a process pool reaches the caller as it was.

    >>> import pickle
    >>> err = UnknownRegionError("33.92", candidates=("33.02",))
    >>> pickle.loads(pickle.dumps(err)).candidates
    ('33.02',)
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


@attrs.frozen
class Problem:
    """One thing wrong in a document.

    ``path`` points at the value (``tim.anggota[3].jabatan``; ``""`` for the
    whole document).  ``code`` is a stable, machine-readable kind of problem
    (``unknown_key``, ``missing``, ``wrong_type``, ``bad_date``,
    ``bad_value``, ``unknown_region``, ``syntax``, ``limit``...).  ``found``
    and ``expected`` describe what was there and what should have been;
    ``message_id`` and ``message_en`` say the same in Indonesian and English.
    """

    path: str
    code: str
    message_id: str
    message_en: str
    found: str | None = None
    expected: str | None = None
    suggestion: str | None = None
    line: int | None = None
    """The line of a YAML document the problem is on (counted from 1), when known."""
    sheet: str | None = None
    """For a workbook: the sheet, row (counted from 1, as Excel does) and column header."""
    row: int | None = None
    column: str | None = None

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message_id

    def describe(self, lang: str = "id") -> str:
        """One line: the path (with positions counted from 1, and the line), then the message.

        >>> Problem(path="rapat_koordinasi[1].tanggal", code="bad_date", message_id="salah",
        ...     message_en="wrong", line=41).describe()
        'rapat_koordinasi[1].tanggal (rapat ke-2, baris 41): salah'
        """
        where = self.path or ("(dokumen)" if lang != "en" else "(document)")
        human = human_place(self, lang)
        if human:
            where += f" ({human})"
        return f"{where}: {self.message(lang)}"


#: How positions in lists are named for people, in Indonesian and English.
_LIST_WORDS: dict[str, tuple[str, str]] = {
    "rapat_koordinasi": ("rapat", "meeting"),
    "anggota": ("anggota", "member"),
    "dokumen": ("dokumen", "document"),
    "agenda_kerja": ("agenda", "agenda"),
    "kegiatan": ("kegiatan", "activity"),
    "kelompok_kerja": ("pokja", "working group"),
    "riwayat_tim": ("tim terdahulu", "earlier team"),
    "kekosongan_jabatan": ("kekosongan jabatan", "vacancy"),
    "peserta": ("peserta", "attendee"),
    "pembahasan": ("pembahasan", "topic"),
    "sumber": ("sumber", "source"),
    "dasar_hukum": ("dasar hukum", "legal basis"),
}


def human_place(problem: Problem, lang: str = "id") -> str:
    """Where a problem is, for a person: list positions counted from 1, line or cell.

    ``tim.anggota[3].nama`` on line 41 gives ``anggota ke-4, baris 41``
    (``member 4, line 41`` in English); JSON output keeps the path itself.
    """
    import re

    parts: list[str] = []
    for name, indices in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])+)", problem.path):
        word_id, word_en = _LIST_WORDS.get(name, (name, name))
        n = ".".join(str(int(i) + 1) for i in re.findall(r"\d+", indices))
        parts.append(f"{word_en} {n}" if lang == "en" else f"{word_id} ke-{n}")
    if problem.sheet is not None:
        if lang == "en":
            cell = f"sheet {problem.sheet}"
            cell += f", row {problem.row}" if problem.row is not None else ""
            cell += f", column {problem.column}" if problem.column else ""
        else:
            cell = f"lembar {problem.sheet}"
            cell += f", baris {problem.row}" if problem.row is not None else ""
            cell += f", kolom {problem.column}" if problem.column else ""
        parts.append(cell)
    elif problem.line is not None:
        parts.append(f"line {problem.line}" if lang == "en" else f"baris {problem.line}")
    return ", ".join(parts)


class DocumentWarning(UserWarning):
    """A value is read as written, but it is most likely a mistake; ``problem`` says why.

    For instance a decree number wrapped in Word's curly quotes, or a list of
    attendees in which a degree (``M.Si.``) stands alone.  The command line
    prints these warnings; they do not change its exit code.
    """

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class NormalisationWarning(DocumentWarning):
    """The library read a value in a way that changed what was written, and says so.

    For instance a number typed into a text cell of a workbook, read as text.
    The command line prints these warnings; they do not change its exit code.
    """


#: How many problems ``str(DocumentError)`` lists; ``problems`` always holds every one.
STR_PROBLEMS = 50


class DocumentError(TkpkError, ValueError):
    """A document could not be read; ``problems`` lists everything wrong with it.

    ``str()`` of the error lists the first :data:`STR_PROBLEMS` problems in
    both languages and counts the rest, so a hostile document with thousands
    of problems does not make a log line of megabytes; :meth:`describe` with
    ``limit=None`` and :attr:`problems` give them all.

    >>> err = DocumentError([Problem(path=f"x[{i}]", code="missing", message_id="wajib",
    ...     message_en="required") for i in range(52)])
    >>> len(err.problems), str(err).count("x["), str(err).splitlines()[51]
    (52, 100, '  … 2 masalah lagi')
    """

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        super().__init__(
            self.describe("id", limit=STR_PROBLEMS) + "\n" + self.describe("en", limit=STR_PROBLEMS)
        )

    def describe(self, lang: str = "id", *, limit: int | None = None) -> str:
        """Every problem, one per line, in Indonesian (``"id"``) or English (``"en"``).

        With ``limit``, only the first ``limit`` problems, then a line counting the rest.
        """
        n = len(self.problems)
        if lang == "en":
            head = f"{n} problem{'s' if n != 1 else ''} in the document"
        else:
            head = f"{n} masalah dalam dokumen"
        if self.source:
            head += f" {self.source}"
        lines = [head + ":"]
        shown = self.problems if limit is None else self.problems[: max(limit, 0)]
        lines.extend(f"  - {p.describe(lang)}" for p in shown)
        rest = n - len(shown)
        if rest > 0:
            lines.append(f"  … {rest} more" if lang == "en" else f"  … {rest} masalah lagi")
        return "\n".join(lines)

    @property
    def paths(self) -> Sequence[str]:
        return [p.path for p in self.problems]


class LimitExceededError(DocumentError):
    """A document is larger or deeper than the limits allow (see :mod:`tkpk_rules.io.limits`)."""


class UnknownRegionError(TkpkError, LookupError):
    """No region in the bundled table matches the code or name given."""

    def __init__(self, query: str, *, candidates: Sequence[str] = (), detail: str = "") -> None:
        self.query = query
        self.candidates = tuple(candidates)
        msg = f"Wilayah tidak dikenal / unknown region: {query!r}"
        if detail:
            msg += f" ({detail})"
        if self.candidates:
            msg += "; mungkin maksud Anda / did you mean: " + ", ".join(self.candidates)
        super().__init__(msg)


class ArgumentTypeError(TkpkError, TypeError):
    """A library function was called with an argument of the wrong type.

    >>> import datetime as dt
    >>> from tkpk_rules import check
    >>> check("bukan dossier", on=dt.date(2024, 1, 1))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.ArgumentTypeError: dossier: ...
    """


class ArgumentValueError(TkpkError, ValueError):
    """A library function was called with an argument of the right type but a wrong value.

    >>> from tkpk_rules.examples import load_example
    >>> from tkpk_rules.report.render import render
    >>> import datetime as dt
    >>> from tkpk_rules import check
    >>> render(check(load_example(), on=dt.date(2024, 1, 1)), format="pdf")
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.ArgumentValueError: format: ...
    """


#: What the system says of a file it cannot open, in the clerk's words (by errno name).
_OS_REASONS = {
    "ENOENT": ("berkas atau folder tidak ada", "no such file or folder"),
    "EACCES": ("tidak ada izin untuk membukanya", "permission denied"),
    "EPERM": ("tidak ada izin untuk membukanya", "permission denied"),
    "EISDIR": ("itu sebuah folder, bukan berkas", "it is a folder, not a file"),
    "ENOTDIR": ("sebagian jalurnya bukan folder", "part of the path is not a folder"),
    "ENAMETOOLONG": ("nama berkasnya terlalu panjang", "the file name is too long"),
    "ELOOP": ("tautannya berputar-putar", "too many levels of links"),
    "ENOSPC": ("ruang penyimpanan penuh", "no space left on the device"),
    "EROFS": ("penyimpanan hanya dapat dibaca", "the storage is read-only"),
    "EEXIST": ("berkas itu sudah ada", "the file exists already"),
    "EBUSY": ("berkas sedang dipakai", "the file is busy"),
    "EIO": ("galat baca/tulis perangkat", "an input/output error of the device"),
}


def bool_argument(value: object, name: str) -> bool:
    """``value`` as a boolean when it is one: ``True``/``False``, a NumPy boolean (a value
    taken from a DataFrame), or the integers 0 and 1; anything else is refused.

    A text such as ``"no"`` or ``"false"`` is true to Python: taken as given, ``redact="no"``
    would hide the names the caller meant to keep.

    >>> bool_argument(1, "redact"), bool_argument(False, "redact")
    (True, False)
    >>> bool_argument("no", "redact")
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.ArgumentTypeError: redact: seharusnya / expected True or False, ...
    """
    if isinstance(value, bool):
        return value
    kind = type(value)
    if (kind is int and value in (0, 1)) or (
        kind.__name__ in ("bool_", "bool") and kind.__module__ == "numpy"
    ):
        return bool(value)
    got = f"{kind.__name__} {value!r}"[:160]
    raise ArgumentTypeError(f"{name}: seharusnya / expected True or False, bukan / got {got}")


def diff_dates(from_date: object, to_date: object, *, ordered: bool = True) -> None:
    """Refuse the dates of a diff unless both are days and (``ordered``) ``from_date`` is not
    the later.

    Named as the caller wrote them (``from_date``, not the ``on`` of the checks they feed).
    The command and the service, whose help calls ``--from`` the earlier date, refuse them
    reversed; the Python ``diff`` takes them in either order (``ordered=False``): from
    ``from_date`` to ``to_date``, what appeared going back is what disappeared going on.

    >>> diff_dates(dt.date(2027, 1, 1), dt.date(2026, 1, 1))
    Traceback (most recent call last):
    ...
    tkpk_rules.errors.ArgumentValueError: from_date 2027-01-01 ...
    """
    for name, value in (("from_date", from_date), ("to_date", to_date)):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            hint = (
                " (pakai / use datetime.date.fromisoformat(...))" if isinstance(value, str) else ""
            )
            raise ArgumentTypeError(
                f"{name}: seharusnya / expected datetime.date, bukan / got"
                f" {type(value).__name__} {value!r}{hint}"
            )
    assert isinstance(from_date, dt.date) and isinstance(to_date, dt.date)
    if ordered and from_date > to_date:
        raise ArgumentValueError(
            f"from_date {from_date.isoformat()} sesudah to_date {to_date.isoformat()}; tukar"
            f" keduanya / from_date {from_date.isoformat()} is after to_date"
            f" {to_date.isoformat()}; swap them"
        )


def os_error_words(exc: OSError) -> tuple[str, str]:
    """Why the system refused a file, in Indonesian and English (its own text as a fallback).

    >>> os_error_words(FileNotFoundError(2, "No such file or directory"))
    ('berkas atau folder tidak ada', 'no such file or folder')
    """
    import errno

    name = errno.errorcode.get(exc.errno) if isinstance(exc.errno, int) else None
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    said = exc.strerror or type(exc).__name__
    return said, said
