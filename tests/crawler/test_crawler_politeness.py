"""Per-site delay as the sites see it: real HTTP servers on three loopback addresses log when
each request arrives, a real Scrapy crawl with the project's downloader fetches them while its
event loop is held up as requests go out (as page parsing does on a loaded machine)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from benchmarks.generated_site import build_articles, serve
from crawler import settings as crawler_settings
from crawler.extract_pool import ExtractionPool
from crawler.run import crawl

ROOT = Path(__file__).resolve().parents[2]
DELAY = 0.3
LINKS = 12  # pages per site besides its home page

# The odd pages of the first site hold the event loop for 0.2 s after they left the site's
# queue and before their bytes leave (a download handler that sleeps), as a loop busy parsing
# pages on a loaded machine does. Scrapy's downloader times the site's next request from when
# the held one left the queue, so the site gets the two 0.1 s apart.
CRAWL = """
import sys, time, scrapy
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import CrawlerProcess
from crawler import settings as project

class HeldHandler(HTTP11DownloadHandler):
    async def download_request(self, request):
        if "127.0.0.2" in request.url and request.url[-2] in "13579":  # /novosti/1/, ...
            time.sleep(0.2)
        return await super().download_request(request)

class Walk(scrapy.Spider):
    name = "walk"

    async def start(self):
        for url in sys.argv[1:]:
            yield scrapy.Request(url)

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href)

process = CrawlerProcess({
    "DOWNLOADER": project.DOWNLOADER,
    "DOWNLOAD_HANDLERS": {"http": "__main__.HeldHandler"},
    "DOWNLOAD_DELAY": %(delay)s,
    "DOWNLOAD_DELAY_JITTER": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": project.CONCURRENT_REQUESTS_PER_DOMAIN,
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
    "LOG_LEVEL": "ERROR",
    "TWISTED_REACTOR": project.TWISTED_REACTOR,
})
process.crawl(Walk)
process.start()
"""


@contextmanager
def logged_site(host: str) -> Iterator[tuple[str, list[float]]]:
    """A site of one home page linking to ``LINKS`` pages; yields its URL and arrival times."""
    arrivals: list[float] = []
    page = (
        "<html><body><h1>Новости Заречной Думы</h1>"
        + "".join(f'<a href="/novosti/{n}/">Заседание № {n}</a>' for n in range(LINKS))
        + "</body></html>"
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            arrivals.append(time.monotonic())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}/", arrivals
    finally:
        server.shutdown()
        server.server_close()


def test_a_busy_event_loop_never_brings_two_requests_to_one_site_closer_than_the_delay() -> None:
    with ExitStack() as stack:
        sites = [stack.enter_context(logged_site(f"127.0.0.{n}")) for n in (2, 3, 4)]
        subprocess.run(
            [sys.executable, "-c", CRAWL % {"delay": DELAY}, *(url for url, _ in sites)],
            cwd=ROOT,
            check=True,
            timeout=120,
        )
    for url, arrivals in sites:
        assert len(arrivals) == LINKS + 1, url  # the home page, then every link once
        gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
        # the server's own thread stamps arrivals a little late now and then on a busy
        # machine; Scrapy's downloader brings requests within a few milliseconds here
        assert min(gaps) >= DELAY - 0.05, (url, [round(g, 3) for g in gaps])


def test_robots_txt_is_fetched_once_and_still_gives_the_sitemap(tmp_path: Path) -> None:
    """Scrapy's robots.txt check and the spider's look for sitemaps share one request."""
    settings = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "EXTRACTION_ENABLED": False}
    with serve(build_articles(25, seed=7)) as site:
        report = crawl(
            [site.base_url + "/"],
            f"sqlite:///{tmp_path / 'x.db'}",
            settings=settings,
            progress=False,
        )
        hits = dict(site.hits)
    assert hits["/robots.txt"] == 1
    assert hits["/sitemap.xml"] == 1  # named in robots.txt: the reused answer was read
    assert report.stats["index/new"] == 25


EXTRACTOR = """
def extract(text, published_at):
    return {}
"""


def test_extraction_workers_yield_the_cpu_to_the_crawl(tmp_path: Path, monkeypatch) -> None:
    """``EXTRACTION_NICE`` is added to the workers' niceness: on a busy machine the crawl's
    event loop, which times every site's requests, gets the CPU first."""
    (tmp_path / "quiet_extractor.py").write_text(EXTRACTOR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    own = os.nice(0)
    pool = ExtractionPool("quiet_extractor", workers=1, nice=crawler_settings.EXTRACTION_NICE)
    try:
        assert pool.executor.submit(os.nice, 0).result(timeout=60) == min(
            19, own + crawler_settings.EXTRACTION_NICE
        )
    finally:
        pool.close()
    assert crawler_settings.EXTRACTION_NICE > 0


def test_the_installed_scrapy_still_has_the_downloader_hook_we_wrap() -> None:
    """A Scrapy upgrade that renames the hook falls back to the stock downloader (with a
    warning); this test makes such an upgrade fail loudly here first."""
    from scrapy.core.downloader import Downloader

    from crawler.downloader import PoliteDownloader, hook_present

    assert hook_present()
    assert PoliteDownloader is not Downloader and issubclass(PoliteDownloader, Downloader)
