"""`dumawatch serve|alerts|runs|schedule|watch`: the service and the monitoring state."""

from __future__ import annotations

import argparse
import json
import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dumawatch.commands.index import index_options
from dumawatch.errors import UserError
from search.target import resolve_target


def serve_command(args: argparse.Namespace) -> int:
    from dumawatch.api import run

    target = resolve_target(args.index)
    print(f"dumawatch: serving http://{args.host}:{args.port}/ (index {target})", file=sys.stderr)
    run(
        args.host,
        args.port,
        resolve_target(args.index),
        args.with_scheduler,
        state_path=args.state,
        sources_path=args.config,
        allow_private_crawl=args.allow_private_crawl,
        index_options=index_options(args),
    )
    return 0


def alerts_command(args: argparse.Namespace) -> int:
    from monitor.alerts import deliver_pending, list_alerts
    from monitor.state import open_state

    state = open_state(args.state)
    if args.deliver:
        deliver_pending(state)
    rows = list_alerts(state, watchlist_id=args.watchlist, since=args.since, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    console = Console(highlight=False)
    if not rows:
        console.print("no alerts")
    for a in rows:
        console.print(
            f"[bold]{escape(a['person_name'])}[/] ({escape(a['watchlist'])}) — "
            f"{escape(a['title'])} [dim]{a.get('published_at') or ''}[/]\n"
            f"   [blue]{escape(a['url'])}[/]\n   {escape(a['snippet'])}"
        )
    return 0


def runs_command(args: argparse.Namespace) -> int:
    from monitor.runs import list_runs
    from monitor.state import open_state

    rows = list_runs(open_state(args.state), source=args.source, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    table = Table("id", "source", "status", "started", "finished", "pages", "new", "updated",
                  "unchanged", "errors", "alerts")  # fmt: skip
    for r in rows:
        table.add_row(*(str(r.get(k) if r.get(k) is not None else "") for k in (
            "id", "source", "status", "started_at", "finished_at", "pages", "new", "updated",
            "unchanged", "errors", "alerts")))  # fmt: skip
    Console().print(table)
    return 0


def schedule_command(args: argparse.Namespace) -> int:
    from monitor.scheduler import run_due_once, run_forever
    from monitor.state import open_state

    state = open_state(args.state)
    target = resolve_target(args.index)
    if args.once:
        runs = run_due_once(
            state, target, config_path=args.config, index_options=index_options(args)
        )
        print(f"ran {len(runs)} due crawl(s)", file=sys.stderr)
        return 0
    print(f"dumawatch: scheduler running (index {target}); Ctrl-C stops it", file=sys.stderr)
    run_forever(state, target, config_path=args.config, interval=args.interval,
                index_options=index_options(args))  # fmt: skip
    return 0


def watch_command(args: argparse.Namespace) -> int:
    from monitor.state import open_state
    from monitor.watchlists import add_entry, ensure_watchlist, list_entries, list_watchlists

    state = open_state(args.state)
    if args.action == "add":
        if not args.name or not args.name.strip():
            raise UserError(
                "watch add needs the official's name, e.g. dumawatch watch add «Сергей Петров»"
            )
        watchlist = ensure_watchlist(state, args.watchlist)
        entry = add_entry(state, watchlist["id"], args.name, aliases=args.alias, posts=args.post,
                          regions=args.region)  # fmt: skip
        print(f"watching {entry.name} in «{watchlist['name']}» (entry {entry.id})")
        return 0
    for wl in list_watchlists(state):
        print(f"{wl['name']}:")
        for e in list_entries(state, wl["id"]):
            extra = ", ".join(e.aliases)
            print(f"  {e.id}. {e.name}" + (f" ({extra})" if extra else ""))
    return 0
