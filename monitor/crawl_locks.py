"""One crawl of a source at a time, whoever starts it (CLI, API, scheduler) and in whichever
process: a row per source in ``crawl_locks`` of the state store, taken by one INSERT.

SQLite's unique key makes taking a lock atomic across threads and processes. A lock names the
process that holds it (host, pid, start time: ``monitor.processes``); a process killed
mid-crawl cannot release its lock, so the next one to ask finds the owner gone and takes the
lock over. A lock held by a live process is never taken, however old: crawls are long.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from monitor.processes import Owner, is_gone, this_process
from monitor.state import StateStore, now_iso


class SourceBusy(Exception):
    """The source is being crawled already; the message says by which run."""

    def __init__(self, source: str, holder: dict) -> None:
        self.source = source
        self.holder = holder
        run = f"run {holder['run_id']}, " if holder.get("run_id") else ""
        super().__init__(
            f"source {source!r} is already being crawled ({run}started by "
            f"{holder['trigger']} at {holder['taken_at']})"
        )


@dataclass(frozen=True)
class CrawlLock:
    source: str
    token: str  # this holder's, so a lock taken over meanwhile is never released by mistake


def take_lock(state: StateStore, source: str, trigger: str) -> CrawlLock:
    """The source's lock for this process, or ``SourceBusy`` when a live process holds it."""
    owner = this_process()
    token = secrets.token_hex(8)
    with state.transaction() as db:
        taken = db.execute(
            "INSERT INTO crawl_locks (source, token, trigger, taken_at, owner_host, owner_pid,"
            " owner_started) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source) DO NOTHING",
            (source, token, trigger, now_iso(), owner.host, owner.pid, owner.started),
        ).rowcount
        if not taken:
            holder = dict(
                db.execute("SELECT * FROM crawl_locks WHERE source = ?", (source,)).fetchone()
            )
            if not _holder_gone(holder):
                raise SourceBusy(source, holder)
            db.execute(  # take it over, unless someone else did a moment ago
                "UPDATE crawl_locks SET token = ?, trigger = ?, taken_at = ?, run_id = NULL,"
                " owner_host = ?, owner_pid = ?, owner_started = ? WHERE source = ? AND token = ?",
                (token, trigger, now_iso(), owner.host, owner.pid, owner.started, source,
                 holder["token"]),
            )  # fmt: skip
    return CrawlLock(source, token)


def _holder_gone(holder: dict) -> bool:
    owner = Owner(holder["owner_host"], int(holder["owner_pid"]), holder["owner_started"])
    return is_gone(owner)


def note_run(state: StateStore, lock: CrawlLock, run_id: int) -> None:
    """Name the run the lock was taken for, so a refused start can point at it."""
    with state.transaction() as db:
        db.execute(
            "UPDATE crawl_locks SET run_id = ? WHERE source = ? AND token = ?",
            (run_id, lock.source, lock.token),
        )


def release_lock(state: StateStore, lock: CrawlLock) -> None:
    with state.transaction() as db:
        db.execute(
            "DELETE FROM crawl_locks WHERE source = ? AND token = ?", (lock.source, lock.token)
        )


def lock_holder(state: StateStore, source: str) -> dict | None:
    """The lock row of a source, or None when nobody crawls it."""
    return state.query_one("SELECT * FROM crawl_locks WHERE source = ?", (source,))
