"""Search backends side by side: bulk indexing speed and query latency, SQLite vs Elasticsearch,
on the same synthetic documents in one run (SQLite is the baseline for the ratios).

Documents are generated from template sentences (our own text) about council sessions, hearings,
receptions and TOS meetings, with people, regions, organisations and people-count figures in the
export shape, so filters and facets have real work to do. Lemmas are warmed once before timing,
so neither backend pays for the other's cache.

usage: python benchmarks/search_bench.py [--docs 20000] [--queries 300] [--es-url URL]
       python benchmarks/search_bench.py --sqlite-only [--docs 100000]  (FTS5 baseline beside)
       python benchmarks/search_bench.py --realistic sqlite|elasticsearch [--docs 1000000]
         (benchmarks/realistic_corpus.py, streamed; its own query mix: the 50 most frequent
         words, pairs of them, names in several forms, facets, figure filters)
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
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from search import SearchQuery
from search.backend import BackendError, IndexBackend
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
    parser.add_argument(
        "--realistic",
        choices=["sqlite", "elasticsearch"],
        help="one backend on the realistic corpus (benchmarks/realistic_corpus.py)",
    )
    parser.add_argument("--db", type=Path, help="--realistic sqlite: index file (kept)")
    parser.add_argument(
        "--es-index",
        help="--realistic elasticsearch: index alias to use and keep (with --reuse: already "
        "indexed, only the queries run)",
    )
    parser.add_argument("--reuse", action="store_true", help="--db / --es-index is already indexed")
    parser.add_argument(
        "--copies",
        type=int,
        default=1,
        help="--realistic sqlite --reuse: first copy the indexed documents in SQL until there "
        "are this many times as many (new ids, same texts and facts)",
    )
    args = parser.parse_args()
    if args.realistic:
        realistic(args)
        return
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


def realistic_mix(corpus, rnd: random.Random, top: list[str]) -> list[tuple[str, SearchQuery]]:
    """The realistic corpus's query mix, by class: every one of the 50 most frequent words,
    pairs of them, words of the vocabulary's tail, names in several forms, facets, figure
    filters with a region and a year."""
    from realistic_corpus import FIRST_DAY

    years = list(range(FIRST_DAY.year, 2027))
    out: list[tuple[str, SearchQuery]] = [("top50 word", SearchQuery(text=w)) for w in top]
    for _ in range(40):
        a, b = rnd.sample(top, 2)
        out.append(("two top words", SearchQuery(text=f"{a} {b}")))
    for _ in range(40):
        lex = corpus.nouns.draw(rnd)
        out.append(("dictionary word", SearchQuery(text=lex.word)))
    for _ in range(20):
        lex = corpus.nouns.draw(rnd)
        out.append(("word + region + year", SearchQuery(
            text=lex.word, region=rnd.choice(corpus.region_codes),
            since=date(y := rnd.choice(years), 1, 1), until=date(y, 12, 31))))  # fmt: skip
    for _ in range(20):
        adj, noun = corpus.adjs.draw(rnd), corpus.nouns.items[rnd.randrange(40)]
        out.append(("phrase", SearchQuery(text=f'"{adj.word} {noun.word}"')))
    forms = {
        "name: full": lambda p: " ".join(corpus.name_forms(p, "nomn")),
        "name: I. O. Surname": lambda p: corpus.mention(p, "initials"),
        "name: Surname I. O.": lambda p: corpus.mention(p, "family_first"),
        "name: oblique case": lambda p: rnd.choice(
            [corpus.mention(p, "gent"), corpus.mention(p, "datv_short"),
             corpus.name_forms(p, "datv")[2]]),
    }  # fmt: skip
    for label, form in forms.items():
        for _ in range(15):
            out.append((label, SearchQuery(person=form(corpus.known_people.draw(rnd)))))
    for _ in range(15):
        out.append(("region facets", SearchQuery(
            region=rnd.choice([rnd.choice(corpus.region_codes),
                               corpus.region_names[rnd.choice(corpus.region_codes)]]),
            facet_size=20)))  # fmt: skip
    for _ in range(10):
        out.append(("everything + facets", SearchQuery(facet_size=rnd.choice([10, 50]))))
    for _ in range(10):
        site = corpus.site_pick.draw(rnd)
        out.append(("source + histogram", SearchQuery(source=site.name, histogram="month")))
    for _ in range(30):
        y = rnd.choice(years)
        out.append(("figure ≥ N + region + year", SearchQuery(
            figure_role="participants", figure_min=rnd.choice([100, 300, 1000]),
            region=rnd.choice(corpus.region_codes), since=date(y, 1, 1),
            until=date(y, 12, 31))))  # fmt: skip
    for _ in range(10):
        out.append(("figure ≥ N", SearchQuery(figure_min=rnd.choice([300, 1000, 5000]))))
    rnd.shuffle(out)
    return out


def realistic(args: argparse.Namespace) -> None:
    """One backend, the realistic corpus streamed into it (indexing timed inside ``upsert``,
    lemmatising included, generating not), then its query mix by class."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from realistic_corpus import Corpus, word_counts

    t = time.perf_counter()
    corpus = Corpus(args.seed, args.docs)
    counts = word_counts(corpus, min(args.docs, 5_000))
    top = [w for w, _ in counts.most_common(50)]
    print(f"corpus ready in {time.perf_counter() - t:.1f}s; load {os.getloadavg()}")
    print("50 most frequent words of the first 5,000 documents:", " ".join(top))
    queries = realistic_mix(corpus, random.Random(args.seed + 1), top)
    tmp = None
    if args.realistic == "sqlite":
        from search.sqlite import SqliteBackend

        path = args.db
        if path is None:
            tmp = tempfile.TemporaryDirectory()
            path = Path(tmp.name) / "bench.db"
        if args.copies > 1:
            copy_documents(path, args.copies)
        backend: IndexBackend = SqliteBackend(path)
    else:
        from search.elastic import ElasticBackend

        if not args.es_url:
            raise SystemExit("no Elasticsearch: pass --es-url or set DUMAWATCH_ES_URL")
        name = args.es_index or f"bench-{uuid.uuid4().hex[:8]}"
        backend = ElasticBackend(args.es_url, index=name, spool=False)
    try:
        if not args.reuse:
            spent, done, started = 0.0, 0, time.perf_counter()
            batch: list[dict] = []
            for doc in corpus.documents():
                batch.append(doc)
                if len(batch) == args.batch:
                    t = time.perf_counter()
                    backend.upsert(batch)
                    spent += time.perf_counter() - t
                    done += len(batch)
                    batch = []
                    if done % 100_000 == 0:
                        print(f"  {done} indexed, {done / spent:.0f} docs/s in upsert, "
                              f"wall {time.perf_counter() - started:.0f}s, "
                              f"load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
            t = time.perf_counter()
            if batch:
                backend.upsert(batch)
                done += len(batch)
            if hasattr(backend, "refresh"):
                backend.refresh()
            spent += time.perf_counter() - t
            print(f"indexed {done} in {spent:.0f}s inside upsert: {done / spent:.0f} docs/s "
                  f"(wall {time.perf_counter() - started:.0f}s with generation)")  # fmt: skip
        print(f"documents: {backend.count()}; load {os.getloadavg()}")
        times: dict[str, list[float]] = {}
        for run in ("cold", "warm"):
            times, failed = {}, Counter()
            for name, q in queries:
                t = time.perf_counter()
                try:
                    backend.search(q)
                except BackendError as exc:  # counted and named, the run goes on
                    if not failed[name]:
                        print(f"{run}: {name} failed: {exc}", flush=True)
                    failed[name] += 1
                    continue
                times.setdefault(name, []).append((time.perf_counter() - t) * 1000)
            if failed:
                print(f"{run}: failed queries by class: {dict(failed)}")
            every = [v for vals in times.values() for v in vals]
            print(f"{run} pass over {len(queries)} queries: p50 {percentile(every, 50):.1f} / "
                  f"p95 {percentile(every, 95):.1f} / max {max(every):.1f} ms; "
                  f"load {os.getloadavg()}")  # fmt: skip
        print(f"\n{'warm pass, ms':32}{'n':>4}{'p50':>8}{'p95':>8}{'max':>8}")
        for label, vals in [("all", every), *sorted(times.items())]:
            print(f"{label:32}{len(vals):>4}{percentile(vals, 50):>8.1f}"
                  f"{percentile(vals, 95):>8.1f}{max(vals):>8.1f}")  # fmt: skip
        if args.realistic == "sqlite":
            after_write(backend, corpus, top)
    finally:
        if args.realistic == "elasticsearch" and not args.es_index:
            backend.drop()  # type: ignore[attr-defined]
        backend.close()
        if tmp is not None:
            tmp.cleanup()


def copy_documents(path: Path, copies: int) -> None:
    """Grow an index ``copies``-fold in SQL, without lemmatising again: each copy of a
    document gets a new rowid, id, URL and content hash; texts, days and facts stay. Query
    costs then grow with postings and fact columns as in a bigger corpus, but the people and
    the vocabulary are those of the original."""
    import sqlite3

    t = time.perf_counter()
    db = sqlite3.connect(path)
    top = db.execute("SELECT MAX(rowid) FROM documents").fetchone()[0]
    with db:
        for k in range(1, copies):
            shift = k * top
            db.execute(
                "INSERT INTO documents(rowid, id, url, source, title, published_at, day, "
                "fetched_at, content_hash, extraction_version, digest, doc) "
                "SELECT rowid + ?, id || '-' || ?, url || '?copy=' || ?, source, title, "
                "published_at, day, fetched_at, content_hash || ?, extraction_version, digest, "
                "doc FROM documents WHERE rowid <= ?",
                (shift, k, k, k, top),
            )
            db.execute(
                "INSERT INTO doc_text(rowid, title, body) "
                "SELECT rowid + ?, title, body FROM doc_text WHERE rowid <= ?",
                (shift, top),
            )
            for table, cols in [
                ("doc_people", "key"),
                ("doc_regions", "code"),
                ("doc_orgs", "org"),
                ("doc_figures", "value, unit, role, is_people"),
                ("doc_votes", "votes_for, against, abstained, unanimous"),
            ]:
                db.execute(
                    f"INSERT INTO {table}(doc, {cols}) SELECT doc + ?, {cols} FROM {table} "
                    "WHERE doc <= ?",
                    (shift, top),
                )
            print(f"  copy {k}: {time.perf_counter() - t:.0f}s", flush=True)
        db.execute("INSERT INTO changes(doc) VALUES (1)")  # copies in other processes reload
    db.close()
    print(f"copied to {copies}x in {time.perf_counter() - t:.0f}s")


def after_write(backend: IndexBackend, corpus, top: list[str]) -> None:
    """What the first query after a small write costs (the crawler's steady state): rewrite a
    few documents, then time one query per common word, then the same queries again."""
    for catch_up, size in [(False, 1), (False, 20), (True, 1), (True, 20), (True, 200)]:
        backend.posting_catch_up = catch_up  # type: ignore[attr-defined]
        docs = [corpus.document(i) for i in range(size)]
        for d in docs:
            d["title"] += f" (обновлено {catch_up} {size})"
        backend.upsert(docs)
        first, again = [], []
        for word in top[:10]:
            t = time.perf_counter()
            backend.search(SearchQuery(text=word))
            first.append((time.perf_counter() - t) * 1000)
        for word in top[:10]:
            t = time.perf_counter()
            backend.search(SearchQuery(text=word))
            again.append((time.perf_counter() - t) * 1000)
        state = "on " if catch_up else "off"
        print(f"catch-up {state}, {size} documents rewritten: first query of each of 10 top words "
              f"p50 {percentile(first, 50):.1f} / max {max(first):.1f} ms "
              f"(first: {first[0]:.1f} ms); again p50 {percentile(again, 50):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
