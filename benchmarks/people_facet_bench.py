"""Time the people facet by identity: searches with facets against the same searches without
(``facet_size=0``), on a synthetic index (``person_registry_refresh.document``: two people a
document, 30 % of keys initials only, so many identities have two keys) with a few splits and
merges curated, on SQLite and, with ``--es URL``, on Elasticsearch. SQLite also times the facet
alone: by identity (``search.sqlite_facets``) and by stored key (the copy's ``bincount``).

Run: ``python benchmarks/people_facet_bench.py --docs 20000 [--es http://127.0.0.1:9200]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.person_registry_refresh import bench_index, document  # noqa: E402
from search import SearchQuery, open_index  # noqa: E402
from search.backend import IndexBackend  # noqa: E402
from search.person_registry import merge, registry, split  # noqa: E402

QUERIES = {
    "everything": SearchQuery(limit=10, facet_size=12),
    "one word": SearchQuery(text="дороги", limit=10, facet_size=12),
    "person": SearchQuery(person="Сергей Иванов", limit=10, facet_size=12),
    "two words": SearchQuery(text="дороги школы", limit=10, facet_size=12),
}


def _ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} / {max(times) * 1000:.1f}"


def _timed(index: IndexBackend, query: SearchQuery, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        index.search(query)
        out.append(time.perf_counter() - start)
    return out


def _curate(index: IndexBackend, curated: int) -> None:
    """Split one document off each of the most mentioned people, and merge pairs of others."""
    people = registry(index).listing()
    for ident in people[:curated]:
        split(index, ident.key, [sorted(ident.documents)[0]])
    rest = people[curated : 3 * curated]
    for a, b in zip(rest[::2], rest[1::2], strict=False):
        merge(index, [a.key, b.key])


def run(index: IndexBackend, label: str, docs: int, rounds: int, curated: int) -> None:
    rng = random.Random(1)
    pool = ["Иванов", "Петров", "Сидоров", "Кузнецов"] + [
        f"Фамилия{i}ов" for i in range(docs // 10)
    ]
    for i in range(0, docs, 1000):
        index.upsert([document(n, rng, pool) for n in range(i, min(docs, i + 1000))])
    if hasattr(index, "refresh"):
        index.refresh()
    _curate(index, curated)
    start = time.perf_counter()
    index.search(QUERIES["everything"])
    first = time.perf_counter() - start
    print(f"{label}: {docs} documents, {curated} splits and {curated // 2} merges; first "
          f"search with facets {first * 1000:.0f} ms (registry read, grouping built)")  # fmt: skip
    print("  query | with people facet p50 / max ms | facet_size=0 p50 / max ms")
    for name, query in QUERIES.items():
        with_facets = _timed(index, query, rounds)
        without = _timed(index, replace(query, facet_size=0), rounds)
        print(f"  {name} | {_ms(with_facets)} | {_ms(without)}")
    if label == "sqlite":
        _facet_alone(index, rounds)


def _facet_alone(index: IndexBackend, rounds: int) -> None:
    from search.sqlite_facets import people_facet

    db = index._db  # type: ignore[attr-defined]
    with index._lock:  # type: ignore[attr-defined]
        values = index._doc_values()  # type: ignore[attr-defined]
        mask = values.present
        by_key, by_identity = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            values.people.facet(mask, 12)
            by_key.append(time.perf_counter() - start)
            start = time.perf_counter()
            people_facet(index, db, values.people, mask, 12)
            by_identity.append(time.perf_counter() - start)
    print(f"  facet alone over every document: by key {_ms(by_key)} ms, "
          f"by identity {_ms(by_identity)} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--curated", type=int, default=20)
    parser.add_argument("--es", help="Elasticsearch URL to time as well")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with open_index(f"sqlite:///{tmp}/bench.db") as index:
            run(index, "sqlite", args.docs, args.rounds, args.curated)
    if args.es:
        with bench_index(args.es, "facet-bench") as index:
            run(index, "elasticsearch", args.docs, args.rounds, args.curated)


if __name__ == "__main__":
    main()
