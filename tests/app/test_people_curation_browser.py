"""The merge button on a person page, in a real headless Chromium against the app served by
uvicorn on 127.0.0.1, the Content-Security-Policy in force. Texts are our own."""

from __future__ import annotations

import threading
import time

import pytest
import uvicorn
from playwright import sync_api as playwright_api

from dumawatch.api import create_app
from search import open_index
from tests.app.test_ui_browser import SHOTS, browser_page, chromium_present, free_port
from tests.search.test_person_registry import corpus

pytestmark = pytest.mark.slow
TOKEN = "ui-curation-token"
__all__ = ["browser_page", "chromium_present"]  # fixtures shared with the UI suite


@pytest.fixture
def server(tmp_path, monkeypatch):
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    app = create_app(target, str(tmp_path / "state.db"))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_merge_and_rename_buttons_on_the_person_page(server, browser_page) -> None:
    page, blocked = browser_page
    blocked.clear()
    expect = playwright_api.expect
    page.goto(server + "/people/петров алексей")
    expect(page.locator("h1")).to_have_text("Алексей Петров")
    page.evaluate(f"sessionStorage.setItem('dumawatch.token', '{TOKEN}')")
    page.click("#curation summary")
    page.fill("#merge-keys", "петров а")
    page.click("#merge-button")
    expect(page.locator(".meta").first).to_be_visible()
    expect(page.locator("section.person")).to_contain_text("Ключи: петров а, петров алексей")
    expect(page.locator(".chips")).to_contain_text("А. Петров")
    assert page.url.endswith(
        "/people/%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2%20%D0%B0%D0%BB%D0%B5%D0%BA%D1%81%D0%B5%D0%B9"
    )
    # the initial's old page is now the merged person
    page.goto(server + "/people/петров а")
    expect(page.locator("h1")).to_have_text("Алексей Петров")
    page.click("#curation summary")
    page.fill("#rename-name", "Алексей Иванович Петров")
    page.click("#rename-button")
    expect(page.locator("h1")).to_have_text("Алексей Иванович Петров")
    page.screenshot(path=str(SHOTS / "person-curation.png"), full_page=True)
    # a wrong token: the error is shown, nothing changes
    page.evaluate("sessionStorage.setItem('dumawatch.token', 'wrong')")
    page.click("#curation summary")
    page.fill("#rename-name", "Кто-то Другой")
    page.click("#rename-button")
    expect(page.locator("#curation-status")).to_contain_text("401")
    assert blocked == [], "blocked by the Content-Security-Policy or failed"
