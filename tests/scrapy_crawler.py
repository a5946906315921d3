"""A Scrapy test crawler (``scrapy.utils.test.get_crawler``) with the project's settings, its
extensions built (so ``CrawlContext`` has opened the index named in the settings), and no
spider run: pipelines and middlewares are then driven one call at a time."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.utils.test import get_crawler

import crawler.settings as project
from crawler.crawl_context import CrawlContext
from crawler.spiders.news import NewsSpider


def test_crawler(**settings: Any) -> Crawler:
    """The news spider's crawler with the project settings, ``settings`` on top."""
    base = {k: getattr(project, k) for k in dir(project) if k.isupper()}
    base.pop("TWISTED_REACTOR")  # get_crawler picks the one that works in this process
    base.update(LOG_LEVEL="WARNING", PROGRESS_ENABLED=False, **settings)
    return get_crawler(NewsSpider, base)


def context(crawler: Crawler) -> CrawlContext:
    return CrawlContext.of(crawler)


test_crawler.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test
