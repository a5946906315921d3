"""Real crawls of a hostile site (tests/sites/hostile.py): every crawl ends, the crawl process
stays within bounded memory, the traps are cut by their limits (with a stat saying which), and
the ordinary articles come through with the right text.

Each crawl runs as ``crawler.run.crawl()`` in a fresh Python process that reports the peak
memory of its own children (the crawl process), and is killed if it does not end in time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.listing import MAX_LINKS_PER_PAGE
from crawler.spiders.news import LISTING_PATIENCE
from search import open_index
from tests.sites import hostile

pytestmark = pytest.mark.slow  # real crawls in child processes
ROOT = Path(__file__).resolve().parents[2]
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "EXTRACTION_ENABLED": False}
CRAWL_TIMEOUT = 300  # seconds; the crawls take well under a minute
GIB_IN_KB = 1 << 20  # ru_maxrss is in kilobytes on Linux

_RUNNER = """
import json, resource, sys
from crawler.run import CrawlError, crawl

start, target, settings = json.loads(sys.argv[1])
try:
    report = crawl([start], target, settings=settings, progress=False)
    result = {"pages": report.pages, "articles": report.articles, "stats": report.stats}
except CrawlError as exc:
    result = {"error": str(exc)}
result["max_rss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps(result, default=str))
"""


def run_crawl(start: str, target: str, settings: dict) -> dict:
    """``crawl()`` in its own process group, killed whole after ``CRAWL_TIMEOUT``."""
    process = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, json.dumps([start, target, {**FAST, **settings}])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, _ = process.communicate(timeout=CRAWL_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"the crawl of {start} did not end within {CRAWL_TIMEOUT} s")
    assert process.returncode == 0
    result = json.loads(out)
    assert "error" not in result, result["error"]
    return result


@pytest.fixture(scope="module")
def site() -> Iterator[hostile.HostileSite]:
    with hostile.serve() as running:
        yield running


@pytest.fixture(scope="module")
def whole_site(site: hostile.HostileSite, tmp_path_factory) -> tuple[str, dict]:
    """One crawl of the whole site from its home page, with the default limits."""
    target = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'hostile.db'}"
    return target, run_crawl(site.base_url + "/", target, {})


def test_the_crawl_ends_within_bounded_memory(whole_site) -> None:
    _, result = whole_site
    assert result["max_rss_kb"] < GIB_IN_KB, f"crawl process peaked at {result['max_rss_kb']} kB"
    assert result["stats"].get("dumawatch/errors", 0) == 0


def test_sitemap_bombs_are_not_unpacked(site, whole_site) -> None:
    _, result = whole_site
    assert site.count("/sitemap.xml.gz") == 1 and site.count("/sitemap-novosti.xml") == 1
    assert result["stats"]["dumawatch/sitemaps_too_large"] == 1  # the .gz file
    # The gzip-encoded one is refused by Scrapy's HttpCompressionMiddleware (DOWNLOAD_MAXSIZE)
    # before the spider sees it; either would have taken 1 GiB.
    assert "httpcompression/response_count" not in result["stats"]


def test_pages_with_many_links_are_read_to_their_limit(whole_site) -> None:
    _, result = whole_site
    stats = result["stats"]
    assert stats["dumawatch/links_truncated/links"] == 1  # /arhiv/, 100,000 links
    # Every link of /press/ (1,000 in one <div>) and the first of /arhiv/ were followed, to be
    # refused by robots.txt.
    forbidden = stats["robotstxt/forbidden"]
    assert hostile.BLOCK_LINKS < forbidden <= hostile.BLOCK_LINKS + MAX_LINKS_PER_PAGE


def test_the_endless_pagination_stops_by_patience(site, whole_site) -> None:
    _, result = whole_site
    assert result["stats"]["dumawatch/listing_patience_stops"] >= 1
    assert site.count("/trap/") <= LISTING_PATIENCE + 2


def test_articles_are_indexed_with_their_text(site, whole_site) -> None:
    target, result = whole_site
    with open_index(target) as index:
        docs = {doc["url"]: doc for doc in index.iter_documents()}
    assert set(docs) == {site.base_url + story.path for story in hostile.STORIES}
    for story in hostile.STORIES:
        doc = docs[site.base_url + story.path]
        assert (doc["title"], doc["body"]) == (story.title, story.body), story.path
        assert doc["published_at"][:10] == "-".join(reversed(story.day.split(".")))
    assert result["stats"]["dumawatch/charset_sniffed"] == 2


def test_a_site_of_endless_new_articles_stops_at_the_page_budget(site, tmp_path) -> None:
    budget = 60
    before = sum(site.hits.values())
    result = run_crawl(
        site.base_url + "/beskonechno/?page=1",
        f"sqlite:///{tmp_path / 'endless.db'}",
        {"MAX_PAGES_PER_SITE": budget, "SITEMAPS_ENABLED": False, "FEEDS_ENABLED": False},
    )
    stats = result["stats"]
    assert stats["dumawatch/sites_over_budget"] == 1 and stats["dumawatch/over_budget"] >= 1
    assert sum(site.hits.values()) - before <= budget + 1  # + Scrapy's own robots.txt
    assert "dumawatch/listing_patience_stops" not in stats  # every page had new articles
    assert result["articles"] >= budget // 2
