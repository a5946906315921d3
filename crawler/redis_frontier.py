"""A crawl frontier in Redis (scrapy-redis), so several crawler processes split one site.

Every process of one crawl (same start URLs, or the same ``REDIS_CRAWL_KEY``) pops requests
from one Redis priority queue and checks every new request against one Redis set of request
fingerprints, so no page is fetched twice across processes. A process whose queue is empty
waits while another one is still working (its pages may add requests), and the last process
to finish removes the crawl's keys, so the next crawl starts afresh.

Processes must overlap: one started after the others have finished starts a new crawl.
Scrapy's own robots.txt check runs per process.

Queued requests are JSON (:class:`JsonRequests`), never pickle: whoever can write to the Redis
server can add or drop requests (steer the crawl), but not run code in the crawlers. An entry
that is not a plain request with one of the spider's callbacks is dropped and counted
(``dumawatch/frontier_refused``). See docs/distributed-crawl.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import socket
import time
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

STALE_AFTER = 120.0  # s without a request: a "busy" process is taken for dead
POLL = 0.3  # s between looks at the shared queue while others work
# Callbacks a queued request may name: the spider's parse_* and on_* methods, looked up by
# name on the spider (``request_from_dict``); nothing else of the spider is reachable.
CALLBACK = re.compile(r"(parse|on_)[a-z0-9_]*")
log = logging.getLogger(__name__)


class RefusedEntry(ValueError):
    """A queue entry that is not a request this crawler makes."""


class JsonRequests:
    """scrapy-redis serializer: ``Request.to_dict()`` as JSON, bytes (headers, body) as
    ``{"$bytes": base64}`` and maps with non-string keys (headers) as ``{"$map": [[k, v]…]}``.

    ``loads`` refuses what would let an entry choose code: a request class (``_class`` names
    any importable object, which ``request_from_dict`` would import and call) and callbacks
    other than the spider's own parse_*/on_* methods; and URLs other than http(s), which would
    read local files (``file:``) into the index."""

    @staticmethod
    def dumps(request: dict) -> str:
        return json.dumps(_plain(request), ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def loads(data: bytes | str) -> dict:
        try:
            request = _typed(json.loads(data))
        except (ValueError, TypeError, KeyError) as exc:
            raise RefusedEntry(f"not a JSON request: {exc}") from None
        if not isinstance(request, dict) or not isinstance(request.get("url"), str):
            raise RefusedEntry("not a JSON request: no url")
        if urlsplit(request["url"]).scheme.lower() not in ("http", "https"):  # file:, data:, ftp:
            raise RefusedEntry(f"url {request['url'][:80]!r} refused: not http(s)")
        if "_class" in request:
            raise RefusedEntry(f"request class {str(request['_class'])[:80]!r} refused")
        for key in ("callback", "errback"):
            name = request.get(key)
            if name is not None and not (isinstance(name, str) and CALLBACK.fullmatch(name)):
                raise RefusedEntry(f"{key} {str(name)[:80]!r} refused")
        return request


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _plain(v) for k, v in value.items()}
        return {"$map": [[_plain(k), _plain(v)] for k, v in value.items()]}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"a {type(value).__name__} cannot go into the Redis frontier as JSON")


def _typed(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return base64.b64decode(value["$bytes"], validate=True)
        if set(value) == {"$map"}:
            return {_typed(k): _typed(v) for k, v in value["$map"]}
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return value


def crawl_key(spider: Spider, settings: Any) -> str:
    explicit = settings.get("REDIS_CRAWL_KEY")
    if explicit:
        return f"dumawatch:{explicit}"
    urls = "\n".join(sorted(getattr(spider, "start_urls", None) or []))
    return f"dumawatch:{spider.name}:{hashlib.sha1(urls.encode()).hexdigest()[:12]}"


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler with keys per crawl, a wait for busy peers instead of an
    early close, and clean-up by the last process out (never by the first)."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.me = f"{socket.gethostname()}:{os.getpid()}"
        scheduler.marked_busy = 0.0
        scheduler.serializer = JsonRequests  # whatever SCHEDULER_SERIALIZER says: no pickle
        crawler.signals.connect(scheduler.idle, signal=signals.spider_idle)
        return scheduler

    def open(self, spider: Spider) -> None:
        prefix = crawl_key(spider, self.crawler.settings)
        self.queue_key = f"{prefix}:requests"
        self.workers_key = f"{prefix}:workers"
        self.busy_key = f"{prefix}:busy"
        debug = self.crawler.settings.getbool("DUPEFILTER_DEBUG")
        self.df = RFPDupeFilter(self.server, key=f"{prefix}:dupefilter", debug=debug)
        self.server.sadd(self.workers_key, self.me)
        self.mark(busy=True)
        super().open(spider)

    def close(self, reason: str) -> None:
        self.server.hdel(self.busy_key, self.me)
        self.server.srem(self.workers_key, self.me)
        if not self.server.scard(self.workers_key):  # the last one out
            self.server.delete(self.queue_key, self.df.key, self.busy_key, self.workers_key)

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.crawler.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        try:
            request = self.queue.pop(self.idle_before_close)
        except (ValueError, TypeError) as exc:  # RefusedEntry, or fields Request() refuses
            # Popped already (ZRANGE+ZREMRANGEBYRANK in one transaction): dropped, crawl goes on.
            log.warning("Redis frontier: dropped a queue entry: %s", str(exc)[:200])
            self.crawler.stats.inc_value("dumawatch/frontier_refused")
            return None
        if request is not None:
            self.crawler.stats.inc_value("scheduler/dequeued/redis")
            if time.time() - self.marked_busy > STALE_AFTER / 4:
                self.mark(busy=True)
        return request

    def mark(self, busy: bool) -> None:
        self.marked_busy = time.time() if busy else 0.0
        self.server.hset(self.busy_key, self.me, self.marked_busy)

    def peers_busy(self) -> bool:
        now = time.time()
        me = self.me.encode()
        return any(
            float(since) and now - float(since) < STALE_AFTER
            for who, since in self.server.hgetall(self.busy_key).items()
            if (who if isinstance(who, bytes) else who.encode()) != me
        )

    def idle(self, spider: Spider) -> None:
        """Nothing queued and nothing in flight here: stay while a peer may add requests."""
        self.mark(busy=False)
        if len(self.queue) or self.peers_busy():
            from twisted.internet import reactor

            slot = getattr(self.crawler.engine, "_slot", None)
            wake = getattr(getattr(slot, "nextcall", None), "schedule", None)
            if wake is not None:  # look again soon, not at Scrapy's 5 s heartbeat
                reactor.callLater(POLL, wake)
            raise DontCloseSpider
