"""A second review of partial and contradictory records (2026-12-03), mended.

Each test builds the smallest record that gave a violation (or a compliance) the record
cannot support, checks the finding is now what the record supports, and checks that
the violation still stands where the record does support it: each can fail both ways.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rules_fixtures import compliant, judge, official, only, with_team
from tkpk_rules.judge import empowerment_head, planning_head
from tkpk_rules.model import Member, Office, OfficeKind
from tkpk_rules.report import Outcome

D = dt.date
KPD, PPD, OTHER = (
    OfficeKind.KEPALA_PERANGKAT_DAERAH,
    OfficeKind.PEJABAT_PERANGKAT_DAERAH,
    OfficeKind.LAINNYA,
)


# ------------------------------------------------------ a generic kind beside the agency


def _person(kind: OfficeKind, title: str | None = None, agency: str | None = None) -> Member:
    office = Office(jenis=kind)
    if title is not None:
        office = Office(jenis=kind, sebutan=title)
    if agency is not None:
        office = Office(jenis=kind, sebutan=office.sebutan, instansi=agency)
    return Member(jabatan=office)


def test_the_head_of_an_agency_named_the_planning_agency_is_its_head() -> None:
    for who in (
        _person(KPD, "Kepala Bappedalitbang"),
        _person(KPD, agency="Bappeda Kabupaten Banyumas"),
        _person(KPD, "Kepala", "Bapperida Provinsi Kalimantan Timur"),
    ):
        assert planning_head(who) == (True, True), who
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "ok_agency_head")
    # The head of another agency is still not the planning head.
    f = only(
        judge(with_team(compliant(), sekretaris=_person(KPD, agency="Dinas Sosial"))),
        "TKPK53-LDR-002",
    )
    assert f.outcome is Outcome.VIOLATION


def test_a_kind_the_title_contradicts_leaves_the_secretary_open() -> None:
    for who in (
        _person(PPD, "Plt. Kepala Bappeda"),  # an official, yet the head's title
        _person(KPD, "Sekretaris Bappeda"),  # a head, yet the secretary's title
        _person(OTHER, "Kepala Bappeda"),  # "another office", yet the head's title
    ):
        assert planning_head(who) == (None, False), who
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "office_unclear"), who
        assert f.missing == ("tim.sekretaris.jabatan.jenis",)
        assert "tidak sejalan" in f.message("id") and "do not agree" in f.message("en")
    # Where kind and title agree that it is not the head, the violation stands.
    for who in (_person(PPD, "Kepala Bidang Ekonomi", "Bappeda"), _person(PPD, "Analis")):
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert f.outcome is Outcome.VIOLATION, who


def test_a_title_and_an_agency_naming_two_agencies_or_none_known_are_open() -> None:
    # A review of the day's changes: these became compliances (or stayed violations).
    for who in (
        _person(KPD, "Kepala Dinas Sosial", "Bappeda"),
        _person(KPD, "Plt. Kepala Bappeda", "Dinas Sosial"),
        _person(KPD, "Kepala BP4D"),  # an agency name the library does not know
        _person(KPD),
    ):
        assert planning_head(who) == (None, False), who
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert f.outcome is Outcome.UNDETERMINED, who
    # The head of an agency named as another one is surely not the planning head.
    assert planning_head(_person(KPD, agency="Dinas Sosial")) == (False, False)


def test_the_vice_secretary_is_read_the_same_way() -> None:
    assert empowerment_head(_person(KPD, agency="Dinas Pemberdayaan Masyarakat dan Desa")) == (
        True,
        True,
    )
    assert empowerment_head(_person(PPD, "Plt. Kepala Dinpermades")) == (None, False)
    assert empowerment_head(_person(OfficeKind.SEKRETARIS_DAERAH, agency="Bapermas")) == (
        False,
        False,
    )


def test_another_office_with_a_deputy_heads_title_leaves_the_chair_open() -> None:
    d = compliant()
    f = only(judge(with_team(d, ketua=_person(OTHER, "Wakil Bupati Banyumas"))), "TKPK53-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "office_unclear")
    assert f.missing == ("tim.ketua.jabatan.jenis",)
    # Another office with another title: the chair is surely not the deputy head.
    f = only(judge(with_team(d, ketua=_person(OTHER, "Ketua DPRD"))), "TKPK53-LDR-001")
    assert f.outcome is Outcome.VIOLATION
    f = only(judge(with_team(d, ketua=official(OfficeKind.SEKRETARIS_DAERAH))), "TKPK53-LDR-001")
    assert f.outcome is Outcome.VIOLATION


@given(
    st.sampled_from([KPD, PPD, OTHER]),
    st.sampled_from(["Kepala Bappeda", "Plt. Kepala Bappeda", "Sekretaris Bappeda", "Kabid", ""]),
)
def test_a_violation_of_the_secretary_always_agrees_with_kind_and_title(
    kind: OfficeKind, title: str
) -> None:
    who = _person(kind, title or None, "Bappeda Kota Bogor")
    f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
    says_head = title.startswith(("Kepala", "Plt. Kepala"))
    if f.outcome is Outcome.VIOLATION:
        # Only when neither the kind nor the title says "head".
        assert kind is not KPD and not says_head


# ------------------------------------------------------------ a vacancy list in part


def test_a_chair_not_the_deputy_with_the_vacancies_recorded_in_part_is_open() -> None:
    import attrs

    from tkpk_rules.model import Coverage

    d = with_team(compliant(), ketua=official(OfficeKind.SEKRETARIS_DAERAH))
    assert d.kekosongan_jabatan == ()
    assert only(judge(d), "TKPK53-LDR-001").outcome is Outcome.VIOLATION
    partial = attrs.evolve(d, cakupan=Coverage(sebagian=("kekosongan_jabatan",)))
    f = only(judge(partial), "TKPK53-LDR-001")
    assert f.outcome is Outcome.UNDETERMINED and "kekosongan_jabatan" in f.missing
    assert f.facts_dict()["pelanggaran_tidak_didukung"] == "partial_list"
    # Another list in part changes nothing here.
    other = attrs.evolve(d, cakupan=Coverage(sebagian=("rapat_koordinasi",)))
    assert only(judge(other), "TKPK53-LDR-001").outcome is Outcome.VIOLATION


# --------------------------------------------------------- working groups not recorded


def test_an_element_missing_is_open_while_the_working_groups_are_not_recorded() -> None:
    import attrs

    from tkpk_rules.model import NOT_RECORDED, Coverage, Element, WorkingGroup
    from tkpk_rules.testing.records import compliant as base

    d = base()
    team = d.tim
    assert not isinstance(team, type(NOT_RECORDED)) and team is not None
    assert isinstance(team.anggota, tuple)
    members = tuple(m for m in team.anggota if m.unsur is not Element.DUNIA_USAHA)
    d = with_team(d, anggota=members)
    # No working groups, recorded so: the business element is surely missing.
    assert only(judge(d), "TKPK53-MEM-001").outcome is Outcome.VIOLATION
    for groups, missing in (
        (NOT_RECORDED, ("tim.kelompok_kerja",)),
        (
            (WorkingGroup(nama="Pokja Data"),),
            ("tim.kelompok_kerja[0].koordinator", "tim.kelompok_kerja[0].anggota"),
        ),
    ):
        f = only(judge(with_team(d, kelompok_kerja=groups)), "TKPK53-MEM-001")
        assert (f.outcome, f.variant, f.missing) == (
            Outcome.UNDETERMINED,
            "groups_not_recorded",
            missing,
        )
    # Recorded in part: a business member may sit in a group not listed.
    partial = attrs.evolve(d, cakupan=Coverage(sebagian=("tim.kelompok_kerja",)))
    f = only(judge(partial), "TKPK53-MEM-001")
    assert f.outcome is Outcome.UNDETERMINED and "tim.kelompok_kerja" in f.missing
    # A group whose members are recorded and hold no business member: still a violation.
    known = (WorkingGroup(nama="Pokja Data", koordinator=None, anggota=()),)
    with_group = with_team(d, kelompok_kerja=known)
    assert only(judge(with_group), "TKPK53-MEM-001").outcome is Outcome.VIOLATION
    # Unless that group's member list is marked partial.
    part = attrs.evolve(with_group, cakupan=Coverage(sebagian=("tim.kelompok_kerja[0].anggota",)))
    f = only(judge(part), "TKPK53-MEM-001")
    assert f.outcome is Outcome.UNDETERMINED
    assert "tim.kelompok_kerja[0].anggota" in f.missing


# ------------------------------------------------------------------ planning documents


def _docs(d: object, *changes: tuple[int, dict[str, object]]) -> object:
    import attrs

    docs = list(d.dokumen)  # type: ignore[attr-defined]
    for i, change in changes:
        docs[i] = attrs.evolve(docs[i], **change)
    return attrs.evolve(d, dokumen=tuple(docs))


def _index(d: object, kind: object, start: int) -> int:
    return next(
        i
        for i, x in enumerate(d.dokumen)  # type: ignore[attr-defined]
        if x.jenis is kind and getattr(x.periode, "mulai", None) == start
    )


def test_an_agenda_without_rpkd_work_is_open_when_an_rpkd_may_be_in_force() -> None:
    import attrs

    from tkpk_rules.model import NOT_RECORDED, Coverage, DocumentKind

    d = compliant()
    assert isinstance(d.agenda_kerja, tuple) and isinstance(d.dokumen, tuple)
    agendas = tuple(
        attrs.evolve(a, kegiatan=a.kegiatan[1:]) if a.tahun == 2024 else a for a in d.agenda_kerja
    )
    rpkds = [i for i, x in enumerate(d.dokumen) if x.jenis is DocumentKind.RPKD]
    none = attrs.evolve(
        d, agenda_kerja=agendas, dokumen=tuple(x for i, x in enumerate(d.dokumen) if i not in rpkds)
    )
    # No RPKD at all, the list complete: the agenda surely lacks RPKD work.
    assert only(judge(none), "TKPK53-AGD-002", 2024).outcome is Outcome.VIOLATION
    # An RPKD whose period is not recorded may be the one in force.
    i = _index(d, DocumentKind.RPKD, 2021)
    vague = _docs(attrs.evolve(d, agenda_kerja=agendas), (i, {"periode": NOT_RECORDED}))
    f = only(judge(vague), "TKPK53-AGD-002", 2024)  # type: ignore[arg-type]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "rpkd_may_be_in_force")
    assert f.missing == (f"dokumen[{i}].periode",)
    # A document list recorded in part may leave out the RPKD in force.
    partial = attrs.evolve(none, cakupan=Coverage(sebagian=("dokumen",)))
    f = only(judge(partial), "TKPK53-AGD-002", 2024)
    assert f.outcome is Outcome.UNDETERMINED and "dokumen" in f.missing


def test_an_rpjmd_of_another_cycle_is_not_the_rpkds_rpjmd() -> None:
    from tkpk_rules.model import DocumentKind, YearRange

    d = compliant(on=D(2025, 11, 1))
    assert isinstance(d.dokumen, tuple)
    j = _index(d, DocumentKind.RPJMD, 2021)
    # The RPJMD of the RPKD 2021-2025 not recorded; the one before (2016-2021) is.
    d = _docs(d, (j, {"periode": YearRange(mulai=2016, selesai=2021)}))
    i = _index(d, DocumentKind.RPKD, 2021)
    (f,) = [
        f
        for f in judge(d).by_code("TKPK53-DOC-008")
        if f.path == f"dokumen[{i}]"  # type: ignore[arg-type]
    ]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "other_cycle")
    # Ending together (2020-2025, 2021-2025), it is the RPKD's RPJMD, and the periods differ.
    d2 = _docs(d, (j, {"periode": YearRange(mulai=2020, selesai=2025)}))
    (f,) = [
        f
        for f in judge(d2).by_code("TKPK53-DOC-008")
        if f.path == f"dokumen[{i}]"  # type: ignore[arg-type]
    ]
    assert (f.outcome, f.variant) == (Outcome.VIOLATION, "differs")
    # An RPKD 2025-2029 drafted before its RPJMD, beside the RPJMD 2021-2026 (two years in
    # common, another cycle): open, not "differs".
    d3 = _docs(
        d,
        (j, {"periode": YearRange(mulai=2021, selesai=2026)}),
        (i, {"periode": YearRange(mulai=2025, selesai=2029)}),
    )
    (f,) = [
        f
        for f in judge(d3).by_code("TKPK53-DOC-008")
        if f.path == f"dokumen[{i}]"  # type: ignore[arg-type]
    ]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "other_cycle")


def test_an_rpkd_adopted_before_53_2020_is_not_judged_by_its_rpkd_provisions() -> None:
    from tkpk_rules.model import DocumentKind, YearRange

    d = compliant(on=D(2022, 6, 30))
    i = _index(d, DocumentKind.RPKD, 2021)
    old = _docs(
        d, (i, {"periode": YearRange(mulai=2018, selesai=2020), "ditetapkan": D(2018, 3, 1)})
    )
    for code in ("TKPK53-DOC-002", "TKPK53-DOC-007", "TKPK53-DOC-008"):
        (f,) = [f for f in judge(old, on=D(2022, 6, 30)).by_code(code) if f.path == f"dokumen[{i}]"]  # type: ignore[arg-type]
        assert (f.outcome, f.variant) == (Outcome.NOT_APPLICABLE, "adopted_before_53"), code
    # Adopted once 53/2020 governed, a three-year RPKD is a violation.
    new = _docs(d, (i, {"periode": YearRange(mulai=2021, selesai=2023)}))
    (f,) = [
        f
        for f in judge(new, on=D(2022, 6, 30)).by_code("TKPK53-DOC-002")
        if f.path == f"dokumen[{i}]"
    ]  # type: ignore[arg-type]
    assert f.outcome is Outcome.VIOLATION


def test_a_draft_rat_targeting_without_nik_is_advice() -> None:
    from tkpk_rules.model import DataBasis, DocumentKind, DocumentStatus

    d = compliant()
    i = next(
        k
        for k, x in enumerate(d.dokumen)  # type: ignore[arg-type]
        if x.jenis is DocumentKind.RAT and x.tahun == 2024
    )
    basis = (DataBasis.NAMA, DataBasis.ALAMAT)
    adopted = _docs(d, (i, {"basis_data": basis}))
    assert only(judge(adopted), "TKPK53-DOC-009", 2024).outcome is Outcome.VIOLATION  # type: ignore[arg-type]
    draft = _docs(d, (i, {"basis_data": basis, "status": DocumentStatus.DRAF, "ditetapkan": None}))
    f = only(judge(draft), "TKPK53-DOC-009", 2024)  # type: ignore[arg-type]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "draft_incomplete") and f.advisory


def test_an_adoption_dated_only_by_its_instrument_counts() -> None:
    from tkpk_rules.model import NOT_RECORDED, DocumentKind, Instrument

    on = D(2025, 11, 5)
    d = compliant(on=on)
    i = _index(d, DocumentKind.RPKD, 2026)  # adopted 2025-11-10, after the date judged
    j = _index(d, DocumentKind.RPJMD, 2026)
    # The RPJMD adopted before the date, the RPKD dated only by the instrument adopting it.
    later = _docs(
        d,
        (j, {"ditetapkan": D(2025, 11, 1)}),
        (i, {"ditetapkan": NOT_RECORDED, "penetapan": Instrument(tanggal=D(2025, 11, 10))}),
    )
    (f,) = [
        f
        for f in judge(later, on=on).by_code("TKPK53-DOC-001")  # type: ignore[arg-type]
        if f.path == f"dokumen[{j}]"
    ]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "rpkd_adopted_later")
    assert later.dokumen[i].adopted_on == D(2025, 11, 10)  # type: ignore[attr-defined]


def test_an_agenda_recorded_as_not_adopted_is_said() -> None:
    import attrs

    d = compliant()
    assert isinstance(d.agenda_kerja, tuple)
    agendas = tuple(
        attrs.evolve(a, ditetapkan=None) if a.tahun == 2024 else a for a in d.agenda_kerja
    )
    f = only(judge(attrs.evolve(d, agenda_kerja=agendas)), "TKPK53-AGD-001", 2024)
    assert (f.outcome, f.variant, f.advisory) == (Outcome.COMPLIANT, "ok_draft", True)
    assert only(judge(d), "TKPK53-AGD-001", 2024).variant == "ok"


def test_a_chair_not_the_deputy_under_a_penjabat_head_is_open() -> None:
    from tkpk_rules.judge import HEAD
    from tkpk_rules.model import ActingStatus, Level

    d = with_team(compliant(), ketua=official(OfficeKind.SEKRETARIS_DAERAH))
    assert only(judge(d), "TKPK53-LDR-001").outcome is Outcome.VIOLATION
    pj = official(HEAD[Level.KABUPATEN], status=ActingStatus.PJ)
    f = only(judge(with_team(d, penanggung_jawab=pj)), "TKPK53-LDR-001")
    assert (f.outcome, f.variant, f.missing) == (
        Outcome.UNDETERMINED,
        "head_pj",
        ("kekosongan_jabatan",),
    )
    # A Plt. (the deputy standing in for the head) says nothing of the deputy's post.
    plt = official(HEAD[Level.KABUPATEN], status=ActingStatus.PLT)
    assert only(judge(with_team(d, penanggung_jawab=plt)), "TKPK53-LDR-001").outcome is (
        Outcome.VIOLATION
    )


def test_an_rpkd_adopted_in_the_handover_window_is_open_unless_the_handover_is_given() -> None:
    from tkpk_rules.model import DocumentKind, ImpreciseDate, YearRange

    on = D(2022, 6, 30)
    d = compliant(on=on)
    i = _index(d, DocumentKind.RPKD, 2021)
    short = {"periode": YearRange(mulai=2021, selesai=2023)}  # three years: DOC-002's breach

    def doc002(adopted: object, **kw: object) -> tuple[Outcome, str, tuple[str, ...]]:
        changed = _docs(d, (i, {**short, "ditetapkan": adopted}))
        (f,) = [
            f
            for f in judge(changed, on=on, **kw).by_code("TKPK53-DOC-002")  # type: ignore[arg-type]
            if f.path == f"dokumen[{i}]"
        ]
        return f.outcome, f.variant, f.missing

    assert doc002(D(2019, 12, 1))[:2] == (Outcome.NOT_APPLICABLE, "adopted_before_53")
    assert doc002(D(2020, 8, 1)) == (Outcome.UNDETERMINED, "adopted_regime_open", ())
    # With the handover given, the day is on one side of it.
    assert doc002(D(2020, 8, 1), handover=D(2020, 3, 1))[:2] == (Outcome.VIOLATION, "wrong_length")
    assert doc002(D(2020, 8, 1), handover=D(2020, 9, 1))[:2] == (
        Outcome.NOT_APPLICABLE,
        "adopted_before_53",
    )
    # A year or month that spans the handover: open, naming the date.
    assert doc002(ImpreciseDate(2020)) == (
        Outcome.UNDETERMINED,
        "adopted_regime_open",
        (f"dokumen[{i}].ditetapkan",),
    )
    assert doc002(D(2020, 10, 6))[:2] == (Outcome.VIOLATION, "wrong_length")


def test_a_deputy_heads_title_beside_any_generic_kind_leaves_the_chair_open() -> None:
    from tkpk_rules.judge import HEAD
    from tkpk_rules.model import Level

    d = compliant()
    for who in (
        _person(KPD, "Wakil Bupati Banyumas"),
        _person(PPD, "Wakil Bupati Banyumas"),
        _person(OTHER, "Wabup Banyumas"),
    ):
        f = only(judge(with_team(d, ketua=who)), "TKPK53-LDR-001")
        assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "office_unclear"), who
    # A Penjabat known by the title alone.
    sekda = with_team(d, ketua=official(OfficeKind.SEKRETARIS_DAERAH))
    pj = official(HEAD[Level.KABUPATEN], sebutan="Pj. Bupati Banyumas")
    f = only(judge(with_team(sekda, penanggung_jawab=pj)), "TKPK53-LDR-001")
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "head_pj")


def test_what_would_settle_an_rpkd_drafted_apart_names_the_rpjmd_when_missing() -> None:
    from tkpk_rules.model import DocumentKind

    d = compliant()
    i = _index(d, DocumentKind.RPKD, 2021)
    j = _index(d, DocumentKind.RPJMD, 2021)
    apart = _docs(d, (i, {"disusun_bersama_rpjmd": False}))
    docs = tuple(x for k, x in enumerate(apart.dokumen) if k != j)  # type: ignore[attr-defined]
    import attrs

    alone = attrs.evolve(apart, dokumen=docs)
    k = _index(alone, DocumentKind.RPKD, 2021)
    (f,) = [f for f in judge(alone).by_code("TKPK53-DOC-003") if f.path == f"dokumen[{k}]"]
    assert f.variant == "not_together"
    assert f.missing == (f"dokumen[{k}].tanggal_draf", "dokumen (RPJMD periode 2021-2025)")


def test_a_rat_whose_adoption_is_not_recorded_names_it() -> None:
    from tkpk_rules.model import NOT_RECORDED, DataBasis, DocumentKind

    d = compliant()
    i = next(
        k
        for k, x in enumerate(d.dokumen)  # type: ignore[arg-type]
        if x.jenis is DocumentKind.RAT and x.tahun == 2024
    )
    vague = _docs(
        d,
        (
            i,
            {
                "basis_data": (DataBasis.NAMA, DataBasis.ALAMAT),
                "status": NOT_RECORDED,
                "ditetapkan": NOT_RECORDED,
            },
        ),
    )
    f = only(judge(vague), "TKPK53-DOC-009", 2024)  # type: ignore[arg-type]
    assert f.variant == "draft_incomplete"
    assert f.missing == (f"dokumen[{i}].status", f"dokumen[{i}].ditetapkan")


def test_obligations_read_an_adoption_dated_by_its_instrument() -> None:
    from tkpk_rules.model import NOT_RECORDED, DocumentKind, Instrument
    from tkpk_rules.planning import ObligationStatus, obligations

    on = D(2025, 11, 1)
    d = compliant(on=on)
    i = next(
        k
        for k, x in enumerate(d.dokumen)  # type: ignore[arg-type]
        if x.jenis is DocumentKind.RAT and x.tahun == 2026
    )
    done = {o.code: o.status for o in obligations(d, on=on)}["rat.next"]
    by_instrument = _docs(
        d,
        (
            i,
            {
                "ditetapkan": NOT_RECORDED,
                "status": NOT_RECORDED,
                "penetapan": Instrument(tanggal=D(2025, 10, 1)),
            },
        ),
    )
    found = {o.code: o.status for o in obligations(by_instrument, on=on)}  # type: ignore[arg-type]
    assert found["rat.next"] is done is ObligationStatus.DONE


def test_an_rpkd_with_no_period_shows_neither_that_an_rpjmd_has_one_nor_not() -> None:
    import attrs

    from tkpk_rules.model import NOT_RECORDED, DocumentKind

    on = D(2026, 6, 1)
    d = compliant(on=on)
    i = _index(d, DocumentKind.RPKD, 2021)
    k = _index(d, DocumentKind.RPKD, 2026)
    j = _index(d, DocumentKind.RPJMD, 2026)
    no_period = _docs(d, (i, {"periode": NOT_RECORDED}))
    docs = tuple(x for n, x in enumerate(no_period.dokumen) if n != k)  # type: ignore[attr-defined]
    d2 = attrs.evolve(no_period, dokumen=docs)
    j2 = j if j < k else j - 1
    (f,) = [f for f in judge(d2, on=on).by_code("TKPK53-DOC-001") if f.path == f"dokumen[{j2}]"]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "rpkd_period_unknown")
    assert f.missing == (f"dokumen[{i}].periode",)


def test_an_undated_rpkd_of_an_early_period_gives_no_violation_of_53_2020() -> None:
    from tkpk_rules.model import NOT_RECORDED, DocumentKind, YearRange

    on = D(2024, 6, 1)
    d = compliant(on=on)
    i = _index(d, DocumentKind.RPKD, 2021)
    old = _docs(
        d,
        (i, {"periode": YearRange(mulai=2018, selesai=2020), "ditetapkan": NOT_RECORDED}),
    )
    (f,) = [f for f in judge(old, on=on).by_code("TKPK53-DOC-002") if f.path == f"dokumen[{i}]"]  # type: ignore[arg-type]
    assert (f.outcome, f.variant) == (Outcome.UNDETERMINED, "adopted_regime_open")
    assert f.missing == (f"dokumen[{i}].ditetapkan",)
    assert "Words(" not in f.message("en") and "Words(" not in f.message("id")


def test_agency_names_short_or_long_are_read_both_ways() -> None:
    # Contradictions, and an acting head of an agency not known: open.
    for who in (
        _person(KPD, "Kepala Bappeda", "BPKAD"),
        _person(PPD, "Plt. Kepala BP4D"),
    ):
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert f.outcome is Outcome.UNDETERMINED, who
    # Clear violations stay: a part of Bappeda, or the head of another agency.
    for who in (
        Member(jabatan=Office(sebutan="Kepala Bagian Umum", instansi="Bappeda Kab. Banyumas")),
        _person(PPD, "Kepala Sub Bagian Program", "Bappeda"),
        _person(KPD, agency="BPKAD"),
        _person(KPD, agency="Bapenda"),
        _person(KPD, agency="Dinsos"),
    ):
        f = only(judge(with_team(compliant(), sekretaris=who)), "TKPK53-LDR-002")
        assert f.outcome is Outcome.VIOLATION, who
    assert empowerment_head(_person(KPD, agency="Dinas PMD Kabupaten Banyumas")) == (True, True)
    assert empowerment_head(Member(jabatan=Office(sebutan="Kepala BPMD", instansi="Bappeda"))) == (
        None,
        False,
    )


def test_a_pjs_is_no_penjabat_and_pj_without_a_space_is() -> None:
    from tkpk_rules.judge import HEAD
    from tkpk_rules.model import Level

    sekda = with_team(compliant(), ketua=official(OfficeKind.SEKRETARIS_DAERAH))
    for title, variant in (
        ("Pj.Bupati Banyumas", "head_pj"),
        ("Penjabat Sementara Bupati Banyumas", "not_deputy"),
        ("Pjs. Bupati Banyumas", "not_deputy"),
    ):
        head = official(HEAD[Level.KABUPATEN], sebutan=title)
        f = only(judge(with_team(sekda, penanggung_jawab=head)), "TKPK53-LDR-001")
        assert f.variant == variant, title


def test_an_rpkd_existing_before_its_rpjmd_was_adopted_later_came_first() -> None:
    from tkpk_rules.model import DocumentKind

    on = D(2025, 11, 12)  # the RPKD 2026-2030 adopted on 10 November, its RPJMD on 15
    d = compliant(on=on)
    i = _index(d, DocumentKind.RPKD, 2026)
    apart = _docs(d, (i, {"disusun_bersama_rpjmd": False}))
    (f,) = [f for f in judge(apart, on=on).by_code("TKPK53-DOC-003") if f.path == f"dokumen[{i}]"]  # type: ignore[arg-type]
    assert (f.outcome, f.variant) == (Outcome.COMPLIANT, "before_rpjmd")
