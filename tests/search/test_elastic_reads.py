"""Elasticsearch-only reads: paging through a point in time past any page size."""

from __future__ import annotations

import uuid

import pytest

from tests.es_server import elastic_backend
from tests.search.contract.documents import DOCS, docs


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


def test_a_long_write_reports_each_document_once_per_version(request):
    """A write longer than one bulk request is sent in parts while the next part is encoded: a
    document repeated in a later part is "updated", a repeat in the same part counts once."""
    from search.elastic import PART

    b = elastic_backend(request, f"writes-{uuid.uuid4().hex[:8]}")
    many = []
    for i in range(2 * PART + 50):
        d = docs()[i % len(DOCS)]
        d["id"], d["url"] = f"n{i:04d}", f"https://duma.example.ru/n/{i}/"
        many.append(d)
    # from the second part, whose bulk request may still run while the third part is read
    again = dict(many[PART], body=many[PART]["body"] + " Дополнено.")
    same = dict(many[PART + 1])
    twice = dict(many[-1])  # a repeat within the last part
    report = b.upsert([*many, again, same, twice])
    assert sorted(report.new) == sorted(d["id"] for d in many)
    assert report.updated == [again["id"]] and report.unchanged == [same["id"]]
    b.refresh()
    assert b.count() == len(many)
    assert b.get(again["id"])["body"].endswith("Дополнено.")
    back = b.upsert(many[1:])  # the first versions again: only the changed one differs
    assert back.updated == [again["id"]] and len(back.unchanged) == len(many) - 2
