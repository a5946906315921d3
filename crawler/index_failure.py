"""Stop a crawl whose index fails under it, and keep the cause for the report.

The spider (incremental lookups), the conditional-request middleware and the pipelines all
read or write the index. A corrupted SQLite file lets the index open (SQLite reads a page only
when asked for it) and then fails every lookup that touches a bad page; without this, each
failure was one more spider or pipeline error and the crawl ended in "no articles found".
A failing SQLite file does not heal within a crawl, so the first failure stops it.
Elasticsearch being unreachable is not such a failure: its writes go to the spool.
"""

from __future__ import annotations

import sqlite3
from types import TracebackType
from typing import TYPE_CHECKING, Any

from search.backend import BackendError

if TYPE_CHECKING:  # Scrapy is imported in the crawl process only, not by crawler.run's caller
    from scrapy import Request
    from scrapy.crawler import Crawler

STAT = "dumawatch/index_failed"  # the cause, one line
REASON = "index_failed"  # the spider's close reason


def _state_file(tb: TracebackType | None) -> str | None:
    """The crawl state file, when the failure came from it rather than from the index."""
    from crawler.state import CrawlState

    while tb is not None:
        owner = tb.tb_frame.f_locals.get("self")
        if isinstance(owner, CrawlState):
            return str(owner.path)
        tb = tb.tb_next
    return None


def describe(exc: BaseException, target: str) -> str:
    from search.target import redact

    text = (str(exc).strip() or type(exc).__name__).splitlines()[0]
    state_file = _state_file(exc.__traceback__)
    if state_file is not None:
        return redact(f"crawl state file {state_file} failed: {text}")
    if isinstance(exc, BackendError):  # the backend's message names the index and the cause
        return redact(text)
    return redact(f"index {target} failed: {text}")


class IndexFailureWatch:
    """A downloader middleware (``process_exception`` sees the conditional-request lookups)
    that also listens for spider and pipeline errors."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.target = crawler.settings.get("INDEX_TARGET") or "the index"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IndexFailureWatch:
        from scrapy import signals

        watch = cls(crawler)
        crawler.signals.connect(watch.spider_error, signal=signals.spider_error)
        crawler.signals.connect(watch.item_error, signal=signals.item_error)
        return watch

    def spider_error(self, failure: Any, **kwargs: object) -> None:
        self.seen(failure.value)

    def item_error(self, failure: Any, **kwargs: object) -> None:
        self.seen(failure.value)

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self.seen(exception)

    def seen(self, exc: BaseException) -> None:
        from scrapy.utils.defer import deferred_from_coro

        if not isinstance(exc, sqlite3.Error | BackendError):
            return
        stats = self.crawler.stats
        if stats.get_value(STAT):
            return
        stats.set_value(STAT, describe(exc, self.target))
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            closing = deferred_from_coro(engine.close_spider_async(reason=REASON))
            closing.addErrback(lambda _: None)  # already closing: the cause is kept all the same
