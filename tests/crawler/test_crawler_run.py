"""``crawler.run.crawl`` on bad input: each case ends in a one-line ``CrawlError``."""

from __future__ import annotations

import functools
import re
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.run import CrawlError, crawl
from search import open_index

FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "RETRY_TIMES": 0,
    "EXTRACTION_ENABLED": False,
}


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory) -> Iterator[str]:
    """A site under reconstruction: one page without news, and a PDF."""
    root = tmp_path_factory.mktemp("plain")
    (root / "index.html").write_text(
        "<html><head><meta charset='utf-8'><title>Сайт на реконструкции</title></head>"
        "<body><h1>Сайт на реконструкции</h1><p>Приносим извинения за неудобства.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (root / "otchet.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n")
    handler = functools.partial(QuietHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message
    return message


def test_not_a_web_address(tmp_path) -> None:
    with pytest.raises(CrawlError) as exc:
        crawl(["duma-kaluga.ru/news"], f"sqlite:///{tmp_path / 'x.db'}")
    assert "не веб-адрес" in _one_line(exc)
    with pytest.raises(CrawlError, match="обходить нечего"):
        crawl([], f"sqlite:///{tmp_path / 'x.db'}")


def test_unknown_source(tmp_path) -> None:
    config = tmp_path / "sources.yaml"
    config.write_text("- name: Дума\n  start_urls: [http://127.0.0.1:1/]\n", encoding="utf-8")
    with pytest.raises(CrawlError, match="no source named 'Калуга'"):
        crawl([], f"sqlite:///{tmp_path / 'x.db'}", source="Калуга", config=config)


def test_broken_sources_file(tmp_path) -> None:
    config = tmp_path / "sources.yaml"
    config.write_text("sources: [unclosed", encoding="utf-8")
    with pytest.raises(CrawlError, match="not valid YAML"):
        crawl(["http://127.0.0.1:1/"], f"sqlite:///{tmp_path / 'x.db'}", config=config)


def test_unusable_index(tmp_path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(CrawlError, match=f"папки {missing} для индекса нет"):
        crawl(["http://127.0.0.1:1/"], f"sqlite:///{missing / 'x.db'}")


@pytest.mark.slow
def test_missing_extraction_stops_the_crawl_cleanly(plain_site, tmp_path) -> None:
    settings = {**FAST, "EXTRACTION_ENABLED": True, "EXTRACTION_MODULE": "no_such_extractor"}
    with pytest.raises(CrawlError) as exc:
        crawl([plain_site + "/"], f"sqlite:///{tmp_path / 'x.db'}", settings=settings)
    assert "no_such_extractor.extract is not available" in _one_line(exc)


@pytest.mark.slow
def test_unreachable_site(tmp_path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/"
    with pytest.raises(CrawlError) as exc:
        crawl([url], f"sqlite:///{tmp_path / 'x.db'}", settings=FAST, progress=False)
    message = _one_line(exc)
    assert url in message and "refused" in message.lower()


@pytest.mark.slow
def test_start_page_not_html(plain_site, tmp_path) -> None:
    url = plain_site + "/otchet.pdf"
    with pytest.raises(CrawlError) as exc:
        crawl([url], f"sqlite:///{tmp_path / 'x.db'}", settings=FAST, progress=False)
    assert "не HTML" in _one_line(exc) and url in str(exc.value)


@pytest.mark.slow
def test_no_articles_found_and_progress_line(plain_site, tmp_path, capfd) -> None:
    with pytest.raises(CrawlError) as exc:
        crawl([plain_site + "/"], f"sqlite:///{tmp_path / 'x.db'}", settings=FAST)
    assert _one_line(exc) == f"статей не найдено: {plain_site}/"
    err = capfd.readouterr().err  # progress while it ran; the caller reports how it ended
    assert re.search(r"Обход: страниц \d+, статей 0, ошибок 0", err) and "(finished)" not in err


SLOW_ARTICLE = (
    "<html><head><meta charset='utf-8'><title>Депутаты приняли обращение</title></head><body>"
    "<h1>Депутаты приняли обращение к губернатору</h1><p class='date'>14.02.2019</p>"
    "<p>На внеочередном заседании депутаты единогласно приняли обращение к губернатору "
    "Калужской области с просьбой включить ремонт моста через реку Ячейку в областную "
    "программу на 2019 год.</p><p>Мост обслуживает около 4 тысяч жителей заречных улиц; "
    "по оценке администрации, ремонт обойдётся в 38 млн рублей.</p></body></html>"
)


@pytest.fixture
def slow_site() -> Iterator[tuple[str, list[str]]]:
    """A site whose only article times out on its first request."""
    seen: list[str] = []

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.path)
            if self.path == "/news/obrashchenie-k-gubernatoru/":
                if seen.count(self.path) == 1:
                    time.sleep(2.5)  # longer than the crawl's DOWNLOAD_TIMEOUT
                body = SLOW_ARTICLE
            elif self.path == "/news/ogromnyj-protokol-zasedaniya/":
                body = SLOW_ARTICLE.replace("<p>", "<p>" + "Стенограмма. " * 400, 1)
            elif self.path == "/":
                body = (
                    "<html><body><h1>Совет</h1><a href='/news/obrashchenie-k-gubernatoru/'>"
                    "Депутаты приняли обращение к губернатору</a>"
                    "<a href='/news/ogromnyj-protokol-zasedaniya/'>Протокол</a></body></html>"
                )
            else:
                self.send_error(404)
                return
            data = body.encode("utf-8")
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the crawler gave up on this request already

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.slow
def test_timeout_retried_and_oversized_page_skipped(slow_site, tmp_path) -> None:
    base, seen = slow_site
    settings = {**FAST, "RETRY_TIMES": 2, "DOWNLOAD_TIMEOUT": 1, "DOWNLOAD_MAXSIZE": 6000}
    target = f"sqlite:///{tmp_path / 'x.db'}"
    report = crawl([base + "/"], target, settings=settings, progress=False)
    assert seen.count("/news/obrashchenie-k-gubernatoru/") >= 2  # timed out, then retried
    assert any("Timeout" in key for key in report.stats if key.startswith("retry/reason_count"))
    assert "/news/ogromnyj-protokol-zasedaniya/" in seen
    assert report.articles == report.new == 1
    assert report.errors == 1  # the oversized page is reported, and the crawl went on
    with open_index(target) as index:
        urls = [d["url"] for d in index.iter_documents()]
    assert urls == [base + "/news/obrashchenie-k-gubernatoru/"]


@pytest.mark.slow
def test_pdf_start_page_fails_before_any_discovery(tmp_path) -> None:
    """A PDF as the start page ends the crawl at once: no robots.txt walk into the sitemap,
    no article of the site fetched or indexed before the error."""
    from sample_site.server import serve

    target = f"sqlite:///{tmp_path / 'x.db'}"
    with serve() as site:
        url = site.base_url + "/upload/budget-2019.pdf"
        with pytest.raises(CrawlError) as exc:
            crawl([url], target, settings=FAST, progress=False)
        hits = dict(site.hits)
    assert _one_line(exc) == f"не удалось обойти {url}: не HTML-страница (application/pdf)"
    assert hits == {"/robots.txt": 1, "/upload/budget-2019.pdf": 1}  # Scrapy's robots check
    with open_index(target) as index:
        assert index.count() == 0
