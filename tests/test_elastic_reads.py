"""Elasticsearch-only reads: paging through a point in time past any page size."""

from __future__ import annotations

import uuid

import pytest

from tests.contract.documents import DOCS, docs
from tests.es_server import elastic_backend


@pytest.fixture
def backend(request):
    b = elastic_backend(request, f"reads-{uuid.uuid4().hex[:8]}")
    b.upsert(docs())
    return b


def test_iter_documents_pages_with_search_after(backend):
    backend.page_size = 2  # five documents: three pages through the point in time
    out = list(backend.iter_documents())
    assert [d["id"] for d in out] == sorted(d["id"] for d in DOCS)
    assert out == sorted(DOCS, key=lambda d: d["id"])


def test_iter_documents_sees_a_snapshot(backend):
    backend.page_size = 2
    stream = backend.iter_documents()
    first = next(stream)
    backend.delete([d["id"] for d in DOCS if d["id"] != first["id"]])
    backend.refresh()
    assert len([first, *stream]) == len(DOCS)  # the point in time keeps what was there
    assert backend.count() == 1
