"""Readable names for the model's enum values, in Indonesian and English."""

from __future__ import annotations

from collections.abc import Mapping

LABELS: Mapping[str, tuple[str, str]] = {
    # offices
    "gubernur": ("Gubernur", "governor"),
    "wakil_gubernur": ("Wakil Gubernur", "vice-governor"),
    "bupati": ("Bupati", "bupati (regent)"),
    "wakil_bupati": ("Wakil Bupati", "wakil bupati (vice-regent)"),
    "wali_kota": ("Wali Kota", "wali kota (mayor)"),
    "wakil_wali_kota": ("Wakil Wali Kota", "wakil wali kota (vice-mayor)"),
    "sekretaris_daerah": ("Sekretaris Daerah", "regional secretary (sekda)"),
    "asisten_sekretaris_daerah": ("Asisten Sekretaris Daerah", "assistant to the sekda"),
    "kepala_perencanaan": ("Kepala badan perencanaan", "head of the planning agency"),
    "kepala_pemberdayaan_masyarakat": (
        "Kepala perangkat daerah pemberdayaan masyarakat",
        "head of the community-empowerment agency",
    ),
    "kepala_perangkat_daerah": ("Kepala perangkat daerah", "head of a regional agency"),
    "pejabat_perangkat_daerah": ("Pejabat perangkat daerah", "official of a regional agency"),
    "pimpinan_instansi_vertikal": ("Pimpinan instansi vertikal", "head of a vertical agency"),
    "lainnya": ("lainnya", "other"),
    # elements
    "pemerintah_daerah": ("pemerintah daerah", "regional government"),
    "masyarakat": ("masyarakat", "community"),
    "dunia_usaha": ("dunia usaha", "business"),
    "pemangku_kepentingan_lainnya": ("pemangku kepentingan lainnya", "other stakeholders"),
    # topics
    "rpkd": ("RPKD", "RPKD"),
    "rat": ("RAT", "RAT"),
    "laporan_pelaksanaan": ("laporan pelaksanaan", "implementation report"),
    # instruments
    "keputusan": ("keputusan", "decree (keputusan)"),
    "peraturan": ("peraturan", "regulation (peraturan)"),
    # levels
    "provinsi": ("provinsi", "province"),
    "kabupaten": ("kabupaten", "kabupaten (regency)"),
    "kota": ("kota", "kota (city)"),
    "kota_administrasi": ("kota administrasi", "administrative city"),
    "kabupaten_administrasi": ("kabupaten administrasi", "administrative regency"),
    # acting
    "PLT": ("Plt.", "Plt. (acting)"),
    "PJ": ("Pj.", "Pj. (acting appointee)"),
    "PLH": ("Plh.", "Plh. (stand-in)"),
}
