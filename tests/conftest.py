"""Shared test settings: the Hypothesis profiles.

``dev`` (the default on a workstation) is quick; ``ci`` runs at least 500
examples per property.  ``TKPK_HYPOTHESIS_PROFILE`` chooses; when it is not
set, ``CI=true`` (as on the CI machine) chooses ``ci``.  Tests that the issues
ask to run more often scale with :func:`_profiles.ci_examples`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

import _profiles

settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(_profiles.PROFILE)
