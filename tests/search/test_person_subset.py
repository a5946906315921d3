"""A ``--person`` value answered without the whole registry gives what the whole registry
gives, on both backends: the same mentions to filter by, the same identities named, the same
hits — over namesakes, case forms, initials, a fleeting vowel, a merge across surnames, a
split and a rename. Texts are our own."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from extraction.lang.names import NameQuery
from search import SearchQuery, open_index
from search import person_registry as pr
from search.person_registry import merge, registry, registry_for, rename, split
from search.person_subset import subset_registry
from search.profiles import person_profile
from tests.search.test_person_registry import _doc, _load, _open, _p, corpus

FILLER = [
    ("соколова ирина", "Ирина Соколова"),
    ("лебедев павел", "Павел Лебедев"),
    ("новиков артем", "Артём Новиков"),
    ("федоров игорь", "Игорь Фёдоров"),
    ("зайцева мария", "Мария Зайцева"),
    ("павлов денис", "Денис Павлов"),
]


def _one(slug: str, key: str, name: str, place: str | None = None, **parts) -> dict:
    body = f"На заседании выступил {name}, он рассказал о планах на год."
    return _doc(slug, body, [_p(key, name, body, name, place, **parts)])


def more() -> list[dict]:
    body = "Иван Орёл и Олег Кузнецов обсудили бюджет."
    docs = [
        # a fleeting vowel: «орла ивана» (oblique) is «орёл иван»; the keys begin differently
        _one("o1", "орёл иван", "Иван Орёл"),
        _one("o2", "орла ивана", "Ивана Орла", last="Орла", first="Ивана"),
        _doc(
            "o3",
            body,
            [
                _p("орёл иван", "Иван Орёл", body, "Иван Орёл"),
                _p("кузнецов олег", "Олег Кузнецов", body, "Олег Кузнецов"),
            ],
        ),  # fmt: skip
        # one person under two surnames (merged by hand) and an initial of the second
        _one("k1", "кузнецов олег", "Олег Кузнецов"),
        _one("k2", "смирнов олег", "Олег Смирнов"),
        _one("k3", "смирнов о", "О. Смирнов", first="О."),
        _one("b1", "белов алексей", "Алексей Белов"),
        # keys written by another extractor: transliterated, the surname only in ``last``
        _one("t1", "belova_elena", "Елена Белова", last="Белова"),
        _one("t2", "белова е", "Е. Белова", first="Е."),
    ]
    docs += [_one(f"f{n}", k, name) for n, (k, name) in enumerate(FILLER)]
    docs += [_one(f"g{n}", k, name) for n, (k, name) in enumerate(FILLER)]
    return docs


VALUES = [
    "Морозов", "Морозову", "Д. О. Морозов", "Морозов Д.", "Дмитрий Морозов", "морозов д",
    "Иванов", "Ивановым", "Сергей Иванов", "Сергея Иванова", "Иванова", "Петров", "Петров А.",
    "Анна Петрова", "А. Петров", "Петровой", "Орёл", "Орла", "Иван Орёл", "Ивана Орла", "орел",
    "Кузнецов", "Смирнов", "О. Смирнов", "Смирнову", "Белов", "Алексей Белов", "Белова",
    "Соколова", "Лебедев", "Неизвестный Человек", "Зайцев", "Елена Белова", "Е. Белова",
]  # fmt: skip


@pytest.fixture(params=["sqlite", "elasticsearch"])
def curated(request, tmp_path):
    name = f"subset-{uuid.uuid4().hex[:8]}"
    backend = _open(request.param, tmp_path, request, name)
    _load(backend, corpus() + more())
    split(backend, "морозов дмитрий", ["d3"])
    merge(backend, ["кузнецов олег", "смирнов олег"])
    rename(backend, "петров алексей", "Алексей Петрович Белов")
    yield backend
    backend.close()


def _forget(backend) -> None:
    """As in a new process: no registry read yet, no subset read either."""
    pr._cache.pop(backend, None)
    pr._spent.pop(backend, None)


def _matched(reg: pr.Registry, value: str) -> list[str]:
    """The stored keys a backend's name matcher picks (by key and display names)."""
    query = NameQuery(value)
    return sorted(
        k for k, rec in reg.people.items() if any(query.matches(k, n) for n in rec.names or [k])
    )


def _ids(idents: list[pr.Identity]) -> list[tuple]:
    return sorted((i.key, i.name, i.keys, i.names, sorted(i.documents)) for i in idents)


def test_subset_answers_as_the_whole_registry(curated):
    backend = curated
    full = registry(backend)
    values = VALUES + sorted(full.people) + sorted(full.identities)
    values += sorted({n for i in full.identities.values() for n in i.names})
    for value in values:
        for matched in ([], _matched(full, value)):
            _forget(backend)
            got = pr.person_filter(backend, value, matched)
            assert backend not in pr._cache, value  # answered without the whole registry
            assert got == full.person_filter(value, matched), (value, matched)
        _forget(backend)
        assert _ids(pr.named(backend, value)) == _ids(full.named(value)), value
    assert _ids(full.named("Белов")) != _ids([])  # the rename is found by its new name
    assert {i.key for i in full.named("Кузнецов")} == {"кузнецов олег"}
    assert "смирнов о" in full.find("кузнецов олег").keys  # the merge holds the initial
    assert full.find("орла ивана") is full.find("орёл иван")  # the fleeting vowel
    assert full.find("белова е") is full.find("belova_elena")  # grouped by ``last``


def test_search_hits_are_the_same(curated):
    backend = curated
    for value in VALUES + ["морозов дмитрий", "иванов сергей@тула"]:
        query = SearchQuery(person=value, limit=50, facet_size=0)
        _forget(backend)
        narrow = backend.search(query)
        assert backend not in pr._cache, value
        registry(backend)
        whole = backend.search(query)
        assert (narrow.total, [h.id for h in narrow.hits]) == (
            whole.total,
            [h.id for h in whole.hits],
        ), value


def _council(slug: str, people: list[tuple[str, str]]) -> dict:
    body = "На заседании совета " + ", ".join(name for _, name in people) + " обсудили смету."
    return _doc(slug, body, [_p(key, name, body, name) for key, name in people])


def _others(n: int) -> list[dict]:
    """Documents of someone else: a facet's subset may read at most half of an index."""
    return [_one(f"x{i}", "гаврилова нина", "Нина Гаврилова") for i in range(n)]


FACET_VALUES = [
    "Морозов", "Кузнецов", "Смирнов", "О. Смирнов", "Орла", "Иванов", "иванов сергей@тула",
    "морозов дмитрий~d3", "Белова", "Петров", "Лебедев", "Соколова",
]  # fmt: skip


def test_people_facet_is_the_same(curated):
    """The people facet of a process that has read no registry equals the whole registry's:
    identities, names, counts and order, over merges, splits, namesakes and a rename."""
    backend = curated
    _load(
        backend,
        [
            _council("c1", [("морозов д", "Д. О. Морозов"), ("смирнов о", "О. Смирнов"),
                            ("орла ивана", "Ивана Орла")]),
            _council("c2", [("смирнов олег", "Олег Смирнов"), ("кузнецов олег", "Олег Кузнецов"),
                            ("соколова ирина", "Ирина Соколова")]),
            _council("c3", [("морозов дмитрий", "Дмитрий Морозов"), ("белова е", "Е. Белова"),
                            ("лебедев павел", "Павел Лебедев")]),
        ]
        + _others(80),
    )  # fmt: skip
    queries = [SearchQuery(person=v, limit=5, facet_size=20) for v in FACET_VALUES]
    queries += [SearchQuery(text="смету", facet_size=20), SearchQuery(facet_size=20)]
    queries += [SearchQuery(person="Морозов", facet_size=1)]
    fresh = []
    for query in queries:
        _forget(backend)
        fresh.append(backend.search(query).facets["people"])
        if query.person or query.text:
            assert backend not in pr._cache, query  # no whole registry was read
        else:  # every key and document: the whole registry is as cheap, and kept
            assert backend in pr._cache
    registry(backend)
    for query, got in zip(queries, fresh, strict=True):
        assert backend.search(query).facets["people"] == got, query
    by_key = {f.value: f for f in fresh[FACET_VALUES.index("Кузнецов")]}
    assert by_key["кузнецов олег"].count == 6  # k1, k2, k3, o3, c1, c2: one person, merged
    smeta = {f.value: (f.label, f.count) for f in fresh[len(FACET_VALUES)]}
    assert smeta["морозов дмитрий"] == ("Дмитрий Олегович Морозов", 2)  # c1's initials, c3
    morozov = {f.value: f.count for f in fresh[FACET_VALUES.index("Морозов")]}
    assert morozov["морозов дмитрий~d3"] == 1 and morozov["морозов дмитрий"] == 4  # the split
    assert smeta["кузнецов олег"] == ("Олег Кузнецов", 2)  # c1's «О. Смирнов», c2: merged
    assert smeta["орла ивана"] == ("Иван Орёл", 1)  # «Ивана Орла» named as the whole knows him
    assert smeta["belova_elena"] == ("Елена Белова", 1)  # «Е. Белова» grouped by ``last``


def test_subset_reads_only_the_surname(curated):
    backend = curated
    full = registry(backend)
    decisions = pr.Decisions(backend).load()
    sub = subset_registry(backend, "Морозову", [], decisions)
    assert sub is not None
    assert set(sub.people) == {"морозов д", "морозов дмитрий"}
    sub = subset_registry(backend, "Кузнецов", [], decisions)
    assert sub is not None  # the merge brings the other surname, and its initial
    assert set(sub.people) == {"кузнецов олег", "смирнов олег", "смирнов о"}
    assert len(full.people) > 15


def test_a_registry_read_already_is_used(curated):
    backend = curated
    _forget(backend)
    first = registry_for(backend, "Морозов")
    assert backend not in pr._cache and first is not registry_for(backend, "Морозов")
    full = registry(backend)
    assert registry_for(backend, "Морозов") is full
    assert registry_for(backend, "Иванов", ["иванов сергей"]) is full


def test_person_pages_are_the_same(curated):
    backend = curated
    full = registry(backend)
    values = ["Морозов", "Иван Орёл", "Кузнецов", "Белов", "Петров А."]
    values += sorted(full.identities)
    whole = {v: person_profile(backend, v) for v in values}
    for value in values:
        _forget(backend)
        assert person_profile(backend, value) == whole[value], value
        assert backend not in pr._cache, value
    assert whole["иванов сергей@тула"]["documents"] == 1
    assert whole["кузнецов олег"]["keys"] == ["кузнецов олег", "смирнов о", "смирнов олег"]


def test_sqlite_schema_4_file_learns_its_surnames(tmp_path):
    """A file written before ``person_surnames`` fills it from its documents when opened."""
    path = tmp_path / "old.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert(corpus() + more())
    with sqlite3.connect(path) as db:  # what schema 4 had: no surname table
        db.execute("DROP TABLE person_surnames")
        db.execute("UPDATE meta SET value = '4' WHERE name = 'schema'")
    with open_index(f"sqlite:///{path}") as index:
        full = registry(index)
        for value in ["Морозову", "Орла", "Е. Белова", "Иванов", "Кузнецов"]:
            _forget(index)
            assert pr.person_filter(index, value, []) == full.person_filter(value, []), value
        found = subset_registry(index, "Белова", [], [])
        assert found is not None
        assert set(found.people) == {"belova_elena", "белова е", "белов алексей"}


def test_a_long_lived_process_reads_the_whole_registry_once(curated):
    """Subsets re-read per search; once they have read as many documents as the index holds,
    the whole registry is read and kept, and answers the same."""
    backend = curated
    _forget(backend)
    query = SearchQuery(person="Морозов", limit=5, facet_size=20)
    first = backend.search(query)
    assert backend not in pr._cache
    for _ in range(backend.count()):
        if backend in pr._cache:
            break
        assert backend.search(query) == first
    assert backend in pr._cache
    assert pr._spent[backend] >= backend.count()
    assert backend.search(query) == first


SURNAMES = """Абрамов Борисов Васильев Григорьев Дмитриев Егоров Жуков Захаров Ильин Калинин
Ларионов Макаров Никитин Орлов Поляков Романов Сидоров Тарасов Уваров Филиппов
Харитонов Цветков Чернов Шубин Щербаков Юдин Яковлев Андреев Белкин Воронин Гусев
Данилов Ершов Зуев Исаев Комаров Лукин Медведев Носков Осипов Пахомов Рябов Савин
Титов Устинов Фомин Хохлов Царев Чижов Шилов Аксенов Блинов Виноградов Горбунов
Дорофеев Евдокимов Жданов Зимин Игнатов Кудрявцев Лазарев Мартынов Наумов Овчинников
Прохоров Родионов Соболев Тихонов Ульянов Фролов Худяков Шестаков""".split()


@pytest.mark.parametrize("kind", ["sqlite", "elasticsearch"])
def test_a_facet_of_many_surnames(kind, tmp_path, request):
    """A facet's keys bring more surname beginnings than one regular expression may hold on
    Elasticsearch; the facet is still the whole registry's."""
    backend = _open(kind, tmp_path, request, f"subset-{uuid.uuid4().hex[:8]}")
    people = [(f"{s.lower()} {first.lower()}", f"{first} {s}") for s, first in
              zip(SURNAMES, ["Олег", "Анна", "Пётр", "Мария"] * 20, strict=False)]  # fmt: skip
    councils = [_council(f"m{n}", people[n : n + 3]) for n in range(0, len(people), 3)]
    _load(backend, councils + _others(60))
    query = SearchQuery(text="смету", facet_size=100)
    _forget(backend)
    fresh = backend.search(query).facets["people"]
    if backend.name != "sqlite":  # SQLite: every key of the index is counted, read whole
        assert backend not in pr._cache
    registry(backend)
    assert backend.search(query).facets["people"] == fresh
    assert len(fresh) == len(SURNAMES) > 60
