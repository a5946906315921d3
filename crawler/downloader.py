"""Scrapy's downloader with each site's delay counted from when a request really goes out.

Scrapy notes a site's last request (``Slot.lastseen``) when it takes the request off the
site's queue; the download starts a turn of the event loop later, and the request's bytes
reach the socket one turn after that. When those turns are slow (pages being parsed, a
CPU-starved machine), the request goes out late while the next one is still timed from the
earlier moment, and the site gets two requests a fraction of ``DOWNLOAD_DELAY`` apart: 20
sites crawled at once on a loaded machine each saw three requests within 0.8 s
(``benchmarks/many_sites_bench.py``). Here the moment is taken again when the download
starts and once more on the loop's next turn, after the request was written to an open
connection, so a late request pushes the next one back instead.

A site whose source sets its own ``delay`` (sources.yaml) gets a slot with that delay.
"""

from __future__ import annotations

import inspect
import logging
from time import monotonic

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from scrapy.http import Response
from scrapy.utils.asyncio import call_later

from crawler.site_delays import SiteSlot, site_delay

log = logging.getLogger(__name__)


def _seen(slot: Slot) -> None:
    slot.lastseen = max(slot.lastseen, monotonic())


def hook_present() -> bool:
    """Scrapy's downloader still has the private coroutine this class wraps, with the same
    arguments. A Scrapy release that renames it must not break a crawl: the stock downloader
    is used instead, with a warning (each site's delay is then only as exact as Scrapy's)."""
    hook = getattr(Downloader, "_download", None)
    if hook is None or not inspect.iscoroutinefunction(hook):
        return False
    return list(inspect.signature(hook).parameters) == ["self", "slot", "request"]


class PoliteDownloader(Downloader):
    def _get_slot(self, request: Request, spider: object = None) -> tuple[str, Slot]:
        new = self.get_slot_key(request) not in self.slots
        key, slot = super()._get_slot(request)
        if new and key not in self.per_slot_settings:
            delay = site_delay(key, getattr(self.crawler.spider, "sources", None) or [])
            if delay is not None:
                slot = self.slots[key] = SiteSlot(slot.concurrency, delay, slot.jitter)
        return key, slot

    async def _download(self, slot: Slot, request: Request) -> Response:
        _seen(slot)
        call_later(0, _seen, slot)  # the next turn: after the request's bytes were written
        return await super()._download(slot, request)


if not hook_present():  # pragma: no cover - only with a Scrapy this code was not tested on
    log.warning("this Scrapy's downloader has no _download(slot, request): stock downloader used")
    PoliteDownloader = Downloader  # type: ignore[misc,assignment]  # noqa: F811
