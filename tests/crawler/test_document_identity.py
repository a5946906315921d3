"""One article is one document across crawls: whatever form of the site's address reached it
(port, ``www.``, http/https, trailing slash, tracking parameters), and under any URL when its
title, date and body are the same."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.run import crawl
from crawler.urls import doc_id, identity_key
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import open_index

FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0}
ARTICLE = "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481"


@pytest.mark.parametrize(
    "variant",
    [
        "https://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481",
        "http://www.duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481",
        "https://WWW.Duma-Kaluga.RU:8443/news/sessiya-dumy-26-noyabrya?id=481",
        "http://duma-kaluga.ru:80/news/sessiya-dumy-26-noyabrya/?id=481",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481#comments",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?utm_source=vk&id=481&utm_medium=post",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481&fbclid=IwAR0xyz",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?yclid=123456&id=481",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481&gclid=Cj0KCQ",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?_openstat=ZGlyZWN0&id=481",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?from=yandex&id=481",
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481&ref=t.me",
        "http://user@duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481",
    ],
)
def test_forms_of_one_address_are_one_document(variant: str) -> None:
    assert identity_key(variant) == identity_key(ARTICLE)
    assert doc_id(variant) == doc_id(ARTICLE)


@pytest.mark.parametrize(
    "other",
    [
        "http://duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=482",  # another item
        "http://duma-kaluga.ru/news/sessiya-dumy-27-noyabrya?id=481",  # another path
        "http://gorduma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481",  # another site
        "http://obninsk.duma-kaluga.ru/news/sessiya-dumy-26-noyabrya?id=481",  # a subdomain
        "http://duma-kaluga.ru/News/Sessiya-Dumy-26-Noyabrya?id=481",  # paths are case-sensitive
    ],
)
def test_other_articles_keep_their_own_ids(other: str) -> None:
    assert doc_id(other) != doc_id(ARTICLE)


def test_query_order_and_encoding_do_not_matter() -> None:
    a = "https://дума.рф/новости/?b=2&a=1"
    b = "http://xn--80ahy1a.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?a=1&b=2"
    assert (
        identity_key(a)
        == identity_key(b)
        == "xn--80ahy1a.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?a=1&b=2"
    )


def test_site_root_in_every_form() -> None:
    keys = {
        identity_key(u) for u in ("http://duma.ru", "https://www.duma.ru/", "http://duma.ru:8080/")
    }
    assert keys == {"duma.ru"}


# -- real crawls -------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_sample_site_on_two_ports_is_crawled_into_the_same_documents(tmp_path) -> None:
    """What `make demo` does twice: the site comes back on a new port, nothing is added."""
    target = f"sqlite:///{tmp_path / 'duma.db'}"
    settings = {**FAST, "EXTRACTION_ENABLED": False}
    ports, counts, reports = [], [], []
    for _ in range(2):
        with serve() as site:
            ports.append(site.base_url)
            reports.append(crawl([site.base_url + "/"], target, settings=settings, progress=False))
        with open_index(target) as index:
            counts.append(index.count())
            urls = {doc["id"]: doc["url"] for doc in index.iter_documents()}
    assert ports[0] != ports[1]
    assert counts == [len(ARTICLES), len(ARTICLES)]
    # the re-crawl stops paging where every article is known; those it saw are updates
    assert reports[1].new == 0 and reports[1].updated_ids
    for updated in reports[1].updated_ids:  # to the latest address
        assert urls[updated].startswith(ports[1] + "/")


@pytest.mark.slow
def test_demo_twice_into_one_index_leaves_twenty_documents(tmp_path) -> None:
    target = f"sqlite:///{tmp_path / 'demo.db'}"
    outputs = []
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-m", "dumawatch", "demo", "--index", target],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert len(ARTICLES) == 20
    assert all("Статей в индексе: 20" in out for out in outputs)
    assert "новых 0" in outputs[1]
    with open_index(target) as index:
        assert index.count() == 20


LISTING = """<html><head><meta charset="utf-8"><title>Новости — Городская Дума</title></head>
<body><h1>Новости</h1><ul><li><a href="{path}">{title}</a> <span>{date}</span></li></ul></body>
</html>"""
PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/news/">Новости</a></nav><article><h1>{title}</h1>
<time datetime="2026-11-26">26.11.2026</time>{body}</article></body></html>"""
TITLE = "Депутаты утвердили бюджет города на 2027 год"
BODY = (
    "<p>На очередном заседании Городской Думы депутаты утвердили бюджет города на 2027 год "
    "и плановый период 2028 и 2029 годов. Доходы запланированы в объёме 14,2 млрд рублей.</p>"
    "<p>Председатель комитета по бюджету Ирина Соколова напомнила, что проект обсуждался на "
    "публичных слушаниях, в которых приняли участие около 150 жителей.</p>"
)


@contextmanager
def moving_site(paths: list[str]) -> Iterator[ThreadingHTTPServer]:
    """A council site whose one article lives at ``paths[0]``; ``paths.pop(0)`` moves it."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?")[0]
            if path in ("/", "/news/"):
                text = LISTING.format(path=paths[0], title=TITLE, date="26.11.2026")
            elif path == paths[0]:
                text = PAGE.format(title=TITLE, body=BODY)
            else:
                self.send_error(404)
                return
            data = text.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.slow
def test_an_article_moved_to_another_url_is_updated_in_place(tmp_path) -> None:
    """Same title, date and body under a new address: the stored document, not a new one."""
    target = f"sqlite:///{tmp_path / 'duma.db'}"
    paths = ["/news/byudzhet-goroda-na-2027-god", "/news/2026/11/26/byudzhet-utverzhden"]
    settings = {**FAST, "EXTRACTION_ENABLED": False}
    with moving_site(paths) as httpd:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        first = crawl([base + "/news/"], target, settings=settings, progress=False)
        with open_index(target) as index:
            (before,) = list(index.iter_documents())
        paths.pop(0)
        second = crawl([base + "/news/"], target, settings=settings, progress=False)
    with open_index(target) as index:
        (after,) = list(index.iter_documents())
    assert first.new == 1 and second.new == 0 and second.updated == 1
    assert before["url"] == base + "/news/byudzhet-goroda-na-2027-god"
    assert after["id"] == before["id"]
    assert after["url"] == base + "/news/2026/11/26/byudzhet-utverzhden"
