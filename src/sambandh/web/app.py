"""The FastAPI app: HTML pages and their JSON twins over :mod:`sambandh.api`.

A thin layer: each page and its ``/api`` twin are built from one entry of
:data:`sambandh.web.pages.PAGES`, whose view calls one function of ``sambandh.api``; the page
renders the result with a Jinja2 template (autoescaped: article text can never inject
markup), the twin returns it as JSON. The database is opened read-only; ``POST
/api/ingest`` writes only with the token of ``SAMBANDH_API_TOKEN``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import inspect
import json
import re
import secrets
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import anyio
from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError, ResponseValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import TypeAdapter, ValidationError
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__, api
from ..config import Config
from ..errors import AuthError, NotFoundError, ReadOnlyError, SambandhError, UsageError
from ..present import shown
from ..script import DEVANAGARI
from . import schemas
from .cache import Cached, Key, ResponseCache, etag_of
from .i18n import LANGUAGES, chart_bases, chart_types, event_type, labels, mode, role
from .pages import PAGES, Page

HERE = Path(__file__).parent
MAX_BODY = 10_000_000  # bytes a request may carry (ingest)
MAX_JOBS = 100  # background ingest jobs remembered


def _utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# The front-end libraries the UI uses, served from node_modules (installed by make setup).
VENDOR = {
    "chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
    # Noto Sans (OFL): Devanagari renders even where the system has no Hindi font
    "deva-400.woff2": "@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2",
    "deva-700.woff2": "@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2",
    "latin-400.woff2": "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2",
    "latin-700.woff2": "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2",
}
MEDIA = {".css": "text/css", ".js": "text/javascript", ".woff2": "font/woff2"}
STATUS = {"not_found": 404, "unauthorized": 401, "read_only": 403, "store": 503, "locked": 503}
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": schemas.ErrorOut, "description": "Bad parameter (a date, an empty query)"},
    404: {"model": schemas.ErrorOut, "description": "No such item"},
    422: {"model": schemas.ErrorOut, "description": "Parameters fail validation"},
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def find_assets(config: Config) -> Path | None:
    """The ``node_modules`` folder holding the UI's libraries, or ``None`` when not installed."""
    places = [Path(config.assets_dir)] if config.assets_dir else [Path.cwd() / "node_modules",
                                                                   HERE.parents[2] / "node_modules"]  # fmt: skip
    for p in places:
        if all((p / rel).is_file() for rel in VENDOR.values()):
            return p
    return None


def day(value: Any, lang: str) -> str:
    """A date as people read it in the UI's language: ``2025-06-26`` → ``26 June 2025``, ``2021-04`` →
    ``April 2021``; ``""`` for none.
    """
    from ..present import day_words, describe

    if not value:
        return ""
    text = str(value)
    return day_words(text[:10], lang, weekday=False) or describe({"value": text}, None, lang)


def doc_spans(doc_id: str, kind: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Marks of one kind for the ``items`` (``{doc_id, start, end}``) that belong to ``doc_id``."""
    return [{"start": i["start"], "end": i["end"], "kind": kind} for i in items if i["doc_id"] == doc_id]


def evidence_spans(doc_id: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Marks for the evidence sentences of ``events`` in one document's text, titled with the event type
    (a headline's evidence points into the title, not the text: it marks nothing there).
    """
    return [
        {"start": e["start"], "end": e["end"], "kind": "evidence", "title": f"{ev['type']} {ev.get('mode') or ''}"}
        for ev in events for e in ev["evidence"] if e["doc_id"] == doc_id and e.get("field", "text") == "text"
    ]  # fmt: skip


def hl_spans(snippet: dict[str, Any]) -> list[dict[str, Any]]:
    """Search-term marks of a snippet, relative to the snippet's own text."""
    base = snippet["start"]
    return [{"start": a - base, "end": b - base, "kind": "hl"} for a, b in snippet["highlights"]]


def doc_marks(d: dict[str, Any]) -> list[dict[str, Any]]:
    """Marks for a document page: entities, time expressions and event sentences."""
    marks = [{"start": e["start"], "end": e["end"], "kind": "entity l-" + e["label"].lower(),
              "title": f"{e['label']}: {e['name'] or e['text']}"} for e in d["entities"]]  # fmt: skip
    marks += [{"start": x["start"], "end": x["end"], "kind": "timex", "title": f"{x['type']} {x['value'] or ''}"}
              for x in d["timexes"]]  # fmt: skip
    marks += [{"start": s["start"], "end": s["end"], "kind": "evidence", "title": f"{ev['type']} {ev['mode'] or ''}"}
              for ev in d["events"] for s in ev["evidence"] if s.get("field", "text") == "text"]  # fmt: skip
    return marks


# Which JSON twins answer as CSV, and with which table (``sambandh.present.table``): a pattern per
# page, its path parameters standing for any one segment.
CSV_TABLES = [(re.sub(r"\{\w+\}", "[^/]+", p.api_path), p.csv) for p in PAGES if p.csv is not None]
# The pages and twins whose answers the response cache keeps (``web/cache.py``): every page of PAGES.
CACHED = [re.compile(re.sub(r"\{\w+\}", "[^/]+", path)) for p in PAGES for path in (p.path, p.api_path)]


def _error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "status": status}}


def create_app(config: Config, knowledge: api.Knowledge | None = None) -> FastAPI:
    """Build the app over the database ``config.db``.

    Raises:
        StoreError: The database cannot be opened (missing, locked by a writer).
    """
    k = knowledge or api.Knowledge(config)
    templates = _templates()
    app = FastAPI(
        title="Sambandh",
        version=__version__,
        description="International relations from Hindi and English news: stories, entities, events, timelines, "
        "the relation graph and search. Every page of the web UI has a JSON twin here. Errors have one shape: "
        '`{"error": {"code", "message", "status"}}`.',
        docs_url=None,
        redoc_url=None,
    )
    app.state.knowledge = k
    app.state.response_cache = ResponseCache(config.serve_cache_mb * 2**20)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _add_middleware(app)
    _add_error_handlers(app, config, templates)
    _add_pages(app, k, templates)  # the OpenAPI document lists the pages' twins before the write routes
    _add_write_routes(app, config, k)
    _add_assets(app, find_assets(config))
    return app


def _templates() -> Jinja2Templates:
    """The pages' templates, with the filters and helpers they call."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = __version__
    templates.env.filters["q"] = lambda v: quote(str(v), safe="")
    templates.env.globals.update(segments=api.segments, doc_spans=doc_spans, evidence_spans=evidence_spans,
                                 hl_spans=hl_spans, doc_marks=doc_marks, chart_types=chart_types,
                                 chart_bases=chart_bases)  # fmt: skip
    templates.env.filters["combine"] = lambda a, b: {**a, **b}
    templates.env.filters["shown"] = shown
    templates.env.filters["day"] = day
    templates.env.globals["graph_nodes"] = lambda nodes, lang: [{**n, "name": shown(n, lang)} for n in nodes]
    templates.env.filters["etype"] = event_type
    templates.env.filters["role"] = role
    templates.env.filters["mode"] = mode
    return templates


# -- plumbing ---------------------------------------------------------------------------


def _add_middleware(app: FastAPI) -> None:
    """Refuse bodies too large or unmeasured, answer CSV from the JSON twins, answer repeated pages from the
    response cache, and set the headers every response carries (:class:`Guard`).
    """
    app.add_middleware(Guard, cache=app.state.response_cache, generation=lambda: app.state.knowledge.generation)


class Guard:
    """The app's one middleware, plain ASGI: a kept page is sent from the event loop with no task,
    stream or thread started for it (Starlette's ``BaseHTTPMiddleware`` starts a task group and a
    stream for every request, which under many clients at once is most of what a kept page costs).

    Args:
        app: The app inside.
        cache: The response cache.
        generation: The store's generation now (``Knowledge.generation``).
    """

    def __init__(self, app: ASGIApp, cache: ResponseCache, generation: Callable[[], int]) -> None:
        self.app = app
        self.cache = cache
        self.generation = generation

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request = Request(scope)

        async def stamped(message: Message) -> None:
            # every response, early refusals included, carries the same headers
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Server-Timing"] = f"app;dur={1000 * (time.perf_counter() - started):.1f}"
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                # Swagger UI's page starts itself with an inline script; every other page has none
                docs = scope["path"] == "/docs"
                headers["Content-Security-Policy"] = (
                    CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") if docs else CSP
                )
            await send(message)

        length = request.headers.get("content-length")
        response: Response
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            message = f"request bodies are limited to {MAX_BODY} bytes"
            response = JSONResponse(_error_body(413, "too_large", message), 413)
        elif request.method == "POST" and length is None:
            response = JSONResponse(_error_body(411, "length_required", "send a Content-Length header"), 411)
        elif (kind := csv_kind(request)) is not None:
            # the table is made in a thread: a long list's CSV costs milliseconds the loop would not serve in
            response = await anyio.to_thread.run_sync(as_csv, request, kind, await run_whole(self.app, scope, receive))
        elif (key := cache_key(request, self.generation())) is not None and self.cache.max_bytes:
            answer = lambda: run_whole(self.app, scope, receive)  # noqa: E731
            response = await self.cache.respond(request, key, self.generation, answer)
        else:
            await self.app(scope, receive, stamped)
            return
        await response(scope, receive, stamped)


async def run_whole(app: ASGIApp, scope: Scope, receive: Receive) -> Cached:
    """The response of ``app`` to the request, held whole (status, headers less ``content-length``, body)."""
    status, headers, chunks = 500, [], []

    async def hold(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, hold)
    body = b"".join(chunks)
    return Cached(status, headers, body, etag_of(body))


def cache_key(request: Request, generation: int) -> Key | None:
    """The response cache's key of a request for a page or a twin at this ``generation`` of the store
    (path, query and, for a page, the UI's language, which a cookie may set); ``None``: not kept.
    """
    path = request.url.path
    if request.method != "GET" or not any(p.fullmatch(path) for p in CACHED):
        return None
    lang = "" if path.startswith("/api/") else pick_lang(request)
    return generation, f"{path}?{request.url.query}#{lang}"


def csv_kind(request: Request) -> str | None:
    """The table a request for CSV (``….csv`` or ``?_format=csv``) wants, else ``None``.

    The request is then answered from its JSON twin (the path is rewritten to it), so a
    page, its JSON and its CSV always hold the same items.
    """
    path = request.url.path
    if request.method != "GET" or not (path.endswith(".csv") or request.query_params.get("_format") == "csv"):
        return None
    path = path.removesuffix(".csv")
    twin = path if path.startswith("/api/") else "/api" + path
    kind = next((k for pattern, k in CSV_TABLES if re.fullmatch(pattern, twin)), None)
    if kind is not None:
        request.scope["path"] = twin
        request.scope["raw_path"] = twin.encode()
    return kind


def as_csv(request: Request, kind: str, answer: Cached) -> Response:
    """The JSON twin's ``answer`` to ``request`` as a CSV file of the table ``kind`` (an error as it is)."""
    from ..present import csv_text, table

    body = answer.body
    if answer.status != 200:
        media = next((v.decode("latin-1") for k, v in answer.headers if k.lower() == b"content-type"), None)
        return Response(body, answer.status, media_type=media)
    columns, rows = table(kind, json.loads(body), pick_lang(request))
    stem = request.url.path.strip("/").removeprefix("api/").removesuffix(".csv")
    name = re.sub((r"[^\w" + DEVANAGARI + r".-]+"), "-", stem) or kind
    plain = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or kind  # headers are Latin-1: the name in
    disposition = f"attachment; filename=\"{plain}.csv\"; filename*=UTF-8''{quote(name + '.csv')}"  # RFC 6266
    return Response(csv_text(rows, columns), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": disposition})  # fmt: skip


def wants_json(request: Request) -> bool:
    """Whether an error for ``request`` is answered as JSON (the API, its schema, the assets) rather than a page."""
    p = request.url.path
    return p.startswith("/api") or p.startswith("/openapi") or p.startswith("/vendor")


def pick_lang(request: Request) -> str:
    """The UI's language for ``request``: its ``lang`` parameter, else its cookie, else English."""
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "en"
    return lang if lang in LANGUAGES else "en"


def other_lang_url(request: Request) -> str:
    """The same page in the other language of the UI."""
    other = "hi" if pick_lang(request) == "en" else "en"
    path = request.url.path
    query = request.url.include_query_params(lang=other).query
    return f"{path}?{query}"


def _public(config: Config, message: str) -> str:
    """An error message without the server's folders (the file names stay)."""
    for folder in {str(config.db.resolve().parent), str(config.db.parent)}:
        if folder not in ("", "."):
            message = message.replace(folder.rstrip("/") + "/", "")
    return message


def _error_response(templates: Jinja2Templates, request: Request, status: int, code: str, message: str) -> Response:
    if wants_json(request):
        return JSONResponse(_error_body(status, code, message), status)
    lang = pick_lang(request)
    return templates.TemplateResponse(
        request, "error.html", {"t": labels(lang), "lang": lang, "status": status, "code": code,
                                "message": message, "json_url": None, "other": other_lang_url(request)},
        status_code=status,
    )  # fmt: skip


def _add_error_handlers(app: FastAPI, config: Config, templates: Jinja2Templates) -> None:
    """Answer every error in one shape: JSON for the API, an error page for the UI."""

    @app.exception_handler(SambandhError)
    async def on_error(request: Request, exc: SambandhError) -> Response:
        status = STATUS.get(exc.code, 400 if isinstance(exc, UsageError) else 500)
        return _error_response(templates, request, status, exc.code, _public(config, str(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http")
        return _error_response(templates, request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
        message = f"{where or 'request'}: {first.get('msg', 'invalid')}"
        return _error_response(templates, request, 422, "invalid_request", message)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> Response:
        message = f"internal error: {type(exc).__name__} (please report it)"
        return _error_response(templates, request, 500, "internal", message)


# -- pages and their JSON twins -----------------------------------------------------------


def _add_pages(app: FastAPI, k: api.Knowledge, templates: Jinja2Templates) -> None:
    """The JSON twin and the HTML page of every entry of :data:`~sambandh.web.pages.PAGES`, and the pair form."""
    # the threads pages are computed in: as many as may compute at once, so a request waits for its
    # turn on the event loop, never in a thread of Starlette's pool (which cheap routes then keep)
    threads = anyio.CapacityLimiter(api.PAGES_AT_ONCE)
    app.state.page_threads = threads
    for p in PAGES:
        app.add_api_route(p.api_path, _twin_endpoint(p, k, threads), methods=["GET"], name=f"api_{p.name}",
                          response_model=p.model, responses=ERRORS, tags=["pages"],
                          description=_summary(p.view))  # fmt: skip
        app.add_api_route(p.path, _page_endpoint(p, k, templates, threads), methods=["GET"], name=f"{p.name}_page",
                          response_class=HTMLResponse, include_in_schema=False)  # fmt: skip

    @app.get("/pair", include_in_schema=False)
    def pair_form(a: Annotated[str, Query(max_length=200)], b: Annotated[str, Query(max_length=200)]) -> Response:
        return RedirectResponse(f"/pairs/{quote(a.strip(), safe='')}/{quote(b.strip(), safe='')}", 303)


def _summary(view: Callable[..., Any]) -> str:
    """The first paragraph of ``view``'s docstring on one line: the twin's description in the API docs."""
    return " ".join((inspect.getdoc(view) or "").split("\n\n")[0].split())


def _parameters(view: Callable[..., Any]) -> list[inspect.Parameter]:
    """A view's parameters after the ``Knowledge``, their annotations evaluated (FastAPI reads them from there)."""
    return list(inspect.signature(view, eval_str=True).parameters.values())[1:]


def _twin_endpoint(p: Page, k: api.Knowledge, threads: anyio.CapacityLimiter) -> Callable[..., Awaitable[Response]]:
    """The ``/api`` route of a page: its view's data as JSON, the view's parameters its own.

    The page waits for one of ``threads`` on the event loop, then computes, checks against its
    response model and encodes its data in that thread: the loop only routes and sends bytes.
    """
    adapter: TypeAdapter[Any] = TypeAdapter(p.model)

    def compute(args: dict[str, Any]) -> bytes:
        # no lock: each worker thread reads through its own cursor; an ingest never blocks reads
        with k.pages_at_once:
            data = p.view(k, **args)
        k.trim_soon()  # the indexes' memory stays within the cache
        try:  # what FastAPI does with a response model, here in the page's thread
            return adapter.dump_json(adapter.validate_python(data, from_attributes=True), by_alias=True)
        except ValidationError as exc:
            raise ResponseValidationError(exc.errors(include_url=False)) from None

    async def endpoint(**args: Any) -> Response:
        body = await anyio.to_thread.run_sync(compute, args, limiter=threads)
        return Response(body, media_type="application/json")

    # FastAPI reads an endpoint's parameters from inspect.signature, which honours __signature__
    endpoint.__signature__ = inspect.Signature(_parameters(p.view))  # type: ignore[attr-defined]
    return endpoint


def _page_endpoint(p: Page, k: api.Knowledge, templates: Jinja2Templates,
                   threads: anyio.CapacityLimiter) -> Callable[..., Awaitable[HTMLResponse]]:  # fmt: skip
    """The HTML route of a page: its view's data rendered with its template, linked to its twin.

    A page takes its path parameters as plain text: a malformed id is the view's 400 page, where
    the twin's validation answers 422. It waits for one of ``threads`` on the event loop and is
    computed and rendered in that thread.
    """
    view = p.page_view or p.view

    def compute(request: Request, args: dict[str, Any]) -> HTMLResponse:
        with k.pages_at_once:
            data = view(k, **args)
        k.trim_soon()
        extra = p.context(request, args) if p.context is not None else {}
        return render(templates, request, p.template, data, twin_url(p, request, args), **extra)

    async def endpoint(request: Request, **args: Any) -> HTMLResponse:
        return await anyio.to_thread.run_sync(compute, request, args, limiter=threads)

    request = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)
    params = [a.replace(annotation=str) if a.name in p.path_names else a for a in _parameters(view)]
    endpoint.__signature__ = inspect.Signature([request, *params])  # type: ignore[attr-defined]
    return endpoint


def twin_url(p: Page, request: Request, args: dict[str, Any]) -> str:
    """The address of a page's JSON twin, with the query its ``twin_query`` says."""
    path = p.api_path.format(**{n: quote(args[n], safe="") for n in p.path_names})
    if p.twin_query == "page":  # the page's own query, less the UI language
        query = "&".join(f"{quote(n)}={quote(v)}" for n, v in request.query_params.multi_items() if n != "lang")
    elif p.twin_query == "raw":
        query = request.url.query
    else:
        query = ""
    return path + (f"?{query}" if query else "")


def render(templates: Jinja2Templates, request: Request, name: str, data: dict[str, Any], json_url: str,
           **extra: Any) -> HTMLResponse:  # fmt: skip
    """A page: the template ``name`` over ``data`` in the request's language, linked to its JSON twin.

    A ``lang`` parameter in the query also sets the language cookie.
    """
    lang = pick_lang(request)
    response = templates.TemplateResponse(
        request, name, {"d": data, "t": labels(lang), "lang": lang, "json_url": json_url,
                        "other": other_lang_url(request), **extra},
    )  # fmt: skip
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


# -- writing --------------------------------------------------------------------------------


def _authorize(config: Config, authorization: str | None) -> None:
    if not config.api_token:
        raise ReadOnlyError("this server is read-only: start it with SAMBANDH_API_TOKEN set to accept ingest")
    scheme, _, given = (authorization or "").strip().partition(" ")
    # RFC 7235: the scheme is case-insensitive; a bare token without it is refused
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), config.api_token.encode()):
        raise AuthError("missing or wrong token (send Authorization: Bearer <token>)")


def _run_ingest(config: Config, k: api.Knowledge, body: schemas.IngestIn) -> dict[str, Any]:
    from ..ingest import ingest
    from ..model import RawRecord
    from ..read import record_from_obj

    records: list[RawRecord] = []
    for d in body.documents:
        obj = d.model_dump(exclude_none=True)
        name = d.url or f"api:{hashlib.sha256(d.text.encode()).hexdigest()[:16]}"
        records.append(record_from_obj(name, obj))
    # the NLP of an API ingest runs in worker processes, so the process that answers pages keeps its CPU
    settings = config.replace(parallel_from=1, workers=config.workers or 2)
    with k.ingest_lock:  # one ingest at a time; readers go on through their own cursors
        try:
            report = ingest([], settings, records=records, store=k.writer())
        finally:
            k.refresh()
    return report.to_dict()


def _add_write_routes(app: FastAPI, config: Config, k: api.Knowledge) -> None:
    """``POST /api/ingest`` (at once, or as a background job) and ``GET /api/ingest/jobs/{job_id}``."""
    jobs: dict[str, dict[str, Any]] = {}  # the last MAX_JOBS background ingests, by id
    job_lock = threading.Lock()
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")
    app.state.ingest_worker = worker

    def job_run(job_id: str, body: schemas.IngestIn) -> None:
        jobs[job_id]["status"] = "running"
        try:
            jobs[job_id]["report"] = _run_ingest(config, k, body)
            jobs[job_id]["status"] = "done"
        except SambandhError as exc:
            jobs[job_id].update(status="failed", error={"code": exc.code, "message": _public(config, str(exc))})
        except Exception as exc:  # noqa: BLE001 - the job reports it; the server goes on
            error = {"code": "internal", "message": f"internal error: {type(exc).__name__}"}
            jobs[job_id].update(status="failed", error=error)
        jobs[job_id]["finished"] = _utcnow()

    @app.post(
        "/api/ingest", response_model=schemas.IngestOut | schemas.IngestJobOut, tags=["write"],
        responses={**ERRORS, 202: {"model": schemas.IngestJobOut, "description": "Queued (background=true)"},
                   401: {"model": schemas.ErrorOut, "description": "Missing or wrong token"},
                   411: {"model": schemas.ErrorOut, "description": "No Content-Length header"},
                   413: {"model": schemas.ErrorOut, "description": "A body over 10 MB"},
                   403: {"model": schemas.ErrorOut, "description": "The server is read-only"}},
    )  # fmt: skip
    def api_ingest(body: schemas.IngestIn, response: Response, authorization: Annotated[str | None, Header()] = None,
                   background: bool = False) -> dict[str, Any]:  # fmt: skip
        """Ingest articles (``Authorization: Bearer <SAMBANDH_API_TOKEN>``); the same pipeline as ``sambandh ingest``.
        With ``background=true`` the request returns at once (202) with a job whose status and report
        ``GET /api/ingest/jobs/{job_id}`` gives; readers never wait for either.
        """
        _authorize(config, authorization)
        if not background:
            return {"report": _run_ingest(config, k, body)}
        job_id = secrets.token_hex(8)
        with job_lock:
            while len(jobs) >= MAX_JOBS:
                jobs.pop(next(iter(jobs)))
            jobs[job_id] = {"job_id": job_id, "status": "queued", "documents": len(body.documents),
                            "submitted": _utcnow(), "finished": None, "report": None, "error": None}  # fmt: skip
        worker.submit(job_run, job_id, body)
        response.status_code = 202
        return dict(jobs[job_id])

    @app.get("/api/ingest/jobs/{job_id}", response_model=schemas.IngestJobOut, tags=["write"],
             responses={**ERRORS, 401: {"model": schemas.ErrorOut, "description": "Missing or wrong token"},
                        403: {"model": schemas.ErrorOut, "description": "The server is read-only"}})  # fmt: skip
    def api_ingest_job(job_id: str, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """The status of a background ingest: queued, running, done (with its report) or failed."""
        _authorize(config, authorization)
        job = jobs.get(job_id)
        if job is None:
            raise NotFoundError(f"no ingest job {job_id!r} (the server keeps the last {MAX_JOBS})")
        return dict(job)


# -- assets -----------------------------------------------------------------------------------


def _add_assets(app: FastAPI, assets: Path | None) -> None:
    """The front-end libraries from ``assets`` (``node_modules``), the API docs page and the health check."""

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> Response:
        # only the named files, never a path under node_modules that a request spells out
        if name not in VENDOR or assets is None:
            raise NotFoundError(f"no front-end asset {name!r} (run make setup to install the UI's libraries)")
        kind = MEDIA[Path(name).suffix]
        return FileResponse(assets / VENDOR[name], media_type=kind,
                            headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # the UI's files come from node_modules like the other libraries, not from a CDN
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="Sambandh API", swagger_js_url="/vendor/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger-ui.css", swagger_favicon_url="/static/favicon.svg",
        )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, Any]:  # on the event loop: no thread to wait for
        return {"ok": True, "version": __version__}


def start_watch(app: FastAPI, sources: list[str], every: float) -> threading.Event:
    """Keep the served database up to date from ``sources`` (feeds, pages, folders) every ``every``
    seconds, in a background thread writing through the server's own connection, one ingest at a
    time; pages show new articles once their round ends. Returns the event that stops it.
    """
    from ..ingest import ingest

    k: api.Knowledge = app.state.knowledge
    stop = threading.Event()
    settings = k.config.replace(parallel_from=1, workers=k.config.workers or 2)

    def rounds() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            started = time.monotonic()
            try:
                with k.ingest_lock:
                    try:
                        report = ingest(sources, settings, store=k.writer())
                    finally:
                        k.refresh()
                print(f"{time.strftime('%H:%M:%S')} watch round {n}: {report.new} new articles, "
                      f"{sum(report.quarantined.values())} problems", flush=True)  # fmt: skip
                for source, code, reason in report.problems:
                    print(f"sambandh: watch round {n}: {source}: {reason} [{code}]", file=sys.stderr, flush=True)
            except SambandhError as exc:  # a source gone or a store fault: said, and tried again next round
                print(f"sambandh: watch round {n}: {exc}", file=sys.stderr, flush=True)
            stop.wait(max(0.0, every - (time.monotonic() - started)))

    thread = threading.Thread(target=rounds, name="watch", daemon=True)
    thread.start()
    app.state.watch = (stop, thread)
    return stop


def stop_watch(app: FastAPI) -> None:
    """Stop a watch started by :func:`start_watch` and wait for its round to end."""
    watching = getattr(app.state, "watch", None)
    if watching is not None:
        stop, thread = watching
        stop.set()
        thread.join(timeout=600)


def serve(config: Config, watch: list[str] | None = None, every: float = 300.0, lake: Path | None = None) -> None:
    """Run the app with uvicorn on ``config.host:config.port`` until interrupted, watching
    ``watch`` (feeds, pages, folders) every ``every`` seconds when given, or over the Parquet
    ``lake`` (read-only, :class:`LakeKnowledge`) instead of ``config.db``.

    Raises:
        StoreError: The database cannot be opened.
        UsageError: The port is taken, a watched path does not exist, or ``lake`` is not a lake to serve.
    """
    import socket

    import uvicorn

    _check_sources(watch or [])
    k = _knowledge(config, watch, lake)
    app = _started(k)
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((config.host, config.port))
        except OSError as exc:
            k.close()
            raise UsageError(f"cannot listen on {config.host}:{config.port}: {exc.strerror}") from None
    served = f"the lake {lake} (read-only)" if lake is not None else str(config.db)
    print(f"Sambandh is serving {served} at http://{config.host}:{config.port}/  (API docs: /docs; Ctrl+C stops)",
          flush=True)  # fmt: skip
    if watch:
        start_watch(app, watch, every)
    if lake is not None and threading.current_thread() is threading.main_thread():
        # uvicorn hands a SIGTERM back once it has stopped: end with an exception, so the temporary
        # database is removed below (by default the process would die without unwinding)
        signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        # pooled clients keep connections open between requests: closing an idle one after the
        # default 5 s races with a client reusing it (a reset under load); 30 s makes that rare
        uvicorn.run(app, host=config.host, port=config.port, log_level="warning", timeout_keep_alive=30)
    finally:
        stop_watch(app)
        if lake is not None:
            k.close()  # removes the temporary database beside the lake's views


def _exit_on_term(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def _check_sources(sources: list[str]) -> None:
    from ..fetch import is_url

    for src in sources:
        if not is_url(src) and not Path(src).exists():
            raise UsageError(f"cannot watch {src!r}: no such file or folder")


@contextlib.contextmanager
def running(config: Config, port: int = 0, watch: list[str] | None = None, every: float = 300.0,
            lake: Path | None = None) -> Iterator[str]:  # fmt: skip
    """Serve the app from a background thread (tests, benchmarks, notebooks); yields its base URL.

    Args:
        config: Settings (``db``, ``host``).
        port: Port to listen on; 0 picks a free one.
        watch: Feeds, pages or folders to keep the database up to date from (``serve --watch``).
        every: Seconds between watch rounds.
        lake: A Parquet lake to serve read-only instead of ``config.db`` (``serve --lake``).
    """
    import socket

    import uvicorn

    _check_sources(watch or [])
    k = _knowledge(config, watch, lake)
    app = _started(k)
    if watch:
        start_watch(app, watch, every)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((config.host, port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise UsageError("the web server did not start")
            time.sleep(0.02)
        yield f"http://{config.host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        stop_watch(app)
        app.state.ingest_worker.shutdown(wait=True)  # a background ingest finishes before the database closes
        app.state.knowledge.close()


class LakeKnowledge(api.Knowledge):
    """The read side of a Parquet lake (``serve --lake``): the store's tables as views over the lake's
    files in a database made at the first start and kept in the cache folder for the next start on
    the unchanged lake (:func:`sambandh.store.lakeview.open_lake`; one that cannot be kept is removed on
    :meth:`close`).
    Read-only whatever the token says; search answers from the lake's search shards (one index per
    month, written by the Spark run), and is not available for a lake without them.

    Args:
        config: Settings (``kb_dir``, ``db_memory_limit``); its ``db`` and ``api_token`` are not used.
        lake: The lake folder.

    Raises:
        UsageError: Not a lake this Sambandh can serve.
    """

    def __init__(self, config: Config, lake: Path) -> None:
        from ..store.lakeview import kept, open_lake, remove

        self.lake = lake
        self._path = open_lake(lake, config)
        try:
            super().__init__(config.replace(db=self._path, api_token="", index_dir=""))
        except BaseException:
            if not kept(self._path):
                remove(self._path)
            raise

    def close(self) -> None:
        """Close the database; remove it unless it is kept for the next start (the lake is left as it was)."""
        from ..store.lakeview import kept, remove

        super().close()
        if not kept(self._path):
            remove(self._path)

    def searcher(self) -> Any:
        """A reader of the lake's search shards; refused for a lake without them."""
        from ..store.lakeview import has_search

        if not has_search(self._path, self.config):
            raise UsageError("search is not available when serving this lake (it has no search shards): "
                             "run 'sambandh ingest --engine spark' on it again, or 'sambandh pull' a slice "
                             "of it into a database and serve that")  # fmt: skip
        return super().searcher()


def _started(k: api.Knowledge) -> FastAPI:
    """The app over ``k``, its caches filled; ``k`` is closed if that fails (a lake's temporary database goes)."""
    try:
        app = create_app(k.config, k)
        warm(app)
    except BaseException:
        k.close()
        raise
    return app


def _knowledge(config: Config, watch: list[str] | None, lake: Path | None) -> api.Knowledge:
    """The read side a server answers from: the database (read-write when watching), or a lake."""
    if lake is None:
        return api.Knowledge(config, writable=bool(watch))
    if watch:
        raise UsageError("serve --lake answers read-only from the lake: --watch cannot write into it")
    if config.api_token:
        print("sambandh: a lake is served read-only: SAMBANDH_API_TOKEN is not used", file=sys.stderr, flush=True)
    return LakeKnowledge(config, lake)


def warm(app: FastAPI) -> None:
    """Fill the app's caches before the first request: the happenings merged and the entity rows
    built here only where the store keeps no read model of them (the pages query it otherwise).
    """
    k: api.Knowledge = app.state.knowledge
    with k.lock:
        if not k.kept():
            k.records()
        if not k.entities_kept():
            k.entity_rows()
        k.graph(countries_only=True)  # home's active pairs
        if k.config.index_path.exists():
            k.searcher()


__all__ = ["LakeKnowledge", "create_app", "find_assets", "running", "serve", "warm"]
