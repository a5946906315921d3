"""Liveness and backend health."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from dumawatch.api import deps
from search.target import redact

router = APIRouter(tags=["health"])


@router.get("/health", responses={503: {"description": "index or state store down"}})
def health(request: Request) -> JSONResponse:
    """The index backend's own ``health()`` plus the state store; 503 when either is down."""
    ctx = deps.context(request)
    body: dict = {"ok": True}
    try:
        body["index"] = ctx.index.health()
        body["ok"] = bool(body["index"].get("ok", True))
    except Exception as exc:  # any backend failure is reported, never raised
        error = redact(f"{type(exc).__name__}: {exc}")
        body.update(ok=False, index={"ok": False, "error": error})
    body["index"] = {k: redact(v) if isinstance(v, str) else v for k, v in body["index"].items()}
    try:
        ctx.state.query("SELECT 1")
        body["state"] = {"ok": True, "path": str(ctx.state.path)}
    except Exception as exc:
        body.update(ok=False, state={"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return JSONResponse(body, status_code=200 if body["ok"] else 503)
