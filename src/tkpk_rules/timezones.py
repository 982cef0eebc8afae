"""Each region's own time zone, and so its own "today".

Indonesia has three time zones, fixed by Keputusan Presiden 41/1987 (no
daylight saving time): WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9).  A
kabupaten or kota keeps its province's zone, so the first two digits of a
Kemendagri code are enough.  When a command judges a dossier "today", it is
the region's date that counts: at 23:30 WIB on 31 December it is already
1 January in Jayapura, and a deadline there has passed.

>>> import datetime as dt
>>> zone_of("91.71").name, zone_of("33.02").name, zone_of("64").name
('WIT', 'WIB', 'WITA')
>>> late = dt.datetime(2026, 12, 31, 16, 30, tzinfo=dt.timezone.utc)  # 23:30 WIB
>>> today_in("33.02", now=late), today_in("91.71", now=late)
(datetime.date(2026, 12, 31), datetime.date(2027, 1, 1))
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["PROVINCE_ZONES", "WIB", "WIT", "WITA", "Zone", "today_in", "zone_of"]


@attrs.frozen
class Zone:
    """One of Indonesia's time zones: its name and its offset from UTC."""

    name: str
    hours: int

    @property
    def tzinfo(self) -> dt.timezone:
        return dt.timezone(dt.timedelta(hours=self.hours), self.name)

    def label(self) -> str:
        """``WIB, UTC+7``."""
        return f"{self.name}, UTC+{self.hours}"


WIB = Zone("WIB", 7)
WITA = Zone("WITA", 8)
WIT = Zone("WIT", 9)

#: Province code (first two digits) -> its zone.  Kalimantan Barat and Tengah are
#: WIB, the other Kalimantan provinces WITA; Maluku and every Papua province WIT.
PROVINCE_ZONES: dict[str, Zone] = {
    **dict.fromkeys(("11", "12", "13", "14", "15", "16", "17", "18", "19", "21"), WIB),
    **dict.fromkeys(("31", "32", "33", "34", "35", "36"), WIB),
    **dict.fromkeys(("51", "52", "53"), WITA),
    "61": WIB,
    "62": WIB,
    **dict.fromkeys(("63", "64", "65"), WITA),
    **dict.fromkeys(("71", "72", "73", "74", "75", "76"), WITA),
    **dict.fromkeys(("81", "82"), WIT),
    **dict.fromkeys(("91", "92", "93", "94", "95", "96"), WIT),
}


def zone_of(code: str) -> Zone:
    """The zone of the region with Kemendagri ``code``; WIB when the province is unknown.

    WIB is the zone of the capital and of most people: a code that names no
    province here is refused by the loader anyway.
    """
    return PROVINCE_ZONES.get(str(code).strip()[:2], WIB)


def today_in(code: str, *, now: dt.datetime | None = None) -> dt.date:
    """The date it is now (or at ``now``, an aware datetime) in the region ``code``."""
    moment = dt.datetime.now(dt.timezone.utc) if now is None else now
    return moment.astimezone(zone_of(code).tzinfo).date()
