"""The one place crawls start: take the source's lock, record the run, crawl, turn new
mentions into alerts, release the lock.

A source's first crawl (the index holds nothing from it yet) is a baseline: its documents are
indexed without alerts, since they are the site's archive, not news to the people watching.
``alert_first_crawl`` asks for alerts anyway.

The CLI and the scheduler call ``run_crawl``; the API calls ``begin_crawl`` in the request
(so a busy source is answered at once) and ``run_begun`` in a worker thread. Either way every
crawl is locked, recorded and alerted on the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.run import CrawlReport, open_checked
from crawler.urls import site_name
from monitor.alerts import process_new_documents
from monitor.crawl_locks import CrawlLock, SourceBusy, note_run, release_lock, take_lock
from monitor.runs import finish_run, start_run
from monitor.site_names import remember as remember_site_names
from monitor.state import StateStore
from search.backend import BackendError, IndexBackend
from search.query import SearchQuery
from search.target import IndexSpec, resolve_index

log = logging.getLogger(__name__)

CrawlFn = Callable[..., CrawlReport]  # crawler.run.crawl's signature
__all__ = ["BegunCrawl", "CrawlFn", "SourceBusy", "begin_crawl", "run_begun", "run_crawl"]


@dataclass
class BegunCrawl:
    """A crawl whose lock is taken and whose run is recorded, not yet crawled."""

    run_id: int
    lock: CrawlLock | None  # None: a crawl of bare start URLs, which no source owns
    index: IndexSpec
    start_urls: list[str]
    source: str | None = None
    config: str | Path | None = None
    max_pages: int | None = None
    settings: dict = field(default_factory=dict)
    progress: bool = False
    allow_private_webhooks: bool = False
    alert_first_crawl: bool = False


BASELINE_NOTE = "первый обход источника: базовый, без оповещений"


def _sources_of(begun: BegunCrawl) -> list[str]:
    """The ``source`` values the crawl's documents will carry: the sources.yaml name, else
    each start URL's host (as ``crawler.spiders.news`` names them)."""
    if begun.source:
        return [begun.source]
    return list(dict.fromkeys(site_name(url) for url in begun.start_urls))


def is_first_crawl(index: IndexBackend, begun: BegunCrawl) -> bool:
    """True when the index holds no document of any of the crawl's sources yet; False when
    the index cannot say (a server that is down: the crawl spools and alerts as usual)."""
    try:
        return all(
            index.search(SearchQuery(source=name, limit=0)).total == 0
            for name in _sources_of(begun)
        )
    except BackendError:
        return False


def begin_crawl(
    state: StateStore,
    index: IndexSpec | str | None,
    start_urls: list[str],
    *,
    source: str | None = None,
    label: str | None = None,
    max_pages: int | None = None,
    config: str | Path | None = None,
    trigger: str = "cli",
    settings: dict | None = None,
    progress: bool = False,
    index_options: dict | None = None,
    block_private: bool = False,
    allow_private_webhooks: bool = False,
    alert_first_crawl: bool = False,
) -> BegunCrawl:
    """Take the lock of the crawl's source (``SourceBusy`` when another crawl holds it) and
    record the run as started.

    ``label`` names the run and its lock when ``source`` is not a sources.yaml entry
    (sources added through the API). ``index`` is resolved once, with ``index_options``
    (e.g. ``{"index": name}`` for Elasticsearch) added, and used whole by the crawl and the
    alerts. ``block_private`` (API-started crawls on a server that does not allow private
    targets) makes the crawler refuse every request to a loopback or private address,
    redirect targets included, not only the start URLs checked before.
    ``allow_private_webhooks`` (a server allowing private targets) lets the alerts' webhooks
    reach private addresses too. ``alert_first_crawl``: alert on a source's first crawl too
    (by default it is a baseline without alerts).
    """
    spec = resolve_index(index, **(index_options or {}))
    name = label or source
    lock = take_lock(state, name, trigger) if name else None
    try:
        run_id = start_run(state, name, start_urls, trigger)
        if lock is not None:
            note_run(state, lock, run_id)
    except BaseException:
        if lock is not None:
            release_lock(state, lock)
        raise
    settings = dict(settings or {})
    if block_private:
        settings["BLOCK_PRIVATE_NETWORKS"] = True
    return BegunCrawl(
        run_id,
        lock,
        spec,
        list(start_urls),
        source=source,
        config=config,
        max_pages=max_pages,
        settings=settings,
        progress=progress,
        allow_private_webhooks=allow_private_webhooks,
        alert_first_crawl=alert_first_crawl,
    )


def run_begun(state: StateStore, begun: BegunCrawl, crawl: CrawlFn | None = None) -> dict:
    """Crawl, store the run's figures, raise alerts, release the lock; returns the run row.

    ``crawl`` defaults to ``crawler.run.crawl``. A failing crawl is recorded as a failed run
    (with the error message) and re-raised, an interrupted one (KeyboardInterrupt, SIGTERM
    turned into one) as interrupted. The index is opened once here, for the crawl's check
    and the alerts; the crawl process opens its own."""
    if crawl is None:
        from crawler.run import crawl as crawl_fn

        crawl = crawl_fn
    try:
        return _crawl_and_alert(state, begun, crawl)
    finally:
        if begun.lock is not None:
            release_lock(state, begun.lock)


def _crawl_and_alert(state: StateStore, begun: BegunCrawl, crawl: CrawlFn) -> dict:
    run_id = begun.run_id
    index = None
    try:
        index = open_checked(begun.index)
        baseline = not begun.alert_first_crawl and is_first_crawl(index, begun)
        report = crawl(
            begun.start_urls,
            begun.index,
            max_pages=begun.max_pages,
            source=begun.source,
            config=begun.config,
            settings=begun.settings or None,
            progress=begun.progress,
            opened=index,
        )
    except Exception as exc:
        if index is not None:
            index.close()
        finish_run(state, run_id, None, error=f"{type(exc).__name__}: {exc}")
        raise
    except BaseException as exc:  # Ctrl-C, or a SIGTERM the caller turned into an exception
        if index is not None:
            index.close()
        why = str(exc) or type(exc).__name__
        finish_run(state, run_id, None, error=f"interrupted ({why})", interrupted=True)
        raise
    alerts = 0
    try:
        remember_site_names(state, report.site_names)
        with index:
            changed = list(dict.fromkeys([*report.new_ids, *report.updated_ids]))
            if baseline and changed:
                report.message = "; ".join(m for m in (report.message, BASELINE_NOTE) if m)
            elif changed:
                created = process_new_documents(
                    state, index, changed, run_id=run_id, allow_private=begun.allow_private_webhooks
                )
                alerts = len(created)
    except Exception as exc:
        finish_run(state, run_id, report, error=f"alerts failed: {type(exc).__name__}: {exc}")
        raise
    return finish_run(state, run_id, report, alerts=alerts)


def run_crawl(
    state: StateStore,
    index: IndexSpec | str | None,
    start_urls: list[str],
    *,
    source: str | None = None,
    label: str | None = None,
    max_pages: int | None = None,
    config: str | Path | None = None,
    trigger: str = "cli",
    settings: dict | None = None,
    progress: bool = False,
    index_options: dict | None = None,
    block_private: bool = False,
    allow_private_webhooks: bool = False,
    alert_first_crawl: bool = False,
    crawl: CrawlFn | None = None,
) -> dict:
    """``begin_crawl`` then ``run_begun``, in this thread (CLI, scheduler); the arguments are
    theirs. Raises ``SourceBusy`` before anything is recorded when the source is being
    crawled already."""
    begun = begin_crawl(
        state,
        index,
        start_urls,
        source=source,
        label=label,
        max_pages=max_pages,
        config=config,
        trigger=trigger,
        settings=settings,
        progress=progress,
        index_options=index_options,
        block_private=block_private,
        allow_private_webhooks=allow_private_webhooks,
        alert_first_crawl=alert_first_crawl,
    )
    return run_begun(state, begun, crawl)
