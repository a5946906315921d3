"""Links worth following on an HTML page: article candidates (with the date shown next to
them), further listing pages (pagination, news sections) and feeds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin

from parsel import Selector

from crawler.page_dates import parse_date
from crawler.urls import (
    is_denied,
    is_feed_url,
    is_pagination_url,
    looks_like_article_url,
    looks_like_listing_url,
    same_site,
    segments,
    strip_tracking,
)

# A listing shows at least this many distinct article links outside related/teaser blocks.
LISTING_MIN_LINKS = 4

_NEXT_TEXT = re.compile(
    r"^(следующая|следующие|далее|вперед|вперёд|дальше|ещё|еще|показать ещё|показать еще|"
    r"более ранние|ранее|предыдущие записи|старые записи|next|older|more|»|>|>>|→|›)"
    r"(\s*(страница|записи|новости|»|>|→|›))?$",
    re.IGNORECASE,
)
_BOILERPLATE = (
    "ancestor::*[self::footer or self::aside or contains(@class,'comment') or "
    "contains(@class,'related') or contains(@class,'other') or contains(@class,'footer') or "
    "contains(@class,'sidebar') or contains(@class,'share') or contains(@class,'popular')]"
)


@dataclass
class PageLinks:
    articles: dict[str, date | None] = field(default_factory=dict)
    main_articles: int = 0  # distinct article links with a title-like anchor, outside teasers
    dated_articles: int = 0  # distinct article links outside teasers with their own date
    listings: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # pagination links: numbers and «next»
    next_pages: list[str] = field(default_factory=list)  # «Следующая», «»»: one step on

    @property
    def is_listing(self) -> bool:
        return max(self.main_articles, self.dated_articles) >= LISTING_MIN_LINKS


def _absolute(base: str, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    url = urljoin(base, href)
    if not url.startswith(("http://", "https://")):
        return None
    return strip_tracking(url)


def _link_text(a: Selector) -> str:
    return " ".join(" ".join(a.xpath(".//text()").getall()).split())


def _date_near(a: Selector, href: str) -> date | None:
    """The date printed in the smallest block that holds this link and no other article."""
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


def feed_links(sel: Selector, base: str) -> list[str]:
    found = []
    for link in sel.xpath('//link[@rel="alternate"][@href]'):
        kind = (link.attrib.get("type") or "").lower()
        if "rss" in kind or "atom" in kind or is_feed_url(link.attrib["href"]):
            url = _absolute(base, link.attrib["href"])
            if url and url not in found:
                found.append(url)
    return found


def page_links(sel: Selector, base: str, domains: list[str]) -> PageLinks:
    """Sort every same-site link on the page into article candidates, listings and feeds."""
    links = PageLinks(feeds=feed_links(sel, base))
    main: set[str] = set()
    dated: set[str] = set()
    base_section = segments(base)[:1]
    for a in sel.xpath("//a[@href]"):
        url = _absolute(base, a.attrib.get("href"))
        if not url or not same_site(url, domains) or is_denied(url):
            continue
        if _is_next_link(a, url, base_section):  # «2», «Следующая»: even for /news/2/
            if url not in links.listings:
                links.listings.append(url)
            if url not in links.pages:
                links.pages.append(url)
            if _NEXT_TEXT.match(_link_text(a)) and url not in links.next_pages:
                links.next_pages.append(url)
        elif looks_like_article_url(url):
            if url not in links.articles or links.articles[url] is None:
                links.articles[url] = _date_near(a, url)
            if not a.xpath(_BOILERPLATE):
                if len(_link_text(a)) >= 15:
                    main.add(url)
                if links.articles[url] is not None:
                    dated.add(url)
        elif is_feed_url(url):
            if url not in links.feeds:
                links.feeds.append(url)
        elif looks_like_listing_url(url) and url not in links.listings:
            links.listings.append(url)
    for url in links.listings:
        links.articles.pop(url, None)
        main.discard(url)
        dated.discard(url)
    links.main_articles = len(main)
    links.dated_articles = len(dated)
    return links


def _is_next_link(a: Selector, url: str, base_section: list[str]) -> bool:
    """«Следующая», «»» or a page number pointing into the same section."""
    text = _link_text(a)
    if not (_NEXT_TEXT.match(text) or text.isdigit()):
        return False
    if is_pagination_url(url):
        return True
    return bool(base_section) and segments(url)[:1] == base_section
