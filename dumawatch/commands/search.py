"""`dumawatch search`: ranked hits with highlighted snippets and facet counts."""

from __future__ import annotations

import argparse
import json
import re

from rich.console import Console
from rich.markup import escape

from dumawatch.commands.index import index_from_args
from dumawatch.commands.io import console
from dumawatch.plural import plural
from search import SearchQuery, SearchResult
from search.profiles import find_people

MARK = re.compile(r"<mark>(.*?)</mark>")


def query_from_args(args: argparse.Namespace) -> SearchQuery:
    role, low = args.figure_role, args.figure_min
    if args.participants_min is not None:
        role, low = "participants", args.participants_min
    return SearchQuery(
        text=args.query,
        person=args.person,
        region=args.region,
        org=args.org,
        source=args.source,
        since=args.since,
        until=args.until,
        figure_role=role,
        figure_min=low,
        figure_max=args.figure_max,
        votes_against_min=args.votes_against_min,
        limit=getattr(args, "limit", 10),
        offset=getattr(args, "offset", 0),
        histogram=getattr(args, "histogram", None),
    )


def render_snippet(snippet: str) -> str:
    """HTML snippet (escaped, <mark>ed) to rich markup."""
    import html

    parts = MARK.split(snippet)
    out = []
    for i, part in enumerate(parts):
        text = escape(html.unescape(part))
        out.append(f"[bold yellow]{text}[/]" if i % 2 else text)
    return "".join(out)


def print_result(result: SearchResult, console: Console) -> None:
    noun = plural(result.total, "документ", "документа", "документов")
    console.print(f"[bold]{result.total}[/] {noun}")
    for n, hit in enumerate(result.hits, 1):
        console.print(f"\n[bold]{n}. {escape(hit.title)}[/]  [dim]{hit.published_at or ''}[/]")
        console.print(f"   [blue]{escape(hit.url)}[/]")
        console.print("   " + render_snippet(hit.snippet))
    for name, title in (("people", "Люди"), ("regions", "Регионы"), ("orgs", "Организации")):
        facets = result.facets.get(name) or []
        if facets:
            line = ", ".join(f"{escape(f.label)} ({f.count})" for f in facets)
            console.print(f"\n[bold]{title}:[/] {line}")
    if result.histogram:
        peak = max(b.count for b in result.histogram)
        console.print("\n[bold]По датам:[/]")
        for b in result.histogram:
            bar = "█" * max(1, round(30 * b.count / peak))
            console.print(f"  {b.key:>10} {bar} {b.count}")


def print_namesakes(name: str, people: list[dict], console: Console) -> None:
    noun = plural(len(people), "человек", "человека", "человек")
    console.print(
        f"\n[bold]«{escape(name)}»[/]: под этим именем {len(people)} {noun}; "
        "выберите одного по ключу:"
    )
    for p in people:
        docs = plural(p["documents"], "документ", "документа", "документов")
        console.print(
            f"  --person {escape(p['value'])}  {escape(p['label'])}, {p['documents']} {docs}"
        )


def search_command(args: argparse.Namespace) -> int:
    with index_from_args(args, must_exist=True) as index:
        result = index.search(query_from_args(args))
        # a name several people go by (namesakes, a person split off another): say so
        namesakes = find_people(index, args.person, 10) if args.person and not args.json else []
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print_result(result, console())
        if len(namesakes) > 1:
            print_namesakes(args.person, namesakes, console())
    return 0
