"""`dumawatch crawl`: the generic spider over one or more sites, into the chosen index."""

from __future__ import annotations

import argparse
import json
import signal
import sys

from dumawatch.errors import UserError
from search.target import resolve_index


def parse_setting(item: str) -> tuple[str, object]:
    """``NAME=VALUE`` with VALUE read as JSON when it is JSON (numbers, true/false)."""
    name, sep, value = item.partition("=")
    if not sep or not name.strip().isupper():
        raise UserError(f"-s ждёт ИМЯ=ЗНАЧЕНИЕ с именем настройки Scrapy заглавными, а не {item!r}")
    try:
        return name.strip(), json.loads(value)
    except json.JSONDecodeError:
        return name.strip(), value


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def crawl_command(args: argparse.Namespace) -> int:
    """Every CLI crawl is a recorded run, and its new mentions of watched people are alerts.
    SIGTERM ends it as Ctrl-C does: the crawl process is stopped and the run recorded as
    interrupted (after a ``kill -9`` the next reader of the runs does the recording)."""
    from monitor.crawls import SourceBusy, run_crawl
    from monitor.state import open_state

    if not args.urls and not args.source:
        raise UserError("укажите хотя бы один адрес или --source ИМЯ с --config sources.yaml")
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        run = run_crawl(
            open_state(args.state),
            resolve_index(args.index, es_index=args.es_index),
            list(args.urls),
            source=args.source,
            max_pages=args.max_pages,
            config=args.config,
            trigger="cli",
            # Scrapy's statistics only when asked; a -s PROGRESS_STATS=... still wins
            settings={"PROGRESS_STATS": args.verbose, **dict(parse_setting(i) for i in args.set)},
            progress=not args.quiet,
            alert_first_crawl=args.alert_first_crawl,
        )
    except SourceBusy as exc:
        raise UserError(str(exc)) from exc
    if run.get("message"):  # before the figures, which stay the last line
        print(f"dumawatch crawl: {run['message']}", file=sys.stderr)
    print(
        f"страниц {run['pages']}, статей {run['articles']} (новых {run['new']}, "
        f"обновлённых {run['updated']}, без изменений {run['unchanged']}), "
        f"ошибок {run['errors']}, оповещений {run['alerts']}",
        file=sys.stderr,
    )
    return 0
