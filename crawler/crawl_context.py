"""The one owner of what a crawl shares between its parts.

The spider (incremental shortcuts), the conditional-request middleware and the pipelines all
need the same open index and crawl state file, and the report needs what the index pipeline
saw. ``CrawlContext`` is a Scrapy extension: Scrapy builds it once per crawl, after the spider
and before the engine (so before every pipeline and middleware), and the others reach it with
``CrawlContext.of(crawler)``. It opens the index and the state file once, holds the ids the
crawl added or changed and the host names the DNS guard refused, and closes what it opened
when the spider has closed (after the pipelines' last flush).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

from crawler.netguard import REFUSED_REASON
from crawler.state import CrawlState, state_path_for
from search.target import IndexSpec, index_options, resolve_index

if TYPE_CHECKING:
    from search.backend import IndexBackend


def index_spec(settings: BaseSettings) -> IndexSpec:
    """The index a crawl writes to: ``INDEX_SPEC`` as ``crawler.run.crawl`` hands it over, or,
    for a plain ``scrapy crawl``, ``INDEX_TARGET`` with ``INDEX_OPTIONS`` (a dict, or JSON
    from ``-s``) and the ``ES_INDEX`` shortcut."""
    spec = settings.get("INDEX_SPEC")
    if isinstance(spec, IndexSpec):
        return spec
    options = index_options(settings.get("INDEX_OPTIONS"))
    return resolve_index(settings.get("INDEX_TARGET"), es_index=settings.get("ES_INDEX"), **options)


class CrawlContext:
    """The crawl's index (None with ``INDEX_ENABLED=False``), its state file (None when the
    crawl is not incremental or the index has no folder to keep it in), the ids first
    indexed or changed by this crawl, and the names refused for resolving to private
    addresses (name → address)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.spec: IndexSpec | None = None
        self.index: IndexBackend | None = None
        self.state: CrawlState | None = None
        self.new_ids: set[str] = set()
        self.updated_ids: set[str] = set()
        self.refused: dict[str, str] = {}
        if settings.getbool("INDEX_ENABLED", True):
            self.spec = index_spec(settings)
            self.index = self.spec.open()
            if settings.getbool("INCREMENTAL", True):
                path = settings.get("CRAWL_STATE_FILE") or state_path_for(self.spec.target)
                if path is not None:
                    self.state = CrawlState(Path(path))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlContext:
        context = cls(crawler)
        crawler.signals.connect(context.close, signal=signals.spider_closed)
        return context

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlContext:
        """The crawl's context; an error naming the setting when it was switched off."""
        context = crawler.get_extension(cls)
        if context is None:
            raise RuntimeError("crawler.crawl_context.CrawlContext is missing from EXTENSIONS")
        return context

    def refusal(self, host: str | None) -> str | None:
        """Why ``host`` was refused by the DNS guard, or None."""
        if host and host in self.refused:
            return f"{host} {REFUSED_REASON} ({self.refused[host]})"
        return None

    def close(self, spider: Spider | None = None, reason: str = "finished") -> None:
        """A crawl that ran to its natural end (no budget cut it short) has walked its sites
        completely: only then may the next one stop early at known listings."""
        try:
            if self.state is not None:
                stats = self.crawler.stats
                over_budget = stats is not None and stats.get_value("dumawatch/over_budget")
                if spider is not None and reason == "finished" and not over_budget:
                    self.state.mark_walked(list(getattr(spider, "allowed_domains", None) or []))
                self.state.close()
        finally:
            self.state = None
            if self.index is not None:
                self.index.close()
                self.index = None
