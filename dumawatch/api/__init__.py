"""HTTP service: JSON API (OpenAPI at /openapi.json, docs at /docs) and the Russian web UI."""

from __future__ import annotations

from dumawatch.api.app import create_app

__all__ = ["create_app", "run"]


def run(
    host: str = "127.0.0.1",
    port: int = 8000,
    index_target: str | None = None,
    with_scheduler: bool = False,
    *,
    state_path: str | None = None,
    sources_path: str | None = None,
    allow_private_crawl: bool = False,
    scheduler_interval: float = 30.0,
    index_options: dict | None = None,
) -> None:
    """Serve the app with uvicorn (``dumawatch serve``); optionally run the crawl scheduler in a
    thread beside it, sharing the app's state store."""
    import uvicorn

    app = create_app(
        index_target,
        state_path,
        allow_private_crawl=allow_private_crawl,
        sources_path=sources_path,
        index_options=index_options,
    )
    stop = None
    if with_scheduler:
        from monitor.scheduler import start_in_thread

        ctx = app.state.context
        _, stop = start_in_thread(
            ctx.state,
            ctx.index_target,
            config_path=sources_path,
            interval=scheduler_interval,
            allow_private=ctx.allow_private_crawl,
            index_options=ctx.index_options,
        )
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        if stop is not None:
            stop.set()
