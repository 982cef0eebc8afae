"""The two shapes of words: finished words in both languages, and a message not yet written.

:class:`Words` holds the same words in Indonesian and English (a provision's
fact, a holiday's name).  :class:`Text` holds a message key and its parameters
and writes the sentence only when :meth:`Text.render` is called, in the
language asked for; a parameter may itself be a :class:`Text` (a message
wrapped in another), :class:`Words`, a date or a tuple of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Union

import attrs

__all__ = ["LANGS", "Param", "Text", "Words", "lang_index"]

#: The languages every word of the library exists in: Indonesian first.
LANGS: tuple[str, ...] = ("id", "en")


def lang_index(lang: str) -> int:
    """``0`` for Indonesian, ``1`` for English.

    :raises ValueError: another language.
    """
    if lang == "id":
        return 0
    if lang == "en":
        return 1
    raise ValueError(f"unknown language {lang!r}; use one of {LANGS}")


@attrs.frozen
class Words:
    """The same words in Indonesian (``id``) and English (``en``).

    >>> Words("rapat", "meeting").pick("en")
    'meeting'
    """

    id: str
    """The Indonesian words (``id`` is the language's code, ISO 639-1)."""
    en: str
    """The English words."""

    def pick(self, lang: str = "id") -> str:
        """The words in ``lang`` (``"id"`` or ``"en"``)."""
        return self.en if lang_index(lang) else self.id

    def as_dict(self) -> dict[str, str]:
        """``{"id": ..., "en": ...}``, as JSON carries both languages."""
        return {"id": self.id, "en": self.en}

    def __iter__(self) -> Iterator[str]:
        # ``indonesian, english = words`` reads as it did with plain pairs.
        return iter((self.id, self.en))

    def __bool__(self) -> bool:
        return bool(self.id or self.en)


#: Something a message may be filled with.
Param = Union[str, int, dt.date, Words, "Text", tuple["Param", ...]]


def _template_of(key: str) -> Words:
    from tkpk_rules.i18n._messages import MESSAGES, resolve

    found = resolve(key)
    if found is None:
        raise KeyError(key)
    return MESSAGES[found]


#: A message's parameters, sorted by name.
Params = tuple[tuple[str, Param], ...]


def _params_of(value: Params | Callable[[], Params]) -> Params:
    return value if type(value) is tuple else value()  # type: ignore[operator]


@attrs.frozen(init=False, repr=False)
class Text:
    """A message key and its parameters; :meth:`render` writes it in one language.

    Immutable, hashable and picklable.  Nothing is written until it is asked
    for: a finding that nobody reads costs no sentence.  The parameters may
    even be given (to :meth:`of`) as a function returning them, called when
    they are first read: equality, hashing and rendering see only the values.

    >>> Text("planning.meetings_progress", held=2, required=3, year=2026).render("en")
    '2 of 3 coordination meetings of 2026 held'
    """

    key: str
    _params: Params | Callable[[], Params] = attrs.field(eq=_params_of)
    template: Words | None = attrs.field(eq=False, hash=False)
    """The words to fill, when they were given with the key (a rule's own messages)."""

    def __init__(self, key: str, /, **params: Param) -> None:
        if key != "_join":
            _template_of(key)  # an unknown key is refused when the message is made
        self.__attrs_init__(key, tuple(sorted(params.items())), None)

    @classmethod
    def of(
        cls, key: str, params: Params | Callable[[], Params], template: Words | None = None
    ) -> Text:
        """A message from parts already in order, without looking the key up now.

        ``params`` may be a function returning them (sorted by name): called once
        they are first needed.
        """
        made = cls.__new__(cls)
        made.__attrs_init__(key, params, template)
        return made

    @property
    def params(self) -> Params:
        """The parameters, sorted by name."""
        value = self._params
        return value if type(value) is tuple else value()  # type: ignore[operator]

    @classmethod
    def join(cls, *parts: Param) -> Text:
        """Several messages (or words) written one after the other."""
        return cls.of("_join", (("parts", tuple(parts)),))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params)
        return f"Text({self.key!r}{args})"

    def render(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``).

        :raises KeyError: no message has the key.
        :raises ValueError: unknown language.
        """
        index = lang_index(lang)
        if self.key == "_join":
            parts = dict(self.params).get("parts", ())
            if not isinstance(parts, tuple):
                parts = (parts,)
            return "".join(write(part, lang) for part in parts)
        template = self.template if self.template is not None else _template_of(self.key)
        words = template.en if index else template.id
        return words.format_map({name: write(value, lang) for name, value in self.params})

    def words(self) -> Words:
        """The message written in both languages."""
        return Words(self.render("id"), self.render("en"))


def _humanize(text: str, lang: str) -> str:
    from tkpk_rules.i18n._vocabulary import label

    if not text:
        return text
    return ", ".join(label(part, lang) for part in text.split(", "))


def write(value: object, lang: str) -> str:
    """One parameter as a sentence shows it in ``lang``.

    Texts are the model's enum values shown by their readable names
    (``wakil_bupati`` -> ``Wakil Bupati``); dates are written in words; a tuple is
    a list ("a, b dan c"); a :class:`Text` is rendered; :class:`Words` picked.
    """
    if isinstance(value, str):
        return _humanize(value, lang)
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, Words):
        return value.pick(lang)
    if isinstance(value, dt.date):
        from tkpk_rules.i18n._dates import date_words

        return date_words(value, lang)
    if isinstance(value, tuple):
        parts = [write(v, lang) for v in value]
        if len(parts) <= 1:
            return "".join(parts)
        last = " and " if lang == "en" else " dan "
        return ", ".join(parts[:-1]) + last + parts[-1]
    return _humanize(str(value), lang)


def fill(template: Words | tuple[str, str], lang: str = "id", **params: object) -> str:
    """One of a pair of templates, in ``lang``, filled with ``params`` (see :func:`write`)."""
    words = template[lang_index(lang)] if isinstance(template, tuple) else template.pick(lang)
    return words.format_map({k: write(v, lang) for k, v in params.items()})
