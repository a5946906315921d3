"""The generic news spider: from a home or news-listing URL to every news article of a site.

Discovery: links on the start page and on listings (with pagination), RSS/Atom feeds and
sitemaps named in robots.txt. Every HTML page is then judged by URL shape and structure:
an article has a title, a date and a substantial body; a listing has many article links.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from crawler.article import parse_article
from crawler.crawl_context import CrawlContext
from crawler.feeds import feed_entries, looks_like_feed, sitemap_entries
from crawler.items import ArticleItem
from crawler.listing import LINKS_TIME_BUDGET, MAX_LINKS_PER_PAGE, PageLinks, page_links
from crawler.site_titles import SiteTitles
from crawler.sources import Source, find_source, load_sources, source_for_url
from crawler.urls import (
    canonical_url,
    doc_id,
    host_of,
    is_denied,
    is_pagination_url,
    looks_like_article_url,
    looks_like_listing_url,
    same_site,
    segments,
    site_name,
    strip_tracking,
)

FEED_PROBES = ("/rss/", "/feed/", "/rss.xml")
# Listing pages in a row without a new article after which their pagination is not followed.
LISTING_PATIENCE = 5
PRIORITY = {"robots": 40, "feed": 30, "article": 20, "listing": 10, "sitemap": 5, "probe": 1}


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(
        self,
        start_url: str | None = None,
        start_urls: str | list[str] | None = None,
        source: str | None = None,
        config: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        urls: list[str] = []
        for value in (start_url, start_urls):
            if isinstance(value, str):
                urls += [u.strip() for u in value.split(",") if u.strip()]
            elif value:
                urls += list(value)
        self.start_urls = urls
        self.source_name = source
        self.config = config
        self.source: Source | None = None
        self.sources: list[Source] = []
        self.start_failures: dict[str, str] = {}
        self.start_ok: set[str] = set()
        self.site_titles = SiteTitles()  # the sites' own names, for sources without one
        self.use_sitemaps = True
        self.use_feeds = True
        self.incremental = True
        self.min_body_chars = 200
        self.max_links = MAX_LINKS_PER_PAGE
        self.links_time_budget = LINKS_TIME_BUDGET
        self.listing_patience = LISTING_PATIENCE
        self.max_sitemap_size = 10 * 1024 * 1024
        self.listed: set[str] = set()  # article URLs shown by the listings of this crawl

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings.get("SOURCES_FILE"))
        spider.use_sitemaps = crawler.settings.getbool("SITEMAPS_ENABLED", True)
        spider.use_feeds = crawler.settings.getbool("FEEDS_ENABLED", True)
        spider.incremental = crawler.settings.getbool("INCREMENTAL", True)
        spider.min_body_chars = crawler.settings.getint("MIN_BODY_CHARS", 200)
        settings = crawler.settings
        spider.max_links = settings.getint("MAX_LINKS_PER_PAGE", MAX_LINKS_PER_PAGE)
        spider.links_time_budget = settings.getfloat("LINKS_TIME_BUDGET", LINKS_TIME_BUDGET)
        spider.listing_patience = settings.getint("LISTING_PATIENCE", LISTING_PATIENCE)
        spider.max_sitemap_size = settings.getint("DOWNLOAD_MAXSIZE", spider.max_sitemap_size)
        return spider

    def configure(self, sources_file: str | None) -> None:
        config = self.config or sources_file
        if self.source_name:
            self.source = find_source(self.source_name, config)
            self.sources = [self.source]
            if not self.start_urls:
                self.start_urls = list(self.source.start_urls)
        else:
            self.sources = load_sources(config)
        if not self.start_urls:
            raise ValueError("no start URL: use -a start_url=URL or a source with start_urls")
        self.start_urls = [strip_tracking(u) for u in self.start_urls]
        domains = {host_of(u) for u in self.start_urls}
        if self.source:
            domains.update(self.source.domains())
        self.allowed_domains = sorted(d for d in domains if d)

    # -- requests -------------------------------------------------------------------------

    def request(
        self, url: str, kind: str, callback: Any, priority: str | None = None, **meta: Any
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=PRIORITY.get(priority or kind, 0),
            meta={"dw_kind": kind, **meta},
        )

    async def start(self) -> AsyncIterator[Any]:
        """Only the start pages: robots.txt (for sitemaps) and feed probes follow from a start
        page that turned out to be HTML, so a PDF given as the start fails at once."""
        for url in self.start_urls:
            yield scrapy.Request(
                url,
                callback=self.parse_page,
                errback=self.on_error,
                priority=50,
                meta={"dw_kind": "start", "allow_offsite": True},  # may redirect to www./https
            )

    def follow(
        self, links: PageLinks, from_article: bool, page_url: str, dry: int = 0
    ) -> Iterator[scrapy.Request]:
        articles = links.articles
        if from_article and self._may_skip_known(page_url):  # related teasers: unknown ones
            unknown = self._unknown(articles)
            articles = {u: d for u, d in articles.items() if u in unknown}
        for url, hint in articles.items():
            meta = {"date_hint": hint.isoformat()} if hint else {}
            yield self.request(url, "article", self.parse_page, **meta)
        for url in links.listings:
            yield self.request(url, "listing", self.parse_page, dw_dry=dry)
        for url in links.feeds if self.use_feeds else ():
            if same_site(url, self.allowed_domains):
                yield self.request(url, "feed", self.parse_feed, dw_probe=from_article)

    # -- callbacks ------------------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        kind = response.meta.get("dw_kind")
        if response.status == 304:
            self.crawler.stats.inc_value("dumawatch/not_modified")
            return
        if not isinstance(response, TextResponse) or not _is_html(response):
            if kind == "start":
                self.start_failures[response.request.url] = "стартовая страница — не HTML"
            return
        if kind == "start":
            self.start_ok.add(response.request.url)
            if not same_site(response.url, self.allowed_domains):  # moved to another domain
                self.allowed_domains = [*self.allowed_domains, host_of(response.url)]
        sel = response.selector
        if self.source is None and source_for_url(response.url, self.sources) is None:
            self.site_titles.see(site_name(response.url), sel, response.url)
        links = page_links(
            sel,
            response.url,
            self.allowed_domains,
            max_links=self.max_links,
            time_budget=self.links_time_budget,
        )
        if links.truncated:
            self._cut_short(response.url, links.truncated)
        item = None
        if self._may_be_article(response.url, kind, links):
            item = self.article_item(response)
        if item is not None:
            self.crawler.stats.inc_value("dumawatch/articles")
            yield item
        else:
            self.crawler.stats.inc_value(
                f"dumawatch/pages/{'listing' if links.is_listing else 'other'}"
            )
        is_listing = links.is_listing or kind == "listing"
        dry = self._dry_run(response, links, kind) if is_listing and item is None else 0
        if is_listing and self._may_skip_known(response.url):
            if self._all_known(links):
                self.crawler.stats.inc_value("dumawatch/listing_stops")
                links.listings = [u for u in links.listings if not is_pagination_url(u)]
            elif links.next_pages:  # page by page, to stop at the first one with no news
                skipped = set(links.pages) - set(links.next_pages)
                links.listings = [u for u in links.listings if u not in skipped]
        yield from self.follow(links, item is not None, response.url, dry)
        if kind == "start" and self.use_sitemaps:
            robots = urljoin(response.url, "/robots.txt")
            yield self.request(robots, "robots", self.parse_robots, dw_probe=True)
        if kind == "start" and self.use_feeds and not links.feeds:
            for path in FEED_PROBES:
                url = urljoin(response.url, path)
                yield self.request(url, "feed", self.parse_feed, dw_probe=True, priority="probe")

    def _cut_short(self, url: str, limit: str) -> None:
        """A page with more links than ``MAX_LINKS_PER_PAGE`` or whose links took longer than
        ``LINKS_TIME_BUDGET`` to sort: the links found so far are followed."""
        self.crawler.stats.inc_value(f"dumawatch/links_truncated/{limit}")
        if limit == "links":
            why = f"more than {self.max_links} links (MAX_LINKS_PER_PAGE)"
        else:
            why = f"links not sorted within {self.links_time_budget:g} CPU s (LINKS_TIME_BUDGET)"
        self.logger.warning("%s: %s; following the links found so far", url, why)

    def _dry_run(self, response: Response, links: PageLinks, kind: str | None) -> int:
        """How many listing pages in a row, ending with this one, showed no article that no
        listing had shown before in this crawl (0: this one did). Past ``LISTING_PATIENCE`` the
        page's listing links are not followed: an endless pagination (``?page=N+1`` showing
        the same items) ends there. Start pages do not fill the memory of shown articles:
        a home page's «latest news» would make the first pages of the news listing look
        stale."""
        fresh = [url for url in links.articles if url not in self.listed]
        if kind != "start":
            self.listed.update(fresh)
        dry = 0 if fresh else response.meta.get("dw_dry", 0) + 1
        if self.listing_patience and dry >= self.listing_patience and links.listings:
            self.crawler.stats.inc_value("dumawatch/listing_patience_stops")
            self.logger.warning(
                "%s: %d listing pages in a row without a new article (LISTING_PATIENCE); "
                "not following its pagination",
                response.url,
                dry,
            )
            links.listings = []
        return dry

    def _may_be_article(self, url: str, kind: str | None, links: PageLinks) -> bool:
        """Listings and the home page never are; a start page only when its URL says so; a page
        with more links than any article has (cut at ``MAX_LINKS_PER_PAGE``) neither."""
        if kind == "listing" or looks_like_listing_url(url) or not segments(url):
            return False
        if links.truncated == "links":
            return False
        if looks_like_article_url(url):
            return True
        return kind != "start" and not links.is_listing

    def _may_skip_known(self, url: str) -> bool:
        """Incremental shortcuts (skip known articles, stop at known listings) only on a site
        walked completely before, so that a crawl cut short leaves no gap behind."""
        context = CrawlContext.of(self.crawler)
        state, index = context.state, context.index
        return bool(self.incremental and index and state and state.walked(host_of(url)))

    def _unknown(self, urls: Iterable[str]) -> set[str]:
        """URLs whose article the index does not hold."""
        urls = set(urls)
        index = CrawlContext.of(self.crawler).index
        if index is None or not urls:
            return urls
        ids = {url: doc_id(canonical_url(url)) for url in urls}
        known = index.known(set(ids.values()))
        return {url for url, i in ids.items() if i not in known}

    def _all_known(self, links: PageLinks) -> bool:
        """Every article this listing shows was indexed before this crawl: older pages hold
        nothing new (articles first indexed by this very crawl do not count)."""
        context = CrawlContext.of(self.crawler)
        index = context.index
        if index is None or not links.articles:
            return False
        ids = {doc_id(canonical_url(url)) for url in links.articles}
        fresh = context.new_ids
        return not ids & fresh and len(index.known(ids)) == len(ids)

    def article_item(self, response: TextResponse) -> ArticleItem | None:
        source = self.source or source_for_url(response.url, self.sources)
        hint = response.meta.get("date_hint")
        article = parse_article(
            response.text,
            response.url,
            selectors=source.selectors if source else None,
            date_hint=date.fromisoformat(hint) if hint else None,
            sel=response.selector,
            min_body_chars=self.min_body_chars,
        )
        if article is None:
            return None
        if article.published_at is None:
            self.crawler.stats.inc_value("dumawatch/undated_pages")
            return None
        return ArticleItem(
            url=self.canonical(response),
            source=source.name if source else site_name(response.url),
            title=article.title,
            published_at=article.published_at.isoformat(),
            body=article.body,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def canonical(self, response: TextResponse) -> str:
        """``<link rel=canonical>`` when it is a plausible address for this very page."""
        href = response.xpath('//link[@rel="canonical"]/@href').get()
        if href:
            url = canonical_url(urljoin(response.url, href.strip()))
            if (
                same_site(url, self.allowed_domains)
                and not is_denied(url)
                and not looks_like_listing_url(url)
                and (segments(url) or not segments(response.url))
            ):
                return url
        return canonical_url(response.url)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if same_site(url, self.allowed_domains):
                yield self.request(url, "sitemap", self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz: unpacked within the page size limit
            limit = response.meta.get("download_maxsize", self.max_sitemap_size)
            try:
                body = gunzip(body, max_size=limit)
            except ValueError:  # Scrapy's _DecompressionMaxSizeExceeded
                self.crawler.stats.inc_value("dumawatch/sitemaps_too_large")
                self.logger.warning(
                    "%s: unpacks to more than %d bytes (DOWNLOAD_MAXSIZE); skipped",
                    response.url,
                    limit,
                )
                return
        pages, children = sitemap_entries(body)
        for url in children:
            if same_site(url, self.allowed_domains):
                yield self.request(url, "sitemap", self.parse_sitemap)
        pages = [
            (strip_tracking(url), lastmod)
            for url, lastmod in pages
            if same_site(url, self.allowed_domains) and looks_like_article_url(url)
        ]
        skip_known = self._may_skip_known(response.url)
        stale = self._stale(pages) if skip_known else {url for url, _ in pages}
        for url, _lastmod in pages:
            if url in stale:
                yield self.request(url, "article", self.parse_page)
            else:
                self.crawler.stats.inc_value("dumawatch/sitemap_known")

    def _stale(self, pages: list[tuple[str, date | None]]) -> set[str]:
        """Sitemap URLs worth fetching in an incremental crawl: those not indexed yet or whose
        ``lastmod`` is later than the day they were last fetched."""
        index = CrawlContext.of(self.crawler).index
        if index is None:
            return {url for url, _ in pages}
        ids = {url: doc_id(canonical_url(url)) for url, _ in pages}
        known = index.known(set(ids.values()))
        stale = set()
        for url, lastmod in pages:
            if ids[url] not in known:
                stale.add(url)
            elif lastmod is not None:
                stored = index.get(ids[url]) or {}
                if lastmod.isoformat() > (stored.get("fetched_at") or "")[:10]:
                    stale.add(url)
        return stale

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if not looks_like_feed(response.body):
            return
        self.crawler.stats.inc_value("dumawatch/feeds")
        entries = [
            (url, published)
            for url, published in (
                (strip_tracking(urljoin(response.url, link)), published)
                for link, published in feed_entries(response.body)
            )
            if same_site(url, self.allowed_domains) and not is_denied(url)
        ]
        wanted = {url for url, _ in entries}
        if self._may_skip_known(response.url):  # the listings show the newest anyway
            wanted = self._unknown(wanted)
        for url, published in entries:
            if url not in wanted:
                self.crawler.stats.inc_value("dumawatch/feed_known")
                continue
            meta = {"date_hint": published.isoformat()} if published else {}
            yield self.request(url, "article", self.parse_page, **meta)

    # -- errors ---------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        stats = self.crawler.stats
        status = failure.value.response.status if failure.check(HttpError) else None
        if request.meta.get("dw_kind") == "start":
            self.start_failures[request.url] = self._describe(failure)
        if request.meta.get("dw_probe"):
            return
        if status == 404 or status == 410:
            stats.inc_value("dumawatch/not_found")
            return
        if failure.check(IgnoreRequest):  # robots.txt, page budget, not HTML: policy, no error
            stats.inc_value("dumawatch/ignored")
            return
        stats.inc_value("dumawatch/errors")
        self.logger.warning("failed %s: %s", request.url, self._describe(failure))

    def _describe(self, failure: Failure) -> str:
        """One line for a failed request; a name the DNS guard refused says why."""
        if failure.check(DNSLookupError, CannotResolveHostError):
            request = getattr(failure, "request", None)
            host = urlsplit(request.url).hostname if request is not None else None
            refused = CrawlContext.of(self.crawler).refusal(host)
            if refused:
                return f"refused: {refused}"
        return _describe(failure)


def _is_html(response: TextResponse) -> bool:
    ctype = (response.headers.get(b"Content-Type") or b"text/html").lower()
    return b"html" in ctype


def _describe(failure: Failure) -> str:
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    message = str(failure.value) or type(failure.value).__name__
    return message.splitlines()[0] if message else type(failure.value).__name__
