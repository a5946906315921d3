"""Every response of the API and the web UI carries the browser-hardening headers, and the pages
hold nothing the Content-Security-Policy would block (inline scripts, event handler attributes,
style attributes), so the policy costs the UI nothing. tests/app/test_ui_browser.py checks the same
in Chromium, which reports every blocked resource."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from dumawatch.api.headers import policy
from search import open_index
from tests.app.test_api_corpus import BELOVA, corpus

HARDENING = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
PAGES = ["/", "/?q=депутат", f"/people/{BELOVA}", "/people", "/watchlists", "/documents/none"]
INLINE = [
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),  # a script without src
    re.compile(r"\son[a-z]+\s*=", re.I),  # onclick=, onload=…
    re.compile(r"\sstyle\s*=", re.I),
    re.compile(r"<style", re.I),
    re.compile(r"javascript:", re.I),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("headers")
    target = f"sqlite:///{folder}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    with TestClient(create_app(target, str(folder / "state.db"))) as c:
        yield c


def _directives(header: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in header.split("; ")}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", "/documents/none"),  # 404 page
        ("GET", "/api/search?q=бюджет"),
        ("GET", "/api/search?peson=x"),  # 422
        ("GET", "/api/export"),  # streamed
        ("GET", "/openapi.json"),
        ("GET", "/static/app.js"),
        ("POST", "/api/watchlists"),  # 401 without a token
    ],
)
def test_every_response_carries_the_headers(client, method, path) -> None:
    r = client.request(method, path)
    for name, value in HARDENING.items():
        assert r.headers[name] == value, (path, name)
    csp = _directives(r.headers["content-security-policy"])
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"]


def test_an_oversized_body_refused_before_the_app_carries_them_too(client) -> None:
    r = client.post("/api/watchlists", content=b"{" + b" " * 1_100_000 + b"}")
    assert r.status_code == 413 and r.headers["x-frame-options"] == "DENY"


def test_only_the_swagger_page_may_run_its_inline_starter(client) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    csp = _directives(r.headers["content-security-policy"])
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]  # swagger-ui-py: local files
    assert csp["frame-ancestors"] == ["'none'"] and r.headers["x-frame-options"] == "DENY"
    inline = re.findall(r"<script>(.*?)</script>", r.text, re.S)
    assert inline and "SwaggerUIBundle" in inline[0]  # why the exception exists


def test_without_local_swagger_files_the_docs_policy_names_the_cdn() -> None:
    csp = _directives(policy(docs=True, local_swagger=False))
    assert "https://cdn.jsdelivr.net" in csp["script-src"]
    assert "https://cdn.jsdelivr.net" in csp["style-src"]
    assert "'unsafe-inline'" not in _directives(policy())["script-src"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_hold_nothing_the_policy_blocks(client, path) -> None:
    html = client.get(path).text
    assert "<html" in html
    for pattern in INLINE:
        assert not pattern.search(html), (path, pattern.pattern, pattern.search(html))
