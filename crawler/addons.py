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
        url = settings.get("REDIS_URL")
        if not url:
            return
        try:
            import redis
            import scrapy_redis  # noqa: F401
        except ImportError as exc:
            raise RuntimeError(
                f"REDIS_URL is set but scrapy-redis is not installed ({exc}); "
                "pip install scrapy-redis"
            ) from exc
        try:
            client = redis.Redis.from_url(url, socket_connect_timeout=5)
            client.ping()
            client.close()
        except (redis.RedisError, ValueError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise RuntimeError(f"cannot reach Redis at {url}: {reason}") from exc
        settings.set("SCHEDULER", "crawler.redis_frontier.SharedScheduler", "addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", "addon")
