"""Canonical URLs and URL-shape hints, so one article has one id however it was reached."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only say where a click came from; never part of an article's identity.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "yclid",
        "ysclid",
        "msclkid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_openstat",
        "_ga",
        "rb_clickid",
        "utm_referrer",
        "from_block",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "hmsr", "yabiz")
# Bitrix adds these to every link inside a component; they never change the page shown.
SESSION_PARAMS = frozenset({"clear_cache", "bitrix_include_areas", "sessid", "phpsessid", "sid"})

FILE_EXTENSIONS = frozenset(
    "pdf doc docx xls xlsx ppt pptx rtf odt ods odp txt csv zip rar 7z gz tar "
    "jpg jpeg png gif bmp webp svg tif tiff ico mp3 mp4 avi mov wmv flv mkv webm wav ogg "
    "exe msi apk dmg iso xml json js css swf djvu sig".split()
)


def strip_tracking(url: str) -> str:
    """``url`` without tracking/session query parameters and without the fragment."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in TRACKING_PARAMS or k in SESSION_PARAMS or k.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """One spelling per page: tracking stripped, host lowercased, default port and fragment
    dropped, query sorted and percent-encoding normalised (w3lib)."""
    url = strip_tracking(url.strip())
    parts = urlsplit(canonicalize_url(url))
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    if port and not (
        (parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, parts.query, ""))


# Parameters that only say which link led to an article. Dropped from its identity but kept in
# the URLs the crawler fetches, since on a listing ``from`` may be a real date filter.
REFERRAL_PARAMS = frozenset({"from", "ref", "referer", "referrer"})


def identity_key(url: str) -> str:
    """What stays of ``url`` when every way of reaching the same article is set aside: scheme,
    port, user, leading ``www.``, trailing slash, fragment, tracking and referral parameters
    are dropped, the host is lowercased punycode and the rest of the query sorted. Sites move
    between http and https and answer on ``www.`` and without; a served copy gets a new port
    on every start. None of that makes another article."""
    parts = urlsplit(canonical_url(url))
    path = parts.path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in REFERRAL_PARAMS
    ]
    key = host_of(url) + path
    return f"{key}?{urlencode(sorted(query))}" if query else key


def doc_id(url: str) -> str:
    """Document id: first 16 hex chars of sha1 of the URL's identity key (``identity_key``).

    Indexes written before the key (ids from the whole canonical URL, scheme and port
    included) keep their ids: backends find such a document by its URL or by its content
    (``search.backend.fingerprint``) and update it in place."""
    return hashlib.sha1(identity_key(url).encode("utf-8")).hexdigest()[:16]


def host_of(url: str) -> str:
    """Host without ``www.``, in punycode (``дума.рф`` → ``xn--80ai6a.xn--p1ai``) as requests
    carry it."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return host[4:] if host.startswith("www.") else host


def site_name(url: str) -> str:
    """The host as people write it (``дума.рф``, not punycode): a source's default name."""
    host = host_of(url)
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host


def same_site(url: str, domains: list[str] | tuple[str, ...] | set[str]) -> bool:
    """True when ``url``'s host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


def is_file_url(url: str) -> bool:
    """Links to downloads (PDF, DOC, images, archives) are never articles or listings."""
    path = urlsplit(url).path.lower()
    last = path.rsplit("/", 1)[-1]
    return "." in last and last.rsplit(".", 1)[-1] in FILE_EXTENSIONS


# Path segments of sections that are not news on a council site: about, contacts, people,
# document registries, search, accounts, admin. Both English and transliterated Russian.
_DENY_SEGMENT = re.compile(
    r"^(about|about-us|o-dume|o-nas|o-gorode|o-sovete|history|istoriya|contacts?|kontakty?|"
    r"deputies|deputy|deputaty|deputat|persons|people|staff|sostav|rukovodstvo|structure|"
    r"struktura|apparat|komitety|committees|fraktsii|documents?|dokumenty|docs|npa|acts|"
    r"normativnye-akty|resheniya|decisions|postanovleniya|zakony|laws|reestr|registry|"
    r"search|poisk|find|admin|administrator|bitrix|wp-admin|wp-login\.php|login|logout|auth|"
    r"register|registration|personal|profile|cabinet|lk|cart|basket|order|upload|uploads|"
    r"files|file|download|downloads|media-files|sitemap|map|karta-sajta|feedback|"
    r"obrashcheniya|priemnaya|reception|vacancies|vakansii|tag|tags|author|print|"
    r"wp-content|wp-includes|cgi-bin|calendar|photo|photos|fotogalereya|gallery|video|"
    r"subscribe|podpiska|rss-subscribe|privacy|policy|politika-konfidentsialnosti|"
    r"terms|help|faq|en|eng|english)$",
    re.IGNORECASE,
)
_DENY_QUERY_KEYS = frozenset({"q", "query", "search", "s", "print", "sort", "order", "login"})

# Sections that hold news on council sites (English and transliterated Russian).
_NEWS_SEGMENT = re.compile(
    r"^(news|novosti|novost|press|press-center|press-tsentr|presscenter|press-releases?|"
    r"archive|arhiv|archiv|arkhiv|events|sobytiya|meropriyatiya|announcements?|anonsy?|"
    r"info|informatsiya|lenta|articles?|stati|publications?|publikatsii|blog|posts?|"
    r"novosti-dumy|novosti-goroda|media|smi|chronicle|hronika|khronika)$",
    re.IGNORECASE,
)

_PAGINATION_QUERY = re.compile(
    r"^(pagen_\d+|page|pg|start|offset|paged|curpage|npage|list_page)$", re.I
)
_PAGINATION_PATH = re.compile(r"/(page|p|pg|stranitsa|str)[/-]?\d+/?$", re.IGNORECASE)
_ID_QUERY = re.compile(
    r"^(id|element_id|element_code|news_id|nid|article_id|item_id|newsid|art|aid|post_id)$", re.I
)
# Query parameters of CMS category/section pages (Joomla ``view=category``, Bitrix SECTION_ID).
_LISTING_VIEWS = frozenset({"category", "categories", "archive", "featured", "section", "blog"})
_SECTION_QUERY = re.compile(r"^(section_id|section_code|catid|cat|category|rubric)$", re.I)
_DATE_PATH = re.compile(r"/(19|20)\d\d/\d{1,2}(/\d{1,2})?/")
_FEED_PATH = re.compile(r"(/rss/?|/feed/?|/atom/?|\.rss|rss\.xml|atom\.xml|feed\.xml|/rss\.php)$")


def is_category_url(url: str) -> bool:
    """A CMS category or section page addressed by query (``?view=category``, ``?SECTION_ID=``)
    rather than one item (an item's own ``id`` alongside ``catid`` still makes it an item)."""
    query = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    keys = {k.lower(): v for k, v in query}
    if keys.get("view", "").lower() in _LISTING_VIEWS:
        return True
    has_item = any(_ID_QUERY.match(k) for k, _ in query)
    return any(_SECTION_QUERY.match(k) for k, _ in query) and not has_item


def segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.split("/") if s]


def is_denied(url: str) -> bool:
    """URL of a page that is certainly not news (see ``_DENY_SEGMENT``) or a download."""
    if is_file_url(url):
        return True
    if any(_DENY_SEGMENT.match(s) for s in segments(url)):
        return True
    keys = {k.lower() for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    return bool(keys & _DENY_QUERY_KEYS)


def is_feed_url(url: str) -> bool:
    return bool(_FEED_PATH.search(urlsplit(url).path.lower()))


def is_pagination_url(url: str) -> bool:
    parts = urlsplit(url)
    if _PAGINATION_PATH.search(parts.path):
        return True
    return any(
        _PAGINATION_QUERY.match(k) and v.isdigit()
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    )


def is_news_section(url: str) -> bool:
    """Root of a news-like section, e.g. ``/news/`` or ``/press-center/news/``."""
    segs = segments(url)
    if not segs or "." in segs[-1]:
        return False
    return bool(_NEWS_SEGMENT.match(segs[-1])) and not urlsplit(url).query


def in_news_section(url: str) -> bool:
    return any(_NEWS_SEGMENT.match(s) for s in segments(url)[:-1])


_PAGE_FILE = re.compile(r"\.(s?html?|php|aspx?|jsp)$", re.IGNORECASE)
_YEAR = re.compile(r"^(19|20)\d\d$")


def _slug_like(seg: str) -> bool:
    """A last path segment that names one item: ``123``, ``sessiya-dumy-26-11``, ``n45.html``."""
    if _PAGE_FILE.search(seg):
        return not seg.lower().startswith(("index.", "default.", "main."))
    if _YEAR.match(seg):
        return False
    if seg.isdigit():
        return True
    return len(seg) >= 6 and ("-" in seg or "_" in seg or any(c.isdigit() for c in seg))


def looks_like_article_url(url: str) -> bool:
    """URL shape of a single news item: a slug or numeric id under some section, a dated path,
    or an ``?id=N`` style query. Page structure still has to confirm it."""
    if is_denied(url) or is_feed_url(url) or is_pagination_url(url) or is_category_url(url):
        return False
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(_ID_QUERY.match(k) and v.strip() for k, v in query):
        return True
    if _DATE_PATH.search(parts.path + "/"):
        return True
    segs = segments(url)
    if not segs or is_news_section(url):
        return False
    if len(segs) == 1:  # a slug right under the root: only long multi-word ones
        return segs[0].count("-") >= 2 and len(segs[0]) >= 15
    return _slug_like(segs[-1])


def looks_like_listing_url(url: str) -> bool:
    """A news section root or one of its pages."""
    if is_denied(url) or is_feed_url(url):
        return False
    if is_news_section(url) or is_category_url(url):
        return True
    return is_pagination_url(url) and not looks_like_article_url(url.split("?", 1)[0])
