"""The «Должностные лица» page: offices with holders, filters in the URL, a form error shown on
the page, in a real Chromium at phone and desktop widths."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from playwright import sync_api as playwright_api

from dumawatch.api import create_app
from search import open_index
from tests.app.test_api_corpus import SOKOLOV, corpus
from tests.app.test_ui_browser import CHROMIUM, SHOTS, TOKEN, chromium_present, server  # noqa: F401

pytestmark = pytest.mark.slow


def test_page_filters_and_form_errors(tmp_path) -> None:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as client:
        page = client.get("/officials", params={"org": "Городской Думы"})
        assert page.status_code == 200
        assert "председатель" in page.text and f"/people/{SOKOLOV}" in page.text
        assert "глава администрации" not in page.text
        bad = client.get("/officials", params={"as_of": "вчера"})
        assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text


@pytest.mark.parametrize("width", [390, 1400])
def test_officials_page_in_a_browser(server, width) -> None:  # noqa: F811
    _, base = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": width, "height": 900}, locale="ru-RU")
        page.goto(base + "/")
        page.click("nav a:has-text('Должностные лица')")
        page.fill("input[name=place]", "Зареченск")
        page.click("form.officials button[type=submit]")
        assert "place=" in page.url
        offices = page.locator("section.office")
        assert offices.count() >= 2
        playwright_api.expect(offices.first.locator("h2")).to_contain_text("Зареченск")
        overflow = page.evaluate("document.documentElement.scrollWidth")
        page.screenshot(path=str(SHOTS / f"officials-{width}.png"), full_page=True)
        page.locator("section.office td a").first.click()
        playwright_api.expect(page.locator("section.person h1")).to_be_visible()
        browser.close()
    assert overflow <= width, f"the page is {overflow}px wide in a {width}px window"


PAGES = ["/", "/?q=депутат", "/people", f"/people/{SOKOLOV}", "/watchlists", "/officials"]


def test_every_page_fits_a_phone(server) -> None:  # noqa: F811
    """At 390 px nothing scrolls sideways (wide tables scroll inside themselves)."""
    _, base = server
    wide = {}
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 390, "height": 844}, locale="ru-RU")
        for path in PAGES:
            page.goto(base + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                wide[path] = width
        page.goto(base + "/?q=депутат")
        page.click(".hit .title >> nth=0")
        if (width := page.evaluate("document.documentElement.scrollWidth")) > 390:
            wide["document"] = width
        page.screenshot(path=str(SHOTS / "document-390.png"), full_page=True)
        browser.close()
    assert wide == {}


def test_browser_routes_answer_errors_in_russian_html_and_the_api_in_json(tmp_path) -> None:
    app = create_app(f"sqlite:///{tmp_path}/i.db", str(tmp_path / "s.db"))
    browser = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    with TestClient(app, headers=browser) as client:
        page = client.get("/no-such-page")
        assert page.status_code == 404
        assert page.headers["content-type"].startswith("text/html")
        assert "Страница не найдена" in page.text and 'lang="ru"' in page.text
        wrong = client.post("/people")
        assert wrong.status_code == 405 and "Так нельзя" in wrong.text
        api = client.get("/api/no-such-route")
        assert api.status_code == 404 and api.json() == {"detail": "Not Found"}
    with TestClient(app) as client:  # not a browser: JSON as before
        assert client.get("/no-such-page").json() == {"detail": "Not Found"}


def test_follow_button_puts_the_person_on_the_main_watchlist(server) -> None:  # noqa: F811
    app, base = server
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="ru-RU")
        page.goto(f"{base}/people/{SOKOLOV}")
        page.evaluate(f"sessionStorage.setItem('dumawatch.token', '{TOKEN}')")
        page.click("#follow")
        playwright_api.expect(page.locator("#follow-status")).to_have_text("В списке «Основной».")
        page.screenshot(path=str(SHOTS / "person-follow.png"), full_page=True)
        page.goto(f"{base}/watchlists")
        playwright_api.expect(page.locator("main")).to_contain_text("Андрей Викторович Соколов")
        browser.close()


def test_active_filters_are_shown_above_the_results_with_a_way_out(tmp_path) -> None:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as client:
        page = client.get("/", params={"q": "депутат", "region": "RU-KLU", "since": "2018-01-01"})
    assert page.status_code == 200
    chips = page.text.split('class="chips active-filters"')[1].split("</ul>")[0]
    assert "регион: RU-KLU" in chips and "с: 2018-01-01" in chips
    assert 'href="/?q=%D0%B4%D0%B5%D0%BF%D1%83%D1%82%D0%B0%D1%82&amp;since=2018-01-01"' in chips
