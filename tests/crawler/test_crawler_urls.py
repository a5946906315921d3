"""URL identity and URL-shape hints of the crawler (crawler/urls.py) and sources.yaml."""

from __future__ import annotations

import hashlib

import pytest

from crawler.sources import SourceError, find_source, load_sources, source_for_url
from crawler.urls import (
    canonical_url,
    doc_id,
    host_of,
    identity_key,
    is_denied,
    is_feed_url,
    looks_like_article_url,
    looks_like_listing_url,
    same_site,
    site_name,
    strip_tracking,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "http://duma.example.ru/news/sessiya/?utm_source=rss&utm_medium=feed",
            "http://duma.example.ru/news/sessiya/",
        ),
        (
            "HTTP://Duma.Example.RU:80/news/sessiya/#comments",
            "http://duma.example.ru/news/sessiya/",
        ),
        (
            "https://duma.example.ru:443/news/?fbclid=abc&yclid=1&ysclid=2",
            "https://duma.example.ru/news/",
        ),
        (
            "http://duma.example.ru/old/news.php?id=1405&utm_campaign=home",
            "http://duma.example.ru/old/news.php?id=1405",
        ),
        ("http://duma.example.ru/news/?b=2&a=1", "http://duma.example.ru/news/?a=1&b=2"),
        ("http://duma.example.ru", "http://duma.example.ru/"),
        ("http://127.0.0.1:8080/news/x/?gclid=1&_openstat=2", "http://127.0.0.1:8080/news/x/"),
    ],
)
def test_canonical_url(raw: str, expected: str) -> None:
    assert canonical_url(raw) == expected


def test_canonical_url_is_idempotent_and_id_stable() -> None:
    url = canonical_url("http://Duma.example.ru/news/Сессия/?utm_source=x")
    assert canonical_url(url) == url
    assert doc_id(url) == hashlib.sha1(identity_key(url).encode()).hexdigest()[:16]
    assert doc_id(canonical_url("http://duma.example.ru/news/Сессия/")) == doc_id(url)


def test_cyrillic_domains_compare_in_punycode() -> None:
    url = "http://дума-города.рф/новости/сессия-1/?utm_source=x"
    assert host_of(url) == "xn----7sbblcd6ctat1a.xn--p1ai"
    fetched = canonical_url(url)  # what a request for it carries
    assert fetched.startswith("http://xn----7sbblcd6ctat1a.xn--p1ai/%D0%BD")
    assert same_site(fetched, [host_of(url)])
    assert same_site("http://www.дума-города.рф/", [host_of(url)])
    assert site_name(fetched) == site_name(url) == "дума-города.рф"


def test_strip_tracking_keeps_meaningful_parameters() -> None:
    url = "http://x.ru/news/?PAGEN_1=2&utm_content=a&ELEMENT_ID=7#top"
    assert strip_tracking(url) == "http://x.ru/news/?PAGEN_1=2&ELEMENT_ID=7"


@pytest.mark.parametrize(
    "url",
    [
        "http://x.ru/news/byudzhet-2019-prinyat/",
        "http://x.ru/archive/konkurs-tos-2018-itogi.html",
        "http://x.ru/old/news.php?id=1405",
        "http://x.ru/novosti/2019/04/sessiya.html",
        "http://x.ru/press-center/news/12345/",
        "http://x.ru/news/detail.php?ELEMENT_ID=77",
        "http://x.ru/index.php?option=com_content&view=article&id=12:sessiya&catid=3",
        "http://x.ru/news/detail.php?SECTION_ID=4&ELEMENT_ID=77",
    ],
)
def test_article_urls(url: str) -> None:
    assert looks_like_article_url(url)
    assert not looks_like_listing_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://x.ru/news/",
        "http://x.ru/news/?PAGEN_1=3",
        "http://x.ru/archive/page/2/",
        "http://x.ru/novosti/page/12/",
        "http://x.ru/press-center/?page=2",
        "http://x.ru/index.php?option=com_content&view=category&id=3",
        "http://x.ru/news/index.php?SECTION_ID=4",
    ],
)
def test_listing_urls(url: str) -> None:
    assert looks_like_listing_url(url)
    assert not looks_like_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://x.ru/about/",
        "http://x.ru/contacts/",
        "http://x.ru/deputies/petrov-sergej-viktorovich/",
        "http://x.ru/deputaty/gusev-viktor-sergeevich/",
        "http://x.ru/documents/reshenie-45/",
        "http://x.ru/documents/?PAGEN_2=2",
        "http://x.ru/search/?q=бюджет",
        "http://x.ru/admin/",
        "http://x.ru/upload/budget-2019.pdf",
        "http://x.ru/files/reshenie-12.DOCX",
        "http://x.ru/?s=думa",
    ],
)
def test_non_news_urls_are_denied(url: str) -> None:
    assert is_denied(url)
    assert not looks_like_article_url(url)
    assert not looks_like_listing_url(url)


@pytest.mark.parametrize(
    "url", ["http://x.ru/news/rss/", "http://x.ru/feed/", "http://x.ru/rss.xml"]
)
def test_feed_urls(url: str) -> None:
    assert is_feed_url(url)
    assert not looks_like_article_url(url)


def test_home_and_plain_pages_are_neither() -> None:
    for url in ("http://x.ru/", "http://x.ru/priem-grazhdan/", "http://x.ru/news/2018/"):
        assert not looks_like_article_url(url), url


SOURCES_YAML = """
sources:
  - name: Дума Зареченска
    start_urls: [http://duma.example.ru/news/]
    selectors: {title: "h1", body: ".news-detail"}
    schedule: "0 6 * * *"
  - name: Речной округ
    start_urls: http://rechnoy.example.ru/
    allowed_domains: [www.rechnoy.example.ru, rechnoy-arhiv.example.ru]
"""


def test_sources_file(tmp_path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(SOURCES_YAML, encoding="utf-8")
    sources = load_sources(path)
    assert [s.name for s in sources] == ["Дума Зареченска", "Речной округ"]
    duma = find_source("Дума Зареченска", path)
    assert duma.selectors == {"title": "h1", "body": ".news-detail"}
    assert duma.domains() == ["duma.example.ru"]
    assert find_source("Речной округ", path).domains() == [
        "rechnoy.example.ru",
        "rechnoy-arhiv.example.ru",
    ]
    assert source_for_url("http://www.duma.example.ru/news/x-1/", sources) == duma
    assert source_for_url("http://other.example.ru/", sources) is None
    with pytest.raises(SourceError, match="no source named 'Калуга'"):
        find_source("Калуга", path)


def test_bad_sources_files(tmp_path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources: [{start_urls: [http://x.ru/]}]", encoding="utf-8")
    with pytest.raises(SourceError, match="needs at least a name"):
        load_sources(path)
    path.write_text("- name: x\n  selectors: {teaser: p}\n", encoding="utf-8")
    with pytest.raises(SourceError, match="selectors"):
        load_sources(path)
    path.write_text("sources: [unclosed", encoding="utf-8")
    with pytest.raises(SourceError, match="not valid YAML"):
        load_sources(path)
    with pytest.raises(SourceError, match="does not exist") as missing:
        load_sources(tmp_path / "missing.yaml")
    assert isinstance(missing.value, FileNotFoundError)
    with pytest.raises(SourceError, match="cannot read"):
        load_sources(tmp_path)  # a folder
