"""Two crawler processes share one crawl frontier through Redis (scrapy-redis) and split the
sample site's work: every article fetched once across both, every article indexed once. Queued
requests are JSON, and entries a stranger wrote into the queue (pickle, a request class, a
callback that is not the spider's parse_*/on_* method) are dropped without running anything.

Redis is Debian's ``redis-server``, started here on a free port without persistence.
"""

from __future__ import annotations

import json
import pickle
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
from crawler.redis_frontier import JsonRequests, SharedScheduler
from crawler.run import CrawlError, crawl
from crawler.spiders.news import NewsSpider
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import open_index

SLOW_FETCH = {  # slow enough per process that the second one joins in
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0.15,
    "RANDOMIZE_DOWNLOAD_DELAY": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    # a process takes from the shared frontier as many requests as it has slots, waiting ones
    # included: with the default 64 the first one would hold this small site's whole frontier
    "CONCURRENT_REQUESTS": 2,
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


def _scheduler(redis_url: str):  # noqa: ANN202 (scrapy-redis is an optional dependency)
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(
        NewsSpider,
        # Even told to use pickle, the shared frontier writes JSON.
        {
            "REDIS_URL": redis_url,
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_SERIALIZER": "scrapy_redis.picklecompat",
        },
    )
    spider = NewsSpider(start_url="https://duma-pogranichny.example.ru/")
    crawler.spider = spider
    scheduler = SharedScheduler.from_crawler(crawler)
    scheduler.open(spider)
    return scheduler, spider, crawler


def test_queued_requests_are_json(redis_url) -> None:
    import redis

    scheduler, spider, _ = _scheduler(redis_url)
    made = [
        spider.request(
            "https://duma-pogranichny.example.ru/novosti/1.html",
            "article",
            spider.parse_page,
            date_hint="2021-03-25",
        ),
        spider.request(
            "https://duma-pogranichny.example.ru/rss.xml", "feed", spider.parse_feed, dw_probe=True
        ),
    ]
    made.append(
        made[0].replace(
            url=made[0].url + "?v=2",
            method="POST",
            body=b"\xff\x00 text",
            headers={"X-Token": "абв"},
        )
    )
    try:
        assert all(scheduler.enqueue_request(r) for r in made)
        client = redis.Redis.from_url(redis_url)
        raw = client.zrange(scheduler.queue_key, 0, -1)
        client.close()
        entries = [json.loads(entry) for entry in raw]  # JSON text, not pickle
        assert sorted(e["url"] for e in entries) == sorted(r.url for r in made)
        assert {e["callback"] for e in entries} == {"parse_page", "parse_feed"}
        got = {r.url: r for r in iter(scheduler.next_request, None)}
        for request in made:
            back = got[request.url]
            assert back.callback == request.callback and back.errback == spider.on_error
            assert (back.method, back.body, back.priority) == (
                request.method,
                request.body,
                request.priority,
            )
            assert back.meta == request.meta and back.headers == request.headers
    finally:
        scheduler.close("finished")


class _OpensAFile:
    """A pickle that creates a file when unpickled: what a pickle frontier would run."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple:
        return (open, (self.path, "w"))


def test_entries_a_stranger_wrote_are_dropped(redis_url, tmp_path) -> None:
    import redis

    scheduler, spider, crawler = _scheduler(redis_url)
    marker = tmp_path / "ran"
    good = spider.request(
        "https://duma-pogranichny.example.ru/a.html", "article", spider.parse_page
    )

    def entry(**changes: object) -> str:
        return JsonRequests.dumps({**good.to_dict(spider=spider), **changes})

    hostile = [
        pickle.dumps(_OpensAFile(str(marker))),
        b"\x80\x04not json",
        entry(_class="subprocess.Popen"),
        entry(callback="__init__"),
        entry(callback="close"),
        entry(errback="configure"),
        entry(callback="parse_nothing"),
        entry(url="file:///etc/passwd"),
        entry(meta=5),
        json.dumps(["https://duma-pogranichny.example.ru/"]),
    ]
    client = redis.Redis.from_url(redis_url)
    try:
        for n, entry in enumerate(hostile):
            client.zadd(scheduler.queue_key, {entry: n - 100})  # popped before the good one
        assert scheduler.enqueue_request(good)
        popped = [scheduler.next_request() for _ in range(len(hostile) + 1)]
        assert popped[:-1] == [None] * len(hostile)
        assert popped[-1].url == good.url and popped[-1].callback == spider.parse_page
        assert crawler.stats.get_value("dumawatch/frontier_refused") == len(hostile)
        assert not marker.exists()
    finally:
        client.close()
        scheduler.close("finished")


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
    # (which the shared dupefilter may already have seen): only robots.txt comes twice
    assert set(twice) <= {"/robots.txt"} and 2 <= twice.get("/robots.txt", 0) <= 3
    assert all(report.articles > 0 for report in reports)  # both did part of the work
    assert sum(report.articles for report in reports) == len(ARTICLES)
    assert sum(report.new for report in reports) == len(ARTICLES)
    with open_index(target) as index:
        assert index.count() == len(ARTICLES)
        urls = [doc["url"] for doc in index.iter_documents()]
    assert sorted(urls) == sorted(site.base_url + a.path for a in ARTICLES)
