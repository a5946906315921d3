"""One monitored crawl: record the run, crawl, turn new mentions into alerts.

The CLI, the API and the scheduler all call ``run_crawl`` so every crawl is recorded and
alerted on the same way.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from monitor.alerts import process_new_documents
from monitor.runs import finish_run, start_run
from monitor.state import StateStore, open_state

log = logging.getLogger(__name__)

CrawlFn = Callable[..., object]


def _ids(report: object, name: str) -> list[str]:
    value = getattr(report, name, None)
    return [str(v) for v in value] if isinstance(value, list | tuple | set) else []


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
) -> dict:
    """Crawl ``start_urls`` into the index, record the run and raise alerts; returns the run row.

    ``crawl`` defaults to ``crawler.run.crawl``; a failing crawl is recorded as a failed run
    (with the error message) and re-raised. ``run_id`` continues a run already recorded as
    started (the API records it before handing the crawl to a worker process).
    """
    if crawl is None:
        from crawler.run import crawl as crawl_fn

        crawl = crawl_fn
    if run_id is None:
        run_id = start_run(state, source, start_urls, trigger)
    try:
        report = crawl(
            start_urls,
            index_target,
            max_pages=max_pages,
            source=source,
            config=config,
            progress=False,
        )
    except Exception as exc:
        finish_run(state, run_id, None, error=f"{type(exc).__name__}: {exc}")
        raise
    changed = _ids(report, "new") + _ids(report, "updated")
    alerts = 0
    if changed:
        from search import open_index

        with open_index(index_target) as index:
            alerts = len(process_new_documents(state, index, changed, run_id=run_id))
    return finish_run(state, run_id, report, alerts=alerts)


def run_crawl_job(
    state_path: str | None,
    index_target: str | None,
    start_urls: list[str],
    source: str | None,
    max_pages: int | None,
    trigger: str,
    run_id: int | None = None,
) -> None:
    """Entry point of a crawl in its own process (Twisted's reactor cannot restart in one)."""
    logging.basicConfig(level=logging.INFO)
    with open_state(state_path) as state:
        try:
            run_crawl(
                state,
                index_target,
                start_urls,
                source=source,
                max_pages=max_pages,
                trigger=trigger,
                run_id=run_id,
            )
        except Exception:
            log.error("crawl failed:\n%s", traceback.format_exc())
