"""Sources, crawl runs, and starting a crawl (in a background thread; the crawler itself runs
Scrapy in its own process). A source being crawled already (by the scheduler, the CLI or an
earlier request) is answered with 409."""

from __future__ import annotations

import logging
import threading
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from crawler.netguard import check_url
from dumawatch.api import deps
from dumawatch.api.auth import require_token
from dumawatch.api.bodies import CrawlIn, SourceIn
from dumawatch.api.params import RunParams
from dumawatch.api.responses import errors
from monitor import sources as source_store
from monitor.crawls import BegunCrawl, SourceBusy, begin_crawl, run_begun
from monitor.runs import get_run, list_runs
from monitor.state import StateStore

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["crawls"], responses=errors(503))
WRITE_ERRORS = errors(400, 401, 403, 404, 409)

State = Annotated[StateStore, Depends(deps.state)]
Write = Depends(require_token)


def _sources(request: Request, state: StateStore) -> list[dict]:
    return source_store.all_sources(state, deps.context(request).sources_path)


@router.get("/sources")
def sources(request: Request, state: State) -> dict:
    """Configured sources (sources.yaml) and sources added through the API, with their last run."""
    out = []
    for source in _sources(request, state):
        runs = list_runs(state, source=source["name"], limit=1)
        out.append({**source, "last_run": runs[0] if runs else None})
    return {"sources": out}


@router.post("/sources", status_code=201, dependencies=[Write], responses=WRITE_ERRORS)
def add_source(body: SourceIn, request: Request, state: State) -> dict:
    """Add (or replace) an API-managed source; its start URLs must be public addresses."""
    ctx = deps.context(request)
    urls = [str(u) for u in body.start_urls]
    for url in urls:
        check_url(url, allow_private=ctx.allow_private_crawl, resolve=False)
    if any(s["name"] == body.name and s["origin"] == "config" for s in _sources(request, state)):
        raise HTTPException(409, f"source {body.name!r} is defined in sources.yaml")
    domains = body.allowed_domains or sorted({urlsplit(u).hostname or "" for u in urls})
    return source_store.add_source(state, body.name, urls, domains, body.schedule)


@router.delete("/sources/{name}", status_code=204, dependencies=[Write], responses=WRITE_ERRORS)
def delete_source(name: Annotated[str, Path(max_length=100)], state: State) -> Response:
    if not source_store.delete_source(state, name):
        raise HTTPException(404, f"no API-managed source {name!r}")
    return Response(status_code=204)


@router.get("/runs")
def runs(state: State, params: Annotated[RunParams, Query()]) -> dict:
    """Crawl runs, newest first: start, end, pages, new/updated/unchanged articles, errors."""
    return {
        "runs": list_runs(state, source=params.source, limit=params.limit, offset=params.offset)
    }


@router.get("/runs/{run_id}", responses=errors(404))
def run(run_id: Annotated[int, Path(ge=1, le=2**62)], state: State) -> dict:
    found = get_run(state, run_id)
    if found is None:
        raise HTTPException(404, f"no run {run_id}")
    return found


def _crawl_in_background(state: StateStore, begun: BegunCrawl) -> None:
    def work() -> None:
        try:
            run_begun(state, begun)
        except Exception as exc:  # recorded as a failed run
            log.warning("API crawl %s failed: %s", begun.run_id, exc)

    threading.Thread(target=work, name=f"crawl-{begun.run_id}", daemon=True).start()


@router.post("/crawls", status_code=202, dependencies=[Write], responses=WRITE_ERRORS)
def start_crawl(body: CrawlIn, request: Request, state: State) -> dict:
    """Start a crawl of a known source or of explicit start URLs; returns the run to poll.

    Loopback and private-network targets are refused unless the server allows them.
    """
    ctx = deps.context(request)
    source = None
    if body.source:
        source = next((s for s in _sources(request, state) if s["name"] == body.source), None)
        if source is None:
            raise HTTPException(404, f"no source {body.source!r}")
    urls = [str(u) for u in body.start_urls] or list(source["start_urls"] if source else [])
    if not urls:
        raise HTTPException(422, "give start_urls or the name of a source")
    for url in urls:
        check_url(url, allow_private=ctx.allow_private_crawl)
    try:
        begun = begin_crawl(
            state,
            ctx.index_spec,
            urls,
            source=source["name"] if source and source["origin"] == "config" else None,
            label=source["name"] if source else None,
            config=ctx.sources_path,
            max_pages=body.max_pages,
            trigger="api",
            block_private=not ctx.allow_private_crawl,  # redirects to private hosts too
            allow_private_webhooks=ctx.allow_private_crawl,
            alert_first_crawl=body.alert_first_crawl,
        )
    except SourceBusy as exc:
        raise HTTPException(409, str(exc)) from exc
    _crawl_in_background(state, begun)
    return get_run(state, begun.run_id) or {}
