"""A split person and the one it was split from never share a document through a shared key:
``--person`` filters by (key, document) ownership on both backends, in the library, the CLI
and the API, with totals and facets counted on the same filtered set. Texts are our own."""

from __future__ import annotations

import json
import os
import uuid

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import SearchQuery
from search.person_registry import merge, registry, split
from search.profiles import person_profile
from tests.app.test_cli import dumawatch
from tests.search.test_person_registry import _doc, _load, _morozov, _open, _p, corpus

MAIN = "морозов дмитрий"


def _hits(backend, person: str, text: str = "") -> tuple[int, set[str], dict[str, int]]:
    result = backend.search(SearchQuery(text=text, person=person, limit=50))
    facet = {f.value: f.count for f in result.facets.get("people", [])}
    return result.total, {h.id for h in result.hits}, facet


@pytest.fixture(params=["sqlite", "elasticsearch"])
def split_index(request, tmp_path):
    name = f"split-{uuid.uuid4().hex[:8]}"
    backend = _open(request.param, tmp_path, request, name)
    _load(backend, corpus())
    new = split(backend, MAIN, ["d3"])
    yield request.param, name, backend, new.key
    backend.close()


def test_split_documents_leave_the_original(split_index):
    _, _, backend, new_key = split_index
    assert new_key != MAIN
    total, found, facet = _hits(backend, MAIN)
    assert (total, found) == (2, {"d1", "d2"})
    # facets count the filtered set by identity: d1 and d2 (under either key), not d3
    assert facet == {MAIN: 2}
    total, found, facet = _hits(backend, new_key)
    assert (total, found, facet) == (1, {"d3"}, {new_key: 1})
    # with query text, the same split holds
    assert _hits(backend, MAIN, "Морозов")[:2] == (2, {"d1", "d2"})
    assert _hits(backend, new_key, "жителей")[:2] == (1, {"d3"})
    assert _hits(backend, new_key, "сессию")[:2] == (0, set())
    # an alias of the original identity filters like its canonical key
    assert _hits(backend, "морозов д")[1] == {"d1", "d2"}
    # person pages: documents and months counted by the index on the same sets
    for key, n in ((MAIN, 2), (new_key, 1)):
        profile = person_profile(backend, key)
        assert profile["documents"] == n
        assert sum(t["count"] for t in profile["timeline"]) == n


def test_new_documents_go_to_the_original_identity(split_index):
    _, _, backend, new_key = split_index
    _load(backend, [_morozov("d7", "Дмитрий Олегович Морозов вручил награды ветеранам.")])
    assert _hits(backend, MAIN)[:2] == (3, {"d1", "d2", "d7"})
    assert _hits(backend, new_key)[:2] == (1, {"d3"})
    # a document naming both people: each identity finds it through its own mention
    body = "Дмитрий Морозов и Д. О. Морозов встретились на заседании."
    both = _doc("d9", body, [
        _p(MAIN, "Дмитрий Морозов", body, "Дмитрий Морозов"),
        _p("морозов д", "Д. О. Морозов", body, "Д. О. Морозов", first="Д.", middle="О."),
    ])  # fmt: skip
    _load(backend, [both])
    assert "d9" in _hits(backend, MAIN)[1]
    split(backend, "морозов д", ["d9"])
    reg = registry(backend)
    other = reg.owner("морозов д", "d9")
    assert other is not None and other.key not in (MAIN, new_key)
    assert _hits(backend, other.key)[:2] == (1, {"d9"})
    # d9 stays the original's: its «Дмитрий Морозов» mention is still his
    assert _hits(backend, MAIN)[1] == {"d1", "d2", "d7", "d9"}


def test_merge_back_restores_the_documents(split_index):
    _, _, backend, new_key = split_index
    merge(backend, [MAIN, new_key])
    assert _hits(backend, MAIN)[:2] == (3, {"d1", "d2", "d3"})


def test_cli_and_api_filter_by_ownership(split_index, tmp_path):
    kind, name, _, new_key = split_index
    if kind == "sqlite":
        target, options, extra = f"sqlite:///{tmp_path}/index.db", None, []
    else:
        target = os.environ["DUMAWATCH_ES_URL"]
        options, extra = {"index": name}, ["--es-index", name]
    for person, want in ((MAIN, ["d1", "d2"]), (new_key, ["d3"])):
        proc = dumawatch("search", "--index", target, *extra, "--person", person, "--json")
        assert proc.returncode == 0, proc.stderr
        answer = json.loads(proc.stdout)
        assert answer["total"] == len(want)
        assert sorted(h["id"] for h in answer["hits"]) == want
    with TestClient(create_app(target, str(tmp_path / "state.db"), index_options=options)) as api:
        for person, want in ((MAIN, ["d1", "d2"]), (new_key, ["d3"])):
            got = api.get("/api/search", params={"person": person})
            assert got.status_code == 200, got.text
            assert got.json()["total"] == len(want)
            assert sorted(h["id"] for h in got.json()["hits"]) == want
        page = api.get("/", params={"person": new_key})
        assert page.status_code == 200
        assert "/documents/d3" in page.text and "/documents/d1" not in page.text


def test_cli_names_the_people_a_shared_name_stands_for(split_index, tmp_path):
    kind, name, _, new_key = split_index
    if kind == "sqlite":
        target, extra = f"sqlite:///{tmp_path}/index.db", []
    else:
        target, extra = os.environ["DUMAWATCH_ES_URL"], ["--es-index", name]
    proc = dumawatch("search", "--index", target, *extra, "--person", "Дмитрий Морозов")
    assert proc.returncode == 0, proc.stderr
    assert "под этим именем 2 человека" in proc.stdout
    assert f"--person {MAIN}" in proc.stdout and f"--person {new_key}" in proc.stdout
    proc = dumawatch("search", "--index", target, *extra, "--person", new_key)
    assert "под этим именем" not in proc.stdout
