"""Two crawler processes share one crawl frontier through Redis (scrapy-redis) and split the
sample site's work: every article fetched once across both, every article indexed once.

Redis is Debian's ``redis-server``, started here on a free port without persistence.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from scrapy.settings import Settings

from crawler.addons import SharedFrontier
from crawler.run import CrawlError, crawl
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import open_index

SLOW_FETCH = {  # slow enough per process that the second one joins in
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0.15,
    "RANDOMIZE_DOWNLOAD_DELAY": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "EXTRACTION_ENABLED": False,
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    pytest.importorskip("scrapy_redis")
    import redis

    port = _free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
        assert client.keys("dumawatch:*") == []  # the last process out cleaned up
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)


def test_frontier_stays_local_without_redis_url() -> None:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    SharedFrontier().update_settings(settings)
    assert settings["SCHEDULER"] == "scrapy.core.scheduler.Scheduler"


def test_redis_url_switches_the_scheduler(redis_url) -> None:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("REDIS_URL", redis_url, priority="cmdline")
    SharedFrontier().update_settings(settings)
    assert settings["SCHEDULER"] == "crawler.redis_frontier.SharedScheduler"


def test_unreachable_redis_is_one_clear_line(tmp_path) -> None:
    pytest.importorskip("scrapy_redis")
    url = f"redis://127.0.0.1:{_free_port()}/0"
    target = f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(CrawlError) as exc:
        crawl(["http://127.0.0.1:9/"], target, settings={"REDIS_URL": url}, progress=False)
    assert str(exc.value).startswith(f"cannot reach Redis at {url}: ")
    assert "\n" not in str(exc.value)


@pytest.mark.slow
def test_two_processes_split_one_site(redis_url, tmp_path) -> None:
    target = f"sqlite:///{tmp_path / 'duma.db'}"
    settings = {**SLOW_FETCH, "REDIS_URL": redis_url}
    open_index(target).close()  # two processes creating one SQLite file at once may collide
    with serve() as site, ThreadPoolExecutor(2) as pool:
        runs = [
            pool.submit(crawl, [site.base_url + "/"], target, settings=settings, progress=False)
            for _ in range(2)
        ]
        reports = [run.result(timeout=120) for run in runs]
        hits = Counter(site.hits)
    for article in ARTICLES:
        assert hits[article.path] == (2 if article.flaky else 1), article.path  # 503, retry
    flaky = {a.path for a in ARTICLES if a.flaky}
    twice = {path: n for path, n in hits.items() if n > 1 and path not in flaky}
    # robots.txt: Scrapy's own check in each process, and once by the spider for sitemaps
    assert twice == {"/robots.txt": 3}
    assert all(report.articles > 0 for report in reports)  # both did part of the work
    assert sum(report.articles for report in reports) == len(ARTICLES)
    assert sum(report.new for report in reports) == len(ARTICLES)
    with open_index(target) as index:
        assert index.count() == len(ARTICLES)
        urls = [doc["url"] for doc in index.iter_documents()]
    assert sorted(urls) == sorted(site.base_url + a.path for a in ARTICLES)
