"""``tkpk-rules serve``: the command's JSON answers as a stateless HTTP service.

Needs the ``server`` extra (Starlette and uvicorn); nothing here is imported
by ``import tkpk_rules`` or by the other commands.  Every endpoint reads one
document from the request body (JSON or YAML, by ``Content-Type``), calls
the same function of :mod:`tkpk_rules.service` the command calls, and sends
its data: the bodies are equal to ``tkpk-rules CMD --format json -`` for the
same document and options.  Nothing is kept between requests.

Statuses: 200 an answer (violations are findings, not errors); 400 a query
parameter that cannot be used; 404/405 no such endpoint or method; 413 a
document beyond the loader's limits; 415 a body that is neither JSON nor
YAML; 422 a document that cannot be read; 500 an error inside the service.
Every error body is the problems JSON (``tkpk-rules.masalah/1``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from tkpk_rules import __version__, service
from tkpk_rules.errors import DocumentError, LimitExceededError, Problem, TkpkError
from tkpk_rules.io.limits import DEFAULT_LIMITS, Limits, limit_error

__all__ = ["JSON_TYPES", "YAML_TYPES", "create_app"]

log = logging.getLogger("tkpk_rules.server")

#: Content types read as JSON, and as YAML.  A body without a type is read either way.
JSON_TYPES = frozenset({"application/json"})
YAML_TYPES = frozenset(
    {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"}
)


#: How far beyond ``max_bytes`` a too-large body is still read (and dropped) before replying.
_DRAIN = 4


class _Refused(Exception):
    """A request the service answers with a problems document and ``status``."""

    def __init__(self, status: int, error: DocumentError, source: str | None = None) -> None:
        self.status = status
        self.error = error
        self.source = source
        """``-`` when the problems are the body's (as the command names standard input)."""


def _json(data: dict[str, Any], status: int = 200) -> Response:
    return Response(service.dumps(data), status_code=status, media_type="application/json")


def _problem(status: int, path: str, message_id: str, message_en: str, **kw: Any) -> _Refused:
    return _Refused(status, service.usage_problem(path, message_id, message_en, **kw))


# --- query parameters ------------------------------------------------------------------


def _date(request: Request, name: str, *, required: bool = False) -> dt.date | None:
    text = request.query_params.get(name)
    if text is None or text == "":
        if required:
            raise _problem(
                400, f"?{name}", f"parameter {name} wajib diisi", f"parameter {name} is required"
            )
        return None
    return _parse_date(name, text)


def _parse_date(name: str, text: str) -> dt.date:
    if text.strip().lower() in ("today", "hari-ini"):
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise _problem(
            400,
            f"?{name}",
            f"{text!r} bukan tanggal YYYY-MM-DD",
            f"{text!r} is not a YYYY-MM-DD date",
            found=text,
        ) from None


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang", "id")
    if lang not in ("id", "en"):
        raise _problem(400, "?lang", "bahasa: id atau en", "language: id or en", found=lang)
    return lang


def _bool(request: Request, name: str) -> bool:
    text = request.query_params.get(name, "false").strip().lower()
    if text in ("1", "true", "yes", "ya"):
        return True
    if text in ("0", "false", "no", "tidak", ""):
        return False
    raise _problem(400, f"?{name}", "isi true atau false", "write true or false", found=text)


def _int(request: Request, name: str) -> int | None:
    text = request.query_params.get(name)
    if text is None or text == "":
        return None
    # Plain ASCII digits only: ``int`` would also take "2_0_2_7", " 7 " and other scripts'
    # digits, which a query should not silently turn into a number.
    if _WHOLE.fullmatch(text) is None:
        raise _problem(
            400,
            f"?{name}",
            f"{text!r} bukan bilangan bulat",
            f"{text!r} is not a whole number",
            found=text,
        )
    return int(text)


_WHOLE = re.compile(r"[+-]?[0-9]{1,9}")


def _dates(request: Request, name: str) -> list[str]:
    values: list[str] = []
    for item in request.query_params.getlist(name):
        parts = [part.strip() for part in item.split(",")]
        while parts and not parts[-1]:
            parts.pop()  # a trailing comma ("a,"): nothing was left out
        while parts and not parts[0]:
            parts.pop(0)
        if not all(parts):
            # ``a,,b``: an item left empty may be a date the caller lost; never skipped.
            raise _problem(
                400,
                f"?{name}",
                f"{name}: ada tanggal yang kosong di antara koma",
                f"{name}: a date between the commas is empty",
                found=item,
            )
        values.extend(parts)
    return values


#: Query parameters a client or a proxy adds that are never the library's (no parameter
#: of it starts so): a cache-buster (``_=1700000000``), trackers (``utm_source``), PHP's
#: debugger switch (``XDEBUG_SESSION_START``).  Ignored, not refused.
_HARMLESS = ("_", "utm_", "xdebug_")


def _query(request: Request, allowed: tuple[str, ...], repeatable: tuple[str, ...] = ()) -> None:
    """Refuse a query parameter the endpoint does not read, or one given twice.

    Each would be lost without a word: ``?On=`` or ``?date=`` answered for today,
    ``?on=a&on=b`` used the last, PHP's ``?fixed[]=`` was never read.
    """
    import difflib

    params = request.query_params
    for name in dict.fromkeys(params.keys()):
        if name.lower().startswith(_HARMLESS):
            continue  # a cache-buster, a tracker, a debugger's switch: never the library's
        if name.endswith("]") and "[" in name:
            base = name[: name.index("[")]
            how_id, how_en = (
                (f"tulis ?{base}=a,b (dipisah koma)", f"write ?{base}=a,b (comma-separated)")
                if base in repeatable
                else (f"tulis ?{base}=... sekali", f"write ?{base}=... once")
            )
            raise _problem(
                400,
                f"?{name}",
                f"parameter {name!r} tidak dikenal: bentuk larik PHP (http_build_query) tidak"
                f" diterima; {how_id}",
                f"unknown parameter {name!r}: PHP's array form (http_build_query) is not"
                f" accepted; {how_en}",
                found=name,
            )
        if name not in allowed:
            close = [a for a in allowed if a.lower() == name.strip().lower()]
            close = close or difflib.get_close_matches(name, allowed, n=1, cutoff=0.75)
            hint_id = f"; maksudnya ?{close[0]}?" if close else ""
            hint_en = f"; did you mean ?{close[0]}?" if close else ""
            known = ", ".join(allowed) or "-"
            raise _problem(
                400,
                f"?{name}",
                f"parameter {name!r} tidak dikenal{hint_id} (yang dikenal: {known})",
                f"unknown parameter {name!r}{hint_en} (known: {known})",
                found=name,
            )
        if name not in repeatable and len(params.getlist(name)) > 1:
            raise _problem(
                400,
                f"?{name}",
                f"parameter {name} diberikan {len(params.getlist(name))} kali; berikan sekali",
                f"parameter {name} is given {len(params.getlist(name))} times; give it once",
                found=", ".join(params.getlist(name)),
            )


# --- the body --------------------------------------------------------------------------


async def _document(request: Request, limits: Limits) -> service.Input:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in JSON_TYPES | YAML_TYPES:
        raise _problem(
            415,
            "",
            f"jenis isi {kind!r} tidak didukung; kirim application/json atau application/yaml",
            f"content type {kind!r} is not supported; send application/json or application/yaml",
            found=kind,
        )
    raw = bytearray()
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen <= limits.max_bytes:
            raw.extend(chunk)
        elif seen > _DRAIN * limits.max_bytes:
            break  # a body this large is not read to its end: the connection is closed
    if seen > limits.max_bytes:
        # The rest of a too-large body is read and dropped (never kept) up to a bound, so
        # the client sees the 413 instead of a connection reset while it is still sending.
        raise _Refused(413, limit_error("", "max_bytes", seen, limits.max_bytes), service.STDIN)
    body = bytes(raw)
    found = await run_in_threadpool(service.read_bytes, service.STDIN, body, limits=limits)
    return _newlines_dropped(found, body)


def _newlines_dropped(found: service.Input, body: bytes) -> service.Input:
    """An unreadable YAML body of one long line: most likely sent with ``curl -d``, which
    drops newlines; its first problem says so (the others stay as they are)."""
    name, result = found
    text = body.strip()
    if (
        not isinstance(result, DocumentError)
        or isinstance(result, LimitExceededError)
        or not result.problems
        or b"\n" in text
        or text.startswith((b"{", b"["))
        or len(text) < 40
        # Only what a lost newline makes of YAML: a syntax problem, or an empty document
        # (every line a comment), never a workbook's bytes or a valid one-line document.
        or result.problems[0].code not in ("syntax", "not_a_mapping")
        or result.problems[0].message_en.startswith("cannot be read: not UTF-8")
    ):
        return found
    first, *rest = result.problems
    said_id, said_en = (
        "isi permintaan hanya satu baris: kemungkinan baris barunya hilang (curl -d membuangnya);"
        " kirim dengan --data-binary @berkas.yaml",
        "the request body is a single line: its newlines were most likely dropped (curl -d"
        " drops them); send it with --data-binary @file.yaml",
    )
    hinted = attrs.evolve(
        first,
        message_id=f"{first.message_id} ({said_id})",
        message_en=f"{first.message_en} ({said_en})",
    )
    return name, DocumentError([hinted, *rest], source=result.source)


def _unreadable(source: service.Input) -> None:
    _, result = source
    if isinstance(result, DocumentError):
        status = 413 if isinstance(result, LimitExceededError) else 422
        raise _Refused(status, result, service.STDIN)


# --- endpoints -------------------------------------------------------------------------


def _endpoint(work: Callable[[Request, Limits], Awaitable[dict[str, Any]]]) -> Any:
    async def endpoint(request: Request) -> Response:
        limits: Limits = request.app.state.limits
        try:
            return _json(await work(request, limits))
        except _Refused as refused:
            return _json(service.problems(refused.error, refused.source), refused.status)
        except DocumentError as exc:
            return _json(service.problems(exc, None), 422)
        except TkpkError as exc:  # an option the library refuses (handover window, weekday...)
            text = str(exc)
            message_id, _, message_en = text.partition(" / ")
            # The planner names the argument it refused: the query parameter of that name.
            argument = getattr(exc, "argument", None)
            path = f"?{argument}" if isinstance(argument, str) else ""
            error = service.usage_problem(path, message_id, message_en or message_id)
            return _json(service.problems(error, None), 400)

    return endpoint


async def _validate(request: Request, limits: Limits) -> dict[str, Any]:
    _query(request, ("lang",))
    _lang(request)
    source = await _document(request, limits)
    _unreadable(source)
    return service.validate([source]).data


async def _check(request: Request, limits: Limits) -> dict[str, Any]:
    _query(request, ("on", "handover", "redact", "lang"))
    on = _date(request, "on") or dt.date.today()
    handover = _date(request, "handover")
    redact = _bool(request, "redact")
    _lang(request)
    source = await _document(request, limits)
    _unreadable(source)
    answer = await run_in_threadpool(
        lambda: service.check([source], on=on, handover=handover, redact=redact)
    )
    return answer.data


async def _due(request: Request, limits: Limits) -> dict[str, Any]:
    _query(request, ("on", "lang"))
    on = _date(request, "on") or dt.date.today()
    _lang(request)
    source = await _document(request, limits)
    _unreadable(source)
    return (await run_in_threadpool(lambda: service.due([source], on=on))).data


_PLAN_QUERY = ("year", "lang", "weekday", "meetings", "fixed", "avoid", "inauguration")


def _avoid(text: str) -> dt.date | tuple[dt.date, dt.date]:
    if ".." in text:
        start, _, end = text.partition("..")
        first, last = _parse_date("avoid", start), _parse_date("avoid", end)
        if last < first:
            raise _problem(
                400,
                "?avoid",
                "akhir rentang sebelum awalnya",
                "the range ends before it starts",
                found=text,
            )
        return first, last
    return _parse_date("avoid", text)


async def _plan(request: Request, limits: Limits) -> dict[str, Any]:
    _query(request, _PLAN_QUERY, repeatable=("fixed", "avoid"))
    lang = _lang(request)
    year = _int(request, "year")
    if year is None:  # not given: this year (0 is given, and refused by the planner)
        year = dt.date.today().year
    meetings = _int(request, "meetings")
    fixed = [_parse_date("fixed", t) for t in _dates(request, "fixed")]
    avoid = [_avoid(t) for t in _dates(request, "avoid")]
    inauguration = _date(request, "inauguration")
    weekday = request.query_params.get("weekday") or None
    source = await _document(request, limits)
    _unreadable(source)

    def work() -> dict[str, Any]:
        answer, _ = service.plan(
            source,
            year=year,
            lang=lang,
            weekday=weekday,
            meetings=meetings,
            fixed=fixed,
            avoid=avoid,
            inauguration=inauguration,
        )
        return answer.data

    return await run_in_threadpool(work)


async def _diff(request: Request, limits: Limits) -> dict[str, Any]:
    _query(request, ("from", "to", "handover", "redact", "lang"))
    from_date = _date(request, "from", required=True)
    to_date = _date(request, "to", required=True)
    assert from_date is not None and to_date is not None
    if from_date > to_date:
        raise _problem(
            400,
            "?to",
            f"to ({to_date.isoformat()}) sebelum from ({from_date.isoformat()}); tukar keduanya",
            f"to ({to_date.isoformat()}) is before from ({from_date.isoformat()}); swap them",
            found=to_date.isoformat(),
        )
    handover = _date(request, "handover")
    redact = _bool(request, "redact")
    _lang(request)
    source = await _document(request, limits)
    _unreadable(source)

    def work() -> dict[str, Any]:
        answer, _ = service.diff(
            source, from_date=from_date, to_date=to_date, handover=handover, redact=redact
        )
        return answer.data

    return await run_in_threadpool(work)


async def _rules(request: Request, limits: Limits) -> dict[str, Any]:
    return service.rules().data


async def _coverage(request: Request, limits: Limits) -> dict[str, Any]:
    return service.coverage().data


async def _health(request: Request, limits: Limits) -> dict[str, Any]:
    return {"format": "tkpk-rules.kesehatan/1", "status": "ok", "versi": __version__}


async def _schema(request: Request, limits: Limits) -> dict[str, Any]:
    name = request.path_params.get("name", "document")
    if name not in service.SCHEMA_NAMES:
        raise _problem(
            404,
            "name",
            f"tidak ada skema {name!r}; pilihan: " + ", ".join(service.SCHEMA_NAMES),
            f"no schema {name!r}; choose from: " + ", ".join(service.SCHEMA_NAMES),
            found=name,
        )
    return service.schema(name)


async def _openapi_json(request: Request) -> Response:
    return _json(request.app.state.openapi)


async def _docs_page(request: Request) -> Response:
    from tkpk_rules.server._docs import docs_page

    return HTMLResponse(docs_page(request.app.state.openapi))


# --- errors outside the endpoints ------------------------------------------------------


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    words = {
        404: ("tidak ada alamat ini", "no such endpoint"),
        405: ("metode ini tidak dipakai di sini", "method not allowed here"),
    }.get(status, ("permintaan tidak dapat dilayani", "the request cannot be served"))
    error = service.usage_problem(request.url.path, words[0], words[1])
    return _json(service.problems(error, None), status)


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("error while serving %s %s", request.method, request.url.path)
    error = DocumentError(
        [
            Problem(
                path="",
                code="internal",
                message_id="kesalahan dalam layanan; dokumen Anda tidak diubah, coba lagi atau "
                "laporkan",
                message_en="an error inside the service; your document was not changed, try "
                "again or report it",
            )
        ]
    )
    return _json(service.problems(error, None), 500)


def create_app(*, limits: Limits | None = None) -> Starlette:
    """The ASGI application (``uvicorn --factory tkpk_rules.server:create_app`` also works)."""
    from tkpk_rules.server._openapi import openapi_document

    routes = [
        Route("/validate", _endpoint(_validate), methods=["POST"]),
        Route("/check", _endpoint(_check), methods=["POST"]),
        Route("/plan", _endpoint(_plan), methods=["POST"]),
        Route("/due", _endpoint(_due), methods=["POST"]),
        Route("/diff", _endpoint(_diff), methods=["POST"]),
        Route("/rules", _endpoint(_rules), methods=["GET"]),
        Route("/coverage", _endpoint(_coverage), methods=["GET"]),
        Route("/schema", _endpoint(_schema), methods=["GET"]),
        Route("/schema/{name}", _endpoint(_schema), methods=["GET"]),
        Route("/health", _endpoint(_health), methods=["GET"]),
        Route("/openapi.json", _openapi_json, methods=["GET"]),
        Route("/docs", _docs_page, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
    )
    app.state.limits = limits or DEFAULT_LIMITS
    app.state.openapi = openapi_document()
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, *, workers: int = 1) -> None:
    """Run the service on uvicorn until SIGINT/SIGTERM, then finish open requests and stop."""
    import uvicorn

    uvicorn.run(
        "tkpk_rules.server:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_graceful_shutdown=10,
        log_level="info",
    )
