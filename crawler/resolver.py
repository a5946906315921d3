"""Scrapy's caching DNS resolver, refusing private answers when ``BLOCK_PRIVATE_NETWORKS``.

The guard middleware checks each request's URL; this checks the address a host name resolves
to when the connection is made — the address Twisted then connects to — so a name that
answered with a public address first and a private one later (DNS rebinding) is refused too.
Only the configured HTTP(S) proxies pass unchecked. Off, it is exactly Scrapy's resolver.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from crawler.netguard import REFUSED_REASON, is_private, proxy_hosts

# Names refused in this process, with the address they gave: Twisted reports a refused name
# as a plain failed lookup, so the spider looks the reason up here.
REFUSED: dict[str, str] = {}


def refusal(host: str | None) -> str | None:
    if host and host in REFUSED:
        return f"{host} {REFUSED_REASON} ({REFUSED[host]})"
    return None


class GuardedResolver(CachingThreadedResolver):
    block = False
    allowed: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.block = crawler.settings.getbool("BLOCK_PRIVATE_NETWORKS")
        resolver.allowed = frozenset(proxy_hosts())
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:  # noqa: N802
        d = super().getHostByName(name, timeout)
        if self.block and name not in self.allowed:
            d.addCallback(self._refuse_private, name)
        return d

    @staticmethod
    def _refuse_private(address: str, name: str) -> str:
        if is_private(address):
            REFUSED[name] = address
            raise DNSLookupError(f"{name} {REFUSED_REASON} ({address})")
        return address
