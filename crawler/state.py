"""What the crawler remembers between crawls: HTTP validators (ETag / Last-Modified) per URL,
so an unchanged article costs a 304 instead of a download and extraction, and which sites
have been walked completely once (only then may a crawl stop early at known listings).

Kept in a small SQLite file beside the SQLite index (``duma.db`` → ``duma.crawl-state.db``),
or at ``CRAWL_STATE_FILE``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS walks (host TEXT PRIMARY KEY, completed_at TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Validators:
    etag: str | None
    last_modified: str | None
    doc_id: str
    content_hash: str


def state_path_for(index_target: str | None) -> Path | None:
    """The state file that belongs to an index target (only SQLite targets have a folder)."""
    from search.target import resolve_target, sqlite_path

    target = resolve_target(index_target)
    if target.startswith("sqlite://"):
        path = sqlite_path(target)
    elif "://" not in target and target.endswith((".db", ".sqlite", ".sqlite3")):
        path = Path(target)
    else:
        return None
    return path.with_name(f"{path.stem}.crawl-state.db")


class CrawlState:
    COMMIT_EVERY = 200  # validators written per transaction: one fsync per article was the
    # crawl process's largest single cost; a crawl cut short merely re-fetches a few pages

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")  # processes of a shared crawl write at once
        with self.db:
            self.db.executescript(SCHEMA)
        self.pending = 0

    def get(self, url: str) -> Validators | None:
        row = self.db.execute(
            "SELECT etag, last_modified, doc_id, content_hash FROM validators WHERE url = ?",
            (url,),
        ).fetchone()
        return Validators(*row) if row else None

    def put(self, url: str, validators: Validators) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO validators VALUES (?, ?, ?, ?, ?, ?)",
            (
                url,
                validators.etag,
                validators.last_modified,
                validators.doc_id,
                validators.content_hash,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        self.pending += 1
        if self.pending >= self.COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self.pending = 0

    def walked(self, host: str) -> bool:
        """Has a crawl of this site ever run to its natural end (no budget, no interruption)?"""
        row = self.db.execute("SELECT 1 FROM walks WHERE host = ?", (host,)).fetchone()
        return row is not None

    def mark_walked(self, hosts: list[str]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO walks VALUES (?, ?)", [(h, now) for h in hosts]
            )

    def close(self) -> None:
        self.commit()
        self.db.close()
