"""The JSON API over a real SQLite index and state store, in process (Starlette's TestClient)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import open_index
from tests.app.test_api_corpus import BELOVA, KRYLOV, SOKOLOV, corpus

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def app_paths(tmp_path):
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    return target, str(tmp_path / "state.db")


@pytest.fixture
def client(app_paths, monkeypatch):
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    with TestClient(create_app(*app_paths)) as c:
        yield c


def test_search_with_filters_facets_and_highlights(client) -> None:
    r = client.get("/api/search", params={"q": "заседание"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2
    assert all("<mark>" in h["snippet"] for h in body["hits"])
    assert {f["value"] for f in body["facets"]["people"]} == {SOKOLOV, KRYLOV, BELOVA}
    r = client.get("/api/search", params={"role": "participants", "min": 300})
    titles = {h["title"] for h in r.json()["hits"]}
    assert titles == {"Публичные слушания по набережной", "Субботник в парке"}
    r = client.get("/api/search", params={"person": "Соколову", "since": "2019-01-01"})
    assert [h["title"] for h in r.json()["hits"]] == ["Субботник в парке"]
    r = client.get("/api/search", params={"region": "RU-TUL"})
    assert r.json()["total"] == 1
    page = client.get("/api/search", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 6 and len(page["hits"]) == 2 and page["offset"] == 2


def test_search_histogram_counts_every_match(client) -> None:
    everything = client.get("/api/search", params={"histogram": "year", "limit": 0}).json()
    undated = 1  # the corpus has one document without a publication date
    assert sum(b["count"] for b in everything["histogram"]) == everything["total"] - undated == 5
    assert everything["hits"] == []
    months = client.get("/api/search", params={"q": "заседание", "histogram": "month"}).json()
    dated = sorted(h["published_at"][:7] for h in months["hits"] if h["published_at"])
    assert months["total"] == 2 and [b["key"] for b in months["histogram"]] == dated
    assert "histogram" not in client.get("/api/search", params={"q": "заседание"}).json()


@pytest.mark.parametrize(
    "params",
    [
        {"peson": "Соколов"},  # unknown filter
        {"since": "23.11.2018"},  # malformed date
        {"until": "2019-02-30"},
        {"limit": 1_000_000},
        {"offset": -1},
        {"q": "budget " * 9_000},  # 63 KB, as long as an httpx URL may be
        {"role": "zombies"},
        {"min": "nan"},
        {"min": "много"},
        {"histogram": "week"},
    ],
)
def test_bad_search_input_is_a_4xx_with_detail(client, params) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


def _raw_get(app, path: str, query: bytes) -> tuple[int, dict]:
    """GET through the ASGI interface directly, for a query string no HTTP client would send."""
    import asyncio

    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
        "root_path": "",
    }
    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, json.loads(body)


def test_a_100_kb_query_is_refused(client) -> None:
    status, body = _raw_get(client.app, "/api/search", b"q=" + b"%D0%B1" * 100_000)
    assert status == 422 and body["detail"]


def test_document_has_facts_with_offsets(client) -> None:
    doc_id = corpus()[0]["id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    for entity in doc["entities"]:
        assert doc["body"][entity["start"] : entity["end"]] == entity["text"]
    assert {p["key"] for p in doc["people"]} == {SOKOLOV, KRYLOV}
    assert client.get("/api/documents/0000000000000000").status_code == 404


def test_people_search_and_person_page(client) -> None:
    found = client.get("/api/people", params={"q": "Беловой Е.С."}).json()["people"]
    assert [p["value"] for p in found] == [BELOVA]
    person = client.get(f"/api/people/{BELOVA}").json()
    assert person["name"] == "Елена Сергеевна Белова"
    assert {"Беловой", "Белова Е. С.", "Елена Сергеевна Белова"} <= set(person["variants"])
    assert {p["title"] for p in person["posts"]} == {"депутат", "председатель комиссии"}
    assert person["timeline"] == [
        {"month": "2018-11", "count": 1},
        {"month": "2019-03", "count": 1},
    ]
    assert person["documents"] == 3
    assert [p["value"] for p in person["people"]] == [SOKOLOV]
    assert [r["value"] for r in person["regions"]] == ["RU-KLU"]
    assert person["latest"][0]["snippet"]["match"]
    assert client.get("/api/people/nobody_here").status_code == 404


def test_regions_and_orgs(client) -> None:
    regions = client.get("/api/regions").json()["regions"]
    assert {r["value"]: r["documents"] for r in regions} == {"RU-KLU": 2, "RU-TUL": 1}
    assert [r["value"] for r in client.get("/api/regions?q=Калужской").json()["regions"]] == [
        "RU-KLU"
    ]
    region = client.get("/api/regions/RU-KLU").json()
    assert region["documents"] == 2 and {p["value"] for p in region["people"]} >= {BELOVA}
    orgs = client.get("/api/orgs").json()["orgs"]
    assert len(orgs) == 3
    org = client.get("/api/orgs/Министерство строительства").json()
    assert org["documents"] == 1


def test_export_streams_jsonl_and_csv(client) -> None:
    r = client.get("/api/export", params={"person": SOKOLOV})
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == 3 and all(SOKOLOV in {p["key"] for p in d["people"]} for d in lines)
    assert lines[0]["entities"]  # the full contract shape, not just hits
    r = client.get("/api/export", params={"format": "csv", "region": "RU-KLU"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows[0][0] == "id" and len(rows) == 3


def test_writes_need_the_token(client, monkeypatch) -> None:
    assert client.post("/api/watchlists", json={"name": "x"}).status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert client.post("/api/watchlists", json={"name": "x"}, headers=bad).status_code == 401
    monkeypatch.delenv("DUMAWATCH_API_TOKEN")
    r = client.post("/api/watchlists", json={"name": "x"}, headers=AUTH)
    assert r.status_code == 403 and "DUMAWATCH_API_TOKEN" in r.json()["detail"]


def test_watchlist_flow_and_alerts(client) -> None:
    r = client.post("/api/watchlists", json={"name": "Администрация"}, headers=AUTH)
    assert r.status_code == 201
    wl = r.json()
    r = client.post(
        f"/api/watchlists/{wl['id']}/entries",
        json={"name": "Крылов П.И.", "aliases": ["глава Крылов"], "posts": []},
        headers=AUTH,
    )
    assert r.status_code == 201 and r.json()["aliases"] == ["глава Крылов"]
    assert (
        client.post("/api/watchlists", json={"name": "Администрация"}, headers=AUTH).status_code
        == 409
    )
    bad = client.post(f"/api/watchlists/{wl['id']}/entries", json={"nam": "x"}, headers=AUTH)
    assert bad.status_code == 422
    # Alerts come from processing crawled documents (what every crawl does afterwards).
    from monitor.alerts import process_new_documents

    ctx = client.app.state.context
    process_new_documents(ctx.state, ctx.index, [d["id"] for d in corpus()])
    alerts = client.get("/api/alerts").json()["alerts"]
    assert len(alerts) == 3 and {a["person_key"] for a in alerts} == {KRYLOV}
    assert len(client.get(f"/api/watchlists/{wl['id']}/alerts").json()["alerts"]) == 3
    feed = client.get(f"/api/watchlists/{wl['id']}/feed.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert feed.text.count("<entry>") == 3
    r = client.patch(
        f"/api/watchlists/{wl['id']}",
        json={"name": "Мэрия", "webhook_url": "https://hooks.example.org/x"},
        headers=AUTH,
    )
    assert r.status_code == 200 and r.json()["name"] == "Мэрия"
    assert r.json()["webhook_url"] == "https://hooks.example.org/x"
    r = client.patch(f"/api/watchlists/{wl['id']}", json={"webhook_url": None}, headers=AUTH)
    assert r.json()["webhook_url"] is None and r.json()["name"] == "Мэрия"
    r = client.patch(
        f"/api/watchlists/{wl['id']}", json={"webhook_url": "http://127.0.0.1/"}, headers=AUTH
    )
    assert r.status_code == 400
    assert client.patch(f"/api/watchlists/{wl['id']}", json={"name": "x"}).status_code == 401
    got = client.get(f"/api/watchlists/{wl['id']}").json()
    assert got["alerts"] == 3 and got["entries"][0]["name"] == "Крылов П.И."
    entry_id = got["entries"][0]["id"]
    assert (
        client.delete(f"/api/watchlists/{wl['id']}/entries/{entry_id}", headers=AUTH).status_code
        == 204
    )
    assert client.delete(f"/api/watchlists/{wl['id']}", headers=AUTH).status_code == 204
    assert client.get(f"/api/watchlists/{wl['id']}").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/news/",
        "http://localhost/news/",
        "http://10.0.0.5/",
        "http://192.168.1.1/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
    ],
)
def test_crawl_refuses_private_targets(client, url) -> None:
    r = client.post("/api/crawls", json={"start_urls": [url]}, headers=AUTH)
    assert r.status_code == 400, r.text
    assert "private or local" in r.json()["detail"]
    r = client.post("/api/sources", json={"name": "intranet", "start_urls": [url]}, headers=AUTH)
    assert r.status_code == 400
    assert client.get("/api/runs").json()["runs"] == []


def test_sources_and_runs(client) -> None:
    r = client.post(
        "/api/sources",
        json={"name": "kaluga", "start_urls": ["https://8.8.8.8/news/"], "schedule": "0 6 * * *"},
        headers=AUTH,
    )
    assert r.status_code == 201, r.text
    names = [s["name"] for s in client.get("/api/sources").json()["sources"]]
    assert "kaluga" in names
    bad_cron = {"name": "x", "start_urls": ["https://8.8.8.8/"], "schedule": "every day"}
    assert client.post("/api/sources", json=bad_cron, headers=AUTH).status_code == 422
    assert client.post("/api/sources", content=b"{not json", headers=AUTH).status_code == 422
    assert client.delete("/api/sources/kaluga", headers=AUTH).status_code == 204
    assert client.get("/api/runs/1").status_code == 404


def test_oversized_bodies_are_refused(client) -> None:
    big = {"name": "x", "aliases": ["a" * 100] * 20_000}
    r = client.post("/api/watchlists/1/entries", json=big, headers=AUTH)
    assert r.status_code == 413 and "request body" in r.json()["detail"]


def test_a_source_being_crawled_is_not_started_twice(client) -> None:
    from monitor.crawls import begin_crawl

    body = {"name": "kaluga", "start_urls": ["https://8.8.8.8/news/"]}
    assert client.post("/api/sources", json=body, headers=AUTH).status_code == 201
    ctx = client.app.state.context
    # a CLI crawl of the source, begun (locked and recorded) and not finished
    begun = begin_crawl(ctx.state, ctx.index_spec, body["start_urls"], label="kaluga")
    r = client.post("/api/crawls", json={"source": "kaluga"}, headers=AUTH)
    assert r.status_code == 409 and f"run {begun.run_id}, started by cli" in r.json()["detail"]
    assert client.post("/api/crawls", json={"source": "nope"}, headers=AUTH).status_code == 404
    assert client.post("/api/crawls", json={}, headers=AUTH).status_code == 422


def test_a_broken_sources_file_is_a_clear_503(app_paths, tmp_path) -> None:
    broken = tmp_path / "sources.yaml"
    broken.write_text("sources:\n  - start_urls: 12\n", encoding="utf-8")
    with TestClient(create_app(*app_paths, sources_path=str(broken))) as c:
        r = c.get("/api/sources")
        assert r.status_code == 503 and r.json()["detail"].startswith("sources file unusable")


def test_health_reports_the_backend(client) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["index"]["backend"] == "sqlite" and r.json()["index"]["documents"] == 6


def test_health_is_503_when_the_index_cannot_open(tmp_path) -> None:
    with TestClient(
        create_app(f"sqlite:///{tmp_path}/missing/dir/x.db", str(tmp_path / "s.db"))
    ) as c:
        r = c.get("/health")
        assert r.status_code == 503 and r.json()["ok"] is False
        r = c.get("/api/search")
        assert r.status_code == 503 and "index unavailable" in r.json()["detail"]


def test_openapi_and_docs(client) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/search" in schema["paths"]
    assert client.get("/docs").status_code == 200
