"""Per-request behaviour: no requests to private networks (when asked), page budgets,
conditional requests for known articles, skipping non-HTML bodies, and a progress line."""

from __future__ import annotations

import logging
import sys
import time
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from crawler.crawl_context import CrawlContext
from crawler.netguard import UnsafeTarget, check_url, proxy_hosts
from crawler.state import CrawlState, Validators
from crawler.urls import host_of
from search.backend import IndexBackend

# Request kinds (``request.meta["dw_kind"]``) whose response must be an HTML page.
HTML_KINDS = frozenset({"start", "page", "article", "listing"})
XML_KINDS = frozenset({"feed", "sitemap"})
_HTML_TYPES = (b"text/html", b"application/xhtml")
_XML_TYPES = (b"xml", b"rss", b"atom", b"text/plain", b"gzip", b"octet-stream")
logger = logging.getLogger(__name__)


# Stats worth showing after a crawl when Scrapy's own INFO dump is silenced (crawl()).
SUMMARY_STATS = (
    "downloader/request_count",
    "downloader/response_status_count/",
    "retry/count",
    "dupefilter/filtered",
    "item_scraped_count",
    "item_dropped_count",
    "index/",
    "dumawatch/",
    "elapsed_time_seconds",
)


class PrivateNetworkGuardMiddleware:
    """With ``BLOCK_PRIVATE_NETWORKS``, refuse every request to a loopback, private or
    link-local address — redirect targets and robots.txt included, since each of them comes
    through here — so a public site cannot steer an API-started crawl into the server's own
    network. Address literals (any form) and local names are refused here; host names are
    checked by ``crawler.resolver.GuardedResolver`` when the connection is made, or resolved
    here (once per host) when a proxy will make it or the host is itself a proxy's, which the
    resolver lets through unchecked."""

    def __init__(self, crawler: Crawler, context: CrawlContext) -> None:
        self.crawler = crawler
        self.context = context
        self.verdicts: dict[tuple[str, bool], str | None] = {}  # why a host is refused, or None
        self.proxies = proxy_hosts()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateNetworkGuardMiddleware:
        if not crawler.settings.getbool("BLOCK_PRIVATE_NETWORKS"):
            raise NotConfigured
        return cls(crawler, CrawlContext.of(crawler))

    def process_request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        resolve = bool(request.meta.get("proxy")) or parts.hostname in self.proxies
        key = (f"{parts.scheme}://{parts.hostname}", resolve)
        if key not in self.verdicts:
            try:
                check_url(request.url, allow_private=False, resolve=resolve)
                self.verdicts[key] = None
            except UnsafeTarget as exc:
                self.verdicts[key] = str(exc)
        reason = self.verdicts[key] or self.context.refusal(parts.hostname)  # the resolver's
        if reason is not None:
            self.crawler.stats.inc_value("dumawatch/blocked_private")
            if request.meta.get("dw_kind") == "start" or request.meta.get("redirect_urls"):
                self.crawler.stats.set_value("dumawatch/fatal", f"refused: {reason}")
            raise IgnoreRequest(f"refused: {reason}")
        return None


class RobotsTxtReuseMiddleware:
    """The spider reads robots.txt for its sitemaps; Scrapy's robots.txt check has fetched
    that very file moments before (a site's first request waits for it). Its response is
    kept, per URL, and handed to the spider's request instead of asking the site twice."""

    def __init__(self) -> None:
        self.fetched: dict[str, Response] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsTxtReuseMiddleware:
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured  # no check fetches it: the spider's own request does
        return cls()

    def process_request(self, request: Request) -> Response | None:
        if request.meta.get("dw_kind") != "robots":
            return None
        kept = self.fetched.pop(request.url, None)  # read once: no need to hold it further
        return kept.replace(request=request) if kept is not None else None

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("dont_obey_robotstxt") and urlsplit(request.url).path == "/robots.txt":
            self.fetched[request.url] = response
        return response


class PageBudgetMiddleware:
    """Stop downloading after ``MAX_PAGES`` requests in all (``--max-pages``) or after
    ``MAX_PAGES_PER_SITE`` to one site, so neither a big run nor an endless site (a calendar,
    a pagination trap) can go on forever. A crawl cut by either does not count as a complete
    walk of its sites (see ``ConditionalRequestMiddleware.close``)."""

    def __init__(self, crawler: Crawler, budget: int | None, per_site: int | None) -> None:
        self.crawler = crawler
        self.budget = budget
        self.per_site = per_site
        self.used = 0
        self.used_by_site: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudgetMiddleware:
        budget = crawler.settings.getint("MAX_PAGES") or None
        per_site = crawler.settings.getint("MAX_PAGES_PER_SITE") or None
        if per_site and budget:  # an explicit --max-pages above the default is meant
            per_site = max(per_site, budget)
        return cls(crawler, budget, per_site)

    def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):  # Scrapy's own robots.txt fetch
            return None
        if self.budget is not None and self.used >= self.budget:
            self.crawler.stats.inc_value("dumawatch/over_budget")
            raise IgnoreRequest(f"page budget of {self.budget} used up")
        site = host_of(request.url)
        used = self.used_by_site.get(site, 0)
        if self.per_site is not None and used >= self.per_site:
            stats = self.crawler.stats
            stats.inc_value("dumawatch/over_budget")
            if used == self.per_site:
                self.used_by_site[site] = used + 1  # warn once per site
                stats.inc_value("dumawatch/sites_over_budget")
                logger.warning(
                    "%s: %d pages fetched, the per-site budget (MAX_PAGES_PER_SITE); "
                    "further pages of this site are skipped",
                    site,
                    self.per_site,
                )
            raise IgnoreRequest(f"page budget of {self.per_site} for {site} used up")
        self.used += 1
        self.used_by_site[site] = used + 1
        return None


class ConditionalRequestMiddleware:
    """Asks for articles with ``If-None-Match`` / ``If-Modified-Since`` when the index still
    holds what was fetched last time; a 304 then means "unchanged" at the cost of headers.

    Validators are remembered when an article has passed every pipeline stage."""

    def __init__(self, crawler: Crawler, state: CrawlState, index: IndexBackend) -> None:
        self.crawler = crawler
        self.state = state
        self.index = index

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        context = CrawlContext.of(crawler)
        if context.state is None or context.index is None:
            raise NotConfigured  # INCREMENTAL or INDEX_ENABLED off, or no place for the state
        mw = cls(crawler, context.state, context.index)
        crawler.signals.connect(mw.remember, signal=signals.item_scraped)
        return mw

    def process_request(self, request: Request) -> None:
        if request.meta.get("dw_kind") != "article":
            return None
        known = self.state.get(request.url)
        if known is None:
            return None
        if self.index.known([known.doc_id]).get(known.doc_id) != known.content_hash:
            return None  # the index lost or changed it: fetch in full
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified
        if known.etag or known.last_modified:
            request.meta["handle_httpstatus_list"] = [304]
        return None

    def remember(self, item: dict, response: Response, spider: Spider) -> None:
        if response is None:
            return
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        if not (etag or modified):
            return
        self.state.put(
            response.url,
            Validators(
                etag=etag.decode("latin-1") if etag else None,
                last_modified=modified.decode("latin-1") if modified else None,
                doc_id=item["id"],
                content_hash=item["content_hash"],
            ),
        )


class SkipNonHtmlMiddleware:
    """Drop PDFs, images and other downloads that slipped past the URL filters, and tell the
    spider why (the start page being a PDF is a user error worth reporting)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipNonHtmlMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        kind = request.meta.get("dw_kind")
        if response.status != 200 or kind not in HTML_KINDS | XML_KINDS:
            return response
        ctype = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
        if not ctype:
            return response
        accepted = _HTML_TYPES if kind in HTML_KINDS else _HTML_TYPES + _XML_TYPES
        if any(t in ctype for t in accepted):
            return response
        self.crawler.stats.inc_value("dumawatch/skipped_non_html")
        raise IgnoreRequest(f"не HTML-страница ({ctype.decode('latin-1')})")


class ProgressReporter:
    """A progress line on stderr (pages, articles, errors) every few seconds and at the end."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 2.0)
        self.last = 0.0
        self.tty = sys.stderr.isatty()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressReporter:
        reporter = cls(crawler)
        if crawler.settings.getbool("PROGRESS_ENABLED", True):
            crawler.signals.connect(reporter.tick, signal=signals.response_received)
            crawler.signals.connect(reporter.tick, signal=signals.item_scraped)
            crawler.signals.connect(reporter.finish, signal=signals.spider_closed)
        crawler.signals.connect(reporter.error, signal=signals.spider_error)
        crawler.signals.connect(reporter.error, signal=signals.item_error)
        return reporter

    def error(self, *args: object, **kwargs: object) -> None:
        """A callback or pipeline stage raised: counted, and the crawl goes on."""
        self.crawler.stats.inc_value("dumawatch/errors")

    def line(self) -> str:
        stats = self.crawler.stats
        pages = stats.get_value("response_received_count", 0) - stats.get_value(
            "robotstxt/response_count", 0
        )  # as CrawlReport.pages: Scrapy's own robots.txt check not counted
        articles = stats.get_value("item_scraped_count", 0) + stats.get_value(
            "dumawatch/not_modified", 0
        )
        errors = stats.get_value("dumawatch/errors", 0)
        return f"Обход: страниц {pages}, статей {articles}, ошибок {errors}"

    def tick(self, *args: object, **kwargs: object) -> None:
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        self.last = now
        end = "\r" if self.tty else "\n"
        print(self.line(), end=end, file=sys.stderr, flush=True)

    def finish(self, spider: Spider, reason: str) -> None:
        """No closing line: whoever started the crawl reports it (in one line when it failed,
        which is known only after the spider closed); a line left open on a terminal is
        cleared for that report."""
        if self.tty:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)
        if self.crawler.settings.getbool("PROGRESS_STATS"):
            stats = self.crawler.stats.get_stats()
            for key in sorted(k for k in stats if k.startswith(SUMMARY_STATS)):
                print(f"  {key}: {stats[key]}", file=sys.stderr)
