"""Hiding people's names: a dossier with its personal data taken out.

Members' and officials' names are personal data.  Reports on a team's
compliance rarely need them: the rules look at offices, roles, elements and
dates.  :func:`redact` returns a copy of a dossier in which every person's
name is replaced by a placeholder, while offices, roles, agencies and
everything else stay, so that any report made from the copy holds no names.

The same name gets the same placeholder everywhere in the dossier, and two
different names get different ones, so rules that compare people (is the
chair of a meeting the team's chair? does one person hold two posts?) judge the
copy as they judge the original.  Names are the same when they are equal after
ignoring case, spacing and punctuation (``"Drs. Budi  Santoso"`` and
``"drs budi santoso"``).

What is hidden: the ``nama`` of every :class:`~tkpk_rules.model.Member` and
:class:`~tkpk_rules.model.Official` (members, leaders, working-group
coordinators, decree signatories, meeting chairs, secretariat heads, stand-ins
for vacant offices), and a member's free-text ``keterangan`` (a note about the
person may name them).  A name that is not recorded stays
:data:`~tkpk_rules.model.NOT_RECORDED`, and an empty name stays empty, so
*missing* and *given* facts keep their outcomes.

What stays: the region, team and working-group names (they name bodies, not
people), offices (``jabatan``), elements, categories, organisations, agencies,
dates, decree numbers, and every other note.  A meeting's ``peserta``
(participants) usually lists agencies (``Dinas Sosial``), so it stays too;
``participants=True`` hides each entry as well, for records that list people.

>>> from tkpk_rules.model import Dossier, Member, Office, OfficeKind, RegionRef, Team
>>> bupati = Member(nama="Budi Santoso", jabatan=Office(jenis=OfficeKind.BUPATI))
>>> dossier = Dossier(
...     wilayah=RegionRef(kode="33.02"),
...     tim=Team(penanggung_jawab=bupati, ketua=Member(nama="Siti Aminah"), anggota=(bupati,)),
... )
>>> hidden = redact(dossier)
>>> hidden.tim.penanggung_jawab.nama, hidden.tim.ketua.nama, hidden.tim.anggota[0].nama
('[disamarkan 1]', '[disamarkan 2]', '[disamarkan 1]')
>>> hidden.tim.penanggung_jawab.jabatan.jenis
<OfficeKind.BUPATI: 'bupati'>
>>> sorted(personal_names(dossier))
['Budi Santoso', 'Siti Aminah']
>>> personal_names(hidden) <= {'[disamarkan 1]', '[disamarkan 2]'}
True

A placeholder without ``{n}`` gives every name the same text (and so loses
which people are the same):

>>> redact(dossier, placeholder="***").tim.ketua.nama
'***'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs

from tkpk_rules.model import Dossier, Meeting, Member, Official

__all__ = [
    "DEFAULT_PLACEHOLDER",
    "NOTE_PLACEHOLDER",
    "personal_names",
    "redact",
    "redact_error",
    "redact_problem",
]

#: The default placeholder; ``{n}`` is replaced by the person's number in the dossier.
DEFAULT_PLACEHOLDER = "[disamarkan {n}]"
#: What a member's free-text note becomes.
NOTE_PLACEHOLDER = "[disamarkan]"

_NOT_WORD = re.compile(r"[\W_]+")


def _name_key(name: str) -> str:
    """The form under which two names count as the same person."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


class _Pseudonyms:
    """Hands out one placeholder per distinct name, numbered in order of appearance."""

    def __init__(self, placeholder: str) -> None:
        self.placeholder = placeholder
        self.given: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if not name:
            return name
        key = _name_key(name)
        if key not in self.given:
            number = len(self.given) + 1
            self.given[key] = self.placeholder.replace("{n}", str(number))
        return self.given[key]


def redact(
    dossier: Dossier, *, placeholder: str = DEFAULT_PLACEHOLDER, participants: bool = False
) -> Dossier:
    """A copy of ``dossier`` with every person's name replaced by a placeholder.

    ``placeholder`` is the text that stands in for a name; ``{n}`` in it becomes
    the person's number (1 for the first name met, in document order).
    ``participants=True`` also replaces each entry of a meeting's ``peserta``,
    with the same numbering.  The copy is an ordinary
    :class:`~tkpk_rules.model.Dossier`: it can be checked, rendered, dumped and
    loaded like any other.  The original is not changed.
    """
    if not isinstance(dossier, Dossier):
        from tkpk_rules.errors import ArgumentTypeError

        raise ArgumentTypeError(
            f"dossier: seharusnya / expected tkpk_rules.model.Dossier, bukan / got "
            f"{type(dossier).__name__}"
        )
    if not isinstance(placeholder, str):
        from tkpk_rules.errors import ArgumentTypeError

        raise ArgumentTypeError(
            f"placeholder: seharusnya / expected str, bukan / got {type(placeholder).__name__}"
        )
    pseudonym = _Pseudonyms(placeholder)

    def visit(value: Any) -> Any:
        if isinstance(value, tuple):
            items = tuple(visit(item) for item in value)
            return value if all(a is b for a, b in zip(items, value, strict=True)) else items
        if not attrs.has(type(value)):
            return value
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            old = getattr(value, field.name)
            new = visit(old)
            if new is not old:
                changes[field.name] = new
        if isinstance(value, (Member, Official)) and isinstance(value.nama, str):
            changes["nama"] = pseudonym(value.nama)
        if isinstance(value, Member) and isinstance(value.keterangan, str) and value.keterangan:
            changes["keterangan"] = NOTE_PLACEHOLDER
        if participants and isinstance(value, Meeting) and isinstance(value.peserta, tuple):
            # A structured attendee (a Member) has had its name replaced above.
            seen = changes.get("peserta", value.peserta)
            changes["peserta"] = tuple(
                pseudonym(who) if isinstance(who, str) else who for who in seen
            )
        return attrs.evolve(value, **changes) if changes else value

    result = visit(dossier)
    assert isinstance(result, Dossier)
    return result


def _walk(value: object, found: Callable[[str], None], participants: bool) -> None:
    if isinstance(value, tuple):
        for item in value:
            _walk(item, found, participants)
        return
    if not attrs.has(type(value)):
        return
    for field in attrs.fields(type(value)):  # type: ignore[arg-type]
        _walk(getattr(value, field.name), found, participants)
    if isinstance(value, (Member, Official)) and isinstance(value.nama, str) and value.nama:
        found(value.nama)
    if participants and isinstance(value, Meeting) and isinstance(value.peserta, tuple):
        for who in value.peserta:
            if isinstance(who, str) and who:
                found(who)


def personal_names(dossier: Dossier, *, participants: bool = False) -> frozenset[str]:
    """Every person's name in ``dossier``, as written: what :func:`redact` hides.

    Useful to test that a rendered report leaks none of them.
    """
    names: set[str] = set()
    _walk(dossier, names.add, participants)
    return frozenset(names)


# --------------------------------------------------------------------------
# Problems of a document that could not be read
# --------------------------------------------------------------------------

_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_PATH_PARTS = re.compile(r"(\.|\[\d+\])")
#: Values that name nobody: numbers, dates, region codes, times.
_NOT_A_NAME = re.compile(r"[\d\s.:/+\-]*")


def _schema_words() -> frozenset[str]:
    """Every field name and enum value of the document format: words that name nobody."""
    import enum

    from tkpk_rules import model
    from tkpk_rules.model import FORMAT_V1

    words = {"format", FORMAT_V1, "?"}
    for name in model.__all__:
        thing = getattr(model, name)
        if isinstance(thing, type) and attrs.has(thing):
            words.update(field.name for field in attrs.fields(thing))
        elif isinstance(thing, type) and issubclass(thing, enum.Enum):
            words.update(str(member.value) for member in thing)
    return frozenset(words)


_WORDS: frozenset[str] | None = None


def _keeps(text: str) -> bool:
    global _WORDS
    if _WORDS is None:
        _WORDS = _schema_words()
    return text in _WORDS or _NOT_A_NAME.fullmatch(text) is not None


def _hide_quoted(message: str) -> str:
    def replace(match: re.Match[str]) -> str:
        inner = match.group()[1:-1]
        return match.group() if _keeps(inner) else f"'{NOTE_PLACEHOLDER}'"

    return _QUOTED.sub(replace, message)


def _hide_path(path: str) -> str:
    parts = _PATH_PARTS.split(path)
    return "".join(
        part if not part or _PATH_PARTS.fullmatch(part) or _keeps(part) else NOTE_PLACEHOLDER
        for part in parts
    )


def redact_problem(problem: Any) -> Any:
    """A :class:`~tkpk_rules.errors.Problem` without the user's own words.

    A document that could not be read has no dossier to redact, but its
    problems quote what was written (``'Budi Santoso' is not a valid date``),
    and a misplaced name can even be a key, and so part of a path.  Every
    quoted value and path part that is not a word of the document format
    (a field name, an allowed value), a number or a date becomes
    ``[disamarkan]``; the code, what was expected and the suggestion stay.

    >>> from tkpk_rules.errors import Problem
    >>> p = Problem(path="tim.Budi Santoso", code="unknown_key",
    ...     message_id="kolom 'Budi Santoso' tidak dikenal",
    ...     message_en="unknown field 'Budi Santoso'", found="Budi Santoso")
    >>> hidden = redact_problem(p)
    >>> hidden.path, hidden.message_en, hidden.found
    ('tim.[disamarkan]', "unknown field '[disamarkan]'", '[disamarkan]')
    """
    found = problem.found
    if found is not None and not _keeps(found):
        found = NOTE_PLACEHOLDER
    return attrs.evolve(
        problem,
        path=_hide_path(problem.path),
        message_id=_hide_quoted(problem.message_id),
        message_en=_hide_quoted(problem.message_en),
        found=found,
    )


def redact_error(error: Any) -> Any:
    """A copy of a :class:`~tkpk_rules.errors.DocumentError` with every problem redacted.

    The copy has the same class, source and number of problems.
    """
    from tkpk_rules.errors import DocumentError

    if not isinstance(error, DocumentError):
        from tkpk_rules.errors import ArgumentTypeError

        raise ArgumentTypeError(
            f"error: seharusnya / expected DocumentError, bukan / got {type(error).__name__}"
        )
    copy = type(error).__new__(type(error))
    DocumentError.__init__(copy, [redact_problem(p) for p in error.problems], source=error.source)
    return copy
