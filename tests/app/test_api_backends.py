"""The API gives the same answers on SQLite and Elasticsearch: profiles, facets and exports are
computed through the IndexBackend interface only. Elasticsearch is the server `.ci/run` starts
($DUMAWATCH_ES_URL), as in the backend contract suite."""

from __future__ import annotations

import json
import uuid

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import open_index
from tests.app.test_api_corpus import BELOVA, KRYLOV, SOKOLOV, corpus


def _sqlite(request, tmp_path) -> tuple[str, dict]:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    return target, {}


def _elastic(request, tmp_path) -> tuple[str, dict]:
    from tests.es_server import elastic_backend, server_url

    name = f"api-{uuid.uuid4().hex[:8]}"
    backend = elastic_backend(request, name)
    backend.upsert(corpus())
    backend.refresh()
    backend.close()
    return server_url(), {"index": name, "spool_dir": tmp_path / "spool"}


@pytest.fixture(params=["sqlite", "elasticsearch"])
def client(request, tmp_path):
    target, options = (_sqlite if request.param == "sqlite" else _elastic)(request, tmp_path)
    app = create_app(target, str(tmp_path / "state.db"), index_options=options)
    with TestClient(app) as c:
        yield c


def test_person_profile(client) -> None:
    p = client.get(f"/api/people/{SOKOLOV}").json()
    assert p["documents"] == 3
    assert p["timeline"] == [
        {"month": "2018-11", "count": 2},
        {"month": "2019-04", "count": 1},
    ]
    assert {x["value"]: x["count"] for x in p["people"]} == {KRYLOV: 2, BELOVA: 1}
    assert [d["title"] for d in p["latest"]][0] == "Субботник в парке"
    assert {"Соколову", "Андрей Соколов", "Андрей Викторович Соколов"} == set(p["variants"])


def test_people_regions_and_search(client) -> None:
    people = client.get("/api/people", params={"q": "Крылова П."}).json()["people"]
    assert [p["value"] for p in people] == [KRYLOV]
    regions = client.get("/api/regions").json()["regions"]
    assert {r["value"]: r["documents"] for r in regions} == {"RU-KLU": 2, "RU-TUL": 1}
    found = client.get("/api/search", params={"role": "participants", "min": 400}).json()
    assert [h["title"] for h in found["hits"]] == ["Субботник в парке"]


def test_export_is_the_whole_result(client) -> None:
    lines = client.get("/api/export").text.splitlines()
    assert sorted(json.loads(x)["id"] for x in lines) == sorted(d["id"] for d in corpus())
    assert client.get("/health").json()["ok"] is True
