"""`dumawatch crawl`: the generic spider over one or more sites, into the chosen index."""

from __future__ import annotations

import argparse
import json
import sys

from dumawatch.errors import UserError
from search.target import resolve_target


def parse_setting(item: str) -> tuple[str, object]:
    """``NAME=VALUE`` with VALUE read as JSON when it is JSON (numbers, true/false)."""
    name, sep, value = item.partition("=")
    if not sep or not name.strip().isupper():
        raise UserError(f"-s takes NAME=VALUE with an upper-case Scrapy setting name, not {item!r}")
    try:
        return name.strip(), json.loads(value)
    except json.JSONDecodeError:
        return name.strip(), value


def crawl_command(args: argparse.Namespace) -> int:
    from crawler.run import crawl

    if not args.urls and not args.source:
        raise UserError("give at least one URL, or --source NAME with --config sources.yaml")
    settings = dict(parse_setting(item) for item in args.set)
    if args.es_index:
        settings["ES_INDEX"] = args.es_index
    report = crawl(
        list(args.urls),
        resolve_target(args.index),
        max_pages=args.max_pages,
        source=args.source,
        config=args.config,
        settings=settings or None,
        progress=not args.quiet,
    )
    print(
        f"pages {report.pages}, articles {report.articles} "
        f"(new {report.new}, updated {report.updated}, unchanged {report.unchanged}), "
        f"errors {report.errors}",
        file=sys.stderr,
    )
    return 0
