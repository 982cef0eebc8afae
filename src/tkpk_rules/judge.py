"""The one judge: pure queries over a record that rules, planner, tracker and tests share.

Every question of fact the law needs answered more than once is answered here
once: which meetings of a year count as coordination meetings and whether each
was held, is scheduled, is of unknown status or was cancelled on the date
judged; which planning documents existed on a date and which cover a year;
which team applies on a date; the level's head, deputy head and issuer; the
kind of office a person holds, and whether acting; the recorded vacancies of
an office on a day.  The rules (:mod:`tkpk_rules.rules`), the planner and the
obligations tracker (:mod:`tkpk_rules.planning`), the breakers of
:mod:`tkpk_rules.testing` and the benchmarks all ask these functions, so
``check`` and ``due`` cannot read the same fact two ways.

Nothing here builds a finding or a sentence; every function is pure.

>>> import datetime as dt
>>> from tkpk_rules.model import Meeting, MeetingKind, MeetingStatus
>>> m = Meeting(tanggal=dt.date(2024, 3, 1), jenis=MeetingKind.RAPAT_KOORDINASI,
...             status=MeetingStatus.TERLAKSANA)
>>> is_coordination(m), year_meetings((m,), 2024, dt.date(2024, 3, 1)).held == (m,)
(True, True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence

import attrs

from tkpk_rules.model import (
    NOT_RECORDED,
    ActingStatus,
    Certainty,
    Coverage,
    DocumentKind,
    DocumentStatus,
    Dossier,
    ImpreciseDate,
    Issuer,
    Level,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    NotRecorded,
    Office,
    OfficeKind,
    Official,
    PlanningDocument,
    Team,
    Vacancy,
    YearRange,
    date_bounds,
)

__all__ = [
    "DEPUTY_HEAD",
    "HEAD",
    "ISSUER",
    "TeamAt",
    "VacancyAt",
    "YearMeetings",
    "acting_label",
    "adoption_uncertain",
    "adoption_undated",
    "covering",
    "documents_on",
    "empowerment_head",
    "facts_on_path",
    "is_adopted",
    "is_coordination",
    "is_empowerment_agency",
    "is_penjabat",
    "is_planning_agency",
    "kind_uncertain",
    "known_on",
    "meeting_bounds",
    "meeting_index",
    "meeting_year",
    "meetings_into_year",
    "meetings_of_year",
    "names_deputy_head",
    "names_deputy_head_of",
    "names_head_of_region",
    "names_regional_secretary",
    "office_kind",
    "partial_lists",
    "planning_head",
    "team_on",
    "vacancies_on",
    "vacancy_at",
    "year_meetings",
]


def is_coordination(meeting: Meeting) -> bool:
    """Whether a recorded meeting counts, for certain, as a coordination meeting.

    Only ``jenis: rapat_koordinasi`` does.  A meeting listed without ``jenis``,
    with ``tidak_diketahui``, or with a label that may or may not name a
    coordination meeting of the team (pleno, FGD, sinkronisasi, asistensi,
    bimtek, sosialisasi) is counted neither way: see :func:`kind_uncertain`.
    """
    return meeting.jenis is MeetingKind.RAPAT_KOORDINASI


#: Kinds that may or may not be a coordination meeting of the team.
UNCERTAIN_KINDS = frozenset(
    {
        MeetingKind.PLENO,
        MeetingKind.FGD,
        MeetingKind.SINKRONISASI,
        MeetingKind.ASISTENSI,
        MeetingKind.BIMTEK,
        MeetingKind.SOSIALISASI,
        MeetingKind.TIDAK_DIKETAHUI,
    }
)


def kind_uncertain(meeting: Meeting) -> bool:
    """Whether the record does not settle that a meeting was a coordination meeting.

    >>> kind_uncertain(Meeting(tanggal=dt.date(2024, 3, 1)))
    True
    >>> kind_uncertain(Meeting(tanggal=dt.date(2024, 3, 1), jenis=MeetingKind.RAPAT_TEKNIS))
    False
    """
    return isinstance(meeting.jenis, NotRecorded) or meeting.jenis in UNCERTAIN_KINDS


def documents_on(
    dossier: Dossier,
    kind: DocumentKind,
    on: dt.date,
    *,
    not_yet: Collection[str] = (),
) -> list[tuple[str, PlanningDocument]] | None:
    """The documents of ``kind`` known on ``on``, with their paths; ``None`` if not recorded.

    ``not_yet`` names documents (``dokumen[i]``) adopted in a year or month that
    holds ``on``, to be read as adopted after ``on`` (see :func:`known_on`); the
    paths of other documents in it change nothing.
    """
    docs = dossier.dokumen
    if isinstance(docs, NotRecorded):
        return None
    return [
        (f"dokumen[{i}]", d)
        for i, d in enumerate(docs)
        if d.jenis is kind
        and known_on(d, on, open_as=not not_yet or f"dokumen[{i}]" not in not_yet)
    ]


#: The head of region's office at each autonomous level.
HEAD: dict[Level, OfficeKind] = {
    Level.PROVINSI: OfficeKind.GUBERNUR,
    Level.KABUPATEN: OfficeKind.BUPATI,
    Level.KOTA: OfficeKind.WALI_KOTA,
}
#: The deputy head's office: a province needs a wakil gubernur, a kota a wakil wali kota.
DEPUTY_HEAD: dict[Level, OfficeKind] = {
    Level.PROVINSI: OfficeKind.WAKIL_GUBERNUR,
    Level.KABUPATEN: OfficeKind.WAKIL_BUPATI,
    Level.KOTA: OfficeKind.WAKIL_WALI_KOTA,
}
#: Who issues a head-of-region instrument at each level.
ISSUER: dict[Level, Issuer] = {
    Level.PROVINSI: Issuer.GUBERNUR,
    Level.KABUPATEN: Issuer.BUPATI,
    Level.KOTA: Issuer.WALI_KOTA,
}

# Names of planning agencies: Bappeda and its longer forms (Bappedalitbang, Bappeda
# Litbang), Bapperida, Bappelitbangda/Bapelitbangda, Barenlitbangda, and the spelled
# out "Badan Perencanaan ...".  Bappenda (revenue) and Bapenda are not planning.
_PLANNING = re.compile(
    r"\b(?:bap{1,2}eda\w*|bap{1,2}erida\w*|bap{1,2}elitbang\w*|barenlitbang\w*|"
    r"badan\s+perencanaan\b)",
    re.IGNORECASE,
)
# Names of community-empowerment agencies: spelled out ("Pemberdayaan Masyarakat",
# with or without "dan Desa"), and the short forms BPMD, BPMPD, DPMD, DPMPD, Bapermas,
# Dinpermades, Dispermades, Dispermasdes.  DPMPTSP (investment) and "Pemberdayaan
# Perempuan" (women's empowerment) are not it.
_EMPOWERMENT = re.compile(
    r"(?:pemberdayaan\s+masyarakat|\bbapermas\w*|\bbpmp?d\b|\bdpmp?d\b|\bdinpermades\b|"
    r"\bdisperm(?:as)?des\b|\bdinas\s+pmd\w*|\bdpmdes\b)",
    re.IGNORECASE,
)
# An acting label before a title: Plt., Pj., Plh., Pjs., spelled out or not.
_ACTING = r"^\s*(?:(?:plt|pjs?|plh|pelaksana\s+tugas(?:\s+harian)?|penjabat)\.?\s+)?"
# The head of the agency itself: "Kepala Bappeda", "Ka. Bappeda", "Kaban" (the head of
# one of its parts is _OTHER_TITLE's, asked first).
_HEAD_TITLE = re.compile(_ACTING + r"(?:kepala\b|ka\.|kaban\b)", re.IGNORECASE)
# Titles that surely are not the agency's head: its secretary, the head of a part, staff.
_OTHER_TITLE = re.compile(
    _ACTING
    + r"(?:sekretaris|(?:kepala|ka\.)\s*(?:bid\w*|sub\w*|seksi|sie|si|bag\w*|upt|sekretariat|"
    r"balai|unit)|kabid|kabag|kasub\w*|kasie?|staf|analis|perencana|fungsional|pengelola)\b",
    re.IGNORECASE,
)


def _title_says_head(title: str) -> bool | None:
    """Whether a recorded title is the agency head's (``None``: the words do not tell).

    >>> [_title_says_head(t) for t in ("Kepala Bappeda", "Plt. Kepala", "Ka. Bappeda",
    ...  "Pelaksana Tugas Kepala Bappeda", "Sekretaris Bappeda", "Kepala Bidang Ekonomi",
    ...  "Kabid Sosbud", "Kepala", "Koordinator", "Ketua Tim Kerja")]
    [True, True, True, True, False, False, False, True, None, None]
    >>> [_title_says_head(t) for t in ("Ka. Bidang Ekonomi", "Ka.Subbag Umum", "Ka. Sie X",
    ...  "Ka. UPT", "Kepala  Bidang Ekonomi", "Kepala Badan Perencanaan Pembangunan Daerah",
    ...  "Plt. Kepala Bappeda", "Sekretaris Daerah")]
    [False, False, False, False, False, True, True, False]
    """
    title = " ".join(title.split())  # "Kepala  Bidang" is "Kepala Bidang"
    if _OTHER_TITLE.search(title):  # first: the head of a part is never the head
        return False
    if _HEAD_TITLE.search(title):
        return True
    return None


_DEPUTY_TITLE = re.compile(
    _ACTING + r"(?:wakil\s+(?:bupati|wali\s*kota|walikota|gubernur)|wabup|wawali|wawalkot|wagub)\b",
    re.IGNORECASE,
)


def names_deputy_head(title: str) -> bool:
    """Whether a title is a deputy head of region's (wakil bupati, wali kota, gubernur).

    >>> [names_deputy_head(t) for t in ("Wakil Bupati Banyumas", "Plt. Wakil Walikota",
    ...  "Wakil Gubernur", "Wabup Banyumas", "Wawali", "Wakil Ketua", "Sekretaris Daerah")]
    [True, True, True, True, True, False, False]
    """
    return _DEPUTY_TITLE.search(" ".join(title.split())) is not None


# The head of region's own title, at its start: "Bupati Banyumas", "Pj. Wali Kota", never
# "Wakil Bupati" or "Staf Ahli Bupati".
_HEAD_OF_REGION_TITLE = re.compile(
    _ACTING + r"(?:bupati|wali\s*kota|walikota|gubernur)\b", re.IGNORECASE
)
# The regional secretary's own title: "Sekretaris Daerah ...", "Sekda", "Plh. Sekda"; never
# "Asisten Sekda" or "Sekretaris DPRD".
_REGIONAL_SECRETARY_TITLE = re.compile(_ACTING + r"(?:sekretaris\s+daerah|sekda)\b", re.IGNORECASE)


def names_head_of_region(title: str, level: Level | None = None) -> bool:
    """Whether a title is a head of region's (bupati, wali kota, gubernur; acting or not);
    with ``level``, that level's head only.

    >>> [names_head_of_region(t) for t in ("Bupati Banyumas", "Pj. Wali Kota Batu",
    ...  "Plt. Gubernur", "Wakil Bupati Banyumas", "Staf Ahli Bupati", "Sekretaris Daerah")]
    [True, True, True, False, False, False]
    >>> names_head_of_region("Gubernur Jawa Tengah", Level.KABUPATEN)
    False
    """
    found = _HEAD_OF_REGION_TITLE.search(" ".join(title.split()))
    return found is not None and (level is None or _level_word(found.group(0)) is level)


def names_deputy_head_of(title: str, level: Level) -> bool:
    """Whether a title is the deputy head's of regions of ``level`` (a kabupaten's wakil
    bupati, a kota's wakil wali kota, a province's wakil gubernur).

    >>> [names_deputy_head_of(t, Level.KABUPATEN) for t in ("Wabup Banyumas",
    ...  "Wakil Gubernur Jawa Tengah", "Wakil Wali Kota Surakarta")]
    [True, False, False]
    """
    found = _DEPUTY_TITLE.search(" ".join(title.split()))
    return found is not None and _level_word(found.group(0)) is level


def _level_word(title: str) -> Level:
    """The level whose head or deputy a matched title names (its last word decides)."""
    word = title.lower().replace(" ", "")
    if word.endswith(("gubernur", "wagub")):
        return Level.PROVINSI
    if word.endswith(("bupati", "wabup")):
        return Level.KABUPATEN
    return Level.KOTA  # wali kota, walikota, wawali, wawalkot


def names_regional_secretary(title: str) -> bool:
    """Whether a title is the regional secretary's (sekretaris daerah, sekda; acting or not).

    >>> [names_regional_secretary(t) for t in ("Sekretaris Daerah Kabupaten Banyumas",
    ...  "Plh. Sekda", "Asisten Sekda", "Sekretaris DPRD", "Sekretaris Bappeda")]
    [True, True, False, False, False]
    """
    return _REGIONAL_SECRETARY_TITLE.search(" ".join(title.split())) is not None


def is_planning_agency(name: str | NotRecorded) -> bool:
    """Whether a name denotes a regional planning agency, however it is spelled.

    >>> [is_planning_agency(n) for n in ("Bappeda Kota Samarinda", "BAPPERIDA Kaltim",
    ...  "Bappedalitbang Kabupaten Banyumas", "Barenlitbangda Kabupaten Sumba Timur",
    ...  "Badan Perencanaan Pembangunan Daerah", "Bapenda Kota Bogor", "Dinas Sosial")]
    [True, True, True, True, True, False, False]
    """
    return isinstance(name, str) and _PLANNING.search(name) is not None


def is_empowerment_agency(name: str | NotRecorded) -> bool:
    """Whether a name denotes a community-empowerment agency, however it is spelled.

    >>> [is_empowerment_agency(n) for n in ("BPMD Kabupaten Banyumas", "Bapermas Kabupaten X",
    ...  "Dinas Pemberdayaan Masyarakat dan Desa", "DPMPD Provinsi Kalimantan Timur",
    ...  "DPMPTSP Kota Samarinda", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak")]
    [True, True, True, True, False, False]
    """
    return isinstance(name, str) and _EMPOWERMENT.search(name) is not None


def office_kind(person: Member | Official | NotRecorded | None) -> OfficeKind | NotRecorded:
    """The recorded kind of office of a member or official (``NOT_RECORDED`` if unknown)."""
    if not isinstance(person, (Member, Official)):
        return NOT_RECORDED
    office = person.jabatan
    if not isinstance(office, Office):
        return NOT_RECORDED
    return office.jenis


def planning_head(person: Member | Official) -> tuple[bool | None, bool]:
    """Whether ``person`` heads the planning agency, and whether that was inferred.

    Returns ``(answer, inferred)``; ``answer`` is ``None`` when the record
    cannot tell.  A recorded ``jenis`` of ``kepala_perencanaan`` decides, and so does
    any specific other kind (``sekretaris_daerah``...) unless its title names the
    planning agency's head (the record then contradicts itself: open).  Without it, or with a kind
    that says only "an agency's head", "an agency's official" or "another"
    (``kepala_perangkat_daerah``, ``pejabat_perangkat_daerah``, ``lainnya``) beside a
    planning agency's name (``instansi`` or the title), the title is read
    (:func:`_agency_head`): a head's title (``Kepala ...``, ``Ka. ...``, ``Kaban``,
    with or without Plt./Pj./Plh.) counts as its head, inferred; a title that surely is
    not the head's (``Sekretaris ...``, ``Kepala Bidang ...``, ``Kabid``) does not; a
    title the words do not settle, or one the recorded kind contradicts, leaves it
    open (``None``): a spelling the library does not know is no violation.

    >>> from tkpk_rules.model import Member, Office
    >>> head = OfficeKind.KEPALA_PERANGKAT_DAERAH
    >>> planning_head(Member(jabatan=Office(jenis=head, instansi="Bappeda Kota Bogor")))
    (True, True)
    >>> planning_head(Member(jabatan=Office(jenis=head, instansi="Dinas Sosial")))
    (False, False)
    >>> official = OfficeKind.PEJABAT_PERANGKAT_DAERAH
    >>> planning_head(Member(jabatan=Office(jenis=official, sebutan="Plt. Kepala Bappeda")))
    (None, False)
    """
    return _agency_head(person, is_planning_agency, OfficeKind.KEPALA_PERENCANAAN)


def empowerment_head(person: Member | Official) -> tuple[bool | None, bool]:
    """Whether ``person`` heads the community-empowerment agency, and whether that was inferred.

    Read like :func:`planning_head`, with the community-empowerment agency's names.

    >>> from tkpk_rules.model import Member, Office
    >>> empowerment_head(Member(jabatan=Office(instansi="Bapermas Kabupaten Banyumas")))
    (True, True)
    >>> empowerment_head(Member(jabatan=Office(jenis=OfficeKind.SEKRETARIS_DAERAH)))
    (False, False)
    """
    return _agency_head(person, is_empowerment_agency, OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT)


#: Kinds of office that say only "an agency's head", "an agency's official" or "another":
#: the agency named beside them tells which agency, and the title whether its head.
_GENERIC_KINDS = frozenset(
    {OfficeKind.KEPALA_PERANGKAT_DAERAH, OfficeKind.PEJABAT_PERANGKAT_DAERAH, OfficeKind.LAINNYA}
)


#: Other regional agencies, by kind and name or by a common short name: in a name that is
#: not the agency asked about, another agency ("Kepala Dinas Sosial", "BPKAD"; "Kepala
#: Badan" alone, the head's title in any agency, names none; a part of an agency, "Bagian
#: Umum", is no other agency).
_OTHER_AGENCY = re.compile(
    r"\b(?:dinas|badan|kantor|biro|satuan|kecamatan|kelurahan)\s+\w"
    r"|\b(?:inspektorat|rsud|bpkad|bpkd|bapenda|dinsos|dpmptsp|bkd|bkpsdm|bpbd|satpol\w*)\b",
    re.IGNORECASE,
)


def _names_an_agency(name: str) -> bool:
    """Whether a name names some regional agency (the planning or empowerment one, or one
    of :data:`_OTHER_AGENCY`)."""
    return bool(
        _OTHER_AGENCY.search(name) or is_planning_agency(name) or is_empowerment_agency(name)
    )


def _agency_head(
    person: Member | Official, is_agency: Callable[[str | NotRecorded], bool], head: OfficeKind
) -> tuple[bool | None, bool]:
    office = person.jabatan
    if not isinstance(office, Office):
        return None, False
    kind = office.jenis
    if kind is head:
        return True, False
    names = [n for n in (office.sebutan, office.instansi) if isinstance(n, str)]
    named = any(is_agency(n) for n in names)
    title = office.sebutan
    said = _title_says_head(title) if isinstance(title, str) else None
    if not isinstance(kind, NotRecorded) and kind not in _GENERIC_KINDS:
        # A specific other office (the sekda...) decides, unless its title names the head
        # of this very agency ("Kepala Bappeda" recorded as sekretaris_daerah): the record
        # then contradicts itself, and which of the two is wrong it does not say.
        return (None, False) if said is True and named else (False, False)
    other = any(not is_agency(n) and _names_an_agency(n) for n in names)
    if named and other:
        return None, False  # the title and the agency name two agencies
    if not named:
        if isinstance(kind, NotRecorded):
            return None, False
        if kind is OfficeKind.PEJABAT_PERANGKAT_DAERAH:
            # An official, not a head; acting as the head of an agency not known: open.
            return (None, False) if said and not other else (False, False)
        if kind is OfficeKind.KEPALA_PERANGKAT_DAERAH:
            # The head of some agency: another one when its name says so, else open (a
            # planning agency under a name the library does not know).
            return (False, False) if other else (None, False)
        return (None, False) if said and not other else (False, False)  # lainnya
    if isinstance(kind, NotRecorded):
        return (said if isinstance(title, str) else True), True
    if kind is OfficeKind.KEPALA_PERANGKAT_DAERAH:
        # The head of an agency, the agency named that one: its head, unless the title
        # says otherwise (then the record contradicts itself).
        return (None, False) if said is False else (True, True)
    if kind is OfficeKind.PEJABAT_PERANGKAT_DAERAH:
        # An official of the agency, not its head, unless the title names the head.
        return (None, False) if said is True else (False, False)
    return (False, False) if said is False else (None, False)  # lainnya: the title decides


def acting_label(person: Member | Official | NotRecorded | None) -> str | None:
    """``"plt"``, ``"pj"`` or ``"plh"`` when the person holds the office as acting."""
    if not isinstance(person, (Member, Official)) or not isinstance(person.jabatan, Office):
        return None
    status = person.jabatan.status
    if isinstance(status, ActingStatus) and status.acting:
        return status.value
    return None


# "Pj. Bupati", "Pj.Bupati", "Penjabat Bupati"; not a Pjs (Penjabat Sementara), who stands
# in during a campaign leave while the elected pair holds office.
_PENJABAT_TITLE = re.compile(r"^\s*(?:pj(?:\.\s*|\s+)|penjabat\s+)(?!sementara\b)", re.IGNORECASE)


def is_penjabat(person: Member | Official | NotRecorded | None) -> bool:
    """Whether the person is recorded as a Penjabat (Pj.): by status, or by title.

    >>> from tkpk_rules.model import Office, Official
    >>> is_penjabat(Official(jabatan=Office(sebutan="Pj. Bupati Banyumas")))
    True
    """
    if acting_label(person) == ActingStatus.PJ.value:
        return True
    office = person.jabatan if isinstance(person, (Member, Official)) else None
    title = office.sebutan if isinstance(office, Office) else None
    return isinstance(title, str) and _PENJABAT_TITLE.match(title) is not None


@attrs.frozen(kw_only=True)
class TeamAt:
    """The team that applies on a date, and where it sits in the dossier.

    ``team`` is a :class:`Team`, ``None`` (the record says there was none on
    that date) or ``NOT_RECORDED`` (the record cannot tell).  ``missing``
    names what would settle it when it is not recorded.

    When the record leaves open which of several teams applies (a decree dated
    only ``2024`` and a date inside 2024; an earlier team whose decree has no
    date), ``team`` is ``NOT_RECORDED``, ``missing`` names the dates that would
    settle it, and ``alternatives`` holds each answer the record allows, latest
    formed first (a team, or no team).  The engine judges a rule under each and
    keeps a finding only where they agree.
    """

    team: Team | NotRecorded | None
    path: str
    missing: tuple[str, ...] = ()
    expired_on: dt.date | ImpreciseDate | None = None
    """Set when the team's recorded term ended, or may have ended, before the date.

    A term ending in a year or month (``2024-05``) whose first day is before the
    date may have ended by then: its end is given as recorded.
    """
    alternatives: tuple[TeamAt, ...] = ()
    """The answers the record allows when it cannot tell which applies (see above)."""
    formed_unknown: bool = False
    """``tim`` taken to apply because its forming date is not recorded and no earlier team
    is dated, and no recorded term (``masa_kerja.mulai``) had surely begun by the date:
    whether it already existed then is open, so a violation about it is not supported
    (the engine makes it *undetermined*)."""


def _formed(team: Team) -> tuple[dt.date, dt.date] | None:
    """The first and last day the team's forming instrument may be dated; ``None``: undated."""
    inst = team.pembentukan
    if isinstance(inst, NotRecorded):
        return None
    return date_bounds(inst.tanggal)


def team_on(dossier: Dossier, on: dt.date) -> TeamAt:
    """The team that applies on ``on``: ``tim``, or the latest earlier team formed by then.

    A ``tim`` whose forming date is not recorded applies on every day when no
    earlier team is dated; when one is, ``tim`` came after it on a day not
    recorded, so from then on either may apply (before it, neither does).  A
    forming date known only to the year or month (``2024``) leaves open, on the
    days it spans, whether that team or the one before applies; an earlier
    team (``riwayat_tim``) whose decree is undated may have applied on any day
    before ``tim`` was formed.  Earlier teams recorded but not ``tim`` leave open,
    once the latest of them may have been formed, whether a current team not
    recorded had replaced it.  Either way the answer lists the :attr:`TeamAt.alternatives`.

    >>> from tkpk_rules.model import Dossier, ImpreciseDate, Instrument, RegionRef, Team
    >>> team_on(Dossier(wilayah=RegionRef(kode="64"), tim=Team()), dt.date(2024, 1, 1)).path
    'tim'
    >>> d = Dossier(wilayah=RegionRef(kode="64"), riwayat_tim=(),
    ...             tim=Team(pembentukan=Instrument(tanggal=ImpreciseDate(2024))))
    >>> at = team_on(d, dt.date(2024, 6, 30))
    >>> at.team, at.missing, [a.path for a in at.alternatives]
    (NOT_RECORDED, ('tim.pembentukan.tanggal',), ['tim', 'riwayat_tim'])
    >>> team_on(d, dt.date(2024, 12, 31)).path, team_on(d, dt.date(2023, 12, 31)).team
    ('tim', None)
    >>> old = Team(pembentukan=Instrument(tanggal=dt.date(2019, 3, 1)))
    >>> d = Dossier(wilayah=RegionRef(kode="64"), riwayat_tim=(old,), tim=Team())
    >>> at = team_on(d, dt.date(2024, 6, 30))
    >>> at.missing, [a.path for a in at.alternatives]
    (('tim.pembentukan.tanggal',), ['tim', 'riwayat_tim[0]'])
    >>> team_on(d, dt.date(2018, 12, 31)).team
    """
    candidates: list[tuple[str, Team]] = []
    if isinstance(dossier.tim, Team):
        candidates.append(("tim", dossier.tim))
    history = dossier.riwayat_tim
    if not isinstance(history, NotRecorded):
        candidates.extend((f"riwayat_tim[{i}]", t) for i, t in enumerate(history))
    spans = _spans(dossier, candidates)
    # Surely formed by ``on``, and possibly formed by then.
    sure = [c for c in spans if c[2] <= on]
    maybe = [c for c in spans if c[1] <= on < c[2]]
    # A team may apply unless a team surely formed by then was surely formed after it.
    possible = [c for c in sure + maybe if not any(_surely_after(o, c) for o in sure if o is not c)]
    options = [_with_term(TeamAt(team=t, path=path), on) for _, _, _, path, t, _ in possible]
    # Latest formed first: the order the answers are listed in (and ``tim`` first on a tie).
    order = sorted(range(len(possible)), key=lambda i: _key_latest(possible[i]), reverse=True)
    options = [options[i] for i in order]
    if not sure:
        options.append(_none_formed(dossier, on, candidates))
    elif isinstance(dossier.tim, NotRecorded) and on > max(c[1] for c in spans):
        # Earlier teams are recorded, the current one is not: formed after the latest of
        # them, it may have replaced it by then, on a day the record does not give.
        options.insert(0, TeamAt(team=NOT_RECORDED, path="tim", missing=("tim",)))
    if len(options) == 1:
        return options[0]
    unsettled = [c for c in possible if c[0]]
    missing = [f"{c[3]}.pembentukan.tanggal" for c in sorted(unsettled, key=lambda c: c[3])]
    # Earlier teams formed on one day: which replaced which is in their decrees, not dates.
    missing += [
        f"{c[3]}.pembentukan"
        for c in sorted(possible, key=lambda c: c[3])
        if not c[0] and any(o is not c and not o[0] and o[1] == c[1] for o in possible)
    ]
    missing += [m for o in options if isinstance(o.team, NotRecorded) for m in o.missing]
    return TeamAt(
        team=NOT_RECORDED,
        path=options[0].path,
        missing=tuple(dict.fromkeys(missing)),
        alternatives=tuple(options),
    )


#: A candidate team: (its date is unsettled on this question, earliest, latest, path, team, rank).
_Span = tuple[bool, dt.date, dt.date, str, Team, int]


def _spans(dossier: Dossier, candidates: list[tuple[str, Team]]) -> list[_Span]:
    """Each team with a forming span: dated exactly, to a year or month, or undated."""
    current = dossier.tim
    current_span = _formed(current) if isinstance(current, Team) else None
    spans: list[_Span] = []
    for rank, (path, team) in enumerate(candidates):
        span = _formed(team)
        if span is not None:
            spans.append((span[0] != span[1], span[0], span[1], path, team, -rank))
        elif path != "tim":
            # An undated earlier team was formed some day before ``tim`` (if it is dated).
            last = current_span[1] if current_span is not None else dt.date.max
            spans.append((True, dt.date.min, last, path, team, -rank))
    if isinstance(current, Team) and current_span is None:
        dated = [c[1] for c in spans if c[1] != dt.date.min]
        if dated:
            # An undated ``tim`` came after the dated earlier teams, on a day not recorded:
            # from the earliest day the latest of them may be dated, it may apply.
            spans.insert(0, (True, max(dated), dt.date.max, "tim", current, 0))
        # With no dated earlier team, an undated ``tim`` applies on every day: _none_formed.
    return spans


def _key_latest(c: _Span) -> tuple[dt.date, bool, int]:
    return (c[2], c[3] == "tim", c[5])


def _surely_after(other: _Span, c: _Span) -> bool:
    """Whether ``other`` was surely formed after ``c``.

    On one day, ``tim`` (the team of the latest instrument) comes after an earlier team;
    two earlier teams formed on one day are in no order the record gives (not its list's).
    """
    return (other[1], other[3] == "tim") > (c[2], c[3] == "tim")


def _none_formed(dossier: Dossier, on: dt.date, candidates: list[tuple[str, Team]]) -> TeamAt:
    """The answer when no dated team was formed by ``on``."""
    history = dossier.riwayat_tim
    undated = isinstance(dossier.tim, Team) and _formed(dossier.tim) is None
    if undated and not _dated_history(dossier):
        assert isinstance(dossier.tim, Team)
        # A term recorded as begun by then puts the team in office, its decree's date aside.
        unknown = not _term_begun(dossier.tim, on)
        return _with_term(TeamAt(team=dossier.tim, path="tim", formed_unknown=unknown), on)
    if dossier.tim is None and not isinstance(history, NotRecorded):
        return TeamAt(team=None, path="tim")
    if dossier.tim is None and isinstance(history, NotRecorded):
        # No current team; earlier ones are not recorded, so the date may predate the gap.
        return TeamAt(team=NOT_RECORDED, path="tim", missing=("riwayat_tim",))
    if isinstance(dossier.tim, NotRecorded) and not candidates:
        return TeamAt(team=NOT_RECORDED, path="tim", missing=("tim",))
    # Every recorded team was formed after the date.
    if isinstance(history, NotRecorded):
        return TeamAt(team=NOT_RECORDED, path="riwayat_tim", missing=("riwayat_tim",))
    return TeamAt(team=None, path="riwayat_tim")


def _term_begun(team: Team, on: dt.date) -> bool:
    """Whether the team's recorded term (``masa_kerja.mulai``) surely began by ``on``."""
    term = team.masa_kerja
    bounds = None if isinstance(term, NotRecorded) else date_bounds(term.mulai)
    return bounds is not None and bounds[1] <= on


def _dated_history(dossier: Dossier) -> bool:
    """Whether some earlier team (``riwayat_tim``) has a dated forming instrument."""
    history = dossier.riwayat_tim
    return not isinstance(history, NotRecorded) and any(_formed(t) is not None for t in history)


def _with_term(at: TeamAt, on: dt.date) -> TeamAt:
    team = at.team
    if isinstance(team, Team) and not isinstance(team.masa_kerja, NotRecorded):
        end = team.masa_kerja.selesai
        bounds = date_bounds(end)
        if bounds is not None and bounds[0] < on:
            assert isinstance(end, (dt.date, ImpreciseDate))
            return attrs.evolve(at, expired_on=end)
    return at


@attrs.frozen
class YearMeetings:
    """The coordination meetings of one year, sorted by what was known on the date judged."""

    held: tuple[Meeting, ...]
    scheduled: tuple[Meeting, ...]
    unknown: tuple[Meeting, ...]
    cancelled: tuple[Meeting, ...]
    without_kind: int
    """How many of the year's meetings have no ``jenis`` recorded."""
    uncertain_kind: tuple[Meeting, ...] = ()
    """Meetings that may or may not be coordination meetings (also in ``unknown``)."""
    uncertain_date: tuple[Meeting, ...] = ()
    """Meetings dated to a month or year that spans the date judged (also in ``unknown``).

    Known only as ``2024-05`` and judged on 15 May 2024, such a meeting may
    have been held by then or not yet: it is counted neither way.
    """
    spanning: tuple[Meeting, ...] = ()
    """Meetings begun in an earlier year that may run on into this one (by their
    ``tanggal_selesai``), also in ``unknown``.

    The brief of the law asks for meetings "in 1 year" and does not say which year a
    meeting over the New Year counts for: it belongs to the year it began, and in a
    later year it runs into it may count or not, so it is counted neither way there.
    """


def meetings_of_year(meetings: tuple[Meeting, ...], year: int) -> tuple[Meeting, ...]:
    """The meetings of ``year`` (dated to the day, month or year), in a fixed order.

    What :func:`year_meetings` sorts, whatever the date judged: work it out once per
    record and year and pass it as ``of_year`` to judge the year on several dates.
    """
    return tuple(_sorted(tuple(m for m in meetings if meeting_year(m) == year)))


def meetings_into_year(meetings: tuple[Meeting, ...], year: int) -> tuple[Meeting, ...]:
    """The meetings begun before ``year`` whose last day (``tanggal_selesai``) may fall in it.

    What :func:`year_meetings` lists as :attr:`YearMeetings.spanning`, in a fixed order;
    pass it as ``into`` with ``of_year``.

    >>> m = Meeting(tanggal=dt.date(2023, 12, 30), tanggal_selesai=dt.date(2024, 1, 2))
    >>> meetings_into_year((m,), 2024) == (m,), meetings_into_year((m,), 2025)
    (True, ())
    """
    out = []
    for m in meetings:
        end = m.tanggal_selesai
        if type(end) is NotRecorded or meeting_year(m) >= year:
            continue
        bounds = date_bounds(end)
        if bounds is not None and bounds[1].year >= year:
            out.append(m)
    return tuple(_sorted(tuple(out)))


def year_meetings(
    meetings: tuple[Meeting, ...],
    year: int,
    on: dt.date,
    *,
    of_year: tuple[Meeting, ...] | None = None,
    into: tuple[Meeting, ...] | None = None,
) -> YearMeetings:
    """Sort one year's coordination meetings into held, scheduled, unknown and cancelled.

    A meeting whose kind is uncertain (:func:`kind_uncertain`) and that was not
    cancelled is *unknown*, whatever its date or status: it may or may not count.
    So is a meeting recorded with ``kepastian: belum_pasti`` up to ``on``, whatever its
    kind and status: held or not, cancelled or not, of another kind or not, the record
    is not sure of it, so it counts neither way.

    A meeting known only to its year or month (:class:`ImpreciseDate`) belongs
    to that year.  When every day it may be lies on or before ``on`` it is
    judged as a dated one; when every day lies after ``on`` it is at most
    scheduled; when its span holds ``on`` (``2024-05`` judged on 15 May
    2024) and it was not cancelled, whether it was held by then is open: it
    is *unknown*, and listed in :attr:`YearMeetings.uncertain_date`.

    >>> m = Meeting(tanggal=dt.date(2024, 3, 1), jenis=MeetingKind.RAPAT_KOORDINASI,
    ...             status=MeetingStatus.TERLAKSANA)
    >>> year_meetings((m,), 2024, dt.date(2024, 2, 1)).scheduled == (m,)
    True
    >>> fgd = attrs.evolve(m, jenis=MeetingKind.FGD)
    >>> year_meetings((fgd,), 2024, dt.date(2024, 12, 1)).unknown == (fgd,)
    True
    >>> may = attrs.evolve(m, tanggal=ImpreciseDate(2024, 5))
    >>> year_meetings((may,), 2024, dt.date(2024, 5, 15)).uncertain_date == (may,)
    True
    >>> year_meetings((may,), 2024, dt.date(2024, 5, 31)).held == (may,)
    True

    A meeting begun in an earlier year that may run on into ``year`` (its
    ``tanggal_selesai``) and was not cancelled is *unknown* for ``year`` too, and
    listed in :attr:`YearMeetings.spanning`: which year it counts for is not stated.

    ``of_year`` is :func:`meetings_of_year` of the same ``meetings`` and ``year``,
    and ``into`` is :func:`meetings_into_year` of them, when the caller kept them (the
    same answer, without filtering and sorting again).
    """
    held: list[Meeting] = []
    scheduled: list[Meeting] = []
    unknown: list[Meeting] = []
    cancelled: list[Meeting] = []
    uncertain: list[Meeting] = []
    undated: list[Meeting] = []
    without_kind = 0
    if of_year is None:
        of_year = meetings_of_year(meetings, year)
    for m in of_year:
        if isinstance(m.jenis, NotRecorded):
            without_kind += 1
        # A meeting recorded as uncertain (``kepastian: belum_pasti``) that would not
        # count (another kind, cancelled) may count after all: it is unknown.
        doubted = m.kepastian is Certainty.BELUM_PASTI
        if kind_uncertain(m) or (doubted and not is_coordination(m)):
            if m.status is not MeetingStatus.DIBATALKAN or doubted:
                unknown.append(m)
                uncertain.append(m)
            continue
        if not is_coordination(m):
            continue
        first, last = meeting_bounds(m)
        if m.status is MeetingStatus.DIBATALKAN and doubted:
            unknown.append(m)
        elif m.status is MeetingStatus.DIBATALKAN:
            cancelled.append(m)
        elif first > on or (first == last == on and m.status is MeetingStatus.DIJADWALKAN):
            scheduled.append(m)
        elif last > on:
            # Some days it may be are after ``on``: held by then, or not yet.
            unknown.append(m)
            undated.append(m)
        elif doubted:
            # Recorded as held (or with no status), but the record is not sure of it.
            unknown.append(m)
        elif m.status is MeetingStatus.TERLAKSANA:
            held.append(m)
        else:
            unknown.append(m)
    spanning: list[Meeting] = []
    for m in meetings_into_year(meetings, year) if into is None else into:
        counts = is_coordination(m) or kind_uncertain(m) or m.kepastian is Certainty.BELUM_PASTI
        if counts and (
            m.status is not MeetingStatus.DIBATALKAN or m.kepastian is Certainty.BELUM_PASTI
        ):
            unknown.append(m)
            spanning.append(m)
    return YearMeetings(
        tuple(held),
        tuple(scheduled),
        tuple(unknown),
        tuple(cancelled),
        without_kind,
        tuple(uncertain),
        tuple(undated),
        tuple(spanning),
    )


def meeting_bounds(m: Meeting) -> tuple[dt.date, dt.date]:
    """The first and last day a meeting may have begun on (one day when dated to the day).

    Also a key that sorts meetings dated to the day, month or year together.
    """
    bounds = date_bounds(m.tanggal)
    assert bounds is not None, "Meeting.tanggal is a date or an ImpreciseDate"
    return bounds


def meeting_year(m: Meeting) -> int:
    """The year of a meeting, dated to the day or only to its year or month.

    >>> meeting_year(Meeting(tanggal=ImpreciseDate(2024)))
    2024
    """
    day = m.tanggal
    if type(day) is dt.date:  # the usual case first
        return day.year
    return day.tahun if isinstance(day, ImpreciseDate) else day.year


def meeting_index(meetings: Sequence[Meeting], meeting: Meeting) -> int:
    """Where ``meeting`` (this very object) sits in the record's list; its first equal if not."""
    for i, m in enumerate(meetings):
        if m is meeting:
            return i
    return list(meetings).index(meeting)


def _meeting_key(m: Meeting) -> tuple[str, str, str, str, str]:
    # A total order that does not depend on the order of the input.
    first, last = meeting_bounds(m)
    return (first.isoformat(), last.isoformat(), repr(m.status), repr(m.jenis), repr(m))


def _repr_ranks(members: tuple[object, ...]) -> dict[object, int]:
    """Each value's place in the order of its ``repr()``, as :func:`_meeting_key` sorts."""
    return {v: i for i, v in enumerate(sorted(members, key=repr))}


_STATUS_RANK = _repr_ranks((*MeetingStatus, NOT_RECORDED))
_KIND_RANK = _repr_ranks((*MeetingKind, NOT_RECORDED))


def _sorted(meetings: tuple[Meeting, ...]) -> list[Meeting]:
    """The meetings in the order of :func:`_meeting_key`, without building every ``repr()``.

    Date, status and kind decide almost always; only meetings that share all
    three (where the rest of the meeting decides) fall back to the full key.
    """
    try:
        keys = [(meeting_bounds(m), _STATUS_RANK[m.status], _KIND_RANK[m.jenis]) for m in meetings]
        if len(set(keys)) == len(keys):
            order = sorted(range(len(keys)), key=keys.__getitem__)
            return [meetings[i] for i in order]
    except (KeyError, TypeError):  # values of other types than the model's, built by hand
        pass
    return sorted(meetings, key=_meeting_key)


def vacancies_on(dossier: Dossier, office: OfficeKind, day: dt.date) -> tuple[Vacancy, ...] | None:
    """The recorded vacancies of ``office`` that may cover ``day``; ``None`` if none are recorded.

    "May": an end not recorded counts as open, a year or month at its widest
    (:meth:`Vacancy.covers`).  Whether the office was *surely* vacant is
    :func:`vacancy_at`.

    >>> from tkpk_rules.model import Dossier, RegionRef, Vacancy, OfficeKind
    >>> d = Dossier(wilayah=RegionRef(kode="64"), kekosongan_jabatan=(
    ...     Vacancy(jabatan=OfficeKind.WAKIL_GUBERNUR, mulai=dt.date(2024, 1, 1),
    ...             selesai=dt.date(2024, 6, 30)),))
    >>> len(vacancies_on(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 6, 30)))
    1
    >>> vacancies_on(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 7, 1))
    ()
    """
    if isinstance(dossier.kekosongan_jabatan, NotRecorded):
        return None
    return tuple(v for v in dossier.kekosongan_jabatan if v.jabatan is office and v.covers(day))


@attrs.frozen
class VacancyAt:
    """Whether an office stood vacant on a day, as far as the record shows.

    ``vacant`` is ``True`` (a recorded vacancy surely covers the day), ``False``
    (none can) or ``None`` (the record leaves it open: a start or end known only
    to its year or month, or an end not recorded).  ``vacancies`` are the ones
    that surely cover the day when ``True``, the ones that may when ``None``;
    ``missing`` names the dates that leave it open
    (``kekosongan_jabatan[i].mulai`` / ``.selesai``).
    """

    vacant: bool | None
    vacancies: tuple[Vacancy, ...] = ()
    missing: tuple[str, ...] = ()


def vacancy_at(dossier: Dossier, office: OfficeKind, day: dt.date) -> VacancyAt | None:
    """Surely vacant, surely not, or open: ``office`` on ``day``; ``None`` if none are recorded.

    >>> from tkpk_rules.model import Dossier, ImpreciseDate, RegionRef, Vacancy, OfficeKind
    >>> d = Dossier(wilayah=RegionRef(kode="64"), kekosongan_jabatan=(
    ...     Vacancy(jabatan=OfficeKind.WAKIL_GUBERNUR, mulai=dt.date(2024, 1, 1),
    ...             selesai=ImpreciseDate(2024, 6)),))
    >>> vacancy_at(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 5, 31)).vacant
    True
    >>> at = vacancy_at(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 6, 15))
    >>> at.vacant, at.missing
    (None, ('kekosongan_jabatan[0].selesai',))
    >>> vacancy_at(d, OfficeKind.WAKIL_GUBERNUR, dt.date(2024, 7, 1)).vacant
    False
    """
    if isinstance(dossier.kekosongan_jabatan, NotRecorded):
        return None
    surely: list[Vacancy] = []
    maybe: list[Vacancy] = []
    missing: list[str] = []
    for i, v in enumerate(dossier.kekosongan_jabatan):
        if v.jabatan is not office:
            continue
        answer = v.vacant_on(day)
        if answer:
            surely.append(v)
        elif answer is None:
            maybe.append(v)
            missing.extend(f"kekosongan_jabatan[{i}].{name}" for name in v.open_dates(day))
    if surely:
        return VacancyAt(True, tuple(surely))
    if maybe:
        return VacancyAt(None, tuple(maybe), tuple(missing))
    return VacancyAt(False)


def known_on(doc: PlanningDocument, on: dt.date, *, open_as: bool = True) -> bool:
    """Whether the document existed on ``on`` as far as the record shows.

    A document adopted after ``on`` did not exist yet.  One adopted in a year or
    month (``2024``) did not exist before its first day and surely exists from
    its last; on the days before its last day from its first, the record leaves
    it open, and ``open_as`` answers (taken to exist unless told otherwise).  So
    it does on every date for a document whose adoption date is not recorded at
    all (:func:`adoption_undated`).  The rules about documents weigh both
    answers (the ``DOCUMENTS`` requirement of :mod:`tkpk_rules.rules.documents`).
    A draft exists as a draft whenever it was written.

    >>> from tkpk_rules.model import ImpreciseDate
    >>> doc = PlanningDocument(jenis=DocumentKind.RAT, ditetapkan=ImpreciseDate(2024, 5))
    >>> [known_on(doc, dt.date(2024, m, d), open_as=False) for m, d in ((4, 30), (5, 2), (5, 31))]
    [False, False, True]

    A document recorded as uncertain (:func:`adoption_uncertain`) may not exist at
    all: on the days it would otherwise exist, ``open_as`` answers too.
    """
    bounds = date_bounds(doc.adopted_on)
    if bounds is None:
        return open_as or not adoption_undated(doc)
    if bounds[1] <= on:
        return open_as or not adoption_uncertain(doc)
    return bounds[0] <= on and open_as


def adoption_uncertain(doc: PlanningDocument) -> bool:
    """Whether ``doc`` is recorded as uncertain (``kepastian: belum_pasti``) and not a
    draft: whether it was adopted at all is open, whatever its date.

    >>> unsure = PlanningDocument(jenis=DocumentKind.RPKD, kepastian=Certainty.BELUM_PASTI)
    >>> adoption_uncertain(unsure)
    True
    >>> adoption_uncertain(PlanningDocument(jenis=DocumentKind.RPKD))
    False
    """
    return doc.kepastian is Certainty.BELUM_PASTI and is_adopted(doc) is not False


def adoption_undated(doc: PlanningDocument) -> bool:
    """Whether ``doc`` may have been adopted on any day: not a draft, and no adoption date
    recorded (neither ``ditetapkan`` nor ``penetapan.tanggal``).

    >>> adoption_undated(PlanningDocument(jenis=DocumentKind.RPKD))
    True
    >>> adoption_undated(PlanningDocument(jenis=DocumentKind.RPKD, ditetapkan=None))
    False
    """
    return isinstance(doc.adopted_on, NotRecorded) and is_adopted(doc) is not False


def covering(docs: Sequence[tuple[str, PlanningDocument]], year: int) -> list[str]:
    """Paths of the multi-year documents whose period includes ``year``.

    In an order that does not depend on the order of the record: the latest
    period first, then by the document's content, then by path (two equal
    documents are interchangeable).

    >>> a = PlanningDocument(jenis=DocumentKind.SPKD, periode=YearRange(mulai=2016, selesai=2020))
    >>> b = PlanningDocument(jenis=DocumentKind.SPKD, periode=YearRange(mulai=2018, selesai=2022))
    >>> covering([("dokumen[0]", a), ("dokumen[1]", b)], 2019)
    ['dokumen[1]', 'dokumen[0]']
    >>> covering([("dokumen[0]", b), ("dokumen[1]", a)], 2019)
    ['dokumen[0]', 'dokumen[1]']
    """
    found = [
        (d.periode.mulai, d.periode.selesai, p, d)
        for p, d in docs
        if isinstance(d.periode, YearRange) and year in d.periode
    ]
    if len({(item[0], item[1]) for item in found}) == len(found):
        # Periods alone decide (the usual case): no ``repr()`` of whole documents.
        found.sort(key=lambda item: (-item[0], -item[1]))
    else:
        found.sort(key=lambda item: (-item[0], -item[1], repr(item[3]), item[2]))
    return [item[2] for item in found]


_STEP = re.compile(r"([A-Za-z_]\w*)((?:\[\d+\])*)")

#: One step of a path: the field's name, the path up to it, and each index after it
#: with the path up to that index.
_Step = tuple[str, str, tuple[tuple[int, str], ...]]
#: Each path's steps, parsed once (the rules' paths repeat from dossier to dossier).
_STEPS: dict[str, tuple[_Step, ...]] = {}


def _steps_of(path: str) -> tuple[_Step, ...]:
    """The steps of ``path`` up to the first that is not a field with indexes."""
    found = _STEPS.get(path)
    if found is None:
        steps: list[_Step] = []
        walked = ""
        for part in path.split("."):
            step = _STEP.fullmatch(part)
            if step is None:
                break
            walked = f"{walked}.{step.group(1)}" if walked else step.group(1)
            named = walked
            indexes = []
            for index in re.findall(r"\[(\d+)\]", step.group(2)):
                walked += f"[{index}]"
                indexes.append((int(index), walked))
            steps.append((step.group(1), named, tuple(indexes)))
        found = tuple(steps)
        if len(_STEPS) >= 4096:
            _STEPS.clear()
        _STEPS[path] = found
    return found


def facts_on_path(dossier: Dossier, path: str) -> list[tuple[str, object]]:
    """The recorded objects a finding's ``path`` passes through, outermost first.

    Steps that cannot be followed (a filter such as ``[tanggal=...]``, a field not
    recorded) end the walk: only what the path surely names is returned.

    >>> from tkpk_rules.model import Dossier, RegionRef, Team, Member
    >>> d = Dossier(wilayah=RegionRef(kode="64"), tim=Team(ketua=Member(nama="A")))
    >>> [p for p, _ in facts_on_path(d, "tim.ketua.jabatan")]
    ['tim', 'tim.ketua']
    """
    out: list[tuple[str, object]] = []
    here: object = dossier
    for name, walked, indexes in _steps_of(path):
        here = getattr(here, name, NOT_RECORDED)
        for index, at in indexes:
            if not isinstance(here, tuple) or index >= len(here):
                return out
            here = here[index]
            walked = at
        if here is None or isinstance(here, (NotRecorded, tuple, str, int, dt.date, ImpreciseDate)):
            break
        out.append((walked, here))
    return out


def partial_lists(dossier: Dossier, paths: Sequence[str]) -> list[str]:
    """Which of the list ``paths`` the record's ``cakupan.sebagian`` marks as incomplete."""
    coverage = dossier.cakupan
    if not isinstance(coverage, Coverage):
        return []
    return [p for p in paths if coverage.is_partial(p)]


def is_adopted(doc: PlanningDocument) -> bool | None:
    """Whether a document was adopted: ``True``, ``False`` (a draft) or ``None`` (unknown).

    ``status: draf`` is never adopted, whatever else is recorded; ``status:
    ditetapkan`` or an adoption date is; neither leaves it open.
    """
    if doc.status is DocumentStatus.DRAF:
        return False
    if doc.status is DocumentStatus.DITETAPKAN or date_bounds(doc.adopted_on) is not None:
        return True
    return None
