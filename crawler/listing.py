"""Links worth following on an HTML page: article candidates (with the date shown next to
them), further listing pages (pagination, news sections) and feeds.

The work is linear in the page: every element's facts (which article links it holds, the
first date in its text, whether it is a teaser or footer block) are computed once and cached,
so a block of 100,000 links costs no more per link than a block of ten. A hostile page is
still cut at ``MAX_LINKS_PER_PAGE`` links and ``LINKS_TIME_BUDGET`` CPU seconds (``truncated``
says which), so one page cannot hold a crawl up."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element
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
# Links read on one page (document order); the rest are ignored. Real listings show dozens,
# an HTML site map a few thousand.
MAX_LINKS_PER_PAGE = 10_000
# CPU seconds one page may spend sorting its links; then the links found so far are kept.
LINKS_TIME_BUDGET = 5.0
# Links read and sorted however the clock stands (a few milliseconds of work), so a collector
# pause never leaves a cut page with nothing found.
_ALWAYS_SORTED = 200

_NEXT_TEXT = re.compile(
    r"^(следующая|следующие|далее|вперед|вперёд|дальше|ещё|еще|показать ещё|показать еще|"
    r"более ранние|ранее|предыдущие записи|старые записи|next|older|more|»|>|>>|→|›)"
    r"(\s*(страница|записи|новости|»|>|→|›))?$",
    re.IGNORECASE,
)
# Blocks whose links are teasers, not the page's own list: footer, aside, comments, related…
_BOILERPLATE_TAGS = frozenset({"footer", "aside"})
_BOILERPLATE_CLASSES = ("comment", "related", "other", "footer", "sidebar", "share", "popular")
_MANY = "\x00many"  # an element holding two or more distinct article links


@dataclass
class PageLinks:
    articles: dict[str, date | None] = field(default_factory=dict)
    main_articles: int = 0  # distinct article links with a title-like anchor, outside teasers
    dated_articles: int = 0  # distinct article links outside teasers with their own date
    listings: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # pagination links: numbers and «next»
    next_pages: list[str] = field(default_factory=list)  # «Следующая», «»»: one step on
    truncated: str | None = None  # "links" or "time": the page was cut at a limit

    @property
    def is_listing(self) -> bool:
        return max(self.main_articles, self.dated_articles) >= LISTING_MIN_LINKS


def _absolute(base: str, href: str | None) -> str | None:
    href = _usable(href)
    return _http(urljoin(base, href)) if href else None


def _usable(href: str | None) -> str | None:
    """``href`` stripped, unless it points nowhere else (fragments, mail, scripts)."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    return href


def _http(url: str) -> str | None:
    if not url.startswith(("http://", "https://")):
        return None
    return strip_tracking(url) if "?" in url or "#" in url else url  # nothing to strip


def _text(node: _Element) -> str:
    """The words of an element's text, as ``.//text()`` joined by spaces gives them."""
    return " ".join(" ".join(node.itertext()).split())


class _Blocks:
    """Facts about the elements around a page's links, each computed once per element."""

    def __init__(self) -> None:
        self.hrefs: dict[_Element, str] = {}  # the one article href inside, or _MANY
        self.dates: dict[_Element, date | None] = {}
        self.boilerplate: dict[_Element, bool] = {}

    def add_article_link(self, a: _Element, key: str) -> None:
        """Count ``key`` in every ancestor of ``a``. A climb stops where the ancestor already
        holds this key or many (its own ancestors then do too), so each element changes at
        most twice and the whole page costs linear time."""
        node = a.getparent()
        while node is not None:
            held = self.hrefs.get(node)
            if held == key or held == _MANY:
                return
            self.hrefs[node] = key if held is None else _MANY
            node = node.getparent()

    def date_near(self, a: _Element) -> date | None:
        """The date printed in the smallest block (up to four levels up) that holds this link
        and no other article."""
        node = a
        for _ in range(4):
            node = node.getparent()
            if node is None or self.hrefs.get(node) == _MANY:
                return None
            if node not in self.dates:
                self.dates[node] = parse_date(" ".join(node.itertext()))
            if self.dates[node]:
                return self.dates[node]
        return None

    def in_boilerplate(self, a: _Element) -> bool:
        """Is some ancestor of ``a`` a footer, aside, comments, related or sharing block?"""
        chain = []
        node = a.getparent()
        while node is not None and node not in self.boilerplate:
            chain.append(node)
            node = node.getparent()
        inside = self.boilerplate[node] if node is not None else False
        for element in reversed(chain):
            css = element.get("class") or ""
            inside = (
                inside
                or element.tag in _BOILERPLATE_TAGS
                or any(word in css for word in _BOILERPLATE_CLASSES)
            )
            self.boilerplate[element] = inside
        return inside


def feed_links(sel: Selector, base: str) -> list[str]:
    found = []
    for link in sel.xpath('//link[@rel="alternate"][@href]'):
        kind = (link.attrib.get("type") or "").lower()
        if "rss" in kind or "atom" in kind or is_feed_url(link.attrib["href"]):
            url = _absolute(base, link.attrib["href"])
            if url and url not in found:
                found.append(url)
    return found


def page_links(
    sel: Selector,
    base: str,
    domains: list[str],
    *,
    max_links: int | None = MAX_LINKS_PER_PAGE,
    time_budget: float | None = LINKS_TIME_BUDGET,
) -> PageLinks:
    """Sort every same-site link on the page into article candidates, listings and feeds.

    At most ``max_links`` ``<a href>`` are read and at most ``time_budget`` seconds spent
    (None or 0: no limit); ``PageLinks.truncated`` tells when either cut the page short."""
    links = PageLinks(feeds=feed_links(sel, base))
    # Half the time to read the links and see which blocks hold which, half to sort them.
    share = time_budget / 2 if time_budget else None
    reading = _Clock(share)
    blocks = _Blocks()
    anchors: list[tuple[_Element, str]] = []
    urls = _UrlFacts(base)
    root = sel.root
    for a in root.iter("a") if isinstance(root, _Element) else ():
        href = a.get("href")
        if href is None:
            continue
        if max_links and len(anchors) >= max_links:
            links.truncated = "links"
            break
        if len(anchors) >= _ALWAYS_SORTED and reading.out():
            links.truncated = "time"
            break
        anchors.append((a, href))
        key = href.split("#", 1)[0]
        if not key.strip():
            continue  # the page itself, not another article
        if urls.is_article(urls.joined(href)):
            blocks.add_article_link(a, key)

    main: set[str] = set()
    dated: set[str] = set()
    listings: dict[str, None] = {}  # insertion-ordered sets
    pages: dict[str, None] = {}
    next_pages: dict[str, None] = {}
    feeds = dict.fromkeys(links.feeds)
    base_section = segments(base)[:1]
    # The sorting half has a clock of its own: a pause while reading does not eat it.
    sorting = _Clock(share)
    for i, (a, href) in enumerate(anchors):
        if i >= _ALWAYS_SORTED and sorting.out():
            links.truncated = "time"
            break
        url = urls.followable(href, domains)
        if url is None:
            continue
        text = _text(a)
        if _is_next_link(text, url, base_section):  # «2», «Следующая»: even for /news/2/
            listings.setdefault(url)
            pages.setdefault(url)
            if _NEXT_TEXT.match(text):
                next_pages.setdefault(url)
        elif urls.is_article(url):
            if links.articles.get(url) is None:
                links.articles[url] = blocks.date_near(a)
            if not blocks.in_boilerplate(a):
                if len(text) >= 15:
                    main.add(url)
                if links.articles[url] is not None:
                    dated.add(url)
        elif is_feed_url(url):
            feeds.setdefault(url)
        elif looks_like_listing_url(url):
            listings.setdefault(url)
    links.listings, links.pages, links.next_pages = list(listings), list(pages), list(next_pages)
    links.feeds = list(feeds)
    for url in links.listings:
        links.articles.pop(url, None)
        main.discard(url)
        dated.discard(url)
    links.main_articles = len(main)
    links.dated_articles = len(dated)
    return links


class _UrlFacts:
    """URL work done once per distinct href on a page (links repeat: menus, «Подробнее»)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.joins: dict[str, str] = {}
        self.articles: dict[str, bool] = {}
        self.followables: dict[str, str | None] = {}
        self.sites: dict[str, bool] = {}  # by host[:port]

    def joined(self, href: str) -> str:
        if href not in self.joins:
            self.joins[href] = urljoin(self.base, href)
        return self.joins[href]

    def is_article(self, url: str) -> bool:
        if url not in self.articles:
            self.articles[url] = looks_like_article_url(url)
        return self.articles[url]

    def followable(self, href: str, domains: list[str]) -> str | None:
        """The absolute, tracking-free URL of a same-site link that is not denied, or None."""
        if href not in self.followables:
            usable = _usable(href)
            url = _http(self.joined(usable)) if usable else None
            ok = (
                url
                and self.on_site(url, domains)
                and (self.is_article(url) or not is_denied(url))  # articles are never denied
            )
            self.followables[href] = url if ok else None
        return self.followables[href]

    def on_site(self, url: str, domains: list[str]) -> bool:
        netloc = urlsplit(url).netloc
        if netloc not in self.sites:
            self.sites[netloc] = same_site(url, domains)
        return self.sites[netloc]


class _Clock:
    """CPU seconds of this thread: the work a page causes, however busy the machine is."""

    def __init__(self, budget: float | None) -> None:
        self.deadline = time.thread_time() + budget if budget else None

    def out(self) -> bool:
        return self.deadline is not None and time.thread_time() > self.deadline


def _is_next_link(text: str, url: str, base_section: list[str]) -> bool:
    """«Следующая», «»» or a page number pointing into the same section."""
    if not (_NEXT_TEXT.match(text) or text.isdigit()):
        return False
    if is_pagination_url(url):
        return True
    return bool(base_section) and segments(url)[:1] == base_section
