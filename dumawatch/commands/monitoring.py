"""`dumawatch serve|alerts|runs|schedule|watch`: the service and the monitoring state."""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import sqlite3
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dumawatch.commands.index import index_options
from dumawatch.errors import UserError, os_error, sqlite_error
from search import open_index
from search.target import redact, resolve_target

if TYPE_CHECKING:
    from monitor.state import StateStore


@contextlib.contextmanager
def state_errors(path: str | None) -> Iterator[None]:
    """SQLite errors of the state database (damaged, read-only, full disk) as one line that
    names the file."""
    try:
        yield
    except sqlite3.Error as exc:
        from monitor.state import resolve_state_path

        raise sqlite_error(exc, "state database", resolve_state_path(path)) from exc


def open_state_or_fail(path: str | None) -> StateStore:
    from monitor.state import open_state

    with state_errors(path):
        return open_state(path)


def check_serving(args: argparse.Namespace, target: str) -> None:
    """What would otherwise fail only on the first request, or in uvicorn's log: an index or
    state database that cannot be opened, an address that cannot be listened on."""
    with open_index(target, must_exist=True, **index_options(args)):
        pass
    open_state_or_fail(args.state).close()
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            args.host, args.port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as listener:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            listener.bind(address)
    except OSError as exc:
        raise os_error(exc, f"cannot listen on {args.host}:{args.port}") from exc


def serve_command(args: argparse.Namespace) -> int:
    from dumawatch.api import run

    target = resolve_target(args.index)
    check_serving(args, target)
    print(
        f"dumawatch: serving http://{args.host}:{args.port}/ (index {redact(target)})",
        file=sys.stderr,
        flush=True,
    )
    run(
        args.host,
        args.port,
        target,
        args.with_scheduler,
        state_path=args.state,
        sources_path=args.config,
        allow_private_crawl=args.allow_private_crawl,
        index_options=index_options(args),
    )
    return 0


def alerts_command(args: argparse.Namespace) -> int:
    from monitor.alerts import deliver_pending, list_alerts

    with state_errors(args.state):
        state = open_state_or_fail(args.state)
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

    with state_errors(args.state):
        rows = list_runs(open_state_or_fail(args.state), source=args.source, limit=args.limit)
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

    state = open_state_or_fail(args.state)
    target = resolve_target(args.index)
    if args.once:
        with state_errors(args.state):
            runs = run_due_once(
                state, target, config_path=args.config, index_options=index_options(args)
            )
        print(f"ran {len(runs)} due crawl(s)", file=sys.stderr)
        return 0
    print(
        f"dumawatch: scheduler running (index {redact(target)}); Ctrl-C stops it",
        file=sys.stderr,
    )
    with state_errors(args.state):
        run_forever(state, target, config_path=args.config, interval=args.interval,
                    index_options=index_options(args))  # fmt: skip
    return 0


def watch_command(args: argparse.Namespace) -> int:
    from monitor.watchlists import add_entry, ensure_watchlist, list_entries, list_watchlists

    if args.action == "add" and (not args.name or not args.name.strip()):
        raise UserError(
            "watch add needs the official's name, e.g. dumawatch watch add «Сергей Петров»"
        )
    with state_errors(args.state):
        state = open_state_or_fail(args.state)
        if args.action == "add":
            watchlist = ensure_watchlist(state, args.watchlist)
            entry = add_entry(state, watchlist["id"], args.name, aliases=args.alias,
                              posts=args.post, regions=args.region)  # fmt: skip
            print(f"watching {entry.name} in «{watchlist['name']}» (entry {entry.id})")
            return 0
        for wl in list_watchlists(state):
            print(f"{wl['name']}:")
            for e in list_entries(state, wl["id"]):
                extra = ", ".join(e.aliases)
                print(f"  {e.id}. {e.name}" + (f" ({extra})" if extra else ""))
    return 0
