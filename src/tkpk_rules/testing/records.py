"""Deterministic compliant records: the same dossier every time, for tests and benchmarks.

:func:`compliant` builds a dossier that meets every rule of Permendagri 53/2020
on a date from 2021 to 2029; :func:`compliant_2018` one that meets every rule
of 42/2010 from 2011 to the handover.  The strategies of
:mod:`tkpk_rules.testing` draw compliant dossiers at random; these are their
fixed, readable counterparts (the level tables are the judge's).

>>> import datetime as dt
>>> from tkpk_rules import check
>>> check(compliant(), on=dt.date(2025, 11, 1)).has_violations
False
>>> check(compliant_2018(), on=dt.date(2018, 6, 1)).has_violations
False
"""

from __future__ import annotations

import datetime as dt

from tkpk_rules.judge import DEPUTY_HEAD, HEAD, ISSUER
from tkpk_rules.model import (
    AgendaItem,
    AgendaItemKind,
    AnnualAgenda,
    DocumentKind,
    DocumentStatus,
    Dossier,
    Element,
    ImpreciseDate,
    Instrument,
    InstrumentKind,
    Level,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Member,
    Office,
    OfficeKind,
    Official,
    PlanningDocument,
    RegionRef,
    Secretariat,
    Team,
    Topic,
    YearRange,
)

__all__ = [
    "CODES",
    "ON",
    "agenda",
    "compliant",
    "compliant_2018",
    "meeting",
    "official",
    "year_meetings",
]

#: The default date judged: 2024 is over, 2025 still running.
ON = dt.date(2025, 11, 1)
#: A region code of each autonomous level.
CODES = {Level.PROVINSI: "64", Level.KABUPATEN: "33.02", Level.KOTA: "64.72"}


def official(kind: OfficeKind, **kw: object) -> Member:
    """A member holding an office of ``kind``, regional government unless told otherwise."""
    unsur = kw.pop("unsur", Element.PEMERINTAH_DAERAH)
    return Member(jabatan=Office(jenis=kind, **kw), unsur=unsur)  # type: ignore[arg-type]


def meeting(
    day: dt.date | ImpreciseDate,
    *topics: Topic,
    status: MeetingStatus = MeetingStatus.TERLAKSANA,
    chair: OfficeKind | None = None,
    jenis: MeetingKind = MeetingKind.RAPAT_KOORDINASI,
) -> Meeting:
    kw: dict[str, object] = {}
    if chair is not None:
        kw["dipimpin_oleh"] = Official(jabatan=Office(jenis=chair))
    return Meeting(tanggal=day, jenis=jenis, status=status, pembahasan=topics or (Topic.RAT,), **kw)  # type: ignore[arg-type]


def year_meetings(year: int, level: Level = Level.KABUPATEN) -> tuple[Meeting, ...]:
    return (
        meeting(dt.date(year, 3, 10), Topic.LAPORAN_PELAKSANAAN, chair=DEPUTY_HEAD[level]),
        meeting(dt.date(year, 6, 10), Topic.RAT, Topic.RPKD, chair=OfficeKind.SEKRETARIS_DAERAH),
        meeting(dt.date(year, 9, 10), Topic.RAT, chair=DEPUTY_HEAD[level]),
    )


def agenda(year: int) -> AnnualAgenda:
    return AnnualAgenda(
        tahun=year,
        ditetapkan=dt.date(year - 1, 12, 15),
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
            tanggal=dt.date(2020, 3, 1),
        ),
        penanggung_jawab=official(HEAD[level]),
        ketua=official(DEPUTY_HEAD[level]),
        wakil_ketua=official(OfficeKind.SEKRETARIS_DAERAH),
        sekretaris=official(OfficeKind.KEPALA_PERENCANAAN, instansi="Bappeda"),
        wakil_sekretaris=official(OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT),
        anggota=(
            official(OfficeKind.KEPALA_PERANGKAT_DAERAH, instansi="Dinas Sosial"),
            Member(organisasi="Forum LSM", unsur=Element.MASYARAKAT),
            Member(organisasi="KADIN", unsur=Element.DUNIA_USAHA),
            Member(organisasi="Universitas", unsur=Element.PEMANGKU_KEPENTINGAN_LAINNYA),
        ),
        kelompok_kerja=(),  # recorded: no working groups (their members would count)
    )
    docs = (
        PlanningDocument(
            jenis=DocumentKind.RPJMD,
            periode=YearRange(mulai=2021, selesai=2025),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=dt.date(2020, 11, 15),
        ),
        PlanningDocument(
            jenis=DocumentKind.RPKD,
            periode=YearRange(mulai=2021, selesai=2025),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=dt.date(2020, 12, 1),
            disusun_bersama_rpjmd=True,
        ),
        PlanningDocument(
            jenis=DocumentKind.RPJMD,
            periode=YearRange(mulai=2026, selesai=2030),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=dt.date(2025, 11, 15),
        ),
        PlanningDocument(
            jenis=DocumentKind.RPKD,
            periode=YearRange(mulai=2026, selesai=2030),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=dt.date(2025, 11, 10),
            disusun_bersama_rpjmd=True,
        ),
        *(
            PlanningDocument(
                jenis=DocumentKind.RAT,
                tahun=t,
                status=DocumentStatus.DITETAPKAN,
                ditetapkan=dt.date(t - 1, 11, 1),
            )
            for t in range(2021, 2031)
        ),
        *(
            PlanningDocument(
                jenis=DocumentKind.LAPORAN_PELAKSANAAN,
                tahun=t,
                status=DocumentStatus.DITETAPKAN,
                ditetapkan=dt.date(t + 1, 3, 1),
            )
            for t in range(2019, 2030)
        ),
    )
    return Dossier(
        wilayah=RegionRef(kode=CODES[level]),
        tim=team,
        riwayat_tim=(),
        sekretariat=Secretariat(
            pembentukan=Instrument(
                jenis=InstrumentKind.KEPUTUSAN,
                penerbit=ISSUER[level],
                tanggal=dt.date(2020, 3, 15),
            ),
            kedudukan="Bappeda",
        ),
        kekosongan_jabatan=(),
        agenda_kerja=tuple(agenda(t) for t in range(2021, 2031)),
        # Meetings after ``on`` are only scheduled as seen from ``on``.
        rapat_koordinasi=tuple(m for t in range(2020, y + 1) for m in year_meetings(t, level)),
        dokumen=docs,
    )


def compliant_2018(level: Level = Level.KABUPATEN) -> Dossier:
    """A dossier whose team (formed 2011, citing 42/2010) meets every 42/2010 rule to 2020.

    Its SPKDs run 2006-2010, 2011-2015 and 2016-2020, each adopted on its
    first day, so one is in force on every day 42/2010 may govern.
    """
    team = Team(
        nama="Tim Koordinasi Penanggulangan Kemiskinan Daerah",
        pembentukan=Instrument(
            jenis=InstrumentKind.KEPUTUSAN,
            penerbit=ISSUER[level],
            nomor="460/11/2011",
            tanggal=dt.date(2011, 1, 1),
            dasar_hukum=("Peraturan Menteri Dalam Negeri Nomor 42 Tahun 2010",),
        ),
        penanggung_jawab=official(HEAD[level]),
        ketua=official(DEPUTY_HEAD[level]),
        wakil_ketua=official(OfficeKind.SEKRETARIS_DAERAH),
        sekretaris=official(OfficeKind.KEPALA_PERENCANAAN, instansi="Bappeda"),
        wakil_sekretaris=official(OfficeKind.KEPALA_PEMBERDAYAAN_MASYARAKAT, instansi="BPMD"),
        anggota=(
            official(OfficeKind.KEPALA_PERANGKAT_DAERAH, instansi="Dinas Sosial"),
            Member(organisasi="Forum LSM", unsur=Element.MASYARAKAT),
            Member(organisasi="KADIN", unsur=Element.DUNIA_USAHA),
            Member(organisasi="Universitas", unsur=Element.PEMANGKU_KEPENTINGAN_LAINNYA),
        ),
    )
    spkd = tuple(
        PlanningDocument(
            jenis=DocumentKind.SPKD,
            periode=YearRange(mulai=start, selesai=start + 4),
            status=DocumentStatus.DITETAPKAN,
            ditetapkan=dt.date(start, 1, 1),
        )
        for start in (2006, 2011, 2016)
    )
    return Dossier(
        wilayah=RegionRef(kode=CODES[level]),
        tim=team,
        riwayat_tim=(),
        kekosongan_jabatan=(),
        dokumen=spkd,
    )
