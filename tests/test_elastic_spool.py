"""Elasticsearch-only: nothing a crawl fetched is lost while the server is down or refuses writes.
SQLite is a local file and never "down", hence a backend-specific test. One test runs a server
of its own (``scripts/elasticsearch.sh`` on a free port) so it can stop and start it."""

from __future__ import annotations

import socket
import uuid

import pytest

from search import SearchQuery
from search.backend import BackendError
from search.elastic import ElasticBackend
from tests.contract.documents import DOCS, docs
from tests.es_server import elastic_backend, raw_client, run_script


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_refused_writes_are_spooled_and_replayed_in_order(request, tmp_path):
    backend = elastic_backend(request, f"spool-{uuid.uuid4().hex[:8]}", cooldown=0, retries=1)
    backend.upsert(docs()[:2])
    es = raw_client()
    indices = backend.indices()
    es.indices.put_settings(index=indices, settings={"index.blocks.write": True})
    try:
        report = backend.upsert(docs()[2:])
        assert report.spooled == [d["id"] for d in DOCS[2:]]
        assert report.new == [] and backend.pending() == 3
        assert backend.delete([DOCS[0]["id"]]) == 0  # spooled too, after the upserts
        assert backend.pending() == 4
        known = backend.known([d["id"] for d in DOCS])
        assert known == {d["id"]: d["content_hash"] for d in DOCS[1:]}
        with pytest.raises(BackendError, match="4 writes stay spooled"):
            backend.flush()
    finally:
        es.indices.put_settings(index=indices, settings={"index.blocks.write": False})
    replayed = backend.flush()
    assert replayed.new == [d["id"] for d in DOCS[2:]]
    assert backend.pending() == 0
    assert backend.count() == len(DOCS) - 1
    assert backend.get(DOCS[0]["id"]) is None
    for d in DOCS[1:]:
        assert backend.get(d["id"]) == d


@pytest.mark.slow
def test_server_stopped_then_started_loses_nothing(tmp_path):
    """Stop the server between writes; a new backend (as after a restart of the crawler) finds
    the spool and replays it on its first write, so every document is stored exactly once."""
    port = free_port()
    request_env = {"ES_EXTRA_JAVA_OPTS": "-XX:TieredStopAtLevel=1"}  # starts faster
    url = run_script("start", port=port, env=request_env)
    spool_dir = tmp_path / "spool"
    index = f"down-{uuid.uuid4().hex[:8]}"
    options = {"spool_dir": spool_dir, "cooldown": 0.2, "retries": 1, "backoff": 0.05}
    try:
        first = ElasticBackend(url, index=index, **options)
        assert first.upsert(docs()[:2]).new == [d["id"] for d in DOCS[:2]]
        run_script("stop", port=port, env=request_env)

        report = first.upsert(docs()[2:])
        assert report.spooled == [d["id"] for d in DOCS[2:]]
        changed = docs()[1]
        changed["body"] += " Дополнение к новости."
        assert first.upsert([changed]).spooled == [changed["id"]]
        with pytest.raises(BackendError, match="cannot reach"):
            first.search(SearchQuery(text="Волков"))
        with pytest.raises(BackendError, match="spooled"):
            first.flush()
        assert first.known([changed["id"]]) == {changed["id"]: changed["content_hash"]}
        first.close()

        run_script("start", port=port, env=request_env)
        second = ElasticBackend(url, index=index, **options)
        assert second.pending() == 4
        again = second.upsert(docs()[4:])  # replays the spool first, then this write
        assert again.unchanged == [DOCS[4]["id"]]
        assert second.pending() == 0
        assert second.count() == len(DOCS)
        stored = {d["id"]: d for d in second.iter_documents()}
        assert stored == {**{d["id"]: d for d in DOCS}, changed["id"]: changed}
        second.close()
    finally:
        run_script("stop", "--purge", port=port, env=request_env)
