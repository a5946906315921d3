"""The person registry taken forward document by document (only the new or changed documents
read, only the keys they reach grouped again) equals the registry built from scratch, on both
backends, through additions, updates, removals and curation. Texts are our own."""

from __future__ import annotations

import random
import uuid

import pytest

from search import SearchQuery
from search import person_registry as pr
from search.person_registry import merge, registry, split
from tests.search.test_person_registry import _doc, _load, _open

SURNAMES = [("Морозов", "Морозова"), ("Иванов", "Иванова"), ("Петров", "Петрова"),
            ("Соколов", "Соколова"), ("Зайцев", "Зайцева")]  # fmt: skip
FIRSTS = [("Дмитрий", "Олегович", 0), ("Сергей", "Иванович", 0), ("Анна", "Петровна", 1),
          ("Алексей", "Сергеевич", 0), ("Андрей", "Павлович", 0)]  # fmt: skip
PLACES = [None, None, "Калуга", "Тверь"]


def _person(rng: random.Random, text: list[str]) -> dict:
    last_pair, (first, middle, fem) = rng.choice(SURNAMES), rng.choice(FIRSTS)
    last = last_pair[fem]
    style = rng.choice(["full", "short", "initials"])
    if style == "full":
        name, key_first, parts = f"{first} {middle} {last}", first.lower(), (first, middle)
    elif style == "short":
        name, key_first, parts = f"{first} {last}", first.lower(), (first, None)
    else:
        name, key_first, parts = f"{first[0]}. {middle[0]}. {last}", first[0].lower(), (
            first[0] + ".", middle[0] + ".")  # fmt: skip
    start = sum(len(t) + 1 for t in text)
    text.append(f"{name} выступил на встрече.")
    place = rng.choice(PLACES)
    return {
        "key": f"{last.lower()} {key_first}",
        "name": name,
        "last": last,
        "first": parts[0],
        "middle": parts[1],
        "posts": [{"title": "глава", "org": None, "place": place, "status": "current"}]
        if place
        else [],
        "mentions": [[start, start + len(name)]],
    }


def _random_doc(rng: random.Random, n: int) -> dict:
    text: list[str] = []
    people = [_person(rng, text) for _ in range(rng.randint(1, 3))]
    return _doc(f"r{n:03d}", " ".join(text), people, f"2024-{1 + n % 12:02d}-10")


def _snapshot(reg: pr.Registry) -> dict:
    return {
        i.key: (i.name, tuple(i.keys), tuple(sorted(i.names)), tuple(sorted(i.documents)),
                tuple(sorted((k, tuple(sorted(d))) for k, d in i.excluded.items() if d)),
                None if i.only is None else tuple(sorted((k, tuple(sorted(d)))
                                                         for k, d in i.only.items())))
        for i in reg.identities.values()
    }  # fmt: skip


TYPED = ["Морозов", "Д. О. Морозов", "Морозова Анна", "Иванову", "Сергей Иванович Петров",
         "петров а", "СОКОЛОВ", "Зайцевой А.П.", "Андрей Павлович", "Кузнецов"]  # fmt: skip


def _named_by_scan(reg: pr.Registry, value: str) -> list[str]:
    """What ``Registry.named`` gives, found by comparing the name with every identity."""
    exact = reg.find(value)
    if exact is not None:
        return [exact.key]
    query = pr.NameQuery(value)
    return [i.key for i in reg.identities.values()
            if any(query.matches(k, n) for k, n in i.pairs())]  # fmt: skip


def _from_scratch(backend) -> dict:
    cached = pr._cache.pop(backend, None)
    try:
        return _snapshot(registry(backend))
    finally:
        if cached is not None:
            pr._cache[backend] = cached


@pytest.mark.parametrize("kind", ["sqlite", "elasticsearch"])
def test_taken_forward_equals_built_anew(kind, tmp_path, request):
    backend = _open(kind, tmp_path, request, f"inc-{uuid.uuid4().hex[:8]}")
    rng = random.Random(7)
    docs = [_random_doc(rng, n) for n in range(40)]
    _load(backend, docs)
    first = registry(backend)
    assert first.regrouped == len(first.people)
    steps = 0
    regrouped = []
    for step in range(12):
        op = step % 4
        if op == 0:  # new documents
            _load(backend, [_random_doc(rng, 100 + step * 3 + i) for i in range(2)])
        elif op == 1:  # a document re-extracted with other people
            again = _random_doc(rng, rng.randrange(40))
            again["content_hash"] += f"-{step}"
            _load(backend, [again])
        elif op == 2:  # a document removed
            backend.delete([f"r{rng.randrange(40):03d}"])
            if hasattr(backend, "refresh"):
                backend.refresh()
        else:  # a new decision: everything grouped again, nothing read again
            reg = registry(backend)
            ident = sorted(reg.identities.values(), key=lambda i: i.key)[step % 5]
            if len(ident.documents) > 1:
                split(backend, ident.key, sorted(ident.documents)[:1])
            else:
                others = sorted(k for k in reg.identities if k != ident.key)
                merge(backend, [ident.key, others[0]])
        reg = registry(backend)
        regrouped.append(reg.regrouped)
        assert _snapshot(reg) == _from_scratch(backend), f"step {step}"
        for value in TYPED:  # the name lookup's index narrows, never changes, the answer
            assert [i.key for i in reg.named(value)] == _named_by_scan(reg, value), value
        steps += 1
    assert steps == 12
    # the newest document removed and another written before the registry is read again:
    # SQLite may give the new one the removed one's rowid
    _load(backend, [_random_doc(rng, 200)])
    registry(backend)
    backend.delete(["r200"])
    _load(backend, [_random_doc(rng, 201)])
    assert _snapshot(registry(backend)) == _from_scratch(backend)
    assert "r200" not in {d for i in registry(backend).identities.values() for d in i.documents}
    # documents arriving regroup only the keys they reach, not every key
    assert min(regrouped[0::4]) < len(registry(backend).people)
    # and the filter reads the registry taken forward
    key = sorted(registry(backend).identities)[0]
    total = backend.search(SearchQuery(person=key, limit=0)).total
    assert total == len(registry(backend).identities[key].documents)
    backend.close()
