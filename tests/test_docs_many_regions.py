"""The Python of ``docs/many-regions.md`` runs as written, an unreadable file among the others.

The page's blocks are joined into one script and run in a folder ``daerah/`` holding the
bundled example and a file that cannot be read: the serial loop and the process pool
must both check the readable one and keep the other's problems (an error raised in a
worker must come back whole: the library's errors pickle).
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tkpk_rules.errors import DocumentError, DocumentWarning, Problem, UnknownRegionError
from tkpk_rules.examples import example_text
from tkpk_rules.law import HandoverError
from tkpk_rules.planning import MissingExtraError, PlanningError
from tkpk_rules.regions import InvalidRegionCodeError

PAGE = Path(__file__).resolve().parent.parent / "docs" / "many-regions.md"
_PROBLEM = Problem(path="tim", code="missing", message_id="wajib", message_en="required", line=3)


@pytest.mark.parametrize(
    "error",
    [
        DocumentError([_PROBLEM], source="a.yaml"),
        UnknownRegionError("33.92", candidates=("33.02",), detail="kode"),
        InvalidRegionCodeError("3x.1"),
        PlanningError("tahun tidak sah", "invalid year", argument="year"),
        MissingExtraError("icalendar", "calendar"),
        HandoverError("di luar rentang / outside the window"),
        DocumentWarning("kutip melengkung / curly quotes", _PROBLEM),
    ],
    ids=lambda e: type(e).__name__,
)
def test_the_librarys_errors_pickle_whole(error: BaseException) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert (str(back), back.args, back.__dict__) == (str(error), error.args, error.__dict__)


def test_the_pages_python_runs_with_an_unreadable_file(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) >= 3, "the page's Python blocks moved"
    script = "\n".join(blocks) + (
        "\nif __name__ == '__main__':\n"
        "    print('REPORTS', sorted(reports), 'UNREADABLE', sorted(unreadable))\n"
        "    print('PROBLEMS', [p.code for p in unreadable['rusak']])\n"
    )
    (tmp_path / "daerah").mkdir()
    (tmp_path / "daerah" / "banyumas.yaml").write_text(example_text(), encoding="utf-8")
    (tmp_path / "daerah" / "rusak.yaml").write_text("wilayah: [\n", encoding="utf-8")
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "run.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "REPORTS ['banyumas'] UNREADABLE ['rusak']" in done.stdout
    assert "PROBLEMS ['syntax']" in done.stdout
