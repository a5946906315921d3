"""``BLOCK_PRIVATE_NETWORKS``: a public site cannot steer a crawl into private networks.

The "public" site is an address on the internet (a global IP literal) reached through an HTTP
proxy on 127.0.0.1, as a crawler behind a proxy would reach it; its home page redirects to
127.0.0.1, where a duma-like site with an article is waiting. Nothing leaves this machine.
A host name (this machine's own) that resolves to a private address is refused when the crawler
connects (``crawler.resolver``), which also covers names re-pointed after a first check, and a
``no_proxy`` entry naming it does not let it through.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from crawler.run import CrawlError, crawl
from tests.crawler.test_netguard import loopback_name

pytestmark = pytest.mark.slow  # real crawls in child processes
PUBLIC = "http://93.184.216.34"  # global, never contacted: the proxy answers for it
SLUG = "/news/perenos-zasedaniya-komissii/"
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "EXTRACTION_ENABLED": False}
ARTICLE = (
    "<html><head><meta charset='utf-8'><title>Служебная записка</title></head><body>"
    "<h1>Служебная записка о переносе заседания</h1><p class='date'>14.02.2019</p>"
    "<p>Заседание комиссии по бюджету переносится на следующую неделю, потому что проект "
    "решения ещё не согласован с финансовым управлением администрации города.</p>"
    "<p>Председатель комиссии просит депутатов подготовить замечания к проекту до пятницы "
    "и направить их в аппарат Городской Думы в письменном виде.</p></body></html>"
)


@pytest.fixture
def proxy(monkeypatch) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []

    class Proxy(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.path)  # absolute URLs: http://host/path
            parts = urlsplit(self.path)
            if self.path.startswith(PUBLIC) and parts.path == "/":
                self.send_response(302)
                self.send_header("Location", f"{local}/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.path.startswith(local) and parts.path in (
                "/",
                SLUG,
            ):
                home = f"<html><body><h1>Совет</h1><a href='{SLUG}'>Записка</a></body>"
                body = (home if parts.path == "/" else ARTICLE).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
            else:
                body = b"not here"
                self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    local = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    for name in ("http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, local)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    yield local, seen
    httpd.shutdown()
    httpd.server_close()


def test_redirect_to_a_private_address_is_refused(proxy, tmp_path) -> None:
    local, seen = proxy
    settings = {**FAST, "BLOCK_PRIVATE_NETWORKS": True}
    with pytest.raises(CrawlError) as exc:
        crawl([PUBLIC + "/"], f"sqlite:///{tmp_path / 'x.db'}", settings=settings, progress=False)
    message = str(exc.value)
    assert "\n" not in message and PUBLIC in message and "private or local address" in message
    assert seen and all(url.startswith(PUBLIC) for url in seen)  # 127.0.0.1 never asked


def test_without_the_setting_the_redirect_is_followed(proxy, tmp_path) -> None:
    """The same crawl with the guard off reaches the private site: the test above can fail."""
    local, seen = proxy
    report = crawl([PUBLIC + "/"], f"sqlite:///{tmp_path / 'x.db'}", settings=FAST, progress=False)
    assert f"{local}{SLUG}" in seen and report.new == 1


@pytest.mark.parametrize("block", [True, False])
def test_run_crawl_passes_the_guard_to_the_crawler(tmp_path, block: bool) -> None:
    from crawler.run import CrawlReport
    from monitor.crawls import run_crawl
    from monitor.state import open_state

    given: dict = {}

    def fake_crawl(start_urls, index_target, *, settings=None, **_: object) -> CrawlReport:
        given.update(settings or {})
        return CrawlReport(pages=1, articles=0)

    with open_state(tmp_path / "state.db") as state:
        run = run_crawl(
            state,
            f"sqlite:///{tmp_path / 'x.db'}",
            [PUBLIC + "/"],
            trigger="api",
            crawl=fake_crawl,
            block_private=block,
        )
    assert run["status"] == "finished"
    assert given.get("BLOCK_PRIVATE_NETWORKS", False) is block


@pytest.fixture
def named_site(monkeypatch) -> Iterator[tuple[str, list[str]]]:
    name = loopback_name()
    address = socket.getaddrinfo(name, None, socket.AF_INET)[0][4][0]
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(var, raising=False)
    seen: list[str] = []

    class Site(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.path)
            if self.path == "/":
                body = f"<html><body><h1>Совет</h1><a href='{SLUG}'>Записка</a></body>".encode()
            elif self.path == SLUG:
                body = ARTICLE.encode()
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer((address, 0), Site)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://{name}:{httpd.server_address[1]}", seen
    httpd.shutdown()
    httpd.server_close()


def test_host_name_resolving_to_a_private_address_is_refused_on_connect(
    named_site, tmp_path
) -> None:
    base, seen = named_site
    target = f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(CrawlError) as exc:
        crawl([base + "/"], target, settings={**FAST, "BLOCK_PRIVATE_NETWORKS": True})
    assert "resolves to a private or local address" in str(exc.value)
    assert seen == []
    report = crawl([base + "/"], target, settings=FAST, progress=False)  # the guard off
    assert report.new == 1 and SLUG in seen


def test_no_proxy_naming_a_private_host_does_not_open_it(named_site, tmp_path, monkeypatch) -> None:
    """``no_proxy`` says which hosts to reach directly; it makes none of them a proxy the guard
    lets through."""
    base, seen = named_site
    name = urlsplit(base).hostname
    for var in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(var, name)
    with pytest.raises(CrawlError) as exc:
        crawl(
            [base + "/"],
            f"sqlite:///{tmp_path / 'x.db'}",
            settings={**FAST, "BLOCK_PRIVATE_NETWORKS": True},
            progress=False,
        )
    assert "resolves to a private or local address" in str(exc.value)
    assert seen == []
