"""Refuse crawl and webhook targets on loopback/private networks (no SSRF through the API).

A hostname is resolved and every address it resolves to must be public; an address literal is
checked directly. Deployments that crawl an intranet opt in with ``allow_private_crawl``.
When a URL is only stored (a source, a webhook) ``resolve=False`` checks what can be checked
without DNS; the crawl itself checks again with resolution, when the answer is current.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class UnsafeTarget(ValueError):
    """A URL the server must not fetch on a client's behalf."""


LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def _addresses(
    host: str, resolve: bool = True
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    name = host.lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return [ipaddress.ip_address("127.0.0.1")]
    if not resolve:
        return []
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise UnsafeTarget(f"cannot resolve host {host!r}") from exc
    return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]


def check_url(url: str, *, allow_private: bool = False, resolve: bool = True) -> None:
    """Raise ``UnsafeTarget`` unless ``url`` is http(s) to a public host (or private is allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeTarget(f"{url!r}: only http and https URLs can be crawled")
    host = parts.hostname
    if not host:
        raise UnsafeTarget(f"{url!r} has no host")
    if allow_private:
        return
    for address in _addresses(host, resolve):
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise UnsafeTarget(
                f"{url!r} points at a private or local address ({address}); "
                "start the server with private crawling allowed to fetch it"
            )
