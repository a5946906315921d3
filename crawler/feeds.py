"""RSS/Atom feeds and sitemaps as lists of (url, date) — cheap article discovery where a site
offers them."""

from __future__ import annotations

from datetime import date
from email.utils import parsedate_to_datetime

from lxml import etree
from scrapy.utils.sitemap import Sitemap

from crawler.page_dates import parse_machine_date

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _rfc822_date(value: str) -> date | None:
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return parse_machine_date(value)


def looks_like_feed(body: bytes) -> bool:
    head = body[:1000].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def feed_entries(body: bytes) -> list[tuple[str, date | None]]:
    """(link, published date) of each RSS 2.0 / RSS 1.0 / Atom entry."""
    try:
        root = etree.fromstring(body, parser=_PARSER)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    entries = []
    for node in root.iter():
        if _local(node.tag) not in ("item", "entry"):
            continue
        link, published = None, None
        for child in node:
            name = _local(child.tag)
            text = (child.text or "").strip()
            if name == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    link = href.strip()
                elif text and not href:
                    link = text
            elif name == "guid" and not link and text.startswith("http"):
                link = text
            elif name in ("pubdate", "published", "date", "issued") and text:
                published = published or _rfc822_date(text)
            elif name == "updated" and text and not published:
                published = parse_machine_date(text)
        if link:
            entries.append((link, published))
    return entries


def sitemap_entries(body: bytes) -> tuple[list[tuple[str, date | None]], list[str]]:
    """(page url, lastmod) of a urlset, and the child sitemaps of a sitemap index."""
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, ValueError):
        return [], []
    pages, children = [], []
    for entry in sitemap:
        loc = entry.get("loc")
        if not loc:
            continue
        if sitemap.type == "sitemapindex":
            children.append(loc)
        else:
            pages.append((loc, parse_machine_date(entry.get("lastmod"))))
    return pages, children
