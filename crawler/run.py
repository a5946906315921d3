"""``crawl()``: run the news spider from Python, as often as needed in one process.

Twisted's reactor cannot be restarted, so every crawl runs in a fresh child Python process
(``python -m crawler.run``). The request goes to the child's stdin and the pickled report
comes back on its stdout: no file to leave behind. The child lives only as long as its
parent: it is signalled when the parent dies (Linux), and the parent's end of its stdin,
held open for the whole crawl, reads as end of file once the parent is gone (everywhere).
Either way the child, and the extraction workers it forked, exit within moments.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import selectors
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.index_failure import STAT as INDEX_FAILED
from crawler.parent_death import die_with_parent
from search.target import IndexSpec, index_options, resolve_index

if TYPE_CHECKING:
    from search.backend import IndexBackend

_ROOT = str(Path(__file__).resolve().parents[1])
STOP_GRACE = 5.0  # seconds a crawl process gets to exit on SIGTERM before it is killed


class CrawlError(Exception):
    """A crawl that could not do its job; the message is one line meant for the user."""


@dataclass
class CrawlReport:
    pages: int = 0
    articles: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    new_ids: list[str] = field(default_factory=list)  # for alerts on what this crawl changed
    updated_ids: list[str] = field(default_factory=list)
    message: str | None = None  # what a user should know of a crawl that did its job
    site_names: dict[str, str] = field(default_factory=dict)  # source -> the site's own name


def crawl(
    start_urls: list[str],
    index: IndexSpec | str | None = None,
    *,
    max_pages: int | None = None,
    source: str | None = None,
    config: str | Path | None = None,
    settings: dict | None = None,
    progress: bool = True,
    opened: IndexBackend | None = None,
) -> CrawlReport:
    """Crawl ``start_urls`` (or the ``source`` entry of the sources file) into the index.

    ``index`` is resolved once (``search.target.resolve_index``) and goes whole to the crawl
    process; the ``INDEX_TARGET``, ``INDEX_OPTIONS`` and ``ES_INDEX`` settings, when given,
    add to it. ``opened`` is that index already open in the caller: it is checked through it
    rather than opened once more.
    Raises ``CrawlError`` for bad input: an address that is not http(s), an unknown source,
    an unusable index, an unreachable or non-HTML start page, or a site with no articles.
    """
    from crawler.sources import SourceError, find_source, load_sources
    from search.target import redact

    urls = [u.strip() for u in start_urls if u and u.strip()]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CrawlError(f"не веб-адрес: {url!r} (нужен http:// или https://)")
    try:
        if config:
            load_sources(config)
        if source:
            urls = urls or find_source(source, config).start_urls
    except SourceError as exc:
        raise CrawlError(str(exc)) from exc
    if not urls:
        raise CrawlError("обходить нечего: укажите хотя бы один адрес или источник")
    if max_pages is not None and max_pages < 1:
        raise CrawlError(f"max_pages должен быть не меньше 1, а не {max_pages}")

    overrides: dict[str, Any] = {
        "LOG_LEVEL": "CRITICAL",  # the progress line, the report and CrawlError say it all
        "PROGRESS_ENABLED": progress,
        "PROGRESS_STATS": progress,
    }
    if max_pages:
        overrides["MAX_PAGES"] = max_pages
    if config:
        overrides["SOURCES_FILE"] = str(config)
    overrides.update(settings or {})
    if overrides.get("INDEX_ENABLED", True):
        spec = _index_spec(index, overrides)
        check_index(spec, opened)
        overrides["INDEX_SPEC"] = spec
        overrides["INDEX_TARGET"] = spec.target  # named in messages and the report
    spider_args = {"start_urls": urls, "source": source}
    result = _in_child(overrides, spider_args)
    if "error" in result:
        raise CrawlError(redact(result["error"]))
    return CrawlReport(**result)


def _index_spec(index: IndexSpec | str | None, overrides: dict[str, Any]) -> IndexSpec:
    """``index`` plus what the settings say of the index (``-s INDEX_OPTIONS=…`` wins)."""
    try:
        options = index_options(overrides.pop("INDEX_OPTIONS", None))
    except ValueError as exc:
        raise CrawlError(f"INDEX_OPTIONS: {exc}") from exc
    target = overrides.pop("INDEX_TARGET", None)
    base = index if index is not None else target
    return resolve_index(base, es_index=overrides.pop("ES_INDEX", None), **options)


def open_checked(spec: IndexSpec) -> IndexBackend:
    """Open the index and read from it once, so a crawl into an index it cannot use fails
    now, in one line, rather than after fetching a site for nothing. Opening alone proves
    little: Elasticsearch is first contacted on the first request, and SQLite reads a page
    of the file only when a query needs it."""
    index = None
    try:
        with _index_errors(spec):
            index = spec.open()
            index.count()
    except BaseException:
        if index is not None:
            index.close()
        raise
    return index


def check_index(spec: IndexSpec, opened: IndexBackend | None = None) -> None:
    """``open_checked``, or the same read through an index the caller has open already."""
    if opened is None:
        open_checked(spec).close()
        return
    with _index_errors(spec):
        opened.count()


@contextmanager
def _index_errors(spec: IndexSpec) -> Iterator[None]:
    from search.backend import BackendError
    from search.target import redact

    try:
        yield
    except BackendError as exc:  # its message names the index and the cause already
        raise CrawlError(redact(_one_line(exc))) from exc
    except (OSError, sqlite3.Error) as exc:
        raise CrawlError(redact(f"не открыть индекс {spec.target}: {_one_line(exc)}")) from exc


def _in_child(overrides: dict, spider_args: dict) -> dict:
    """Run the spider in ``python -m crawler.run`` (a child that imports nothing of ours but
    the crawler, whatever ``__main__`` the caller has) and read back its pickled report."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawler.settings")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_ROOT, env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-m", "crawler.run", str(os.getpid())],
        env=env,
        stdin=subprocess.PIPE,  # the request, then held open: its end means "parent gone"
        stdout=subprocess.PIPE,  # the report (the caller's own stdout may carry its data)
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        try:
            child.stdin.write(pickle.dumps((overrides, spider_args)))
            child.stdin.flush()
        except BrokenPipeError:
            pass  # the child died at once: told below
        data = _read_report(child)
    except BaseException:  # Ctrl-C, or SIGTERM turned into an exception by the caller
        stop_child(child)
        raise
    finally:
        child.stdin.close()
        child.stdout.close()
    try:
        return pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return {"error": f"процесс обхода завершился аварийно (код {child.returncode})"}


def _read_report(child: subprocess.Popen) -> bytes:
    """The child's stdout until it closes or the child has exited: extraction workers it
    forked hold the pipe too, and one that outlived the child must not hold up the caller."""
    assert child.stdout is not None
    fd = child.stdout.fileno()
    chunks: list[bytes] = []
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            if selector.select(timeout=0.5):
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
            elif child.poll() is not None:
                break  # exited, and nothing more is waiting in the pipe
    child.wait()
    return b"".join(chunks)


def stop_child(child: subprocess.Popen) -> None:
    """SIGTERM (the child exits at once, taking its workers along), SIGKILL if it has not
    within ``STOP_GRACE`` seconds."""
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _exit_at_once(signum: int, frame: object) -> None:
    """The crawl process's answer to SIGTERM/SIGINT/SIGHUP and to its parent's death: exit
    now. Nothing is lost that matters: every index write is a transaction (SQLite) or a
    spool entry (Elasticsearch), and what was not written is fetched again next time. The
    extraction workers are killed first (on Linux the kernel would do it as this process
    ends; elsewhere nothing else would)."""
    try:
        for worker in multiprocessing.active_children():
            worker.kill()
    finally:
        os._exit(128 + signum)


def _watch_parent() -> None:
    """Read stdin until the parent's end closes: then the parent is gone. Straight from the
    file descriptor: a daemon thread blocked inside ``sys.stdin`` would hold its lock when
    the interpreter shuts down, which aborts the process."""
    try:
        while os.read(0, 1 << 12):
            pass
    except OSError:
        pass
    os.kill(os.getpid(), signal.SIGTERM)


def _report_channel() -> Any:
    """The parent reads the report from our stdout; anything else written to fd 1 (a stray
    print in a library) goes to /dev/null instead of into the report."""
    channel = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    return channel


def _child_main(parent_pid: int) -> None:
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, _exit_at_once)
    die_with_parent(parent_pid, signal.SIGTERM)
    overrides, spider_args = pickle.load(sys.stdin.buffer)
    threading.Thread(target=_watch_parent, daemon=True).start()
    channel = _report_channel()
    try:
        report = _run_spider(overrides, spider_args)
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a CrawlError
        report = {"error": _one_line(exc)}
    channel.write(pickle.dumps(report))
    channel.flush()


def _run_spider(overrides: dict, spider_args: dict) -> dict:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler.crawl_context import CrawlContext
    from crawler.spiders.news import NewsSpider

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(overrides, priority="cmdline")
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    middlewares["crawler.index_failure.IndexFailureWatch"] = 50
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    process = CrawlerProcess(settings)
    _redact_logs()
    crawler = process.create_crawler(NewsSpider)
    failures: list[Any] = []
    process.crawl(crawler, **spider_args).addErrback(failures.append)
    process.start(install_signal_handlers=False)  # ours: exit at once, see _exit_at_once
    if failures:
        return {"error": _one_line(failures[0].value)}
    shared = bool(settings.get("REDIS_URL"))
    stats, start_urls = crawler.stats.get_stats(), spider_args["start_urls"]
    report = _report(stats, crawler.spider, start_urls, shared, settings.get("INDEX_TARGET"))
    if "error" not in report:
        context = CrawlContext.of(crawler)
        report["new_ids"] = sorted(context.new_ids)
        report["updated_ids"] = sorted(context.updated_ids)
        report["site_names"] = dict(crawler.spider.site_titles.names)
    return report


def _report(
    stats: dict,
    spider: Any,
    start_urls: list[str],
    shared: bool = False,
    target: str | None = None,
) -> dict:
    """The crawl's figures, or its one-line error. In a crawl shared through Redis another
    process may have fetched the start page and every article: that is no error here.
    An index that took none of the articles is an error; one that missed some, or parked
    them in the spool, gets a note (``message``) beside the figures."""
    plain = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in stats.items()}
    failures = spider.start_failures if spider is not None else {}
    if spider is not None and not spider.start_ok and (failures or not shared):
        url = start_urls[0]
        reason = failures.get(url) or next(iter(failures.values()), "no response")
        return {"error": f"не удалось обойти {url}: {reason}"}
    if stats.get(INDEX_FAILED):
        return {"error": stats[INDEX_FAILED]}
    not_modified = int(stats.get("dumawatch/not_modified", 0))
    articles = int(stats.get("item_scraped_count", 0)) + not_modified
    if articles == 0 and not shared:
        fatal = stats.get("dumawatch/fatal")
        return {"error": fatal or f"статей не найдено: {', '.join(start_urls)}"}
    new, updated = int(stats.get("index/new", 0)), int(stats.get("index/updated", 0))
    unchanged = int(stats.get("index/unchanged", 0))
    failed, spooled = int(stats.get("index/failed", 0)), int(stats.get("index/spooled", 0))
    cause = stats.get("index/error") or "неизвестная ошибка"
    index = f"индекс {target}" if target else "индекс"
    if failed and not (new or updated or unchanged or spooled):
        return {"error": f"{index} не сохранил ни одной из {failed} статей: {cause}"}
    notes = []
    if failed:
        notes.append(f"статей не сохранено, {index}: {failed} ({cause})")
    if spooled:
        notes.append(
            f"статей отложено, пока Elasticsearch был недоступен: {spooled}; они будут записаны "
            "при следующем обходе или командой `dumawatch index flush`"
        )
    return {
        "pages": _pages(stats),
        "articles": articles,
        "new": new,
        "updated": updated,
        "unchanged": unchanged + not_modified,
        "errors": int(stats.get("dumawatch/errors", 0)),
        "stats": plain,
        "message": "; ".join(notes) or None,
    }


def _pages(stats: dict) -> int:
    """Responses the spider asked for (the robots.txt check by Scrapy itself not counted)."""
    return int(stats.get("response_received_count", 0)) - int(
        stats.get("robotstxt/response_count", 0)
    )


def _one_line(exc: BaseException) -> str:
    from search.target import redact

    text = str(exc).strip() or type(exc).__name__
    return redact(text.splitlines()[0])


class RedactingFilter(logging.Filter):
    """Log lines (Scrapy lists the overridden settings, the index target among them) show
    no password of an index URL."""

    def filter(self, record: logging.LogRecord) -> bool:
        from search.target import redact

        try:
            text = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is logging's to report, not ours
            return True
        shown = redact(text)
        if shown != text:
            record.msg, record.args = shown, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


def _redact_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())


if __name__ == "__main__":
    _child_main(int(sys.argv[1]))
