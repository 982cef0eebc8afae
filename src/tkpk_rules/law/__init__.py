"""The law as data: regulations, citations, support levels, provisions and the time line.

Nothing here is the regulation's text: every fact is in the project's own words
and carries how well it is supported (see the brief, "Sources and verification").

>>> from tkpk_rules.law import Support, identify, governing
>>> identify("Permendagri Nomor 53 Tahun 2020")
'permendagri-53-2020'
>>> Support.PRACTICE.binding
False
"""

from __future__ import annotations

from tkpk_rules.law.citation import Citation
from tkpk_rules.law.provisions import PROVISIONS, Provision
from tkpk_rules.law.regulations import REGULATIONS, Regulation, identify, short_name
from tkpk_rules.law.support import Support
from tkpk_rules.law.timeline import (
    HANDOVER_EARLIEST,
    HANDOVER_LATEST,
    REGIMES,
    HandoverError,
    RegimeAt,
    check_handover,
    governing,
    governing_through,
)

__all__ = [
    "HANDOVER_EARLIEST",
    "HANDOVER_LATEST",
    "PROVISIONS",
    "REGIMES",
    "REGULATIONS",
    "Citation",
    "HandoverError",
    "Provision",
    "RegimeAt",
    "Regulation",
    "Support",
    "check_handover",
    "governing",
    "governing_through",
    "identify",
    "short_name",
]
