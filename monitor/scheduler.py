"""Run crawls when their ``schedule`` (a cron expression in sources.yaml) says they are due.

Last-run times live in the state store, so a restarted scheduler neither repeats a crawl it has
just done nor forgets one that fell due while it was down (it runs it once, not once per missed
slot). Crawls run one at a time, each under its source's lock (``monitor.crawl_locks``): a
source that a CLI or API crawl, or a second scheduler process, is crawling is skipped and
tried again at the next tick.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from croniter import croniter

from crawler.netguard import UnsafeTarget, check_url
from monitor.crawls import CrawlFn, SourceBusy, run_crawl
from monitor.runs import finish_run, start_run
from monitor.sources import all_sources
from monitor.state import StateStore
from search.target import redact

log = logging.getLogger(__name__)


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def valid_schedule(expression: str) -> bool:
    return croniter.is_valid(expression)


def next_due(schedule: str, last_run: datetime | None, now: datetime) -> datetime:
    """When a source is next due: never run → now; else the first cron slot after the last run."""
    if last_run is None:
        return now
    return croniter(schedule, last_run).get_next(datetime)


def due_sources(state: StateStore, sources: list[dict], now: datetime) -> list[dict]:
    out = []
    for source in sources:
        schedule = source.get("schedule")
        if not schedule or not valid_schedule(schedule):
            continue
        row = state.query_one("SELECT * FROM schedule WHERE source = ?", (source["name"],))
        last = _parse(row["last_run_at"]) if row else None
        if next_due(schedule, last, now) <= now:
            out.append(source)
    return out


def _ran(state: StateStore, name: str, when: datetime) -> None:
    with state.transaction() as db:
        db.execute(
            "INSERT INTO schedule (source, last_run_at) VALUES (?, ?)"
            " ON CONFLICT(source) DO UPDATE SET last_run_at = excluded.last_run_at",
            (name, when.isoformat()),
        )


def run_due_once(
    state: StateStore,
    index_target: str | None,
    *,
    sources: list[dict] | None = None,
    config_path: str | None = None,
    now: datetime | None = None,
    crawl: CrawlFn | None = None,
    allow_private: bool = False,
    index_options: dict | None = None,
    alert_first_crawl: bool = False,
) -> list[dict]:
    """Run every due source once, one after another; returns the recorded runs.

    A source's first crawl is a baseline without alerts unless ``alert_first_crawl`` (or the
    source's own ``alert_first_crawl: true`` in sources.yaml) asks for them.

    A failed crawl still counts as run (its run row says why), so a broken site is retried at
    its next slot rather than hammered every tick. Sources added through the API must point at
    public addresses unless ``allow_private`` (sources.yaml is trusted: its author runs the box).
    """
    now = now or datetime.now(UTC)
    if sources is None:
        sources = all_sources(state, config_path)
    runs = []
    for source in due_sources(state, sources, now):
        name = source["name"]
        try:
            if source.get("origin") == "api":
                for url in source.get("start_urls") or []:
                    check_url(url, allow_private=allow_private)
            runs.append(
                run_crawl(
                    state,
                    index_target,
                    list(source.get("start_urls") or []),
                    # Only sources.yaml entries are known to the crawler by name.
                    source=name if source.get("origin", "config") == "config" else None,
                    label=name,
                    config=config_path,
                    trigger="schedule",
                    crawl=crawl,
                    index_options=index_options,
                    # API-added sources stay on public hosts, redirects included
                    block_private=source.get("origin") == "api" and not allow_private,
                    allow_private_webhooks=allow_private,
                    alert_first_crawl=alert_first_crawl or bool(source.get("alert_first_crawl")),
                )
            )
        except SourceBusy as exc:  # due still: tried again at the next tick
            log.info("%s; not started", exc)
            continue
        except UnsafeTarget as exc:
            run_id = start_run(state, name, list(source.get("start_urls") or []), "schedule")
            runs.append(finish_run(state, run_id, None, error=str(exc)))
        except Exception as exc:  # recorded as a failed run by run_crawl
            log.error("scheduled crawl of %s failed: %s", name, redact(str(exc)))
        _ran(state, name, now)
    return runs


def run_forever(
    state: StateStore,
    index_target: str | None,
    *,
    config_path: str | None = None,
    interval: float = 30.0,
    stop: threading.Event | None = None,
    crawl: CrawlFn | None = None,
    on_runs: Callable[[list[dict]], None] | None = None,
    allow_private: bool = False,
    index_options: dict | None = None,
) -> None:
    """Check for due sources every ``interval`` seconds until ``stop`` is set (or forever)."""
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            runs = run_due_once(
                state,
                index_target,
                config_path=config_path,
                crawl=crawl,
                allow_private=allow_private,
                index_options=index_options,
            )
            if runs and on_runs:
                on_runs(runs)
            from monitor.alerts import deliver_pending

            deliver_pending(state, allow_private=allow_private)
        except Exception:
            log.exception("scheduler tick failed")
        stop.wait(interval)


def start_in_thread(
    state: StateStore, index_target: str | None, **kwargs: object
) -> tuple[threading.Thread, threading.Event]:
    """Run the scheduler beside the web app (``dumawatch serve --with-scheduler``)."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run_forever,
        args=(state, index_target),
        kwargs={"stop": stop, **kwargs},
        name="dumawatch-scheduler",
        daemon=True,
    )
    thread.start()
    return thread, stop
