"""The offline demo: serve the bundled sample duma site on 127.0.0.1, crawl it with the real
spider, extract, index into the embedded index and show what a researcher gets."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from rich.console import Console

from dumawatch.commands.io import console as rich_console
from dumawatch.commands.search import print_result
from search import IndexBackend, SearchQuery, open_index
from search.target import resolve_target


def summarize(index: IndexBackend, console: Console) -> None:
    people: Counter[str] = Counter()
    names: dict[str, str] = {}
    posts: dict[str, Counter[str]] = defaultdict(Counter)
    regions: Counter[str] = Counter()
    figures = []
    for doc in index.iter_documents():
        for p in doc.get("people") or []:
            people[p["key"]] += 1
            names.setdefault(p["key"], p.get("name") or p["key"])
            for post in p.get("posts") or []:
                where = post.get("place") or post.get("org")
                posts[p["key"]][post["title"] + (f" ({where})" if where else "")] += 1
        for r in doc.get("regions") or []:
            regions[r.get("name") or r["code"]] += 1
        for f in doc.get("figures") or []:
            if f.get("is_people"):
                figures.append((f["value"], f.get("text", ""), doc.get("title", "")))
    console.print(f"\n[bold]Статей в индексе:[/] {index.count()}")
    console.print("\n[bold]Чаще всего упоминаются:[/]")
    for key, n in people.most_common(8):
        post = ", ".join(t for t, _ in posts[key].most_common(2)) or "—"
        console.print(f"  {names[key]} — {n} ст.; {post}")
    console.print(
        "\n[bold]Регионы:[/] " + ", ".join(f"{r} ({n})" for r, n in regions.most_common(8))
    )
    console.print("\n[bold]Самые многолюдные события:[/]")
    for value, text, title in sorted(figures, reverse=True)[:5]:
        console.print(f"  {value:g} — «{text}» — {title}")


def demo_command(args: argparse.Namespace) -> int:
    return run_demo(args.index)


def run_demo(target: str | None = None) -> int:
    from crawler.run import crawl
    from sample_site.server import serve

    console = rich_console()
    target = resolve_target(target)
    with serve() as site:
        console.print(f"[bold]Образец сайта думы:[/] {site.base_url}  → индекс {target}")
        # the summary below says what happened; Scrapy's statistics are for `crawl --verbose`.
        # The sample site is our own server on loopback: the politeness delay that protects
        # municipal servers would only make the demo wait.
        settings = {"AUTOTHROTTLE_ENABLED": False, "PROGRESS_STATS": False, "DOWNLOAD_DELAY": 0}
        report = crawl([site.base_url + "/"], target, settings=settings)
    console.print(
        f"Обход: страниц {report.pages}, статей {report.articles} (новых {report.new}, "
        f"обновлённых {report.updated}, без изменений {report.unchanged}), ошибок {report.errors}"
    )
    with open_index(target) as index:
        summarize(index, console)
        examples = [
            ("бюджет", SearchQuery(text="бюджет", limit=3)),
            (
                "события с участием от 100 человек",
                SearchQuery(figure_role="participants", figure_min=100, limit=3),
            ),
        ]
        for title, query in examples:
            console.print(f"\n[bold]── Поиск: {title} ──[/]")  # a rule would span a pipe's width
            print_result(index.search(query), console)
    console.print(
        f'\nДальше: dumawatch search "ТОС" --index {target}   ·   '
        f"dumawatch export --format csv -o facts.csv --index {target}"
    )
    return 0
