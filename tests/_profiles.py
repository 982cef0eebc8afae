"""How many examples a heavier property runs under the current Hypothesis profile."""

from __future__ import annotations

import os

PROFILE = os.environ.get(
    "TKPK_HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI", "").lower() == "true" else "dev"
)


def ci_examples(ci: int, dev: int = 50) -> int:
    """``ci`` examples under the CI profile, ``dev`` otherwise."""
    return ci if PROFILE == "ci" else dev
