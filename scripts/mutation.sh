#!/usr/bin/env bash
# Mutation testing of the rulebook (src/tkpk_rules/rules/) with mutmut 3.
#
#   scripts/mutation.sh            # run, then print the score and the surviving mutants
#   scripts/mutation.sh --report   # print the score of the last run again
#
# Needs the dev tools and mutmut (pip install 'mutmut>=3.3,<4').  Takes about 10-20 minutes
# on 2 cores; not part of .ci/run.
#
# Why a copy: mutmut 3 does not mutate decorated functions, and every rule is a function
# decorated with @rule(...).  The script copies the project to a work directory
# ($TKPK_MUTATION_DIR, default /tmp/tkpk-mutation) and there rewrites each
#     @rule(...)
#     def NAME(ctx): ...
# as the equivalent
#     def NAME(ctx): ...
#     NAME = rule(...)(NAME)
# so that mutmut sees (and mutates) the rule bodies.  The repository itself is not touched.
# The configuration is the [mutmut] section of setup.cfg.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${TKPK_MUTATION_DIR:-${TMPDIR:-/tmp}/tkpk-mutation}"
python="${PYTHON:-$(command -v python3)}"
if [ -x "$root/.venv/bin/python" ] && [ -z "${PYTHON:-}" ]; then python="$root/.venv/bin/python"; fi
mutmut="$(dirname "$python")/mutmut"

report() {
  cd "$work"
  "$mutmut" results --all true > "$work/results.txt" 2>/dev/null || true
  "$python" - "$work/results.txt" <<'PY'
import collections, sys
counts = collections.Counter()
survivors = []
for line in open(sys.argv[1], encoding="utf-8"):
    name, _, status = line.strip().rpartition(": ")
    if not name:
        continue
    counts[status] += 1
    if status in ("survived", "no tests"):
        survivors.append(f"{status:9} {name}")
killed = counts["killed"] + counts["timeout"] + counts["segfault"]
judged = sum(n for s, n in counts.items() if s not in ("skipped", "not checked"))
print(dict(counts))
print(f"mutation score: {killed}/{judged} killed = {100 * killed / max(judged, 1):.1f}%")
print("\n".join(survivors))
PY
}

if [ "${1:-}" = "--report" ]; then report; exit 0; fi

rm -rf "$work"
mkdir -p "$work"
cp -r src tests setup.cfg pyproject.toml "$work/"
find "$work" -name __pycache__ -prune -exec rm -rf {} +

"$python" - "$work/src/tkpk_rules/rules" <<'PY'
"""Move @rule(...) decorators below the function they decorate (same behaviour)."""
import pathlib
import sys

import libcst as cst


class Undecorate(cst.CSTTransformer):
    def leave_Module(self, original, updated):
        body = []
        for stmt in updated.body:
            if (
                isinstance(stmt, cst.FunctionDef)
                and len(stmt.decorators) == 1
                and isinstance(stmt.decorators[0].decorator, cst.Call)
                and isinstance(stmt.decorators[0].decorator.func, cst.Name)
                and stmt.decorators[0].decorator.func.value == "rule"
            ):
                call = stmt.decorators[0].decorator
                body.append(stmt.with_changes(decorators=[]))
                wrapped = cst.Call(func=call, args=[cst.Arg(cst.Name(stmt.name.value))])
                assign = cst.Assign(
                    targets=[cst.AssignTarget(cst.Name(stmt.name.value))], value=wrapped
                )
                body.append(cst.SimpleStatementLine([assign]))
            else:
                body.append(stmt)
        return updated.with_changes(body=body)


for path in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):
    source = path.read_text(encoding="utf-8")
    path.write_text(cst.parse_module(source).visit(Undecorate()).code, encoding="utf-8")
PY

cd "$work"
# A fast, derandomised Hypothesis run for every mutant.
export TKPK_HYPOTHESIS_PROFILE=dev PYTHONPATH=src PYTHONHASHSEED=0
# The declarations are checked on the unmutated code (below); mutmut's trampolines hide the
# rule bodies from that check, so it is switched off for the mutants.
# The selected tests must pass on the unmutated code first.
mapfile -t args < <("$python" - <<'PY'
import configparser
cfg = configparser.ConfigParser()
cfg.read("setup.cfg")
for key in ("pytest_add_cli_args", "pytest_add_cli_args_test_selection"):
    print("\n".join(line for line in cfg.get("mutmut", key).split("\n") if line))
PY
)
"$python" -m pytest -x "${args[@]}" >/dev/null
export TKPK_MUTATION_RUN=1
"$mutmut" run --max-children "${TKPK_MUTATION_JOBS:-2}" || true
report
