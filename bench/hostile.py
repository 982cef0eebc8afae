"""Time budget for hostile documents: each is loaded or refused, and how long that takes.

``PYTHONPATH=src python bench/hostile.py`` builds the worst documents found so
far, each just under the default size limit (4 MB), and loads each with
``tkpk_rules.loads``, with libyaml's parser and with the pure-Python one.  It
prints, per document, the outcome (loaded, or the first problem's code) and
the wall and CPU time (medians), then the goal: every document under the size
limit is loaded or refused in under one second of CPU time.  No test asserts a time; this is where
the figures come from.

It also prints the YAML-loading figure of issue 15, measured side by side in
one run, CPU time: the bundled examples (and a large generated team) parsed
by the library against PyYAML's ``CSafeLoader`` alone (libyaml, no checks),
``CSafeLoader`` followed by one Python walk of the tree (the floor named in
issue 15), and PyYAML's pure-Python ``SafeLoader``.

Options: ``--quick`` (one repetition, smaller documents), ``--only NAME``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from tkpk_rules.errors import DocumentError  # noqa: E402
from tkpk_rules.examples import EXAMPLES, example_text  # noqa: E402
from tkpk_rules.io import _yaml, loads  # noqa: E402
from tkpk_rules.io.limits import DEFAULT_LIMITS, check_value  # noqa: E402

SIZE = DEFAULT_LIMITS.max_bytes - 1_000  # just under the limit
HEAD = "format: tkpk-rules/1\nwilayah:\n  kode: '33.02'\n"


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail


def documents(size: int) -> dict[str, str]:
    """The hostile documents, by name, each at most ``size`` characters."""
    member_bad = "  - nama: A\n    jabatn: x\n    unsur: salah\n"
    member_typo = "  - nama: A\n    unsur: pemerintahh\n"
    return {
        "sexagesimal 1 MB": HEAD + "nama: 1" + ":59" * (1_000_000 // 3) + "\n",
        "sexagesimal 4 MB": HEAD + "nama: 1" + ":59" * (size // 3 - 40) + "\n",
        "hex integer 5,000 digits": HEAD + "x: 0x" + "f" * 5_000 + "\n",
        "decimal integer 4,000 digits": HEAD + "x: " + "9" * 4_000 + "\n",
        "!!int tag, 5,000 hex digits": HEAD + "x: !!int 0x" + "f" * 5_000 + "\n",
        "blank lines 4 MB": _fill("\n", size, HEAD),
        "comment lines 4 MB": _fill("# komentar\n", size, HEAD),
        "one long text 4 MB": HEAD + "nama: " + "a" * (size - 60) + "\n",
        "10,000 wrong members": HEAD + "tim:\n anggota:\n" + member_bad * 10_000,
        "10,000 enum typos": HEAD + "tim:\n anggota:\n" + member_typo * 10_000,
        "deep flow nesting 4 MB": HEAD + "x: " + "[" * (size // 2 - 40) + "]" * (size // 2 - 40),
        "deep block nesting": HEAD + "".join(" " * i + "a:\n" for i in range(2_000)),
        "10,000 keys in one mapping": HEAD
        + "x:\n"
        + "".join(f"  k{i}: 1\n" for i in range(10_000)),
        "100,000 values": HEAD + "x:\n" + " - 1\n" * 100_001,
        "duplicate keys x 10,000": HEAD + "x:\n" + "  a: 1\n" * 10_000,
        "JSON 10,000 wrong members": json.dumps(
            {
                "format": "tkpk-rules/1",
                "wilayah": {"kode": "33.02"},
                "tim": {"anggota": [{"nama": "A", "jabatn": "x", "unsur": "salah"}] * 10_000},
            }
        ),
        "JSON deep nesting 4 MB": '{"x": ' + "[" * (size // 2 - 10) + "]" * (size // 2 - 10) + "}",
        "JSON integer 4,300 digits": '{"x": ' + "9" * 4_300 + "}",
        "JSON blank 4 MB": "{" + " " * (size - 10) + '"format": "tkpk-rules/1"}',
    }


def _time(call: Callable[[], object]) -> tuple[float, float, str]:
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        call()
        outcome = "loaded"
    except DocumentError as exc:
        outcome = exc.problems[0].code if exc.problems else "?"
    return time.perf_counter() - wall, time.process_time() - cpu, outcome


def _loads_with(parser: str, text: str) -> Callable[[], object]:
    def call() -> object:
        _yaml.USE_LIBYAML = parser == "libyaml"
        return loads(text)

    return call


def time_budget(size: int, repeat: int, only: str | None) -> float:
    parsers = ["libyaml", "python"] if yaml.__with_libyaml__ else ["python"]
    print(f"## Time budget: documents just under the size limit ({size:,} bytes at most)\n")
    print(
        "| document | size (bytes) | outcome | "
        + " | ".join(f"{p} wall s | {p} CPU s" for p in parsers)
        + " |"
    )
    print("|---|---:|---|" + "---:|---:|" * len(parsers))
    worst = dict.fromkeys(parsers, 0.0)
    for name, text in documents(size).items():
        if only and only not in name:
            continue
        cells = []
        outcome = ""
        for parser in parsers:
            if name.startswith("JSON") and parser != parsers[0]:
                cells.append("(JSON) | ")
                continue
            runs = [_time(_loads_with(parser, text)) for _ in range(repeat)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            outcome = runs[0][2]
            worst[parser] = max(worst[parser], cpu)
            cells.append(f"{wall:.3f} | {cpu:.3f}")
        print(f"| {name} | {len(text.encode('utf-8')):,} | {outcome} | " + " | ".join(cells) + " |")
    _yaml.USE_LIBYAML = bool(yaml.__with_libyaml__)
    print()
    for parser, seconds in worst.items():
        verdict = "within" if seconds < 1.0 else "OVER"
        print(f"worst with {parser}: {seconds:.3f} s CPU ({verdict} the 1 s budget)")
    print("(CPU time is the figure: wall time also counts other processes on a shared machine)")
    print()
    return max(worst.values())


def _big_team(members: int) -> str:
    """The default example with its member list repeated up to ``members`` people."""
    from tkpk_rules.io import parse
    from tkpk_rules.io._yaml import dump_yaml

    data = parse(example_text())
    people = data["tim"]["anggota"]
    data["tim"]["anggota"] = [
        {**people[i % len(people)], "nama": f"Anggota {i}"} for i in range(members)
    ]
    return dump_yaml(data)


def yaml_speed(repeat: int) -> None:
    """tkpk_rules.loads (parse + structure) and parse alone, against CSafeLoader and SafeLoader."""
    from tkpk_rules.io import parse

    texts = {name: example_text(name) for name in EXAMPLES}
    texts["example + 2,000 members"] = _big_team(2_000)
    print("## YAML loading against PyYAML (median ms; ratio to CSafeLoader)\n")
    print(
        "| document | KB | CSafeLoader | CSafeLoader + walk | parse, libyaml | parse, python |"
        " SafeLoader | loads, libyaml | parse libyaml ÷ CSafeLoader | ÷ CSafeLoader + walk |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, text in texts.items():

        def best(call: Callable[[], object]) -> float:
            times = []
            for _ in range(repeat):
                started = time.process_time()
                call()
                times.append(time.process_time() - started)
            return statistics.median(times) * 1000

        c_safe = best(lambda t=text: yaml.load(t, Loader=yaml.CSafeLoader))  # type: ignore[misc]
        c_walk = best(  # the floor of issue 15: libyaml, then one Python walk of the tree
            lambda t=text: check_value(yaml.load(t, Loader=yaml.CSafeLoader), DEFAULT_LIMITS)  # type: ignore[misc]
        )
        py_safe = best(lambda t=text: yaml.load(t, Loader=yaml.SafeLoader))  # type: ignore[misc]
        _yaml.USE_LIBYAML = True
        ours_c = best(lambda t=text: parse(t))  # type: ignore[misc]
        full_c = best(lambda t=text: loads(t))  # type: ignore[misc]
        _yaml.USE_LIBYAML = False
        ours_py = best(lambda t=text: parse(t))  # type: ignore[misc]
        _yaml.USE_LIBYAML = True
        print(
            f"| {name} | {len(text) / 1000:.0f} | {c_safe:.1f} | {c_walk:.1f} | {ours_c:.1f} |"
            f" {ours_py:.1f} | {py_safe:.1f} | {full_c:.1f} | {ours_c / c_safe:.2f}x |"
            f" {ours_c / c_walk:.2f}x |"
        )
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one repetition")
    parser.add_argument("--only", help="only documents whose name contains this")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else 3
    print(
        f"Python {sys.version.split()[0]}, PyYAML {yaml.__version__}, "
        f"libyaml {'yes' if yaml.__with_libyaml__ else 'no'}\n"
    )
    time_budget(SIZE, repeat, args.only)
    if not args.only:
        yaml_speed(5 if args.quick else 15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
