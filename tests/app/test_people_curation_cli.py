"""`dumawatch people` and `--person` by any variant, as a user runs them: a real process on a
real SQLite index file. Texts are our own."""

from __future__ import annotations

import json

import pytest

from search import open_index
from tests.app.test_cli import dumawatch, one_line_error
from tests.search.test_person_registry import corpus


@pytest.fixture
def index(tmp_path) -> str:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as backend:
        backend.upsert(corpus())
    return target


def _search(index: str, person: str) -> set[str]:
    proc = dumawatch("search", "--index", index, "--person", person, "--json", "--limit", "50")
    assert proc.returncode == 0, proc.stderr
    return {h["id"] for h in json.loads(proc.stdout)["hits"]}


@pytest.mark.parametrize("variant", ["Д. О. Морозов", "Морозов Д.О.", "Дмитрия Морозова"])
def test_every_variant_searches_the_whole_person(index, variant):
    assert _search(index, variant) == {"d1", "d2", "d3"}


def test_people_list_shows_identities(index):
    proc = dumawatch("people", "list", "Д. О. Морозов", "--index", index, "--json")
    assert proc.returncode == 0, proc.stderr
    (person,) = json.loads(proc.stdout)
    assert person["key"] == "морозов дмитрий"
    assert person["name"] == "Дмитрий Олегович Морозов"
    assert person["keys"] == ["морозов д", "морозов дмитрий"]
    assert person["documents"] == 3


def test_merge_split_rename_survive_a_recrawl(index):
    assert _search(index, "Алексей Петров") == {"d6"}
    proc = dumawatch("people", "merge", "петров а", "петров алексей", "--index", index)
    assert proc.returncode == 0, proc.stderr
    assert "объединено" in proc.stdout
    proc = dumawatch("people", "split", "морозов дмитрий", "--doc", "d3", "--index", index)
    assert proc.returncode == 0, proc.stderr
    proc = dumawatch("people", "rename", "морозов д", "Дмитрий Олегович Морозов-Старший",
                     "--index", index, "--json")  # fmt: skip
    assert json.loads(proc.stdout)["name"] == "Дмитрий Олегович Морозов-Старший"
    # the documents are written again, as a re-crawl with changed pages would
    docs = corpus()
    for d in docs:
        d["content_hash"] += "-again"
    with open_index(index) as backend:
        backend.upsert(docs)
    proc = dumawatch("people", "list", "--index", index, "--json")
    people = {p["key"]: p for p in json.loads(proc.stdout)}
    assert people["морозов дмитрий"]["name"] == "Дмитрий Олегович Морозов-Старший"
    assert people["морозов дмитрий"]["documents"] == 2
    assert people["морозов дмитрий~d3"]["documents"] == 1
    # the full name is the merged person's key; the initial stays an alias
    assert people["петров алексей"]["keys"] == ["петров а", "петров алексей"]
    assert "петров а" not in people
    assert _search(index, "петров а") == {"d6"}


def test_curation_of_an_unknown_person_is_one_line(index):
    proc = dumawatch("people", "merge", "сидоров пётр", "морозов д", "--index", index)
    assert "сидоров пётр" in one_line_error(proc)
    proc = dumawatch("people", "split", "морозов д", "--doc", "d5", "--index", index)
    assert "d5" in one_line_error(proc)


@pytest.mark.parametrize("kind", ["sqlite", "elasticsearch"])
def test_curation_survives_dumawatch_reindex(kind, tmp_path, request):
    """`dumawatch reindex --force` re-extracts every document (keys come from extraction
    again); the decisions, kept with the index, still apply."""
    if kind == "sqlite":
        target = [f"sqlite:///{tmp_path}/index.db"]
        with open_index(target[0]) as backend:
            backend.upsert(corpus())
    else:
        import uuid

        from tests.es_server import elastic_backend, raw_client, server_url

        name = f"people-cli-{uuid.uuid4().hex[:8]}"
        backend = elastic_backend(request, name)
        backend.upsert(corpus())
        backend.refresh()
        backend.close()
        request.addfinalizer(
            lambda: raw_client().indices.delete(
                index=f"person-decisions-{name}", ignore_unavailable=True
            )
        )
        target = [server_url(), "--es-index", name]
    proc = dumawatch("people", "merge", "петров а", "петров алексей", "--index", *target)
    assert proc.returncode == 0, proc.stderr
    proc = dumawatch("people", "split", "морозов дмитрий", "--doc", "d3", "--index", *target)
    assert proc.returncode == 0, proc.stderr
    proc = dumawatch("people", "rename", "морозов дмитрий", "Дмитрий Олегович Морозов-Старший",
                     "--index", *target)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    proc = dumawatch("reindex", "--force", "--index", *target, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = dumawatch("people", "list", "--index", *target, "--json")
    people = {p["key"]: p for p in json.loads(proc.stdout)}
    morozov = people["морозов дмитрий"]
    assert morozov["name"] == "Дмитрий Олегович Морозов-Старший"
    assert morozov["documents"] == 2 and "морозов д" in morozov["keys"]
    assert people["морозов дмитрий~d3"]["documents"] == 1
    assert _search_target(target, "Д. О. Морозов") == {"d1", "d2", "d3"}


def _search_target(target: list[str], person: str) -> set[str]:
    proc = dumawatch("search", "--index", *target, "--person", person, "--json")
    assert proc.returncode == 0, proc.stderr
    return {h["id"] for h in json.loads(proc.stdout)["hits"]}
