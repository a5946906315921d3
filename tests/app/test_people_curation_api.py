"""The person registry through the API on SQLite and Elasticsearch: people as identities,
every variant as ``person=``, curation behind the token. Texts are our own."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import open_index
from tests.search.test_person_registry import corpus

TOKEN = "curation-token-1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(params=["sqlite", "elasticsearch"])
def client(request, tmp_path, monkeypatch):
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    if request.param == "sqlite":
        target, options = f"sqlite:///{tmp_path}/index.db", {}
        with open_index(target) as index:
            index.upsert(corpus())
    else:
        from tests.es_server import elastic_backend, raw_client, server_url

        name = f"people-{uuid.uuid4().hex[:8]}"
        backend = elastic_backend(request, name)
        backend.upsert(corpus())
        backend.refresh()
        backend.close()
        request.addfinalizer(
            lambda: raw_client().indices.delete(
                index=f"person-decisions-{name}", ignore_unavailable=True
            )
        )
        target, options = server_url(), {"index": name, "spool_dir": tmp_path / "spool"}
    with TestClient(create_app(target, str(tmp_path / "state.db"), index_options=options)) as c:
        yield c


def _ids(client, person: str) -> set[str]:
    hits = client.get("/api/search", params={"person": person, "limit": 50}).json()["hits"]
    return {h["id"] for h in hits}


def test_people_are_identities_and_every_variant_filters(client):
    people = client.get("/api/people", params={"limit": 50}).json()["people"]
    keys = [p["value"] for p in people]
    assert keys[0] == "морозов дмитрий" and "морозов д" not in keys
    assert people[0]["label"] == "Дмитрий Олегович Морозов" and people[0]["documents"] == 3
    found = client.get("/api/people", params={"q": "Морозов Д.О."}).json()["people"]
    assert [p["value"] for p in found] == ["морозов дмитрий"]
    for variant in ("Д. О. Морозов", "Дмитрия Морозова", "морозов д"):
        assert _ids(client, variant) == {"d1", "d2", "d3"}
    page = client.get("/api/people/морозов д").json()  # an old key resolves to the person
    assert page["key"] == "морозов дмитрий" and page["documents"] == 3
    assert {"Д. О. Морозов", "Дмитрий Морозов", "Дмитрий Олегович Морозов"} <= set(page["variants"])


def test_curation_needs_the_token(client):
    body = {"keys": ["петров алексей"]}
    assert client.post("/api/people/петров а/merge", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/api/people/петров а/merge", json=body, headers=wrong).status_code == 401
    assert client.get("/api/people/петров а").json()["key"] == "петров а"


def test_merge_split_rename(client):
    merged = client.post(
        "/api/people/петров а/merge", json={"keys": ["петров алексей"]}, headers=AUTH
    )
    assert merged.status_code == 200, merged.text
    assert merged.json()["keys"] == ["петров а", "петров алексей"]
    assert client.get("/api/people/петров а").json()["key"] == "петров алексей"
    split = client.post(
        "/api/people/морозов дмитрий/split", json={"documents": ["d3"]}, headers=AUTH
    )
    assert split.status_code == 200, split.text
    other = split.json()["key"]
    assert other != "морозов дмитрий" and split.json()["documents"] == 1
    assert client.get("/api/people/морозов дмитрий").json()["documents"] == 2
    assert client.get(f"/api/people/{other}").json()["documents"] == 1
    renamed = client.post(
        "/api/people/морозов д/rename", json={"name": "Дмитрий Олегович Морозов-Старший"},
        headers=AUTH,
    )  # fmt: skip
    assert renamed.json()["name"] == "Дмитрий Олегович Морозов-Старший"
    assert client.get("/api/people/морозов дмитрий").json()["name"].endswith("Старший")
    missing = client.post("/api/people/морозов д/merge", json={"keys": ["сидоров п"]},
                          headers=AUTH)  # fmt: skip
    assert missing.status_code == 404 and "сидоров п" in missing.json()["detail"]
    bad = client.post("/api/people/морозов д/split", json={"documents": ["d5"]}, headers=AUTH)
    assert bad.status_code == 404
