"""One monitored crawl: record the run, crawl, turn new mentions into alerts.

The CLI, the API and the scheduler all call ``run_crawl`` so every crawl is recorded and
alerted on the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from monitor.alerts import process_new_documents
from monitor.runs import finish_run, start_run
from monitor.state import StateStore

log = logging.getLogger(__name__)

CrawlFn = Callable[..., object]


def _ids(report: object, name: str) -> list[str]:
    value = getattr(report, f"{name}_ids", None) or getattr(report, name, None)
    return [str(v) for v in value] if isinstance(value, list | tuple | set) else []


def changed_ids(report: object) -> list[str]:
    """Ids of the documents a crawl added or changed: the report's ``new_ids`` and
    ``updated_ids`` (a stand-in crawl may give the lists as ``new`` / ``updated``)."""
    return list(dict.fromkeys(_ids(report, "new") + _ids(report, "updated")))


def run_crawl(
    state: StateStore,
    index_target: str | None,
    start_urls: list[str],
    *,
    source: str | None = None,
    max_pages: int | None = None,
    config: object | None = None,
    trigger: str = "cli",
    crawl: CrawlFn | None = None,
    run_id: int | None = None,
    label: str | None = None,
    settings: dict | None = None,
    progress: bool = False,
    index_options: dict | None = None,
    block_private: bool = False,
    allow_private_webhooks: bool = False,
) -> dict:
    """Crawl ``start_urls`` into the index, record the run and raise alerts; returns the run row.

    ``crawl`` defaults to ``crawler.run.crawl``; a failing crawl is recorded as a failed run
    (with the error message) and re-raised, an interrupted one (KeyboardInterrupt) as
    interrupted. ``run_id`` continues a run already recorded as
    started (the API records it before handing the crawl to a worker thread). ``label`` names
    the run when ``source`` is not a sources.yaml entry (sources added through the API).
    ``index_options`` (e.g. ``{"index": name}`` for Elasticsearch) open the index for alerts
    and, as the crawler's ``ES_INDEX`` setting, the index the crawl writes to.
    ``block_private`` (API-started crawls on a server that does not allow private targets)
    makes the crawler refuse every request to a loopback or private address, redirect
    targets included, not only the start URLs checked before. ``allow_private_webhooks``
    (a server allowing private targets) lets the alerts' webhooks reach private addresses too.
    """
    if crawl is None:
        from crawler.run import crawl as crawl_fn

        crawl = crawl_fn
    if run_id is None:
        run_id = start_run(state, label or source, start_urls, trigger)
    index_options = dict(index_options or {})
    if index_options.get("index"):
        settings = {"ES_INDEX": index_options["index"], **(settings or {})}
    if block_private:
        settings = {**(settings or {}), "BLOCK_PRIVATE_NETWORKS": True}
    try:
        report = crawl(
            start_urls,
            index_target,
            max_pages=max_pages,
            source=source,
            config=config,
            settings=settings,
            progress=progress,
        )
    except Exception as exc:
        finish_run(state, run_id, None, error=f"{type(exc).__name__}: {exc}")
        raise
    except BaseException as exc:  # Ctrl-C, or a SIGTERM the caller turned into an exception
        why = str(exc) or type(exc).__name__
        finish_run(state, run_id, None, error=f"interrupted ({why})", interrupted=True)
        raise
    alerts = 0
    try:
        from search import open_index

        with open_index(index_target, **index_options) as index:
            changed = changed_ids(report)
            if changed:
                created = process_new_documents(
                    state, index, changed, run_id=run_id, allow_private=allow_private_webhooks
                )
                alerts = len(created)
    except Exception as exc:
        finish_run(state, run_id, report, error=f"alerts failed: {type(exc).__name__}: {exc}")
        raise
    return finish_run(state, run_id, report, alerts=alerts)
