"""What happens to each scraped article, in ``ITEM_PIPELINES`` order:
clean/validate → dedupe → extract (in worker processes) → index."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import logging
import sqlite3
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future

from crawler.article import clean_text
from crawler.crawl_context import CrawlContext
from crawler.extract_pool import (
    BATCH_SIZE,
    ExtractionPool,
    default_workers,
    single_threaded_blas,
)
from crawler.items import DOCUMENT_FIELDS, EXTRACTION_FIELDS, ArticleItem
from crawler.urls import canonical_url, doc_id
from search.backend import BackendError

logger = logging.getLogger(__name__)


def content_hash(title: str, body: str) -> str:
    return hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()


class CleanPipeline:
    """Normalise text, reject pages that are not articles after all, and fix the identity
    fields (id, content_hash) from the cleaned values so they are stable between crawls."""

    def __init__(self, min_body_chars: int) -> None:
        self.min_body_chars = min_body_chars

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler.settings.getint("MIN_BODY_CHARS", 200))

    def process_item(self, item: ArticleItem) -> ArticleItem:
        title = clean_text(item.get("title") or "")
        paragraphs = [clean_text(p) for p in (item.get("body") or "").split("\n\n")]
        body = "\n\n".join(p for p in paragraphs if p)
        if not item.get("url"):
            raise DropItem("article without a URL")
        if not title:
            raise DropItem(f"no title: {item['url']}")
        if len(body) < self.min_body_chars:
            raise DropItem(f"body too short ({len(body)} chars): {item['url']}")
        item["url"] = canonical_url(item["url"])
        item["title"] = title
        item["body"] = body
        item["id"] = doc_id(item["url"])
        item["content_hash"] = content_hash(title, body)
        return item


class DedupePipeline:
    """One article per crawl, whether reached by two URLs (same canonical URL) or published
    twice without a canonical link (same content hash)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.ids: set[str] = set()
        self.hashes: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if item["id"] in self.ids or item["content_hash"] in self.hashes:
            self.stats.inc_value("dumawatch/duplicates")
            raise DropItem(f"duplicate article: {item['url']}", log_level="DEBUG")
        self.ids.add(item["id"])
        self.hashes.add(item["content_hash"])
        return item


class ExtractPipeline:
    """Runs the extraction module on each article's body in ``EXTRACTION_WORKERS`` worker
    processes (0: in the crawl process itself), so fetching never waits on NER; an article
    whose text and extraction version are what the index already holds reuses the stored
    facts instead. When extraction fails the article is still indexed, without an
    ``extraction_version``, so the next crawl extracts it again."""

    def __init__(self, crawler: Crawler, context: CrawlContext) -> None:
        self.crawler = crawler
        self.context = context
        self.extract: Any = None
        self.version: str | None = None
        self.module_name = "extraction"
        self.workers = 0
        self.pool: ExtractionPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        if not crawler.settings.getbool("EXTRACTION_ENABLED", True):
            raise NotConfigured  # EXTRACTION_ENABLED=False
        return cls(crawler, CrawlContext.of(crawler))

    def open_spider(self, spider: Spider | None = None) -> None:
        settings = self.crawler.settings
        self.module_name = settings.get("EXTRACTION_MODULE") or "extraction"
        try:
            found = importlib.util.find_spec(self.module_name) is not None
        except ImportError:
            found = False
        if not found:
            raise RuntimeError(
                f"{self.module_name}.extract is not available (no module named "
                f"{self.module_name!r}); set EXTRACTION_ENABLED=False to crawl without it"
            )
        workers = settings.get("EXTRACTION_WORKERS")
        self.workers = default_workers() if workers in (None, "") else int(workers)
        if self.workers > 0:
            single_threaded_blas()  # before this process imports numpy: the workers are forked

    def _load(self) -> None:
        """Imported with the first article, not at the start: the models' libraries take a
        second to import, which a re-crawl answered by 304s alone need not spend."""
        if self.extract is not None:
            return
        try:
            module = importlib.import_module(self.module_name)
            self.extract = module.extract
        except (ImportError, AttributeError) as exc:
            raise RuntimeError(
                f"{self.module_name}.extract is not available ({exc}); "
                "set EXTRACTION_ENABLED=False to crawl without it"
            ) from exc
        self.version = getattr(module, "EXTRACTION_VERSION", None)

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.pool is not None:
            if self.pool.restarts:
                self.crawler.stats.set_value("dumawatch/extraction_restarts", self.pool.restarts)
            self.pool.close()
            self.pool = None

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        self._load()
        stored = self._stored(item)
        if stored is not None:
            self.crawler.stats.inc_value("dumawatch/extraction_reused")
            return self._with_facts(item, stored)
        if self.pool is None and self.workers > 0:
            # started by the first text to extract: a re-crawl with no news loads no models
            batch = self.crawler.settings.getint("EXTRACTION_BATCH_SIZE") or BATCH_SIZE
            nice = self.crawler.settings.getint("EXTRACTION_NICE", 0)
            self.pool = ExtractionPool(self.module_name, self.workers, max_batch=batch, nice=nice)
        if self.pool is None:
            try:
                result = (self.extract(item["body"], item.get("published_at")), None)
            except Exception as exc:  # noqa: BLE001 - index the text anyway, facts next time
                result = (None, f"{type(exc).__name__}: {exc}")
            return self._extracted(result, item)
        result = await maybe_deferred_to_future(
            self.pool.submit(item["body"], item.get("published_at"))
        )
        return self._extracted(result, item)

    def _extracted(self, result: tuple[dict | None, str | None], item: ArticleItem) -> ArticleItem:
        facts, error = result
        stats = self.crawler.stats
        if error is not None:
            logger.error("extraction failed for %s: %s", item["url"], error)
            stats.inc_value("dumawatch/errors")
            stats.inc_value("dumawatch/extraction_failed")
        else:
            stats.inc_value("dumawatch/extracted")
        return self._with_facts(item, facts or {})

    @staticmethod
    def _with_facts(item: ArticleItem, facts: dict) -> ArticleItem:
        for key in (*EXTRACTION_FIELDS, "extraction_version"):
            item[key] = facts.get(key)
        return item

    def _stored(self, item: ArticleItem) -> dict | None:
        index = self.context.index
        if index is None or self.version is None:
            return None
        stored = stored_or_none(index, item["id"])
        if (
            stored
            and stored.get("content_hash") == item["content_hash"]
            and stored.get("extraction_version") == self.version
            and all(key in stored for key in EXTRACTION_FIELDS)  # none stored before it existed
        ):
            return stored
        return None


def stored_or_none(index: Any, doc_id: str) -> dict | None:
    """The stored document, or None when the index cannot say (e.g. Elasticsearch is down and
    writes are going to the spool): the article is then treated as new, never dropped."""
    try:
        return index.get(doc_id)
    except BackendError as exc:
        logger.warning("index: cannot look up %s: %s", doc_id, exc)
        return None


class IndexPipeline:
    """Upserts documents in batches into the crawl's index (``CrawlContext``) and counts
    new/updated/unchanged articles in the crawl stats and the context's id sets."""

    def __init__(self, crawler: Crawler, context: CrawlContext) -> None:
        assert context.index is not None
        self.crawler = crawler
        self.index = context.index  # opened and closed by the context
        self.batch_size = max(1, crawler.settings.getint("INDEX_BATCH_SIZE", 20))
        self.batch: list[dict] = []
        self.new_ids = context.new_ids  # first indexed by this crawl (see NewsSpider._all_known)
        self.updated_ids = context.updated_ids

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IndexPipeline:
        context = CrawlContext.of(crawler)
        if context.index is None:
            raise NotConfigured  # INDEX_ENABLED=False
        return cls(crawler, context)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        doc = {k: item.get(k) for k in DOCUMENT_FIELDS}
        if doc["extraction_version"] is None:
            self._keep_stored_facts(doc)
        for key in EXTRACTION_FIELDS:
            if doc[key] is None:
                doc[key] = []
        self.batch.append(doc)
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def _keep_stored_facts(self, doc: dict) -> None:
        """A crawl without extraction must not wipe facts the index holds for the same text."""
        stored = stored_or_none(self.index, doc["id"])
        if stored and stored.get("content_hash") == doc["content_hash"]:
            for key in (*EXTRACTION_FIELDS, "extraction_version"):
                doc[key] = stored.get(key)

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        try:
            report = self.index.upsert(batch, one_per_article=True)  # see IndexBackend.stored_id
        except (BackendError, sqlite3.Error) as exc:  # keep crawling; retried next crawl
            logger.error("index: %d documents not stored: %s", len(batch), exc)
            self.crawler.stats.inc_value("dumawatch/errors")
            self.crawler.stats.inc_value("index/failed", len(batch))
            if not self.crawler.stats.get_value("index/error"):  # the cause, for the report
                self.crawler.stats.set_value("index/error", str(exc))
            return
        stats = self.crawler.stats
        stats.inc_value("index/new", len(report.new))
        stats.inc_value("index/updated", len(report.updated))
        stats.inc_value("index/unchanged", len(report.unchanged))
        stats.inc_value("index/spooled", len(report.spooled))  # Elasticsearch
        self.new_ids.update(report.new)
        self.updated_ids.update(report.updated)

    def close_spider(self, spider: Spider | None = None) -> None:
        self.flush()
