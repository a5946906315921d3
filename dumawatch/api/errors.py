"""Every failure becomes JSON with a ``detail``; backend trouble is 503, not a stack trace, and
never shows the credentials an index URL may carry."""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from crawler.netguard import UnsafeTarget
from monitor.sources import SourcesFileError
from monitor.watchlists import WatchlistError
from search.backend import BackendError, QueryError
from search.target import redact

log = logging.getLogger(__name__)
JSON_PATHS = ("/api/", "/api", "/openapi.json")  # JSON even to a browser


def install(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def _query(request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": redact(str(exc))}, status_code=422)

    @app.exception_handler(BackendError)
    async def _backend(request: Request, exc: BackendError) -> JSONResponse:
        return JSONResponse({"detail": f"index unavailable: {redact(str(exc))}"}, status_code=503)

    @app.exception_handler(sqlite3.Error)
    async def _storage(request: Request, exc: sqlite3.Error) -> JSONResponse:
        log.error("SQLite error on %s: %s", request.url.path, exc)
        return JSONResponse({"detail": f"storage unavailable: {exc}"}, status_code=503)

    @app.exception_handler(UnsafeTarget)
    async def _unsafe(request: Request, exc: UnsafeTarget) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        page = getattr(request.app.state, "html_error", None)  # set by the web UI, if mounted
        browser = "text/html" in request.headers.get("accept", "")
        if page is not None and browser and not request.url.path.startswith(JSON_PATHS):
            return page(request, exc.status_code)
        if exc.status_code == 405:
            # Starlette names only the first matching route's methods; list every route's.
            methods = set()
            for template, operations in request.app.openapi()["paths"].items():
                if compile_path(template)[0].match(request.url.path):
                    methods |= {m.upper() for m in operations}
            if methods:
                return JSONResponse(
                    {"detail": "Method Not Allowed"},
                    status_code=405,
                    headers={"Allow": ", ".join(sorted(methods))},
                )
        return await http_exception_handler(request, exc)

    @app.exception_handler(SourcesFileError)
    async def _sources(request: Request, exc: SourcesFileError) -> JSONResponse:
        return JSONResponse({"detail": f"sources file unusable: {exc}"}, status_code=503)

    @app.exception_handler(WatchlistError)
    async def _watchlist(request: Request, exc: WatchlistError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)
