"""Scrapy's caching DNS resolver, refusing private answers when ``BLOCK_PRIVATE_NETWORKS``.

The guard middleware checks each request's URL; this checks the address a host name resolves
to when the connection is made — the address Twisted then connects to — so a name that
answered with a public address first and a private one later (DNS rebinding) is refused too.
Only the configured HTTP(S) proxies pass unchecked. Off, it is exactly Scrapy's resolver.

Twisted reports a refused name as a plain failed lookup, so the resolver also tells each
running crawl's ``CrawlContext`` which name it refused and why, for the spider's error and
the guard middleware to name the cause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from crawler.netguard import REFUSED_REASON, is_private, proxy_hosts


class GuardedResolver(CachingThreadedResolver):
    block = False
    allowed: frozenset[str] = frozenset()
    process: Any = None  # what Scrapy built the resolver from: the CrawlerProcess

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.block = crawler.settings.getbool("BLOCK_PRIVATE_NETWORKS")
        resolver.allowed = frozenset(proxy_hosts())
        resolver.process = crawler
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:  # noqa: N802
        d = super().getHostByName(name, timeout)
        if self.block and name not in self.allowed:
            d.addCallback(self._refuse_private, name)
        return d

    def _refuse_private(self, address: str, name: str) -> str:
        if is_private(address):
            self._tell_crawls(name, address)
            raise DNSLookupError(f"{name} {REFUSED_REASON} ({address})")
        return address

    def _tell_crawls(self, name: str, address: str) -> None:
        from crawler.crawl_context import CrawlContext

        for crawler in getattr(self.process, "crawlers", None) or ():
            try:
                context = crawler.get_extension(CrawlContext)
            except RuntimeError:  # not started yet: it has no context to tell
                continue
            if context is not None:
                context.refused[name] = address
