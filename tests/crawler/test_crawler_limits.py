"""Bounded work per page without the network: link extraction linear in the page (and the same
links and dates as the earlier per-link implementation), its limits, text fidelity (entities
decoded once, control characters dropped) and charsets that lie."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import pytest
from parsel import Selector
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from benchmarks import generated_site
from crawler.article import clean_text, parse_article, without_controls
from crawler.encoding import CharsetMiddleware, better_encoding
from crawler.listing import MAX_LINKS_PER_PAGE, PageLinks, page_links
from crawler.middlewares import PageBudgetMiddleware
from crawler.page_dates import parse_date
from crawler.spiders.news import NewsSpider
from crawler.urls import looks_like_article_url
from sample_site import catalog, pages
from tests.sites import hostile, rechnoy

SITES = Path(__file__).resolve().parents[1] / "sites"
BASE = "http://127.0.0.1:8000"


# -- the earlier implementation, kept as the reference for "same links, same dates" --------


def _reference_date_near(a: Selector, href: str) -> date | None:
    node = a
    for _ in range(4):
        parent = node.xpath("..")
        if not parent:
            return None
        node = parent[0]
        hrefs = {
            h.split("#", 1)[0]
            for h in node.xpath(".//a/@href").getall()
            if looks_like_article_url(urljoin(href, h))
        }
        if len(hrefs) > 1:
            return None
        found = parse_date(" ".join(node.xpath(".//text()").getall()))
        if found:
            return found
    return None


def _reference_page_links(sel: Selector, base: str, domains: list[str]) -> PageLinks:
    """``page_links`` as it was before it became linear (quadratic in the links of a block)."""
    from crawler import listing

    links = PageLinks(feeds=listing.feed_links(sel, base))
    main: set[str] = set()
    dated: set[str] = set()
    base_section = listing.segments(base)[:1]
    for a in sel.xpath("//a[@href]"):
        url = listing._absolute(base, a.attrib.get("href"))
        if not url or not listing.same_site(url, domains) or listing.is_denied(url):
            continue
        text = " ".join(" ".join(a.xpath(".//text()").getall()).split())
        if listing._is_next_link(text, url, base_section):
            if url not in links.listings:
                links.listings.append(url)
            if url not in links.pages:
                links.pages.append(url)
            if listing._NEXT_TEXT.match(text) and url not in links.next_pages:
                links.next_pages.append(url)
        elif looks_like_article_url(url):
            if url not in links.articles or links.articles[url] is None:
                links.articles[url] = _reference_date_near(a, url)
            boilerplate = (
                "ancestor::*[self::footer or self::aside or contains(@class,'comment') or "
                "contains(@class,'related') or contains(@class,'other') or "
                "contains(@class,'footer') or contains(@class,'sidebar') or "
                "contains(@class,'share') or contains(@class,'popular')]"
            )
            if not a.xpath(boilerplate):
                if len(text) >= 15:
                    main.add(url)
                if links.articles[url] is not None:
                    dated.add(url)
        elif listing.is_feed_url(url):
            if url not in links.feeds:
                links.feeds.append(url)
        elif listing.looks_like_listing_url(url) and url not in links.listings:
            links.listings.append(url)
    for url in links.listings:
        links.articles.pop(url, None)
        main.discard(url)
        dated.discard(url)
    links.main_articles = len(main)
    links.dated_articles = len(dated)
    return links


def _fixture_pages(tmp_path: Path) -> list[tuple[str, str]]:
    """(html, url) of every kind of page the test sites and the benchmark site show."""
    found = [(pages.home(), BASE + "/")]
    for render, path in (
        (pages.news_listing, "/news/?PAGEN_1="),
        (pages.archive_listing, "/archive/page/"),
    ):
        n = 1
        while (text := render(n)) is not None:
            found.append((text, f"{BASE}{path}{n}"))
            n += 1
    found += [(pages.news_article(a, BASE), BASE + a.path) for a in catalog.NEWS]
    found += [(pages.archive_article(a), BASE + a.path) for a in catalog.ARCHIVE]
    found += [(render(), BASE + "/about/") for render in (pages.about, pages.contacts)]
    found.append((pages.deputies(), BASE + "/deputies/"))
    rechnoy.build(tmp_path)
    for file in sorted(tmp_path.rglob("*.html")):
        path = "/" + str(file.relative_to(tmp_path)).removesuffix("index.html")
        found.append((file.read_bytes().decode("utf-8", "replace"), BASE + path))
    for file in sorted(SITES.glob("*.html")):
        found.append((file.read_text(encoding="utf-8"), "http://x.ru/news/"))
    articles = generated_site.build_articles(40)
    found.append((generated_site.listing_page(articles[:20], 1, 2), BASE + "/news/"))
    found += [(generated_site.article_page(a, BASE), BASE + a.path) for a in articles[:5]]
    found.append((hostile.listing(hostile.STORIES, "Новости").decode(), BASE + "/novosti/"))
    block = " ".join(
        f"<a href='/news/zametka-{i}/'>Заметка номер {i} о работе думы</a> {1 + i % 28}.03.2019"
        for i in range(150)
    )
    found.append((f"<html><body><div class='news'>{block}</div></body></html>", BASE + "/news/"))
    return found


def test_page_links_match_the_earlier_implementation(tmp_path: Path) -> None:
    checked = 0
    for text, url in _fixture_pages(tmp_path):
        sel = Selector(text=text)
        for domains in (["127.0.0.1"], ["x.ru"]):
            assert page_links(sel, url, domains) == _reference_page_links(sel, url, domains), url
            checked += 1
    assert checked > 60


def _many_links_page(count: int) -> Selector:
    """``count`` dated article links in one <div>: the shape that was quadratic."""
    links = " ".join(
        f"<a href='/news/item-{i}/'>Новость номер {i} о заседании думы</a> 12.03.2019"
        for i in range(count)
    )
    return Selector(text=f"<html><body><div class='news'>{links}</div></body></html>")


@pytest.mark.slow
def test_100000_links_in_one_block_are_sorted_in_linear_time() -> None:
    """A hang guard, not a benchmark (benchmarks/links_bench.py): CPU seconds, so a busy
    machine does not make it fail."""
    sel = _many_links_page(100_000)
    started = time.process_time()
    links = page_links(sel, "http://x.ru/news/", ["x.ru"], max_links=None, time_budget=None)
    assert time.process_time() - started < 20
    assert len(links.articles) == 100_000 and links.truncated is None
    assert links.is_listing and links.dated_articles == 0  # no link has a block of its own


def test_links_past_the_cap_are_ignored() -> None:
    sel = _many_links_page(MAX_LINKS_PER_PAGE + 500)
    links = page_links(sel, "http://x.ru/news/", ["x.ru"])
    assert links.truncated == "links"
    assert len(links.articles) == MAX_LINKS_PER_PAGE
    assert "http://x.ru/news/item-0/" in links.articles
    assert f"http://x.ru/news/item-{MAX_LINKS_PER_PAGE}/" not in links.articles
    small = page_links(sel, "http://x.ru/news/", ["x.ru"], max_links=10)
    assert len(small.articles) == 10 and small.truncated == "links"


def test_links_past_the_time_budget_are_ignored() -> None:
    sel = _many_links_page(50_000)
    # the budget is a share of what the whole page takes on this machine now, so a busy
    # machine cuts the page as a quiet one does
    began = time.perf_counter()
    whole = page_links(sel, "http://x.ru/news/", ["x.ru"], max_links=None, time_budget=None)
    spent = time.perf_counter() - began
    assert whole.truncated is None and len(whole.articles) == 50_000
    links = page_links(sel, "http://x.ru/news/", ["x.ru"], max_links=None, time_budget=spent / 2)
    assert links.truncated == "time"
    assert 0 < len(links.articles) < 50_000  # what was found in time is kept


def test_a_page_out_of_time_at_once_still_gives_its_first_links() -> None:
    """A budget spent before the first link (a collector pause on a busy crawler) still
    sorts the page's first links: a cut page is never an empty one."""
    sel = _many_links_page(5_000)
    links = page_links(sel, "http://x.ru/news/", ["x.ru"], max_links=None, time_budget=1e-9)
    assert links.truncated == "time"
    assert list(links.articles)[:3] == [f"http://x.ru/news/item-{i}/" for i in range(3)]
    assert 0 < len(links.articles) < 5_000


def test_dates_of_one_block_per_link_are_kept() -> None:
    items = "".join(
        f"<div class='item'><a href='/news/novost-{i}/'>Новость номер {i} о сессии</a>"
        f"<span>{1 + i % 28:02d}.11.2018</span></div>"
        for i in range(300)
    )
    links = page_links(Selector(text=f"<html><body>{items}</body></html>"), BASE, ["127.0.0.1"])
    assert len(links.articles) == 300 and links.dated_articles == 300
    assert links.articles[BASE + "/news/novost-7/"].isoformat() == "2018-11-08"


# -- text -------------------------------------------------------------------------------


def _article_html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title} | Дума</title></head><body><article><h1>{title}</h1>"
        f"<div class='date'>12.03.2019</div>{body}</article></body></html>"
    )


FILLER = (
    "Депутаты обсудили исполнение бюджета и ход ремонта дорог в районе, "
    "а также план работы комиссий на второе полугодие. "
) * 2


def test_entities_are_decoded_once() -> None:
    page = _article_html(
        "Тег &amp;lt;b&amp;gt; в обращениях",
        ["Разметка &amp;lt;b&amp;gt; и ООО «Т&amp;amp;К»: &amp;nbsp; остаётся текстом.", FILLER],
    )
    article = parse_article(page, "http://x.ru/news/teg-b/")
    assert article is not None
    assert article.title == "Тег &lt;b&gt; в обращениях"
    assert article.paragraphs[0] == "Разметка &lt;b&gt; и ООО «Т&amp;К»: &nbsp; остаётся текстом."


def test_control_characters_leave_the_text_not_the_article() -> None:
    page = _article_html(
        "План&#1; работы\x07 Совета",
        ["Совет&#1; утвердил план&#x1f; на полугодие.\x02 Сессий восемь\x0b в плане.", FILLER],
    )
    article = parse_article(page, "http://x.ru/news/plan-raboty/")
    assert article is not None
    assert article.title == "План работы Совета"
    assert article.paragraphs[0] == "Совет утвердил план на полугодие. Сессий восемь в плане."


def test_without_controls_keeps_text_and_windows_1252_references() -> None:
    assert without_controls("a&#1;b&#x1F;c&#127;d\x02e&#10;f&#150;g&#1234;h&#9;i") == (
        "abcde&#10;f&#150;g&#1234;h&#9;i"
    )
    assert clean_text(" Сессия\x01 думы\x85  2019\u00a0г. ") == "Сессия думы 2019 г."
    assert clean_text("е\u0308лка") == "ёлка"  # NFC as before


# -- charsets --------------------------------------------------------------------------

PAGE = (
    "<html><head>{meta}<title>Бюджет района на 2021 год | Совет</title></head><body>"
    "<h1>Бюджет района на 2021 год</h1><p>Депутаты приняли бюджет района на 2021 год. "
    "Доходы составят 842 млн рублей, расходы 851 млн рублей.</p></body></html>"
)


@pytest.mark.parametrize(
    ("encoding", "meta", "header", "expected"),
    [
        ("windows-1251", "", "utf-8", "cp1251"),  # header lies about a legacy page
        ("windows-1251", '<meta charset="utf-8">', None, "cp1251"),  # <meta> lies
        ("utf-8", '<meta charset="utf-16">', None, "utf-8"),  # UTF-16 on an ASCII page
        ("utf-8", "", "windows-1251", "utf-8"),  # valid UTF-8 is not windows-1251
        ("windows-1251", "", "windows-1251", None),  # honest declarations stay
        ("koi8-r", '<meta charset="koi8-r">', None, None),
        ("utf-8", "", "utf-8", None),
        ("utf-16", "", "utf-16", None),
        ("windows-1251", "", None, None),  # undeclared: Scrapy's own detection
    ],
)
def test_charset_sniffed_when_the_declared_one_cannot_be_right(
    encoding: str, meta: str, header: str | None, expected: str | None
) -> None:
    body = PAGE.format(meta=meta).encode(encoding)
    declared = header or (meta and meta.split('"')[1])
    assert better_encoding(body, declared or None) == expected


def test_a_few_broken_bytes_do_not_change_the_encoding() -> None:
    body = PAGE.format(meta="").encode("utf-8")
    broken = body.replace(b"842", b"8\xff2")
    assert better_encoding(broken, "utf-8") is None


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (PAGE.format(meta="").encode("windows-1251"), "text/html; charset=utf-8"),
        (PAGE.format(meta='<meta charset="utf-16">').encode("utf-8"), "text/html"),
    ],
)
def test_charset_middleware_gives_the_spider_readable_text(body: bytes, content_type: str) -> None:
    crawler = get_crawler(NewsSpider)
    middleware = CharsetMiddleware.from_crawler(crawler)
    url = "http://x.ru/news/byudzhet-2021/"
    request = Request(url, meta={"dw_kind": "article"})
    headers = {"Content-Type": content_type}
    response = HtmlResponse(url, body=body, headers=headers, request=request)
    assert "Бюджет района" not in response.text  # as Scrapy alone reads it
    fixed = middleware.process_response(request, response)
    assert fixed.xpath("//h1/text()").get() == "Бюджет района на 2021 год"
    assert crawler.stats.get_value("dumawatch/charset_sniffed") == 1


# -- page budget -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "per_site", "total"),
    [
        ({}, 20_000, None),
        ({"MAX_PAGES": 500}, 20_000, 500),
        ({"MAX_PAGES": 50_000}, 50_000, 50_000),  # an explicit --max-pages above the default
        ({"MAX_PAGES_PER_SITE": 0}, None, None),
    ],
)
def test_page_budget_defaults(settings: dict, per_site: int | None, total: int | None) -> None:
    from crawler import settings as defaults

    merged = {"MAX_PAGES": defaults.MAX_PAGES, "MAX_PAGES_PER_SITE": defaults.MAX_PAGES_PER_SITE}
    crawler = get_crawler(NewsSpider, {**merged, **settings})
    middleware = PageBudgetMiddleware.from_crawler(crawler)
    assert (middleware.per_site, middleware.budget) == (per_site, total)
