"""The bundled Kemendagri region table and its lookups (``tkpk_rules.regions``)."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import os
import subprocess
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkpk_rules import regions
from tkpk_rules.errors import UnknownRegionError
from tkpk_rules.model.region import Level, Region

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SOURCE_2020 = SHARED_DATA / "regions-kepmendagri-2020.csv"
SOURCE_2025 = SHARED_DATA / "regions-kepmendagri-2025.csv"

needs_sources = pytest.mark.skipif(
    not (SOURCE_2020.is_file() and SOURCE_2025.is_file()),
    reason="the source lists in shared/data beside the repository are not here",
)

ALL = regions.all_regions()
DAY = dt.timedelta(days=1)
# (first day of the new codes, legal basis) of each province formed in 2022.
NEW_PROVINCES = {
    "93": (dt.date(2022, 7, 25), "UU No. 14 Tahun 2022"),
    "94": (dt.date(2022, 7, 25), "UU No. 15 Tahun 2022"),
    "95": (dt.date(2022, 7, 25), "UU No. 16 Tahun 2022"),
    "96": (dt.date(2022, 12, 8), "UU No. 29 Tahun 2022"),
}


def read_source(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {rec["code"]: rec for rec in csv.DictReader(x for x in f if not x.startswith("#"))}


def kabkota(region: Region) -> bool:
    return region.tingkat is not Level.PROVINSI


# --------------------------------------------------------------------------
# The table against its sources
# --------------------------------------------------------------------------


@needs_sources
def test_current_codes_are_the_2025_list() -> None:
    src = read_source(SOURCE_2025)
    assert {r.kode for r in ALL if r.berakhir is None} == set(src)
    for r in ALL:
        if r.kode in src:
            assert r.tingkat.value == src[r.kode]["level"]


@needs_sources
def test_original_codes_are_the_2020_list() -> None:
    src = read_source(SOURCE_2020)
    assert {r.kode for r in ALL if r.dibentuk is None} == set(src)
    for r in ALL:
        if r.kode in src:
            assert r.tingkat.value == src[r.kode]["level"]


@needs_sources
def test_names_come_from_the_2025_list() -> None:
    src = read_source(SOURCE_2025)
    differ = {r.kode for r in ALL if r.kode in src and r.nama != src[r.kode]["name"]}
    # The one name the build expands: "Kep." -> "Kepulauan" (UU No. 15 Tahun 2007).
    assert differ == {"71.09"}
    assert regions.get("71.09").nama == "Kabupaten Kepulauan Siau Tagulandang Biaro"


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_regions", REPO / "scripts" / "build_regions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@needs_sources
def test_bundled_table_is_what_the_build_script_makes() -> None:
    build = load_build_script()
    bundled = resources.files("tkpk_rules") / "data" / "regions.csv"
    with resources.as_file(bundled) as path:
        assert (
            build.main(
                ["--check", "--quiet", "--data-dir", str(SHARED_DATA), "--output", str(path)]
            )
            == 0
        )


def test_header_cites_the_sources() -> None:
    text = (resources.files("tkpk_rules") / "data" / "regions.csv").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "Kepmendagri" in header
    assert "No. 300.2.2-2430 Tahun 2025" in header
    assert "2020" in header
    assert "cahyadsn/wilayah" in header
    assert "MIT" in header
    first_data = next(line for line in text.splitlines() if not line.startswith("#"))
    assert first_data == "kode,nama,tingkat,dibentuk,berakhir,kode_baru,dasar_hukum"


# --------------------------------------------------------------------------
# Counts and dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "provinces", "kab_kota"),
    [
        (dt.date(2020, 1, 1), 34, 514),
        (dt.date(2021, 1, 1), 34, 514),
        (dt.date(2022, 7, 24), 34, 514),
        (dt.date(2022, 7, 25), 37, 514),
        (dt.date(2022, 12, 7), 37, 514),
        (dt.date(2022, 12, 8), 38, 514),
        (dt.date(2025, 1, 1), 38, 514),
    ],
)
def test_counts_on_a_date(on: dt.date, provinces: int, kab_kota: int) -> None:
    found = regions.all_regions(on=on)
    assert sum(1 for r in found if r.tingkat is Level.PROVINSI) == provinces
    assert sum(1 for r in found if kabkota(r)) == kab_kota
    assert len(regions.all_regions(on=on, tingkat=Level.PROVINSI)) == provinces


def test_levels_on_2025() -> None:
    counts = Counter(r.tingkat for r in regions.all_regions(on=dt.date(2025, 1, 1)))
    assert counts == {
        Level.PROVINSI: 38,
        Level.KABUPATEN: 415,
        Level.KOTA: 93,
        Level.KABUPATEN_ADMINISTRASI: 1,
        Level.KOTA_ADMINISTRASI: 5,
    }


def test_table_shape() -> None:
    codes = [r.kode for r in ALL]
    assert len(codes) == len(set(codes)) == 552 + 26
    assert codes == sorted(codes, key=lambda k: [int(p) for p in k.split(".")])
    ended = [r for r in ALL if r.berakhir is not None]
    assert len(ended) == 26
    assert {r.provinsi for r in ended} == {"91", "92"}
    assert all(r.kode_baru is not None and r.dasar_hukum for r in ended)
    assert all((r.kode_baru is None) == (r.berakhir is None) for r in ALL)
    formed = [r for r in ALL if r.dibentuk is not None]
    assert {r.provinsi for r in formed} == set(NEW_PROVINCES)
    assert len(formed) == 26 + 4


def test_new_provinces() -> None:
    for kode, (since, law) in NEW_PROVINCES.items():
        prov = regions.get(kode)
        assert prov.tingkat is Level.PROVINSI
        assert prov.dibentuk == since
        assert prov.berakhir is None
        assert prov.dasar_hukum is not None and prov.dasar_hukum.startswith(law)
        assert prov.nama in prov.dasar_hukum


@pytest.mark.parametrize("old", [r for r in ALL if r.berakhir is not None], ids=lambda r: r.kode)
def test_every_moved_code_on_both_sides_of_its_boundary(old: Region) -> None:
    assert old.kode_baru is not None and old.berakhir is not None
    new = regions.get(old.kode_baru)
    last, first = old.berakhir, old.berakhir + DAY
    since, law = NEW_PROVINCES[new.provinsi]
    assert first == new.dibentuk == since
    assert old.dasar_hukum == new.dasar_hukum
    assert old.dasar_hukum is not None and old.dasar_hukum.startswith(law)
    assert (old.nama, old.tingkat) == (new.nama, new.tingkat)
    # The day before: the old code only.
    assert regions.get(old.kode, on=last) == old
    assert regions.by_name(old.nama, on=last) == old
    assert regions.find(new.kode, on=last) is None
    with pytest.raises(UnknownRegionError) as err:
        regions.get(new.kode, on=last)
    assert err.value.candidates == (old.kode,)
    # The first day: the new code only.
    assert regions.get(new.kode, on=first) == new
    assert regions.by_name(old.nama, on=first) == new
    assert regions.find(old.kode, on=first) is None
    with pytest.raises(UnknownRegionError) as err:
        regions.get(old.kode, on=first)
    assert err.value.candidates == (new.kode,)
    # No date: the current code.
    assert regions.by_name(old.nama) == new


@pytest.mark.parametrize("kode", sorted(NEW_PROVINCES))
def test_new_province_on_both_sides_of_its_boundary(kode: str) -> None:
    since, _ = NEW_PROVINCES[kode]
    assert regions.get(kode, on=since).kode == kode
    with pytest.raises(UnknownRegionError) as err:
        regions.get(kode, on=since - DAY)
    parent = "91" if kode != "96" else "92"
    assert err.value.candidates == (parent,)
    assert since.isoformat() in str(err.value)
    with pytest.raises(UnknownRegionError):
        regions.by_name(regions.get(kode).nama, on=since - DAY)


def test_merauke() -> None:
    assert regions.by_name("Kabupaten Merauke", on=dt.date(2022, 7, 24)).kode == "91.01"
    assert regions.by_name("Kabupaten Merauke", on=dt.date(2022, 7, 25)).kode == "93.01"
    assert regions.get("91.01", on=dt.date(2022, 7, 24)).nama == "Kabupaten Merauke"
    assert regions.get("93.01", on=dt.date(2022, 7, 25)).nama == "Kabupaten Merauke"
    assert regions.by_name("Merauke").kode == "93.01"
    with pytest.raises(UnknownRegionError) as err:
        regions.get("93.01", on=dt.date(2022, 7, 24))
    message = str(err.value)
    assert "93.01 exists from 2022-07-25; before that Kabupaten Merauke was 91.01" in message
    assert "93.01 berlaku sejak 2022-07-25; sebelumnya Kabupaten Merauke berkode 91.01" in message
    assert "UU No. 14 Tahun 2022" in message
    with pytest.raises(UnknownRegionError) as err:
        regions.get("91.01", on=dt.date(2022, 7, 25))
    message = str(err.value)
    assert "91.01 was valid until 2022-07-24; from 2022-07-25 Kabupaten Merauke is 93.01" in message
    assert "91.01 berlaku sampai 2022-07-24" in message


# --------------------------------------------------------------------------
# get, find, province_of
# --------------------------------------------------------------------------


def test_samarinda_and_kalimantan_timur() -> None:
    samarinda = regions.get("64.72")
    assert samarinda.nama == "Kota Samarinda"
    assert samarinda.tingkat is Level.KOTA
    assert samarinda.autonomous
    assert regions.get("64").nama == "Kalimantan Timur"
    assert regions.get("64").tingkat is Level.PROVINSI
    assert regions.province_of(samarinda) == regions.get("64")
    assert regions.province_of("64.72") == regions.get("64")
    assert regions.province_of("64") == regions.get("64")


def test_dki_jakarta() -> None:
    assert regions.get("31.01").tingkat is Level.KABUPATEN_ADMINISTRASI
    assert regions.get("31.71").tingkat is Level.KOTA_ADMINISTRASI
    assert not regions.get("31.71").autonomous
    assert regions.by_name("DKI Jakarta").kode == "31"
    assert regions.by_name("Kota Adm. Jakarta Pusat").kode == "31.71"
    assert regions.by_name("Jakarta Pusat").kode == "31.71"


def test_province_of_moved_codes() -> None:
    assert regions.province_of("91.01").kode == "91"
    assert regions.province_of("93.01").kode == "93"
    with pytest.raises(UnknownRegionError):
        regions.province_of("99.01")


@pytest.mark.parametrize("kode", ["64.72", " 64.72", "64.72 ", "\t64.72\n"])
def test_get_ignores_surrounding_whitespace(kode: str) -> None:
    assert regions.get(kode).kode == "64.72"
    found = regions.find(kode)
    assert found is not None and found.kode == "64.72"


def test_unknown_code_gives_candidates() -> None:
    with pytest.raises(UnknownRegionError) as err:
        regions.get("64.79")
    assert err.value.query == "64.79"
    assert err.value.candidates
    assert "64.72" in err.value.candidates
    assert all(regions.find(c) is not None for c in err.value.candidates)
    assert "did you mean" in str(err.value)
    assert "mungkin maksud Anda" in str(err.value)


@pytest.mark.parametrize("kode", ["6472", "64-72", "64 72"])
def test_code_without_its_dot_suggests_it(kode: str) -> None:
    with pytest.raises(regions.InvalidRegionCodeError) as err:
        regions.get(kode)
    assert err.value.candidates[0] == "64.72"


@pytest.mark.parametrize(
    "kode", ["", "x", "6", "640", "64.", "64.7", "64.700", "00", "64.00", "64.70"]
)
def test_malformed_codes(kode: str) -> None:
    assert not regions.is_valid_code_shape(kode)
    assert regions.find(kode) is None
    with pytest.raises(regions.InvalidRegionCodeError):
        regions.get(kode)
    with pytest.raises(UnknownRegionError):
        regions.level_from_code(kode)
    with pytest.raises(ValueError, match="malformed code"):
        regions.level_from_code(kode)


def test_well_formed_but_unknown() -> None:
    assert regions.is_valid_code_shape("99.01")
    assert regions.level_from_code("99.01") is Level.KABUPATEN
    assert regions.find("99.01") is None
    with pytest.raises(UnknownRegionError) as err:
        regions.get("99.01")
    assert not isinstance(err.value, regions.InvalidRegionCodeError)


def test_wrong_types() -> None:
    assert regions.find(6472) is None  # type: ignore[arg-type]
    assert not regions.is_valid_code_shape(64)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        regions.get(64)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        regions.by_name(None)  # type: ignore[arg-type]


def test_all_regions_filters() -> None:
    assert regions.all_regions() == ALL
    kota = regions.all_regions(tingkat=Level.KOTA)
    assert kota and all(r.tingkat is Level.KOTA for r in kota)
    assert "92.71" in {r.kode for r in kota}
    assert "92.71" not in {
        r.kode for r in regions.all_regions(on=dt.date(2025, 1, 1), tingkat=Level.KOTA)
    }


# --------------------------------------------------------------------------
# Levels
# --------------------------------------------------------------------------


@pytest.mark.parametrize("region", ALL, ids=lambda r: r.kode)
def test_every_code_has_the_level_of_its_shape(region: Region) -> None:
    assert regions.is_valid_code_shape(region.kode)
    assert regions.level_from_code(region.kode) is region.tingkat
    assert regions.get(region.provinsi).tingkat is Level.PROVINSI


@given(st.sampled_from(ALL))
def test_level_property(region: Region) -> None:
    assert regions.level_from_code(region.kode) is region.tingkat
    assert regions.get(region.kode) == region


@given(st.integers(11, 99), st.integers(0, 99))
def test_level_from_code_shape_rules(pp: int, nn: int) -> None:
    kode = f"{pp:02d}.{nn:02d}"
    if nn == 0 or nn == 70:
        assert not regions.is_valid_code_shape(kode)
        return
    level = regions.level_from_code(kode)
    if pp == 31:
        assert level is (Level.KABUPATEN_ADMINISTRASI if nn < 70 else Level.KOTA_ADMINISTRASI)
    else:
        assert level is (Level.KABUPATEN if nn < 70 else Level.KOTA)
    assert regions.level_from_code(f"{pp:02d}") is Level.PROVINSI


@given(st.text(max_size=8) | st.from_regex(r"\s*[0-9]{1,3}([.,\- ][0-9]{1,3})?\s*", fullmatch=True))
def test_shape_check_agrees_with_level_from_code(text: str) -> None:
    try:
        regions.level_from_code(text)
    except regions.InvalidRegionCodeError:
        assert not regions.is_valid_code_shape(text)
    else:
        assert regions.is_valid_code_shape(text)


@given(st.text(max_size=12))
def test_find_never_raises_and_get_raises_only_unknown_region(text: str) -> None:
    found = regions.find(text)
    try:
        got = regions.get(text)
    except UnknownRegionError:
        assert found is None
    else:
        assert got == found


# --------------------------------------------------------------------------
# by_name
# --------------------------------------------------------------------------


@st.composite
def mangled(draw: st.DrawFn, name: str) -> str:
    """``name`` with its letters in random case and random blanks between and around words."""
    blank = st.sampled_from([" ", "  ", "   ", "\t", " \t "])
    words = [
        "".join(c.upper() if draw(st.booleans()) else c.lower() for c in w) for w in name.split()
    ]
    out = draw(st.sampled_from(["", " ", "  ", "\t"]))
    for i, word in enumerate(words):
        out += (draw(blank) if i else "") + word
    return out + draw(st.sampled_from(["", " ", "\n"]))


def date_of(region: Region) -> dt.date | None:
    """A date the region existed on, where that matters."""
    return region.berakhir or region.dibentuk


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_by_name_ignores_case_and_spacing(data: st.DataObject) -> None:
    region = data.draw(st.sampled_from(ALL))
    query = data.draw(mangled(region.nama))
    assert regions.by_name(query, on=date_of(region)) == region


@pytest.mark.parametrize("region", ALL, ids=lambda r: r.kode)
def test_by_name_finds_every_name(region: Region) -> None:
    on = date_of(region)
    for query in (
        region.nama,
        region.nama.upper(),
        region.nama.lower(),
        " " + "  ".join(region.nama.split()) + " ",
    ):
        assert regions.by_name(query, on=on) == region


@pytest.mark.parametrize(
    ("query", "kode"),
    [
        ("kota  samarinda", "64.72"),
        ("KOTA SAMARINDA", "64.72"),
        ("Samarinda", "64.72"),
        ("Kab. Merauke", "93.01"),
        ("Kab Merauke", "93.01"),
        ("kab.merauke", "93.01"),
        ("Provinsi Kalimantan Timur", "64"),
        ("Prov. Kalimantan Timur", "64"),
        ("PROVINSI  KALIMANTAN TIMUR", "64"),
        ("Kalimantan Timur", "64"),
        ("Provinsi DKI Jakarta", "31"),
        ("DI Yogyakarta", "34"),
        ("Kota Pare Pare", "73.72"),
        ("Kab. Toli Toli", "72.04"),
        ("Kabupaten Muko Muko", "17.06"),
        ("Kota Tanjung Balai", "12.74"),
        ("Kabupaten Kep. Siau Tagulandang Biaro", "71.09"),
        ("Jambi", "15"),
        ("Kota Jambi", "15.71"),
    ],
)
def test_by_name_examples(query: str, kode: str) -> None:
    assert regions.by_name(query).kode == kode


def test_by_name_ambiguous() -> None:
    with pytest.raises(UnknownRegionError) as err:
        regions.by_name("Sorong")
    assert set(err.value.candidates) == {"Kabupaten Sorong", "Kota Sorong"}
    assert "ambiguous" in str(err.value)


def test_by_name_unknown_gives_did_you_mean() -> None:
    with pytest.raises(UnknownRegionError) as err:
        regions.by_name("Kota Samrinda")
    assert err.value.candidates[0] == "Kota Samarinda"
    with pytest.raises(UnknownRegionError) as err:
        regions.by_name("Kabupaten Toba Samosir")  # the name until it became Kabupaten Toba
    assert "Kabupaten Toba" in err.value.candidates
    with pytest.raises(UnknownRegionError) as err:
        regions.by_name("Atlantis")
    assert err.value.candidates == ()


@given(st.text(max_size=20))
def test_by_name_raises_only_unknown_region(text: str) -> None:
    try:
        region = regions.by_name(text)
    except UnknownRegionError:
        return
    assert region in ALL


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def test_import_reads_nothing() -> None:
    src = Path(regions.__file__).resolve().parents[1]
    code = (
        "import tkpk_rules.regions as r\n"
        "assert r._table.cache_info().currsize == 0\n"
        "r.level_from_code('64.72'); r.is_valid_code_shape('64')\n"
        "assert r._table.cache_info().currsize == 0\n"
        "r.get('64.72')\n"
        "assert r._table.cache_info().currsize == 1\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
    }
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_table_ships_as_package_data() -> None:
    assert (resources.files("tkpk_rules") / "data" / "regions.csv").is_file()


# -- wilayah.nama against wilayah.kode ---------------------------------------------------

_ROWS = regions.all_regions()
_SHORT = {
    "Kabupaten Administrasi ": ("Kab. Adm. ", "Kabupaten ", ""),
    "Kota Administrasi ": ("Kota Adm. ", "Kota ", ""),
    "Kabupaten ": ("Kab. ", "Kab ", "KABUPATEN ", ""),
    "Kota ": ("KOTA ", "kota ", ""),
}


def _written_forms(region: Region) -> list[str]:
    """Ways a clerk writes the region's name: full, abbreviated, bare, other case and spacing."""
    name = region.nama
    forms = [name, name.upper(), name.lower(), "  ".join(name.split()), f"Pemerintah {name}"]
    if region.tingkat is Level.PROVINSI:
        forms += [f"Provinsi {name}", f"Prov. {name}", f"PROVINSI {name.upper()}"]
    for prefix, shorter in _SHORT.items():
        if name.startswith(prefix):
            forms += [short + name.removeprefix(prefix) for short in shorter]
            break
    return forms


@settings(max_examples=300)
@given(st.sampled_from(_ROWS), st.data())
def test_every_written_form_of_a_name_matches_its_own_code(
    region: Region, data: st.DataObject
) -> None:
    form = data.draw(st.sampled_from(_written_forms(region)))
    assert regions.name_matches(region, form), form
    assert regions.name_matches(region.kode, form), form
    assert region in regions.regions_named(form)


def _bare(region: Region) -> str:
    return regions._name_key(region.nama).bare


@settings(max_examples=500)
@given(st.sampled_from(_ROWS), st.sampled_from(_ROWS))
def test_another_regions_name_never_matches(a: Region, b: Region) -> None:
    if _bare(a) == _bare(b):  # Merauke before and after 2022, Kabupaten and Kota Bogor...
        return
    assert not regions.name_matches(a, b.nama)
    assert a not in regions.regions_named(b.nama)


@pytest.mark.parametrize(
    ("kode", "nama"),
    [
        ("33.02", "Kab. Banyumas"),
        ("33.02", "Kabupaten Banyumas"),
        ("33.02", "Banyumas"),
        ("33.02", "Pemkab Banyumas"),
        ("33.72", "Kota Surakarta"),
        ("33.72", "Surakarta"),
        ("33", "Prov. Jawa Tengah"),
        ("33", "Jawa Tengah"),
        ("31", "DKI Jakarta"),
        ("31.75", "Kota Adm. Jakarta Timur"),
        ("31.75", "Jakarta Timur"),
        ("31.01", "Kab. Adm. Kep. Seribu"),
        ("34", "DIY"),
        ("63.02", "Kota Baru"),
        ("73.72", "Kota Pare Pare"),
        ("94.04", "Mimika"),
    ],
)
def test_common_forms_match(kode: str, nama: str) -> None:
    assert regions.name_matches(kode, nama)


@pytest.mark.parametrize(
    ("kode", "nama"),
    [
        ("33.72", "Kota Yogyakarta"),  # another region's name
        ("33.02", "Kota Banyumas"),  # the wrong level word
        ("33", "Kabupaten Banyumas"),  # a kabupaten's name for its province
        ("33.02", "Jawa Tengah"),  # the province's name for one of its kabupaten
        ("32.01", "Kota Bogor"),  # the kota for the kabupaten of the same name
        ("33.02", ""),
        ("99.99", "Banyumas"),  # no such code: nothing matches
    ],
)
def test_wrong_names_do_not_match(kode: str, nama: str) -> None:
    assert not regions.name_matches(kode, nama)


def test_regions_named_never_guesses() -> None:
    assert regions.regions_named("Banyumass") == ()
    assert regions.regions_named("") == ()
    assert regions.regions_named(33) == ()  # type: ignore[arg-type]
    assert {r.kode for r in regions.regions_named("Bogor")} == {"32.01", "32.71"}


def test_code_pattern_accepts_exactly_the_valid_code_shapes() -> None:
    """The JSON Schema pattern and the loader agree on every two- and four-digit code."""
    import itertools
    import re

    from tkpk_rules.regions import CODE_PATTERN

    digits = [f"{i:02d}" for i in range(100)]
    codes = digits + [f"{a}.{b}" for a, b in itertools.product(digits, digits)]
    codes += ["6472", "64.7", " 64.72", "64.72 ", "", "64."]
    for code in codes:
        assert (re.fullmatch(CODE_PATTERN, code) is not None) == (
            regions.is_valid_code_shape(code) and code == code.strip()
        ), code
