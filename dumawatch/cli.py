"""`dumawatch` command line: thin wiring of crawler, extraction and search.

Every failure a user can cause ends in one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date

from dumawatch.errors import as_user_error

EXIT_USAGE = 2


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


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number: {value!r}")
    return n


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
    p.add_argument("--workers", type=positive_int, metavar="N", help="processes (default: cores)")

    p = sub.add_parser("search", help="search indexed documents and facts")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    add_index_option(p)
    p.add_argument("--person", help="person key or name in any case form")
    p.add_argument("--region", help="region code (RU-KLU) or name")
    p.add_argument("--org", help="organisation name")
    p.add_argument("--source", help="source name")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--participants-min", type=float, metavar="N", help="events with at least N participants"
    )
    p.add_argument("--figure-role", choices=["participants", "members", "other"])
    p.add_argument("--figure-min", type=float, metavar="N")
    p.add_argument("--figure-max", type=float, metavar="N")
    p.add_argument("--limit", type=positive_int, default=10, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.add_argument("--json", action="store_true", help='print {"total", "hits", "facets"}')

    p = sub.add_parser("export", help="write every indexed document with its facts")
    add_index_option(p)
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("-o", "--output", default="-", metavar="FILE")

    p = sub.add_parser("demo", help="offline demo on the bundled sample site")
    p.add_argument("--index", metavar="TARGET", help="default sqlite:///demo.db")

    return parser


def run_crawl(args: argparse.Namespace) -> int:
    from dumawatch.commands.crawl import crawl_command

    return crawl_command(args)


def run_extract(args: argparse.Namespace) -> int:
    from dumawatch.commands.extract import extract_command

    return extract_command(args.input, args.output, args.workers)


def run_search(args: argparse.Namespace) -> int:
    from dumawatch.commands.search import search_command

    return search_command(args)


def run_export(args: argparse.Namespace) -> int:
    from dumawatch.commands.export import export_command

    return export_command(args)


def run_demo(args: argparse.Namespace) -> int:
    from dumawatch.demo import run_demo as demo

    return demo(args.index)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "crawl": run_crawl,
    "extract": run_extract,
    "search": run_search,
    "export": run_export,
    "demo": run_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print(f"dumawatch {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        error = as_user_error(exc)
        if error is None:
            raise
        message = " ".join(str(error).split())
        print(f"dumawatch {args.command}: error: {message}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
