"""The embedded index's own promises beyond the shared contract: a searcher sees what another
process wrote as soon as it is committed, and older index files open and keep working."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import search.sqlite as sqlite_backend
from search import SearchQuery, open_index
from search.doc_values import load
from tests.search.contract.documents import DOCS, docs

ROOT = Path(__file__).resolve().parents[2]


def facet(result, name: str) -> dict[str, int]:
    return {f.value: f.count for f in result.facets[name]}


def test_a_searcher_sees_writes_committed_by_another_process(tmp_path):
    path = tmp_path / "index.db"
    searcher = open_index(f"sqlite:///{path}")
    searcher.upsert(docs()[:2])
    assert searcher.search(SearchQuery()).total == 2  # the searcher's own copy is built now
    writer = f"""
from search import open_index
from tests.search.contract.documents import docs
index = open_index("sqlite:///{path}")
index.upsert(docs()[2:])
index.delete([docs()[0]["id"]])
"""
    subprocess.run([sys.executable, "-c", writer], check=True, cwd=ROOT)
    result = searcher.search(SearchQuery())
    assert result.total == len(DOCS) - 1
    assert DOCS[0]["id"] not in {h.id for h in searcher.search(SearchQuery(limit=100)).hits}
    fresh = open_index(f"sqlite:///{path}").search(SearchQuery())
    assert (result.total, result.facets) == (fresh.total, fresh.facets)


def test_own_writes_show_in_the_next_search(tmp_path):
    index = open_index(f"sqlite:///{tmp_path}/index.db")
    index.upsert(docs())
    assert facet(index.search(SearchQuery(region="RU-KLU")), "regions")["RU-KLU"] == 2
    moved = docs()[0]
    moved["regions"] = []
    moved["body"] += " Уточнено."
    index.upsert([moved])
    assert facet(index.search(SearchQuery(region="RU-KLU")), "regions")["RU-KLU"] == 1
    assert index.search(SearchQuery(text="уточнить")).total == 1


def test_index_from_schema_2_opens_and_searches(tmp_path):
    path = tmp_path / "old.db"
    open_index(f"sqlite:///{path}").upsert(docs())
    with sqlite3.connect(path) as db:  # what schema 2 left: counts per fact, no generation
        db.execute("ALTER TABLE people ADD COLUMN docs INTEGER NOT NULL DEFAULT 0")
        db.execute("UPDATE meta SET value = '2' WHERE name = 'schema'")
        db.execute("DELETE FROM meta WHERE name = 'generation'")
    index = open_index(f"sqlite:///{path}")
    assert index.search(SearchQuery(person="Соколова")).total == 2
    index.upsert([{**docs()[0], "body": "Новый текст о приёме."}])
    assert index.search(SearchQuery(text="новый")).total == 1
    with sqlite3.connect(path) as db:
        schema = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
    assert schema == (str(sqlite_backend.SCHEMA_VERSION),)


PEOPLE = [
    ("волков андрей", "Андрей Волков"),
    ("соколова ирина", "Ирина Соколова"),
    ("мельников олег", "Олег Мельников"),
    ("орлова анна", "Анна Орлова"),
]
REGIONS = [
    ("RU-KLU", "Калужская область"),
    ("RU-TUL", "Тульская область"),
    ("RU-PER", "Пермский край"),
]
ORGS = ["Городская Дума", "Совет ТОС", "Молодёжный парламент"]
WORDS = ["заседание", "бюджет", "дороги", "школа", "слушания", "приём"]


def random_doc(rnd: random.Random, n: int) -> dict:
    """A document with random facts in the export shape (texts are word salad on purpose)."""
    people = rnd.sample(PEOPLE, rnd.randint(0, 2))
    regions = rnd.sample(REGIONS, rnd.randint(0, 2))
    day = f"20{rnd.randint(17, 19)}-0{rnd.randint(1, 9)}-1{n % 9}"
    if people and rnd.random() < 0.3:  # the same key under another spelling: labels change
        people[0] = (people[0][0], people[0][1].upper())
    body = " ".join(rnd.choices(WORDS, k=8)) + "."
    return {
        "id": f"doc-{n}",
        "url": f"https://duma.example.ru/n/{n}/",
        "source": rnd.choice(["zarechny", "sosnovka", None]),
        "title": rnd.choice(WORDS).capitalize(),
        "published_at": rnd.choice([None, day]),
        "body": body,
        "entities": [
            {"type": "ORG", "start": 0, "end": 1, "text": o, "normal": o}
            for o in rnd.sample(ORGS, rnd.randint(0, 1))
        ],
        "people": [{"key": k, "name": name, "last": name.split()[1]} for k, name in people],
        "regions": [{"code": c, "name": name} for c, name in regions],
        "figures": [
            {"value": rnd.choice([15, 120, 300, 900]), "role": rnd.choice(["participants", None]),
             "is_people": True}
            for _ in range(rnd.randint(0, 2))
        ],
    }  # fmt: skip


QUERIES = [
    SearchQuery(limit=100, histogram="month"),
    SearchQuery(person="Волкова", limit=100),
    SearchQuery(person="соколова ирина", limit=100),
    SearchQuery(region="Калужская область", limit=100),
    SearchQuery(org="Совет ТОС", limit=100),
    SearchQuery(source="sosnovka", limit=100, histogram="year"),
    SearchQuery(figure_role="participants", figure_min=300, limit=100),
    SearchQuery(since=date(2018, 1, 1), until=date(2018, 12, 31), limit=100),
    SearchQuery(text="бюджет", limit=100, region="RU-TUL"),
]


def answer(index, query: SearchQuery) -> tuple:
    r = index.search(query)
    return (r.total, [h.id for h in r.hits], r.facets, r.histogram)


def test_a_searcher_catching_up_answers_as_one_reading_anew(tmp_path, monkeypatch):
    """Writes, rewrites (new facts, renamed people) and deletes, in rounds: the searcher re-reads
    only the documents each round touched, and answers every query exactly as a backend that
    reads the whole index anew."""
    path = tmp_path / "index.db"
    rnd = random.Random(7)
    writer, searcher = open_index(f"sqlite:///{path}"), open_index(f"sqlite:///{path}")
    writer.upsert([random_doc(rnd, n) for n in range(60)])
    searcher.search(SearchQuery())
    full_reads = []
    monkeypatch.setattr(sqlite_backend, "load", lambda *a: full_reads.append(1) or load(*a))
    serial = 60
    for _ in range(12):
        existing = [d["id"] for d in writer.iter_documents()]
        changed = [
            dict(random_doc(rnd, int(i.split("-")[1])), id=i) for i in rnd.sample(existing, 4)
        ]
        fresh = [random_doc(rnd, serial + k) for k in range(3)]
        serial += 3
        writer.upsert(changed + fresh)
        writer.delete(rnd.sample(existing, 2))
        reference = open_index(f"sqlite:///{path}")
        for query in QUERIES:
            assert answer(searcher, query) == answer(reference, query), query
        reference.close()
    assert len(full_reads) == 12  # the reference backends' first reads; the searcher never


def test_a_name_nobody_holds_any_more_stops_matching(tmp_path):
    """A filter by the key «соколова ирина» names that person and «Ирина Петровна Соколова»
    (the same name with a patronymic); once no document holds the first, the searcher's
    copy drops it, as a fresh read would."""
    path = tmp_path / "index.db"
    writer, searcher = open_index(f"sqlite:///{path}"), open_index(f"sqlite:///{path}")
    rnd = random.Random(1)
    short, full = random_doc(rnd, 1), random_doc(rnd, 2)
    short["people"] = [{"key": "соколова ирина", "name": "Ирина Соколова", "last": "Соколова"}]
    full["people"] = [
        {"key": "соколова ирина петровна", "name": "Ирина Петровна Соколова", "last": "Соколова"}
    ]
    writer.upsert([short, full])
    query = SearchQuery(person="соколова ирина")
    assert sorted(h.id for h in searcher.search(query).hits) == sorted([short["id"], full["id"]])
    writer.delete([short["id"]])
    assert [h.id for h in searcher.search(query).hits] == [full["id"]]
