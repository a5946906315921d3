"""Elasticsearch-only: the alias onto versioned indices. SQLite has no aliases, so this is not in
the contract suite; what we prove is that a reindex swaps indices without a search ever failing
or seeing a partial index."""

from __future__ import annotations

import threading
import uuid

import pytest

from search import SearchQuery
from search.backend import BackendError
from search.es_mapping import MAPPINGS, indexed_document
from tests.es_server import elastic_backend, raw_client
from tests.search.contract.documents import DOCS, docs


def many_docs(copies: int) -> list[dict]:
    """The contract documents ``copies`` times over, each copy its own URL and id."""
    out = []
    for n in range(copies):
        for d in docs():
            d["url"] = d["url"].rstrip("/") + f"-{n}/"
            d["id"] = f"{d['id'][:10]}{n:06d}"
            out.append(d)
    return out


@pytest.fixture
def backend(request):
    return elastic_backend(request, f"reindex-{uuid.uuid4().hex[:8]}")


def test_reindex_switches_alias_while_searches_keep_working(request, backend):
    corpus = many_docs(120)
    backend.upsert(corpus)
    backend.refresh()
    expected = backend.search(SearchQuery(text="Волков")).total
    assert expected == 2 * 120
    old = backend.indices()

    # other clients, as a web process and a crawler would be
    reader = elastic_backend(request, backend.alias)
    writer = elastic_backend(request, backend.alias, cooldown=0, retries=0)
    totals: list[int] = []
    written: list[str] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def search_forever() -> None:
        while not stop.is_set():
            try:
                totals.append(reader.search(SearchQuery(text="Волков")).total)
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    def write_forever() -> None:
        n = 0
        while not stop.is_set():
            doc = docs()[4]
            doc["id"], doc["url"] = f"during-{n}", f"https://duma.example.ru/during/{n}/"
            try:
                writer.upsert([doc])
                written.append(doc["id"])
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)
            n += 1

    threads = [threading.Thread(target=search_forever), threading.Thread(target=write_forever)]
    for t in threads:
        t.start()
    try:

        def reextract(doc: dict) -> dict | None:
            if doc["extraction_version"] != "test-1":
                return None
            return {**doc, "extraction_version": "test-2"}

        report = backend.reindex(reextract)
    finally:
        stop.set()
        for t in threads:
            t.join()

    assert errors == []
    assert len(totals) > 0 and set(totals) == {expected}
    writer.flush()  # what was written during the copy waited in the writer's spool
    assert writer.pending() == 0
    assert len(written) > 0
    assert backend.known(written) == {i: DOCS[4]["content_hash"] for i in written}
    corpus_ids = {d["id"] for d in corpus}
    assert set(backend.known(corpus_ids)) == corpus_ids
    assert report.old == old and report.changed <= report.copied
    assert report.copied - len(corpus) <= len(written)  # writes before the freeze are copied
    assert backend.indices() == [report.new] and report.new not in old
    es = raw_client()
    assert not es.indices.exists(index=old[0])
    backend.refresh()  # the writer's replay is another client's write
    assert backend.count() == len(corpus) + len(written)
    assert backend.get(corpus[0]["id"]) == {**corpus[0], "extraction_version": "test-2"}
    assert backend.search(SearchQuery(text="Волков")).total == expected
    # writes go to the new index through the alias
    extra = docs()[0]
    extra["id"], extra["url"] = "fresh-after-reindex", "https://duma.example.ru/news/fresh/"
    assert backend.upsert([extra]).new == ["fresh-after-reindex"]
    assert backend.count() == len(corpus) + len(written) + 1


def test_failed_reindex_leaves_the_old_index_in_place_and_writable(backend):
    backend.upsert(docs())

    def broken(doc: dict) -> dict:
        raise ValueError("extractor crashed")

    before = backend.indices()
    with pytest.raises(ValueError, match="extractor crashed"):
        backend.reindex(broken)
    assert backend.indices() == before
    changed = docs()[0]
    changed["title"] = "Новый заголовок"
    assert backend.upsert([changed]).updated == [changed["id"]]
    assert backend.pending() == 0
    assert backend.search(SearchQuery(text="заголовок")).total == 1


def test_index_with_an_old_mapping_asks_for_reindex_and_reindex_fixes_it(request):
    alias = f"oldmap-{uuid.uuid4().hex[:8]}"
    es = raw_client()
    old_mappings = {**MAPPINGS, "_meta": {"dumawatch_mapping": 0}}
    es.indices.create(index=f"{alias}-v0-1", mappings=old_mappings, aliases={alias: {}})
    es.index(index=alias, id=DOCS[0]["id"], document=indexed_document(DOCS[0]), refresh=True)
    backend = elastic_backend(request, alias)
    with pytest.raises(BackendError, match="reindex"):
        backend.search(SearchQuery(text="Волков"))
    report = backend.reindex()
    assert report.copied == 1 and report.changed == 0
    assert backend.get(DOCS[0]["id"]) == DOCS[0]
    assert {h.id for h in backend.search(SearchQuery(text="Волков")).hits} == {DOCS[0]["id"]}
