"""Elasticsearch-only: every way of pointing at the wrong server ends in one line a person can
act on, and a rejected document never half-changes the index. Authentication is tested against
the secured server `.ci/run` starts (``scripts/elasticsearch.sh start --secure``)."""

from __future__ import annotations

import json
import socket
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from search import SearchQuery
from search.backend import BackendError
from search.elastic import ElasticBackend
from tests.contract.documents import DOCS, docs
from tests.es_server import (
    elastic_backend,
    raw_client,
    secure_credentials,
    secure_server_url,
    server_url,
)


def serve(headers: dict[str, str], body: dict) -> Iterator[str]:
    """A real HTTP server on a free port answering every request with ``body``."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            for k, v in {"Content-Type": "application/json", **headers}.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_PUT = do_POST = do_HEAD = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def not_elasticsearch() -> Iterator[str]:
    yield from serve({}, {"hello": "I am a web page"})


@pytest.fixture
def old_elasticsearch() -> Iterator[str]:
    yield from serve(
        {"X-Elastic-Product": "Elasticsearch"},
        {"nodes": {"n1": {"version": "7.10.2"}}, "version": {"number": "7.10.2"}},
    )


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_unreachable_server(tmp_path):
    backend = ElasticBackend(closed_port_url(), index="x", spool=False, retries=0)
    with pytest.raises(BackendError, match="cannot reach Elasticsearch at http://127.0.0.1:"):
        backend.search(SearchQuery(text="Волков"))
    with pytest.raises(BackendError, match="cannot reach"):
        backend.upsert(docs())
    assert backend.health()["ok"] is False


def test_unreachable_server_spools_instead_of_failing(tmp_path):
    backend = ElasticBackend(closed_port_url(), index="x", spool_dir=tmp_path, retries=0)
    assert backend.upsert(docs()).spooled == [d["id"] for d in DOCS]
    assert backend.pending() == len(DOCS)


def test_not_an_elasticsearch_server(not_elasticsearch):
    backend = ElasticBackend(not_elasticsearch, index="x", spool=False)
    with pytest.raises(BackendError, match="is not an Elasticsearch server"):
        backend.search(SearchQuery())


def test_unsupported_server_version(old_elasticsearch):
    backend = ElasticBackend(old_elasticsearch, index="x", spool=False)
    with pytest.raises(BackendError, match=r"Elasticsearch 7\.10\.2 .* is not supported"):
        backend.count()


def test_bad_index_name():
    with pytest.raises(BackendError, match="bad Elasticsearch index name"):
        ElasticBackend(server_url(), index="Новости дума")


def test_plain_index_where_the_alias_should_be(request):
    name = f"plain-{uuid.uuid4().hex[:8]}"
    es = raw_client()
    es.indices.create(index=name)
    request.addfinalizer(lambda: es.indices.delete(index=name))
    with pytest.raises(BackendError, match="is a plain index, not a dumawatch alias"):
        ElasticBackend(server_url(), index=name, spool=False).search(SearchQuery())


def test_index_deleted_under_a_running_backend(request):
    backend = elastic_backend(request, f"gone-{uuid.uuid4().hex[:8]}")
    backend.upsert(docs())
    raw_client().indices.delete(index=backend.indices())
    with pytest.raises(BackendError, match=f"index '{backend.alias}' not found"):
        backend.search(SearchQuery(text="Волков"))


def test_mapping_conflict_names_the_document_and_keeps_the_rest(request):
    backend = elastic_backend(request, f"strict-{uuid.uuid4().hex[:8]}")
    good, bad = docs()[:2]
    bad["comments_count"] = 7  # not in the mapping, which is strict at the top level
    with pytest.raises(BackendError, match=f"rejected document {bad['id']}.*strict"):
        backend.upsert([good, bad])
    assert backend.get(good["id"]) == good
    assert backend.get(bad["id"]) is None
    assert backend.pending() == 0  # a mapping error is not worth retrying, so not spooled


@pytest.fixture
def secure_url() -> str:
    return secure_server_url()


def test_user_and_password(secure_url, tmp_path):
    user, password = secure_credentials()
    index = f"auth-{uuid.uuid4().hex[:8]}"
    backend = ElasticBackend(
        secure_url, index=index, user=user, password=password, spool_dir=tmp_path
    )
    try:
        assert len(backend.upsert(docs()).new) == len(DOCS)
        assert backend.search(SearchQuery(text="Волков")).total == 2
    finally:
        backend.drop()


def test_wrong_or_missing_credentials(secure_url, tmp_path, monkeypatch):
    user, _ = secure_credentials()
    wrong = ElasticBackend(
        secure_url, index="auth", user=user, password="not-the-password", spool_dir=tmp_path
    )
    with pytest.raises(BackendError, match="rejected the credentials"):
        wrong.search(SearchQuery())
    with pytest.raises(BackendError, match="rejected the credentials"):
        wrong.upsert(docs())  # a configuration error, not an outage: never silently spooled
    assert wrong.pending() == 0
    monkeypatch.delenv("DUMAWATCH_ES_USER", raising=False)
    monkeypatch.delenv("DUMAWATCH_ES_PASSWORD", raising=False)
    anonymous = ElasticBackend(secure_url, index="auth", spool=False)
    with pytest.raises(BackendError, match="DUMAWATCH_ES_USER"):
        anonymous.count()


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999", "http://:9200", "http:///x"])
def test_malformed_url(url):
    with pytest.raises(BackendError, match="bad Elasticsearch URL"):
        ElasticBackend(url)


def test_credentials_in_the_url_work_and_never_show_in_messages(secure_url, monkeypatch):
    monkeypatch.delenv("DUMAWATCH_ES_USER", raising=False)
    monkeypatch.delenv("DUMAWATCH_ES_PASSWORD", raising=False)
    user, password = secure_credentials()
    inline = secure_url.replace("://", f"://{user}:{password}@")
    backend = ElasticBackend(inline, index=f"auth-{uuid.uuid4().hex[:8]}", spool=False)
    try:
        assert backend.health()["ok"] is True
    finally:
        backend.drop()
    wrong = secure_url.replace("://", f"://{user}:hunter2-wrong@")
    with pytest.raises(BackendError, match="rejected the credentials") as failure:
        ElasticBackend(wrong, index="auth", spool=False).count()
    assert "hunter2" not in str(failure.value)
