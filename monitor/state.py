"""The monitoring state store: one SQLite file holding watchlists, alerts, runs and the outbox.

Kept apart from the search index on purpose: the index is derived data (re-crawlable), this is
what people typed in and what was already announced to them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_STATE_PATH = "dumawatch-state.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS watchlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    webhook_url TEXT,
    created_at TEXT NOT NULL,
    webhook_secret TEXT
);
CREATE TABLE IF NOT EXISTS watch_entries (
    id INTEGER PRIMARY KEY,
    watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    posts TEXT NOT NULL DEFAULT '[]',
    regions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
    id INTEGER PRIMARY KEY,
    watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL REFERENCES watch_entries(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    person_key TEXT NOT NULL,
    person_name TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    source TEXT,
    published_at TEXT,
    snippet TEXT NOT NULL,
    run_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (entry_id, doc_id)
);
CREATE INDEX IF NOT EXISTS alerts_by_watchlist ON alerts(watchlist_id, id);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    delivered_at TEXT,
    given_up_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox(delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS crawl_runs (
    id INTEGER PRIMARY KEY,
    source TEXT,
    trigger TEXT NOT NULL,
    start_urls TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    alerts INTEGER NOT NULL DEFAULT 0,
    message TEXT,
    owner_host TEXT,
    owner_pid INTEGER,
    owner_started TEXT
);
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY,
    start_urls TEXT NOT NULL,
    allowed_domains TEXT NOT NULL DEFAULT '[]',
    schedule TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS office_holders (
    entry_id INTEGER NOT NULL REFERENCES watch_entries(id) ON DELETE CASCADE,
    person_key TEXT NOT NULL,
    status TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    published_at TEXT,
    PRIMARY KEY (entry_id, person_key)
);
CREATE TABLE IF NOT EXISTS site_names (
    source TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS schedule (
    source TEXT PRIMARY KEY,
    last_run_at TEXT,
    running_since TEXT  -- written by older versions; crawl_locks holds the lock now
);
CREATE TABLE IF NOT EXISTS crawl_locks (
    source TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    trigger TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    run_id INTEGER,
    owner_host TEXT NOT NULL,
    owner_pid INTEGER NOT NULL,
    owner_started TEXT
);
"""
# Columns added since a table was first created: state files made before get them on open.
ADDED_COLUMNS = (
    ("watchlists", "webhook_secret", "TEXT"),
    ("outbox", "given_up_at", "TEXT"),
    ("crawl_runs", "owner_host", "TEXT"),  # the process that owns a run (monitor.processes)
    ("crawl_runs", "owner_pid", "INTEGER"),
    ("crawl_runs", "owner_started", "TEXT"),
    ("watch_entries", "office", "TEXT"),  # JSON {"title", "place", "org"}: an office watch
    ("alerts", "changes", "TEXT"),  # JSON list of an office's changes (monitor.offices)
)


def _add_columns(db: sqlite3.Connection) -> None:
    for table, column, declaration in ADDED_COLUMNS:
        if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
            try:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
            except sqlite3.OperationalError:  # another process added it a moment ago
                if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
                    raise
    db.commit()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def resolve_state_path(path: str | os.PathLike[str] | None) -> Path:
    return Path(path or os.environ.get("DUMAWATCH_STATE") or DEFAULT_STATE_PATH)


class StateStore:
    """A thread-safe handle on the state file (one connection, serialised by a lock).

    The API serves requests from a thread pool and the scheduler runs in another thread; a single
    connection behind a lock is simpler and plenty fast for a few writes a minute.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = resolve_state_path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)
        _add_columns(self._db)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing writes, so a crash never leaves half an alert or half a run."""
        with self._lock:
            try:
                yield self._db
                self._db.commit()
            except BaseException:
                self._db.rollback()
                raise

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock:
            return [dict(row) for row in self._db.execute(sql, params).fetchall()]

    def query_one(self, sql: str, params: tuple | dict = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_state(path: str | os.PathLike[str] | None = None) -> StateStore:
    """Open (creating) the state store at ``path``, ``$DUMAWATCH_STATE`` or ./dumawatch-state.db."""
    return StateStore(path)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def loads_list(text: str | None) -> list:
    return json.loads(text) if text else []
