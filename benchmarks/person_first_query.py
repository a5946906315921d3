"""Time the first ``--person`` search of a new process: with the whole person registry read
first (as before) and with only the people the name can be (``search.person_subset``).

Builds (or, with ``--reuse``, opens) the realistic corpus (``benchmarks/realistic_corpus.py``)
in a SQLite file or an Elasticsearch index; picks person names from it (a common, a middling
and a rare person; display name, surname alone, key); then for each name starts one process
per way, which opens the index and times one search, and checks both ways give the same total
and hits (and people facet). ``--facets`` asks for the facets as ``dumawatch search`` does by
default (``SearchQuery.facet_size``): the people facet by identity then reads only the people of
the keys it counts (``search.sqlite_facets``, ``search.es_facets``). The first search of a
process without ``--person`` is timed too: what any first search costs.

Run: ``python benchmarks/person_first_query.py --docs 100000 --db /tmp/people100k.db [--reuse]
[--facets]`` or ``... --es-index people100k [--reuse]`` (``$DUMAWATCH_ES_URL``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from search import SearchQuery, open_index  # noqa: E402


def _target(args: argparse.Namespace) -> tuple[str, dict]:
    if args.db:
        return f"sqlite:///{args.db}", {}
    return args.es_url, {"index": args.es_index}


def build(args: argparse.Namespace) -> None:
    from realistic_corpus import Corpus

    url, kw = _target(args)
    started = time.perf_counter()
    with open_index(url, **kw) as index:
        batch: list[dict] = []
        for doc in Corpus(args.seed, args.docs).documents():
            batch.append(doc)
            if len(batch) == args.batch:
                index.upsert(batch)
                batch = []
        if batch:
            index.upsert(batch)
        if hasattr(index, "refresh"):
            index.refresh()
        print(f"indexed {index.count()} in {time.perf_counter() - started:.0f} s", flush=True)


def names(args: argparse.Namespace) -> list[str]:
    """A common, a middling and a rare person of the first documents, each as written in
    full, by surname alone and by key."""
    from realistic_corpus import Corpus

    keys: Counter = Counter()
    shown: dict[str, dict] = {}
    for doc in Corpus(args.seed, args.docs).documents(0, min(args.docs, 5_000)):
        for p in doc["people"]:
            keys[p["key"]] += 1
            shown.setdefault(p["key"], p)
    ranked = [k for k, _ in keys.most_common()]
    picked = [ranked[0], ranked[len(ranked) // 10], ranked[len(ranked) // 2]]
    out = []
    for k in picked:
        p = shown[k]
        out += [p["name"], p["last"], k]
    return out


def child(args: argparse.Namespace) -> None:
    """One new process: open, (read the whole registry,) one person search."""
    from search import person_registry
    from search.person_registry import registry

    url, kw = _target(args)
    t0 = time.perf_counter()
    with open_index(url, must_exist=True, **kw) as index:
        t1 = time.perf_counter()
        if args.child == "full":
            registry(index)
        facets = SearchQuery().facet_size if args.facets else 0  # as ``dumawatch search``
        if args.child == "plain":  # the first search of a process with no person filter
            query = SearchQuery(text=args.value, limit=10, facet_size=facets)
        else:
            query = SearchQuery(person=args.value, limit=10, facet_size=facets)
        result = index.search(query)
        t2 = time.perf_counter()
        whole = index in person_registry._cache  # the whole registry was read
    out = {"open_s": t1 - t0, "first_s": t2 - t1, "total": result.total, "whole": whole}
    out["hits"] = [h.id for h in result.hits]
    out["people"] = [[f.value, f.label, f.count] for f in result.facets.get("people", [])]
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--db", type=Path, help="SQLite index file (kept)")
    parser.add_argument("--es-index", help="Elasticsearch index alias (kept)")
    parser.add_argument("--es-url", default=os.environ.get("DUMAWATCH_ES_URL"))
    parser.add_argument("--reuse", action="store_true", help="already indexed")
    parser.add_argument("--facets", action="store_true", help="with facets, as the CLI")
    parser.add_argument("--full-runs", type=int, default=9, help="whole-registry processes")
    parser.add_argument("--child", choices=["full", "narrow", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--value", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if bool(args.db) == bool(args.es_index):
        parser.error("one of --db or --es-index")
    if args.child:
        child(args)
        return
    if not args.reuse:
        build(args)
    with open_index(*_target(args)[:1], must_exist=True, **_target(args)[1]):
        pass  # an index of an older schema is upgraded here, not in the first timed process
    base = [sys.executable, __file__, "--docs", str(args.docs), "--seed", str(args.seed)]
    base += ["--db", str(args.db)] if args.db else ["--es-index", args.es_index]
    if args.es_url:
        base += ["--es-url", args.es_url]
    if args.facets:
        base += ["--facets"]

    def run(way: str, value: str) -> dict:
        out = subprocess.run([*base, "--child", way, "--value", value], capture_output=True,
                             text=True, check=True)  # fmt: skip
        return json.loads(out.stdout.strip().splitlines()[-1])

    print(f"load {os.getloadavg()}", flush=True)
    narrow: list[float] = []
    full: list[float] = []
    plain = [run("plain", "бюджет") for _ in range(2)]
    times = ", ".join(f"{p['first_s'] * 1000:.0f}" for p in plain)
    read = " (whole registry read)" if plain[0]["whole"] else ""
    print(f"first search of a process without --person («бюджет»): {times} ms{read}", flush=True)
    differing = 0
    for n, value in enumerate(names(args)):
        got = run("narrow", value)
        narrow.append(got["first_s"])
        line = f"{value!r:40} total {got['total']:>6}  narrow {got['first_s'] * 1000:8.0f} ms"
        line += " (whole registry read)" if got["whole"] else ""
        if n < args.full_runs:
            whole = run("full", value)
            full.append(whole["first_s"])
            shown = ("total", "hits", "people")
            differing += [whole[k] for k in shown] != [got[k] for k in shown]
            line += f"  full {whole['first_s'] * 1000:8.0f} ms"
        print(line, flush=True)
    print(f"first --person search of a process: narrow median {statistics.median(narrow):.2f} s, "
          f"max {max(narrow):.2f} s over {len(narrow)} names; whole registry median "
          f"{statistics.median(full):.2f} s over {len(full)}; results differing: {differing}; "
          f"load {os.getloadavg()}")  # fmt: skip


if __name__ == "__main__":
    main()
