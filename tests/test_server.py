"""``tkpk-rules serve``: the real server process, called over HTTP.

One server is started for the whole module, on a free port of 127.0.0.1, and
stopped by its own PID with SIGTERM (which must end it cleanly).  Every answer
is compared with what the command prints for the same document and options.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

httpx = pytest.importorskip("httpx")
pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from _profiles import ci_examples  # noqa: E402
from test_service import assert_valid  # noqa: E402
from tkpk_rules import service  # noqa: E402
from tkpk_rules.cli import main  # noqa: E402
from tkpk_rules.examples import example_text  # noqa: E402
from tkpk_rules.testing.strategies import documents  # noqa: E402

ON = "2026-11-27"
YAML = {"content-type": "application/yaml"}
JSON = {"content-type": "application/json"}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def running_server(*extra: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start ``tkpk-rules serve`` on a free port; stop it by its PID when done."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tkpk_rules",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "exited")
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start within 60 s")
            time.sleep(0.1)
        yield base, proc
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    with running_server() as found:
        yield found


@pytest.fixture(scope="module")
def client(server: tuple[str, subprocess.Popen[bytes]]) -> Iterator[Any]:
    with httpx.Client(base_url=server[0], timeout=30) as c:
        yield c


def cli(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None) -> Any:
    """The command's JSON for ``argv``; ``stdin`` is fed to ``-``."""
    with pytest.MonkeyPatch.context() as mp:
        if stdin is not None:
            stream = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
            mp.setattr(sys, "stdin", stream)
        main(list(argv))
    return json.loads(capsys.readouterr().out)


# --- the service answers as the command does --------------------------------------------


def test_health(client: Any) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["format"] == "tkpk-rules.kesehatan/1"


def test_check_returns_the_commands_findings_for_the_bundled_example(
    client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    r = client.post(f"/check?on={ON}", content=example_text(), headers=YAML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    expected = cli(capsys, "check", "-", "--on", ON, "--format", "json", stdin=example_text())
    assert r.json() == expected
    example = cli(capsys, "check", "--example", "--on", ON, "--format", "json")
    assert r.json()["masukan"][0]["hasil"]["temuan"] == example["masukan"][0]["hasil"]["temuan"]
    assert_valid(r.json(), "envelope")


@pytest.mark.parametrize(
    ("path", "argv"),
    [
        ("/validate", ["validate"]),
        (f"/check?on={ON}&handover=2020-05-01", ["check", "--on", ON, "--handover", "2020-05-01"]),
        ("/check?on=2026-01-05&redact=true", ["check", "--on", "2026-01-05", "--redact"]),
        (f"/due?on={ON}", ["due", "--on", ON]),
        ("/plan?year=2027", ["plan", "--year", "2027"]),
        (
            "/plan?year=2027&lang=en&weekday=selasa&fixed=2027-03-16&avoid=2027-08-09..2027-08-13",
            [
                "plan",
                "--year",
                "2027",
                "--lang",
                "en",
                "--weekday",
                "selasa",
                "--fixed",
                "2027-03-16",
                "--avoid",
                "2027-08-09..2027-08-13",
            ],
        ),
        (
            "/diff?from=2019-06-01&to=2024-06-01",
            ["diff", "--from", "2019-06-01", "--to", "2024-06-01"],
        ),
    ],
)
def test_document_endpoints_equal_the_command(
    client: Any, capsys: pytest.CaptureFixture[str], path: str, argv: list[str]
) -> None:
    text = example_text("provinsi-kalimantan-timur")
    r = client.post(path, content=text, headers=YAML)
    assert r.status_code == 200, r.text
    assert r.json() == cli(capsys, argv[0], "-", *argv[1:], "--format", "json", stdin=text)


def test_json_and_yaml_bodies_give_the_same_answer(client: Any) -> None:
    from tkpk_rules.examples import load_example
    from tkpk_rules.io import dumps

    as_json = dumps(load_example(), format="json")
    by_yaml = client.post(f"/check?on={ON}", content=example_text(), headers=YAML).json()
    by_json = client.post(f"/check?on={ON}", content=as_json, headers=JSON).json()
    by_nothing = client.post(f"/check?on={ON}", content=as_json).json()
    for answer in (by_json, by_nothing):
        assert answer["masukan"][0]["hasil"]["temuan"] == by_yaml["masukan"][0]["hasil"]["temuan"]


@pytest.mark.parametrize("command", ["rules", "coverage"])
def test_rules_and_coverage_equal_the_command(
    client: Any, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    r = client.get(f"/{command}")
    assert r.status_code == 200
    assert r.json() == cli(capsys, command, "--format", "json")


@pytest.mark.parametrize("name", service.SCHEMA_NAMES)
def test_schema_equals_the_command(
    client: Any, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    r = client.get(f"/schema/{name}")
    assert r.status_code == 200
    assert r.json() == cli(capsys, "schema", name)


def test_schema_without_a_name_is_the_document_schema(client: Any) -> None:
    assert client.get("/schema").json() == service.schema("document")


def test_no_state_between_requests(client: Any) -> None:
    first = client.post(f"/check?on={ON}", content=example_text(), headers=YAML).json()
    client.post("/check", content="format: tkpk-rules/1\nwilayah: {kode: '99.99'}\n")
    client.post("/check?on=2019-01-01", content=example_text("provinsi-kalimantan-timur"))
    again = client.post(f"/check?on={ON}", content=example_text(), headers=YAML).json()
    assert again == first


# --- errors -------------------------------------------------------------------------------


def _problems(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    data: dict[str, Any] = r.json()
    assert_valid(data, "problems")
    return data


def test_400_for_a_parameter_that_cannot_be_used(client: Any) -> None:
    for path, where in (
        ("/check?on=kemarin", "?on"),
        ("/check?lang=fr", "?lang"),
        ("/check?redact=maybe", "?redact"),
        ("/plan?year=duaribu", "?year"),
        ("/plan?year=2_0_2_7", "?year"),  # int() would take it: a query takes digits only
        ("/plan?meetings=%203", "?meetings"),
        ("/diff?from=2019-06-01", "?to"),
    ):
        data = _problems(client.post(path, content=example_text(), headers=YAML), 400)
        assert data["masalah"][0]["jalur"] == where
    data = _problems(
        client.post("/check?handover=2022-01-01", content=example_text(), headers=YAML), 400
    )
    assert "2022-01-01" in data["masalah"][0]["pesan"]["en"]


def test_year_0_is_refused_as_the_command_refuses_it(client: Any) -> None:
    # It was read as "not given" and planned the current year without a word.
    r = client.post("/plan?year=0", content=example_text(), headers=YAML)
    assert r.status_code in (400, 422), r.text
    assert "0" in json.dumps(r.json()["masalah"][0]["pesan"])


def test_404_and_405_are_problems_too(client: Any) -> None:
    _problems(client.get("/nowhere"), 404)
    _problems(client.get("/schema/nothing"), 404)
    _problems(client.get("/check"), 405)


def test_413_for_a_body_beyond_the_loaders_size_limit(client: Any) -> None:
    from tkpk_rules.io.limits import DEFAULT_LIMITS

    big = b"a" * (DEFAULT_LIMITS.max_bytes + 1)
    data = _problems(client.post("/validate", content=big, headers=YAML), 413)
    assert data["masalah"][0]["kode"] == "limit"
    deep = "format: tkpk-rules/1\nx: " + "[" * 40 + "]" * 40 + "\n"
    _problems(client.post("/validate", content=deep, headers=YAML), 413)


def test_415_for_a_body_that_is_neither_json_nor_yaml(client: Any) -> None:
    r = client.post("/check", content=b"a=1", headers={"content-type": "multipart/form-data"})
    _problems(r, 415)


def test_422_for_an_unreadable_document_with_the_commands_problems(
    client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = "format: tkpk-rules/1\nwilayah: {kode: '99.99'}\n"
    data = _problems(client.post("/check", content=bad, headers=YAML), 422)
    envelope = cli(capsys, "check", "-", "--format", "json", stdin=bad)
    assert data == envelope["masukan"][0]["masalah"]
    assert data["sumber"] == "-"


def test_a_yaml_body_whose_newlines_were_dropped_says_so(client: Any) -> None:
    """``curl -d`` drops newlines: the first problem says how to send the file instead."""
    text = "# tim kami\nformat: tkpk-rules/1\nwilayah:\n  kode: '33.02'\n"
    for body in (text.replace("\n", ""), text.replace("\n", "")[len("# tim kami") :]):
        data = _problems(client.post("/check", content=body, headers=YAML), 422)
        first = data["masalah"][0]["pesan"]
        assert "--data-binary" in first["id"] and "--data-binary" in first["en"], first
    # A document that is unreadable for another reason is not told so: a problem in a
    # document of several lines, a one-line document of the wrong content, a workbook.
    data = _problems(client.post("/check", content=text + "x: [\n", headers=YAML), 422)
    assert "--data-binary" not in json.dumps(data)
    one_line = "wilayah: {kode: '99.99', nama: 'Kabupaten Tidak Ada di Daftar Kemendagri'}"
    data = _problems(client.post("/check", content=one_line, headers=YAML), 422)
    assert "--data-binary" not in json.dumps(data)
    zipped = b"PK\x03\x04" + bytes(range(128, 256)) * 2
    data = _problems(client.post("/check", content=zipped, headers=YAML), 422)
    assert "--data-binary" not in json.dumps(data) and "ZIP" in json.dumps(data)


def test_422_names_the_php_pitfalls(client: Any) -> None:
    data = _problems(client.post("/validate", content="[]", headers=JSON), 422)
    assert "json_encode" in data["masalah"][0]["pesan"]["en"]


def test_500_is_a_problems_document_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from tkpk_rules.server import create_app

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "rules", broken)

    async def call() -> Any:
        transport = httpx.ASGITransport(app=create_app(), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return await c.get("/rules")

    r = asyncio.run(call())
    data = _problems(r, 500)
    assert data["masalah"][0]["kode"] == "internal" and "secret" not in r.text


# --- the OpenAPI document and /docs --------------------------------------------------------


def test_openapi_is_a_valid_3_1_document_embedding_the_shipped_schemas(client: Any) -> None:
    from openapi_spec_validator import validate

    from tkpk_rules.server._openapi import embed

    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    validate(doc)
    for name in service.SCHEMA_NAMES:
        for key, value in embed(name, service.schema(name)).items():
            assert doc["components"]["schemas"][key] == value
    assert set(doc["paths"]) >= {
        "/validate",
        "/check",
        "/plan",
        "/due",
        "/diff",
        "/rules",
        "/coverage",
        "/schema/{name}",
        "/health",
    }


def test_answers_validate_against_the_openapi_components(client: Any) -> None:
    import jsonschema

    doc = client.get("/openapi.json").json()

    def check(data: Any, name: str) -> None:
        schema = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
        jsonschema.Draft202012Validator(schema).validate(data)

    check(client.post(f"/check?on={ON}", content=example_text(), headers=YAML).json(), "envelope")
    check(client.post("/plan?year=2027", content=example_text(), headers=YAML).json(), "plan")
    check(client.get("/rules").json(), "rules")
    check(client.get("/health").json(), "health")
    check(client.post("/check", content="[]", headers=JSON).json(), "problems")


def test_docs_work_offline(client: Any) -> None:
    import re

    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", r.text), "no outside assets"
    assert '"openapi": "3.1.0"' in r.text and "/check" in r.text


def test_serve_refuses_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--workers", "0"]) == 64  # bad usage (sysexits)
    assert "--workers" in capsys.readouterr().err


def test_sigterm_stops_the_server_cleanly() -> None:
    with running_server() as (base, proc):
        assert httpx.get(f"{base}/health", timeout=5).status_code == 200
        os.kill(proc.pid, signal.SIGTERM)
        # uvicorn finishes open requests, runs the shutdown, then re-raises the signal.
        assert proc.wait(timeout=20) in (0, -signal.SIGTERM)
        assert proc.stderr is not None
        log = proc.stderr.read().decode()
        assert "Application shutdown complete" in log and "Finished server process" in log


def test_two_workers_answer_alike_and_stop_together(capsys: pytest.CaptureFixture[str]) -> None:
    expected = cli(capsys, "check", "--example", "--on", ON, "--format", "json")
    with running_server("--workers", "2") as (base, proc):
        with httpx.Client(base_url=base, timeout=30) as c:
            answers = [
                c.post(f"/check?on={ON}", content=example_text(), headers=YAML).json()
                for _ in range(4)
            ]
        for answer in answers:
            assert answer["masukan"][0]["hasil"] == expected["masukan"][0]["hasil"]
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) in (0, -signal.SIGTERM)


def _json_text(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, default=str)


@settings(max_examples=ci_examples(100, 25), deadline=None)
@given(doc=st.one_of(documents(valid=True), documents(valid=False)))
def test_any_document_gets_the_services_answer_and_never_a_500(client: Any, doc: object) -> None:
    body = _json_text(doc)
    r = client.post("/validate", content=body.encode("utf-8"), headers=JSON)
    expected = service.validate([service.read_text("-", body)])
    if expected.status is service.Status.OK:
        assert r.status_code == 200 and r.json() == expected.data
    else:
        assert r.status_code in (413, 422)
        assert r.json() == expected.data["masukan"][0]["masalah"]
        assert_valid(r.json(), "problems")
