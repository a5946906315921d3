"""Elasticsearch mapping 4 counts facets and filters on flat keyword fields and reads the person
registry from doc values; an index of mapping 3 (nested facts only) keeps answering through the
nested path. The same documents in both give the same totals, hits, facets (keys, labels,
counts) and identities. Texts are our own."""

from __future__ import annotations

import hashlib
import uuid

import pytest

import search.es_facets as es_facets
from search import SearchQuery
from search.es_mapping import FLAT, MAPPINGS
from search.person_registry import registry
from tests.search.contract.documents import docs as contract_docs
from tests.search.test_person_registry import corpus


def _org_doc(slug: str, body: str, orgs: list[tuple[str, str]], regions: list[tuple[str, str]]):
    """A document naming organisations (mention, normal form) and regions (code, name)."""
    url = f"https://gorsovet.example.ru/news/{slug}/"
    entities = []
    for mention, normal in orgs:
        start = body.index(mention)
        entities.append(
            {"type": "ORG", "start": start, "end": start + len(mention), "text": mention,
             "normal": normal}
        )  # fmt: skip
    return {
        "id": f"org-{slug}",
        "url": url,
        "source": "gorsovet.example.ru",
        "title": body[:30],
        "published_at": "2024-04-02",
        "body": body,
        "fetched_at": "2024-05-01T10:00:00+00:00",
        "content_hash": hashlib.sha1(body.encode()).hexdigest(),
        "extraction_version": "test-1",
        "entities": entities,
        "people": [],
        "regions": [{"code": c, "name": n, "mentions": []} for c, n in regions],
        "dates": [],
        "figures": [],
    }


def org_docs() -> list[dict]:
    """One organisation written three ways (the commonest name must label it, a tie goes to
    the first name in order) and regions named two ways."""
    a = "Городская дума обсудила бюджет, депутаты городской думы спорили."
    b = "Депутаты Городской Думы утвердили план работ на весну."
    c = "Дума города приняла отчёт мэрии о работе транспорта."
    d = "Мэрия города и городская дума провели встречу с жителями."
    return [
        _org_doc("a", a, [("Городская дума", "городская дума")], [("RU-TVE", "Тверская область")]),
        _org_doc("b", b, [("Городской Думы", "Городская Дума")], [("RU-TVE", "Тверская обл.")]),
        _org_doc("c", c, [("Дума города", "городская дума"), ("мэрии", "мэрия")],
                 [("RU-TVE", "Тверская область"), ("RU-KLU", "Калужская область")]),
        _org_doc("d", d, [("Мэрия города", "Мэрия"), ("городская дума", "городская дума")],
                 [("RU-KLU", "Калужская обл.")]),
    ]  # fmt: skip


def every_doc() -> list[dict]:
    return [*contract_docs(), *corpus(), *org_docs()]


QUERIES = [
    SearchQuery(limit=50, facet_size=20),
    SearchQuery(limit=50, facet_size=1),
    SearchQuery(text="дума", limit=50, facet_size=5, histogram="month"),
    SearchQuery(region="RU-TVE", limit=50, facet_size=20),
    SearchQuery(region="Калужская область", limit=50, facet_size=20),
    SearchQuery(org="городская дума", limit=50, facet_size=20),
    SearchQuery(person="Дмитрий Морозов", limit=50, facet_size=20),
    SearchQuery(person="иванов сергей", limit=50, facet_size=20),
]


def answers(backend) -> list:
    out = []
    for q in QUERIES:
        r = backend.search(q)
        facets = {
            name: [(f.value, f.label, f.count) for f in values]
            for name, values in sorted(r.facets.items())
        }
        out.append((r.total, [h.id for h in r.hits], facets, r.histogram))
    return out


def identities(backend) -> list:
    reg = registry(backend)
    return sorted(
        (i.key, i.name, sorted(i.keys), sorted(i.names), sorted(i.documents),
         sorted((k, sorted(d)) for k, d in i.excluded.items()))
        for i in reg.identities.values()
    )  # fmt: skip


def mapping_3_index(request, alias: str):
    """An alias onto an index as mapping 3 made it: nested facts only, every field in the
    stored source; documents are then written by this version's backend."""
    from tests.es_server import elastic_backend, raw_client

    props = {k: v for k, v in MAPPINGS["properties"].items() if k not in FLAT}
    old = {k: v for k, v in MAPPINGS.items() if k not in ("_source", "properties", "_meta")} | {
        "_meta": {"dumawatch_mapping": 3},
        "properties": props,
    }
    raw_client().indices.create(index=f"{alias}-v3-1", mappings=old, aliases={alias: {}})
    return elastic_backend(request, alias)


@pytest.fixture
def pair(request):
    from tests.es_server import elastic_backend

    name = uuid.uuid4().hex[:8]
    flat = elastic_backend(request, f"flat-{name}")
    nested = mapping_3_index(request, f"nested-{name}")
    for backend in (flat, nested):
        backend.upsert(every_doc())
        backend.refresh()
    yield flat, nested
    flat.close()
    nested.close()


def test_flat_fields_answer_as_the_nested_facts(pair):
    flat, nested = pair
    assert flat._flat and not nested._flat
    # the mapping 3 index holds no flat field; the mapping 4 one counts on them
    holders = [
        b._es.count(index=b.alias, query={"exists": {"field": "org_keys"}})["count"]
        for b in (flat, nested)
    ]
    assert holders[0] >= 4 and holders[1] == 0
    got = answers(flat)
    assert got == answers(nested)
    everything = got[0][2]
    # four documents, three of them with the lower-case name; «мэрия» one each: a tie
    assert ("городской дума", "городская дума", 4) in everything["orgs"]
    assert ("мэрия", "Мэрия", 2) in everything["orgs"]
    assert ("RU-TVE", "Тверская область", 3) in everything["regions"]
    assert ("RU-KLU", "Калужская область", 4) in everything["regions"]
    for doc in every_doc():
        assert flat.get(doc["id"]) == doc == nested.get(doc["id"])


def test_names_missing_from_the_pairs_come_from_the_nested_facts(pair, monkeypatch):
    flat, nested = pair
    expected = answers(nested)
    monkeypatch.setattr(es_facets, "label_scan", lambda scan: 1)
    calls = []
    real = flat._nested_labels
    monkeypatch.setattr(flat, "_nested_labels", lambda *a: calls.append(a) or real(*a))
    assert answers(flat) == expected
    assert calls


def test_registry_from_doc_values_is_the_registry_from_sources(pair):
    flat, nested = pair
    assert identities(flat) == identities(nested)
    assert len(identities(flat)) >= 5
