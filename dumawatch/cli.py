"""`dumawatch` command line: thin wiring of crawler, extraction and search.

Every failure a user can cause ends in one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime

from dumawatch.errors import as_user_error

EXIT_USAGE = 2
MAX_COUNT = 1_000_000_000  # limits, offsets, page counts: past any real index, within SQLite
MAX_ID = 2**62  # row ids (as the API accepts them)
MAX_WORKERS = 256
FIGURE_BOUND = 1e15  # figure filters, as the API bounds them


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"{self.prog}: error: {message} (see --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def iso_moment(value: str) -> str:
    """A date or date and time in ISO form, passed on as given."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {value!r}"
        ) from None
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number in [low, high]: a bound is a one-line usage error,
    never an overflow deep in SQLite or Elasticsearch."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = low - 1
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low} to {high}: {value!r}"
            )
        return n

    return parse


positive_int = whole_number(1, MAX_COUNT)


def figure(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        x = math.nan
    if not (math.isfinite(x) and abs(x) <= FIGURE_BOUND):
        raise argparse.ArgumentTypeError(
            f"must be a number between -{FIGURE_BOUND:.0e} and {FIGURE_BOUND:.0e}: {value!r}"
        )
    return x


def seconds(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        x = math.nan
    if not (math.isfinite(x) and 0 < x <= 86_400):
        raise argparse.ArgumentTypeError(f"must be seconds between 0 and 86400: {value!r}")
    return x


FIGURE_ROLES = [
    "participants", "attendees", "members", "voters", "residents", "votes_for", "votes_against",
    "abstained", "other",
]  # fmt: skip


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """The search filters, the same for search and export (API and web use the same names; see
    docs/data-model.md, "Filters")."""
    p.add_argument("--person", help="person key or name in any case form")
    p.add_argument("--region", help="region code (RU-KLU) or name")
    p.add_argument("--org", help="organisation name")
    p.add_argument("--source", help="source name")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--participants-min", type=figure, metavar="N", help="events with at least N participants"
    )
    p.add_argument("--figure-role", choices=FIGURE_ROLES)
    p.add_argument("--figure-min", type=figure, metavar="N")
    p.add_argument("--figure-max", type=figure, metavar="N")
    p.add_argument(
        "--votes-against-min",
        type=whole_number(0, MAX_COUNT),
        metavar="N",
        help="documents with a vote tally of at least N votes against",
    )


def add_index_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--index",
        metavar="TARGET",
        help="sqlite:///path/file.db (default ./dumawatch.db or $DUMAWATCH_INDEX) "
        "or http(s)://host:9200 for Elasticsearch",
    )
    p.add_argument(
        "--es-index",
        metavar="NAME",
        help="Elasticsearch index/alias name (default $DUMAWATCH_ES_INDEX or 'dumawatch')",
    )


def build_parser() -> Parser:
    parser = Parser(prog="dumawatch", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    p = sub.add_parser("crawl", help="discover, fetch, extract and index a site's news")
    p.add_argument("urls", nargs="*", metavar="URL", help="home or news-listing page URLs")
    add_index_option(p)
    p.add_argument("--max-pages", type=positive_int, metavar="N", help="stop after N pages")
    p.add_argument("--source", metavar="NAME", help="use this entry of sources.yaml")
    p.add_argument("--config", metavar="sources.yaml", help="per-site configuration file")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="print Scrapy's statistics after the crawl"
    )
    p.add_argument("--state", metavar="FILE", help="where runs and alerts are recorded")
    p.add_argument(
        "--alert-first-crawl",
        action="store_true",
        help="alert on a site's first crawl too (by default it is a baseline without alerts)",
    )
    p.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=2 (repeatable)",
    )

    p = sub.add_parser("extract", help="extract facts from a JSONL file of texts")
    p.add_argument("input", nargs="?", default="-", metavar="INPUT", help="JSONL (default stdin)")
    p.add_argument("-o", "--output", default="-", metavar="OUTPUT", help="JSONL (default stdout)")
    p.add_argument(
        "--workers",
        type=whole_number(1, MAX_WORKERS),
        metavar="N",
        help="processes (default: cores)",
    )

    p = sub.add_parser("search", help="search indexed documents and facts")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    add_index_option(p)
    add_filter_options(p)
    p.add_argument("--limit", type=positive_int, default=10, metavar="N")
    p.add_argument("--offset", type=whole_number(0, MAX_COUNT), default=0, metavar="N")
    p.add_argument(
        "--histogram",
        choices=["day", "month", "year"],
        help="also count every match per day, month or year of publication",
    )
    p.add_argument(
        "--json", action="store_true", help='print {"total", "hits", "facets"[, "histogram"]}'
    )

    p = sub.add_parser("export", help="write every indexed document with its facts")
    add_index_option(p)
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="only documents matching")
    add_filter_options(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "csv", "facts-csv"],
        default="jsonl",
        help="facts-csv: a row per person–post, figure and vote (docs/data-model.md)",
    )
    p.add_argument("-o", "--output", default="-", metavar="FILE")

    p = sub.add_parser("serve", help="HTTP API and web UI")
    add_index_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=whole_number(1, 65535), default=8000)
    p.add_argument("--with-scheduler", action="store_true", help="also run scheduled crawls")
    p.add_argument("--state", metavar="FILE", help="state database (default ./dumawatch-state.db)")
    p.add_argument("--config", metavar="sources.yaml", help="sources and schedules")
    p.add_argument(
        "--allow-private-crawl",
        action="store_true",
        help="let API crawls and webhooks reach private networks",
    )

    p = sub.add_parser("officials", help="who held which office, with status and dates")
    add_index_option(p)
    p.add_argument("--place", metavar="P", help="city or district («Калуга»)")
    p.add_argument("--org", metavar="O", help="organisation («Городская Дума»)")
    p.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD", help="as the index stood then")
    p.add_argument("--json", action="store_true")

    from dumawatch.commands.people import add_people_parser

    add_people_parser(sub, add_index_option)

    p = sub.add_parser("alerts", help="new mentions of watched officials")
    p.add_argument("--state", metavar="FILE")
    p.add_argument("--watchlist", metavar="NAME|ID", help="one watchlist, by name or id")
    p.add_argument("--since", type=iso_moment, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=positive_int, default=50)
    p.add_argument("--offset", type=whole_number(0, MAX_ID), default=0, help="skip the newest N")
    p.add_argument("--deliver", action="store_true", help="retry undelivered webhooks first")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("runs", help="recorded crawl runs")
    p.add_argument("--state", metavar="FILE")
    p.add_argument("--source", metavar="NAME")
    p.add_argument("--limit", type=positive_int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("schedule", help="run scheduled crawls from sources.yaml")
    add_index_option(p)
    p.add_argument("--state", metavar="FILE")
    p.add_argument("--config", metavar="sources.yaml")
    p.add_argument("--once", action="store_true", help="run what is due now, then exit")
    p.add_argument("--interval", type=seconds, default=30.0, metavar="SECONDS")

    p = sub.add_parser("watch", help="watchlists of officials")
    p.add_argument("action", choices=["add", "list", "remove", "edit"])
    p.add_argument(
        "name",
        nargs="?",
        help="add: the official's name («Сергей Петров»); remove/edit: an entry's id or name",
    )
    p.add_argument("--watchlist", metavar="NAME|ID", help="the list (default «Основной» for add)")
    p.add_argument("--alias", action="append", help="another spelling (repeatable)")
    p.add_argument("--post", action="append", help="only with this post (repeatable)")
    p.add_argument("--region", action="append", help="only in this region (repeatable)")
    p.add_argument("--rename", metavar="NAME", help="edit: the entry's new name")
    p.add_argument("--office", metavar="POST", help="add: watch an office («глава») instead")
    p.add_argument("--place", metavar="P", help="add --office: its city or district")
    p.add_argument("--org", metavar="O", help="add --office: its organisation")
    p.add_argument("--state", metavar="FILE")
    p.add_argument("--json", action="store_true", help="list: as JSON")

    p = sub.add_parser("index", help="index maintenance")
    p.add_argument("action", choices=["flush"], help="flush: replay the local spool")
    add_index_option(p)
    p.add_argument(
        "--adopt-spool",
        metavar="FOLDER",
        help="also replay a spool an earlier dumawatch kept (it does not say which cluster its "
        "writes are for) into this index",
    )

    p = sub.add_parser("reindex", help="rebuild the index, re-extracting outdated documents")
    add_index_option(p)
    p.add_argument("--force", action="store_true", help="re-extract every document")
    p.add_argument("--copy-only", action="store_true", help="copy without re-extracting")

    p = sub.add_parser("demo", help="offline demo on the bundled sample site")
    p.add_argument("--index", metavar="TARGET", help="default sqlite:///demo.db")

    return parser


def lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command whose module (and its heavy imports) loads only when it runs."""

    def command(args: argparse.Namespace) -> int:
        import importlib

        return getattr(importlib.import_module(module), name)(args)

    return command


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "crawl": lazy("dumawatch.commands.crawl", "crawl_command"),
    "extract": lazy("dumawatch.commands.extract", "extract_command"),
    "search": lazy("dumawatch.commands.search", "search_command"),
    "export": lazy("dumawatch.commands.export", "export_command"),
    "demo": lazy("dumawatch.demo", "demo_command"),
    "serve": lazy("dumawatch.commands.monitoring", "serve_command"),
    "officials": lazy("dumawatch.commands.officials", "officials_command"),
    "people": lazy("dumawatch.commands.people", "people_command"),
    "alerts": lazy("dumawatch.commands.monitoring", "alerts_command"),
    "runs": lazy("dumawatch.commands.monitoring", "runs_command"),
    "schedule": lazy("dumawatch.commands.monitoring", "schedule_command"),
    "watch": lazy("dumawatch.commands.monitoring", "watch_command"),
    "index": lazy("dumawatch.commands.maintenance", "flush_command"),
    "reindex": lazy("dumawatch.commands.maintenance", "reindex_command"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a full disk under redirected output shows here, not at exit
        return code
    except KeyboardInterrupt:
        print(f"dumawatch {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        error = as_user_error(exc)
        if error is None:
            raise
        if isinstance(exc, OSError):
            drop_pending_output()
        message = " ".join(str(error).split())
        print(f"dumawatch {args.command}: error: {message}", file=sys.stderr)
        return error.exit_code


def drop_pending_output() -> None:
    """Point stdout at /dev/null, so output that failed to write (a full disk) is not tried
    again at exit, which would add a traceback under the one-line error."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (captured, closed): nothing pending
        pass


if __name__ == "__main__":
    raise SystemExit(main())
