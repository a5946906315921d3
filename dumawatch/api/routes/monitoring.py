"""Watchlists, their entries, alerts and Atom feeds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from crawler.netguard import Unresolvable, check_url, private_allowed
from dumawatch.api import deps
from dumawatch.api.auth import require_token
from dumawatch.api.bodies import EntryIn, EntryPatch, WatchlistIn, WatchlistPatch
from dumawatch.api.params import AlertParams
from dumawatch.api.responses import errors
from monitor import alerts as alert_store
from monitor import watchlists as wl
from monitor.state import StateStore

router = APIRouter(prefix="/api", tags=["watchlists"], responses=errors(404))
WRITE_ERRORS = errors(400, 401, 403, 404, 409)

Id = Annotated[int, Path(ge=1, le=2**62)]
State = Annotated[StateStore, Depends(deps.state)]
Write = Depends(require_token)


def _check_webhook(url: str, request: Request) -> None:
    """Refuse a webhook whose host is, or resolves to, a private address (400), unless the
    server allows private targets. A name that does not resolve yet is stored: every delivery
    resolves and checks it again."""
    try:
        check_url(url, allow_private=private_allowed(deps.context(request).allow_private_crawl))
    except Unresolvable:
        pass


def _watchlist(state: StateStore, watchlist_id: int) -> dict:
    found = wl.get_watchlist(state, watchlist_id)
    if found is None:
        raise HTTPException(404, f"no watchlist {watchlist_id}")
    return found


@router.get("/watchlists")
def list_watchlists(state: State) -> dict:
    return {"watchlists": wl.list_watchlists(state)}


@router.post("/watchlists", status_code=201, dependencies=[Write], responses=WRITE_ERRORS)
def create_watchlist(body: WatchlistIn, state: State, request: Request) -> dict:
    """Create a named list; ``webhook_url`` receives each new alert as a JSON POST, signed
    with ``webhook_secret`` (returned here only; generated if not given)."""
    url = str(body.webhook_url) if body.webhook_url else None
    if url:
        _check_webhook(url, request)
    return wl.create_watchlist(state, body.name, url, body.webhook_secret)


@router.get("/watchlists/{watchlist_id}")
def get_watchlist(watchlist_id: Id, state: State) -> dict:
    return _watchlist(state, watchlist_id)


@router.patch("/watchlists/{watchlist_id}", dependencies=[Write], responses=WRITE_ERRORS)
def update_watchlist(
    watchlist_id: Id, body: WatchlistPatch, state: State, request: Request
) -> dict:
    """Rename a list or change its webhook or signing secret (a secret set here is in this
    response only)."""
    changes: dict = {}
    if body.name is not None:
        changes["name"] = body.name
    if "webhook_url" in body.model_fields_set:
        url = str(body.webhook_url) if body.webhook_url else None
        if url:
            _check_webhook(url, request)
        changes["webhook_url"] = url
    if body.webhook_secret:
        changes["webhook_secret"] = body.webhook_secret
    found = wl.update_watchlist(state, watchlist_id, **changes)
    if found is None:
        raise HTTPException(404, f"no watchlist {watchlist_id}")
    return found


@router.delete(
    "/watchlists/{watchlist_id}", status_code=204, dependencies=[Write], responses=WRITE_ERRORS
)
def delete_watchlist(watchlist_id: Id, state: State) -> Response:
    if not wl.delete_watchlist(state, watchlist_id):
        raise HTTPException(404, f"no watchlist {watchlist_id}")
    return Response(status_code=204)


@router.post(
    "/watchlists/{watchlist_id}/entries",
    status_code=201,
    dependencies=[Write],
    responses=WRITE_ERRORS,
)
def add_entry(watchlist_id: Id, body: EntryIn, state: State) -> dict:
    """Watch an official: a name plus optional aliases, post and region filters."""
    _watchlist(state, watchlist_id)
    entry = wl.add_entry(state, watchlist_id, body.name, body.aliases, body.posts, body.regions)
    return entry.to_json()


@router.patch(
    "/watchlists/{watchlist_id}/entries/{entry_id}", dependencies=[Write], responses=WRITE_ERRORS
)
def update_entry(watchlist_id: Id, entry_id: Id, body: EntryPatch, state: State) -> dict:
    """Rename an entry or replace its aliases, posts or regions (only the fields given)."""
    entry = wl.get_entry(state, entry_id)
    if entry is None or entry.watchlist_id != watchlist_id:
        raise HTTPException(404, f"no entry {entry_id} in watchlist {watchlist_id}")
    updated = wl.update_entry(
        state, entry_id, name=body.name, aliases=body.aliases, posts=body.posts,
        regions=body.regions,
    )  # fmt: skip
    if updated is None:  # removed meanwhile
        raise HTTPException(404, f"no entry {entry_id} in watchlist {watchlist_id}")
    return updated.to_json()


@router.delete(
    "/watchlists/{watchlist_id}/entries/{entry_id}",
    status_code=204,
    dependencies=[Write],
    responses=WRITE_ERRORS,
)
def delete_entry(watchlist_id: Id, entry_id: Id, state: State) -> Response:
    if not wl.delete_entry(state, watchlist_id, entry_id):
        raise HTTPException(404, f"no entry {entry_id} in watchlist {watchlist_id}")
    return Response(status_code=204)


@router.get("/watchlists/{watchlist_id}/alerts")
def watchlist_alerts(
    watchlist_id: Id, state: State, params: Annotated[AlertParams, Query()]
) -> dict:
    _watchlist(state, watchlist_id)
    return {
        "alerts": alert_store.list_alerts(
            state, watchlist_id=watchlist_id, limit=params.limit, offset=params.offset
        )
    }


@router.get(
    "/watchlists/{watchlist_id}/feed.atom",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}}},
)
def watchlist_feed(watchlist_id: Id, state: State, request: Request) -> Response:
    """The watchlist's alerts as an Atom feed."""
    _watchlist(state, watchlist_id)
    xml = alert_store.atom_feed(state, watchlist_id, base_url=str(request.base_url))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


@router.get("/alerts")
def alerts(state: State, params: Annotated[AlertParams, Query()]) -> dict:
    """Alerts, newest first (optionally of one watchlist)."""
    return {
        "alerts": alert_store.list_alerts(
            state, watchlist_id=params.watchlist_id, limit=params.limit, offset=params.offset
        )
    }
