"""Elasticsearch-only reads: paging through a point in time past any page size, and the
per-person timeline (an aggregation SQLite does not offer)."""

from __future__ import annotations

import uuid

import pytest

from search import SearchQuery
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


def test_timeline_by_person_key_or_name(backend):
    assert backend.timeline("волков андрей") == [("2018-03-01", 1), ("2018-11-01", 1)]
    assert backend.timeline("Соколовой", interval="year") == [("2018-01-01", 1), ("2019-01-01", 1)]
    assert backend.timeline("Петров") == []
    assert sum(n for _, n in backend.timeline(interval="year")) == len(DOCS)


def test_what_a_closed_backend_wrote_is_searchable_at_once(request):
    """A crawl writes in its own process and closes; the next reader must see everything
    without waiting for the one-second refresh interval."""
    writer = elastic_backend(request, f"close-{uuid.uuid4().hex[:8]}")
    writer.upsert(docs())  # creates the index, then writes
    writer.close()
    reader = elastic_backend(request, writer.alias)
    reader._setup()  # connects without writing, so it has nothing of its own to refresh
    assert reader.search(SearchQuery(limit=100)).total == len(DOCS)
