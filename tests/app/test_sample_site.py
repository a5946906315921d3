"""The sample site keeps every promise of SAMPLE_SITE.md, checked over real HTTP."""

from __future__ import annotations

import http.client
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html import escape
from urllib.parse import urlsplit

import pytest

from sample_site import catalog
from sample_site.server import SampleSite, serve

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site() -> Iterator[SampleSite]:
    with serve() as running:
        yield running


def fetch(site: SampleSite, path: str) -> tuple[int, http.client.HTTPMessage, bytes]:
    try:
        with urllib.request.urlopen(site.url(path), timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def fetch_text(site: SampleSite, path: str) -> str:
    status, _, body = fetch(site, path)
    assert status == 200, path
    return body.decode("utf-8")


def hrefs(page: str, css_class: str | None = None) -> list[str]:
    if css_class is None:
        return re.findall(r'href="([^"]+)"', page)
    return re.findall(rf'<a class="{css_class}" href="([^"]+)"', page)


def words(text: str) -> int:
    return len(text.split())


def test_catalog_articles_are_unique_and_complete() -> None:
    slugs = [a.slug for a in catalog.ARTICLES]
    assert len(slugs) >= 20 and len(slugs) == len(set(slugs))
    assert len(catalog.NEWS) >= 16 and len(catalog.ARCHIVE) == 4
    assert len({a.path for a in catalog.ARTICLES}) == len(slugs)
    assert {a.section for a in catalog.ARTICLES} <= {"news", "archive"}
    for article in catalog.ARTICLES:
        assert article.paragraphs and article.title, article.slug
        assert 2018 <= article.published.year <= 2019, article.slug
        assert 120 <= words(article.body) <= 400, article.slug
    assert not set(catalog.NON_ARTICLE_PATHS) & set(catalog.BY_PATH)
    assert sum(a.flaky for a in catalog.ARTICLES) == 1


def test_robots_txt(site: SampleSite) -> None:
    text = fetch_text(site, "/robots.txt")
    lines = text.splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines and "Disallow: /search/" in lines
    assert f"Sitemap: {site.base_url}/sitemap.xml" in lines


def test_sitemap_lists_every_article_and_some_other_pages(site: SampleSite) -> None:
    root = ET.fromstring(fetch(site, "/sitemap.xml")[2])
    locs = [loc.text or "" for loc in root.iter(f"{SITEMAP_NS}loc")]
    paths = {urlsplit(loc).path for loc in locs}
    assert {a.path for a in catalog.ARTICLES} <= paths
    assert paths - set(catalog.BY_PATH), "real sitemaps list non-news pages too"
    assert all(loc.startswith(site.base_url) for loc in locs)


def test_rss_lists_ten_newest_news_with_tracking_links(site: SampleSite) -> None:
    status, headers, body = fetch(site, "/news/rss/")
    assert status == 200 and "xml" in headers["Content-Type"]
    root = ET.fromstring(body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    newest = catalog.NEWS[:10]
    assert [item.findtext("title") for item in items] == [a.title for a in newest]
    for item, article in zip(items, newest, strict=True):
        link = item.findtext("link") or ""
        assert link == f"{site.base_url}{article.path}?utm_source=rss&utm_medium=feed"
        assert item.findtext("pubDate")


def test_home_has_menu_rss_and_three_teasers_with_quirky_links(site: SampleSite) -> None:
    page = fetch_text(site, "/")
    for path in ("/about/", "/deputies/", "/documents/", "/news/", "/archive/", "/contacts/"):
        assert f'href="{path}"' in page
    assert '<link rel="alternate" type="application/rss+xml"' in page
    latest = catalog.NEWS[:3]
    for article in latest:
        assert escape(article.title, quote=False) in page
    links = hrefs(page)
    assert f"{latest[1].path}?utm_source=main&amp;utm_campaign=home" in page
    assert catalog.legacy_path(latest[2]) in links
    assert "© 2009 — 2024, Городская Дума города Зареченска" in page


def test_legacy_url_redirects_permanently(site: SampleSite) -> None:
    article = catalog.NEWS[2]
    host, port = urlsplit(site.base_url).hostname, urlsplit(site.base_url).port
    connection = http.client.HTTPConnection(host or "", port, timeout=5)
    try:
        connection.request("GET", catalog.legacy_path(article))
        response = connection.getresponse()
        response.read()
        assert response.status == 301
        assert response.getheader("Location") == site.base_url + article.path
    finally:
        connection.close()
    assert fetch(site, "/old/news.php?id=999999")[0] == 404


def test_news_pagination_reaches_every_listing_item(site: SampleSite) -> None:
    seen: list[str] = []
    path: str | None = "/news/"
    visited = []
    while path:
        page = fetch_text(site, path.replace("&amp;", "&"))
        visited.append(path)
        seen += hrefs(page, "news-list__title")
        assert len(hrefs(page, "news-list__title")) <= catalog.NEWS_PER_PAGE
        numbered = re.findall(r'<a href="(/news/(?:\?PAGEN_1=\d+)?)">\d+</a>', page)
        for link in numbered:
            assert fetch(site, link)[0] == 200
        following = hrefs(page, "modern-page-next")
        assert following == [] or "Следующая" in page
        path = following[0] if following else None
    assert len(visited) == catalog.pages_of(len(catalog.news_listing()), catalog.NEWS_PER_PAGE)
    assert len(visited) >= 2, "the listing must actually paginate"
    assert seen == [item.path for item in catalog.news_listing()]
    assert catalog.MISSING_PATH in seen
    assert fetch(site, catalog.MISSING_PATH)[0] == 404
    assert fetch(site, "/news/?PAGEN_1=99")[0] == 404


def test_news_article_pages_carry_body_and_boilerplate(site: SampleSite) -> None:
    markups = set()
    for article in catalog.NEWS:
        if article.flaky:
            continue
        page = fetch_text(site, article.path)
        assert f'<link rel="canonical" href="{site.base_url}{article.path}">' in page
        assert f"<h1>{escape(article.title, quote=False)}</h1>" in page
        detail = page.split('<div class="news-detail">', 1)[1].split("</div>", 1)[0]
        for paragraph in article.paragraphs:
            assert f"<p>{escape(paragraph, quote=False)}</p>" in detail
        date_span = re.search(r'<span class="news-date">(.*?)</span>', page)
        assert date_span and re.search(r"\d{1,2} [А-Я][а-я]+ 201\d", date_span.group(1))
        meta = 'property="article:published_time"' in page
        time_tag = f'<time datetime="{article.published.isoformat()}">' in page
        markups.add("meta" if meta else "time" if time_tag else "visible")
        for boilerplate in ("Поделиться", "Другие новости", "Комментарии", "файлы cookie"):
            assert boilerplate in page
        assert "+7 (4842) 00-00-00" in page and "249100" in page
    assert markups == {"meta", "time", "visible"}


def test_flaky_article_fails_once_then_serves() -> None:
    flaky = catalog.FLAKY
    assert flaky is not None
    with serve() as fresh:
        assert fetch(fresh, flaky.path)[0] == 503
        status, _, body = fetch(fresh, flaky.path)
        assert status == 200
        assert escape(flaky.paragraphs[0], quote=False) in body.decode("utf-8")
        fresh.reset(rearm_flaky=True)
        assert fetch(fresh, flaky.path)[0] == 503
        assert fresh.hits[flaky.path] == 1


def charset_of(content_type: str) -> str | None:
    match = re.search(r"charset=([\w-]+)", content_type)
    return match.group(1).lower() if match else None


def test_archive_listing_is_windows_1251_and_paginates(site: SampleSite) -> None:
    seen: list[str] = []
    path: str | None = "/archive/"
    while path:
        status, headers, body = fetch(site, path)
        assert status == 200 and charset_of(headers["Content-Type"]) == "windows-1251"
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        page = body.decode("windows-1251")
        seen += re.findall(r'<h2><a href="([^"]+)">', page)
        following = hrefs(page, "next page-numbers")
        path = following[0] if following else None
    assert seen == [a.path for a in catalog.ARCHIVE]


def test_archive_articles_declare_charsets_in_different_places(site: SampleSite) -> None:
    declared = set()
    for article in catalog.ARCHIVE:
        status, headers, body = fetch(site, article.path)
        assert status == 200
        header_charset = charset_of(headers["Content-Type"])
        has_meta = b'<meta charset="windows-1251">' in body
        assert 'rel="canonical"' not in body.decode(article.encoding)
        declared.add((article.encoding, article.charset_declared))
        if article.charset_declared == "header":
            assert header_charset == article.encoding and not has_meta
        elif article.charset_declared == "meta":
            assert header_charset is None and has_meta
        else:
            assert headers["Content-Type"] == "text/html" and not has_meta
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        text = body.decode(article.encoding)
        assert f"{article.published:%d.%m.%Y}" in text
        for paragraph in article.paragraphs:
            assert escape(paragraph, quote=False) in text
    assert declared == {
        ("windows-1251", "header"),
        ("windows-1251", "meta"),
        ("windows-1251", "none"),
        ("koi8-r", "header"),
    }


def test_non_article_pages_answer_and_unknown_paths_are_404(site: SampleSite) -> None:
    for path in catalog.NON_ARTICLE_PATHS:
        assert fetch(site, path)[0] == 200, path
    status, headers, body = fetch(site, catalog.PDF_PATH)
    assert headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
    documents = fetch_text(site, "/documents/")
    assert "/documents/?PAGEN_2=2" in documents
    later = fetch_text(site, "/documents/?PAGEN_2=2")
    assert "/documents/reshenie-45/" in later
    assert "Решение № 45 от 12.10.2018" in fetch_text(site, "/documents/reshenie-45/")
    deputies = fetch_text(site, "/deputies/")
    assert all(d.path in deputies for d in catalog.DEPUTIES)
    for path in (
        "/nope/",
        "/news/no-such-article/",
        "/documents/reshenie-9999/",
        "/archive/x.html",
    ):
        status, headers, body = fetch(site, path)
        assert status == 404 and "Страница не найдена" in body.decode("utf-8")


def test_utm_parameters_serve_the_same_article(site: SampleSite) -> None:
    article = next(a for a in catalog.NEWS if not a.flaky)
    plain = fetch_text(site, article.path)
    tracked = fetch_text(site, article.path + "?utm_source=rss&utm_medium=feed")
    assert plain == tracked


def test_hits_count_paths_with_query_strings() -> None:
    with serve() as fresh:
        fetch(fresh, "/news/?PAGEN_1=2")
        fetch(fresh, "/news/?PAGEN_1=2")
        fetch(fresh, "/robots.txt")
        assert fresh.hits["/news/?PAGEN_1=2"] == 2 and fresh.hits["/robots.txt"] == 1
        fresh.reset()
        assert not fresh.hits


def test_module_runs_as_a_standalone_server() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sample_site.server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(base_url + "/robots.txt", timeout=5) as response:
            assert b"Disallow: /admin/" in response.read()
    finally:
        process.terminate()
        process.wait(timeout=5)


def test_link_graph_is_closed_and_reaches_every_article(site: SampleSite) -> None:
    """Every internal link leads to a catalogued page, so the catalog is the whole truth."""
    known = set(catalog.BY_PATH) | set(catalog.NON_ARTICLE_PATHS) | {catalog.MISSING_PATH}
    legacy = {catalog.legacy_path(a) for a in catalog.NEWS}
    queue, seen = ["/"], {"/"}
    while queue:
        path = queue.pop()
        status, headers, body = fetch(site, path)
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        page = body.decode(charset_of(headers["Content-Type"]) or "windows-1251", "replace")
        for href in hrefs(page):
            parts = urlsplit(href.replace("&amp;", "&"))
            if parts.netloc and parts.netloc != urlsplit(site.base_url).netloc:
                continue
            query = "&".join(q for q in parts.query.split("&") if q and not q.startswith("utm_"))
            target = parts.path + (f"?{query}" if query else "")
            if target.endswith(".css") or target in seen:
                continue
            assert target in known or target in legacy, f"{target} linked from {path}"
            seen.add(target)
            queue.append(target)
    assert set(catalog.BY_PATH) <= seen
