"""Publication dates from a page: metadata, ``<time>``, and visible Russian dates.

Council sites rarely carry machine-readable dates, so the visible «26 ноября 2018» or
«26.11.2018» next to the headline is often all there is; metadata wins when present.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from parsel import Selector

from extraction.lang.calendar import written_dates

EARLIEST = date(1995, 1, 1)


def _make(y: int, m: int, d: int, today: date | None = None) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    latest = today or date.today()
    if value < EARLIEST or (value - latest).days > 1:
        return None
    return value


def find_dates(text: str, today: date | None = None) -> Iterator[tuple[date, int, int]]:
    """Every plausible publication date written in ``text`` as (date, start, end), in text
    order: the extraction grammar's dates that carry a four-digit year, from 1995 to tomorrow."""
    found: list[tuple[date, int, int]] = []
    for w in written_dates(text):
        if w.year is None or w.short_year:
            continue
        value = _make(w.year, w.month, w.day, today)
        if value:
            found.append((value, w.start, w.end))
    yield from sorted(found, key=lambda f: f[1])


def parse_date(text: str | None) -> date | None:
    """First date written in ``text`` («26 Ноября 2018», «26.11.2018», ISO), or None."""
    if not text:
        return None
    return next((d for d, _, _ in find_dates(text)), None)


def parse_machine_date(value: str | None) -> date | None:
    """A metadata date: ISO 8601 (keeps the page's local calendar day) or a Russian date."""
    if not value:
        return None
    value = value.strip()
    try:
        return _make_checked(datetime.fromisoformat(value.replace("Z", "+00:00")).date())
    except ValueError:
        pass
    try:  # «2018-11-26 10:00:00 +0300» and other ISO-led stamps
        return _make_checked(date.fromisoformat(value[:10]))
    except ValueError:
        return parse_date(value)


def _make_checked(value: date) -> date | None:
    return _make(value.year, value.month, value.day)


_META_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@property="og:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//*[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="DC.date"'
    ' or @name="dc.date" or @name="DC.date.issued" or @name="sailthru.date"]/@content',
)


def metadata_date(sel: Selector) -> date | None:
    """Publication date from ``<meta>``, schema.org microdata or JSON-LD."""
    for xpath in _META_XPATHS:
        for value in sel.xpath(xpath).getall():
            found = parse_machine_date(value)
            if found:
                return found
    for raw in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        found = _json_ld_date(raw)
        if found:
            return found
    return None


def _json_ld_date(raw: str) -> date | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                found = parse_machine_date(node["datePublished"])
                if found:
                    return found
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return None


def time_element_date(sel: Selector) -> date | None:
    """The first ``<time datetime>`` that is not inside navigation, comments or footer."""
    for node in sel.xpath("//time[@datetime]"):
        if _in_boilerplate(node):
            continue
        found = parse_machine_date(node.attrib.get("datetime")) or parse_date(
            " ".join(node.xpath(".//text()").getall())
        )
        if found:
            return found
    return None


_BOILERPLATE_ANCESTOR = (
    "ancestor-or-self::*[self::footer or self::nav or self::aside or "
    "contains(@class,'comment') or contains(@id,'comment') or contains(@class,'related') or "
    "contains(@class,'other') or contains(@class,'footer') or contains(@class,'sidebar') or "
    "contains(@class,'menu')]"
)


def _in_boilerplate(node: Selector) -> bool:
    return bool(node.xpath(_BOILERPLATE_ANCESTOR))


_DATE_CLASS = (
    "[not(self::script) and not(self::style) and ("
    "contains(translate(@class,'DATE','date'),'date') or contains(@class,'time') or "
    "contains(@class,'published') or contains(@class,'data') or "
    "contains(translate(@id,'DATE','date'),'date'))]"
)
# The site's own chrome: logo, name, top bar (which often shows today's date, «Сегодня:
# 26.11.2024»). A <header> inside <article> or <main> is the article's own and does not count.
SITE_CHROME = (
    "ancestor-or-self::*[(self::header and not(ancestor::article) and not(ancestor::main)) or "
    "contains(@class,'logo') or contains(@id,'logo') or contains(@class,'site-name') or "
    "contains(@class,'site-title') or contains(@class,'sitename') or contains(@class,'brand') or "
    "contains(@class,'top-line') or contains(@class,'topline') or contains(@class,'top-bar') or "
    "contains(@class,'topbar') or contains(@class,'site-header') or contains(@id,'header')]"
)


def _first_date(nodes: list[Selector], own_text: bool = False) -> date | None:
    for node in nodes:
        if _in_boilerplate(node):
            continue
        text = node.xpath("text()" if own_text else ".//text()").getall()
        found = parse_date(" ".join(text))
        if found:
            return found
    return None


def _headline(sel: Selector) -> Selector | None:
    h1s = sel.xpath(f"//h1[not({SITE_CHROME})]") or sel.xpath("//h1")
    return h1s[0] if h1s else None


def visible_date(sel: Selector) -> date | None:
    """A date shown to readers, looked for around the headline: a «date» element after it,
    one in the headline's own block (dates above titles), the first date written after it;
    only then any «date» element outside the page header. Related teasers, comments and
    footers never count."""
    h1 = _headline(sel)
    if h1 is not None:
        found = _first_date(h1.xpath(f"following::*{_DATE_CLASS}")[:20])
        for level in (1, 2, 3):
            if found:
                break
            found = _first_date(h1.xpath(f"ancestor::*[{level}]//*{_DATE_CLASS}"))
        found = found or _first_date(
            h1.xpath(
                "following::*[not(self::script) and not(self::style)][text()[normalize-space()]]"
            )[:60],
            own_text=True,
        )
        if found:
            return found
    return _first_date([n for n in sel.xpath(f"//*{_DATE_CLASS}") if not n.xpath(SITE_CHROME)])


def page_date(sel: Selector, hint: date | None = None) -> date | None:
    """Best publication date: metadata, then ``<time>``, then a visible date, then ``hint``
    (a date seen next to the link on a listing page or in a feed)."""
    return metadata_date(sel) or time_element_date(sel) or visible_date(sel) or hint
