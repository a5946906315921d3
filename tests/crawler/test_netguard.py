"""The outbound-request guard (``crawler.netguard``) and the webhook client built on it.

Address forms are table tests; the client talks to real HTTP(S) receivers on 127.0.0.1, reached
by this machine's own host name, which resolves to a loopback address through /etc/hosts.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from crawler.netguard import (
    Unresolvable,
    UnsafeTarget,
    check_url,
    checked_addresses,
    is_private,
    proxy_hosts,
    shown_url,
)
from monitor.webhook_http import pinned_client


def loopback_name() -> str:
    """This machine's host name, which must resolve to loopback addresses only."""
    name = socket.gethostname()
    try:
        found = {info[4][0] for info in socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)}
    except OSError as exc:
        raise AssertionError(f"precondition: host name {name!r} does not resolve: {exc}") from exc
    assert found and all(ipaddress.ip_address(a).is_loopback for a in found), (
        f"precondition: host name {name!r} must resolve to a loopback address "
        f"(as /etc/hosts makes it here), got {sorted(found)}"
    )
    return name


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.0.1",
        "169.254.169.254",  # cloud metadata
        "100.100.100.200",  # shared address space (a cloud's metadata, too)
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:10.0.0.1",
        "::127.0.0.1",  # IPv4-compatible
        "::169.254.169.254",
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "64:ff9b:1::808:808",  # local-use NAT64: the operator's own network
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    ],
)
def test_private_and_translated_private_addresses_are_refused(address: str) -> None:
    assert is_private(address)
    with pytest.raises(UnsafeTarget, match="private or local"):
        check_url(f"http://[{address}]/" if ":" in address else f"http://{address}/")


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "2a00:1450:4010:c05::64", "64:ff9b::5db8:d822", "2002:5db8:d822::1"],
)
def test_public_addresses_and_their_translations_pass(address: str) -> None:
    assert not is_private(address)
    check_url(f"http://[{address}]/" if ":" in address else f"http://{address}/")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.1/",
        "http://0x7f.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://10.1/",
        "http://localhost./",
        "http://api.localhost/",
        "http://[::ffff:7f00:1]:8080/",
    ],
)
@pytest.mark.parametrize("resolve", [True, False])
def test_odd_literal_forms_are_refused_even_without_dns(url: str, resolve: bool) -> None:
    with pytest.raises(UnsafeTarget, match="private or local"):
        check_url(url, resolve=resolve)


def test_a_host_name_is_judged_by_what_it_resolves_to() -> None:
    name = loopback_name()
    check_url(f"http://{name}/", resolve=False)  # stored without DNS: nothing known yet
    with pytest.raises(UnsafeTarget, match=f"http://{name}/' points at a private or local address"):
        check_url(f"http://{name}/")
    with pytest.raises(UnsafeTarget, match="resolves to a private or local address"):
        checked_addresses(name, 80)
    assert all(a.is_loopback for a in checked_addresses(name, 80, allow_private=True))
    with pytest.raises(Unresolvable):
        checked_addresses("no-such-host.invalid", 80)


def test_refusals_name_no_credentials() -> None:
    with pytest.raises(UnsafeTarget) as exc:
        check_url("http://bot:pa55@127.0.0.1:8080/in?key=k3y#top")
    assert "pa55" not in str(exc.value) and "k3y" not in str(exc.value)
    assert shown_url("https://bot:pa55@hooks.example.org:8443/in/x?key=k3y#top") == (
        "https://hooks.example.org:8443/in/x"
    )
    assert shown_url("http://[::1]/a?b") == "http://[::1]/a"


def test_no_proxy_names_are_no_proxies(monkeypatch) -> None:
    for var in ("http_proxy", "https_proxy", "no_proxy", "all_proxy", "ftp_proxy"):
        monkeypatch.delenv(var, raising=False)
        monkeypatch.delenv(var.upper(), raising=False)
    monkeypatch.setenv("no_proxy", "intranet-name")
    assert proxy_hosts() == set()
    monkeypatch.setenv("http_proxy", "http://proxy.corp:3128")
    monkeypatch.setenv("ftp_proxy", "http://ftp-proxy.corp:21")
    assert proxy_hosts() == {"proxy.corp"}


class Receiver:
    """An HTTP(S) endpoint on a loopback address recording what reaches it."""

    def __init__(
        self, tls: ssl.SSLContext | None = None, address: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.requests: list[tuple[str, str | None]] = []
        self.server_names: list[str | None] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                self.rfile.read(int(self.headers["Content-Length"]))
                owner.requests.append((self.path, self.headers.get("Host")))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((address, port), Handler)
        if tls is not None:
            tls.sni_callback = lambda sock, name, ctx: self.server_names.append(name)
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def test_the_webhook_client_refuses_a_name_resolving_to_loopback(receiver) -> None:
    name = loopback_name()
    for url in (
        f"http://{name}:{receiver.port}/hook",
        f"http://127.0.0.1:{receiver.port}/hook",
        f"http://127.1:{receiver.port}/hook",
        f"http://[::ffff:127.0.0.1]:{receiver.port}/hook",
    ):
        with pinned_client() as client, pytest.raises(UnsafeTarget):
            client.post(url, content=b"{}")
    assert receiver.requests == []
    with pinned_client(allow_private=True) as client:
        assert client.post(f"http://{name}:{receiver.port}/hook", content=b"{}").status_code == 204
    assert receiver.requests == [("/hook", f"{name}:{receiver.port}")]


def test_the_webhook_client_connects_to_the_address_it_checked(monkeypatch) -> None:
    """A name answering differently on a second lookup (DNS rebinding) is looked up once: the
    connection goes to the first, checked, answer. The changing DNS is a stand-in wrapped
    around the real resolver; the receivers and the client are real."""
    first, second = Receiver(), None
    try:
        try:
            second = Receiver(address="127.0.0.2", port=first.port)
        except OSError:
            pytest.skip("127.0.0.2 cannot be bound here")
        real = socket.getaddrinfo
        lookups: list[str] = []

        def rebinding(host, port, *args, **kwargs):  # noqa: ANN001, ANN202
            if host == "rebind.test":
                lookups.append(host)
                host = "127.0.0.1" if len(lookups) == 1 else "127.0.0.2"
            return real(host, port, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", rebinding)
        with pinned_client(allow_private=True) as client:
            r = client.post(f"http://rebind.test:{first.port}/hook", content=b"{}")
        assert r.status_code == 204 and lookups == ["rebind.test"]
        assert first.requests == [("/hook", f"rebind.test:{first.port}")]
        assert second.requests == []
    finally:
        first.close()
        if second is not None:
            second.close()


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for this machine's host name (and only for it)."""
    name = loopback_name()
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    try:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-keyout",
                str(key),
                "-out",
                str(cert),
                "-subj",
                f"/CN={name}",
                "-addext",
                f"subjectAltName=DNS:{name}",
            ],  # fmt: skip
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl cannot make a test certificate: {exc}")
    return cert, key


def test_tls_uses_the_host_name_for_sni_and_the_certificate(certificate) -> None:
    cert, key = certificate
    name = loopback_name()
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    receiver = Receiver(tls=server_tls)
    trust = ssl.create_default_context(cafile=str(cert))
    try:
        with pinned_client(allow_private=True, verify=trust) as client:
            r = client.post(f"https://{name}:{receiver.port}/hook", content=b"{}")
            assert r.status_code == 204
            # The certificate names the host, not the address: by address it does not verify.
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                client.post(f"https://127.0.0.1:{receiver.port}/hook", content=b"{}")
        assert receiver.server_names[0] == name
        assert receiver.requests == [("/hook", f"{name}:{receiver.port}")]
    finally:
        receiver.close()
