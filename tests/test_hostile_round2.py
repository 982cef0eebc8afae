"""Hostile input, round two (issue 14): each class the second review found, as a test.

The loading tests run with both YAML parsers: libyaml's (when PyYAML has it)
and the pure-Python one; both must give the same values and the same problems.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tkpk_rules.cli import main
from tkpk_rules.errors import (
    ArgumentTypeError,
    ArgumentValueError,
    DocumentError,
    LimitExceededError,
    TkpkError,
)
from tkpk_rules.examples import example_text, load_example
from tkpk_rules.io import _yaml, dump, dumps, load, loads, parse
from tkpk_rules.io.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
ON = dt.date(2024, 6, 1)
PARSERS = ["python"] + (["libyaml"] if yaml.__with_libyaml__ else [])


@pytest.fixture(params=PARSERS)
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test with each YAML parser in turn."""
    monkeypatch.setattr(_yaml, "USE_LIBYAML", request.param == "libyaml")
    assert _yaml.loader_name() == request.param
    return request.param


def doc(extra: str = "", nama: str = "Kab") -> str:
    return f"format: tkpk-rules/1\nwilayah:\n  kode: '33.02'\n  nama: {nama}\n{extra}"


def codes(exc: pytest.ExceptionInfo[DocumentError]) -> list[str]:
    return [p.code for p in exc.value.problems]


# --------------------------------------------------------------------------
# Explicit tags, YAML 1.1 numbers, keys
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tagged",
    [
        "!!bool x",
        "!!int ''",
        "!!float ''",
        "!!timestamp x",
        "!!int 0x" + "f" * 5_000,
        "!!binary aGk=",
        "!!set {a}",
        "!!python/name:os.system",
        "!foo bar",
        "!!map {a: 1}",
    ],
)
def test_explicit_tags_are_refused_with_their_path(parser: str, tagged: str) -> None:
    with pytest.raises(DocumentError) as exc:
        loads(doc(nama=tagged))
    assert codes(exc) == ["yaml_tag"]
    assert exc.value.problems[0].path == "wilayah.nama"


def test_a_str_tag_is_kept_as_text(parser: str) -> None:
    assert loads(doc(nama="!!str 123")).wilayah.nama == "123"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("017", "017"),
        ("0o17", "0o17"),
        ("0x1F", "0x1F"),
        ("1_000", "1_000"),
        ("1:30:00", "1:30:00"),
        ("190:20:30.15", "190:20:30.15"),
        ("0x" + "f" * 5_000, "0x" + "f" * 5_000),
        ("0b" + "1" * 5_000, "0b" + "1" * 5_000),
        ("1" + ":59" * 3_000, "1" + ":59" * 3_000),
        ("true", True),
        ("False", False),
        ("2024", 2024),
        ("-3", -3),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("~", None),
        ("2024-02-01", dt.date(2024, 2, 1)),
    ],
)
def test_yaml_11_oddities_are_text_and_only_plain_numbers_convert(
    parser: str, written: str, read: object
) -> None:
    assert parse(f"a: {written}\n") == {"a": read}


def test_keys_are_text_compared_as_written(parser: str) -> None:
    assert parse("yes: 1\n1: 2\ntrue: 3\nnull: 4\n") == {"yes": 1, "1": 2, "true": 3, "null": 4}
    with pytest.raises(DocumentError) as exc:
        parse("1: a\n'1': b\n")
    assert codes(exc) == ["duplicate_key"]


def test_duplicate_yaml_keys_carry_their_full_path(parser: str) -> None:
    text = doc("tim:\n  anggota:\n    - nama: A\n      nama: B\n  ketua: {nama: X}\n  ketua: 1\n")
    with pytest.raises(DocumentError) as exc:
        loads(text)
    assert [(p.code, p.path) for p in exc.value.problems] == [
        ("duplicate_key", "tim.anggota[0].nama"),
        ("duplicate_key", "tim.ketua"),
    ]
    assert "(line 8)" in exc.value.problems[0].message_en


def test_duplicate_json_keys_are_reported_like_yaml() -> None:
    text = json.dumps({"format": "tkpk-rules/1", "wilayah": {"kode": "33.02"}})
    text = text.replace('{"kode": "33.02"}', '{"kode": "33.02", "kode": "64.72"}')
    text = text[:-1] + ', "tim": {"anggota": [{"nama": "A", "nama": "B"}]}}'
    with pytest.raises(DocumentError) as exc:
        loads(text)
    assert [(p.code, p.path) for p in exc.value.problems] == [
        ("duplicate_key", "wilayah.kode"),
        ("duplicate_key", "tim.anggota[0].nama"),
    ]
    assert "twice" in exc.value.problems[0].message_en


def test_a_list_as_a_key_is_a_problem(parser: str) -> None:
    with pytest.raises(DocumentError) as exc:
        parse("a:\n  ? [x, y]\n  : 1\n")
    assert codes(exc) == ["key_not_text"]
    assert exc.value.problems[0].path == "a"


# --------------------------------------------------------------------------
# Numbers and surrogates
# --------------------------------------------------------------------------


@pytest.mark.parametrize("digits", [101, 4_301, 20_000])
def test_long_integers_are_refused_before_conversion(parser: str, digits: int) -> None:
    for text in (f"a: {'9' * digits}\n", '{"a": ' + "9" * digits + "}"):
        with pytest.raises(LimitExceededError) as exc:
            parse(text)
        assert exc.value.problems[0].expected == "max_digits=100"


def test_integers_in_dicts_are_bounded_without_formatting_them() -> None:
    sys.set_int_max_str_digits(4300)
    with pytest.raises(LimitExceededError) as exc:
        load({"format": 10**5000, "wilayah": {"kode": "64.72"}})
    assert exc.value.problems[0].path == "format"
    assert exc.value.problems[0].found == "5001"
    str(exc.value)  # the message can be written


def test_max_digits_is_a_limit_the_caller_can_raise() -> None:
    assert parse("a: " + "9" * 150, limits=Limits(max_digits=200)) == {"a": int("9" * 150)}
    with pytest.raises(ValueError, match="max_digits"):
        Limits(max_digits=5_000)


def test_lone_surrogates_are_refused_with_their_path() -> None:
    for source in (
        '{"format": "tkpk-rules/1", "wilayah": {"kode": "64.72", "nama": "A\\ud800"}}',
        {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72", "nama": "A\ud800"}},
        {"format": "tkpk-rules/1", "wilayah": {"kode": "64.72"}, "\udfff": 1},
    ):
        with pytest.raises(DocumentError) as exc:
            load(source)
        assert codes(exc) == ["bad_text"], source
        assert "U+D" in exc.value.problems[0].message_en


def test_a_lone_surrogate_in_yaml_is_refused(parser: str) -> None:
    with pytest.raises(DocumentError) as exc:
        loads(doc(nama='"A\\ud800"'))
    assert codes(exc) == (["bad_text"] if parser == "python" else ["syntax"])


def test_a_surrogate_in_a_built_dossier_is_hashed_and_rendered() -> None:
    from tkpk_rules import check
    from tkpk_rules.model import Dossier, RegionRef

    dossier = Dossier(wilayah=RegionRef(kode="64.72", nama="A\ud800"))
    report = check(dossier, on=ON)
    assert report.stamp.input_hash.startswith("sha256:")
    for fmt in ("text", "markdown", "html"):
        assert "\ud800" not in report.render(fmt, "id")
    assert "\\ud800" in report.render("text", "id")


# --------------------------------------------------------------------------
# Every entry point: only the library's own errors
# --------------------------------------------------------------------------


def _calls() -> list[tuple[str, Any]]:
    from tkpk_rules import check, check_many, diff
    from tkpk_rules.planning import obligations, plan, to_ical
    from tkpk_rules.redact import redact
    from tkpk_rules.report.render import render

    dossier = load_example()
    return [
        ("check rules=[None]", lambda: check(dossier, on=ON, rules=[None])),
        ("check rules=5", lambda: check(dossier, on=ON, rules=5)),
        ("check rules='x'", lambda: check(dossier, on=ON, rules="x")),
        ("check_many(5)", lambda: list(check_many(5, on=ON))),  # type: ignore[arg-type]
        ("check_many([None])", lambda: list(check_many([None], on=ON))),  # type: ignore[list-item]
        ("diff(None)", lambda: diff(None, from_date=ON, to_date=ON)),  # type: ignore[arg-type]
        ("diff rules=5", lambda: diff(dossier, from_date=ON, to_date=ON, rules=5)),
        ("redact(None)", lambda: redact(None)),  # type: ignore[arg-type]
        ("redact placeholder", lambda: redact(dossier, placeholder=5)),  # type: ignore[arg-type]
        ("dump(None)", lambda: dump(None)),  # type: ignore[arg-type]
        ("dumps format", lambda: dumps(dossier, format="xml")),  # type: ignore[arg-type]
        ("loads(limits='x')", lambda: loads("a: 1", limits="x")),  # type: ignore[arg-type]
        ("loads(bytes)", lambda: loads(b"a: 1")),  # type: ignore[arg-type]
        ("load(None)", lambda: load(None)),  # type: ignore[arg-type]
        ("load(5)", lambda: load(5)),  # type: ignore[arg-type]
        ("render(None)", lambda: render(None)),  # type: ignore[arg-type]
        ("render format", lambda: render(check(dossier, on=ON), format="pdf")),
        ("render lang", lambda: render(check(dossier, on=ON), lang="fr")),
        ("plan(None)", lambda: plan(None, 2024)),  # type: ignore[arg-type]
        ("obligations(None)", lambda: obligations(None, on=ON)),  # type: ignore[arg-type]
        ("to_ical(None)", lambda: to_ical(None)),  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(("name", "call"), _calls(), ids=[name for name, _ in _calls()])
def test_bad_arguments_get_the_librarys_own_errors(name: str, call: Any) -> None:
    with pytest.raises(TkpkError):
        call()


def test_argument_errors_keep_their_python_bases() -> None:
    from tkpk_rules import check

    with pytest.raises(TypeError):
        check(load_example(), on=ON, rules=5)  # type: ignore[arg-type]
    assert issubclass(ArgumentValueError, ValueError)
    assert issubclass(ArgumentTypeError, TypeError)


# --------------------------------------------------------------------------
# The command line: exit codes
# --------------------------------------------------------------------------


def _cli(
    *argv: str, env: dict[str, str] | None = None, **kw: Any
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "tkpk_rules", *argv], text=True, timeout=60, env=environment, **kw
    )


def test_exit_codes_0_1_2_64(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--example", "--on", "2026-11-27"]) == 0
    assert main(["check", "--example", "provinsi-kalimantan-timur", "--on", "2025-06-01"]) == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text(doc(nama="!!bool x"), encoding="utf-8")
    assert main(["check", str(bad)]) == 2
    assert main(["validate"]) == 64
    with pytest.raises(SystemExit) as exc:
        main(["check", "--no-such-option"])
    assert exc.value.code == 64
    with pytest.raises(SystemExit) as exc:
        main(["check", "--example", "--on", "kemarin"])
    assert exc.value.code == 64
    assert main([]) == 64
    capsys.readouterr()


def test_exit_code_74_for_files_that_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "missing.yaml")]) == 74
    assert main(["validate", "/dev/null"]) == 74
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.yaml"
    os.mkfifo(fifo)
    done = _cli("check", str(fifo))  # the timeout fails the test if it hangs
    assert done.returncode == 74
    assert "FIFO" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_device_named_xlsx_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.xlsx"
    os.mkfifo(fifo)
    zero = tmp_path / "nol.xlsx"
    zero.symlink_to("/dev/zero")
    for path, kind in ((fifo, "FIFO"), (zero, "device")):
        done = _cli("check", str(path))  # the timeout fails the test if it hangs
        assert done.returncode == 74, done.stderr
        assert kind in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_stdout_exits_74_without_a_traceback() -> None:
    with open("/dev/full", "w") as full:
        done = _cli("check", "--example", "--on", "2024-01-01", stdout=full)
    assert done.returncode == 74
    assert "Traceback" not in done.stderr and "no space" in done.stderr.lower()


def test_a_stdout_that_cannot_take_the_text_exits_74() -> None:
    done = _cli("check", "--example", "--on", "2024-01-01", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 74
    assert "Traceback" not in done.stderr and "PYTHONIOENCODING=utf-8" in done.stderr


def test_an_internal_error_exits_70_with_a_short_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tkpk_rules import engine

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("rusak")

    monkeypatch.setattr(engine, "check", broken)
    assert main(["check", "--example"]) == 70
    err = capsys.readouterr().err
    assert "KeyError" in err and "Traceback" not in err and "https://" in err
    assert main(["--debug", "check", "--example"]) == 70
    assert "Traceback" in capsys.readouterr().err
    assert main(["check", "--example", "--debug"]) == 70
    assert "Traceback" in capsys.readouterr().err


def test_the_exit_codes_are_documented() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for code in ("`0`", "`1`", "`2`", "`64`", "`70`", "`74`"):
        assert code in text, code
    assert "--debug" in text and "--force" in text


# --------------------------------------------------------------------------
# Output safety and redaction
# --------------------------------------------------------------------------

HOSTILE_NAME = "<script>alert(1)</script> [klik](javascript:alert(1)) \x1b[2J\r\u202etxt.exe"


def _hostile_report() -> Any:
    from tkpk_rules import check
    from tkpk_rules.model import Dossier, Member, RegionRef, Team

    dossier = Dossier(
        wilayah=RegionRef(kode="33.02", nama=HOSTILE_NAME),
        tim=Team(ketua=Member(nama=HOSTILE_NAME)),
    )
    return check(dossier, on=ON)


def test_markdown_escapes_everything_it_did_not_write() -> None:
    text = _hostile_report().render("markdown", "en")
    assert "<script" not in text and "](javascript:" not in text
    assert "&lt;script&gt;" in text and "\\[klik\\]\\(javascript:" in text
    assert "\x1b" not in text and "\u202e" not in text and "\r" not in text


def test_markdown_summary_escapes_file_names() -> None:
    from tkpk_rules.report.render import summary

    table = summary([("<img src=x onerror=alert(1)>.yaml", None)], format="markdown")
    assert "<img" not in table and "&lt;img" in table


def test_text_and_html_neutralise_control_and_bidi_characters() -> None:
    report = _hostile_report()
    for fmt in ("text", "html"):
        out = report.render(fmt, "id")
        assert not any(ch in out for ch in "\x1b\r\u202e"), fmt
        assert "\\u001b" in out and "\\u202e" in out
    assert "<script>" not in report.render("html", "id")


def test_control_characters_are_kept_on_input_and_escaped_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "Budi\x1b[31m\u202e"
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps({"format": "tkpk-rules/1", "wilayah": {"kode": "33.02", "nama": name}}),
        encoding="utf-8",
    )
    assert load(path).wilayah.nama == name  # nothing the user wrote is changed
    main(["check", str(path), "--on", "2024-06-01"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "Budi\\u001b[31m\\u202e" in out
    main(["check", str(path), "--on", "2024-06-01", "--format", "json"])
    out = capsys.readouterr().out
    assert "\u202e" not in out
    assert (
        json.loads(out)["masukan"][0]["hasil"]["wilayah"]["nama"] == name
    )  # the JSON reads back the same


def test_redaction_covers_load_problems_on_stderr_and_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        doc("tim:\n  pembentukan:\n    tanggal: Siti Aminah\n  Budi Santoso: 1\n"),
        encoding="utf-8",
    )
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Siti Aminah" in err  # without --redact the problem quotes what was written
    assert main(["check", str(bad), "--redact"]) == 2
    err = capsys.readouterr().err
    assert "Siti" not in err and "Budi" not in err and "[disamarkan]" in err
    assert "tim.pembentukan.tanggal" in err  # paths of the format's own fields stay
    assert main(["check", str(bad), "--example", "--redact", "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert "Siti" not in out + err and "Budi" not in out + err


def test_redaction_in_diff_covers_load_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(doc("tim:\n  pembentukan:\n    tanggal: Siti Aminah\n"), encoding="utf-8")
    argv = ["diff", str(bad), "--from", "2019-01-01", "--to", "2024-01-01", "--redact"]
    assert main(argv) == 2
    assert "Siti" not in capsys.readouterr().err


# --------------------------------------------------------------------------
# Caches
# --------------------------------------------------------------------------


def test_no_cache_holds_user_text_after_a_check() -> None:
    """After a check and its report are gone, no container anywhere still holds the user's text.

    Messages are kept as keys and parameters and written when read; no cache of the engine,
    the message catalogue or the memo of engine-made findings may keep a written sentence
    or a parameter taken from the record.
    """
    import gc
    import uuid

    from tkpk_rules import check
    from tkpk_rules.model import Dossier, Member, RegionRef, Team

    token = uuid.uuid4().hex  # made at run time: no code constant holds it

    def run() -> None:
        secret = f"Nama Rahasia {token}"
        dossier = Dossier(
            wilayah=RegionRef(kode="33.02"), tim=Team(nama=secret, ketua=Member(nama=secret))
        )
        report = check(dossier, on=ON)
        written = report.to_json() + "".join(
            f.message(lang) + (f.action(lang) or "")
            for f in report.findings
            for lang in ("id", "en")
        )
        assert token in written  # the text did reach the findings

    run()
    gc.collect()

    def holds(obj: object) -> bool:
        if isinstance(obj, dict):
            items: object = [*obj.keys(), *obj.values()]
        elif isinstance(obj, (list, tuple, set, frozenset)):
            items = obj
        else:
            return False
        return any(isinstance(x, str) and token in x for x in items)  # type: ignore[attr-defined]

    assert not [type(o).__name__ for o in gc.get_objects() if holds(o)]


def test_the_hash_memo_callback_takes_no_lock() -> None:
    """A garbage collection while the memo's lock is held must not deadlock."""
    from tkpk_rules.report import _canonical

    ran = threading.Event()

    def collect_under_the_lock() -> None:
        dossier = load_example()
        _canonical.input_hash(dossier)
        with _canonical._MEMO_LOCK:  # the lock is held, as while storing a hash
            del dossier
            gc.collect()  # the weakref callback runs here, in this very thread
        ran.set()

    worker = threading.Thread(target=collect_under_the_lock, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert ran.is_set(), "the weakref callback deadlocked on the memo's lock"
    _canonical.input_hash(load_example())  # the next call sweeps the dead entries


def test_the_hash_memo_forgets_dead_objects() -> None:
    from tkpk_rules.report import _canonical

    dossier = load_example()
    first = _canonical.input_hash(dossier)
    ref = weakref.ref(dossier)
    key = id(dossier)
    del dossier
    gc.collect()
    assert ref() is None
    _canonical.input_hash(load_example())
    assert key not in _canonical._MEMO or _canonical._MEMO[key][0]() is not None
    assert first.startswith("sha256:")


# --------------------------------------------------------------------------
# plan --ics
# --------------------------------------------------------------------------

PLAN = ["plan", "--example", "--year", "2027", "--ics"]


def test_ics_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "agenda.ics"
    target.write_text("penting", encoding="utf-8")
    assert main([*PLAN, str(target)]) == 74
    assert target.read_text(encoding="utf-8") == "penting"
    assert "--force" in capsys.readouterr().err
    assert main([*PLAN, str(target), "--force"]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ics_never_writes_over_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "min.yaml"
    source.write_text(example_text(), encoding="utf-8")
    other_name = tmp_path / "link.ics"
    os.link(source, other_name)
    for target in (source, other_name, tmp_path / "." / "min.yaml"):
        argv = ["plan", str(source), "--year", "2027", "--ics", str(target), "--force"]
        assert main(argv) == 74, target
    assert source.read_text(encoding="utf-8") == example_text()
    assert "input" in capsys.readouterr().err


def test_ics_never_follows_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("jangan", encoding="utf-8")
    link = tmp_path / "agenda.ics"
    link.symlink_to(victim)
    assert main([*PLAN, str(link), "--force"]) == 74
    dangling = tmp_path / "dangling.ics"
    dangling.symlink_to(tmp_path / "new-file")
    assert main([*PLAN, str(dangling), "--force"]) == 74
    assert victim.read_text(encoding="utf-8") == "jangan"
    assert not (tmp_path / "new-file").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_ics_refuses_special_files(tmp_path: Path) -> None:
    fifo = tmp_path / "agenda.ics"
    os.mkfifo(fifo)
    assert main([*PLAN, str(fifo), "--force"]) == 74  # would block if opened
    assert main([*PLAN, "/dev/null", "--force"]) == 74


# --------------------------------------------------------------------------
# Today is the region's date
# --------------------------------------------------------------------------


def test_every_province_has_a_time_zone() -> None:
    from tkpk_rules import regions
    from tkpk_rules.timezones import PROVINCE_ZONES

    provinces = {r.kode for r in regions.all_regions() if "." not in r.kode}
    assert provinces == set(PROVINCE_ZONES)


def test_today_is_the_regions_local_date() -> None:
    from tkpk_rules.timezones import today_in, zone_of

    late = dt.datetime(2026, 12, 31, 15, 30, tzinfo=dt.timezone.utc)  # 22:30 WIB
    assert [today_in(code, now=late) for code in ("33.02", "64.72", "91.71")] == [
        dt.date(2026, 12, 31),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 1),
    ]
    assert [zone_of(c).name for c in ("61", "62", "63", "51", "82", "96")] == [
        "WIB",
        "WIB",
        "WITA",
        "WITA",
        "WIT",
        "WIT",
    ]


def test_check_without_a_date_shows_the_regions_today(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tkpk_rules.timezones import today_in

    main(["check", "--example", "provinsi-kalimantan-timur", "--lang", "en"])
    out = capsys.readouterr().out
    assert out.startswith(f"Today: {today_in('64').isoformat()}, the region's local date (WITA")
    main(["check", "--example", "--on", "today"])
    assert "Hari ini:" in capsys.readouterr().out
    main(["check", "--example", "--on", "2024-01-01"])
    assert "Hari ini" not in capsys.readouterr().out


# --------------------------------------------------------------------------
# The tests themselves
# --------------------------------------------------------------------------


def test_no_test_reads_an_absolute_path_to_the_shared_folder() -> None:
    needle = "/work/" + "shared"  # split, so that this file does not match itself
    offenders = [
        p.name for p in (ROOT / "tests").glob("*.py") if needle in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_both_parsers_read_the_bundled_examples_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    from tkpk_rules.examples import EXAMPLES

    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml")
    for name in EXAMPLES:
        monkeypatch.setattr(_yaml, "USE_LIBYAML", False)
        slow = parse(example_text(name))
        monkeypatch.setattr(_yaml, "USE_LIBYAML", True)
        assert parse(example_text(name)) == slow


def _outcome(text: str) -> object:
    try:
        return ("value", repr(parse(text)))  # repr: NaN equals itself
    except DocumentError as exc:
        # libyaml reads flow nesting ahead of the composer and stops ~1,000 levels
        # down: the bound is the same, the path is where composing had got to.
        return (
            "problems",
            [
                (p.code, "" if p.expected == "max_depth=32" else p.path, p.expected)
                for p in exc.problems
            ],
        )


def test_both_parsers_agree_on_the_loader_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same values, same problems (code, path, bound) with libyaml and without it."""
    from fuzz_loader import LOADER_CORPUS

    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml")
    texts = [doc(nama=snippet) for snippet in LOADER_CORPUS if "\\ud" not in snippet]
    texts += [snippet for snippet in LOADER_CORPUS if "\\ud" not in snippet]
    texts += [
        "a: [" + "1, " * 10_001 + "1]",
        "a:\n" + "".join(f"  k{i}: 1\n" for i in range(10_001)),
        "a: " + "x" * 100_001,
        "- " * 40 + "x",
        "a: &x 1",
        "a: *x",
    ]
    for text in texts:
        monkeypatch.setattr(_yaml, "USE_LIBYAML", False)
        slow = _outcome(text)
        monkeypatch.setattr(_yaml, "USE_LIBYAML", True)
        assert _outcome(text) == slow, text[:80]


def test_a_line_break_in_the_region_name_does_not_break_the_calendar(tmp_path: Path) -> None:
    """Found by the 100,000-case fuzz run: to_ical refused a region label with a newline."""
    from tkpk_rules.planning import plan_details, to_ical

    dossier = load_example()
    details = plan_details(dossier, 2027)
    data = to_ical(details.agenda_in("id"), region="Kabupaten\nBanyumas\r\u2028x")
    assert b"Kabupaten Banyumas" in data
    source = tmp_path / "d.json"
    document = dump(dossier)
    document["wilayah"]["nama"] = "Kabupaten\nBanyumas"
    source.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "a.ics"
    assert main(["plan", str(source), "--year", "2027", "--ics", str(target)]) == 0
