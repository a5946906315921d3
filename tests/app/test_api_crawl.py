"""A crawl started through the API, end to end: the bundled sample site on 127.0.0.1, the real
crawler and extraction, a real SQLite index; the run is recorded and watched people alerted."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from sample_site.server import SampleSite, serve

pytestmark = pytest.mark.slow

TOKEN = "crawl-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_api_crawl_of_the_sample_site_records_the_run_and_alerts(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    with serve() as site:
        config = tmp_path / "sources.yaml"  # only for its delay: the local site needs no wait
        config.write_text(
            f"- name: local\n  start_urls: ['{site.base_url}/']\n  delay: 0\n", "utf-8"
        )
        app = create_app(
            f"sqlite:///{tmp_path}/index.db",
            str(tmp_path / "state.db"),
            allow_private_crawl=True,
            sources_path=str(config),
        )
        with TestClient(app) as client:
            _crawl_and_check_alerts(client, site)


def _crawl_and_check_alerts(client: TestClient, site: SampleSite) -> None:
    wl = client.post("/api/watchlists", json={"name": "Дума"}, headers=AUTH).json()
    r = client.post(f"/api/watchlists/{wl['id']}/entries", json={"name": "Петров С."}, headers=AUTH)
    assert r.status_code == 201
    # a site's first crawl is a silent baseline unless the request asks for alerts
    body = {"start_urls": [site.base_url + "/"], "alert_first_crawl": True}
    r = client.post("/api/crawls", json=body, headers=AUTH)
    assert r.status_code == 202, r.text
    run_id = r.json()["id"]
    deadline = time.monotonic() + 240
    while (run := client.get(f"/api/runs/{run_id}").json())["status"] == "running":
        assert time.monotonic() < deadline, "crawl did not finish"
        time.sleep(1)
    assert run["status"] == "finished", run["message"]
    assert run["trigger"] == "api" and run["finished_at"] >= run["started_at"]
    assert run["articles"] == run["new"] >= 15 and run["pages"] > run["articles"]
    assert run["errors"] == 0
    alerts = client.get("/api/alerts", params={"limit": 100}).json()["alerts"]
    assert alerts and len(alerts) == run["alerts"]
    assert all("Петров" in a["person_name"] for a in alerts)
    # Every alert names a document that really mentions him, and search agrees on how many.
    found = client.get("/api/search", params={"person": "Петров С.", "limit": 100}).json()
    assert {a["doc_id"] for a in alerts} == {h["id"] for h in found["hits"]}


def test_api_crawl_refuses_the_sample_site_without_private_crawling(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    app = create_app(f"sqlite:///{tmp_path}/index.db", str(tmp_path / "state.db"))
    with serve() as site, TestClient(app) as client:
        r = client.post("/api/crawls", json={"start_urls": [site.base_url + "/"]}, headers=AUTH)
        assert r.status_code == 400 and "private or local" in r.json()["detail"]
        assert site.hits.total() == 0  # not a single request reached the site
