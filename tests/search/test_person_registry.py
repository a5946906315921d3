"""The person registry on both backends: one identity per person, namesakes apart, every
variant as a filter, curation kept through a re-crawl and a reindex. Texts are our own."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from search import SearchQuery, open_index
from search.person_registry import merge, registry, rename, split
from search.profiles import find_people, person_profile


def _doc(slug: str, body: str, people: list[dict], day: str = "2024-03-01") -> dict:
    url = f"https://gorduma.example.ru/news/{slug}/"
    return {
        "id": slug,
        "url": url,
        "source": "gorduma.example.ru",
        "title": body[:40],
        "published_at": day,
        "body": body,
        "fetched_at": "2024-05-01T10:00:00+00:00",
        "content_hash": hashlib.sha1(body.encode()).hexdigest(),
        "extraction_version": "test-1",
        "entities": [],
        "people": people,
        "regions": [],
        "dates": [],
        "figures": [],
    }


def _p(key: str, name: str, body: str, mention: str, place: str | None = None, **parts) -> dict:
    start = body.index(mention)
    return {
        "key": key,
        "name": name,
        "last": parts.get("last", name.split()[-1]),
        "first": parts.get("first", name.split()[0]),
        "middle": parts.get("middle"),
        "posts": [{"title": "глава", "org": None, "place": place, "status": "current"}]
        if place
        else [],
        "mentions": [[start, start + len(mention)]],
    }


B1 = "Глава города Дмитрий Олегович Морозов открыл сессию городской думы."
B2 = "Д. О. Морозов подписал постановление о ремонте дорог."
B3 = "Депутат Дмитрий Морозов ответил на вопросы жителей."
B4 = "В Калуге глава района Сергей Иванов провёл приём граждан."
B5 = "В Твери Сергей Иванов, председатель комитета, выступил с отчётом."
B8 = "В Туле глава города Сергей Иванов открыл новую школу."
B6 = "А. Петров выступил на заседании, где были Анна Петрова и Алексей Петров."


FULL = "Дмитрий Олегович Морозов"


def _morozov(slug: str, body: str) -> dict:
    return _doc(slug, body, [_p("морозов дмитрий", FULL, body, FULL, middle="Олегович")])


def corpus() -> list[dict]:
    d2 = _p("морозов д", "Д. О. Морозов", B2, "Д. О. Морозов", first="Д.", middle="О.")
    ivanov_tver = _p("иванова сергея", "Сергей Иванов", B5, "Сергей Иванов", "Тверь")
    return [
        _morozov("d1", B1),
        _doc("d2", B2, [d2]),
        _doc("d3", B3, [_p("морозов дмитрий", "Дмитрий Морозов", B3, "Дмитрий Морозов")]),
        _doc("d4", B4, [_p("иванов сергей", "Сергей Иванов", B4, "Сергей Иванов", "Калуга")]),
        _doc("d5", B5, [ivanov_tver]),
        _doc("d8", B8, [_p("иванов сергей", "Сергей Иванов", B8, "Сергей Иванов", "Тула")]),
        _doc("d6", B6, [
            _p("петров а", "А. Петров", B6, "А. Петров", first="А."),
            _p("петрова анна", "Анна Петрова", B6, "Анна Петрова"),
            _p("петров алексей", "Алексей Петров", B6, "Алексей Петров"),
        ]),
    ]  # fmt: skip


def _open(kind: str, tmp_path, request, name: str):
    if kind == "sqlite":
        return open_index(f"sqlite:///{tmp_path}/index.db")
    from tests.es_server import elastic_backend, raw_client

    request.addfinalizer(
        lambda: raw_client().indices.delete(
            index=f"person-decisions-{name}", ignore_unavailable=True
        )
    )
    return elastic_backend(request, name)


@pytest.fixture(params=["sqlite", "elasticsearch"])
def kind(request):
    return request.param


def _load(backend, docs):
    backend.upsert(docs)
    if hasattr(backend, "refresh"):
        backend.refresh()


def _found(backend, person: str) -> set[str]:
    result = backend.search(SearchQuery(person=person, limit=50))
    return {h.id for h in result.hits}


def test_registry_merges_and_keeps_namesakes_apart(kind, tmp_path, request):
    backend = _open(kind, tmp_path, request, f"reg-{uuid.uuid4().hex[:8]}")
    _load(backend, corpus())
    reg = registry(backend)
    morozov = reg.find("морозов д")
    assert morozov is not None and morozov.key == "морозов дмитрий"
    assert morozov.keys == ["морозов д", "морозов дмитрий"]
    assert morozov.name == "Дмитрий Олегович Морозов"
    assert morozov.documents == {"d1", "d2", "d3"}
    # same name, different places: two people, whether extraction gave them one key or two
    assert reg.find("иванов сергей").key != reg.find("иванова сергея").key
    kaluga, tula = reg.owner("иванов сергей", "d4"), reg.owner("иванов сергей", "d8")
    assert kaluga.key == "иванов сергей" and kaluga.documents == {"d4"}
    assert tula.key == "иванов сергей@тула" and tula.documents == {"d8"}
    assert person_profile(backend, "иванов сергей@тула")["documents"] == 1
    assert person_profile(backend, "иванов сергей")["documents"] == 1
    # an initial compatible with two full names stays its own person
    assert reg.find("петров а").key == "петров а"
    assert reg.find("петров алексей").key == "петров алексей"
    assert reg.find("петрова анна").key == "петрова анна"
    listed = [p["value"] for p in find_people(backend, None, 50)]
    assert listed[0] == "морозов дмитрий" and "морозов д" not in listed
    backend.close()


@pytest.mark.parametrize(
    "variant",
    ["Д. О. Морозов", "Морозов Д.О.", "Дмитрий Морозов", "Дмитрия Олеговича Морозова",
     "МОРОЗОВ ДМИТРИЙ ОЛЕГОВИЧ", "морозов д", "морозов дмитрий"],
)  # fmt: skip
def test_every_variant_finds_the_whole_identity(kind, tmp_path, request, variant):
    backend = _open(kind, tmp_path, request, f"reg-{uuid.uuid4().hex[:8]}")
    _load(backend, corpus())
    assert _found(backend, variant) == {"d1", "d2", "d3"}
    profile = person_profile(backend, variant if variant.islower() else "морозов д")
    assert profile is not None and profile["key"] == "морозов дмитрий"
    assert {"Д. О. Морозов", "Дмитрий Морозов"} <= set(profile["variants"])
    backend.close()


def test_curation_survives_recrawl_and_reindex(kind, tmp_path, request):
    name = f"reg-{uuid.uuid4().hex[:8]}"
    backend = _open(kind, tmp_path, request, name)
    _load(backend, corpus())
    merged = merge(backend, ["петров а", "петров алексей"])
    assert merged.keys == ["петров а", "петров алексей"]
    split(backend, "морозов дмитрий", ["d3"])
    rename(backend, "морозов дмитрий", "Дмитрий Олегович Морозов-Старший")
    merge(backend, ["иванов сергей", "иванов сергей@тула"])  # undoes the split by place
    # a re-crawl: the same documents written again with new content, and one new one
    docs = corpus()
    for d in docs:
        d["content_hash"] += "-2"
    docs.append(_morozov("d7", "Дмитрий Олегович Морозов вручил награды."))
    _load(backend, docs)
    if backend.capabilities.reindex:
        backend.reindex()
        if hasattr(backend, "refresh"):
            backend.refresh()
    reg = registry(backend)
    assert reg.find("петров а").key == reg.find("петров алексей").key
    main = reg.find("морозов дмитрий")
    assert main.name == "Дмитрий Олегович Морозов-Старший"
    assert main.documents == {"d1", "d2", "d7"}
    other = reg.owner("морозов дмитрий", "d3")
    assert other is not None and other.key != main.key and other.documents == {"d3"}
    profile = person_profile(backend, main.key)
    assert profile["documents"] == 3 and profile["name"] == "Дмитрий Олегович Морозов-Старший"
    assert person_profile(backend, other.key)["documents"] == 1
    assert _found(backend, "Алексей Петров") == {"d6"}
    assert reg.owner("иванов сергей", "d8").documents == {"d4", "d8"}
    assert reg.find("иванов сергей@тула") is None
    backend.close()
    # reopened (a new process would): the decisions are read from the index's own store
    again = _open(kind, tmp_path, request, name) if kind == "sqlite" else None
    if again is not None:
        assert registry(again).find("морозов д").name == "Дмитрий Олегович Морозов-Старший"
        again.close()
    if kind == "elasticsearch":  # starting over drops the decisions with the index
        from tests.es_server import raw_client

        dropped = _open(kind, tmp_path, request, name)
        assert raw_client().indices.exists(index=dropped.decisions_index)
        dropped.drop()
        assert not raw_client().indices.exists(index=dropped.decisions_index)
        _load(dropped, corpus())  # the same documents anew: no renamed identity comes back
        assert registry(dropped).find("морозов д").name != "Дмитрий Олегович Морозов-Старший"
        dropped.close()
