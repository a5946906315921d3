"""One monitored crawl: record the run, crawl, turn new mentions into alerts.

The CLI, the API and the scheduler all call ``run_crawl`` so every crawl is recorded and
alerted on the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from monitor.alerts import process_new_documents
from monitor.runs import finish_run, get_run, start_run
from monitor.state import StateStore, now_iso

log = logging.getLogger(__name__)

CrawlFn = Callable[..., object]


def _ids(report: object, name: str) -> list[str] | None:
    value = getattr(report, f"{name}_ids", None) or getattr(report, name, None)
    return [str(v) for v in value] if isinstance(value, list | tuple | set) else None


def changed_ids(report: object, index: object, started_at: str) -> list[str]:
    """Ids of the documents a crawl added or changed.

    Uses the report's id lists when it has them; otherwise every stored document fetched since
    the run started (an unchanged document keeps its earlier ``fetched_at``). Alerts are
    de-duplicated per document, so an over-broad list costs time, never a duplicate alert.
    """
    new, updated = _ids(report, "new"), _ids(report, "updated")
    if new is not None or updated is not None:
        return (new or []) + (updated or [])
    counted = sum(int(getattr(report, k, 0) or 0) for k in ("new", "updated"))
    if not counted:
        return []
    return [
        str(doc["id"])
        for doc in index.iter_documents()  # type: ignore[attr-defined]
        if str(doc.get("fetched_at") or "")[:19] >= started_at[:19]
    ]


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
) -> dict:
    """Crawl ``start_urls`` into the index, record the run and raise alerts; returns the run row.

    ``crawl`` defaults to ``crawler.run.crawl``; a failing crawl is recorded as a failed run
    (with the error message) and re-raised. ``run_id`` continues a run already recorded as
    started (the API records it before handing the crawl to a worker thread). ``label`` names
    the run when ``source`` is not a sources.yaml entry (sources added through the API).
    ``index_options`` (e.g. ``{"index": name}`` for Elasticsearch) open the index for alerts
    and, as the crawler's ``ES_INDEX`` setting, the index the crawl writes to.
    """
    if crawl is None:
        from crawler.run import crawl as crawl_fn

        crawl = crawl_fn
    if run_id is None:
        run_id = start_run(state, label or source, start_urls, trigger)
    started_at = (get_run(state, run_id) or {}).get("started_at") or now_iso()
    index_options = dict(index_options or {})
    if index_options.get("index"):
        settings = {"ES_INDEX": index_options["index"], **(settings or {})}
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
    alerts = 0
    try:
        from search import open_index

        with open_index(index_target, **index_options) as index:
            changed = changed_ids(report, index, started_at)
            if changed:
                alerts = len(process_new_documents(state, index, changed, run_id=run_id))
    except Exception as exc:
        finish_run(state, run_id, report, error=f"alerts failed: {type(exc).__name__}: {exc}")
        raise
    return finish_run(state, run_id, report, alerts=alerts)
