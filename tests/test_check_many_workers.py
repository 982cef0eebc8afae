"""``check_many(..., workers=N)``: the same reports, in the same order, from several processes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from tkpk_rules import check_many
from tkpk_rules.errors import ArgumentTypeError, ArgumentValueError, DocumentError, TkpkError
from tkpk_rules.examples import EXAMPLES, load_example
from tkpk_rules.io import load_file
from tkpk_rules.model import Dossier
from tkpk_rules.rules import RULEBOOK
from tkpk_rules.testing.records import compliant, compliant_2018

RECORDS = Path(__file__).parent / "records"
ON = dt.date(2025, 1, 1)


def _batch() -> list[Dossier]:
    """Every kind of record the library knows: examples, compliant builds, the partial corpus."""
    batch = [load_example(name) for name in EXAMPLES]
    batch += [compliant(), compliant_2018()]
    for path in sorted(RECORDS.glob("*.yaml")):
        if path.name.endswith(".expect.yaml"):
            continue
        try:
            batch.append(load_file(path))
        except DocumentError:  # a record that is meant to be refused
            continue
    return batch


def test_processes_give_the_reports_of_one_process_in_input_order() -> None:
    batch = _batch()
    assert len(batch) >= 15
    alone = [r.to_dict() for r in check_many(batch, on=ON)]
    # chunk_size 3: several chunks per process, and more chunks than can be in flight at once
    together = [r.to_dict() for r in check_many(batch, on=ON, workers=2, chunk_size=3)]
    assert together == alone  # the stamp's input hash included, computed in the workers


def test_processes_with_a_selection_of_the_rulebook_and_redaction() -> None:
    batch = _batch()[:6]
    rules = [r for r in RULEBOOK if r.topic == "meetings"]
    kw = {"on": ON, "rules": rules, "redact": True}
    alone = [r.to_dict() for r in check_many(batch, **kw)]  # type: ignore[arg-type]
    together = [r.to_dict() for r in check_many(batch, workers=2, chunk_size=2, **kw)]  # type: ignore[arg-type]
    assert together == alone
    assert {f["kode"] for r in together for f in r["temuan"]} <= {r.code for r in rules}


def test_one_worker_is_the_plain_loop() -> None:
    batch = _batch()[:3]
    assert [r.to_dict() for r in check_many(batch, on=ON, workers=1)] == [
        r.to_dict() for r in check_many(batch, on=ON)
    ]


@pytest.mark.parametrize(
    ("kw", "error"),
    [
        ({"workers": 0}, ArgumentValueError),
        ({"workers": -2}, ArgumentValueError),
        ({"workers": "2"}, ArgumentTypeError),
        ({"workers": True}, ArgumentTypeError),
        ({"workers": 2, "chunk_size": 0}, ArgumentValueError),
        ({"workers": 2, "chunk_size": 1.5}, ArgumentTypeError),
    ],
)
def test_bad_worker_arguments_are_the_librarys_errors(kw: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        list(check_many([compliant()], on=ON, **kw))  # type: ignore[arg-type]


def test_a_rule_not_from_the_rulebook_is_refused_with_workers() -> None:
    mine = attrs.evolve(RULEBOOK[0], code="MINE-001")
    with pytest.raises(ArgumentValueError, match="RULEBOOK"):
        list(check_many([compliant()], on=ON, rules=[mine], workers=2))


def test_something_not_a_dossier_is_refused_before_any_process_sees_it() -> None:
    with pytest.raises(TkpkError, match=r"dossiers\[1\]"):
        list(check_many([compliant(), {"wilayah": "64"}], on=ON, workers=2))  # type: ignore[list-item]


def test_a_bad_date_is_refused_before_any_process_sees_it() -> None:
    with pytest.raises(ArgumentTypeError, match=r"^on: "):
        list(check_many([compliant()], on="2025-01-01", workers=2))  # type: ignore[arg-type]
