"""An httpx client for webhook POSTs that connects only to addresses the guard has checked.

httpcore hands every new connection's host name to a network backend; this backend resolves
the name once (``crawler.netguard.checked_addresses``), refuses it if any address is private,
and opens the socket to the checked address itself. No second lookup happens, so a name cannot
answer "public" to the check and "127.0.0.1" to the connection. The URL keeps its host name,
so the ``Host`` header, TLS SNI and the certificate check all still use the original name.

Environment proxies are not used: a proxy would resolve the name again, out of our sight.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable

import httpcore
import httpx

from crawler.netguard import checked_addresses

MAX_RESPONSE_BYTES = 64 * 1024  # a receiver's answer is only looked at for its status

_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


class PinnedBackend(httpcore.SyncBackend):
    """Connects to the checked addresses of a host, in resolver order, never to the name."""

    def __init__(self, allow_private: bool = False) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = checked_addresses(host, port, allow_private=self.allow_private)
        failure: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc  # try the next address, as socket.create_connection would
        assert failure is not None
        raise failure


class PinnedTransport(httpx.BaseTransport):
    """httpx's transport contract over an httpcore pool using ``PinnedBackend``."""

    def __init__(self, *, allow_private: bool = False, verify: ssl.SSLContext | bool = True):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            network_backend=PinnedBackend(allow_private),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
            try:
                body = _read_capped(response.stream)  # type: ignore[arg-type]
            finally:
                response.close()
        except Exception as exc:
            for core_error, httpx_error in _ERRORS:
                if isinstance(exc, core_error):
                    raise httpx_error(str(exc), request=request) from exc
            raise
        return httpx.Response(status_code=response.status, headers=response.headers, content=body)

    def close(self) -> None:
        self._pool.close()


def _read_capped(stream: Iterable[bytes]) -> bytes:
    chunks, size = [], 0
    for chunk in stream:
        chunks.append(chunk)
        size += len(chunk)
        if size >= MAX_RESPONSE_BYTES:
            break
    return b"".join(chunks)[:MAX_RESPONSE_BYTES]


def pinned_client(
    *, allow_private: bool = False, timeout: float = 10.0, verify: ssl.SSLContext | bool = True
) -> httpx.Client:
    """A client that follows no redirects, uses no environment proxy and connects only to
    checked addresses; a refused host raises ``crawler.netguard.UnsafeTarget``."""
    return httpx.Client(
        transport=PinnedTransport(allow_private=allow_private, verify=verify),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
    )
