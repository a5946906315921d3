"""Watchlist webhooks through the API: private targets refused on save, secrets never shown.

A real app over a real SQLite index and state file; the receiver is a real HTTP server on
127.0.0.1, named by this machine's host name (which resolves to it through /etc/hosts).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from monitor.alerts import process_new_documents, signature
from tests.app.test_api_corpus import BELOVA, corpus
from tests.app.test_api_endpoints import AUTH, TOKEN, app_paths  # noqa: F401 - fixture
from tests.crawler.test_netguard import loopback_name
from tests.monitor.test_monitor_alerts import Receiver

PASSWORD, KEY = "pa55w0rd", "k3y-in-query"
HOOK = f"https://bot:{PASSWORD}@hooks.example.org:8443/in/dumawatch?key={KEY}#frag"


@pytest.fixture
def receiver():
    receiver = Receiver(failures=0)
    yield receiver
    receiver.close()


def _client(app_paths, monkeypatch, allow_private: bool = False) -> TestClient:  # noqa: F811
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    monkeypatch.delenv("DUMAWATCH_ALLOW_PRIVATE_CRAWL", raising=False)
    return TestClient(create_app(*app_paths, allow_private_crawl=allow_private))


@pytest.fixture
def client(app_paths, monkeypatch):  # noqa: F811
    with _client(app_paths, monkeypatch) as c:
        yield c


@pytest.mark.parametrize(
    "url",
    [
        "http://{name}:{port}/hook",
        "http://127.1:{port}/hook",
        "http://2130706433:{port}/hook",
        "http://[::127.0.0.1]:{port}/hook",
        "http://[64:ff9b::7f00:1]:{port}/hook",
        "http://[2002:7f00:1::]:{port}/hook",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_a_private_webhook_is_refused_on_create_and_patch(client, receiver, url: str) -> None:
    url = url.format(name=loopback_name(), port=receiver.port)
    r = client.post("/api/watchlists", json={"name": "Дума", "webhook_url": url}, headers=AUTH)
    assert r.status_code == 400, r.text
    assert "private or local address" in r.json()["detail"]
    assert client.get("/api/watchlists").json()["watchlists"] == []
    created = client.post("/api/watchlists", json={"name": "Дума"}, headers=AUTH).json()
    r = client.patch(f"/api/watchlists/{created['id']}", json={"webhook_url": url}, headers=AUTH)
    assert r.status_code == 400 and "private or local address" in r.json()["detail"]
    assert client.get(f"/api/watchlists/{created['id']}").json()["webhook_url"] is None
    assert receiver.calls == 0


def test_with_private_targets_allowed_a_named_receiver_gets_the_alerts(
    app_paths,  # noqa: F811
    receiver,
    monkeypatch,
) -> None:
    url = f"http://{loopback_name()}:{receiver.port}/hook"
    with _client(app_paths, monkeypatch, allow_private=True) as client:
        r = client.post("/api/watchlists", json={"name": "Дума", "webhook_url": url}, headers=AUTH)
        assert r.status_code == 201, r.text
        secret = r.json()["webhook_secret"]
        wl_id = r.json()["id"]
        r = client.post(
            f"/api/watchlists/{wl_id}/entries", json={"name": "Белова Е.С."}, headers=AUTH
        )
        assert r.status_code == 201
        ctx = client.app.state.context
        ids = [d["id"] for d in corpus()]
        alerts = process_new_documents(
            ctx.state, ctx.index, ids, allow_private=ctx.allow_private_crawl
        )
    assert len(alerts) == len(receiver.accepted) == 3
    assert {p["person"]["key"] for p in receiver.accepted} == {BELOVA}
    assert all(sig == signature(body, secret) for body, sig in receiver.signed)


def test_webhook_urls_are_masked_and_the_secret_shown_once(client) -> None:
    r = client.post("/api/watchlists", json={"name": "Дума", "webhook_url": HOOK}, headers=AUTH)
    assert r.status_code == 201, r.text
    created = r.json()
    secret = created["webhook_secret"]
    assert len(secret) >= 32 and created["has_webhook_secret"] is True
    assert created["webhook_url"] == "https://hooks.example.org:8443/in/dumawatch"
    wl_id = created["id"]
    reads = [
        client.get("/api/watchlists"),
        client.get(f"/api/watchlists/{wl_id}"),
        client.patch(f"/api/watchlists/{wl_id}", json={"name": "Мэрия"}, headers=AUTH),
        client.get("/watchlists"),  # the web UI
    ]
    for r in reads:
        assert r.status_code == 200, r.text
        for hidden in (PASSWORD, KEY, "frag", secret):
            assert hidden not in r.text, (r.request.url, hidden)
    assert "https://hooks.example.org:8443/in/dumawatch" in reads[3].text
    one = reads[1].json()
    assert one["webhook_url"] == "https://hooks.example.org:8443/in/dumawatch"
    assert one["has_webhook_secret"] is True and "webhook_secret" not in one


def test_a_secret_given_is_stored_and_returned_only_by_the_request_setting_it(
    client, receiver
) -> None:
    given = "the-receivers-own-secret-0123456789"
    r = client.post(
        "/api/watchlists",
        json={"name": "Дума", "webhook_url": HOOK, "webhook_secret": given},
        headers=AUTH,
    )
    assert r.status_code == 201 and r.json()["webhook_secret"] == given
    wl_id = r.json()["id"]
    state = client.app.state.context.state
    assert state.query_one("SELECT webhook_secret FROM watchlists")["webhook_secret"] == given
    # Rotating: the new secret comes back once; a new URL keeps the secret on record.
    rotated = "a-rotated-secret-9876543210-abcdef"
    r = client.patch(f"/api/watchlists/{wl_id}", json={"webhook_secret": rotated}, headers=AUTH)
    assert r.status_code == 200 and r.json()["webhook_secret"] == rotated
    other = "https://hooks.example.org/other"
    r = client.patch(f"/api/watchlists/{wl_id}", json={"webhook_url": other}, headers=AUTH)
    assert r.status_code == 200 and "webhook_secret" not in r.json()
    assert state.query_one("SELECT webhook_secret FROM watchlists")["webhook_secret"] == rotated
    assert rotated not in client.get(f"/api/watchlists/{wl_id}").text
    # Too short to be a key worth the name.
    r = client.patch(f"/api/watchlists/{wl_id}", json={"webhook_secret": "short"}, headers=AUTH)
    assert r.status_code == 422


def test_a_webhook_host_that_does_not_resolve_yet_is_stored(client) -> None:
    """Delivery resolves and checks again, so a name unknown today cannot slip through later."""
    url = "https://hooks.example.invalid/in"
    r = client.post("/api/watchlists", json={"name": "Дума", "webhook_url": url}, headers=AUTH)
    assert r.status_code == 201 and r.json()["webhook_url"] == url
