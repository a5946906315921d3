"""Elasticsearch-only: a server that speaks HTTPS with its own CA, as production clusters do.
SQLite has no network, hence backend-specific. The server is this module's own
(``scripts/elasticsearch.sh start --tls`` on a free port), so the test takes a server start."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import pytest

from search import SearchQuery
from search.backend import BackendError
from search.elastic import ElasticBackend
from tests.es_server import run_script, secure_credentials
from tests.search.contract.documents import DOCS, docs

FAST_START = {"ES_EXTRA_JAVA_OPTS": "-XX:TieredStopAtLevel=1"}


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[str, str]]:
    """(https URL, CA certificate path) of a secured server speaking TLS."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = run_script("start", "--tls", port=port, env=FAST_START)
    try:
        yield url, run_script("ca", "--tls", port=port)
    finally:
        run_script("stop", "--tls", "--purge", port=port)


@pytest.fixture
def login(monkeypatch) -> dict:
    for name in ("DUMAWATCH_ES_USER", "DUMAWATCH_ES_PASSWORD", "DUMAWATCH_ES_CA"):
        monkeypatch.delenv(name, raising=False)
    user, password = secure_credentials()
    return {"user": user, "password": password, "spool": False}


@pytest.mark.slow
def test_ca_from_option_or_environment(tls_server, login, monkeypatch):
    url, ca = tls_server
    assert url.startswith("https://")
    backend = ElasticBackend(url, index=f"tls-{uuid.uuid4().hex[:8]}", ca=ca, **login)
    try:
        assert len(backend.upsert(docs()).new) == len(DOCS)
        assert backend.search(SearchQuery(text="Волков")).total == 2
        monkeypatch.setenv("DUMAWATCH_ES_CA", ca)
        with ElasticBackend(url, index=backend.alias, **login) as again:
            assert again.count() == len(DOCS)
    finally:
        backend.drop()


@pytest.mark.slow
def test_unknown_ca_is_a_tls_error_naming_the_setting(tls_server, login):
    url, _ = tls_server
    with pytest.raises(
        BackendError, match="ошибка TLS .*CERTIFICATE_VERIFY_FAILED.*DUMAWATCH_ES_CA"
    ):
        ElasticBackend(url, index="tls", **login).count()


@pytest.mark.slow
def test_plain_http_to_a_tls_server_suggests_https(tls_server, login):
    url, _ = tls_server
    with pytest.raises(BackendError, match=r"нет связи с .*https://\?"):
        ElasticBackend(url.replace("https://", "http://"), index="tls", **login).count()


def test_missing_ca_file(tmp_path):
    with pytest.raises(BackendError, match="CA certificate file .* does not exist"):
        ElasticBackend("https://127.0.0.1:9200", ca=str(tmp_path / "nope.crt"))
