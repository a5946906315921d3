"""A source's own ``delay`` in sources.yaml: the least time between two requests to its site.

``DOWNLOAD_DELAY`` is one figure for every site, while a deployment knows its sites apart: a
fragile municipal server wants 3 s, a site one runs oneself none at all. The source's figure
replaces ``DOWNLOAD_DELAY`` for the hosts it covers, both as the delay a site starts with and
as the floor AutoThrottle never goes below (Scrapy's ``DOWNLOAD_SLOTS`` delay is only a start:
AutoThrottle lowers or raises it to its single ``DOWNLOAD_DELAY`` floor after one response).
"""

from __future__ import annotations

import inspect
import logging

from scrapy.core.downloader import Slot
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response

from crawler.sources import Source, source_for_url

log = logging.getLogger(__name__)


class SiteSlot(Slot):
    """A downloader slot whose site has its own delay floor."""

    __slots__ = ("floor",)

    def __init__(self, concurrency: int, delay: float, jitter: float) -> None:
        super().__init__(concurrency, delay, jitter)
        self.floor = delay


def site_delay(host: str, sources: list[Source]) -> float | None:
    """The ``delay`` of the source covering ``host`` (a slot key), if it sets one."""
    if not host:
        return None
    source = source_for_url(f"http://{host}/", sources)
    return source.delay if source is not None else None


class SiteAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle, with a site's own delay as its floor instead of DOWNLOAD_DELAY."""

    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        if not isinstance(slot, SiteSlot):
            super()._adjust_delay(slot, latency, response)
            return
        floor, self.mindelay = self.mindelay, slot.floor
        try:
            super()._adjust_delay(slot, latency, response)
        finally:
            self.mindelay = floor


def throttle_hook_present() -> bool:
    """AutoThrottle still adjusts a slot's delay through the method overridden above. Without
    it a site's floor would be DOWNLOAD_DELAY again after its first response: say so."""
    hook = getattr(AutoThrottle, "_adjust_delay", None)
    expected = ["self", "slot", "latency", "response"]
    return hook is not None and list(inspect.signature(hook).parameters) == expected


if not throttle_hook_present():  # pragma: no cover - only with a Scrapy this code was not tested on
    log.warning("this Scrapy's AutoThrottle has no _adjust_delay: a source's delay is only a start")
