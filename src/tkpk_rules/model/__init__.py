"""The domain model: frozen attrs classes for one region's TKPK record.

Attribute names are the document's field names (Indonesian snake_case), so a
path such as ``tim.anggota[3].jabatan`` means the same thing in a document, in
Python, and in a finding.  The model knows nothing of the rules.
"""

from tkpk_rules.model._base import (
    NOT_RECORDED,
    ModelTypeError,
    NotRecorded,
    is_recorded,
    recorded_or,
    register_enums,
    trusted_construction,
)
from tkpk_rules.model.agenda import (
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Topic,
)
from tkpk_rules.model.dates import ImpreciseDate, date_bounds
from tkpk_rules.model.documents import (
    DataBasis,
    DocumentKind,
    DocumentStatus,
    PlanningDocument,
    Programme,
    ProgrammeGroup,
    Semester,
    Strategy,
    YearRange,
)
from tkpk_rules.model.dossier import FORMAT_V1, Dossier, RegionRef
from tkpk_rules.model.instrument import (
    Instrument,
    InstrumentKind,
    Issuer,
    RelatedInstrument,
    RelatedInstrumentKind,
)
from tkpk_rules.model.people import (
    ActingStatus,
    Element,
    Member,
    MemberCategory,
    Office,
    OfficeKind,
    Official,
)
from tkpk_rules.model.provenance import Certainty, Coverage, Source, SourceKind, certainty_of
from tkpk_rules.model.region import Level, Region
from tkpk_rules.model.team import (
    ActingChair,
    DateRange,
    Secretariat,
    SubTeam,
    SubTeamLevel,
    Team,
    Vacancy,
    WorkingGroup,
)

register_enums(
    ActingStatus,
    Certainty,
    AgendaItemKind,
    DocumentKind,
    DocumentStatus,
    Element,
    InstrumentKind,
    Issuer,
    MeetingKind,
    MeetingStatus,
    MemberCategory,
    OfficeKind,
    RelatedInstrumentKind,
    Semester,
    SourceKind,
    SubTeamLevel,
    Topic,
)

__all__ = [
    "FORMAT_V1",
    "NOT_RECORDED",
    "ActingChair",
    "ActingStatus",
    "AgendaItem",
    "AgendaItemKind",
    "AnnualAgenda",
    "Certainty",
    "Coverage",
    "DataBasis",
    "DateRange",
    "DocumentKind",
    "DocumentStatus",
    "Dossier",
    "Element",
    "ImpreciseDate",
    "Instrument",
    "InstrumentKind",
    "Issuer",
    "Level",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Member",
    "MemberCategory",
    "ModelTypeError",
    "NotRecorded",
    "Office",
    "OfficeKind",
    "Official",
    "PlanningDocument",
    "Programme",
    "ProgrammeGroup",
    "Region",
    "RegionRef",
    "RelatedInstrument",
    "RelatedInstrumentKind",
    "Secretariat",
    "Semester",
    "Source",
    "SourceKind",
    "Strategy",
    "SubTeam",
    "SubTeamLevel",
    "Team",
    "Topic",
    "Vacancy",
    "WorkingGroup",
    "YearRange",
    "certainty_of",
    "date_bounds",
    "is_recorded",
    "recorded_or",
    "trusted_construction",
]
