"""Elasticsearch-only: every way of pointing at the wrong server ends in one line a person can
act on, and a rejected document never half-changes the index. Authentication is tested against
the secured server `.ci/run` starts (``scripts/elasticsearch.sh start --secure``)."""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import SearchQuery
from search.backend import BackendError
from search.elastic import ElasticBackend
from tests.app.test_cli import dumawatch, one_line_error
from tests.es_server import (
    elastic_backend,
    raw_client,
    secure_credentials,
    secure_server_url,
    server_url,
)
from tests.search.contract.documents import DOCS, docs


def serve(headers: dict[str, str], body: dict, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """A real HTTP server on a free port answering every request with ``body`` (over TLS with
    the ``tls`` context)."""

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
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
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
    with pytest.raises(BackendError, match="нет связи с Elasticsearch на http://127.0.0.1:"):
        backend.search(SearchQuery(text="Волков"))
    with pytest.raises(BackendError, match="нет связи с"):
        backend.upsert(docs())
    assert backend.health()["ok"] is False


def test_unreachable_server_spools_instead_of_failing(tmp_path):
    backend = ElasticBackend(closed_port_url(), index="x", spool_dir=tmp_path, retries=0)
    assert backend.upsert(docs()).spooled == [d["id"] for d in DOCS]
    assert backend.pending() == len(DOCS)


def test_not_an_elasticsearch_server(not_elasticsearch):
    backend = ElasticBackend(not_elasticsearch, index="x", spool=False)
    with pytest.raises(BackendError, match="не сервер Elasticsearch"):
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
    with pytest.raises(BackendError, match=f"индекс '{backend.alias}' не найден"):
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
    with pytest.raises(BackendError, match="не принял учётные данные"):
        wrong.search(SearchQuery())
    with pytest.raises(BackendError, match="не принял учётные данные"):
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
    with pytest.raises(BackendError, match="не принял учётные данные") as failure:
        ElasticBackend(wrong, index="auth", spool=False).count()
    assert "hunter2" not in str(failure.value)


# -- from the command line and the server: one line, and the password never shown -------------

PASSWORD = "Pa55-in-the-url"


def with_password(url: str, password: str = PASSWORD, user: str = "elastic") -> str:
    return url.replace("://", f"://{user}:{password}@", 1)


@pytest.mark.parametrize(
    "command", [["search", "Волков"], ["export"], ["index", "flush"], ["reindex", "--copy-only"]]
)
def test_unreachable_server_from_the_command_line(command, tmp_path, monkeypatch):
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(tmp_path))
    proc = dumawatch(*command, "--index", with_password(closed_port_url()))
    line = one_line_error(proc)
    assert "нет связи с Elasticsearch на http://elastic:***@127.0.0.1:" in line
    assert "Connection refused" in line
    assert PASSWORD not in proc.stdout + proc.stderr


@pytest.mark.parametrize("command", [["search", "Волков"], ["export"], ["index", "flush"]])
def test_wrong_password_from_the_command_line(secure_url, command, tmp_path, monkeypatch):
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(tmp_path))
    for name in ("DUMAWATCH_ES_USER", "DUMAWATCH_ES_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    user, _ = secure_credentials()
    proc = dumawatch(*command, "--index", with_password(secure_url, user=user))
    line = one_line_error(proc)
    assert f"Elasticsearch на http://{user}:***@127.0.0.1:" in line
    assert "не принял учётные данные (HTTP 401)" in line
    assert PASSWORD not in proc.stdout + proc.stderr


@pytest.fixture
def untrusted_https(tmp_path) -> Iterator[str]:
    """An HTTPS server on a free port whose self-signed certificate no CA vouches for."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("no openssl(1) to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    yield from serve({}, {}, context)


def test_untrusted_certificate_from_the_command_line(untrusted_https, monkeypatch):
    monkeypatch.delenv("DUMAWATCH_ES_CA", raising=False)
    proc = dumawatch("search", "x", "--index", with_password(untrusted_https))
    line = one_line_error(proc)
    assert "ошибка TLS с Elasticsearch на https://elastic:***@127.0.0.1:" in line
    assert "CERTIFICATE_VERIFY_FAILED" in line and "DUMAWATCH_ES_CA" in line
    assert PASSWORD not in proc.stdout + proc.stderr


def test_pages_past_the_window_are_one_line_and_a_422(request, tmp_path):
    backend = elastic_backend(request, f"window-{uuid.uuid4().hex[:8]}")
    backend.upsert(docs())
    backend.close()
    options = ["--index", server_url(), "--es-index", backend.alias]
    line = one_line_error(dumawatch("search", "", *options, "--offset", "9995", "--limit", "10"))
    assert "Elasticsearch pages stop at 10,000 results" in line
    app = create_app(
        server_url(),
        str(tmp_path / "state.db"),
        index_options={"index": backend.alias, "spool_dir": tmp_path / "spool"},
    )
    with TestClient(app) as client:
        r = client.get("/api/search", params={"offset": 10_000, "limit": 10})
        assert r.status_code == 422 and "10,000" in r.json()["detail"]
        assert client.get("/api/search", params={"offset": 2}).json()["total"] == len(DOCS)


def test_serve_shows_no_password_at_start_nor_in_answers(tmp_path, monkeypatch):
    """``dumawatch serve`` as a process, on an index URL with a password whose server is down:
    the start-up line, /health and a failing search all name the server without it."""
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    monkeypatch.setenv("DUMAWATCH_SPOOL", str(tmp_path / "spool"))
    target = with_password(closed_port_url())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "dumawatch", "serve", "--index", target, "--port", str(port),
         "--state", str(tmp_path / "state.db")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        first = proc.stderr.readline()  # type: ignore[union-attr]
        assert first.startswith(f"dumawatch: работает на http://127.0.0.1:{port}/ (индекс http://")
        assert "elastic:***@127.0.0.1:" in first and PASSWORD not in first
        answers = []
        for path in ("/health", "/api/search?q=x"):
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30)
                except urllib.error.HTTPError as exc:
                    answers.append((exc.code, exc.read().decode()))
                    break
                except OSError:  # not listening yet
                    assert time.monotonic() < deadline and proc.poll() is None
                    time.sleep(0.2)
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert [code for code, _ in answers] == [503, 503]
    health, search = (json.loads(body) for _, body in answers)
    assert health["index"]["url"].startswith("http://elastic:***@127.0.0.1:")
    assert "нет связи с" in health["index"]["error"]
    assert "нет связи с Elasticsearch на http://elastic:***@" in search["detail"]
    assert PASSWORD not in "".join(body for _, body in answers) + out + err
