"""Every failure becomes JSON with a ``detail``; backend trouble is 503, not a stack trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from dumawatch.api.netguard import UnsafeTarget
from monitor.watchlists import WatchlistError
from search.backend import BackendError

log = logging.getLogger(__name__)


def install(app: FastAPI) -> None:
    @app.exception_handler(BackendError)
    async def _backend(request: Request, exc: BackendError) -> JSONResponse:
        return JSONResponse({"detail": f"index unavailable: {exc}"}, status_code=503)

    @app.exception_handler(UnsafeTarget)
    async def _unsafe(request: Request, exc: UnsafeTarget) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(WatchlistError)
    async def _watchlist(request: Request, exc: WatchlistError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)
