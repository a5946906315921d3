"""`dumawatch crawl`: the generic spider over one or more sites, into the chosen index."""

from __future__ import annotations

import argparse
import sys

from dumawatch.errors import UserError
from search.target import resolve_target


def crawl_command(args: argparse.Namespace) -> int:
    from crawler.run import crawl

    if not args.urls and not args.source:
        raise UserError("give at least one URL, or --source NAME with --config sources.yaml")
    settings = {}
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
