"""The shape every rule has, and the context a rule is judged in.

A rule is data (code, provision, citation, support, regimes, levels) plus a
small pure function.  The function gets a :class:`Context` and returns
:class:`Verdict` objects: an outcome, a message variant, the path of the
thing judged, the facts used and the facts missing.  The engine turns verdicts
into findings, adding the rule's citation and support and the messages.

Rule codes are ``TKPK53-<TOPIC>-<NNN>``: ``TKPK53`` for the rulebook of
Permendagri 53/2020 (including rules it shares with 42/2010, see
:attr:`Rule.regimes`), ``TKPK42`` for rules that hold only under 42/2010, a
topic (``FRM`` formation, ``INS`` instrument, ``MEM`` membership, ``LDR``
leadership, ``SEC`` secretariat, ``AGD`` agenda, ``MTG`` meetings, ``DOC``
documents) and a number.  A code is never reused, even when its rule is
dropped.

A rule shared by two regimes keeps one code and one function, but rests on a
different provision under each: :attr:`Rule.bases` holds its provision and
citation under the other regime, and :meth:`Rule.basis_for` picks the one a
finding cites on a date.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar, cast

import attrs

from tkpk_rules.i18n import LANGS, Text, Words, date_words, month_words
from tkpk_rules.judge import TeamAt
from tkpk_rules.law.citation import Citation
from tkpk_rules.law.support import Support
from tkpk_rules.model import NOT_RECORDED, Dossier, ImpreciseDate, Level, NotRecorded
from tkpk_rules.report.outcome import Outcome, Progress

__all__ = [
    "ALL_LEVELS",
    "R42",
    "R53",
    "AdoptionReading",
    "Basis",
    "Context",
    "FactValue",
    "Facts",
    "FactsReader",
    "Params",
    "Requirement",
    "Rule",
    "RuleDeclarationError",
    "Verdict",
    "facts",
    "verdict",
]

_T = TypeVar("_T")

R42 = "permendagri-42-2010"
R53 = "permendagri-53-2020"
ALL_LEVELS: frozenset[Level] = frozenset({Level.PROVINSI, Level.KABUPATEN, Level.KOTA})

#: A fact's value: JSON-ready and hashable.
FactValue = str | int | bool | None | tuple[str, ...]
Facts = tuple[tuple[str, FactValue], ...]
#: A message's parameters, sorted by name: each as text, or a date the message writes in
#: words in its own language (``31 Desember 2024`` / ``31 December 2024``), or a list of
#: dates already in words in both languages.
Params = tuple[tuple[str, str | dt.date | Words], ...]


def facts(mapping: Mapping[str, object] | None = None, **more: object) -> Facts:
    """Facts as sorted, hashable pairs; enums become their values, dates ISO text.

    >>> facts(b=1, a=dt.date(2024, 1, 2))
    (('a', '2024-01-02'), ('b', 1))
    """
    items = dict(mapping or {})
    items.update(more)
    return tuple(sorted((k, _fact_value(v)) for k, v in items.items()))


#: Types that are their own fact value (the usual case, checked first and cheaply).
_PLAIN: frozenset[type] = frozenset({str, int, bool, type(None)})


def _fact_value(value: object) -> FactValue:
    if type(value) in _PLAIN or value is None or isinstance(value, (bool, int, str)):
        return value  # type: ignore[return-value]
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, NotRecorded):
        return None
    enum_value = getattr(value, "value", None)
    if isinstance(enum_value, str):
        return enum_value
    if isinstance(value, (list, tuple, set, frozenset)):
        # Plain texts (the usual items) are their own fact value.
        return tuple(v if type(v) is str else str(_fact_value(v)) for v in value)
    return str(value)


def _resolved(value: _T | Callable[[], _T]) -> _T:
    """A field kept as its value or as the function computing it: the value."""
    return value() if callable(value) else value


def _facts_of(value: object) -> Facts:
    """Facts given as their value, a function returning them, or an object whose
    ``facts()`` returns them (a verdict's pending facts, which also give its parameters)."""
    if type(value) is tuple:
        return cast(Facts, value)
    read = getattr(value, "facts", None)
    return cast(Facts, read() if read is not None else value())  # type: ignore[operator]


def _shown(value: object) -> str:
    return repr(_resolved(value))


def _facts_shown(value: object) -> str:
    return repr(_facts_of(value))


class FactsReader(Protocol):
    """Something whose ``facts()`` gives a verdict's facts (what :func:`verdict` gives)."""

    def facts(self) -> Facts: ...


@attrs.frozen(kw_only=True)
class Verdict:
    """What a rule function returns: one conclusion about one thing.

    ``variant`` picks the message: the i18n key is ``"<code>.<variant>"`` and
    the optional advice ``"<code>.<variant>.action"``.  ``params`` fill the
    message; ``facts`` are what the rule used (shown to users and in JSON);
    ``missing`` lists the facts that would settle an undetermined outcome.

    ``facts`` and ``params`` may be given as their values or as functions
    returning them: :func:`verdict` gives functions, so a verdict's facts are
    sorted and its parameters turned into text only when someone reads them
    (the JSON, a renderer, a test); reading them gives the same values either way.
    """

    outcome: Outcome
    variant: str
    path: str
    _facts: Facts | Callable[[], Facts] | FactsReader = attrs.field(
        default=(), alias="facts", eq=_facts_of, repr=_facts_shown
    )
    _params: Params | Callable[[], Params] = attrs.field(
        default=(), alias="params", eq=_resolved, repr=_shown
    )
    missing: tuple[str, ...] = ()
    advisory: bool = False
    progress: Progress | None = None
    year: int | None = None

    @property
    def facts(self) -> Facts:
        """What the rule used, as sorted pairs of JSON-ready values."""
        return _facts_of(self._facts)

    @property
    def params(self) -> Params:
        """The message's parameters, sorted: each as the text the message shows, or a date
        (written in words, in the message's language, when the message is written)."""
        value = self._params
        return value if type(value) is tuple else value()  # type: ignore[operator]

    @property
    def given_facts(self) -> Facts | Callable[[], Facts] | FactsReader:
        """``facts`` as given: the value, or the function computing it (not called)."""
        return self._facts

    @property
    def given_params(
        self,
    ) -> Params | Callable[[], Params]:
        """``params`` as given: the value, or the function computing it (not called)."""
        return self._params


class _Speaking:
    """The message (and advice) a finding shows, kept as keys until the finding is read.

    The engine hands a verdict's pending object (:meth:`speak`) the key and words of
    the finding's message and advice; the finding then holds this object instead of
    two :class:`~tkpk_rules.i18n.Text` objects, which are built when first read
    (:meth:`message_text`, :meth:`action_text`).  Fewer objects per finding: less
    for the garbage collector to follow in a batch of kept reports.
    """

    __slots__ = ("_action_key", "_action_template", "_key", "_template")

    def _init_speech(
        self,
        key: str | None = None,
        template: Words | None = None,
        action_key: str | None = None,
        action_template: Words | None = None,
    ) -> None:
        self._key = key
        self._template = template
        self._action_key = action_key
        self._action_template = action_template

    def speak(
        self,
        key: str | None,
        template: Words | None,
        action_key: str | None,
        action_template: Words | None,
    ) -> bool:
        """Hold a finding's message and advice keys; ``False`` if it holds others already.

        ``None`` for a key this object does not speak for (the finding holds its own
        :class:`~tkpk_rules.i18n.Text`, or no advice).
        """
        if self._key is None and self._action_key is None:
            self._key, self._template = key, template
            self._action_key, self._action_template = action_key, action_template
            return True
        return (
            self._key == key
            and self._template is template
            and self._action_key == action_key
            and self._action_template is action_template
        )

    def __call__(self) -> Params:  # pragma: no cover - both subclasses give their own
        raise NotImplementedError

    def message_text(self) -> Text:
        """The finding's message, with this object's parameters (written when rendered)."""
        key = self._key
        assert key is not None, "a finding holds this object as its message only after speak()"
        return Text.of(key, self, self._template)

    def action_text(self) -> Text | None:
        """The finding's advice, with this object's parameters; ``None`` if it gives none."""
        key = self._action_key
        if key is None:
            return None
        return Text.of(key, self, self._action_template)

    def _speech(self) -> tuple[str | None, Words | None, str | None, Words | None]:
        return (self._key, self._template, self._action_key, self._action_template)


class _Pending(_Speaking):
    """A verdict's facts and parameters as the rule gave them, worked out on first read.

    Each is computed once and kept.  Pickled as the finished values, so a
    verdict or finding sent to another process carries no model objects.
    """

    __slots__ = ("_facts", "_params", "_raw", "_used")

    def __init__(self, raw: dict[str, object], used: dict[str, object] | None) -> None:
        self._raw = raw
        self._used = used
        self._facts: Facts | None = None
        self._params: Params | None = None
        self._key = self._action_key = None
        self._template = self._action_template = None

    def facts(self) -> Facts:
        """The facts (the verdict and its finding hold this object as their facts)."""
        found = self._facts
        if found is None:
            found = self._facts = pending_facts(self._raw, self._used)
        return found

    def __call__(self) -> Params:
        """The parameters (the verdict and its messages hold this object as theirs)."""
        found = self._params
        if found is None:
            found = self._params = pending_params(self._raw)
        return found

    def state(
        self,
    ) -> tuple[dict[str, object], dict[str, object] | None, Facts | None, Params | None]:
        """What a finding copies into its own slots: the raw parameters, the facts
        used, and the facts and parameters if already worked out (else ``None``)."""
        return (self._raw, self._used, self._facts, self._params)

    def __reduce__(self) -> tuple[object, ...]:
        return (_Finished, (self.facts(), self(), *self._speech()))


class _Finished(_Speaking):
    """A :class:`_Pending` after pickling: the finished facts and parameters (and keys)."""

    __slots__ = ("_facts", "_params")

    def __init__(
        self,
        facts: Facts,
        params: Params,
        key: str | None = None,
        template: Words | None = None,
        action_key: str | None = None,
        action_template: Words | None = None,
    ) -> None:
        self._facts = facts
        self._params = params
        self._init_speech(key, template, action_key, action_template)

    def facts(self) -> Facts:
        return self._facts

    def __call__(self) -> Params:
        return self._params

    def __reduce__(self) -> tuple[object, ...]:
        return (_Finished, (self._facts, self._params, *self._speech()))


def pending_facts(raw: Mapping[str, object], used: Mapping[str, object] | None) -> Facts:
    """The facts of a verdict from what the rule gave: ``used`` if given, else ``raw``."""
    source = raw if used is None else used
    plain = _PLAIN
    return tuple(
        sorted(
            (k, cast(FactValue, v) if type(v) in plain else _fact_value(v))
            for k, v in source.items()
        )
    )


#: The types :func:`plainer` leaves as they are (no enum member, no *not recorded*).
_KEPT_AS_GIVEN: frozenset[type] = frozenset(
    {str, int, bool, float, type(None), dt.date, tuple, list, Words}
)


def plainer(given: dict[str, object]) -> dict[str, object]:
    """``given`` with each enum member of text value and each *not recorded* replaced by
    what the facts and the parameters make of it anyway (its value, ``None``).

    The facts and parameters worked out from the result are the same as from ``given``
    (:func:`pending_facts`, :func:`pending_params`); a dict of plain values only is one the
    garbage collector stops following.  ``given`` itself if nothing needed replacing.
    """
    if _KEPT_AS_GIVEN.issuperset(map(type, given.values())):
        return given  # the usual case, tested at C speed
    changed: dict[str, object] | None = None
    for k, v in given.items():
        if isinstance(v, NotRecorded):  # (itself an enum: first)
            plain = None
        elif isinstance(v, enum.Enum) and not isinstance(v, (str, int)):
            plain = v.value  # (a str or int enum is its own fact value: kept)
            if type(plain) is not str:
                continue
        else:
            continue
        if changed is None:
            changed = dict(given)
        changed[k] = plain
    return given if changed is None else changed


def pending_params(raw: Mapping[str, object]) -> Params:
    """The parameters of a verdict's messages, from the parameters the rule gave."""
    return tuple(
        (k, v if type(v) is str or type(v) is dt.date else _param_text(v))
        for k, v in sorted(raw.items())
    )


def finished(
    facts: Facts,
    params: Params,
    key: str | None = None,
    template: Words | None = None,
    action_key: str | None = None,
    action_template: Words | None = None,
) -> _Speaking:
    """A verdict's pending values already worked out (what a pickled finding carries)."""
    return _Finished(facts, params, key, template, action_key, action_template)


def _param_text(value: object) -> str | Words:
    """A parameter as its message shows it: text, or a list of dates in words."""
    if isinstance(value, (list, tuple)) and value and all(type(v) is dt.date for v in value):
        days = cast("Sequence[dt.date]", value)
        return Words(*(", ".join(date_words(d, lang) for d in days) for lang in LANGS))
    if isinstance(value, ImpreciseDate):  # "Maret 2025", or the year alone
        return month_words(value.tahun, value.bulan)
    return _value_text(_fact_value(value))


def verdict(
    outcome: Outcome,
    variant: str,
    path: str,
    *,
    used: Mapping[str, object] | None = None,
    missing: Sequence[str] = (),
    advisory: bool = False,
    progress: Progress | None = None,
    year: int | None = None,
    extra: Mapping[str, object] | None = None,
    **params: object,
) -> Verdict:
    """Build a :class:`Verdict`; ``params`` and ``extra`` become facts unless ``used`` is given.

    The facts and the parameters' texts are worked out when first read, not here.

    A date stays a date among the parameters (the message writes it in words) and is ISO
    text among the facts (the JSON keeps ISO 8601).

    >>> v = verdict(Outcome.COMPLIANT, "ok", "tim", jumlah=3, sejak=dt.date(2024, 12, 31))
    >>> v.facts
    (('jumlah', 3), ('sejak', '2024-12-31'))
    >>> v.params
    (('jumlah', '3'), ('sejak', datetime.date(2024, 12, 31)))
    """
    if extra:
        params = {**extra, **params}
    fact_map: dict[str, object] | None = None
    if year is not None:
        params.setdefault("tahun", year)
        if used is not None:
            fact_map = dict(used)
            fact_map.setdefault("tahun", year)
    elif used is not None:
        fact_map = dict(used)
    pending = _Pending(params, fact_map)
    return Verdict(
        outcome=outcome,
        variant=variant,
        path=path,
        facts=pending,  # one object for both: fewer for the collector to follow
        params=pending,
        missing=tuple(missing),
        advisory=advisory,
        progress=progress,
        year=year,
    )


def _value_text(v: FactValue) -> str:
    if isinstance(v, tuple):
        return ", ".join(v) if v else "-"
    if v is None:
        return "-"
    return str(v)


@attrs.frozen(kw_only=True)
class AdoptionReading:
    """One reading of the adoption dates that are open on the date judged.

    A document adopted in a year or month holding ``on`` may or may not exist
    on it: ``not_yet`` holds the paths (``dokumen[i]``) read as adopted after
    ``on``; every other such document is read as adopted by then.  ``asked``
    collects the document kinds the rule looked up under this reading, so that
    only the documents it can see are weighed (see :mod:`tkpk_rules.rules._docs`).
    """

    not_yet: frozenset[str] = frozenset()
    asked: set[Hashable] = attrs.field(factory=set, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class Context:
    """Everything a rule may look at: the dossier, the date judged, the level, the team.

    ``year`` is set for yearly rules: the calendar year being judged.  ``reading``
    is set while a rule about documents is judged under one reading of the
    adoption dates open on ``on`` (:class:`AdoptionReading`).
    """

    dossier: Dossier
    on: dt.date
    level: Level
    team: TeamAt
    handover: dt.date | None = None
    year: int | None = None
    reading: AdoptionReading | None = None
    memo: dict[Hashable, Any] = attrs.field(factory=dict, eq=False, repr=False)
    """Work the rules share (documents by kind, a year's meetings), see :meth:`shared`.
    The engine gives every check of the same dossier object the same memo while that
    dossier lives (one dossier judged at several dates works out what does not depend on
    the date once); it goes with the dossier."""

    def shared(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, done once per check for ``key`` (and the dossier and date judged).

        The contexts of one check's years share the memo (``attrs.evolve`` keeps it),
        and so do checks of the same dossier, so ``key`` must name everything the value
        depends on besides the dossier, ``on`` and ``handover``, which are added to it.
        """
        full = (key, self.on, self.handover, id(self.dossier))
        try:
            found: _T = self.memo[full]
        except KeyError:
            found = self.memo[full] = compute()
        return found

    def ask(self, question: Callable[..., _T], *args: Hashable) -> _T:
        """``question(dossier, on, *args)``: what the record says on the date judged.

        The way for a rule to look at the date through the record (documents adopted
        by then, a post vacant then), done once per check like :meth:`shared`.  Asked
        this way, and not by reading ``on``, a rule of the date judged lets the engine
        reuse its findings at another date on which every answer is the same (of the
        same type and ``==``).  The question must be a pure function of its arguments;
        its answer is shared by the rules of the check and must not be changed (an
        answer that is a list, dict or set is never reused: return a tuple).
        """
        return self._answer(self.on, question, args)

    def _answer(self, on: dt.date, question: Callable[..., _T], args: tuple[Hashable, ...]) -> _T:
        full = (question, args, on, self.handover, id(self.dossier))
        try:
            found: _T = self.memo[full]
        except KeyError:
            found = self.memo[full] = question(self.dossier, on, *args)
        except TypeError:  # only hashing the key can raise it here
            from tkpk_rules.errors import ArgumentTypeError

            name = getattr(question, "__qualname__", repr(question))
            raise ArgumentTypeError(
                f"Context.ask({name}, ...): argumen pertanyaan harus dapat di-hash (teks, angka,"
                " tuple, enum...), bukan list atau dict / the question's arguments must be"
                " hashable (text, numbers, tuples, enums...), not lists or dicts"
            ) from None
        return found

    def lasting(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, done once per dossier whatever the date judged, for ``key``.

        For what depends on the record alone (a team's members by element): checks of
        the same dossier on other dates reuse it.  ``key`` must name everything the
        value depends on besides the dossier (an ``id()`` in the key only if the value
        holds that object, so the id cannot be reused).  The value must not be changed.
        """
        full = ("lasting", key, id(self.dossier))
        try:
            found: _T = self.memo[full]
        except KeyError:
            found = self.memo[full] = compute()
        return found

    @property
    def year_over(self) -> bool:
        """Whether the judged year ended before ``on``."""
        return self.year is not None and self.on > dt.date(self.year, 12, 31)

    @property
    def days_left(self) -> int:
        """Days from ``on`` to the end of the judged year, ``on`` included (0 once over)."""
        if self.year is None or self.year_over:
            return 0
        return (dt.date(self.year, 12, 31) - self.on).days + 1


RuleFunction = Callable[[Context], Iterable[Verdict]]

#: A message in both languages: ``(indonesian, english)``.
Pair = tuple[str, str]
Messages = tuple[tuple[str, Pair], ...]

#: The topic of each code's middle part (``TKPK53-MTG-...`` is about meetings).
TOPICS: Mapping[str, str] = {
    "FRM": "formation",
    "INS": "instrument",
    "MEM": "membership",
    "LDR": "leadership",
    "SEC": "secretariat",
    "AGD": "agenda",
    "MTG": "meetings",
    "DOC": "documents",
}


class RuleDeclarationError(ValueError):
    """A rule declaration that contradicts itself: refused when the rulebook is built."""


def _previous_and_current(on: dt.date) -> tuple[int, ...]:
    return (on.year - 1, on.year)


@attrs.frozen(kw_only=True)
class Requirement:
    """A precondition many rules share, checked once by the engine before a rule runs.

    ``check`` returns the verdict to give instead of running the rule (the
    rule cannot be judged: no team on the date, meetings not recorded, ...)
    or ``None`` when the rule may run.  ``messages`` are the requirement's own
    (variant -> pair, ``<variant>.action`` for advice), shared by every rule
    that declares it in ``requires=``.
    """

    name: str
    check: Callable[[Context], Verdict | None]
    messages: Messages
    around: Callable[[Context, RuleFunction], Iterable[Verdict]] | None = None
    """How to run a rule that declares the requirement, once its check passed: given
    the context and the rule's own function (``None``: run it as it is).  The
    documents' requirement judges the rule under each reading of open adoption dates."""

    @property
    def variants(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.messages if not k.endswith(".action"))


@attrs.frozen(kw_only=True)
class Basis:
    """What a rule rests on under one regime: provision id, citation, support, further citations.

    ``support`` comes from the provision and may only be weakened (see :func:`rule`).

    >>> Basis(regime=R42, provision="42.chair", citation=Citation(regulation=R42),
    ...       support=Support.REPORTED).citation.text()
    'Permendagri 42/2010, Pasal ?'
    """

    regime: str
    provision: str
    citation: Citation
    support: Support
    also_cited: tuple[Citation, ...] = ()


@attrs.frozen(kw_only=True)
class Rule:
    """One rule: identity, legal basis, scope in time and space, messages, and its function.

    ``regimes`` lists the regulations under which the rule holds: a rule in
    force under both 42/2010 and 53/2020 is *regime-independent* and is judged
    even while the handover date is unknown.  ``years`` (for yearly rules)
    says which calendar years to judge on a date.  ``messages`` holds every
    sentence the rule can show (``title``, each variant, ``<variant>.action``)
    and ``requires`` the shared preconditions the engine checks first.
    """

    code: str
    provision: str
    topic: str
    citation: Citation
    support: Support
    regimes: frozenset[str]
    levels: frozenset[Level]
    function: RuleFunction
    also_cited: tuple[Citation, ...] = ()
    years: Callable[[dt.date], tuple[int, ...]] | None = None
    bases: tuple[Basis, ...] = ()
    """The rule's basis under regimes other than its own (``citation.regulation``)."""
    messages: Messages = ()
    requires: tuple[Requirement, ...] = ()
    lists: tuple[str, ...] = ()
    """Lists the rule's answer rests on besides its topic's own: a list of the record
    (``kekosongan_jabatan``), or lists inside its items, ``[]`` for any item
    (``rapat_koordinasi[].pembahasan``). One marked incomplete (``cakupan.sebagian``)
    makes a violation resting on it undetermined, like the topic's own list."""

    @property
    def own_basis(self) -> Basis:
        """The rule's basis under its own regime: ``provision``, ``citation``, ``also_cited``."""
        return Basis(
            regime=self.citation.regulation,
            provision=self.provision,
            citation=self.citation,
            support=self.support,
            also_cited=self.also_cited,
        )

    @property
    def provisions(self) -> tuple[str, ...]:
        """Every provision id the rule encodes: its own first, then those of :attr:`bases`."""
        return tuple(dict.fromkeys((self.provision, *(b.provision for b in self.bases))))

    @property
    def variants(self) -> frozenset[str]:
        """The message variants the rule's own function can yield."""
        return frozenset(k for k, _ in self.messages if k != "title" and not k.endswith(".action"))

    def all_messages(self) -> dict[str, Pair]:
        """The rule's messages with those of its requirements, keyed by variant."""
        out: dict[str, Pair] = {}
        for req in self.requires:
            out.update(req.messages)
        out.update(self.messages)
        return out

    def basis_for(self, candidates: Iterable[str | None]) -> Basis:
        """The basis a finding cites when ``candidates`` may govern.

        One candidate under which the rule holds: that regime's basis.  Several
        (the handover window): the rule's own basis, with the others'
        citations added to ``also_cited`` and the weakest support of them.
        None: the rule's own basis.
        """
        inside = [c for c in candidates if c is not None and c in self.regimes]
        own = self.own_basis
        by_regime = {b.regime: b for b in self.bases}
        if len(inside) == 1:
            return by_regime.get(inside[0], own)
        others = [by_regime[c] for c in inside if c in by_regime]
        if not others:
            return own
        extra = [b.citation for b in others if b.citation not in own.also_cited]
        weakest = max((own.support, *(b.support for b in others)), key=support_rank)
        return attrs.evolve(own, also_cited=(*own.also_cited, *extra), support=weakest)

    @property
    def yearly(self) -> bool:
        return self.years is not None

    @property
    def regime_independent(self) -> bool:
        """Whether the rule holds under both 42/2010 and 53/2020."""
        return {R42, R53} <= self.regimes

    @property
    def advisory_only(self) -> bool:
        """Rules of support ``practice`` never give violations."""
        return not self.support.binding


def support_rank(support: Support) -> int:
    """0 for the strongest support (``confirmed``), higher for weaker ones."""
    return list(Support).index(support)


def _provision_support(provision: str, declared: Support | None, where: str) -> Support:
    """The support of a basis: the provision's own, or a weaker one the rule declares."""
    from tkpk_rules.law.provisions import PROVISIONS

    strongest = min(PROVISIONS[provision].support, key=support_rank)
    if declared is None:
        return PROVISIONS[provision].support[0]
    if support_rank(declared) < support_rank(strongest):
        raise RuleDeclarationError(
            f"{where}: support {declared.value} is stronger than provision {provision}'s"
            f" ({strongest.value}); a rule may only weaken its provision's support"
        )
    return declared


def under_42(provision: str, *also_cited: Citation, support: Support | None = None) -> Basis:
    """The basis of a shared rule under Permendagri 42/2010.

    The citation and support are the provision's (``Pasal ?``: no article of
    42/2010 is known); ``support`` may weaken it.

    >>> under_42("42.chair").citation.text(), under_42("42.chair").support.value
    ('Permendagri 42/2010, Pasal ?', 'reported')
    """
    from tkpk_rules.law.provisions import PROVISIONS

    return Basis(
        regime=R42,
        provision=provision,
        citation=PROVISIONS[provision].citation,
        support=_provision_support(provision, support, provision),
        also_cited=also_cited,
    )


def rule(
    code: str,
    provision: str,
    *,
    messages: Mapping[str, Pair],
    support: Support | None = None,
    regimes: Iterable[str] = (R53,),
    levels: Iterable[Level] = ALL_LEVELS,
    also_cited: Sequence[Citation] = (),
    yearly: bool | Callable[[dt.date], tuple[int, ...]] = False,
    bases: Sequence[Basis] = (),
    requires: Sequence[Requirement] = (),
    title_params: Mapping[str, object] | None = None,
    lists: Sequence[str] = (),
) -> Callable[[RuleFunction], Rule]:
    """Decorator that declares a rule, once: code, provision, basis, scope, messages.

    The citation is the provision's; ``support`` is the provision's unless a
    weaker one is given; the topic comes from the code.  ``messages`` holds
    the title and every variant the function can yield, with optional
    ``<variant>.action`` advice, as ``(indonesian, english)`` pairs;
    ``title_params`` fill the title (numbers of the law come from
    :mod:`tkpk_rules.law.parameters`, never written into it); ``lists`` names the
    lists inside the record's items it reads (:attr:`Rule.lists`).  The
    declaration is refused (:class:`RuleDeclarationError`) when the variants
    declared and those the function can yield differ.
    """
    from tkpk_rules.law.provisions import PROVISIONS
    from tkpk_rules.rules._declare import check_declaration

    years: Callable[[dt.date], tuple[int, ...]] | None
    if yearly is True:
        years = _previous_and_current
    elif yearly is False:
        years = None
    else:
        years = yearly
    if provision not in PROVISIONS:
        raise RuleDeclarationError(f"{code}: unknown provision {provision!r}")
    topic = TOPICS.get(code.split("-")[1] if code.count("-") == 2 else "", "")
    pairs = dict(messages)
    if "title" in pairs and title_params:
        pairs["title"] = (
            pairs["title"][0].format_map(dict(title_params)),
            pairs["title"][1].format_map(dict(title_params)),
        )

    def wrap(function: RuleFunction) -> Rule:
        built = Rule(
            code=code,
            provision=provision,
            topic=topic,
            citation=PROVISIONS[provision].citation,
            support=_provision_support(provision, support, code),
            regimes=frozenset(regimes),
            levels=frozenset(levels),
            function=function,
            also_cited=tuple(also_cited),
            years=years,
            bases=tuple(bases),
            messages=tuple(sorted(pairs.items())),
            requires=tuple(requires),
            lists=tuple(lists),
        )
        check_declaration(built)
        arounds = [r.around for r in built.requires if r.around is not None]
        if not arounds:
            return built
        return attrs.evolve(built, function=_run_around(function, arounds))

    return wrap


def _run_around(
    function: RuleFunction, arounds: Sequence[Callable[[Context, RuleFunction], Iterable[Verdict]]]
) -> RuleFunction:
    """The rule's function run through its requirements' ``around``, the first outermost.

    The result reads as the rule's own function (name, docstring, ``__wrapped__``), so
    the declaration checks read the variants of the function itself.
    """
    run = function
    for around in reversed(arounds):
        run = functools.update_wrapper(functools.partial(_around_call, around, run), function)
    return run


def _around_call(
    around: Callable[[Context, RuleFunction], Iterable[Verdict]],
    inner: RuleFunction,
    ctx: Context,
) -> Iterable[Verdict]:
    return around(ctx, inner)


def recorded(value: object) -> bool:
    """``True`` unless the value is NOT_RECORDED."""
    return value is not NOT_RECORDED
