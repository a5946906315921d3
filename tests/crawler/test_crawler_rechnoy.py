"""Real crawls of a second, WordPress-like site served as static files (tests/sites/rechnoy.py):
undeclared encodings, dated article paths, no feed or sitemap, and an article that changes."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler.run import crawl
from search import open_index
from tests.sites import rechnoy

pytestmark = pytest.mark.slow  # real crawls in child processes
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "EXTRACTION_ENABLED": False}


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def site_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rechnoy")
    rechnoy.build(root)
    return root


@pytest.fixture(scope="module")
def base_url(site_root: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site_root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def moved_url(base_url: str) -> Iterator[str]:
    """The site's old address on another host name: everything 301s to ``base_url``."""

    class Moved(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(301)
            self.send_header("Location", base_url + self.path)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Moved)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://localhost:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def indexed(base_url: str, tmp_path_factory) -> tuple[str, dict]:
    target = f"sqlite:///{tmp_path_factory.mktemp('idx') / 'rechnoy.db'}"
    report = crawl([base_url + "/"], target, settings=FAST, progress=False)
    return target, report


def _docs(target: str) -> dict[str, dict]:
    with open_index(target) as index:
        return {doc["url"]: doc for doc in index.iter_documents()}


def test_all_posts_found_with_dates_and_decoded_text(base_url, indexed) -> None:
    target, report = indexed
    docs = _docs(target)
    assert set(docs) == {base_url + p.path for p in rechnoy.POSTS}
    assert report.new == len(rechnoy.POSTS) and report.errors == 0
    for post in rechnoy.POSTS:
        doc = docs[base_url + post.path]
        assert doc["title"] == post.title, post.path
        assert doc["published_at"] == post.iso, post.path
        assert doc["body"] == post.body, post.path
        assert "Поделиться" not in doc["body"] and "©" not in doc["body"]
    undeclared = [p for p in rechnoy.POSTS if p.encoding != "utf-8" and not p.meta_charset]
    assert undeclared  # cp1251 bytes, no charset in header or page


def test_non_articles_not_indexed(base_url, indexed) -> None:
    target, report = indexed
    urls = set(_docs(target))
    assert not urls & {base_url + path for path in rechnoy.NON_ARTICLE_PATHS}
    assert report.stats["dumawatch/ignored"] >= 1  # the page robots.txt forbids
    assert report.errors == 0


def test_unchanged_site_costs_only_304s(base_url, indexed) -> None:
    """http.server answers If-Modified-Since: a second crawl downloads no article again, and
    a listing page of known articles ends the walk through older pages."""
    target = indexed[0]
    report = crawl([base_url + "/"], target, settings=FAST, progress=False)
    assert report.stats["dumawatch/not_modified"] == report.articles == report.unchanged
    assert report.articles >= 4
    assert report.stats["dumawatch/listing_stops"] >= 1
    assert report.new == report.updated == report.stats.get("item_scraped_count", 0) == 0
    assert len(_docs(target)) == len(rechnoy.POSTS)


def test_named_source_moved_host_and_page_budget(base_url, moved_url, tmp_path) -> None:
    """A sources.yaml entry whose start URL now redirects to another host: the crawl follows
    the move, uses the entry's name and selectors, and stops at the page budget."""
    config = tmp_path / "sources.yaml"
    config.write_text(
        "sources:\n"
        "  - name: Речной округ\n"
        f"    start_urls: [{moved_url}/novosti/]\n"
        "    selectors: {title: 'h1.entry-title', date: '.entry-meta', body: '.entry-content'}\n",
        encoding="utf-8",
    )
    target = f"sqlite:///{tmp_path / 'budget.db'}"
    report = crawl(
        [], target, source="Речной округ", config=config, max_pages=5, settings=FAST,
        progress=False,
    )  # fmt: skip
    assert report.pages <= 5
    docs = _docs(target)
    assert set(docs) == {base_url + p.path for p in rechnoy.POSTS[:2]}  # first listing page
    by_path = {p.path: p for p in rechnoy.POSTS}
    for url, doc in docs.items():
        post = by_path[url[len(base_url) :]]
        assert doc["source"] == "Речной округ"
        assert (doc["title"], doc["published_at"], doc["body"]) == (post.title, post.iso, post.body)
    # that crawl was cut short, so the next one must not stop at the known first listing page
    again = crawl(
        [base_url + "/"], target, source="Речной округ", config=config, settings=FAST,
        progress=False,
    )  # fmt: skip
    assert "dumawatch/listing_stops" not in again.stats
    assert {u[len(base_url) :] for u in _docs(target)} == set(by_path)
    assert again.new == len(rechnoy.POSTS) - len(docs)


def test_changed_article_updated_in_place(base_url, site_root, indexed) -> None:
    target = indexed[0]
    before = _docs(target)
    changed = rechnoy.edited(
        rechnoy.POSTS[1], "Дополнено: маршрут № 12 откроют с 1 июня 2019 года."
    )
    posts = [changed if p.path == changed.path else p for p in rechnoy.POSTS]
    rechnoy.build(site_root, posts)
    try:
        report = crawl([base_url + "/novosti/"], target, settings=FAST, progress=False)
    finally:
        rechnoy.build(site_root)
    after = _docs(target)
    url = base_url + changed.path
    assert report.updated == 1 and report.new == 0
    assert report.updated_ids == [before[url]["id"]] and report.new_ids == []
    assert report.unchanged == report.articles - 1
    assert set(after) == set(before)
    assert after[url]["id"] == before[url]["id"]
    assert after[url]["body"] == changed.body != before[url]["body"]
    assert after[url]["content_hash"] != before[url]["content_hash"]


def test_failed_extraction_still_indexes_the_text(base_url, tmp_path) -> None:
    from tests.sites import flaky_extractor

    settings = {
        **FAST,
        "EXTRACTION_ENABLED": True,
        "EXTRACTION_MODULE": "tests.sites.flaky_extractor",
    }
    target = f"sqlite:///{tmp_path / 'flaky.db'}"
    report = crawl([base_url + "/"], target, settings=settings, progress=False)
    docs = _docs(target)
    assert len(docs) == report.new == len(rechnoy.POSTS)
    failed = [d for d in docs.values() if flaky_extractor.FAILS_ON in d["body"]]
    assert len(failed) == report.errors == report.stats["dumawatch/extraction_failed"] == 1
    assert failed[0]["extraction_version"] is None and failed[0]["people"] == []
    others = [d for d in docs.values() if d not in failed]
    assert all(d["extraction_version"] == flaky_extractor.EXTRACTION_VERSION for d in others)
