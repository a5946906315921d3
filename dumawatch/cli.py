"""`dumawatch` command line: thin wiring of crawler, extraction and search.

Every failure a user can cause ends in one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime

from dumawatch.cli_language import install as speak_russian
from dumawatch.errors import as_user_error

speak_russian()

EXIT_USAGE = 2
MAX_COUNT = 1_000_000_000  # limits, offsets, page counts: past any real index, within SQLite
DESCRIPTION = (
    "dumawatch: новости муниципальных дум и советов — обход сайтов, извлечение фактов "
    "(люди, должности, регионы, числа, голосования), поиск и наблюдение"
)
STATE_HELP = "база состояния (по умолчанию ./dumawatch-state.db)"
MAX_ID = 2**62  # row ids (as the API accepts them)
MAX_WORKERS = 256
FIGURE_BOUND = 1e15  # figure filters, as the API bounds them


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"{self.prog}: ошибка: {message} (см. --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"не дата (ГГГГ-ММ-ДД): {value!r}") from None


def iso_moment(value: str) -> str:
    """A date or date and time in ISO form, passed on as given."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"не дата (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ): {value!r}"
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
            raise argparse.ArgumentTypeError(f"нужно целое число от {low} до {high}: {value!r}")
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
            f"нужно число от -{FIGURE_BOUND:.0e} до {FIGURE_BOUND:.0e}: {value!r}"
        )
    return x


def seconds(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        x = math.nan
    if not (math.isfinite(x) and 0 < x <= 86_400):
        raise argparse.ArgumentTypeError(f"нужно число секунд от 0 до 86400: {value!r}")
    return x


FIGURE_ROLES = [
    "participants", "attendees", "members", "voters", "residents", "votes_for", "votes_against",
    "abstained", "other",
]  # fmt: skip


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """The search filters, the same for search and export (API and web use the same names; see
    docs/data-model.md, "Filters")."""
    p.add_argument("--person", help="ключ персоны или имя в любом падеже («Петров С. В.»)")
    p.add_argument("--region", help="код региона (RU-KLU) или название")
    p.add_argument("--org", help="название организации")
    p.add_argument("--source", help="источник (имя из sources.yaml или сайт)")
    p.add_argument("--since", type=iso_date, metavar="ГГГГ-ММ-ДД", help="опубликовано не раньше")
    p.add_argument("--until", type=iso_date, metavar="ГГГГ-ММ-ДД", help="опубликовано не позже")
    p.add_argument(
        "--participants-min",
        type=figure,
        metavar="N",
        help="события, в которых участвовало не меньше N человек",
    )
    p.add_argument("--figure-role", choices=FIGURE_ROLES, help="роль числа («участники» и др.)")
    p.add_argument("--figure-min", type=figure, metavar="N", help="число не меньше N")
    p.add_argument("--figure-max", type=figure, metavar="N", help="число не больше N")
    p.add_argument(
        "--votes-against-min",
        type=whole_number(0, MAX_COUNT),
        metavar="N",
        help="документы с голосованием, где против не меньше N",
    )


def add_index_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--index",
        metavar="TARGET",
        help="sqlite:///путь/файл.db (по умолчанию ./dumawatch.db или $DUMAWATCH_INDEX) "
        "или http(s)://хост:9200 для Elasticsearch",
    )
    p.add_argument(
        "--es-index",
        metavar="NAME",
        help="имя индекса Elasticsearch (по умолчанию $DUMAWATCH_ES_INDEX или 'dumawatch')",
    )


def build_parser() -> Parser:
    parser = Parser(prog="dumawatch", description=DESCRIPTION)
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=Parser, title="команды", metavar="КОМАНДА"
    )

    p = sub.add_parser(
        "crawl", help="обойти сайт: найти, скачать, разобрать и проиндексировать новости"
    )
    p.add_argument(
        "urls", nargs="*", metavar="URL", help="адрес главной страницы или ленты новостей"
    )
    add_index_option(p)
    p.add_argument(
        "--max-pages", type=positive_int, metavar="N", help="остановиться после N страниц"
    )
    p.add_argument("--source", metavar="NAME", help="источник из sources.yaml")
    p.add_argument("--config", metavar="sources.yaml", help="файл настроек сайтов")
    p.add_argument("--quiet", action="store_true", help="без строки хода обхода")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="после обхода вывести статистику Scrapy"
    )
    p.add_argument("--state", metavar="FILE", help="где записаны обходы и оповещения")
    p.add_argument(
        "--alert-first-crawl",
        action="store_true",
        help="оповещать и при первом обходе сайта (по умолчанию он без оповещений)",
    )
    p.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="настройка Scrapy, например -s DOWNLOAD_DELAY=2 (можно повторять)",
    )

    p = sub.add_parser("extract", help="извлечь факты из JSONL-файла с текстами")
    p.add_argument(
        "input",
        nargs="?",
        default="-",
        metavar="INPUT",
        help="JSONL (по умолчанию стандартный ввод)",
    )
    p.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUTPUT",
        help="JSONL (по умолчанию стандартный вывод)",
    )
    p.add_argument(
        "--workers",
        type=whole_number(1, MAX_WORKERS),
        metavar="N",
        help="процессов (по умолчанию по числу ядер)",
    )

    p = sub.add_parser("search", help="искать в документах и фактах индекса")
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="слова запроса")
    add_index_option(p)
    add_filter_options(p)
    p.add_argument("--limit", type=positive_int, default=10, metavar="N", help="сколько показать")
    p.add_argument(
        "--offset", type=whole_number(0, MAX_COUNT), default=0, metavar="N", help="пропустить N"
    )
    p.add_argument(
        "--histogram",
        choices=["day", "month", "year"],
        help="ещё и число совпадений по дням, месяцам или годам публикации",
    )
    p.add_argument(
        "--json", action="store_true", help='вывести {"total", "hits", "facets"[, "histogram"]}'
    )

    p = sub.add_parser("export", help="выгрузить документы индекса с их фактами")
    add_index_option(p)
    p.add_argument(
        "query",
        nargs="?",
        default="",
        metavar="QUERY",
        help="только документы, подходящие под запрос",
    )
    add_filter_options(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "csv", "facts-csv"],
        default="jsonl",
        help="facts-csv: строка на каждую пару персона–должность, число и голосование "
        "(docs/data-model.md)",
    )
    p.add_argument(
        "-o", "--output", default="-", metavar="FILE", help="файл (по умолчанию стандартный вывод)"
    )

    p = sub.add_parser("serve", help="HTTP API и веб-интерфейс")
    add_index_option(p)
    p.add_argument("--host", default="127.0.0.1", help="адрес (по умолчанию 127.0.0.1)")
    p.add_argument("--port", type=whole_number(1, 65535), default=8000, help="порт (8000)")
    p.add_argument(
        "--with-scheduler", action="store_true", help="заодно выполнять обходы по расписанию"
    )
    p.add_argument(
        "--state", metavar="FILE", help="база состояния (по умолчанию ./dumawatch-state.db)"
    )
    p.add_argument("--config", metavar="sources.yaml", help="источники и расписания")
    p.add_argument(
        "--allow-private-crawl",
        action="store_true",
        help="разрешить обходам через API и вебхукам обращаться в частные сети",
    )

    p = sub.add_parser("officials", help="кто какую должность занимал: статус и даты")
    add_index_option(p)
    p.add_argument("--place", metavar="P", help="город или район («Калуга»)")
    p.add_argument("--org", metavar="O", help="организация («Городская Дума»)")
    p.add_argument(
        "--as-of", type=iso_date, metavar="ГГГГ-ММ-ДД", help="как было в индексе на этот день"
    )
    p.add_argument("--json", action="store_true", help="вывести JSON")

    from dumawatch.commands.people import add_people_parser

    add_people_parser(sub, add_index_option)

    p = sub.add_parser("alerts", help="новые упоминания должностных лиц из списков наблюдения")
    p.add_argument("--state", metavar="FILE", help=STATE_HELP)
    p.add_argument("--watchlist", metavar="NAME|ID", help="один список, по имени или номеру")
    p.add_argument("--since", type=iso_moment, metavar="ГГГГ-ММ-ДД", help="не раньше")
    p.add_argument("--limit", type=positive_int, default=50, help="сколько показать (50)")
    p.add_argument(
        "--offset", type=whole_number(0, MAX_ID), default=0, help="пропустить N самых новых"
    )
    p.add_argument(
        "--deliver", action="store_true", help="сначала повторить недоставленные вебхуки"
    )
    p.add_argument("--json", action="store_true", help="вывести JSON")

    p = sub.add_parser("runs", help="записанные обходы")
    p.add_argument("--state", metavar="FILE", help=STATE_HELP)
    p.add_argument("--source", metavar="NAME", help="только этот источник")
    p.add_argument("--limit", type=positive_int, default=20, help="сколько показать (20)")
    p.add_argument("--json", action="store_true", help="вывести JSON")

    p = sub.add_parser("schedule", help="обходы по расписанию из sources.yaml")
    add_index_option(p)
    p.add_argument("--state", metavar="FILE", help=STATE_HELP)
    p.add_argument("--config", metavar="sources.yaml", help="источники и расписания")
    p.add_argument("--once", action="store_true", help="выполнить то, что пора, и выйти")
    p.add_argument(
        "--interval", type=seconds, default=30.0, metavar="SECONDS", help="пауза проверок (30 с)"
    )

    p = sub.add_parser("watch", help="списки наблюдения за должностными лицами")
    p.add_argument(
        "action",
        choices=["add", "list", "remove", "edit"],
        help="add — добавить, list — показать, remove — убрать, edit — изменить",
    )
    p.add_argument(
        "name",
        nargs="?",
        help="add: имя («Сергей Петров»); remove/edit: номер или имя записи",
    )
    p.add_argument(
        "--watchlist", metavar="NAME|ID", help="список (для add по умолчанию «Основной»)"
    )
    p.add_argument("--alias", action="append", help="другое написание имени (можно повторять)")
    p.add_argument("--post", action="append", help="только в этой должности (можно повторять)")
    p.add_argument("--region", action="append", help="только в этом регионе (можно повторять)")
    p.add_argument("--rename", metavar="NAME", help="edit: новое имя записи")
    p.add_argument(
        "--office", metavar="POST", help="add: следить за должностью («глава»), а не за человеком"
    )
    p.add_argument("--place", metavar="P", help="add --office: город или район")
    p.add_argument("--org", metavar="O", help="add --office: организация")
    p.add_argument("--state", metavar="FILE", help=STATE_HELP)
    p.add_argument("--json", action="store_true", help="list: вывести JSON")

    p = sub.add_parser("index", help="обслуживание индекса")
    p.add_argument(
        "action", choices=["flush"], help="flush: дописать в индекс отложенные документы"
    )
    add_index_option(p)
    p.add_argument(
        "--adopt-spool",
        metavar="FOLDER",
        help="дописать в этот индекс и папку отложенных записей прежней версии dumawatch "
        "(она не знает, для какого кластера они)",
    )

    p = sub.add_parser("reindex", help="перестроить индекс, заново разобрав устаревшие документы")
    add_index_option(p)
    p.add_argument("--force", action="store_true", help="разобрать заново все документы")
    p.add_argument(
        "--copy-only", action="store_true", help="только скопировать, не разбирая заново"
    )

    p = sub.add_parser("demo", help="демонстрация без сети на встроенном образце сайта")
    p.add_argument("--index", metavar="TARGET", help="индекс (по умолчанию sqlite:///dumawatch.db)")

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
        print(f"dumawatch {args.command}: прервано", file=sys.stderr)
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
        print(f"dumawatch {args.command}: ошибка: {message}", file=sys.stderr)
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
