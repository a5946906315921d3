"""`dumawatch serve|alerts|runs|schedule|watch`: the service and the monitoring state."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table

from dumawatch.commands.index import index_options
from dumawatch.commands.io import console
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
        raise os_error(exc, f"не слушать {args.host}:{args.port}") from exc


def serve_command(args: argparse.Namespace) -> int:
    from dumawatch.api import run
    from dumawatch.api.auth import TOKEN_ENV

    target = resolve_target(args.index)
    check_serving(args, target)
    print(
        f"dumawatch: работает на http://{args.host}:{args.port}/ (индекс {redact(target)})",
        file=sys.stderr,
        flush=True,
    )
    if not os.environ.get(TOKEN_ENV):
        print(
            f"dumawatch: только чтение: изменения (обходы, списки наблюдения, источники) "
            f"отклоняются, пока не задан {TOKEN_ENV}",
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
    from monitor.watchlists import find_watchlist

    with state_errors(args.state):
        state = open_state_or_fail(args.state)
        watchlist_id = None
        if args.watchlist is not None:
            found = find_watchlist(state, args.watchlist)
            if found is None:
                raise UserError(
                    f"нет списка наблюдения {args.watchlist!r} (их показывает dumawatch watch list)"
                )
            watchlist_id = found["id"]
        if args.deliver:
            deliver_pending(state)
        rows = list_alerts(state, watchlist_id=watchlist_id, since=args.since, limit=args.limit,
                           offset=args.offset)  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    out = console()
    if not rows:
        out.print("оповещений нет")
    for a in rows:
        out.print(
            f"[bold]{escape(a['person_name'])}[/] ({escape(a['watchlist'])}) — "
            f"{escape(a['title'])} [dim]{a.get('published_at') or ''}[/]\n"
            f"   [blue]{escape(a['url'])}[/]\n   {escape(a['snippet'])}"
        )
        for change in a.get("changes") or []:
            what = "новый в должности" if change["change"] == "new_holder" else (
                f"статус: {change['previous_status']} → {change['status']}")  # fmt: skip
            out.print(f"   ▸ {escape(str(change['person']['name']))}: {what}")
    return 0


RUN_STATUS = {
    "running": "идёт",
    "finished": "завершён",
    "failed": "ошибка",
    "interrupted": "прерван",
}


def runs_command(args: argparse.Namespace) -> int:
    from monitor.runs import list_runs

    with state_errors(args.state):
        rows = list_runs(open_state_or_fail(args.state), source=args.source, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    table = Table("№", "источник", "статус", "начат", "закончен", "страниц", "новых",
                  "обновлено", "без изменений", "ошибок", "оповещений")  # fmt: skip
    for r in rows:
        r = {**r, "status": RUN_STATUS.get(r.get("status"), r.get("status"))}
        table.add_row(*(str(r.get(k) if r.get(k) is not None else "") for k in (
            "id", "source", "status", "started_at", "finished_at", "pages", "new", "updated",
            "unchanged", "errors", "alerts")))  # fmt: skip
    console().print(table)
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
        print(f"выполнено обходов по расписанию: {len(runs)}", file=sys.stderr)
        return 0
    print(
        f"dumawatch: расписание работает (индекс {redact(target)}); остановить — Ctrl-C",
        file=sys.stderr,
    )
    with state_errors(args.state):
        run_forever(state, target, config_path=args.config, interval=args.interval,
                    index_options=index_options(args))  # fmt: skip
    return 0


def watch_command(args: argparse.Namespace) -> int:
    from monitor.watchlists import WatchlistError

    with state_errors(args.state):
        state = open_state_or_fail(args.state)
        try:
            return WATCH_ACTIONS[args.action](state, args)
        except WatchlistError as exc:
            raise UserError(str(exc)) from None


def _watchlist_or_fail(state: StateStore, ref: str) -> dict:
    from monitor.watchlists import find_watchlist

    found = find_watchlist(state, ref)
    if found is None:
        raise UserError(f"нет списка наблюдения {ref!r} (их показывает dumawatch watch list)")
    return found


def _entry_ref(args: argparse.Namespace) -> str:
    if not args.name or not args.name.strip():
        raise UserError(
            f"watch {args.action}: нужен номер или имя записи (см. dumawatch watch list)"
        )
    return args.name


def _watch_add(state: StateStore, args: argparse.Namespace) -> int:
    from monitor.watchlists import add_entry, ensure_watchlist, find_watchlist

    if (not args.name or not args.name.strip()) and not args.office:
        raise UserError(
            "watch add: нужно имя, например dumawatch watch add «Сергей Петров», "
            "или должность: --office глава --place Калуга"
        )
    office = {"title": args.office, "place": args.place, "org": args.org} if args.office else None
    ref = args.watchlist or "Основной"
    watchlist = find_watchlist(state, ref) or ensure_watchlist(state, ref)
    entry = add_entry(state, watchlist["id"], args.name or "", aliases=args.alias,
                      posts=args.post, regions=args.region, office=office)  # fmt: skip
    print(
        f"слежу за {entry.name} в списке «{watchlist['name']}» (список {watchlist['id']}, "
        f"запись {entry.id})"
    )
    return 0


def _watch_list(state: StateStore, args: argparse.Namespace) -> int:
    from monitor.watchlists import list_entries, list_watchlists

    lists = (
        [_watchlist_or_fail(state, args.watchlist)] if args.watchlist else list_watchlists(state)
    )
    if args.json:
        shown = [{**wl, "entries": [e.to_json() for e in list_entries(state, wl["id"])]}
                 for wl in lists]  # fmt: skip
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    for wl in lists:
        hook = f", вебхук {wl['webhook_url']}" if wl.get("webhook_url") else ""
        print(f"{wl['name']} (список {wl['id']}{hook}):")
        for e in list_entries(state, wl["id"]):
            terms = {"другие формы": e.aliases, "должности": e.posts, "регионы": e.regions}
            if e.office:
                terms["должность"] = [v for v in e.office.values() if v]
            extra = "; ".join(f"{k}: {', '.join(v)}" for k, v in terms.items() if v)
            print(f"  {e.id}. {e.name}" + (f" ({extra})" if extra else ""))
    return 0


def _watch_remove(state: StateStore, args: argparse.Namespace) -> int:
    from monitor.watchlists import delete_entry, find_entry

    scope = _watchlist_or_fail(state, args.watchlist)["id"] if args.watchlist else None
    entry = find_entry(state, _entry_ref(args), scope)
    delete_entry(state, entry.watchlist_id, entry.id)
    print(f"больше не слежу за {entry.name} (запись {entry.id})")
    return 0


def _watch_edit(state: StateStore, args: argparse.Namespace) -> int:
    from monitor.watchlists import find_entry, update_entry

    scope = _watchlist_or_fail(state, args.watchlist)["id"] if args.watchlist else None
    entry = find_entry(state, _entry_ref(args), scope)
    if args.rename is None and args.alias is None and args.post is None and args.region is None:
        raise UserError("watch edit: нужен --rename, --alias, --post или --region")
    updated = update_entry(state, entry.id, name=args.rename, aliases=args.alias,
                           posts=args.post, regions=args.region)  # fmt: skip
    assert updated is not None
    print(f"запись {updated.id}: {updated.name}")
    return 0


WATCH_ACTIONS = {"add": _watch_add, "list": _watch_list, "remove": _watch_remove,
                 "edit": _watch_edit}  # fmt: skip
