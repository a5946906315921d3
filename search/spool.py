"""A durable local queue of index writes that could not reach the server, so nothing a crawl
fetched is lost while Elasticsearch is down; the backend replays it, in order, on the next write.

One SQLite file per index (``$DUMAWATCH_SPOOL`` or ``~/.cache/dumawatch/spool/<index>``): a
committed row survives a crash, and the file is safe to share between processes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS ops (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    doc_id TEXT NOT NULL,
    payload TEXT
);
CREATE INDEX IF NOT EXISTS ops_doc ON ops(doc_id);
CREATE TABLE IF NOT EXISTS rejected (
    seq INTEGER PRIMARY KEY,
    op TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    payload TEXT,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""


def default_spool_dir(index: str) -> Path:
    root = os.environ.get("DUMAWATCH_SPOOL")
    base = Path(root) if root else Path.home() / ".cache" / "dumawatch" / "spool"
    return base / index


@dataclass(frozen=True)
class SpooledOp:
    seq: int
    op: str  # "upsert" (doc is the document) or "delete" (doc is None)
    doc_id: str
    doc: dict | None


class Spool:
    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / "spool.db"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        with self._db:
            self._db.executescript(SCHEMA)

    def add_upserts(self, docs: Iterable[dict]) -> list[str]:
        rows = [("upsert", d["id"], json.dumps(d, ensure_ascii=False)) for d in docs]
        self._add(rows)
        return [r[1] for r in rows]

    def add_deletes(self, ids: Iterable[str]) -> list[str]:
        rows = [("delete", i, None) for i in ids]
        self._add(rows)
        return [r[1] for r in rows]

    def _add(self, rows: list[tuple[str, str, str | None]]) -> None:
        with self._lock, self._db:
            self._db.executemany("INSERT INTO ops(op, doc_id, payload) VALUES (?, ?, ?)", rows)

    def batches(self, size: int = 500) -> Iterator[list[SpooledOp]]:
        """Pending operations, oldest first; remove a batch with ``done`` once it is applied."""
        last = 0
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT seq, op, doc_id, payload FROM ops WHERE seq > ? ORDER BY seq LIMIT ?",
                    (last, size),
                ).fetchall()
            if not rows:
                return
            yield [SpooledOp(s, op, i, json.loads(p) if p else None) for s, op, i, p in rows]
            last = rows[-1][0]

    def done(self, ops: list[SpooledOp]) -> None:
        with self._lock, self._db:
            self._db.executemany("DELETE FROM ops WHERE seq = ?", [(o.seq,) for o in ops])

    def reject(self, ops: list[SpooledOp], reason: str) -> None:
        """Move operations the server will never accept (e.g. a mapping conflict) out of the
        queue, kept with the reason so nothing is silently dropped and the queue moves on."""
        with self._lock, self._db:
            for o in ops:
                self._db.execute(
                    "INSERT OR REPLACE INTO rejected(seq, op, doc_id, payload, reason) "
                    "SELECT seq, op, doc_id, payload, ? FROM ops WHERE seq = ?",
                    (reason, o.seq),
                )
                self._db.execute("DELETE FROM ops WHERE seq = ?", (o.seq,))

    def rejected(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM rejected").fetchone()[0]

    def latest(self, doc_id: str) -> SpooledOp | None:
        """The last pending operation on ``doc_id`` (its ``doc`` is None for a delete)."""
        with self._lock:
            row = self._db.execute(
                "SELECT seq, op, doc_id, payload FROM ops WHERE doc_id = ? ORDER BY seq DESC "
                "LIMIT 1",
                (doc_id,),
            ).fetchone()
        if row is None:
            return None
        seq, op, i, payload = row
        return SpooledOp(seq, op, i, json.loads(payload) if payload else None)

    def latest_hashes(self, ids: Iterable[str]) -> dict[str, str | None]:
        """For ids with pending operations: the content_hash the last one leaves (None: deleted)."""
        ids = list(ids)
        out: dict[str, str | None] = {}
        with self._lock:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for op, doc_id, payload in self._db.execute(
                    f"SELECT op, doc_id, payload FROM ops WHERE doc_id IN ({marks}) ORDER BY seq",
                    chunk,
                ):
                    out[doc_id] = (
                        json.loads(payload).get("content_hash") if op == "upsert" else None
                    )
        return out

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM ops").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
