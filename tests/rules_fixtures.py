"""Shared builders for rulebook tests: a dossier built to comply, and small helpers."""

from __future__ import annotations

import datetime as dt

import attrs

from tkpk_rules.engine import check
from tkpk_rules.model import (
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    Element,
    Instrument,
    InstrumentKind,
    Issuer,
    Level,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    Office,
    OfficeKind,
    PlanningDocument,
    RegionRef,
    Secretariat,
    Team,
    Topic,
    YearRange,
)
from tkpk_rules.report import Finding, Outcome, Report

D = dt.date
#: The default date judged: 2024 is over, 2025 still running.
ON = D(2025, 11, 1)

CODES = {Level.PROVINSI: "64", Level.KABUPATEN: "33.02", Level.KOTA: "64.72"}
HEAD = {
    Level.PROVINSI: OfficeKind.GUBERNUR,
    Level.KABUPATEN: OfficeKind.BUPATI,
    Level.KOTA: OfficeKind.WALI_KOTA,
}
DEPUTY = {
    Level.PROVINSI: OfficeKind.WAKIL_GUBERNUR,
    Level.KABUPATEN: OfficeKind.WAKIL_BUPATI,
    Level.KOTA: OfficeKind.WAKIL_WALI_KOTA,
}
ISSUER = {
    Level.PROVINSI: Issuer.GUBERNUR,
    Level.KABUPATEN: Issuer.BUPATI,
    Level.KOTA: Issuer.WALI_KOTA,
}


def official(kind: OfficeKind, **kw: object) -> Member:
    """A member holding an office of ``kind``, regional government unless told otherwise."""
    unsur = kw.pop("unsur", Element.PEMERINTAH_DAERAH)
    return Member(jabatan=Office(jenis=kind, **kw), unsur=unsur)  # type: ignore[arg-type]


def meeting(
    day: dt.date,
    *topics: Topic,
    status: MeetingStatus = MeetingStatus.TERLAKSANA,
    chair: OfficeKind | None = None,
    jenis: MeetingKind = MeetingKind.RAPAT_KOORDINASI,
) -> Meeting:
    from tkpk_rules.model import Official

    kw: dict[str, object] = {}
    if chair is not None:
        kw["dipimpin_oleh"] = Official(jabatan=Office(jenis=chair))
    return Meeting(tanggal=day, jenis=jenis, status=status, pembahasan=topics or (Topic.RAT,), **kw)  # type: ignore[arg-type]


def year_meetings(year: int, level: Level = Level.KABUPATEN) -> tuple[Meeting, ...]:
    return (
        meeting(D(year, 3, 10), Topic.LAPORAN_PELAKSANAAN, chair=DEPUTY[level]),
        meeting(D(year, 6, 10), Topic.RAT, Topic.RPKD, chair=OfficeKind.SEKRETARIS_DAERAH),
        meeting(D(year, 9, 10), Topic.RAT, chair=DEPUTY[level]),
    )


def agenda(year: int) -> AnnualAgenda:
    return AnnualAgenda(
        tahun=year,
        ditetapkan=D(year - 1, 12, 15),
        kegiatan=(
            AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RPKD),
            AgendaItem(kegiatan=AgendaItemKind.PENYUSUNAN_RAT),
            AgendaItem(kegiatan=AgendaItemKind.LAPORAN_PELAKSANAAN),
        ),
    )


def compliant(level: Level = Level.KABUPATEN, on: dt.date = ON) -> Dossier:
    """A dossier that meets every rule on ``on`` (``on`` in 2021..2029)."""
    y = on.year
    team = Team(
        nama="Tim Koordinasi Penanggulangan Kemiskinan",
        pembentukan=Instrument(
            jenis=InstrumentKind.KEPUTUSAN,
            penerbit=ISSUER[level],
            nomor="1/2020",
            tanggal=D(2020, 3, 1),
        ),
        penanggung_jawab=official(HEAD[level]),
        ketua=official(DEPUTY[level]),
        wakil_ketua=official(OfficeKind.SEKRETARIS_DAERAH),
        sekretaris=official(OfficeKind.KEPALA_PERENCANAAN, instansi="Bappeda"),
        wakil_sekretaris=official(OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT),
        anggota=(
            official(OfficeKind.KEPALA_PERANGKAT_DAERAH, instansi="Dinas Sosial"),
            Member(organisasi="Forum LSM", unsur=Element.MASYARAKAT),
            Member(organisasi="KADIN", unsur=Element.DUNIA_USAHA),
            Member(organisasi="Universitas", unsur=Element.PEMANGKU_KEPENTINGAN_LAINNYA),
        ),
    )
    docs = (
        PlanningDocument(
            jenis=DocumentKind.RPJMD,
            periode=YearRange(mulai=2021, selesai=2025),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=D(2020, 11, 15),
        ),
        PlanningDocument(
            jenis=DocumentKind.RPKD,
            periode=YearRange(mulai=2021, selesai=2025),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=D(2020, 12, 1),
            disusun_bersama_rpjmd=True,
        ),
        PlanningDocument(
            jenis=DocumentKind.RPJMD,
            periode=YearRange(mulai=2026, selesai=2030),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=D(2025, 11, 15),
        ),
        PlanningDocument(
            jenis=DocumentKind.RPKD,
            periode=YearRange(mulai=2026, selesai=2030),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=D(2025, 11, 10),
            disusun_bersama_rpjmd=True,
        ),
        *(
            PlanningDocument(
                jenis=DocumentKind.RAT,
                tahun=t,
                status=DocumentStatus.DITETAPKAN,
                ditetapkan=D(t - 1, 11, 1),
            )
            for t in range(2021, 2031)
        ),
        *(
            PlanningDocument(
                jenis=DocumentKind.LAPORAN_PELAKSANAAN,
                tahun=t,
                status=DocumentStatus.DITETAPKAN,
                ditetapkan=D(t + 1, 3, 1),
            )
            for t in range(2019, 2030)
        ),
    )
    return Dossier(
        wilayah=RegionRef(kode=CODES[level]),
        tim=team,
        riwayat_tim=(),
        sekretariat=Secretariat(
            pembentukan=Instrument(jenis=InstrumentKind.KEPUTUSAN, penerbit=ISSUER[level]),
            kedudukan="Bappeda",
        ),
        kekosongan_jabatan=(),
        agenda_kerja=tuple(agenda(t) for t in range(2021, 2031)),
        # Meetings after ``on`` are only scheduled as seen from ``on``.
        rapat_koordinasi=tuple(m for t in range(2020, y + 1) for m in year_meetings(t, level)),
        dokumen=docs,
    )


def team(d: Dossier) -> Team:
    assert isinstance(d.tim, Team)
    return d.tim


def with_team(d: Dossier, **changes: object) -> Dossier:
    """The dossier with its team changed."""
    return attrs.evolve(d, tim=attrs.evolve(team(d), **changes))


def judge(d: Dossier, on: dt.date = ON, **kw: object) -> Report:
    return check(d, on=on, **kw)  # type: ignore[arg-type]


def only(report: Report, code: str, year: int | None = None) -> Finding:
    """The single finding of ``code`` (for ``year``)."""
    found = [f for f in report.by_code(code) if year is None or f.year == year]
    assert len(found) == 1, found
    return found[0]


def outcomes(report: Report) -> dict[tuple[str, int | None], Outcome]:
    return {(f.code, f.year): f.outcome for f in report.findings}


def violations(report: Report) -> list[str]:
    return sorted({f.code for f in report.violations})
