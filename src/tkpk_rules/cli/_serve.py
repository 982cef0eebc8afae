"""``tkpk-rules serve``: run the HTTP service (needs the ``server`` extra)."""

from __future__ import annotations

import argparse

from tkpk_rules.cli._common import UsageError, both

#: The most processes ``serve --workers`` starts: each one loads the whole library, so a
#: typo (``--workers 1000``) must not fork a thousand; more than this is refused.
MAX_WORKERS = 64


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "serve",
        help="jalankan layanan HTTP / run the HTTP service",
        description=(
            "Jalankan layanan HTTP tanpa status: validate, check, plan, due, diff, rules,\n"
            "coverage, schema dan health, dengan OpenAPI 3.1 di /openapi.json dan /docs.\n"
            "Run the stateless HTTP service: the same JSON as the command, OpenAPI 3.1 at\n"
            "/openapi.json, readable docs at /docs.  Needs: pip install 'tkpk-rules[server]'.\n"
            "Ctrl+C atau SIGTERM menghentikannya setelah permintaan yang berjalan selesai /\n"
            "Ctrl+C or SIGTERM stops it after the requests in progress finish."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="alamat / address (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="porta / port (8000)")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help=f"jumlah proses / processes (1; 1..{MAX_WORKERS})",
    )


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.workers <= MAX_WORKERS:
        raise UsageError(both("ui.cli.workers", most=MAX_WORKERS, got=args.workers))
    if not 0 <= args.port <= 65535:
        raise UsageError(both("ui.cli.port"))
    try:
        from tkpk_rules.server import serve
    except ImportError as exc:
        raise UsageError(both("ui.cli.server_missing", module=exc.name)) from None
    serve(args.host, args.port, workers=args.workers)
    return 0
