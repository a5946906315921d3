"""Incremental re-crawls and extraction off the fetching path, proven with request counts.

The site is the benchmark's generated one (``benchmarks/generated_site.py``): 20 articles a
listing page, a sitemap, and ETag / ``304 Not Modified`` like a real web server.
"""

from __future__ import annotations

import os

import pytest

from benchmarks.generated_site import PER_PAGE, build_articles, serve
from crawler.run import crawl
from search import open_index

pytestmark = pytest.mark.slow  # real crawls in child processes
FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "EXTRACTION_MODULE": "tests.sites.probe_extractor",
}
ARTICLES = build_articles(61)  # four listing pages


def _article_hits(site) -> dict[str, int]:
    paths = {a.path for a in site.articles}
    return {path: n for path, n in site.hits.items() if path in paths}


def _newest(articles, count: int) -> set[str]:
    ordered = sorted(articles, key=lambda a: (a.published, a.slug), reverse=True)
    return {a.path for a in ordered[:count]}


def test_recrawl_fetches_first_listing_page_and_its_articles_only(tmp_path) -> None:
    target = f"sqlite:///{tmp_path / 'duma.db'}"
    with serve(ARTICLES[:-1]) as site:
        first = crawl([site.base_url + "/"], target, settings=FAST, progress=False)
        assert first.new == first.articles == len(ARTICLES) - 1
        assert set(_article_hits(site).values()) == {1}  # every article fetched once
        assert len(_article_hits(site)) == len(ARTICLES) - 1
        assert site.hits["/news/?PAGEN_1=3"] == 1

        site.reset()
        again = crawl([site.base_url + "/"], target, settings=FAST, progress=False)
        fetched = _article_hits(site)
        assert set(fetched) == _newest(ARTICLES[:-1], PER_PAGE)  # those on the first page
        assert set(fetched.values()) == {1}
        assert not [path for path in site.hits if "PAGEN_1=" in path]  # the walk stopped
        assert site.fetched_at.keys().isdisjoint(fetched)  # every one of them a 304
        stats = again.stats
        assert stats["dumawatch/not_modified"] == PER_PAGE
        assert stats["dumawatch/sitemap_known"] == len(ARTICLES) - 1
        assert stats.get("dumawatch/extracted", 0) == 0 and "item_scraped_count" not in stats
        assert again.new == again.updated == 0 and again.unchanged == PER_PAGE

        site.reset()
        site.publish(ARTICLES)  # one piece of news
        third = crawl([site.base_url + "/"], target, settings=FAST, progress=False)
        news = ARTICLES[-1].path
        assert site.fetched_at.keys() & _article_hits(site).keys() == {news}
        assert third.new == 1 and third.new_ids and third.stats["dumawatch/extracted"] == 1
        # page 1 had news, so page 2 is looked at; it has none: pages 3 and 4 are not
        assert [path for path in site.hits if "PAGEN_1=" in path] == ["/news/?PAGEN_1=2"]
    with open_index(target) as index:
        assert index.count() == len(ARTICLES)


def test_extraction_runs_in_workers_while_fetching_goes_on(tmp_path) -> None:
    """A slow extractor (``tests/sites/probe_extractor.py``, 0.1 s a text) in one worker
    process: every article has been downloaded while most texts still wait for extraction."""
    target = f"sqlite:///{tmp_path / 'duma.db'}"
    settings = {**FAST, "EXTRACTION_WORKERS": 1, "SITEMAPS_ENABLED": False}
    articles = ARTICLES[:30]  # DELAY * 30 = 3 s of extraction
    with serve(articles) as site:
        report = crawl([site.base_url + "/"], target, settings=settings, progress=False)
        last_fetch = max(site.fetched_at[a.path] for a in articles)
    assert report.new == len(articles) and report.stats["dumawatch/extracted"] == len(articles)
    with open_index(target) as index:
        probes = [doc["figures"][0] for doc in index.iter_documents()]
    done_after_last_fetch = sum(p["value"] > last_fetch for p in probes)
    assert done_after_last_fetch > len(articles) // 2
    processes = {tuple(map(int, p["text"].split())) for p in probes}
    assert len(processes) == 1  # one worker ...
    ((worker, crawl_process),) = processes
    assert crawl_process not in (os.getpid(), worker)  # ... forked by the crawl's own process


def test_a_dying_extraction_worker_costs_one_article_only(tmp_path, monkeypatch) -> None:
    """The worker dies on one text: the pool is rebuilt, the batch lost with it is tried
    again text by text, and only the killer text is indexed without facts."""
    articles = ARTICLES[:30]
    victim = articles[7]
    monkeypatch.setenv("DUMAWATCH_TEST_CRASH_ON", victim.paragraphs[0])
    target = f"sqlite:///{tmp_path / 'duma.db'}"
    settings = {
        **FAST,
        "EXTRACTION_MODULE": "tests.sites.crash_extractor",
        "EXTRACTION_WORKERS": 2,
        "EXTRACTION_BATCH_SIZE": 8,
    }
    with serve(articles) as site:
        report = crawl([site.base_url + "/"], target, settings=settings, progress=False)
    assert report.new == len(articles)
    assert report.stats["dumawatch/extraction_failed"] == 1
    assert report.stats["dumawatch/extraction_restarts"] >= 2  # its batch, then it alone
    assert report.stats["dumawatch/extracted"] == len(articles) - 1
    with open_index(target) as index:
        docs = {doc["url"]: doc for doc in index.iter_documents()}
    assert docs[site.base_url + victim.path]["extraction_version"] is None
    assert sum(d["extraction_version"] == "crash-test-1" for d in docs.values()) == 29
