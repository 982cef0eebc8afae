"""Bundled example dossiers, clearly illustrative, installed with the package.

>>> from tkpk_rules.examples import EXAMPLES, DEFAULT_EXAMPLE
>>> DEFAULT_EXAMPLE in EXAMPLES
True
"""

from __future__ import annotations

from importlib import resources

from tkpk_rules.errors import TkpkError
from tkpk_rules.model import Dossier

__all__ = ["DEFAULT_EXAMPLE", "EXAMPLES", "UnknownExampleError", "example_text", "load_example"]

#: The names of the bundled examples.
EXAMPLES: tuple[str, ...] = ("kabupaten-banyumas", "provinsi-kalimantan-timur")
#: The example ``--example`` uses when no name is given.
DEFAULT_EXAMPLE = "kabupaten-banyumas"


class UnknownExampleError(TkpkError, LookupError):
    """No bundled example has that name."""


def example_text(name: str = DEFAULT_EXAMPLE) -> str:
    """The YAML text of a bundled example."""
    if name not in EXAMPLES:
        raise UnknownExampleError(
            f"Contoh tidak dikenal / unknown example {name!r}; pilihan / choose from: "
            + ", ".join(EXAMPLES)
        )
    return resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")


def load_example(name: str = DEFAULT_EXAMPLE) -> Dossier:
    """Load a bundled example as a :class:`~tkpk_rules.model.Dossier` (needs the ``yaml`` extra)."""
    from tkpk_rules.io import loads

    return loads(example_text(name), source=f"contoh/example:{name}")
