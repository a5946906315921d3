"""Elasticsearch-only: nothing a crawl fetched is lost while the server is down or refuses writes.
SQLite is a local file and never "down", hence a backend-specific test. One test runs a server
of its own (``scripts/elasticsearch.sh`` on a free port) so it can stop and start it."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from elasticsearch import Elasticsearch

from crawler.run import crawl
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import SearchQuery
from search.backend import BackendError
from search.elastic import ElasticBackend
from search.spool import Spool, cluster_key, default_spool_dir
from tests.app.test_cli import dumawatch
from tests.es_server import (
    elastic_backend,
    raw_client,
    run_script,
    secure_credentials,
    secure_server_url,
    server_url,
)
from tests.search.contract.documents import DOCS, docs

FAST_START = {"ES_EXTRA_JAVA_OPTS": "-XX:TieredStopAtLevel=1"}  # C1 only: starts much faster


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
        assert backend.get(DOCS[0]["id"]) is None  # deleted, as far as this writer knows
        assert backend.get(DOCS[3]["id"]) == DOCS[3]
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


def test_a_long_stream_spools_from_where_the_server_stopped_taking_writes(request):
    """upsert() streams: chunks before the refusal are stored, the rest of the stream (not
    yet read when the server refused) goes straight to the spool."""
    backend = elastic_backend(request, f"stream-{uuid.uuid4().hex[:8]}", cooldown=60, retries=0)
    backend.upsert(docs()[:1])  # creates the index
    es = raw_client()
    indices = backend.indices()

    def stream():
        for n in range(1200):
            if n == 600:  # while the second chunk of 500 is being read
                es.indices.put_settings(index=indices, settings={"index.blocks.write": True})
            d = docs()[n % len(DOCS)]
            d["id"], d["url"] = f"stream-{n:04d}", f"https://duma.example.ru/stream/{n}/"
            yield d

    try:
        report = backend.upsert(stream())
    finally:
        es.indices.put_settings(index=indices, settings={"index.blocks.write": False})
    assert report.new == [f"stream-{n:04d}" for n in range(500)]
    assert report.spooled == [f"stream-{n:04d}" for n in range(500, 1200)]
    assert backend.flush().new == report.spooled
    assert backend.count() == 1 + 1200


def test_a_spooled_document_the_mapping_rejects_is_set_aside(request):
    backend = elastic_backend(request, f"poison-{uuid.uuid4().hex[:8]}", cooldown=0, retries=0)
    backend.upsert(docs()[:1])
    es = raw_client()
    indices = backend.indices()
    poison = docs()[1]
    poison["comments"] = ["not in the mapping"]
    es.indices.put_settings(index=indices, settings={"index.blocks.write": True})
    try:
        assert len(backend.upsert([poison, *docs()[2:]]).spooled) == len(DOCS) - 1
    finally:
        es.indices.put_settings(index=indices, settings={"index.blocks.write": False})
    backend.flush()
    assert backend.pending() == 0
    assert backend.health()["spool_rejected"] == 1
    assert backend.get(poison["id"]) is None
    assert [backend.get(d["id"]) for d in DOCS[2:]] == DOCS[2:]


def test_spool_folders_are_per_cluster_whatever_the_credentials(monkeypatch, tmp_path):
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(tmp_path))
    assert cluster_key("http://u:p@ES.example.ru/") == "http://es.example.ru:9200"
    assert cluster_key("http://es.example.ru:9200") == "http://es.example.ru:9200"
    assert cluster_key("https://es.example.ru/search/") == "https://es.example.ru:443/search"
    same = {
        default_spool_dir(cluster_key(url), "news")
        for url in ("http://es:9200", "http://elastic:one@es:9200", "http://other:two@ES:9200/")
    }
    assert same == {tmp_path / f"es:9200-{sha256_10('http://es:9200')}" / "news"}
    apart = {
        default_spool_dir(cluster_key(url), "news")
        for url in ("http://es:9200", "http://es2:9200", "http://es:9201", "https://es:9200",
                    "http://es:9200/other", "http://[::1]:9200")
    }  # fmt: skip
    assert len(apart) == 6


def sha256_10(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()[:10]


def test_writes_spooled_for_one_cluster_wait_for_it_and_go_nowhere_else(
    request, tmp_path, monkeypatch
):
    """Two real clusters, one index name: writes the plain server refused wait in its spool;
    the secured server, written under the same name, never receives them; the plain server
    gets them on the next flush."""
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(tmp_path))
    name = f"home-{uuid.uuid4().hex[:8]}"
    home = elastic_backend(request, name, spool_dir=None, cooldown=0, retries=0)
    home.upsert(docs()[:1])
    es = raw_client()
    indices = home.indices()
    es.indices.put_settings(index=indices, settings={"index.blocks.write": True})
    try:
        assert home.upsert(docs()[1:]).spooled == [d["id"] for d in DOCS[1:]]
    finally:
        es.indices.put_settings(index=indices, settings={"index.blocks.write": False})
    home.close()
    assert home.spool() is not None
    assert home.spool().directory == default_spool_dir(cluster_key(server_url()), name)

    elsewhere = elastic_backend(request, name, secure=True, spool_dir=None, cooldown=0)
    assert elsewhere.pending() == 0
    other = docs()[0]
    assert elsewhere.upsert([other]).new == [other["id"]]  # a write replays its own spool first
    elsewhere.refresh()
    assert [d["id"] for d in elsewhere.iter_documents()] == [other["id"]]

    with ElasticBackend(server_url(), index=name) as again:
        assert again.pending() == len(DOCS) - 1
        assert again.flush().new == [d["id"] for d in DOCS[1:]]
        assert again.count() == len(DOCS)
    user, password = secure_credentials()
    with ElasticBackend(secure_server_url(), index=name, user=user, password=password) as b:
        assert b.count() == 1


def test_a_spool_folder_of_another_cluster_is_refused(request, tmp_path):
    folder = tmp_path / "spool"
    name = f"foreign-{uuid.uuid4().hex[:8]}"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{s.getsockname()[1]}"
    with ElasticBackend(down, index=name, spool_dir=folder, retries=0) as gone:
        assert len(gone.upsert(docs()).spooled) == len(DOCS)
    here = elastic_backend(request, name, spool_dir=folder)
    with pytest.raises(BackendError, match=f"holds writes for index '{name}' at {down}, not for"):
        here.upsert(docs()[:1])
    assert here.count() == 0
    assert len(Spool(folder)) == len(DOCS)


def test_a_spool_from_before_owners_is_left_alone_until_adopted(
    request, tmp_path, monkeypatch, caplog
):
    """``<root>/<index>`` spools of earlier versions do not say which cluster they are for:
    never replayed by themselves, named in a warning, replayed by `index flush --adopt-spool`."""
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(tmp_path))
    name = f"old-{uuid.uuid4().hex[:8]}"
    old = Spool(tmp_path / name)
    old.add_upserts(docs()[1:])
    old.close()
    backend = elastic_backend(request, name, spool_dir=None)
    assert backend.unowned_spool() == (tmp_path / name, len(DOCS) - 1)
    assert backend.upsert(docs()[:1]).new == [DOCS[0]["id"]]
    assert backend.count() == 1
    warned = [r.getMessage() for r in caplog.records if r.name == "search.elastic"]
    assert any(f"spool {tmp_path / name} holds {len(DOCS) - 1} writes" in m for m in warned)
    backend.close()

    adopted = dumawatch(
        "index", "flush", "--index", server_url(), "--es-index", name,
        "--adopt-spool", str(tmp_path / name),
    )  # fmt: skip
    assert adopted.returncode == 0, adopted.stderr
    assert f"новых {len(DOCS) - 1}," in adopted.stderr
    with ElasticBackend(server_url(), index=name) as again:
        assert again.count() == len(DOCS)
        assert again.unowned_spool() is None
    assert len(Spool(tmp_path / name)) == 0


@pytest.fixture(scope="module")
def own_server() -> Iterator[tuple[str, int]]:
    """A plain server of this module's own on a free port, which its tests may stop and start
    (they leave it running); deleted with its data at the end."""
    port = free_port()
    url = run_script("start", port=port, env=FAST_START)
    try:
        yield url, port
    finally:
        run_script("stop", "--purge", port=port, env=FAST_START)


@pytest.mark.slow
def test_server_stopped_then_started_loses_nothing(own_server, tmp_path):
    """Stop the server between writes; a new backend (as after a restart of the crawler) finds
    the spool and replays it on its first write, so every document is stored exactly once."""
    url, port = own_server
    spool_dir = tmp_path / "spool"
    index = f"down-{uuid.uuid4().hex[:8]}"
    options = {"spool_dir": spool_dir, "cooldown": 0.2, "retries": 1, "backoff": 0.05}
    first = ElasticBackend(url, index=index, **options)
    assert first.upsert(docs()[:2]).new == [d["id"] for d in DOCS[:2]]
    run_script("stop", port=port, env=FAST_START)
    try:
        report = first.upsert(docs()[2:])
        assert report.spooled == [d["id"] for d in DOCS[2:]]
        changed = docs()[1]
        changed["body"] += " Дополнение к новости."
        assert first.upsert([changed]).spooled == [changed["id"]]
        with pytest.raises(BackendError, match="нет связи с"):
            first.search(SearchQuery(text="Волков"))
        with pytest.raises(BackendError, match="spooled"):
            first.flush()
        assert first.known([changed["id"]]) == {changed["id"]: changed["content_hash"]}
        assert first.get(changed["id"]) == changed  # the spool answers for what it holds
        with pytest.raises(BackendError, match="нет связи с"):
            first.get(DOCS[0]["id"])
        first.close()
    finally:
        run_script("start", port=port, env=FAST_START)
    second = ElasticBackend(url, index=index, **options)
    assert second.pending() == 4
    again = second.upsert(docs()[4:])  # replays the spool first, then this write
    assert again.unchanged == [DOCS[4]["id"]]
    assert second.pending() == 0
    assert second.count() == len(DOCS)
    stored = {d["id"]: d for d in second.iter_documents()}
    assert stored == {**{d["id"]: d for d in DOCS}, changed["id"]: changed}
    second.drop()
    second.close()


@pytest.mark.slow
def test_crawl_with_server_stopped_midway_indexes_every_article_once(
    own_server, tmp_path, monkeypatch
):
    """A real crawl of the sample site; the server is stopped once a few articles are in, the
    rest of the crawl spools; after a restart the next crawl replays the spool, and the index
    holds every article exactly once."""
    url, port = own_server
    index = f"crawl-{uuid.uuid4().hex[:8]}"
    spool_root = tmp_path / "spool"
    monkeypatch.setenv("DUMAWATCH_ES_INDEX", index)  # read by the crawl's child process too
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(spool_root))
    slow = {
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0.3,  # slow enough that the stop lands mid-crawl
        "CONCURRENT_REQUESTS": 1,
        "EXTRACTION_ENABLED": False,
        "INDEX_BATCH_SIZE": 2,
    }
    stopped = threading.Event()

    def stop_when_some_indexed() -> None:
        es = Elasticsearch(url)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if es.count(index=index)["count"] >= 4:
                    run_script("stop", port=port, env=FAST_START)
                    stopped.set()
                    return
            except Exception:  # noqa: BLE001 - the index does not exist yet
                pass
            time.sleep(0.1)

    with serve() as site:
        stopper = threading.Thread(target=stop_when_some_indexed)
        stopper.start()
        try:
            first = crawl([site.base_url + "/"], url, settings=slow, progress=False)
        finally:
            stopper.join()
            if not stopped.is_set():
                run_script("stop", port=port, env=FAST_START)
            spooled = len(Spool(default_spool_dir(cluster_key(url), index)))
            run_script("start", port=port, env=FAST_START)
        assert stopped.is_set()
        assert first.articles == len(ARTICLES)
        assert 0 < first.new < len(ARTICLES)
        assert spooled == len(ARTICLES) - first.new

        second = crawl(
            [site.base_url + "/"], url, settings={**slow, "DOWNLOAD_DELAY": 0}, progress=False
        )
        assert second.new == 0 and second.updated == 0

        with ElasticBackend(url, index=index) as backend:  # the spool of $DUMAWATCH_SPOOL
            assert backend.pending() == 0
            stored = list(backend.iter_documents())
            assert sorted(d["url"] for d in stored) == sorted(
                site.base_url + a.path for a in ARTICLES
            )
            assert len({d["id"] for d in stored}) == len(ARTICLES)
            backend.drop()
