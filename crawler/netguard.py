"""The one test of whether the server may connect to a host: crawls and webhooks alike.

Requests the user does not control (API and scheduled crawls, webhook POSTs) must not reach
loopback, private, link-local or otherwise non-public addresses (no SSRF through the server).
A host is resolved the way the connection resolves it (``getaddrinfo``, so ``127.1``,
``0x7f.1`` and ``2130706433`` are 127.0.0.1 here too) and every address must be public;
IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are judged by
that address. Callers connect to the addresses checked (``checked_addresses``), never to the
name, so a second DNS answer cannot differ from the first.

Stdlib only: the API, ``monitor`` and the crawler all import it cheaply.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOW_PRIVATE_ENV = "DUMAWATCH_ALLOW_PRIVATE_CRAWL"
LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
REFUSED_REASON = "resolves to a private or local address"

_COMPATIBLE = ipaddress.ip_network("::/96")  # ::a.b.c.d, deprecated but still parsed
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: the operator's own network


class UnsafeTarget(ValueError):
    """A URL the server must not fetch on a client's behalf."""


class Unresolvable(UnsafeTarget):
    """The host does not resolve (now): nothing can be connected to, nothing was checked."""


def private_allowed(allow_private: bool = False) -> bool:
    """The opt-in for on-premise targets: the caller's own setting, or
    ``$DUMAWATCH_ALLOW_PRIVATE_CRAWL=1`` wherever the request is made (CLI, scheduler, server)."""
    return allow_private or os.environ.get(ALLOW_PRIVATE_ENV) == "1"


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for, when it is one of the translation forms."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]  # the client behind the relay
    if ip in _COMPATIBLE or ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_private(address: str | IPAddress) -> bool:
    """True for anything but a global unicast address, judging translated IPv6 by its IPv4."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if not ip.is_global or ip.is_multicast:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _LOCAL_NAT64:
            return True
        v4 = embedded_ipv4(ip)
        return v4 is not None and is_private(v4)
    return False


def describe(ip: IPAddress) -> str:
    """The address, with the IPv4 address it carries when it is a translated form."""
    v4 = embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    return f"{ip}, i.e. {v4}" if v4 else str(ip)


def _literal(host: str) -> IPAddress | None:
    """An address written in the URL, in any form ``getaddrinfo`` reads without DNS."""
    bare = host.strip("[]")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(bare, None, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    return ipaddress.ip_address(infos[0][4][0])


def _without_dns(host: str) -> list[IPAddress]:
    """What ``host`` is known to be without asking DNS: an address literal or a local name."""
    literal = _literal(host)
    if literal is not None:
        return [literal]
    name = host.lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return [ipaddress.ip_address("127.0.0.1")]
    return []


def resolve_host(host: str, port: int | None = None) -> list[IPAddress]:
    """Every address ``host`` resolves to, in the order a connection would try them."""
    known = _without_dns(host)
    if known:
        return known
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError, OSError) as exc:
        raise Unresolvable(f"cannot resolve host {host!r}") from exc
    found: list[IPAddress] = []
    for info in infos:
        address, scope = info[4][0], info[4][3] if len(info[4]) > 3 else 0
        ip = ipaddress.ip_address(f"{address}%{scope}" if scope else address)
        if ip not in found:
            found.append(ip)
    if not found:
        raise Unresolvable(f"cannot resolve host {host!r}")
    return found


def checked_addresses(
    host: str, port: int | None = None, *, allow_private: bool = False
) -> list[IPAddress]:
    """Resolve ``host`` once; refuse it if any address is private (unless allowed).

    Connect to what this returns: one answer is checked and used, none is looked up again.
    """
    addresses = resolve_host(host, port)
    if not allow_private:
        for ip in addresses:
            if is_private(ip):
                what = "is a private or local address" if _literal(host) else REFUSED_REASON
                raise UnsafeTarget(f"{host} {what} ({describe(ip)})")
    return addresses


def check_url(url: str, *, allow_private: bool = False, resolve: bool = True) -> None:
    """Raise ``UnsafeTarget`` unless ``url`` is http(s) to a public host (or private is allowed).

    ``resolve=False`` checks what can be known without DNS (address literals in any form, local
    names), for URLs only being stored or handed to a proxy that resolves them itself.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeTarget(f"{shown_url(url)!r}: only http and https URLs can be fetched")
    host = parts.hostname
    if not host:
        raise UnsafeTarget(f"{shown_url(url)!r} has no host")
    if allow_private:
        return
    addresses = resolve_host(host) if resolve else _without_dns(host)
    for address in addresses:
        if is_private(address):
            raise UnsafeTarget(
                f"{shown_url(url)!r} points at a private or local address ({describe(address)}); "
                "start the server with private crawling allowed to fetch it"
            )


def shown_url(url: str) -> str:
    """``url`` without what may be secret (user, password, query, fragment): scheme, host, port
    and path, for responses, errors and logs."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<unparsable URL>"
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port is not None else host
    return f"{parts.scheme}://{netloc}{parts.path}" if parts.scheme else netloc + parts.path


def proxy_hosts() -> set[str]:
    """The configured HTTP(S) proxies (``http_proxy``, ``https_proxy``): connecting to them is
    the point of a proxy. ``no_proxy`` names hosts to reach directly, so it allows nothing."""
    import urllib.request  # 30 ms of imports, wanted only by the crawler

    hosts = set()
    for scheme, url in urllib.request.getproxies().items():
        if scheme not in ("http", "https") or not url:
            continue
        host = urlsplit(url if "://" in url else f"http://{url}").hostname
        if host:
            hosts.add(host)
    return hosts
