"""Title, date and boilerplate-free body of one article page.

The body comes from trafilatura tuned for precision (menus, share blocks, related teasers and
comments cost more than a lost sentence); a source's CSS selectors override it when given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import trafilatura
from lxml.html import HtmlElement
from parsel import Selector

from crawler.page_dates import SITE_CHROME, find_dates, page_date, parse_date

MIN_BODY_CHARS = 200
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|—–:/»]|-|::)\s+")
# Where a site's own name sits when a theme makes it an <h1> too.
_SITE_NAME_ANCESTOR = SITE_CHROME.replace("ancestor-or-self::*[", "ancestor-or-self::*[self::a or ")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b]+")
# Control characters (C0 but tab, newline and carriage return; DEL; C1): never text, and a
# single one makes lxml or trafilatura give up on a whole page.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Character references to C0 controls and DEL (``&#1;``, ``&#x7f``); those to 128-159 are
# read as windows-1252 by the HTML parser (``&#150;`` is «–») and stay.
_CONTROL_REFS = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]))"
    r"(?![0-9a-fA-F]);?"
)
_SCRIPTS = frozenset({"script", "style"})


@dataclass
class Article:
    title: str
    published_at: date | None
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def clean_text(text: str) -> str:
    """NFC, one space between words, no stray non-breaking or zero-width spaces, no control
    characters."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", _CONTROLS.sub("", text))).strip()


def without_controls(html: str) -> str:
    """The page with its control characters, raw or as character references, taken out."""
    return _CONTROL_REFS.sub("", _CONTROLS.sub("", html))


def page_title(sel: Selector, css: str | None = None) -> str | None:
    """The headline: a source selector, else the ``<h1>`` that agrees with ``og:title`` or
    ``<title>`` (site logos are often an ``<h1>`` too), else those metadata titles."""
    if css:
        text = clean_text(" ".join(sel.css(css).xpath(".//text()").getall()))
        return text or None
    h1s = [
        clean_text(" ".join(h.xpath(".//text()").getall()))
        for h in sel.xpath(f"//h1[not({_SITE_NAME_ANCESTOR})]") or sel.xpath("//h1")
    ]
    site = clean_text(sel.xpath('//meta[@property="og:site_name"]/@content').get() or "")
    h1s = [h for h in h1s if h and h != site]
    og = clean_text(sel.xpath('//meta[@property="og:title"]/@content').get() or "")
    head = clean_text(sel.xpath("//title/text()").get() or "")
    agreeing = [
        h for h in h1s if (og and h.lower() in og.lower()) or (head and h.lower() in head.lower())
    ]
    if agreeing or h1s:
        return max(agreeing or h1s, key=len)
    if og:
        return og
    if head:
        parts = _TITLE_SEPARATORS.split(head)
        return max(parts, key=len) if parts else head
    return None


def _is_date_line(line: str) -> bool:
    """A short line that is essentially a date (the byline trafilatura keeps in the body)."""
    if len(line) > 40:
        return False
    rest = line
    for _, start, end in reversed(list(find_dates(line))):
        rest = rest[:start] + rest[end:]
    return rest != line and len(re.sub(r"[\W\d_]+|г\b|года?\b", "", rest)) <= 6


def _trafilatura_lines(html: str, url: str | None, min_chars: int) -> list[str]:
    tree = trafilatura.load_html(html)
    if tree is None:
        return []
    _escape_ampersands(tree)
    for options in ({"favor_precision": True}, {}):
        text = trafilatura.extract(
            tree,  # copied by trafilatura, so both passes start from the same tree
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            **options,
        )
        if text and len(text) >= min_chars:
            return text.splitlines()
    return []


def _escape_ampersands(tree: HtmlElement) -> None:
    """trafilatura unescapes the text it returns once more (``&amp;lt;b&amp;gt;`` in the
    source would come out as ``<b>``); escaping every ``&`` of the parsed text beforehand
    makes that second pass give back the text exactly as the page shows it."""
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag not in _SCRIPTS and element.text:
            element.text = element.text.replace("&", "&amp;")
        if element.tail:
            element.tail = element.tail.replace("&", "&amp;")


def _selector_lines(sel: Selector, css: str) -> list[str]:
    lines: list[str] = []
    for node in sel.css(css):
        blocks = node.xpath(".//p|.//li|.//h2|.//h3|.//h4|.//blockquote|.//tr")
        if blocks:
            lines += [" ".join(b.xpath(".//text()").getall()) for b in blocks]
        else:
            lines += node.xpath(".//text()").getall()
    return lines


def body_paragraphs(
    html: str,
    sel: Selector,
    title: str | None,
    url: str | None = None,
    css: str | None = None,
    min_chars: int = MIN_BODY_CHARS,
) -> list[str]:
    lines = _selector_lines(sel, css) if css else _trafilatura_lines(html, url, min_chars)
    paragraphs: list[str] = []
    for raw in lines:
        line = clean_text(raw)
        if not line or _is_date_line(line):
            continue
        if not paragraphs and title and line.lower() == title.lower():
            continue
        if paragraphs and line == paragraphs[-1]:
            continue
        paragraphs.append(line)
    return paragraphs


def parse_article(
    html: str,
    url: str | None = None,
    *,
    selectors: dict[str, str] | None = None,
    date_hint: date | None = None,
    sel: Selector | None = None,
    min_body_chars: int = MIN_BODY_CHARS,
) -> Article | None:
    """The article on this page, or None when it lacks a title or a substantial body.

    The date may be None (not every article shows one); callers decide whether to keep it.
    """
    selectors = selectors or {}
    clean = without_controls(html)
    if sel is None or clean != html:
        sel = Selector(text=clean)
    html = clean
    title = page_title(sel, selectors.get("title"))
    if not title:
        return None
    paragraphs = body_paragraphs(html, sel, title, url, selectors.get("body"), min_body_chars)
    if sum(len(p) for p in paragraphs) < min_body_chars:
        return None
    if selectors.get("date"):
        published = parse_date(" ".join(sel.css(selectors["date"]).xpath(".//text()").getall()))
        published = published or page_date(sel, date_hint)
    else:
        published = page_date(sel, date_hint)
    return Article(title=title, published_at=published, paragraphs=paragraphs)
