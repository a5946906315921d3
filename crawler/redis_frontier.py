"""A crawl frontier in Redis (scrapy-redis), so several crawler processes split one site.

Every process of one crawl (same start URLs, or the same ``REDIS_CRAWL_KEY``) pops requests
from one Redis priority queue and checks every new request against one Redis set of request
fingerprints, so no page is fetched twice across processes. A process whose queue is empty
waits while another one is still working (its pages may add requests), and the last process
to finish removes the crawl's keys, so the next crawl starts afresh.

Processes must overlap: one started after the others have finished starts a new crawl.
Scrapy's own robots.txt check runs per process.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

STALE_AFTER = 120.0  # s without a request: a "busy" process is taken for dead
POLL = 0.3  # s between looks at the shared queue while others work


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
        request = self.queue.pop(self.idle_before_close)
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
