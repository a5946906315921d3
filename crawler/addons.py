"""Scrapy add-ons: settings that switch other settings on.

``REDIS_URL`` set (``-s REDIS_URL=redis://host:6379/0``): the crawl frontier (request queue and
seen-URL filter) moves to Redis, shared by every crawler process started on the same site
(``crawler/redis_frontier.py``). Unset, the crawl stays single-process and needs no Redis
client at all.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings


class SharedFrontier:
    def update_settings(self, settings: BaseSettings) -> None:
        if settings.get("REDIS_URL"):
            settings.set("SCHEDULER", "crawler.redis_frontier.SharedScheduler", "addon")
            settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", "addon")
