"""The web UI in a real headless Chromium (Playwright driving the system browser) against the
app served by uvicorn on a free 127.0.0.1 port. Screenshots go to artifacts/screenshots/.

The server's Content-Security-Policy is in force: Chromium reports everything it blocks on the
console, and every test fails on such a report."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright import sync_api as playwright_api

from dumawatch.api import create_app
from monitor.alerts import process_new_documents
from search import open_index
from tests.app.test_api_corpus import BELOVA, corpus

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
TOKEN = "ui-test-token"


@pytest.fixture(scope="module", autouse=True)
def chromium_present() -> None:
    # Fail rather than skip: a green run must mean the UI was tested in a browser.
    if CHROMIUM is None:
        pytest.fail("no system chromium: apt-get install chromium (scripts/test.sh does)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui")
    target = f"sqlite:///{folder}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    mp = pytest.MonkeyPatch()
    mp.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    app = create_app(target, str(folder / "state.db"))
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield app, f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    mp.undo()


@pytest.fixture(scope="module")
def browser_page():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        pg = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ru-RU")
        blocked: list[str] = []
        pg.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
        pg.on("pageerror", lambda e: blocked.append(f"page error: {e}"))
        yield pg, blocked
        browser.close()


@pytest.fixture
def page(server, browser_page):
    pg, blocked = browser_page
    blocked.clear()
    yield pg
    assert blocked == [], "blocked by the Content-Security-Policy or failed"


def test_search_facet_document_person_watchlist(server, page) -> None:
    app, base = server
    expect = playwright_api.expect

    page.goto(base + "/")
    page.fill("input[name=q]", "депутат")
    page.click("button[type=submit]")
    expect(page.locator(".total strong")).to_have_text("3")
    expect(page.locator(".hit .snippet mark").first).to_be_visible()
    assert page.locator(".histogram .bar").count() >= 1
    # Heights come from app.js (the policy refuses style attributes): the highest bar is full.
    heights = page.locator(".histogram .fill").evaluate_all(
        "fills => fills.map(f => f.getBoundingClientRect().height)"
    )
    assert max(heights) > 50 and min(heights) >= 1
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

    # Click the person facet: results narrow to the documents about her.
    page.click("[data-facet=people] a:has-text('Елена Сергеевна Белова')")
    expect(page.locator(".total strong")).to_have_text("2")
    assert f"person={BELOVA}" in page.url
    expect(page.locator("[data-facet=people] li.active")).to_contain_text("Белова")
    page.screenshot(path=str(SHOTS / "search-facet.png"), full_page=True)

    # Date range and participants filters.
    page.goto(base + "/")
    page.fill("input[name=participants_min]", "300")
    page.fill("input[name=since]", "2018-01-01")
    page.fill("input[name=until]", "2018-12-31")
    page.click("button[type=submit]")
    expect(page.locator(".total strong")).to_have_text("1")
    expect(page.locator(".hit .title")).to_have_text("Публичные слушания по набережной")

    # Open the document: entities are marked in the text, facts listed, source linked.
    page.click(".hit .title")
    expect(page.locator("h1")).to_have_text("Публичные слушания по набережной")
    per = page.locator(".body mark.ent-per")
    expect(per.first).to_contain_text("Елена Сергеевна Белова")
    assert per.count() == 3
    assert page.locator(".body mark.ent-num").count() == 2
    expect(page.locator(".body mark.ent-date")).to_contain_text("10 декабря")
    colours = {
        page.locator(f".body mark.ent-{k}").first.evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        for k in ("per", "num", "date")
    }
    assert len(colours) == 3  # each kind has its own colour
    expect(page.locator(".facts")).to_contain_text("около 300 жителей")
    page.screenshot(path=str(SHOTS / "document.png"), full_page=True)

    # The person page from the facts list.
    page.click(".facts a:has-text('Елена Сергеевна Белова')")
    expect(page.locator("h1")).to_have_text("Елена Сергеевна Белова")
    expect(page.locator("table.posts")).to_contain_text("председатель комиссии")
    expect(page.locator(".chips")).to_contain_text("Беловой")
    assert page.locator(".histogram .bar").count() == 5  # ноя 2018 … мар 2019
    expect(page.locator(".histogram .bar .n").first).to_have_text("1")
    page.screenshot(path=str(SHOTS / "person.png"), full_page=True)

    # Add an official to a watchlist (with the API token), then see the new mentions.
    page.goto(base + "/watchlists")
    page.fill("#token", TOKEN)
    page.fill("#wl-name", "Депутаты")
    page.fill("#entry-name", "Белова Е.С.")
    page.fill("#entry-aliases", "депутат Белова")
    page.click("#add-entry button[type=submit]")
    expect(page.locator(".watchlist .entry")).to_contain_text("Белова Е.С.")
    # The token stays with this tab only.
    assert page.evaluate("sessionStorage.getItem('dumawatch.token')") == TOKEN
    assert page.evaluate("localStorage.length") == 0
    ctx = app.state.context
    created = process_new_documents(ctx.state, ctx.index, [d["id"] for d in corpus()])
    assert len(created) == 3
    page.reload()
    expect(page.locator(".watchlist .alerts li")).to_have_count(3)
    page.screenshot(path=str(SHOTS / "watchlists.png"), full_page=True)


def test_watchlist_write_with_a_wrong_token_shows_the_error(server, page) -> None:
    _, base = server
    page.goto(base + "/watchlists")
    page.fill("#token", "wrong")
    page.fill("#entry-name", "Крылов")
    page.click("#add-entry button[type=submit]")
    playwright_api.expect(page.locator("#add-status")).to_contain_text("401")


def test_api_docs_render_from_local_files(server, page) -> None:
    _, base = server
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base + "/docs")
    playwright_api.expect(page.locator(".opblock-summary-path").first).to_be_visible()
    assert page.locator(".opblock").count() >= 20
    assert all(url.startswith(base) for url in requests), "docs fetched something from outside"
    page.screenshot(path=str(SHOTS / "api-docs.png"))


def test_the_policy_stops_an_injected_inline_script(server, page, browser_page) -> None:
    _, base = server
    _, blocked = browser_page
    page.goto(base + "/")
    page.evaluate(
        """() => {
            const s = document.createElement("script");
            s.textContent = "window.injected = 1";
            document.body.appendChild(s);
        }"""
    )
    assert page.evaluate("window.injected") is None
    assert any("Content Security Policy" in m for m in blocked)
    blocked.clear()  # expected here


def test_a_watchlist_entry_is_edited_and_removed_in_the_page(server, page) -> None:
    """The entry's edit form sends a PATCH with the token; the page then shows the new name and
    aliases, and × removes the entry; the list's other entries stay as they were."""
    app, base = server
    expect = playwright_api.expect
    state = app.state.context.state
    from monitor import watchlists as wl

    lst = wl.ensure_watchlist(state, "Правка")
    kept = wl.add_entry(state, lst["id"], "Соколов А. В.")
    edited = wl.add_entry(state, lst["id"], "Крылов", aliases=["глава Крылов"])
    page.goto(base + "/watchlists")
    page.fill("#token", TOKEN)
    section = page.locator(f"section.watchlist[data-id='{lst['id']}']")
    form = section.locator(f"form.edit-entry[data-entry='{edited.id}']")
    section.locator(f"li.entry:has(form[data-entry='{edited.id}']) summary").click()
    form.locator("input[name=name]").fill("Павел Иванович Крылов")
    form.locator("input[name=aliases]").fill("П. И. Крылов, глава администрации Крылов")
    form.locator("input[name=posts]").fill("глава администрации")
    form.locator("button[type=submit]").click()
    expect(section.locator(".entry").nth(1)).to_contain_text("Павел Иванович Крылов")
    stored = wl.get_entry(state, edited.id)
    assert stored is not None and stored.name == "Павел Иванович Крылов"
    assert stored.aliases == ["П. И. Крылов", "глава администрации Крылов"]
    assert stored.posts == ["глава администрации"]
    assert wl.get_entry(state, kept.id) == kept
    page.screenshot(path=str(SHOTS / "watchlist-edit.png"), full_page=True)
    section.locator(f"button.remove[data-entry='{edited.id}']").click()
    expect(section.locator(".entry")).to_have_count(1)
    assert wl.get_entry(state, edited.id) is None
