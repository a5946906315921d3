"""The encoding a page is really in, when the declared one cannot be right.

Scrapy reads a page in the charset of its ``Content-Type`` header, else its ``<meta>``, and
guesses only when neither says anything. Council sites often lie: a server that adds
``charset=utf-8`` to every answer in front of windows-1251 archive pages, or a template with
``<meta charset=utf-16>`` on a UTF-8 page. Such pages are read in what their bytes say: a BOM,
else UTF-8 when it decodes, else charset_normalizer's guess (as Scrapy does for undeclared
pages). Valid UTF-8 declared as a legacy charset is read as UTF-8 too: Cyrillic in
windows-1251 or koi8-r is practically never valid UTF-8 by chance.
"""

from __future__ import annotations

import logging

from charset_normalizer import from_bytes
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# A declared encoding still reads a page that has a few broken bytes (a truncated upload, one
# pasted character): up to this share of its non-ASCII characters may be undecodable.
MAX_UNDECODABLE_SHARE = 0.01
_WIDE = ("utf-16", "utf-32", "utf_16", "utf_32")
_SNIFF_BYTES = 1_000_000  # charset_normalizer reads at most this much of a page
_BINARY_KINDS = frozenset({"feed", "sitemap"})  # parsed from bytes by lxml, which reads the XML
logger = logging.getLogger(__name__)


def declared_encoding(body: bytes, content_type: str | None) -> str | None:
    """The charset the header or else the page's ``<meta>`` declares (None without one)."""
    return http_content_type_encoding(content_type or "") or html_body_declared_encoding(body)


def better_encoding(body: bytes, declared: str | None) -> str | None:
    """An encoding that reads ``body`` where the ``declared`` one does not; None when the
    declared one is fine (or nothing was declared: then Scrapy's own detection applies)."""
    if not declared or read_bom(body)[0]:
        return None  # nothing to correct, or a BOM: that settles it
    name = resolve_encoding(declared)
    if name is None:
        return sniff(body)  # a charset Python does not know
    if name.lower().startswith(_WIDE):
        # A real UTF-16/32 page is full of NUL bytes; an ASCII-compatible page that says
        # so is read as UTF-8, as browsers do (WHATWG "prescan": UTF-16 → UTF-8).
        return None if b"\x00" in body[:4096] else sniff(body) or "utf-8"
    if reads(body, name):
        if name != "utf-8" and not body.isascii() and _is_utf8(body):
            return "utf-8"  # legacy text is practically never valid UTF-8 by chance
        return None
    found = sniff(body)
    return found if found and resolve_encoding(found) != name else None


def reads(body: bytes, encoding: str) -> bool:
    """Does ``encoding`` decode ``body``, but for a negligible share of broken bytes?"""
    try:
        body.decode(encoding)
        return True
    except UnicodeDecodeError:
        pass
    text = body.decode(encoding, "replace")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return text.count("\ufffd") <= MAX_UNDECODABLE_SHARE * non_ascii


def sniff(body: bytes) -> str | None:
    """What the bytes say: UTF-8 when they decode as such, else charset_normalizer's guess."""
    if _is_utf8(body):
        return "utf-8"
    match = from_bytes(body[:_SNIFF_BYTES]).best()
    return resolve_encoding(match.encoding) if match else None


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


class CharsetMiddleware:
    """Read an HTML page in the encoding its bytes are in when the declared one (header or
    ``<meta>``) cannot decode it (``crawler.encoding``). Sits after decompression and before
    anything reads ``response.text`` (meta refresh, the spider)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CharsetMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or request.meta.get("dw_kind") in _BINARY_KINDS:
            return response
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        found = better_encoding(response.body, declared_encoding(response.body, content_type))
        if found is None:
            return response
        self.crawler.stats.inc_value("dumawatch/charset_sniffed")
        logger.debug("%s: read as %s, not as declared", response.url, found)
        return response.replace(encoding=found)
