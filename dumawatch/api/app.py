"""The FastAPI application: JSON API under /api, the web UI at /, OpenAPI at /openapi.json."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from dumawatch.api import docs, errors
from dumawatch.api.context import AppContext
from dumawatch.api.headers import SecurityHeaders
from dumawatch.api.limits import BodyLimit
from dumawatch.api.routes import crawls, entities, health, monitoring, officials, people, search


def create_app(
    index_target: str | None = None,
    state_path: str | None = None,
    *,
    allow_private_crawl: bool = False,
    sources_path: str | None = None,
    index_options: dict | None = None,
) -> FastAPI:
    """Build the app for an index (``sqlite:///…`` or ``http(s)://…``) and a state store.

    ``allow_private_crawl`` (or ``$DUMAWATCH_ALLOW_PRIVATE_CRAWL=1``) lets API-started crawls
    and webhooks reach loopback/private addresses; off by default so the API is no SSRF relay.
    ``index_options`` go to ``search.open_index`` (e.g. ``{"index": "name"}`` for Elasticsearch).
    """
    allow_private = allow_private_crawl or os.environ.get("DUMAWATCH_ALLOW_PRIVATE_CRAWL") == "1"
    context = AppContext.create(
        index_target, state_path, allow_private, sources_path, index_options
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        context.close()

    app = FastAPI(
        title="dumawatch",
        summary="Search Russian municipal news: people and their posts, regions, organisations, "
        "figures; watchlists and alerts.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.context = context
    errors.install(app)
    docs.install(app)
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)  # outermost: refusals of BodyLimit carry them too
    for module in (health, search, people, entities, officials, monitoring, crawls):
        app.include_router(module.router)
    from dumawatch.web import routes as web_routes  # the web UI reads the API's parameters

    web_routes.install(app)
    return app
