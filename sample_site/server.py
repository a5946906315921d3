"""Serves the sample site over real HTTP, with the quirks real duma sites have.

Quirks on purpose: a legacy URL that 301-redirects, an article that answers 503 once,
a dead link, windows-1251 / koi8-r pages with the charset declared in different places.
"""

from __future__ import annotations

import argparse
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from sample_site import catalog, pages
from sample_site.catalog import Article

HTML_UTF8 = "text/html; charset=UTF-8"


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = HTML_UTF8
    headers: dict[str, str] = field(default_factory=dict)


def html(text: str | None, status: int = 200) -> Response:
    if text is None:
        return not_found()
    return Response(status, text.encode("utf-8"))


def not_found() -> Response:
    return Response(404, pages.not_found().encode("utf-8"))


def archive_response(article: Article) -> Response:
    body = pages.archive_article(article).encode(article.encoding, "xmlcharrefreplace")
    content_type = "text/html"
    if "header" in article.charset_declared:
        content_type += f"; charset={article.encoding}"
    return Response(200, body, content_type)


def page_number(query: dict[str, list[str]], name: str) -> int | None:
    value = query.get(name, ["1"])[-1]
    return int(value) if value.isdigit() else None


class SampleSite:
    """A running server: where it is, what was requested, and the flaky article's state."""

    def __init__(self, httpd: ThreadingHTTPServer) -> None:
        self.httpd = httpd
        host, port = httpd.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._flaky_served = False

    def url(self, path: str) -> str:
        return self.base_url + path

    def reset(self, *, rearm_flaky: bool = False) -> None:
        """Forget the hit counts; with `rearm_flaky` the flaky article fails once more."""
        with self._lock:
            self.hits.clear()
            if rearm_flaky:
                self._flaky_served = False

    def record(self, path: str) -> None:
        with self._lock:
            self.hits[path] += 1

    def flaky_should_fail(self) -> bool:
        with self._lock:
            if self._flaky_served:
                return False
            self._flaky_served = True
            return True

    def respond(self, raw_path: str) -> Response:
        parts = urlsplit(raw_path)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/robots.txt":
            return Response(200, pages.robots(self.base_url).encode(), "text/plain; charset=UTF-8")
        if path == "/sitemap.xml":
            return Response(200, pages.sitemap(self.base_url).encode(), "application/xml")
        if path == "/news/rss/":
            return Response(200, pages.rss(self.base_url).encode(), "application/rss+xml")
        if path == "/":
            return html(pages.home())
        if path == "/news/":
            page = page_number(query, "PAGEN_1")
            return html(pages.news_listing(page) if page else None)
        if path == "/old/news.php":
            legacy_id = query.get("id", [""])[-1]
            article = catalog.BY_LEGACY_ID.get(int(legacy_id)) if legacy_id.isdigit() else None
            if article is None:
                return not_found()
            return Response(301, headers={"Location": self.base_url + article.path})
        if path == "/archive/":
            return self._archive_listing(pages.archive_listing(1))
        if match := re.fullmatch(r"/archive/page/(\d+)/", path):
            return self._archive_listing(pages.archive_listing(int(match.group(1))))
        article = catalog.BY_PATH.get(path)
        if article is not None:
            return self._article(article)
        return self._other(path, query)

    def _archive_listing(self, text: str | None) -> Response:
        if text is None:
            return not_found()
        body = text.encode("windows-1251", "xmlcharrefreplace")
        return Response(200, body, "text/html; charset=windows-1251")

    def _article(self, article: Article) -> Response:
        if article.flaky and self.flaky_should_fail():
            body = "<html><body><h1>503 Service Unavailable</h1></body></html>"
            return Response(503, body.encode(), headers={"Retry-After": "1"})
        if article.section == "archive":
            return archive_response(article)
        return html(pages.news_article(article, self.base_url))

    def _other(self, path: str, query: dict[str, list[str]]) -> Response:
        simple = {
            "/about/": pages.about,
            "/contacts/": pages.contacts,
            "/deputies/": pages.deputies,
            "/admin/": pages.admin,
        }
        if path in simple:
            return html(simple[path]())
        if path == "/search/":
            return html(pages.search(query.get("q", [""])[-1]))
        if path == "/documents/":
            page = page_number(query, "PAGEN_2")
            return html(pages.documents(page) if page else None)
        if path in catalog.BY_DEPUTY:
            return html(pages.deputy(catalog.BY_DEPUTY[path]))
        if match := re.fullmatch(r"/documents/reshenie-(\d+)/", path):
            item = catalog.BY_DECISION.get(int(match.group(1)))
            return html(pages.decision(item) if item else None)
        if path == catalog.PDF_PATH:
            return Response(200, pages.PDF_BODY, "application/pdf")
        return not_found()


def handler_for(site: SampleSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            self._answer(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(with_body=False)

        def _answer(self, with_body: bool) -> None:
            site.record(self.path)
            response = site.respond(self.path)
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output clean

    return Handler


@contextmanager
def serve(host: str = "127.0.0.1", port: int = 0) -> Iterator[SampleSite]:
    """Run the site in a daemon thread for the duration of the `with` block."""
    httpd = ThreadingHTTPServer((host, port), BaseHTTPRequestHandler)
    site = SampleSite(httpd)
    httpd.RequestHandlerClass = handler_for(site)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="sample-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the bundled sample duma site.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    with serve(args.host, args.port) as site:
        print(site.base_url, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
