"""Search backends side by side: bulk indexing speed and query latency, SQLite vs Elasticsearch,
on the same synthetic documents in one run (SQLite is the baseline for the ratios).

Documents are generated from template sentences (our own text) about council sessions, hearings,
receptions and TOS meetings, with people, regions, organisations and people-count figures in the
export shape, so filters and facets have real work to do. Lemmas are warmed once before timing,
so neither backend pays for the other's cache.

usage: python benchmarks/search_bench.py [--docs 20000] [--queries 300] [--es-url URL]
       python benchmarks/search_bench.py --sqlite-only [--docs 100000]  (FTS5 baseline beside)
(--es-url defaults to $DUMAWATCH_ES_URL; credentials from $DUMAWATCH_ES_USER/PASSWORD)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from search import SearchQuery
from search.backend import IndexBackend
from search.lemmas import lemma_text

# (key, name, genitive, dative) — the forms templates need, written out
PEOPLE = [
    ("волков андрей", "Андрей Волков", "Андрея Волкова", "Андрею Волкову"),
    ("соколова ирина", "Ирина Соколова", "Ирины Соколовой", "Ирине Соколовой"),
    ("мельников олег", "Олег Мельников", "Олега Мельникова", "Олегу Мельникову"),
    ("кузнецова елена", "Елена Кузнецова", "Елены Кузнецовой", "Елене Кузнецовой"),
    ("орлов павел", "Павел Орлов", "Павла Орлова", "Павлу Орлову"),
    ("захарова наталья", "Наталья Захарова", "Натальи Захаровой", "Наталье Захаровой"),
    ("белов сергей", "Сергей Белов", "Сергея Белова", "Сергею Белову"),
    ("григорьева анна", "Анна Григорьева", "Анны Григорьевой", "Анне Григорьевой"),
    ("лебедев дмитрий", "Дмитрий Лебедев", "Дмитрия Лебедева", "Дмитрию Лебедеву"),
    ("морозова ольга", "Ольга Морозова", "Ольги Морозовой", "Ольге Морозовой"),
    ("тихонов игорь", "Игорь Тихонов", "Игоря Тихонова", "Игорю Тихонову"),
    ("фомина татьяна", "Татьяна Фомина", "Татьяны Фоминой", "Татьяне Фоминой"),
    ("карпов николай", "Николай Карпов", "Николая Карпова", "Николаю Карпову"),
    ("ершова марина", "Марина Ершова", "Марины Ершовой", "Марине Ершовой"),
    ("суханов виктор", "Виктор Суханов", "Виктора Суханова", "Виктору Суханову"),
    ("полякова светлана", "Светлана Полякова", "Светланы Поляковой", "Светлане Поляковой"),
]
# (code, name, prepositional)
REGIONS = [
    ("RU-KLU", "Калужская область", "Калужской области"),
    ("RU-TUL", "Тульская область", "Тульской области"),
    ("RU-VOR", "Воронежская область", "Воронежской области"),
    ("RU-PER", "Пермский край", "Пермском крае"),
    ("RU-YAR", "Ярославская область", "Ярославской области"),
    ("RU-TVE", "Тверская область", "Тверской области"),
    ("RU-KDA", "Краснодарский край", "Краснодарском крае"),
    ("RU-SVE", "Свердловская область", "Свердловской области"),
    ("RU-NIZ", "Нижегородская область", "Нижегородской области"),
    ("RU-TA", "Республика Татарстан", "Республике Татарстан"),
]
CITIES = ["Заречного", "Сосновки", "Верхнеречья", "Луговска", "Озёрска", "Каменки", "Берёзова"]
POSTS = [
    "глава города",
    "председатель комитета по бюджету",
    "депутат городской думы",
    "председатель ТОС",
    "заместитель главы администрации",
    "председатель городской думы",
]
TOPICS = [
    "ремонт дорог",
    "капитальный ремонт домов",
    "благоустройство дворов",
    "вывоз мусора",
    "строительство школы",
    "освещение улиц",
    "тарифы ЖКХ",
    "поддержку малого бизнеса",
    "работу общественного транспорта",
    "озеленение набережной",
    "молодёжную политику",
    "содержание детских площадок",
]
EVENTS = [
    ("Публичные слушания по бюджету", "participants"),
    ("Заседание городской думы", "participants"),
    ("Приём граждан", "participants"),
    ("Конференция ТОС", "participants"),
    ("Субботник", "participants"),
    ("Отчёт главы администрации", "participants"),
]
OPENERS = [
    "{event} прошло в городе {city}.",
    "В городе {city} состоялось мероприятие: {event_lower}.",
    "{event} провели в актовом зале администрации города {city}.",
]
SENTENCES = [
    "{name}, {post}, рассказал о планах на следующий год.",
    "Выступление {gen} касалось темы «{topic}».",
    "Жители {region_loc} задавали вопросы про {topic}.",
    "Слово предоставили {dat}, который напомнил о сроках работ.",
    "В обсуждении участвовали около {n} человек.",
    "На встречу пришли {n} жителей микрорайона.",
    "Депутаты обсудили {topic} и приняли решение в первом чтении.",
    "Итоги подвела {org_nom}.",
    "Проект поддержала {org_nom}, замечания направят в профильный комитет.",
    "Гости из {region_gen} поделились опытом работы с обращениями граждан.",
    "Следующее заседание запланировано на осень.",
    "Участники отметили, что {topic} остаётся главным вопросом для горожан.",
]
SOURCES = ["zarechny", "sosnovka-duma", "tos-news", "luga-info", "ozersk-gov"]


def _span(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    return [start, start + len(needle)]


def make_doc(i: int, rnd: random.Random) -> dict:
    person = rnd.choice(PEOPLE)
    other = rnd.choice(PEOPLE)
    region = rnd.choice(REGIONS)
    city = rnd.choice(CITIES)
    event, role = rnd.choice(EVENTS)
    org = f"Городская Дума города {city}"
    n = rnd.choice([15, 40, 75, 120, 180, 250, 320, 400, 650, 1200])
    fill = {
        "event": event,
        "event_lower": event.lower(),
        "city": city,
        "name": person[1],
        "gen": person[2],
        "dat": other[3],
        "post": rnd.choice(POSTS),
        "topic": rnd.choice(TOPICS),
        "region_loc": region[2],
        "region_gen": region[2],
        "n": n,
        "org_nom": org,
    }
    parts = [rnd.choice(OPENERS)] + rnd.sample(SENTENCES, rnd.randint(4, 8))
    if not any("{n}" in p for p in parts):
        parts.append(SENTENCES[4])
    paragraphs, chunk = [], []
    for p in parts:
        fill["topic"] = rnd.choice(TOPICS)
        chunk.append(p.format(**fill))
        if len(chunk) == 3:
            paragraphs.append(" ".join(chunk))
            chunk = []
    if chunk:
        paragraphs.append(" ".join(chunk))
    body = "\n\n".join(paragraphs)
    title = f"{event}: {fill['topic']} в городе {city}"
    published = date(2015, 1, 1) + timedelta(days=rnd.randrange(3650))
    url = f"https://{rnd.choice(SOURCES)}.example.ru/news/{i}/"
    people = []
    for p in {person, other}:
        mentions = [_span(body, form) for form in p[1:] if form in body]
        if mentions:
            last, first = p[1].split()[1], p[1].split()[0]
            people.append(
                {
                    "key": p[0],
                    "name": p[1],
                    "last": last,
                    "first": first,
                    "middle": None,
                    "posts": [],
                    "mentions": mentions,
                }
            )
    regions = []
    if region[2] in body:
        regions.append({"code": region[0], "name": region[1], "mentions": [_span(body, region[2])]})
    entities = []
    if org in body:
        s, e = _span(body, org)
        entities.append({"type": "ORG", "start": s, "end": e, "text": org, "normal": org})
    figures = []
    for phrase in (f"около {n} человек", f"{n} жителей"):
        if phrase in body:
            s, e = _span(body, phrase)
            figures.append(
                {
                    "value": n,
                    "unit": "человек",
                    "approx": None,
                    "is_people": True,
                    "role": role,
                    "text": phrase,
                    "start": s,
                    "end": e,
                }
            )
    return {
        "id": hashlib.sha1(url.encode()).hexdigest()[:16],
        "url": url,
        "source": url.split("//")[1].split(".")[0],
        "title": title,
        "published_at": published.isoformat(),
        "body": body,
        "fetched_at": "2025-01-01T00:00:00+00:00",
        "content_hash": hashlib.sha1(f"{title}\n{body}".encode()).hexdigest(),
        "extraction_version": "bench-1",
        "entities": entities,
        "people": people,
        "regions": regions,
        "dates": [],
        "figures": figures,
    }


def query_mix(rnd: random.Random, n: int) -> list[tuple[str, SearchQuery]]:
    kinds: list[tuple[str, Callable[[], SearchQuery]]] = [
        (
            "text",
            lambda: SearchQuery(
                text=rnd.choice(
                    ["бюджет", "дорогами", "школы", "мусора", "набережную", "тарифам", "слушаниях"]
                )
            ),
        ),
        (
            "text2",
            lambda: SearchQuery(
                text=rnd.choice(
                    ["ремонт дорог", "вывоз мусора", "детских площадок", "Волкова бюджет"]
                )
            ),
        ),
        (
            "phrase",
            lambda: SearchQuery(text=rnd.choice(['"капитальный ремонт"', '"малого бизнеса"'])),
        ),
        (
            "common",
            lambda: SearchQuery(
                text=rnd.choice(["город", "работу", "депутаты", "город работу", "депутаты город"])
            ),
        ),
        ("person", lambda: SearchQuery(person=rnd.choice(PEOPLE)[2])),
        ("region", lambda: SearchQuery(region=rnd.choice(REGIONS)[rnd.choice([0, 1])])),
        (
            "figure",
            lambda: SearchQuery(
                figure_role="participants", figure_min=rnd.choice([100, 300, 1000])
            ),
        ),
        (
            "text+filter",
            lambda: SearchQuery(
                text=rnd.choice(TOPICS).split()[0],
                region=rnd.choice(REGIONS)[0],
                since=date(2018, 1, 1),
            ),
        ),
        ("all+facets", lambda: SearchQuery()),
    ]
    return [(name, make()) for name, make in (rnd.choice(kinds) for _ in range(n))]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def index_all(backend: IndexBackend, docs: list[dict], batch: int) -> float:
    start = time.perf_counter()
    for i in range(0, len(docs), batch):
        backend.upsert(docs[i : i + batch])
    if hasattr(backend, "refresh"):
        backend.refresh()
    return time.perf_counter() - start


def run_queries(backend: IndexBackend, queries: list[tuple[str, SearchQuery]]):
    times: dict[str, list[float]] = {}
    totals = []
    for _name, q in queries[:20]:  # warm-up: caches, JIT, connections
        backend.search(q)
    for name, q in queries:
        t = time.perf_counter()
        result = backend.search(q)
        times.setdefault(name, []).append((time.perf_counter() - t) * 1000)
        totals.append(result.total)
    return times, totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--es-url", default=os.environ.get("DUMAWATCH_ES_URL"))
    parser.add_argument("--skip", action="append", default=[], help="leave out a query kind")
    parser.add_argument(
        "--sqlite-only",
        action="store_true",
        help="SQLite alone, against its FTS5-ranked baseline (posting ranking off) in one run",
    )
    args = parser.parse_args()
    if args.sqlite_only:
        sqlite_only(args)
        return
    if not args.es_url:
        parser.error(
            "no Elasticsearch: pass --es-url or set DUMAWATCH_ES_URL "
            "(scripts/elasticsearch.sh start prints it)"
        )
    rnd = random.Random(args.seed)
    docs = [make_doc(i, rnd) for i in range(args.docs)]
    t = time.perf_counter()
    for d in docs:  # warm the shared lemma cache, untimed for both backends
        lemma_text(d["title"])
        lemma_text(d["body"])
    print(f"{len(docs)} documents, lemmas warmed in {time.perf_counter() - t:.1f}s")
    queries = [(k, q) for k, q in query_mix(rnd, args.queries) if k not in args.skip]

    from search.elastic import ElasticBackend
    from search.sqlite import SqliteBackend

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        backends = {
            "sqlite": SqliteBackend(Path(tmp) / "bench.db"),
            "elasticsearch": ElasticBackend(
                args.es_url, index=f"bench-{uuid.uuid4().hex[:8]}", spool=False
            ),
        }
        try:
            for name, backend in backends.items():
                seconds = index_all(backend, docs, args.batch)
                times, totals = run_queries(backend, queries)
                t = time.perf_counter()
                streamed = sum(1 for _ in backend.iter_documents())
                export = time.perf_counter() - t
                if streamed != len(docs):
                    raise SystemExit(f"{name} streamed {streamed} of {len(docs)} documents")
                results[name] = (len(docs) / seconds, times, totals, streamed / export)
                print(f"{name}: indexed {len(docs)} in {seconds:.1f}s, streamed in {export:.1f}s")
        finally:
            backends["elasticsearch"].drop()
            for backend in backends.values():
                backend.close()

    base, es = results["sqlite"], results["elasticsearch"]
    mismatches = sum(1 for a, b in zip(base[2], es[2], strict=True) if a != b)
    print(f"\nresult totals differing between backends: {mismatches} of {len(queries)} queries")
    print(f"\n{'':22}{'sqlite':>22}{'elasticsearch':>22}{'es/sqlite':>11}")
    print(f"{'index docs/s':22}{base[0]:>22.0f}{es[0]:>22.0f}{es[0] / base[0]:>11.2f}")
    print(f"{'export docs/s':22}{base[3]:>22.0f}{es[3]:>22.0f}{es[3] / base[3]:>11.2f}")
    kinds = sorted(base[1])
    every = {name: [v for k in kinds for v in r[1][k]] for name, r in results.items()}
    for label, pick in [("all", None), *[(k, k) for k in kinds]]:
        a = base[1][pick] if pick else every["sqlite"]
        b = es[1][pick] if pick else every["elasticsearch"]
        cells = []
        for vals in (a, b):
            cells.append(f"{percentile(vals, 50):7.1f} /{percentile(vals, 95):7.1f} ms")
        ratio = statistics.median(b) / statistics.median(a)
        print(f"{label + ' p50/p95':22}{cells[0]:>22}{cells[1]:>22}{ratio:>11.2f}")


def sqlite_only(args: argparse.Namespace) -> None:
    """One SQLite index, the query mix timed with posting ranking and with FTS5's bm25() alone;
    totals and first pages must agree."""
    from search.sqlite import SqliteBackend

    rnd = random.Random(args.seed)
    docs = [make_doc(i, rnd) for i in range(args.docs)]
    queries = [(k, q) for k, q in query_mix(rnd, args.queries) if k not in args.skip]
    with tempfile.TemporaryDirectory() as tmp:
        backend = SqliteBackend(Path(tmp) / "bench.db")
        seconds = index_all(backend, docs, args.batch)
        print(f"sqlite: indexed {len(docs)} in {seconds:.1f}s; load: {os.getloadavg()}")
        runs = {}
        for label, on in (("fts5 bm25", False), ("postings", True)):
            backend.posting_ranking = on
            times, totals = run_queries(backend, queries)
            pages = [[h.id for h in backend.search(q).hits] for _k, q in queries[:60]]
            runs[label] = (times, totals, pages)
        backend.close()
    base, fast = runs["fts5 bm25"], runs["postings"]
    print(f"totals differing: {sum(a != b for a, b in zip(base[1], fast[1], strict=True))}")
    print(f"first pages differing: {sum(a != b for a, b in zip(base[2], fast[2], strict=True))}")
    print(f"load after: {os.getloadavg()}")
    print(f"\n{'p50 / p95 / max ms':22}{'fts5 bm25':>26}{'postings':>26}")
    kinds = sorted(fast[0])
    for label, pick in [("all", None), *[(k, k) for k in kinds]]:
        cells = []
        for run in (base, fast):
            vals = run[0][pick] if pick else [v for k in kinds for v in run[0][k]]
            cells.append(
                f"{percentile(vals, 50):6.1f} /{percentile(vals, 95):6.1f} /{max(vals):6.1f}"
            )
        print(f"{label:22}{cells[0]:>26}{cells[1]:>26}")


if __name__ == "__main__":
    main()
