"""The people facet lists identities, not extraction keys, on both backends: one entry per
person valued by its stable key (a working ``--person``), labelled with the fullest name, each
matching document counted once; after a split each identity counts only its own documents.
The same facet reaches ``dumawatch search --json``, ``GET /api/search`` and the search page.
Texts are our own."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import threading
import uuid

import pytest
from fastapi.testclient import TestClient

from benchmarks.person_registry_refresh import document
from dumawatch.api import create_app
from search import SearchQuery
from search.person_registry import merge, registry, rename, split
from tests.app.test_cli import dumawatch
from tests.search.test_person_registry import FULL, _doc, _load, _open, _p, corpus

MAIN = "морозов дмитрий"
B9 = "Дмитрий Морозов и Д. О. Морозов — одно лицо: так подписан протокол заседания."


def both_forms() -> dict:
    """A document naming one person under both of his keys."""
    return _doc("d9", B9, [
        _p(MAIN, "Дмитрий Морозов", B9, "Дмитрий Морозов"),
        _p("морозов д", "Д. О. Морозов", B9, "Д. О. Морозов", first="Д.", middle="О."),
    ], day="2024-03-05")  # fmt: skip


def people(backend, size: int = 20, **query) -> list[tuple[str, str, int]]:
    result = backend.search(SearchQuery(limit=0, facet_size=size, **query))
    return [(f.value, f.label, f.count) for f in result.facets["people"]]


@pytest.fixture(params=["sqlite", "elasticsearch"])
def index(request, tmp_path):
    name = f"facet-{uuid.uuid4().hex[:8]}"
    backend = _open(request.param, tmp_path, request, name)
    _load(backend, [*corpus(), both_forms()])
    yield request.param, name, backend
    backend.close()


def _agrees_with_filter(backend, facets: list[tuple[str, str, int]], **query) -> None:
    """Every entry filters as ``--person`` to exactly the documents it counts."""
    for value, _, count in facets:
        assert backend.search(SearchQuery(person=value, limit=0, **query)).total == count, value


def test_one_entry_per_identity(index):
    _, _, backend = index
    facets = people(backend)
    assert facets[0] == (MAIN, FULL, 4)  # d1, d2, d3 and d9 (which has both keys) once
    values = [v for v, _, _ in facets]
    assert "морозов д" not in values and len(values) == len(set(values))
    # namesakes told apart by place are two entries, each with its own document
    assert ("иванов сергей", "Сергей Иванов", 1) in facets
    assert ("иванов сергей@тула", "Сергей Иванов", 1) in facets
    # an initial compatible with two full names stays its own entry
    assert {"петров а", "петров алексей", "петрова анна"} <= set(values)
    assert sum(n for _, _, n in facets) == 10
    _agrees_with_filter(backend, facets)
    # with query text and with a filter, the facet counts the matching documents only
    assert people(backend, text="постановление") == [(MAIN, FULL, 1)]
    facets = people(backend, person="Д. О. Морозов")
    assert facets == [(MAIN, FULL, 4)]
    # the cut keeps the top identity, not the top raw key
    assert people(backend, size=1) == [(MAIN, FULL, 4)]


def test_split_merge_and_rename_show_in_the_facet(index):
    _, _, backend = index
    new = split(backend, MAIN, ["d3"])
    facets = people(backend)
    assert (MAIN, FULL, 3) in facets and (new.key, "Дмитрий Морозов", 1) in facets
    _agrees_with_filter(backend, facets)
    # the split-off person's facet when filtering by him: only his document
    assert people(backend, person=new.key) == [(new.key, "Дмитрий Морозов", 1)]
    assert people(backend, person=MAIN)[0] == (MAIN, FULL, 3)
    renamed = rename(backend, new.key, "Дмитрий Андреевич Морозов")
    assert (renamed.key, "Дмитрий Андреевич Морозов", 1) in people(backend)
    merge(backend, [MAIN, new.key])
    facets = people(backend)
    assert facets[0][0] == MAIN and facets[0][2] == 4
    assert new.key not in [v for v, _, _ in facets]
    _agrees_with_filter(backend, facets)
    # splitting a split-off person's document again: the newest split owns it, once
    later = split(backend, "иванов сергей@тула", ["d8"])
    after = people(backend)
    assert (later.key, "Сергей Иванов", 1) in after and len(after) == len(facets)
    assert "иванов сергей@тула" not in [v for v, _, _ in after]
    _agrees_with_filter(backend, after)
    if backend.capabilities.reindex:  # the curated identities outlive a reindex
        backend.reindex()
        assert people(backend) == after


def test_new_documents_join_their_identity_in_the_facet(index):
    _, _, backend = index
    body = "Дмитрий Олегович Морозов провёл приём граждан в Заречном районе."
    _load(backend, [_doc("d10", body, [_p(MAIN, FULL, body, FULL, middle="Олегович")])])
    assert people(backend)[0] == (MAIN, FULL, 5)


def test_cli_api_and_page_show_identities(index, tmp_path):
    kind, name, _ = index
    if kind == "sqlite":
        target, options, extra = f"sqlite:///{tmp_path}/index.db", None, []
    else:
        target = os.environ["DUMAWATCH_ES_URL"]
        options, extra = {"index": name}, ["--es-index", name]
    proc = dumawatch("search", "--index", target, *extra, "--json")
    assert proc.returncode == 0, proc.stderr
    cli = json.loads(proc.stdout)["facets"]["people"]
    assert cli[0] == {"value": MAIN, "label": FULL, "count": 4}
    with TestClient(create_app(target, str(tmp_path / "state.db"), index_options=options)) as api:
        got = api.get("/api/search", params={"limit": 0})
        assert got.status_code == 200, got.text
        assert got.json()["facets"]["people"] == cli
        page = api.get("/", params={"q": "Морозов"}).text
        facet = page[page.index('data-facet="people"') : page.index('data-facet="regions"')]
        assert facet.count("Морозов") == 1 and FULL in facet
        # the entry's link filters by the identity's key, and the filtered page marks it
        link = re.search(r'href="([^"]*person=[^"]*)"', facet)
        assert link is not None
        chosen = api.get(link.group(1).replace("&amp;", "&"))
        assert chosen.status_code == 200
        found = set(re.findall(r'href="/documents/([^"]+)"', chosen.text))
        assert found == {"d1", "d2", "d3", "d9"}


def _export(kind: str, name: str, tmp_path, fmt: str, *flags: str) -> str:
    if kind == "sqlite":
        target, extra = f"sqlite:///{tmp_path}/index.db", []
    else:
        target, extra = os.environ["DUMAWATCH_ES_URL"], ["--es-index", name]
    out = tmp_path / f"export.{fmt}"
    proc = dumawatch("export", "--index", target, *extra, "--format", fmt, "-o", str(out), *flags)
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8")


def test_exports_carry_the_identity_beside_the_raw_key(index, tmp_path):
    kind, name, backend = index
    new = split(backend, MAIN, ["d3"])
    lines = [json.loads(line) for line in _export(kind, name, tmp_path, "jsonl").splitlines()]
    by_doc = {d["id"]: d for d in lines}
    assert len(by_doc) == 8
    seen = {(d["id"], p["key"]): (*d["person_identities"][p["key"]].values(), p["name"])
            for d in lines for p in d["people"]}  # fmt: skip
    assert seen[("d2", "морозов д")] == (MAIN, FULL, "Д. О. Морозов")
    assert seen[("d9", "морозов д")] == (MAIN, FULL, "Д. О. Морозов")
    assert seen[("d9", MAIN)] == (MAIN, FULL, "Дмитрий Морозов")
    # the split-off mention and the namesake told apart by place: their own identities
    assert seen[("d3", MAIN)] == (new.key, "Дмитрий Морозов", "Дмитрий Морозов")
    assert seen[("d8", "иванов сергей")][0] == "иванов сергей@тула"
    assert seen[("d4", "иванов сергей")][0] == "иванов сергей"
    # people stay exactly as stored (as extraction gave them); the identities are beside them
    assert by_doc["d9"]["people"] == backend.get("d9")["people"]
    assert list(by_doc["d9"]["person_identities"]) == [MAIN, "морозов д"]
    # CSV: the document's raw keys and identities side by side, in the order of «people»
    table = list(csv.DictReader(io.StringIO(_export(kind, name, tmp_path, "csv")[1:])))
    row = next(r for r in table if r["id"] == "d9")
    assert row["person_keys"] == f"{MAIN}; морозов д"
    assert row["identity_keys"] == f"{MAIN}; {MAIN}"
    assert row["identity_names"] == f"{FULL}; {FULL}"
    # long facts CSV, filtered: each person row names its identity
    text = _export(kind, name, tmp_path, "facts-csv", "--person", MAIN)
    facts = list(csv.DictReader(io.StringIO(text[1:])))
    assert {r["document_id"] for r in facts} == {"d1", "d2", "d9"}
    assert {(r["person_key"], r["identity_key"], r["identity_name"]) for r in facts} == {
        (MAIN, MAIN, FULL),
        ("морозов д", MAIN, FULL),
    }


def test_a_name_two_people_go_by_offers_both(index, tmp_path):
    kind, name, backend = index
    target = (
        f"sqlite:///{tmp_path}/index.db" if kind == "sqlite" else os.environ["DUMAWATCH_ES_URL"]
    )
    options = None if kind == "sqlite" else {"index": name}
    with TestClient(create_app(target, str(tmp_path / "state.db"), index_options=options)) as api:
        one = api.get("/api/people/Дмитрий Морозов")
        assert one.status_code == 200 and one.json()["key"] == MAIN
        new = split(backend, MAIN, ["d3"])
        both = api.get("/api/people/Дмитрий Морозов")
        assert both.status_code == 300, both.text
        assert {p["value"] for p in both.json()["people"]} == {MAIN, new.key}
        # by key each is one person again
        assert api.get(f"/api/people/{new.key}").json()["documents"] == 1
        page = api.get("/people/Дмитрий Морозов")
        assert page.status_code == 200 and "несколько человек" in page.text
        links = set(re.findall(r'<a href="/people/([^"]+)"', page.text))
        assert len(links) == 2
        for link in links:
            assert api.get(f"/people/{link}").status_code == 200
        assert api.get("/api/people/Пётр Никаноров").status_code == 404


@pytest.mark.parametrize("kind", ["sqlite", "elasticsearch"])
def test_the_facet_counts_what_the_registry_says_each_identity_owns(kind, tmp_path, request):
    """Many people with initials and full names, several splits and merges: every identity's
    count is the number of documents holding a mention it owns (read from the registry one
    document at a time), with and without query text."""
    backend = _open(kind, tmp_path, request, f"facet-{uuid.uuid4().hex[:8]}")
    rng = random.Random(7)
    pool = ["Иванов", "Петров", "Сидоров", "Козлов", "Лебедев"]
    docs = [document(n, rng, pool) for n in range(240)]
    for n, doc in enumerate(docs):  # some documents name a person in full and by initial
        first, last = doc["people"][0]["first"], doc["people"][0]["last"]
        if n % 9 == 0 and len(first) > 2:
            initial = {"key": f"{last.lower()} {first[0].lower()}", "name": f"{first[0]}. {last}",
                       "first": f"{first[0]}."}  # fmt: skip
            doc["people"].append({**doc["people"][0], **initial})
        if n % 2:
            doc["body"] = doc["body"].replace("дороги", "мосты")
    _load(backend, docs)
    listing = registry(backend).listing()
    for ident in listing[:4]:
        split(backend, ident.key, sorted(ident.documents)[:3])
    merge(backend, [listing[5].key, listing[6].key])
    split(backend, listing[5].key, sorted(registry(backend).find(listing[5].key).documents)[-2:])
    reg = registry(backend)
    owners = [[reg.owner(p["key"], d["id"]).key for p in d["people"]] for d in docs]
    assert any(len(set(o)) < len(o) for o in owners)  # one person twice in a document
    assert any(i.only for i in reg.identities.values())  # split-off people
    assert any(len(i.keys) > 1 and not i.only for i in reg.identities.values())
    for text in ("", "дороги"):
        want: dict[str, set[str]] = {}
        for doc in docs:
            if text and text not in doc["body"]:
                continue
            for p in doc["people"]:
                owner = reg.owner(p["key"], doc["id"])
                want.setdefault(owner.key, set()).add(doc["id"])
        got = {v: n for v, _, n in people(backend, size=1000, text=text)}
        assert got == {k: len(d) for k, d in want.items()}
        top = people(backend, size=5, text=text)
        assert [n for _, _, n in top] == sorted((len(d) for d in want.values()), reverse=True)[:5]
    backend.close()


def test_person_filters_in_other_threads_leave_the_facet_by_identity(index):
    """A server answers searches in threads: one resolving ``--person`` (which marks the
    registry busy) never turns another's facet back into raw keys."""
    _, _, backend = index
    stop = threading.Event()

    def filtering() -> None:
        while not stop.is_set():
            backend.search(SearchQuery(person="Д. О. Морозов", limit=0))

    worker = threading.Thread(target=filtering)
    worker.start()
    try:
        seen = {v for _ in range(40) for v, _, _ in people(backend)}
    finally:
        stop.set()
        worker.join()
    assert "морозов д" not in seen and MAIN in seen
