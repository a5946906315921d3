"""Scrapy's caching DNS resolver, refusing private answers when ``BLOCK_PRIVATE_NETWORKS``.

The guard middleware checks each request's URL; this checks the address a host name resolves
to when the connection is made, so a name that answered with a public address first and a
private one later (DNS rebinding) is refused too. Off, it is exactly Scrapy's resolver.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError


def is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


# Names refused in this process, with the address they gave: Twisted reports a refused name
# as a plain failed lookup, so the spider looks the reason up here.
REFUSED: dict[str, str] = {}


def refusal(host: str | None) -> str | None:
    if host and host in REFUSED:
        return f"{host} resolves to a private or local address ({REFUSED[host]})"
    return None


def proxy_hosts() -> set[str]:
    """The configured HTTP(S) proxies (``http_proxy`` …): connecting to them is the point."""
    hosts = set()
    for url in urllib.request.getproxies().values():
        host = urlsplit(url if "://" in url else f"http://{url}").hostname
        if host:
            hosts.add(host)
    return hosts


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
            raise DNSLookupError(f"{name} resolves to a private or local address ({address})")
        return address
