"""Numbers the rules use, as dated data: each value belongs to a regime and a provision.

>>> value("minimum_rapat_koordinasi", "permendagri-53-2020")
3
>>> value("masa_rpkd_tahun", "permendagri-53-2020")
5
>>> value("masa_spkd_tahun", "permendagri-42-2010")
5
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["PARAMETERS", "Parameter", "value"]


@attrs.frozen(kw_only=True)
class Parameter:
    """A number the law sets under one regime, with the provision that sets it."""

    name: str
    regime: str
    value: int
    provision: str


_ALL = (
    Parameter(
        name="minimum_rapat_koordinasi",
        regime="permendagri-53-2020",
        value=3,
        provision="53.meetings",
    ),
    Parameter(name="masa_rpkd_tahun", regime="permendagri-53-2020", value=5, provision="53.rpkd"),
    Parameter(name="masa_spkd_tahun", regime="permendagri-42-2010", value=5, provision="42.spkd"),
)

#: Every parameter, keyed by ``(name, regime)``.
PARAMETERS: Mapping[tuple[str, str], Parameter] = {(p.name, p.regime): p for p in _ALL}


def value(name: str, regime: str) -> int:
    """The value of parameter ``name`` under ``regime``.

    :raises KeyError: the parameter is not set under that regime.
    """
    return PARAMETERS[(name, regime)].value
