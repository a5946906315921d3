"""A site's own name replaces its host wherever a document's source is shown: learnt by the
crawl from ``og:site_name`` or the home page's title, kept in the state store, shown by the web
pages. Own HTML for the rules; a real crawl of the bundled sample site for the whole path."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from parsel import Selector

from crawler.site_titles import SiteTitles, home_title, stated_name
from dumawatch.api import create_app
from monitor.crawls import run_crawl
from monitor.site_names import all_names
from monitor.state import open_state
from sample_site.server import serve


def page(head: str) -> Selector:
    return Selector(text=f"<html><head>{head}</head><body><p>Новости</p></body></html>")


def test_the_sites_metadata_names_it_on_any_page() -> None:
    sel = page(
        '<title>Бюджет принят</title><meta property="og:site_name" content=" Дума  Калуги ">'
    )
    assert stated_name(sel) == "Дума Калуги"
    assert stated_name(page('<meta name="application-name" content="Совет депутатов">')) == (
        "Совет депутатов"
    )
    assert stated_name(page(f'<meta property="og:site_name" content="{"x" * 500}">')) is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Главная | Городская Дума города Зареченска", "Городская Дума города Зареченска"),
        ("Городская Дума Калуги — Главная", "Городская Дума Калуги"),
        ("Совет депутатов городского округа Речной", "Совет депутатов городского округа Речной"),
    ],
)
def test_the_home_pages_title_names_the_site(title: str, name: str) -> None:
    assert home_title(page(f"<title>{title}</title>"), "https://duma.example.ru/") == name


def test_other_pages_titles_name_the_page_not_the_site() -> None:
    sel = page("<title>Депутаты утвердили бюджет | Городская Дума</title>")
    assert home_title(sel, "https://duma.example.ru/news/1234") is None
    seen = SiteTitles()
    seen.see("duma.example.ru", sel, "https://duma.example.ru/news/1234")
    assert seen.names == {}
    seen.see(
        "duma.example.ru", page("<title>Главная - Дума Речного</title>"), "https://duma.example.ru/"
    )
    assert seen.names == {"duma.example.ru": "Дума Речного"}
    meta = page('<meta property="og:site_name" content="Городская Дума г. Речной">')
    seen.see("duma.example.ru", meta, "https://duma.example.ru/news/1")
    seen.see("duma.example.ru", page("<title>Главная | Другое</title>"), "https://duma.example.ru/")
    assert seen.names == {"duma.example.ru": "Городская Дума г. Речной"}  # metadata wins


@pytest.mark.slow
def test_a_crawl_learns_the_sites_name_and_the_pages_show_it(tmp_path) -> None:
    target = f"sqlite:///{tmp_path}/index.db"
    settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
    with serve() as site, open_state(tmp_path / "state.db") as state:
        run = run_crawl(state, target, [site.base_url + "/"], settings=settings)
        assert run["status"] == "finished" and run["articles"] >= 15
        assert all_names(state) == {"127.0.0.1": "Городская Дума города Зареченска"}
    site_name = "Городская Дума города Зареченска"
    app = create_app(target, str(tmp_path / "state.db"))
    with TestClient(app) as client:
        html = client.get("/", params={"q": "бюджет"}, headers={"Accept": "text/html"}).text
        assert "· Городская Дума города Зареченска</div>" in html
        assert "· 127.0.0.1</div>" not in html
        found = client.get("/api/search", params={"q": "бюджет"}).json()
        hit = found["hits"][0]
        assert (hit["source"], hit["source_label"]) == ("127.0.0.1", site_name)
        assert [(f["value"], f["label"]) for f in found["facets"]["sources"]] == [
            ("127.0.0.1", site_name)
        ]
        doc_id = hit["id"]
        doc = client.get("/api/documents/" + doc_id).json()
        assert (doc["source"], doc["source_label"]) == ("127.0.0.1", site_name)  # value kept
        assert client.get("/api/search", params={"source": "127.0.0.1"}).json()["total"] >= 15
        doc_page = client.get(f"/documents/{doc_id}").text
        assert "· Городская Дума города Зареченска ·" in doc_page
