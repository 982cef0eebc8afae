"""Hypothesis strategies for tkpk-rules data.

They need the optional extra: ``pip install 'tkpk-rules[strategies]'``.

>>> from tkpk_rules.testing import dossiers  # doctest: +SKIP
"""

from __future__ import annotations

from tkpk_rules.testing.strategies import dossiers, for_type, region_codes

__all__ = ["dossiers", "for_type", "region_codes"]
