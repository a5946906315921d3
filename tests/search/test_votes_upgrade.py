"""Indexes written before votes were searchable: an SQLite file of schema 3 learns the tallies
its stored documents hold when it is opened, and an Elasticsearch index of mapping 2 asks for
`dumawatch reindex`, after which the votes filter works. Backend-specific: each has its own
upgrade path."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

import search.sqlite as sqlite_backend
from search import SearchQuery, open_index
from search.backend import BackendError
from search.es_mapping import DERIVED, MAPPINGS, indexed_document
from tests.search.contract.vote_documents import VOTE_DOCS, vote_docs, with_against_at_least


def found(index, n: int) -> set[str]:
    return {h.id for h in index.search(SearchQuery(votes_against_min=n, limit=50)).hits}


def test_sqlite_schema_3_file_gets_the_tallies_of_its_documents(tmp_path):
    path = tmp_path / "old.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert(vote_docs())
    with sqlite3.connect(path) as db:  # what schema 3 had: documents, but no tally table
        db.execute("DROP TABLE doc_votes")
        db.execute("UPDATE meta SET value = '3' WHERE name = 'schema'")
    with open_index(f"sqlite:///{path}") as index:
        for n in (0, 2, 3, 8):
            assert found(index, n) == with_against_at_least(n)
        assert list(index.iter_documents()) == sorted(VOTE_DOCS, key=lambda d: d["id"])
    with sqlite3.connect(path) as db:
        schema = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
    assert schema == (str(sqlite_backend.SCHEMA_VERSION),)


def test_sqlite_upgrade_happens_once(tmp_path):
    """A second open finds schema 4 and leaves the tallies as they are (no duplicates)."""
    path = tmp_path / "old.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert(vote_docs())
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE doc_votes")
        db.execute("UPDATE meta SET value = '3' WHERE name = 'schema'")
    for _ in range(2):
        open_index(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT COUNT(*) FROM doc_votes").fetchone()[0]
    assert rows == sum(len(d.get("votes") or []) for d in VOTE_DOCS)


def test_elasticsearch_mapping_2_asks_for_reindex_then_filters_votes(request):
    from tests.es_server import elastic_backend, raw_client

    alias = f"votes-map2-{uuid.uuid4().hex[:8]}"
    es = raw_client()
    props = {k: v for k, v in MAPPINGS["properties"].items() if k != "vote_facts"}
    old = {**MAPPINGS, "_meta": {"dumawatch_mapping": 2}, "properties": props}
    es.indices.create(index=f"{alias}-v2-1", mappings=old, aliases={alias: {}})
    for doc in VOTE_DOCS:
        body = {k: v for k, v in indexed_document(doc).items() if k != "vote_facts"}
        es.index(index=alias, id=doc["id"], document=body)
    es.indices.refresh(index=alias)
    backend = elastic_backend(request, alias)
    with pytest.raises(BackendError, match="reindex"):
        backend.search(SearchQuery(votes_against_min=0))
    report = backend.reindex()
    assert report.copied == len(VOTE_DOCS)
    for n in (0, 2, 3, 8):
        assert found(backend, n) == with_against_at_least(n)
    for doc in VOTE_DOCS:
        assert backend.get(doc["id"]) == doc
    assert "vote_facts" in DERIVED
