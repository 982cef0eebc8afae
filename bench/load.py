"""Load test of ``tkpk-rules serve``: bounded in clients, time and requests.

``python bench/load.py`` (needs ``pip install -e '.[server,test]'``) starts the
service on a free port of 127.0.0.1, lets ``--clients`` concurrent clients POST
the bundled Banyumas example to ``/check`` for at most ``--seconds`` seconds or
``--max-requests`` requests in all (whichever comes first), then stops the
server by its PID with SIGTERM.  It prints requests per second, p50/p99
latency, the error count (anything but 200 with the expected answer; must be
0), and the server's resident memory before and after.  For scale it also
times the same check through the command (``tkpk-rules check --format json -``,
a new process each time) and in process (``tkpk_rules.service.check``), side
by side in the same run, and prints the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tkpk_rules import service  # noqa: E402
from tkpk_rules.examples import example_text  # noqa: E402

ON = "2026-11-27"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn workers), in MiB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def start(port: int, workers: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "tkpk_rules", "serve", "--host", "127.0.0.1"]
    cmd += ["--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    raise SystemExit("the server did not start within 60 s")


def stop(proc: subprocess.Popen[bytes]) -> int:
    os.kill(proc.pid, signal.SIGTERM)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        return proc.wait(timeout=10)


def body_of(kind: str) -> tuple[bytes, str]:
    """The example as the request body: its YAML text, or the same document as JSON."""
    if kind == "json":
        from tkpk_rules.examples import load_example
        from tkpk_rules.io import dumps

        return dumps(load_example(), format="json").encode("utf-8"), "application/json"
    return example_text().encode("utf-8"), "application/yaml"


async def load(
    base: str,
    clients: int,
    seconds: float,
    max_requests: int,
    expected: dict[str, object],
    kind: str,
) -> tuple[list[float], int, float]:
    body, content_type = body_of(kind)
    latencies: list[float] = []
    errors = 0
    sent = 0
    stop_at = time.monotonic() + seconds

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors, sent
        while time.monotonic() < stop_at and sent < max_requests:
            sent += 1
            began = time.perf_counter()
            try:
                r = await http.post(
                    f"/check?on={ON}", content=body, headers={"content-type": content_type}
                )
                ok = r.status_code == 200 and r.json() == expected
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - began)
            errors += not ok

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    began = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    return latencies, errors, time.perf_counter() - began


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cli_seconds(runs: int, kind: str) -> float:
    text = body_of(kind)[0]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tkpk_rules", "check", "--on", ON, "--format", "json", "-"],
            input=text,
            capture_output=True,
            check=False,
            env=env,
        )
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def in_process_seconds(runs: int, kind: str) -> float:
    text = body_of(kind)[0].decode("utf-8")
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        service.dumps(service.check([service.read_text("-", text)], on=dt.date(2026, 11, 27)).data)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--body", choices=("yaml", "json"), default="yaml")
    args = parser.parse_args()
    if not (0 < args.seconds <= 120 and 0 < args.clients <= 200 and args.max_requests > 0):
        raise SystemExit("bounded runs only: --seconds 0..120, --clients 1..200")

    expected = service.check(
        [service.read_text("-", example_text())], on=dt.date(2026, 11, 27)
    ).data
    port = free_port()
    proc = start(port, args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        httpx.post(f"{base}/check?on={ON}", content=example_text())  # warm up once
        before = rss_mib(proc.pid)
        latencies, errors, wall = asyncio.run(
            load(base, args.clients, args.seconds, args.max_requests, expected, args.body)
        )
        after = rss_mib(proc.pid)
    finally:
        code = stop(proc)
    cli = cli_seconds(args.cli_runs, args.body)
    inproc = in_process_seconds(50, args.body)
    p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
    print(f"| body | {args.body} ({len(body_of(args.body)[0])} bytes) |")
    print(f"| clients | {args.clients} |")
    print(f"| workers | {args.workers} |")
    print(f"| duration | {wall:.1f} s |")
    print(f"| requests | {len(latencies)} |")
    print(f"| requests/s | {len(latencies) / wall:.1f} |")
    print(f"| latency p50 | {p50 * 1000:.1f} ms |")
    print(f"| latency p99 | {p99 * 1000:.1f} ms |")
    print(f"| errors | {errors} |")
    print(f"| server memory (RSS) before / after | {before:.1f} MiB / {after:.1f} MiB |")
    print(f"| server exit after SIGTERM | {code} |")
    print(f"| one CLI call (new process, median of {args.cli_runs}) | {cli * 1000:.0f} ms |")
    print(f"| one check in process (median of 50) | {inproc * 1000:.1f} ms |")
    print(f"| CLI call / in process | {cli / inproc:.1f}x |")
    print(f"| CLI call / HTTP p50 under load | {cli / p50:.1f}x |")
    if errors:
        raise SystemExit(f"{errors} errors")


if __name__ == "__main__":
    main()
