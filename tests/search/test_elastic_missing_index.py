"""Commands that only read an Elasticsearch index never create it: searching, exporting or
serving an index name that is not there is one line and a non-zero exit, and the server is left
without that index, alias or template. Real server, real CLI processes."""

from __future__ import annotations

import socket
import uuid

import pytest

from search.backend import BackendError
from search.elastic import ElasticBackend
from tests.app.test_cli import dumawatch, one_line_error
from tests.es_server import raw_client, server_url

pytestmark = pytest.mark.elasticsearch


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def left_on_server(name: str) -> list[str]:
    """Every index, alias or index template by that name or with that prefix."""
    es = raw_client()
    found = list(es.indices.get(index=f"{name}*", expand_wildcards="all").body)
    found += list(es.indices.get_alias(name=f"{name}*", ignore_unavailable=True).body)
    templates = es.options(ignore_status=404).indices.get_index_template(name=f"{name}*").body
    found += [t["name"] for t in templates.get("index_templates", [])]
    return found


@pytest.mark.parametrize(
    "command",
    [
        ["search", "бюджет"],
        ["search", "бюджет", "--json"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "csv", "-o", "out.csv"],
        ["serve", "--port", "PORT", "--state", "state.db"],
    ],
)
def test_reading_a_missing_index_is_one_line_and_creates_nothing(tmp_path, command):
    name = f"dw-missing-{uuid.uuid4().hex[:10]}"
    command = [str(closed_port()) if arg == "PORT" else arg for arg in command]
    proc = dumawatch(*command, "--index", server_url(), "--es-index", name, cwd=tmp_path)
    line = one_line_error(proc)
    assert f"нет индекса '{name}'" in line and "dumawatch crawl" in line
    assert left_on_server(name) == []
    assert not (tmp_path / "out.csv").exists()


def test_a_backend_that_may_write_still_creates_its_index():
    name = f"dw-missing-{uuid.uuid4().hex[:10]}"
    with pytest.raises(BackendError, match="нет индекса"):
        ElasticBackend(server_url(), index=name, must_exist=True)
    backend = ElasticBackend(server_url(), index=name, refresh=True)
    try:
        assert backend.count() == 0
        assert name in left_on_server(name)
        with ElasticBackend(server_url(), index=name, must_exist=True) as reader:
            assert reader.count() == 0
    finally:
        backend.drop()
