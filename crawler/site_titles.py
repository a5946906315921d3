"""A site's own name, as the site states it, for sources that sources.yaml does not name: shown
in place of the bare host («127.0.0.1», «duma-kaluga.ru») wherever a document's source is.

``og:site_name`` (or ``application-name``) says it on any page; failing that, the home page's
``<title>`` is the site's name on municipal sites. Other pages' titles name the page, not the
site, and are not used."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

MAX_CHARS = 120  # a name, not a paragraph: longer text is not trusted as one
# «Главная | Городская Дума города Зареченска», «Дума Калуги — Главная»: the page's part and
# the site's part of a home page title
TITLE_PARTS = re.compile(r"\s+[|—–·:«»]+\s+|\s+-\s+")

META = (
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
)


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text if 0 < len(text) <= MAX_CHARS else None


def stated_name(sel: Selector) -> str | None:
    """The name a page's metadata gives its site."""
    for path in META:
        name = _clean(sel.xpath(path).get())
        if name:
            return name
    return None


def home_title(sel: Selector, url: str) -> str | None:
    """The ``<title>`` of a site's home page (path ``/``), else None."""
    if urlsplit(url).path not in ("", "/"):
        return None
    title = _clean(sel.xpath("//head/title/text()").get())
    if title is None:
        return None
    return max(TITLE_PARTS.split(title), key=len).strip() or None


class SiteTitles:
    """Names seen during one crawl, by source value; metadata wins over a home page title."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self._stated: set[str] = set()

    def see(self, source: str, sel: Selector, url: str) -> None:
        if source in self._stated:
            return
        name = stated_name(sel)
        if name:
            self.names[source] = name
            self._stated.add(source)
        elif source not in self.names:
            title = home_title(sel, url)
            if title:
                self.names[source] = title
