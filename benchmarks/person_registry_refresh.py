"""Time a ``--person`` search right after one new document arrives in a large index: the person
registry must take the new document in before the filter can use it.

Builds a synthetic index of ``--docs`` documents (two people each, 30 % of keys initials only)
on SQLite and, with ``--es URL``, on Elasticsearch; warms the registry with one person search;
then, ``--rounds`` times, indexes one new document and times the next person search (and a
second one, with nothing new). Prints the median of each.

Run: ``python benchmarks/person_registry_refresh.py --docs 10000 [--es http://127.0.0.1:9200]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search import SearchQuery, open_index  # noqa: E402
from search.backend import IndexBackend  # noqa: E402

SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Лебедев", "Козлов"]
FIRSTS = ["Сергей", "Дмитрий", "Андрей", "Алексей", "Игорь", "Олег", "Павел", "Николай"]
PLACES = ["Калуга", "Тверь", "Тула", "Рязань"]


def _person(rng: random.Random, body: str, pool: list[str]) -> dict:
    last, first = rng.choice(pool), rng.choice(FIRSTS)
    full = rng.random() < 0.7
    name = f"{first} {last}" if full else f"{first[0]}. {last}"
    given = first.lower() if full else first[0].lower()
    return {
        "key": f"{last.lower()} {given}",
        "name": name,
        "last": last,
        "first": first if full else first[0] + ".",
        "middle": None,
        "posts": [{"title": "глава", "org": None, "place": rng.choice(PLACES), "status": "current"}]
        if rng.random() < 0.1
        else [],
        "mentions": [[0, len(name)]],
    }


def document(n: int, rng: random.Random, pool: list[str]) -> dict:
    body = f"Заседание номер {n} прошло в здании администрации, обсуждали дороги и школы."
    return {
        "id": f"doc-{n:06d}",
        "url": f"https://bench.example.ru/news/{n}/",
        "source": "bench.example.ru",
        "title": f"Заседание {n}",
        "published_at": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "body": body,
        "fetched_at": "2024-05-01T10:00:00+00:00",
        "content_hash": f"h{n}",
        "extraction_version": "bench-1",
        "entities": [],
        "people": [_person(rng, body, pool) for _ in range(2)],
        "regions": [],
        "dates": [],
        "figures": [],
    }


def run(index: IndexBackend, label: str, docs: int, rounds: int) -> None:
    rng = random.Random(1)
    pool = SURNAMES + [f"Фамилия{i}ов" for i in range(docs // 10)]
    start = time.perf_counter()
    for i in range(0, docs, 1000):
        index.upsert([document(n, rng, pool) for n in range(i, min(docs, i + 1000))])
    if hasattr(index, "refresh"):
        index.refresh()
    loaded = time.perf_counter() - start
    query = SearchQuery(person="Сергей Иванов", limit=10)
    start = time.perf_counter()
    index.search(query)
    cold = time.perf_counter() - start
    after_new, again = [], []
    for r in range(rounds):
        index.upsert([document(docs + r, rng, pool)])
        if hasattr(index, "refresh"):
            index.refresh()
        start = time.perf_counter()
        index.search(query)
        after_new.append(time.perf_counter() - start)
        start = time.perf_counter()
        index.search(query)
        again.append(time.perf_counter() - start)
    new_ms, again_ms = statistics.median(after_new) * 1000, statistics.median(again) * 1000
    print(
        f"{label}: {docs} documents indexed in {loaded:.1f} s; first person search "
        f"{cold * 1000:.0f} ms; after 1 new document: median {new_ms:.0f} ms"
        f" (max {max(after_new) * 1000:.0f}); nothing new: median {again_ms:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--es", help="Elasticsearch URL to time as well")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with open_index(f"sqlite:///{tmp}/bench.db") as index:
            run(index, "sqlite", args.docs, args.rounds)
    if args.es and not args.sqlite_only:
        with bench_index(args.es, "registry-bench") as index:
            run(index, "elasticsearch", args.docs, args.rounds)


@contextmanager
def bench_index(url: str, prefix: str) -> Iterator[IndexBackend]:
    """A throwaway Elasticsearch index, dropped afterwards with its person decisions."""
    name = f"{prefix}-{uuid.uuid4().hex[:6]}"
    index = open_index(url, index=name)
    try:
        yield index
    finally:
        index.drop()  # type: ignore[attr-defined]
        index._es.indices.delete(  # type: ignore[attr-defined]
            index=f"person-decisions-{name}", ignore_unavailable=True
        )
        index.close()


if __name__ == "__main__":
    main()
