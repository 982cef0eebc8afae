"""Findings and reports: data first; rendering lives in :mod:`tkpk_rules.report.render`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any, Protocol, cast

import attrs

from tkpk_rules.i18n import Text
from tkpk_rules.law.citation import Citation
from tkpk_rules.law.support import Support
from tkpk_rules.report.outcome import Outcome, Progress, Severity

__all__ = ["FORMAT", "Finding", "Report", "Stamp", "Subject"]

#: The ``format`` value of a JSON report.
FORMAT = "tkpk-rules.laporan/2"

FactValue = str | int | bool | None | tuple[str, ...]
Facts = tuple[tuple[str, FactValue], ...]


class _FactsReader(Protocol):
    """Something whose ``facts()`` gives the facts (a verdict's pending facts)."""

    def facts(self) -> Facts: ...


def _facts_of(value: object) -> Facts:
    """Facts given as their value, a function returning them, or an object whose
    ``facts()`` returns them (what the engine gives: a verdict's pending facts)."""
    if type(value) is tuple:
        return cast(Facts, value)
    read = getattr(value, "facts", None)
    return cast(Facts, read() if read is not None else value())  # type: ignore[operator]


def _facts_shown(value: object) -> str:
    return repr(_facts_of(value))


class _Speaking(Protocol):
    """What holds a finding's message and advice as keys, building them on read
    (a verdict's pending object, once the engine gave it the keys)."""

    def message_text(self) -> Text: ...

    def action_text(self) -> Text | None: ...


def _message_of(value: Text | _Speaking) -> Text:
    return value if isinstance(value, Text) else value.message_text()


def _action_of(value: Text | _Speaking | None) -> Text | None:
    if value is None or isinstance(value, Text):
        return value
    return value.action_text()


def _message_shown(value: Text | _Speaking) -> str:
    return repr(_message_of(value))


def _action_shown(value: Text | _Speaking | None) -> str:
    return repr(_action_of(value))


#: For the fields read through a property: the name the repr shows (as it always
#: has) and the property giving the value shown.
_SHOWN_AS = {
    "_facts": ("_facts", "facts"),
    "_message": ("message_text", "message_text"),
    "_action": ("action_text", "action_text"),
}


class _Own:
    """Marks a field whose value the finding works out from its own slots (``_raw``...)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<own>"

    def __reduce__(self) -> str:
        return "OWN"


#: The value of ``_facts``, ``_message`` or ``_action`` kept in the finding's own slots
#: (the engine's marker; not part of the API).
OWN: Any = _Own()
_OWN = OWN

#: Mixed into every finding's hash (as attrs mixes a value of its own into its hashes).
_HASH_SALT = hash("tkpk_rules.report.finding.Finding")


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Finding:
    """One conclusion of one rule about one thing, on the date judged.

    ``severity`` is ``violation`` exactly when ``outcome`` is; ``advisory``
    marks a departure from practice or a yearly duty at risk.  ``missing``
    lists what would settle an undetermined outcome.  The message and the
    advice are stored as :class:`tkpk_rules.i18n.Text` (a key and its
    parameters) and written in a language only when read
    (:meth:`message`, :meth:`action`).  ``facts`` may be given as a function
    returning them (or an object whose ``facts()`` does): the engine's findings
    sort and convert their facts only when someone reads them (equality and
    hashing read them too).
    """

    code: str
    provision: str
    outcome: Outcome
    severity: Severity
    support: Support
    citation: Citation
    path: str
    _facts: Facts | Callable[[], Facts] | _FactsReader = attrs.field(
        default=(), alias="facts", eq=_facts_of, repr=_facts_shown
    )
    missing: tuple[str, ...] = ()
    _message: Text | _Speaking = attrs.field(
        alias="message_text", eq=_message_of, repr=_message_shown
    )
    _action: Text | _Speaking | None = attrs.field(
        default=None, alias="action_text", eq=_action_of, repr=_action_shown
    )
    also_cited: tuple[Citation, ...] = ()
    year: int | None = None
    progress: Progress | None = None
    variant: str = ""
    """The message variant: with ``code``, a stable key for what was found."""
    certainty: tuple[tuple[str, str], ...] = ()
    """The facts on ``path`` the record holds as inferred (``disimpulkan``) or
    uncertain (``belum_pasti``), each as ``(path, certainty)``: the finding rests on them."""

    # What the engine gives a finding in place of a separate pending object (one
    # object fewer for the garbage collector to follow per kept finding): the
    # verdict's parameters and facts as the rule gave them, and the keys and
    # words of the message and advice.  Used where ``_facts``, ``_message`` or
    # ``_action`` is ``_OWN``; otherwise ``None``.  Not compared, not shown.
    _raw: Mapping[str, object] | None = attrs.field(default=None, alias="_raw", repr=False)
    _used: Mapping[str, object] | None = attrs.field(default=None, alias="_used", repr=False)
    _params: Any = attrs.field(default=None, alias="_params", repr=False)
    _key: str | None = attrs.field(default=None, alias="_key", repr=False)
    _template: Any = attrs.field(default=None, alias="_template", repr=False)
    _action_key: str | None = attrs.field(default=None, alias="_action_key", repr=False)
    _action_template: Any = attrs.field(default=None, alias="_action_template", repr=False)

    @property
    def facts(self) -> Facts:
        """What the rule used: sorted ``(name, value)`` pairs, values JSON-ready."""
        value = self._facts
        if value is _OWN:
            from tkpk_rules.rules import pending_facts

            assert self._raw is not None
            found = pending_facts(self._raw, self._used)
            object.__setattr__(self, "_facts", found)  # frozen, but only ever this value
            return found
        return _facts_of(value)

    def _own_params(self) -> Any:
        found = self._params
        if found is None:
            from tkpk_rules.rules import pending_params

            assert self._raw is not None
            found = pending_params(self._raw)
            object.__setattr__(self, "_params", found)  # frozen, but only ever this value
        return found

    @property
    def message_text(self) -> Text:
        """What was found: a message key with its parameters, written on demand.

        Given as a :class:`~tkpk_rules.i18n.Text`, or (by the engine) kept as the
        key and the verdict's parameters, the ``Text`` built when read.
        """
        value = self._message
        if value is _OWN:
            assert self._key is not None
            return Text.of(self._key, self._own_params(), self._template)
        return _message_of(value)

    @property
    def action_text(self) -> Text | None:
        """What to do about it (``None`` when nothing is to be done), as ``message_text``."""
        value = self._action
        if value is _OWN:
            assert self._action_key is not None
            return Text.of(self._action_key, self._own_params(), self._action_template)
        return _action_of(value)

    def _compared(self) -> tuple[object, ...]:
        """The values equality and hashing see, in field order (as attrs compared them)."""
        return (
            self.code,
            self.provision,
            self.outcome,
            self.severity,
            self.support,
            self.citation,
            self.path,
            self.facts,
            self.missing,
            self.message_text,
            self.action_text,
            self.also_cited,
            self.year,
            self.progress,
            self.variant,
            self.certainty,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()

    def __ne__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() != other._compared()

    def __hash__(self) -> int:
        return hash((_HASH_SALT, *self._compared()))

    def __getstate__(self) -> dict[str, object]:
        """The fields, with what the finding keeps in its own slots finished: a pickled
        finding carries the facts, parameters and keys, never model objects."""
        names = _STATE_NAMES
        state = {name: getattr(self, name) for name in names}
        own = [name for name in ("_facts", "_message", "_action") if state[name] is _OWN]
        if own:
            from tkpk_rules.rules import finished as _finished

            speaks = state["_message"] is _OWN
            advises = state["_action"] is _OWN
            done = _finished(
                self.facts,
                self._own_params(),
                self._key if speaks else None,
                self._template if speaks else None,
                self._action_key if advises else None,
                self._action_template if advises else None,
            )
            for name in own:
                state[name] = done
        for name in _OWN_NAMES:
            state[name] = None
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name in _STATE_NAMES:
            if name in state:
                object.__setattr__(self, name, state[name])
        for name in _OWN_NAMES:  # a finding pickled before these fields came
            if name not in state:
                object.__setattr__(self, name, None)

    def __repr__(self) -> str:
        shown = []
        for field in attrs.fields(Finding):
            if field.repr is False:
                continue
            label, read = _SHOWN_AS.get(field.name, (field.name, field.name))
            shown.append(f"{label}={getattr(self, read)!r}")
        return "Finding(" + ", ".join(shown) + ")"

    @property
    def unverified(self) -> bool:
        """Whether the rule rests on sources other than the read text (all but ``confirmed``)."""
        return not self.support.verified

    @property
    def advisory(self) -> bool:
        return self.severity is Severity.ADVISORY

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_text.render(lang)

    def action(self, lang: str = "id") -> str | None:
        """What to do about it, in ``lang`` (``None`` when nothing is to be done)."""
        return None if self.action_text is None else self.action_text.render(lang)

    # The names before the message was kept as a key (read-only; prefer message(lang)).
    @property
    def message_id(self) -> str:
        """Deprecated: ``message("id")``."""
        return self.message("id")

    @property
    def message_en(self) -> str:
        """Deprecated: ``message("en")``."""
        return self.message("en")

    @property
    def action_id(self) -> str | None:
        """Deprecated: ``action("id")``."""
        return self.action("id")

    @property
    def action_en(self) -> str | None:
        """Deprecated: ``action("en")``."""
        return self.action("en")

    def facts_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.facts}

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data (see the report schema), keys in Indonesian."""
        action = None
        action_text = self.action_text
        if action_text is not None:
            action = {"id": action_text.render("id"), "en": action_text.render("en")}
        message_text = self.message_text
        return {
            "kode": self.code,
            "ketentuan": self.provision,
            "hasil": self.outcome.value,
            "keparahan": self.severity.value,
            "dukungan": self.support.value,
            "terverifikasi": self.support.verified,
            "kutipan": self.citation.to_dict(),
            "juga_dikutip": [c.to_dict() for c in self.also_cited],
            "jalur": self.path,
            "tahun": self.year,
            "kemajuan": self.progress.value if self.progress else None,
            "fakta": self.facts_dict(),
            "kurang": list(self.missing),
            "pesan": {"id": message_text.render("id"), "en": message_text.render("en")},
            "tindakan": action,
            "varian": self.variant,
            "kepastian": [{"jalur": p, "kepastian": c} for p, c in self.certainty],
        }


_STATE_NAMES = tuple(f.name for f in attrs.fields(Finding))
_OWN_NAMES = ("_raw", "_used", "_params", "_key", "_template", "_action_key", "_action_template")


@attrs.frozen(kw_only=True)
class Subject:
    """The region a report is about."""

    kode: str
    nama: str | None
    tingkat: str

    def to_dict(self) -> dict[str, Any]:
        return {"kode": self.kode, "nama": self.nama, "tingkat": self.tingkat}


def _resolved(value: str | Callable[[], str]) -> str:
    return value if isinstance(value, str) else value()


@attrs.frozen(kw_only=True, repr=False)
class Stamp:
    """What makes a report reproducible: version, rulebook, date, input, handover choice."""

    library_version: str
    rulebook_hash: str
    judged_on: dt.date
    _input_hash: str | Callable[[], str] = attrs.field(alias="input_hash", eq=_resolved, repr=False)
    """The hash, or how to compute it on first read (:attr:`input_hash`)."""
    handover: dt.date | None
    handover_window: tuple[dt.date, dt.date]
    governing: tuple[str | None, ...]
    """The regimes that may govern on ``judged_on`` (one when certain)."""

    @property
    def input_hash(self) -> str:
        """``sha256:`` and the hash of the dossier's canonical JSON, computed on first read.

        A check whose stamp nobody reads never hashes its dossier; ``input_hash``
        may be given as the text or as a function returning it.
        """
        value = self._input_hash
        if not isinstance(value, str):
            value = value()
            object.__setattr__(self, "_input_hash", value)  # frozen, but only ever this value
        return value

    def __repr__(self) -> str:
        shown = {f.alias or f.name: getattr(self, f.alias or f.name) for f in attrs.fields(Stamp)}
        return "Stamp(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    def to_dict(self) -> dict[str, Any]:
        return {
            "versi_pustaka": self.library_version,
            "hash_aturan": self.rulebook_hash,
            "tanggal_pemeriksaan": self.judged_on.isoformat(),
            "hash_masukan": self.input_hash,
            "peralihan": self.handover.isoformat() if self.handover else None,
            "rentang_peralihan": [d.isoformat() for d in self.handover_window],
            "rezim_berlaku": list(self.governing),
        }


_ORDER = {o: i for i, o in enumerate(Outcome)}


def _province_name(code: str) -> str | None:
    """The name of the province a region code belongs to, or ``None`` for an unknown code."""
    from tkpk_rules import regions
    from tkpk_rules.errors import TkpkError

    try:
        return regions.province_of(code).nama
    except (TkpkError, LookupError, ValueError):
        return None


@attrs.frozen(kw_only=True)
class Report:
    """All findings for one dossier on one date, with its stamp.

    >>> from tkpk_rules.engine import check
    >>> from tkpk_rules.model import Dossier, RegionRef
    >>> import datetime as dt
    >>> r = check(Dossier(wilayah=RegionRef(kode="64.72")), on=dt.date(2024, 6, 1))
    >>> r.has_violations, r.counts()["undetermined"] > 0
    (False, True)
    """

    subject: Subject
    stamp: Stamp
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.outcome is Outcome.VIOLATION)

    @property
    def advisories(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ADVISORY)

    @property
    def has_violations(self) -> bool:
        return any(f.outcome is Outcome.VIOLATION for f in self.findings)

    def counts(self) -> Mapping[str, int]:
        """Findings per outcome, plus ``advisory`` and ``at_risk``."""
        c: Counter[str] = Counter({o.value: 0 for o in Outcome})
        c.update(f.outcome.value for f in self.findings)
        c["advisory"] = sum(1 for f in self.findings if f.severity is Severity.ADVISORY)
        c["at_risk"] = sum(1 for f in self.findings if f.progress is Progress.AT_RISK)
        return dict(c)

    def by_code(self, code: str) -> tuple[Finding, ...]:
        """The findings of one rule."""
        return tuple(f for f in self.findings if f.code == code)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, ``format`` :data:`FORMAT` (``tkpk-rules.laporan/2``).

        Keys are Indonesian, as every key a reader sees (the naming rule in
        ``docs/architecture.md``): ``wilayah``, ``cap``, ``jumlah``, ``temuan``.
        """
        return {
            "format": FORMAT,
            "wilayah": self.subject.to_dict(),
            "cap": self.stamp.to_dict(),
            "jumlah": dict(self.counts()),
            "temuan": [f.to_dict() for f in self.findings],
        }

    def to_records(self, lang: str = "id") -> list[dict[str, Any]]:
        """One plain dict per finding, for tables and data frames (:func:`tkpk_rules.frame`).

        Each record names the region (``kode_wilayah``, ``nama_wilayah``, ``tingkat``
        and its ``provinsi``), the date judged (``tanggal_pemeriksaan``, a
        :class:`datetime.date`), and the finding's ``kode``, ``ketentuan``, ``hasil``,
        ``keparahan``, ``dukungan``, ``terverifikasi``, ``tahun``, ``kemajuan``,
        ``jalur``, ``kutipan`` (as text), ``kurang`` (a list), ``pesan`` and
        ``tindakan`` in ``lang``, ``varian``, and ``kepastian`` (a list of
        ``{"jalur", "kepastian"}``: the inferred or uncertain facts the finding rests
        on, empty when it rests on stated facts only).  The finding's names are the
        report JSON's own keys (``kode`` is the rule's code, as in the JSON; the
        region's is ``kode_wilayah``), so a column means what the key means there.

        >>> from tkpk_rules.engine import check
        >>> from tkpk_rules.model import Dossier, RegionRef
        >>> import datetime as dt
        >>> r = check(Dossier(wilayah=RegionRef(kode="64.72")), on=dt.date(2024, 6, 1))
        >>> rows = r.to_records("en")
        >>> len(rows) == len(r.findings), rows[0]["kode_wilayah"], rows[0]["provinsi"]
        (True, '64.72', 'Kalimantan Timur')
        """
        if lang not in ("id", "en"):
            from tkpk_rules.errors import ArgumentValueError

            raise ArgumentValueError(
                f"lang: bahasa {lang!r} tidak dikenal, pilih 'id' atau 'en' / "
                f"unknown language {lang!r}; use 'id' or 'en'"
            )
        province = _province_name(self.subject.kode)
        return [
            {
                "kode_wilayah": self.subject.kode,
                "nama_wilayah": self.subject.nama,
                "tingkat": self.subject.tingkat,
                "provinsi": province,
                "tanggal_pemeriksaan": self.stamp.judged_on,
                "kode": f.code,
                "ketentuan": f.provision,
                "hasil": f.outcome.value,
                "keparahan": f.severity.value,
                "dukungan": f.support.value,
                "terverifikasi": f.support.verified,
                "tahun": f.year,
                "kemajuan": f.progress.value if f.progress else None,
                "jalur": f.path,
                "kutipan": f.citation.text(),
                "kurang": list(f.missing),
                "pesan": f.message(lang),
                "tindakan": f.action(lang),
                "varian": f.variant,
                "kepastian": [{"jalur": p, "kepastian": c} for p, c in f.certainty],
            }
            for f in self.findings
        ]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text; the same report always gives the same bytes."""
        from tkpk_rules.report.render import to_json

        return to_json(self, indent=indent)

    def render(self, format: str = "text", lang: str = "id") -> str:
        """The report as ``text``, ``markdown``, ``html`` or ``json``."""
        from tkpk_rules.report.render import render

        return render(self, format=format, lang=lang)

    def __str__(self) -> str:
        return self.render("text")

    def _repr_markdown_(self) -> str:
        return self.render("markdown")

    def _repr_html_(self) -> str:
        return self.render("html")
