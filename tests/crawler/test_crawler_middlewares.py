"""The downloader middlewares and the crawl context one request at a time, on Scrapy's test
crawler with the project settings, a real SQLite index and a real crawl state file."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.utils.misc import build_from_crawler

from crawler.middlewares import (
    ConditionalRequestMiddleware,
    PageBudgetMiddleware,
    PrivateNetworkGuardMiddleware,
    SkipNonHtmlMiddleware,
)
from crawler.state import Validators
from tests.scrapy_crawler import context, test_crawler

SITE = "https://zarechensk-duma.ru"
ARTICLE = f"{SITE}/news/subsidii-tszh/"


def request(url: str, kind: str = "page", **meta: object) -> Request:
    return Request(url, meta={"dw_kind": kind, **meta})


def test_the_page_budget_stops_the_crawl_and_the_per_site_budget_one_site() -> None:
    crawler = test_crawler(INDEX_ENABLED=False, MAX_PAGES=3)
    budget = build_from_crawler(PageBudgetMiddleware, crawler)
    for n in range(3):
        budget.process_request(request(f"{SITE}/news/?page={n}"))
    with pytest.raises(IgnoreRequest, match="page budget of 3"):
        budget.process_request(request(f"{SITE}/news/?page=3"))
    robots = Request(f"{SITE}/robots.txt", meta={"dont_obey_robotstxt": True})
    assert budget.process_request(robots) is None  # Scrapy's own fetch is not counted

    crawler = test_crawler(INDEX_ENABLED=False, MAX_PAGES_PER_SITE=2)
    per_site = build_from_crawler(PageBudgetMiddleware, crawler)
    for n in range(2):
        per_site.process_request(request(f"{SITE}/news/?page={n}"))
    for n in (2, 3):
        with pytest.raises(IgnoreRequest, match="for zarechensk-duma.ru"):
            per_site.process_request(request(f"{SITE}/news/?page={n}"))
    per_site.process_request(request("https://kaluga-gorduma.ru/news/"))  # another site
    stats = crawler.stats
    assert stats.get_value("dumawatch/over_budget") == 2
    assert stats.get_value("dumawatch/sites_over_budget") == 1  # told once per site


@pytest.mark.parametrize(
    ("kind", "content_type", "passes"),
    [
        ("article", b"text/html; charset=utf-8", True),
        ("article", b"application/pdf", False),
        ("start", b"image/jpeg", False),
        ("feed", b"application/rss+xml", True),
        ("sitemap", b"application/x-gzip", True),
        ("listing", b"application/xml", False),
        ("probe", b"application/pdf", True),  # not a kind that must be a page
    ],
)
def test_only_pages_reach_the_spider(kind, content_type, passes) -> None:
    crawler = test_crawler(INDEX_ENABLED=False)
    skip = build_from_crawler(SkipNonHtmlMiddleware, crawler)
    response = Response(ARTICLE, headers={"Content-Type": content_type}, body=b"%PDF-1.4")
    if passes:
        assert skip.process_response(request(ARTICLE, kind), response) is response
    else:
        with pytest.raises(IgnoreRequest, match="не HTML-страница"):
            skip.process_response(request(ARTICLE, kind), response)
        assert crawler.stats.get_value("dumawatch/skipped_non_html") == 1


def test_the_guard_refuses_private_addresses_and_names_the_resolver_refused() -> None:
    crawler = test_crawler(INDEX_ENABLED=False, BLOCK_PRIVATE_NETWORKS=True)
    guard = build_from_crawler(PrivateNetworkGuardMiddleware, crawler)
    with pytest.raises(IgnoreRequest, match="private or local"):
        guard.process_request(request("http://127.0.0.1:8080/news/", "start"))
    assert crawler.stats.get_value("dumawatch/fatal").startswith("refused: ")
    assert guard.process_request(request("http://93.158.134.3/news/")) is None
    # The DNS guard found this name pointing inside: the middleware says so from then on.
    context(crawler).refused["intranet.zarechensk-duma.ru"] = "10.0.0.7"
    with pytest.raises(
        IgnoreRequest, match=r"intranet\.zarechensk-duma\.ru resolves .*10\.0\.0\.7"
    ):
        guard.process_request(request("http://intranet.zarechensk-duma.ru/", "article"))
    assert crawler.stats.get_value("dumawatch/blocked_private") == 2

    with pytest.raises(NotConfigured):
        build_from_crawler(PrivateNetworkGuardMiddleware, test_crawler(INDEX_ENABLED=False))


def test_known_articles_are_asked_for_conditionally_while_the_index_holds_them(tmp_path) -> None:
    crawler = test_crawler(INDEX_TARGET=f"sqlite:///{tmp_path}/index.db")
    ctx = context(crawler)
    assert ctx.state is not None and ctx.index is not None
    assert ctx.state.path == tmp_path / "index.crawl-state.db"  # beside the SQLite index
    ctx.index.upsert([{"id": "a1", "url": ARTICLE, "title": "Субсидии ТСЖ", "body": "Текст.",
                       "content_hash": "h1", "published_at": "2024-03-14"}])  # fmt: skip
    conditional = build_from_crawler(ConditionalRequestMiddleware, crawler)
    page = HtmlResponse(ARTICLE, headers={"ETag": '"v1"'}, body=b"<html></html>")
    conditional.remember({"id": "a1", "content_hash": "h1"}, page, None)
    assert ctx.state.get(ARTICLE) == Validators('"v1"', None, "a1", "h1")

    asked = request(ARTICLE, "article")
    conditional.process_request(asked)
    assert asked.headers[b"If-None-Match"] == b'"v1"'
    assert asked.meta["handle_httpstatus_list"] == [304]
    listing = request(f"{SITE}/news/", "listing")
    conditional.process_request(listing)
    assert b"If-None-Match" not in listing.headers  # only articles are remembered

    ctx.index.upsert([{"id": "a1", "url": ARTICLE, "title": "Субсидии ТСЖ", "body": "Новый.",
                       "content_hash": "h2", "published_at": "2024-03-14"}])  # fmt: skip
    changed = request(ARTICLE, "article")
    conditional.process_request(changed)
    assert b"If-None-Match" not in changed.headers  # the index holds other text: fetch it whole
    ctx.close()


def test_no_conditional_requests_without_incremental_crawling_or_an_index(tmp_path) -> None:
    for settings in ({"INCREMENTAL": False}, {"INDEX_ENABLED": False}):
        crawler = test_crawler(INDEX_TARGET=f"sqlite:///{tmp_path}/index.db", **settings)
        assert context(crawler).state is None
        with pytest.raises(NotConfigured):
            build_from_crawler(ConditionalRequestMiddleware, crawler)
        context(crawler).close()


class Spider:
    allowed_domains = ["zarechensk-duma.ru"]


@pytest.mark.parametrize(
    ("reason", "over_budget", "walked"),
    [("finished", False, True), ("finished", True, False), ("shutdown", False, False)],
)
def test_only_a_crawl_that_ran_to_its_end_marks_its_sites_walked(
    tmp_path, reason, over_budget, walked
) -> None:
    crawler = test_crawler(INDEX_TARGET=f"sqlite:///{tmp_path}/index.db")
    ctx = context(crawler)
    state_file = ctx.state.path if ctx.state else None
    if over_budget:
        crawler.stats.inc_value("dumawatch/over_budget")
    ctx.close(Spider(), reason)  # type: ignore[arg-type]
    assert ctx.index is None and ctx.state is None  # closed
    again = context(test_crawler(INDEX_TARGET=f"sqlite:///{tmp_path}/index.db"))
    assert again.state is not None and again.state.path == state_file
    assert again.state.walked("zarechensk-duma.ru") is walked
    again.close()
