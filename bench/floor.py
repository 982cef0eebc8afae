"""The floor: a minimal, hand-written checker of the same rules, on plain dicts.

``bench/national.py`` measures the library against this module.  It is what a
competent programmer would write to judge the JSON documents of the national set
(``json.loads`` output) as fast as plain Python allows: one pass over the rules,
dates compared as ISO text, dictionaries looked up directly, no model objects, no
messages, no facts, no stamp.  ``tests/test_floor.py`` keeps it honest: on the
national set it gives the same findings, as ``(code, outcome, year, path)``, as
:func:`tkpk_rules.engine.check`.

>>> import datetime as dt
>>> doc = {"wilayah": {"kode": "31.71"}}
>>> {f[1] for f in check(doc, dt.date(2024, 12, 31))}
{'not_applicable'}

What is read from the library, once, at import (nothing of it at check time):

* the rulebook's codes, regimes, levels, topics, which rules are yearly (and which
  years they judge, as offsets from the year of the date), and which are practice
  only (never a violation), so a rule added, dropped or moved to another regime
  shows up in the comparison instead of being silently missed;
* the region table (level and date of formation of every code);
* the dates between which each regulation may have come into force;
* the numbers of the law (:mod:`tkpk_rules.law.parameters`): the least number of
  coordination meetings a year and the RPKD's length in years.

What each rule *does* is written out here, by code, in :data:`JUDGES`.

What the floor does **not** cover (it raises :class:`OutOfScope` rather than guess):

* dates on which Permendagri 42/2010 may govern (before 2020-10-06 without a fixed
  handover): the floor has no judge for the ``TKPK42-*`` rules, only the engine's
  "not in force" findings for them; no ``handover`` argument either;
* a dossier with ``riwayat_tim`` (earlier teams), or whose ``tim`` was formed after
  a date it judges, or without a recorded forming date;
* a date known only to its year or month (``2024``, ``"2024-05"``, issue 12) in a field
  the floor reads: the team's forming date and ``masa_kerja``, a meeting's ``tanggal``,
  an adoption date (``ditetapkan``) of a document or an agenda, a vacancy's ends; the
  floor compares days as ISO text, which a year or a month is not;
* region codes outside the bundled table, ``redact``, a chosen subset of rules.

Within those bounds it follows the library's reading of partial records where that
is a simple test (a key that is absent is *not recorded*, ``null`` is *recorded as
none*), but it is written for fully recorded, valid documents such as the national
set: it does not validate anything (a wrong type gives a wrong answer or a
``TypeError``, not a report), and a branch the national set never reaches is
written from the rule's text and not tested against the library.  Messages, facts,
citations, missing-fact lists, progress and severity are not produced: a finding is
``(code, outcome, year, path, variant)``.

The library judges partial records (issue 12): ``cakupan``, ``kepastian`` and
``sumber``, meetings whose kind is unknown, drafts, open dates.  The floor reads
none of that: the national set records no coverage or certainty and dates every
fact to the day, so the comparison holds there, and on a record that uses them the
floor's answers are not the library's.  The judges those readings touch are marked
in their comments: a meeting without ``jenis`` (:meth:`Check.meetings`), a draft
RPKD (``DOC-001``, ``DOC-007``), and the national set's "not recorded" answers of
``DOC-007``..``DOC-009`` (it records no chapters, no RPJMD and no data basis, so
only those branches are compared there).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, NamedTuple

__all__ = ["JUDGES", "RULES", "Finding", "OutOfScope", "check", "unknown_codes"]

COMPLIANT = "compliant"
VIOLATION = "violation"
UNDETERMINED = "undetermined"
NOT_APPLICABLE = "not_applicable"

R42 = "permendagri-42-2010"
R53 = "permendagri-53-2020"

#: ``(code, outcome, year, path, variant)``; the test compares the first four.
Finding = tuple[str, str, "int | None", str, str]
Doc = dict[str, Any]
_MISSING: Any = object()


class OutOfScope(Exception):
    """The document or date is outside what the floor judges (see the module docstring)."""


# --------------------------------------------------------------------------
# What is read from the library, once
# --------------------------------------------------------------------------


class RuleMeta(NamedTuple):
    code: str
    regimes: frozenset[str]
    levels: frozenset[str]
    offsets: tuple[int, ...] | None  # the years judged, as offsets from the date's year
    practice: bool  # support ``practice``: a departure is never a violation
    default_path: str


#: Where an engine-made finding (no path of its own) points, by topic.
_DEFAULT_PATHS = {
    "formation": "tim",
    "instrument": "tim.pembentukan",
    "membership": "tim.anggota",
    "leadership": "tim",
    "secretariat": "sekretariat",
    "agenda": "agenda_kerja",
    "meetings": "rapat_koordinasi",
    "documents": "dokumen",
}


def _offsets(years: Callable[[dt.date], tuple[int, ...]] | None) -> tuple[int, ...] | None:
    if years is None:
        return None
    samples = (dt.date(2023, 1, 1), dt.date(2024, 6, 30), dt.date(2025, 12, 31))
    found = {tuple(y - day.year for y in years(day)) for day in samples}
    if len(found) != 1:
        raise OutOfScope("a yearly rule whose years are not fixed offsets of the date's year")
    return found.pop()


def _rules_from_library() -> tuple[RuleMeta, ...]:
    from tkpk_rules.rules import RULEBOOK

    return tuple(
        RuleMeta(
            code=r.code,
            regimes=frozenset(r.regimes),
            levels=frozenset(level.value for level in r.levels),
            offsets=_offsets(r.years),
            practice=r.advisory_only,
            default_path=_DEFAULT_PATHS.get(r.topic, ""),
        )
        for r in RULEBOOK
    )


def _regions_from_library() -> dict[str, tuple[str, str | None]]:
    from tkpk_rules import regions

    return {
        r.kode: (
            regions.level_from_code(r.kode).value,
            r.dibentuk.isoformat() if r.dibentuk is not None else None,
        )
        for r in regions.all_regions()
    }


def _regimes_from_library() -> tuple[tuple[str, str, str], ...]:
    from tkpk_rules.law.regulations import REGULATIONS
    from tkpk_rules.law.timeline import REGIMES

    return tuple(
        (r, REGULATIONS[r].earliest.isoformat(), REGULATIONS[r].latest.isoformat()) for r in REGIMES
    )


def _numbers_from_library() -> tuple[int, int]:
    from tkpk_rules.law.parameters import value

    return value("minimum_rapat_koordinasi", R53), value("masa_rpkd_tahun", R53)


RULES: tuple[RuleMeta, ...] = _rules_from_library()
_REGIONS = _regions_from_library()
_REGIME_BOUNDS = _regimes_from_library()
#: The numbers of the law the rules use (today's values; none has a second dated value yet).
_MIN_MEETINGS, _RPKD_YEARS = _numbers_from_library()
#: The day by which 53/2020 certainly governs (RPKDs adopted from then on are judged).
_START_53 = next(latest for r, _, latest in _REGIME_BOUNDS if r == R53)
_AUTONOMOUS = frozenset({"provinsi", "kabupaten", "kota"})

# --------------------------------------------------------------------------
# The law's tables, written out
# --------------------------------------------------------------------------

_ISSUER = {"provinsi": "gubernur", "kabupaten": "bupati", "kota": "wali_kota"}
_DEPUTY = {"provinsi": "wakil_gubernur", "kabupaten": "wakil_bupati", "kota": "wakil_wali_kota"}
_DEPUTIES = frozenset(_DEPUTY.values())

_PEMDA, _MASY, _DU, _LAIN = (
    "pemerintah_daerah",
    "masyarakat",
    "dunia_usaha",
    "pemangku_kepentingan_lainnya",
)
_ELEMENTS = (_PEMDA, _MASY, _DU, _LAIN)
_BY_CATEGORY = {
    "perangkat_daerah": _PEMDA,
    "pemerintah_desa": _LAIN,
    "instansi_vertikal": _LAIN,
    "bumn": _DU,
    "bumd": _DU,
    "swasta": _DU,
    "pkk": _MASY,
    "perguruan_tinggi": _LAIN,
    "lsm": _MASY,
    "tokoh_masyarakat": _MASY,
    "organisasi_keagamaan": _MASY,
    "media": _LAIN,
}
_BY_OFFICE = {
    **dict.fromkeys(
        (
            "gubernur",
            "wakil_gubernur",
            "bupati",
            "wakil_bupati",
            "wali_kota",
            "wakil_wali_kota",
            "sekretaris_daerah",
            "asisten_sekretaris_daerah",
            "kepala_perencanaan",
            "kepala_pemberdayaan_masyarakat",
            "kepala_perangkat_daerah",
            "pejabat_perangkat_daerah",
        ),
        _PEMDA,
    ),
    "pimpinan_instansi_vertikal": _LAIN,
}
_POSTS = ("penanggung_jawab", "ketua", "wakil_ketua", "sekretaris", "wakil_sekretaris")
_AGENDA_TOPIC = {
    "penyusunan_rpkd": "rpkd",
    "penyusunan_rat": "rat",
    "laporan_pelaksanaan": "laporan_pelaksanaan",
}
_PLANNING = re.compile(
    r"\b(?:bap{1,2}eda\w*|bap{1,2}erida\w*|bap{1,2}elitbang\w*|barenlitbang\w*|"
    r"badan\s+perencanaan\b)",
    re.IGNORECASE,
)
_HEAD_TITLE = re.compile(r"^\s*(?:(?:plt|pj|plh)\.?\s+)?kepala\s+(?!bidang|sub|seksi|bagian)", re.I)
_CITES_53 = re.compile(r"\b53\s*(?:/|tahun|th\.?)\s*2020\b", re.I)
_CITES_42 = re.compile(r"\b42\s*(?:/|tahun|th\.?)\s*2010\b", re.I)

# --------------------------------------------------------------------------
# Which regulation governs
# --------------------------------------------------------------------------


def _governing(day: str) -> tuple[str | None, ...]:
    certain: str | None = None
    possible: list[str] = []
    for regime, earliest, latest in _REGIME_BOUNDS:
        if latest <= day:
            certain, possible = regime, []
        elif earliest <= day:
            possible.append(regime)
    return (certain, *possible)


_THROUGH: dict[int, tuple[str | None, ...]] = {}


def _through(year: int) -> tuple[str | None, ...]:
    """Every regime that may govern on some day of ``year`` (remembered per year)."""
    found = _THROUGH.get(year)
    if found is None:
        seen: list[str | None] = []
        for day in (f"{year:04d}-01-01", f"{year:04d}-12-31"):
            for c in _governing(day):
                if c not in seen:
                    seen.append(c)
        found = _THROUGH[year] = tuple(seen)
    return found


def _blocked(regimes: frozenset[str], candidates: tuple[str | None, ...]) -> tuple[str, str] | None:
    inside = [c for c in candidates if c in regimes]
    if len(inside) == len(candidates):
        return None
    if inside:
        return UNDETERMINED, "_engine.regime_uncertain"
    if candidates == (None,):
        return NOT_APPLICABLE, "_engine.no_regulation"
    return NOT_APPLICABLE, "_engine.regime_not_in_force"


# --------------------------------------------------------------------------
# One check
# --------------------------------------------------------------------------


class Check:
    """What the rules of one check share: the date, the level, the team, the indexes."""

    __slots__ = ("_docs", "_meetings", "doc", "level", "on", "team", "year")

    def __init__(self, doc: Doc, on: str, year: int, level: str, team: Doc) -> None:
        self.doc = doc
        self.on = on
        self.year = year
        self.level = level
        self.team = team
        self._docs: dict[str, list[tuple[str, Doc]]] | None = None
        self._meetings: dict[int, tuple[list[Doc], list[Doc], list[Doc], int]] = {}

    def docs(self, kind: str) -> list[tuple[str, Doc]] | None:
        """The documents of ``kind`` known on the date, with paths; ``None`` if not recorded."""
        if self._docs is None:
            docs = self.doc.get("dokumen", _MISSING)
            if docs is _MISSING:
                return None
            index: dict[str, list[tuple[str, Doc]]] = {}
            on = self.on
            for i, d in enumerate(docs):
                adopted = d.get("ditetapkan")
                if isinstance(adopted, str) and adopted > on:
                    continue
                index.setdefault(d["jenis"], []).append((f"dokumen[{i}]", d))
            self._docs = index
        return self._docs.get(kind, [])

    def meetings(self, year: int) -> tuple[list[Doc], list[Doc], list[Doc], int]:
        """``(held, scheduled, unknown, without kind)`` coordination meetings of ``year``."""
        found = self._meetings.get(year)
        if found is None:
            held: list[Doc] = []
            scheduled: list[Doc] = []
            unknown: list[Doc] = []
            blind_kind = 0
            prefix = f"{year:04d}-"
            on = self.on
            for m in self.doc["rapat_koordinasi"]:
                day = m["tanggal"]
                if not day.startswith(prefix):
                    continue
                kind = m.get("jenis", _MISSING)
                if kind is _MISSING:
                    # Counted as a coordination meeting for now; issue 12 may count it
                    # neither way.
                    blind_kind += 1
                elif kind != "rapat_koordinasi":
                    continue
                status = m.get("status")
                if status == "dibatalkan":
                    continue
                if day > on or (day == on and status == "dijadwalkan"):
                    scheduled.append(m)
                elif status == "terlaksana":
                    held.append(m)
                else:
                    unknown.append(m)
            found = self._meetings[year] = (held, scheduled, unknown, blind_kind)
        return found


def _team(doc: Doc) -> tuple[Doc, str]:
    """The current team and the day it was formed (the only team the floor judges)."""
    if "riwayat_tim" in doc:
        raise OutOfScope("riwayat_tim (earlier teams)")
    team = doc.get("tim")
    formed = team.get("pembentukan") if isinstance(team, dict) else None
    formed = formed.get("tanggal") if isinstance(formed, dict) else None
    if isinstance(formed, int) or (isinstance(formed, str) and not _is_day(formed)):
        raise OutOfScope("a team formed in a year or month, not on a known day")
    if not isinstance(formed, str):
        raise OutOfScope("no current team, or no date on which it was formed")
    return team, formed  # type: ignore[return-value]


def _is_day(value: object) -> bool:
    """A day as ISO text (``"2024-05-06"``), not a year (``2024``) or a month (``"2024-05"``)."""
    return type(value) is str and len(value) == 10


def _refuse_vague_dates(doc: Doc, team: Doc) -> None:
    """Out of scope: a date the floor reads that is known only to its year or month.

    Plain loops, no lists built: the floor's time is the reference of a ratio.
    """
    vague = "a date known only to its year or month (the floor compares days)"
    for m in doc.get("rapat_koordinasi", ()):
        day = m["tanggal"]
        if type(day) is not str or len(day) != 10:
            raise OutOfScope(vague)
    for adopted in ("dokumen", "agenda_kerja"):
        for item in doc.get(adopted, ()):
            day = item.get("ditetapkan")
            if day is not None and (type(day) is not str or len(day) != 10):
                raise OutOfScope(vague)
    term = team.get("masa_kerja") or {}
    ends = [term.get("mulai"), term.get("selesai")]
    for v in doc.get("kekosongan_jabatan", ()):
        ends += (v.get("mulai"), v.get("selesai"))
    for day in ends:
        if day is not None and not _is_day(day):
            raise OutOfScope(vague)


def _team_applies(formed: str, day: str) -> None:
    if formed > day:
        raise OutOfScope("a team formed after a date judged (the engine looks for earlier teams)")


def check(doc: Doc, on: dt.date) -> list[Finding]:
    """Every finding of ``doc`` on ``on``: ``(code, outcome, year, path, variant)``."""
    kode = doc["wilayah"]["kode"]
    try:
        level, region_formed = _REGIONS[kode]
    except KeyError:
        raise OutOfScope(f"region code {kode!r} is not in the table") from None
    day = on.isoformat()
    if region_formed is not None and day < region_formed:
        return [(r.code, NOT_APPLICABLE, None, "wilayah", "_engine.region_not_yet") for r in RULES]
    if level not in _AUTONOMOUS:
        return [
            (r.code, NOT_APPLICABLE, None, "wilayah", "_engine.level_administrative") for r in RULES
        ]
    team, formed = _team(doc)
    _refuse_vague_dates(doc, team)
    _team_applies(formed, day)
    ctx = Check(doc, day, on.year, level, team)
    now = _governing(day)
    out: list[Finding] = []
    append = out.append
    for rule in RULES:
        code = rule.code
        if level not in rule.levels:
            append((code, NOT_APPLICABLE, None, "wilayah", "_engine.level_other"))
            continue
        if rule.offsets is None:
            blocked = _blocked(rule.regimes, now)
            if blocked is not None:
                append((code, blocked[0], None, rule.default_path, blocked[1]))
                continue
            for outcome, path, variant in _judge(code)(ctx, None):
                if outcome == VIOLATION and rule.practice:
                    outcome = COMPLIANT  # practice is never a violation
                append((code, outcome, None, path or rule.default_path, variant))
            continue
        for offset in rule.offsets:
            year = on.year + offset
            regimes = _through(year)
            if len(regimes) > 1 and any(r in rule.regimes for r in regimes):
                append(
                    (code, UNDETERMINED, year, rule.default_path, "_engine.regime_changed_in_year")
                )
                continue
            blocked = _blocked(rule.regimes, regimes)
            if blocked is not None:
                append((code, blocked[0], year, rule.default_path, blocked[1]))
                continue
            running = year >= on.year
            if not running:
                _team_applies(formed, f"{year:04d}-12-31")
            for outcome, path, variant in _judge(code)(ctx, year):
                if outcome == VIOLATION and (rule.practice or running):
                    # Practice is never a violation; nor is a year still running.
                    outcome = COMPLIANT if rule.practice else UNDETERMINED
                append((code, outcome, year, path or rule.default_path, variant))
    return out


def _judge(code: str) -> Judge:
    try:
        return JUDGES[code]
    except KeyError:
        raise OutOfScope(f"the floor has no judge for {code}") from None


def unknown_codes() -> list[str]:
    """Rules of the library's rulebook the floor cannot judge when they are in force."""
    return [r.code for r in RULES if r.code not in JUDGES and R53 in r.regimes]


# --------------------------------------------------------------------------
# The rules, by code: each returns ``(outcome, path, variant)`` triples
# --------------------------------------------------------------------------

Verdicts = list[tuple[str, str, str]]
Judge = Callable[[Check, "int | None"], Verdicts]


def _kind(person: Any) -> str | None:
    if isinstance(person, dict):
        office = person.get("jabatan")
        if isinstance(office, dict):
            return office.get("jenis")
    return None


def _acting(person: Any) -> bool:
    office = person.get("jabatan") if isinstance(person, dict) else None
    return isinstance(office, dict) and office.get("status") in ("plt", "pj", "plh")


def frm_001(c: Check, _: int | None) -> Verdicts:
    end = (c.team.get("masa_kerja") or {}).get("selesai")
    if isinstance(end, str) and end < c.on:
        return [(UNDETERMINED, "tim", "expired")]
    return [(COMPLIANT, "tim", "formed")]


def _instrument(c: Check) -> Doc | Verdicts:
    inst = c.team.get("pembentukan", _MISSING)
    if inst is _MISSING:
        return [(UNDETERMINED, "tim", "not_recorded")]
    return inst  # type: ignore[no-any-return]


def ins_001(c: Check, _: int | None) -> Verdicts:
    inst = _instrument(c)
    if isinstance(inst, list):
        return inst
    issuer = inst.get("penerbit", _MISSING)
    path = "tim.pembentukan"
    if issuer is _MISSING:
        return [(UNDETERMINED, path, "issuer_not_recorded")]
    if issuer == _ISSUER[c.level]:
        return [(COMPLIANT, path, "ok_acting" if _acting(inst.get("penandatangan")) else "ok")]
    return [(VIOLATION, path, "wrong_issuer")]


def ins_002(c: Check, _: int | None) -> Verdicts:
    inst = _instrument(c)
    if isinstance(inst, list):
        return inst
    kind = inst.get("jenis", _MISSING)
    path = "tim.pembentukan"
    if kind is _MISSING:
        return [(UNDETERMINED, path, "form_not_recorded")]
    return [(COMPLIANT, path, "keputusan" if kind == "keputusan" else "peraturan")]


def ins_003(c: Check, _: int | None) -> Verdicts:
    inst = _instrument(c)
    if isinstance(inst, list):
        return inst
    path = "tim.pembentukan"
    basis = inst.get("dasar_hukum", _MISSING)
    if basis is _MISSING:
        day = inst.get("tanggal")
        if isinstance(day, str) and day < "2020-01-01":
            return [(COMPLIANT, path, "formed_before")]
        return [(UNDETERMINED, path, "basis_not_recorded")]
    # Every branch is compliant (practice); the variant only says what was cited.
    if any(_CITES_53.search(b) for b in basis):
        return [(COMPLIANT, path, "cites_current")]
    if any(_CITES_42.search(b) for b in basis):
        return [(COMPLIANT, path, "cites_replaced")]
    return [(COMPLIANT, path, "other_basis")]


def _element(m: Doc) -> str | None:
    element = m.get("unsur")
    if element in _ELEMENTS:
        return element  # type: ignore[no-any-return]
    element = _BY_CATEGORY.get(m.get("kategori"))  # type: ignore[arg-type]
    if element is not None:
        return element
    return _BY_OFFICE.get(_kind(m))  # type: ignore[arg-type]


def mem_001(c: Check, _: int | None) -> Verdicts:
    team = c.team
    people = [team[p] for p in _POSTS if isinstance(team.get(p), dict)]
    people.extend(team.get("anggota", ()))
    for group in team.get("kelompok_kerja", ()):
        if isinstance(group.get("koordinator"), dict):
            people.append(group["koordinator"])
        people.extend(group.get("anggota", ()))
    found = set()
    unknown = False
    defaults = False
    for m in people:
        element = _element(m)
        if element is None:
            unknown = True
        else:
            found.add(element)
            defaults = defaults or m.get("unsur") not in _ELEMENTS
    if len(found) == 4:
        return [(COMPLIANT, "tim", "all_four_default" if defaults else "all_four_stated")]
    if "anggota" not in team:
        return [(UNDETERMINED, "tim", "members_not_recorded")]
    if unknown:
        return [(UNDETERMINED, "tim", "unclassified")]
    return [(VIOLATION, "tim", "missing_elements")]


def _vacancies(doc: Doc, office: str, day: str) -> list[Doc] | None:
    vacancies = doc.get("kekosongan_jabatan", _MISSING)
    if vacancies is _MISSING:
        return None
    out = []
    for v in vacancies:
        end = v.get("selesai")
        if (
            v["jabatan"] == office
            and v["mulai"] <= day
            and not (isinstance(end, str) and day > end)
        ):
            out.append(v)
    return out


def ldr_001(c: Check, _: int | None) -> Verdicts:
    path = "tim.ketua"
    chair = c.team.get("ketua", _MISSING)
    if chair is _MISSING:
        return [(UNDETERMINED, path, "not_recorded")]
    deputy = _DEPUTY[c.level]
    kind = _kind(chair)
    vacant = _vacancies(c.doc, deputy, c.on)
    if vacant:
        return [(NOT_APPLICABLE, path, "vacant" if chair is not None else "vacant_no_chair")]
    if kind == deputy:
        return [(COMPLIANT, path, "ok_acting" if _acting(chair) else "ok")]
    if chair is not None and kind is None:
        return [(UNDETERMINED, path, "office_not_recorded")]
    if kind in _DEPUTIES:
        return [(UNDETERMINED, path, "title_mismatch")]
    if vacant is None:
        return [(UNDETERMINED, path, "vacancy_not_recorded")]
    if chair is None:
        return [(VIOLATION, path, "no_chair")]
    ended = any(
        v["jabatan"] == deputy and isinstance(v.get("selesai"), str) and v["selesai"] < c.on
        for v in c.doc["kekosongan_jabatan"]
    )
    return [(VIOLATION, path, "vacancy_ended" if ended else "not_deputy")]


def ldr_002(c: Check, _: int | None) -> Verdicts:
    path = "tim.sekretaris"
    sec = c.team.get("sekretaris", _MISSING)
    if sec is _MISSING:
        return [(UNDETERMINED, path, "not_recorded")]
    if sec is None:
        return [(VIOLATION, path, "none")]
    office = sec.get("jabatan")
    if not isinstance(office, dict):
        return [(UNDETERMINED, path, "office_not_recorded")]
    kind = office.get("jenis")
    if kind is not None:
        head, inferred = kind == "kepala_perencanaan", False
    else:
        title, agency = office.get("sebutan"), office.get("instansi")
        names = [n for n in (title, agency) if isinstance(n, str)]
        if not any(_PLANNING.search(n) for n in names):
            return [(UNDETERMINED, path, "office_not_recorded")]
        head = not isinstance(title, str) or _HEAD_TITLE.search(title) is not None
        inferred = True
    if head:
        variant = "ok_inferred" if inferred else ("ok_acting" if _acting(sec) else "ok")
        return [(COMPLIANT, path, variant)]
    return [(VIOLATION, path, "not_head_inferred" if inferred else "not_planning_head")]


def ldr_003(c: Check, _: int | None) -> Verdicts:
    path = "tim.wakil_ketua"
    vice = c.team.get("wakil_ketua", _MISSING)
    if vice is _MISSING:
        return [(UNDETERMINED, path, "not_recorded")]
    if _kind(vice) == "sekretaris_daerah":
        return [(COMPLIANT, path, "ok")]
    if _kind(c.team.get("ketua")) == "sekretaris_daerah":
        return [(COMPLIANT, path, "sekda_chairs")]
    if vice is None:
        return [(COMPLIANT, path, "none")]
    if _kind(vice) is None:
        return [(UNDETERMINED, path, "office_not_recorded")]
    return [(COMPLIANT, path, "other")]


def _secretariat_decree(c: Check, _: int | None) -> Verdicts:
    sec = c.doc.get("sekretariat", _MISSING)
    path = "sekretariat"
    if sec is _MISSING:
        return [(UNDETERMINED, path, "not_recorded")]
    if sec is None:
        return [(VIOLATION, path, "none")]
    inst = sec.get("pembentukan")
    if not isinstance(inst, dict):
        return [(UNDETERMINED, path, "instrument_not_recorded")]
    issuer = inst.get("penerbit", _MISSING)
    if issuer is _MISSING:
        return [(UNDETERMINED, path, "issuer_not_recorded")]
    if issuer == _ISSUER[c.level]:
        return [(COMPLIANT, path, "ok")]
    return [(VIOLATION, path, "wrong_issuer")]


def sec_003(c: Check, _: int | None) -> Verdicts:
    sec = c.doc.get("sekretariat", _MISSING)
    if sec is _MISSING:
        return [(UNDETERMINED, "sekretariat", "not_recorded")]
    if sec is None:
        return [(NOT_APPLICABLE, "sekretariat", "none")]
    path = "sekretariat.kedudukan"
    seat = sec.get("kedudukan", _MISSING)
    if seat is _MISSING:
        return [(UNDETERMINED, path, "seat_not_recorded")]
    if isinstance(seat, str) and _PLANNING.search(seat):
        return [(COMPLIANT, path, "planning")]
    return [(COMPLIANT, path, "elsewhere")]


def _agenda(c: Check, year: int) -> tuple[str, Doc] | None:
    for i, a in enumerate(c.doc["agenda_kerja"]):
        if a["tahun"] == year:
            adopted = a.get("ditetapkan")
            if isinstance(adopted, str) and adopted > c.on:
                continue
            return f"agenda_kerja[{i}]", a
    return None


def agd_001(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    if "agenda_kerja" not in c.doc:
        return [(UNDETERMINED, "agenda_kerja", "not_recorded")]
    found = _agenda(c, year)
    if found is not None:
        return [(COMPLIANT, found[0], "ok")]
    if year < c.year:
        return [(VIOLATION, "agenda_kerja", "missing")]
    return [(UNDETERMINED, "agenda_kerja", "missing_running")]


def _covering(rpkds: list[tuple[str, Doc]], year: int) -> list[str]:
    out = []
    for path, d in rpkds:
        period = d.get("periode")
        if isinstance(period, dict) and period["mulai"] <= year <= period["selesai"]:
            out.append(path)
    return out


def agd_002(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    if "agenda_kerja" not in c.doc:
        return [(UNDETERMINED, "agenda_kerja", "not_recorded")]
    found = _agenda(c, year)
    if found is None:
        return [(NOT_APPLICABLE, "agenda_kerja", "no_agenda")]
    path, agenda = found
    items = agenda.get("kegiatan", _MISSING)
    if items is _MISSING:
        return [(UNDETERMINED, path, "items_not_recorded")]
    topics: set[str] = set()
    for item in items:
        topic = _AGENDA_TOPIC.get(item.get("kegiatan"))
        if topic is not None:
            topics.add(topic)
        topics.update(item.get("pembahasan", ()))
    absent = [t for t in ("rpkd", "rat", "laporan_pelaksanaan") if t not in topics]
    if not absent:
        return [(COMPLIANT, path, "ok")]
    if absent == ["rpkd"] and _covering(c.docs("rpkd") or [], year):
        return [(UNDETERMINED, path, "rpkd_in_force")]
    if any(_AGENDA_TOPIC.get(i.get("kegiatan")) is None and "pembahasan" not in i for i in items):
        return [(UNDETERMINED, path, "topics_open")]  # a meeting's topics may hold the work
    return [(VIOLATION, path, "missing_items")]


def mtg_001(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    path = "rapat_koordinasi"
    if path not in c.doc:
        return [(UNDETERMINED, path, "not_recorded")]
    held, scheduled, unknown, _ = c.meetings(year)
    if len(held) >= _MIN_MEETINGS:
        return [(COMPLIANT, path, "ok")]
    if year < c.year:
        if len(held) + len(unknown) >= _MIN_MEETINGS:
            return [(UNDETERMINED, path, "status_unknown")]
        return [(VIOLATION, path, "too_few")]
    if len(held) + len(scheduled) + len(unknown) >= _MIN_MEETINGS:
        return [(UNDETERMINED, path, "on_track")]
    return [(UNDETERMINED, path, "at_risk")]


def mtg_002(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    path = "rapat_koordinasi"
    if path not in c.doc:
        return [(UNDETERMINED, path, "not_recorded")]
    held, scheduled, unknown, _ = c.meetings(year)
    topics: set[str] = set()
    blind = False
    for m in held:
        if "pembahasan" in m:
            topics.update(m["pembahasan"])
        else:
            blind = True
    absent = [t for t in ("rat", "laporan_pelaksanaan") if t not in topics]
    if not absent:
        return [(COMPLIANT, path, "ok")]
    if blind or unknown:
        return [(UNDETERMINED, path, "topics_unknown")]
    if year < c.year:
        return [(VIOLATION, path, "missing_topics")]
    planned = {t for m in scheduled for t in m.get("pembahasan", ())}
    if all(t in planned for t in absent):
        return [(UNDETERMINED, path, "on_track")]
    return [(UNDETERMINED, path, "at_risk")]


def mtg_003(c: Check, _: int | None) -> Verdicts:
    rpkds = c.docs("rpkd")
    if rpkds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    out: Verdicts = []
    for path, d in rpkds:
        adopted = d.get("ditetapkan", _MISSING)
        if adopted is None:
            continue
        if adopted is _MISSING:
            out.append((UNDETERMINED, path, "adoption_not_recorded"))
            continue
        if adopted < _START_53:
            continue
        meetings = c.doc.get("rapat_koordinasi", _MISSING)
        if meetings is _MISSING:
            out.append((UNDETERMINED, path, "not_recorded"))
            continue
        since = f"{int(adopted[:4]) - 1:04d}-01-01"
        hit = blind = False
        for m in meetings:
            if (
                m.get("status") == "terlaksana"
                and m.get("jenis", "rapat_koordinasi") == "rapat_koordinasi"
                and since <= m["tanggal"] <= adopted
            ):
                if "pembahasan" not in m:
                    blind = True
                elif "rpkd" in m["pembahasan"]:
                    hit = True
                    break
        if hit:
            out.append((COMPLIANT, path, "ok"))
        elif blind:
            out.append((UNDETERMINED, path, "topics_unknown"))
        else:
            out.append((VIOLATION, path, "none"))
    return out or [(NOT_APPLICABLE, "dokumen", "no_rpkd")]


def _overlap(a: Doc, b: Doc) -> bool:
    return bool(a["mulai"] <= b["selesai"] and b["mulai"] <= a["selesai"])


def doc_001(c: Check, _: int | None) -> Verdicts:
    rpkds, rpjmds = c.docs("rpkd"), c.docs("rpjmd")
    if rpkds is None or rpjmds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    recent = [
        (p, d)
        for p, d in rpjmds
        if isinstance(d.get("ditetapkan"), str)
        and d["ditetapkan"] >= _START_53
        and isinstance(d.get("periode"), dict)
    ]
    if not recent:
        if rpkds:
            return [(COMPLIANT, "dokumen", "exists")]
        return [(UNDETERMINED, "dokumen", "no_deadline")]
    out: Verdicts = []
    for path, rpjmd in recent:
        period = rpjmd["periode"]
        if any(
            not isinstance(d.get("periode"), dict) or _overlap(d["periode"], period)
            for _, d in rpkds
        ):
            out.append((COMPLIANT, path, "with_rpjmd"))
        elif any(
            d["jenis"] == "rpkd"
            and isinstance(d.get("periode"), dict)
            and _overlap(d["periode"], period)
            for d in c.doc["dokumen"]
        ):
            out.append((UNDETERMINED, path, "rpkd_adopted_later"))
        else:
            out.append((VIOLATION, path, "rpjmd_without_rpkd"))
    return out


def doc_002(c: Check, _: int | None) -> Verdicts:
    rpkds = c.docs("rpkd")
    if rpkds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    if not rpkds:
        return [(NOT_APPLICABLE, "dokumen", "no_rpkd")]
    out: Verdicts = []
    for path, d in rpkds:
        period = d.get("periode")
        if not isinstance(period, dict):
            out.append((UNDETERMINED, path, "period_not_recorded"))
            continue
        length = period["selesai"] - period["mulai"] + 1
        if length == _RPKD_YEARS:
            out.append((COMPLIANT, path, "ok"))
        elif length == _RPKD_YEARS + 1:
            out.append((UNDETERMINED, path, "calendar_years"))
        else:
            out.append((VIOLATION, path, "wrong_length"))
    return out


def doc_003(c: Check, _: int | None) -> Verdicts:
    rpkds = c.docs("rpkd")
    if rpkds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    if not rpkds:
        return [(NOT_APPLICABLE, "dokumen", "no_rpkd")]
    out: Verdicts = []
    for path, d in rpkds:
        flag = d.get("disusun_bersama_rpjmd")
        if flag is True:
            out.append((COMPLIANT, path, "ok"))
        elif flag is False:
            out.append((VIOLATION, path, "not_with_rpjmd"))
        else:
            out.append((UNDETERMINED, path, "not_recorded"))
    return out


def doc_004(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    rats, rpkds = c.docs("rat"), c.docs("rpkd")
    if rats is None or rpkds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    for path, d in rats:
        if d.get("tahun") == year:
            return [(COMPLIANT, path, "ok" if _covering(rpkds, year) else "ok_no_rpkd")]
    if year < c.year:
        return [(VIOLATION, "dokumen", "missing")]
    return [(UNDETERMINED, "dokumen", "missing_running")]


def _reports(c: Check, year: int) -> list[tuple[str, Doc]] | None:
    docs = c.docs("laporan_pelaksanaan")
    if docs is None:
        return None
    return [(p, d) for p, d in docs if d.get("tahun") == year]


def doc_005(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    found = _reports(c, year)
    if found is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    if found:
        return [(COMPLIANT, found[0][0], "ok")]
    return [(UNDETERMINED, "dokumen", "missing_no_deadline")]


def doc_006(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    found = _reports(c, year)
    if found is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    by = f"{year + 1:04d}-12-31"
    dated = [(d["ditetapkan"], p) for p, d in found if isinstance(d.get("ditetapkan"), str)]
    if dated:
        adopted, path = min(dated, key=lambda item: item[0])  # the first of the earliest
        return [(COMPLIANT, path, "on_time" if adopted <= by else "late")]
    if found:
        return [(UNDETERMINED, found[0][0], "date_not_recorded")]
    if c.on > by:
        return [(COMPLIANT, "dokumen", "missing_late")]
    return [(UNDETERMINED, "dokumen", "pending")]


#: The five chapters of Pasal 20 (quoted), as :func:`_chapter_key` writes a title.
_CHAPTERS = (
    "pendahuluan",
    "kondisi umum daerah",
    "profil kemiskinan daerah",
    "prioritas program",
    "lokasi prioritas",
)
_CHAPTER_PREFIX = re.compile(
    r"^\s*(?:bab\s+)?(?:(?:[ivxlc]+|\d+)(?=[\s.:)\-]))?\s*[.:)\-]?\s*(?=\S)", re.I
)


def _chapter_key(title: str) -> str:
    """``"BAB III. Profil  Kemiskinan"`` -> ``"profil kemiskinan"`` (no prefix or punctuation)."""
    text = _CHAPTER_PREFIX.sub("", title, count=1)
    return " ".join(re.sub(r"[^\w\s]", " ", text).lower().split())


def doc_007(c: Check, _: int | None) -> Verdicts:
    rpkds = c.docs("rpkd")
    if rpkds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    if not rpkds:
        return [(NOT_APPLICABLE, "dokumen", "no_rpkd")]
    out: Verdicts = []
    for path, d in rpkds:
        titles = d.get("bab", _MISSING)
        if titles is _MISSING:
            # The national set records no chapters: every RPKD lands here.
            out.append((UNDETERMINED, path, "chapters_not_recorded"))
            continue
        keys = [_chapter_key(t) for t in titles]
        known = [_CHAPTERS.index(k) for k in keys if k in _CHAPTERS]
        unknown = any(k not in _CHAPTERS for k in keys)
        in_order = known == sorted(set(known))
        if not unknown and in_order and len(known) == len(_CHAPTERS):
            out.append((COMPLIANT, path, "ok"))
        elif unknown and in_order:
            out.append((UNDETERMINED, path, "unrecognised"))
        elif not isinstance(d.get("ditetapkan"), str) and d.get("status") != "ditetapkan":
            # Draft or adopted: issue 12 (partial records) may change what counts as adopted.
            out.append((UNDETERMINED, path, "draft_wrong"))
        else:
            out.append((VIOLATION, path, "wrong"))
    return out


def doc_008(c: Check, _: int | None) -> Verdicts:
    rpkds, rpjmds = c.docs("rpkd"), c.docs("rpjmd")
    if rpkds is None or rpjmds is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    if not rpkds:
        return [(NOT_APPLICABLE, "dokumen", "no_rpkd")]
    periods = [d["periode"] for _, d in rpjmds if isinstance(d.get("periode"), dict)]
    out: Verdicts = []
    for path, d in rpkds:
        period = d.get("periode")
        if not isinstance(period, dict):
            out.append((UNDETERMINED, path, "period_not_recorded"))
            continue
        meeting = [p for p in periods if _overlap(p, period)]
        if period in meeting:  # a period is {"mulai": ..., "selesai": ...}: dicts compare
            out.append((COMPLIANT, path, "ok"))
        elif not meeting:
            # The national set records no RPJMD: every RPKD lands here.
            out.append((UNDETERMINED, path, "no_rpjmd"))
        else:
            out.append((VIOLATION, path, "differs"))
    return out


def doc_009(c: Check, year: int | None) -> Verdicts:
    assert year is not None
    rats = c.docs("rat")
    if rats is None:
        return [(UNDETERMINED, "dokumen", "docs_not_recorded")]
    out: Verdicts = []
    for path, d in rats:
        if d.get("tahun") != year:
            continue
        basis = d.get("basis_data", _MISSING)
        if basis is _MISSING:
            # The national set records no data basis: every RAT lands here.
            out.append((UNDETERMINED, path, "basis_not_recorded"))
        elif all(b in basis for b in ("nama", "alamat", "nik")):
            out.append((COMPLIANT, path, "ok"))
        else:
            out.append((VIOLATION, path, "incomplete"))
    return out or [(NOT_APPLICABLE, "dokumen", "no_rat")]


#: What each rule does, by code.  The ``TKPK42-*`` rules have no judge (see above).
JUDGES: dict[str, Judge] = {
    "TKPK53-FRM-001": frm_001,
    "TKPK53-INS-001": ins_001,
    "TKPK53-INS-002": ins_002,
    "TKPK53-INS-003": ins_003,
    "TKPK53-MEM-001": mem_001,
    "TKPK53-LDR-001": ldr_001,
    "TKPK53-LDR-002": ldr_002,
    "TKPK53-LDR-003": ldr_003,
    "TKPK53-SEC-001": _secretariat_decree,
    "TKPK53-SEC-002": _secretariat_decree,
    "TKPK53-SEC-003": sec_003,
    "TKPK53-AGD-001": agd_001,
    "TKPK53-AGD-002": agd_002,
    "TKPK53-MTG-001": mtg_001,
    "TKPK53-MTG-002": mtg_002,
    "TKPK53-MTG-003": mtg_003,
    "TKPK53-DOC-001": doc_001,
    "TKPK53-DOC-002": doc_002,
    "TKPK53-DOC-003": doc_003,
    "TKPK53-DOC-004": doc_004,
    "TKPK53-DOC-005": doc_005,
    "TKPK53-DOC-006": doc_006,
    "TKPK53-DOC-007": doc_007,
    "TKPK53-DOC-008": doc_008,
    "TKPK53-DOC-009": doc_009,
}
