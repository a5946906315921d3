"""The ``backend`` fixture: every contract test runs against each index backend.

Elasticsearch runs against the servers `.ci/run` starts: ``$DUMAWATCH_ES_URL`` (security off)
and ``$DUMAWATCH_ES_SECURE_URL`` (security on, user and password). An unset URL fails those
tests rather than skipping them, so a green run always means every backend."""

from __future__ import annotations

import uuid

import pytest

from search import open_index
from tests.search.contract.documents import docs

BACKENDS = ["sqlite", "elasticsearch", "elasticsearch-secure"]


@pytest.fixture(params=BACKENDS)
def empty_backend(request, tmp_path):
    if request.param == "sqlite":
        backend = open_index(f"sqlite:///{tmp_path}/index.db")
    else:
        from tests.es_server import elastic_backend

        secure = request.param.endswith("secure")  # the same suite with a user and password
        backend = elastic_backend(request, f"contract-{uuid.uuid4().hex[:8]}", secure=secure)
    yield backend
    backend.close()


@pytest.fixture
def backend(empty_backend):
    empty_backend.upsert(docs())
    if hasattr(empty_backend, "refresh"):
        empty_backend.refresh()
    return empty_backend
