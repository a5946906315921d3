"""Real crawls of the bundled sample duma site over HTTP into a real SQLite index."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import urllib.request
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from crawler.run import crawl
from crawler.urls import identity_key
from sample_site.catalog import ARTICLES, MISSING_PATH, NON_ARTICLE_PATHS
from sample_site.server import serve
from search import open_index

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # real crawls in child processes
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0}
BOILERPLATE = (
    "cookie",
    "Поделиться",
    "ВКонтакте",
    "Одноклассники",
    "Другие новости",
    "Комментари",
    "©",
    "+7 (4842)",
    "Главная /",
)
NEVER_FETCHED = ("/deputies/", "/documents/", "/admin/", "/search/", "/upload/", "/about/")


@pytest.fixture(scope="module")
def site():
    with serve() as running:
        yield running


@pytest.fixture(scope="module")
def first_crawl(site, tmp_path_factory):
    """One full crawl (with extraction) of a fresh server; the flaky page fails once."""
    target = f"sqlite:///{tmp_path_factory.mktemp('index') / 'duma.db'}"
    report = crawl([site.base_url + "/"], target, settings=FAST, progress=False)
    hits = Counter(site.hits)
    with open_index(target) as index:
        docs = {doc["url"]: doc for doc in index.iter_documents()}
    return target, report, hits, docs


def test_every_article_indexed_once(site, first_crawl) -> None:
    _, report, _, docs = first_crawl
    expected = {site.base_url + a.path for a in ARTICLES}
    assert set(docs) == expected
    assert len({d["id"] for d in docs.values()}) == len(ARTICLES)
    assert report.articles == report.new == len(ARTICLES)
    assert sorted(report.new_ids) == sorted(d["id"] for d in docs.values())
    assert report.updated == 0 and report.errors == 0


def test_titles_dates_and_clean_bodies(site, first_crawl) -> None:
    docs = first_crawl[3]
    for article in ARTICLES:
        doc = docs[site.base_url + article.path]
        assert doc["title"] == article.title
        assert doc["published_at"] == article.published.isoformat(), article.path
        assert doc["body"] == article.body, article.path
        for phrase in BOILERPLATE:
            if phrase not in article.body:  # an article may quote the duma's phone itself
                assert phrase not in doc["body"], (article.path, phrase)


def test_document_identity_fields(site, first_crawl) -> None:
    for url, doc in first_crawl[3].items():
        assert doc["id"] == hashlib.sha1(identity_key(url).encode()).hexdigest()[:16]
        expected_hash = hashlib.sha1(f"{doc['title']}\n{doc['body']}".encode()).hexdigest()
        assert doc["content_hash"] == expected_hash
        assert doc["source"] == "127.0.0.1"
        assert datetime.fromisoformat(doc["fetched_at"]).tzinfo is not None


def test_extraction_ran_on_every_article(first_crawl) -> None:
    import extraction

    docs = first_crawl[3].values()
    assert all(d["extraction_version"] == extraction.EXTRACTION_VERSION for d in docs)
    assert all(isinstance(d["people"], list) and isinstance(d["figures"], list) for d in docs)
    assert sum(len(d["people"]) for d in docs) >= len(ARTICLES)


def test_legacy_encodings_decoded(site, first_crawl) -> None:
    docs = first_crawl[3]
    legacy = [a for a in ARTICLES if a.encoding.lower() not in ("utf-8", "utf8")]
    assert {a.charset_declared for a in legacy} >= {"header", "meta", "none"}
    assert {a.encoding.lower().replace("_", "-") for a in legacy} >= {"windows-1251", "koi8-r"}
    for article in legacy:
        doc = docs[site.base_url + article.path]
        assert doc["title"] == article.title
        assert doc["body"] == article.body


def test_non_news_pages_neither_indexed_nor_fetched(site, first_crawl) -> None:
    _, _, hits, docs = first_crawl
    indexed_paths = {url[len(site.base_url) :] for url in docs}
    assert not indexed_paths & set(NON_ARTICLE_PATHS)
    assert MISSING_PATH not in indexed_paths
    fetched = [path for path in hits if path.startswith(NEVER_FETCHED)]
    assert fetched == []


def test_flaky_page_retried_and_missing_page_skipped(site, first_crawl) -> None:
    _, report, hits, docs = first_crawl
    flaky = [a for a in ARTICLES if a.flaky]
    assert flaky
    for article in flaky:
        assert hits[article.path] == 2  # 503, then 200
        assert site.base_url + article.path in docs
    assert hits[MISSING_PATH] == 1
    assert report.stats["retry/count"] >= 1


def test_redirects_and_tracking_urls_deduplicated(site, first_crawl) -> None:
    _, _, hits, docs = first_crawl
    assert any(path.startswith("/old/news.php") for path in hits)  # the legacy teaser link
    assert not [path for path in hits if "utm_" in path]  # tracking stripped before fetching
    assert not [url for url in docs if "utm_" in url or "old/news.php" in url]
    for article in ARTICLES:
        assert hits[article.path] <= (2 if article.flaky else 1), article.path


def test_recrawl_adds_nothing_and_reuses_extraction(site, first_crawl) -> None:
    """An incremental re-crawl: known sitemap entries are skipped, the first listing page of
    known articles ends the walk, and what is fetched again reuses the stored facts."""
    target = first_crawl[0]
    site.reset()
    report = crawl([site.base_url + "/news/"], target, settings=FAST, progress=False)
    assert report.new == 0 and report.updated == 0
    assert 0 < report.unchanged == report.articles < len(ARTICLES)
    assert report.stats.get("dumawatch/extracted", 0) == 0
    assert report.stats["dumawatch/extraction_reused"] == report.articles
    assert report.stats["dumawatch/sitemap_known"] == len(ARTICLES)
    assert report.stats["dumawatch/listing_stops"] >= 1
    assert not [path for path in site.hits if "PAGEN_1=" in path or "/page/" in path]
    article_paths = {a.path for a in ARTICLES}
    fetched = {path: n for path, n in site.hits.items() if path in article_paths}
    assert set(fetched) == _first_listing_pages_articles(site, article_paths)
    assert len(fetched) == report.articles and set(fetched.values()) == {1}
    with open_index(target) as index:
        assert index.count() == len(ARTICLES)


def _first_listing_pages_articles(site, article_paths: set[str]) -> set[str]:
    """Articles linked from the first page of the news and the archive listings."""
    shown = set()
    for listing in ("/news/", "/archive/"):
        with urllib.request.urlopen(site.base_url + listing) as page:
            html = page.read().decode(page.headers.get_content_charset() or "utf-8")
        links = {href.removeprefix(site.base_url) for href in re.findall(r'href="([^"?#]+)', html)}
        shown |= links & article_paths
    return shown


def test_full_recrawl_without_extraction_keeps_facts(site, first_crawl) -> None:
    """``INCREMENTAL=False`` walks every listing page again; a crawl with extraction switched
    off leaves the facts of unchanged articles alone."""
    target, _, _, before = first_crawl
    settings = {
        **FAST,
        "INCREMENTAL": False,
        "EXTRACTION_ENABLED": False,
        "SITEMAPS_ENABLED": False,
    }
    report = crawl([site.base_url + "/"], target, settings=settings, progress=False)
    assert report.articles == report.unchanged == len(ARTICLES)
    assert report.new == report.updated == 0
    with open_index(target) as index:
        after = {doc["url"]: doc for doc in index.iter_documents()}
    assert {u: d["people"] for u, d in after.items()} == {u: d["people"] for u, d in before.items()}
    assert all(d["extraction_version"] for d in after.values())


def test_scrapy_command_line_with_listings_only(site, tmp_path) -> None:
    """``scrapy crawl news`` from the repo root; without sitemap and feeds the spider has to
    walk the pagination of both sections (Bitrix ``?PAGEN_1=`` and WordPress ``/page/N/``)."""
    db = tmp_path / "cli.db"
    completed = subprocess.run(
        [
            sys.executable, "-m", "scrapy", "crawl", "news",
            "-a", f"start_url={site.base_url}/",
            "-s", f"INDEX_TARGET=sqlite:///{db}",
            "-s", "EXTRACTION_ENABLED=False",
            "-s", "SITEMAPS_ENABLED=False",
            "-s", "FEEDS_ENABLED=False",
            "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "DOWNLOAD_DELAY=0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "Обход: " in completed.stderr and "'index/new': " in completed.stderr
    assert "sitemap.xml" not in completed.stderr and "/news/rss/" not in completed.stderr
    with open_index(f"sqlite:///{db}") as index:
        urls = sorted(doc["url"] for doc in index.iter_documents())
    assert urls == sorted(site.base_url + a.path for a in ARTICLES)
