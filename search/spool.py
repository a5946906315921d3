"""A durable local queue of index writes that could not reach the server, so nothing a crawl
fetched is lost while Elasticsearch is down; the backend replays it, in order, on the next write.

One SQLite file per cluster and index (under ``$DUMAWATCH_SPOOL`` or
``~/.cache/dumawatch/spool``, in ``<host>:<port>-<hash>/<index>``): a committed row survives a
crash, and the file is safe to share between processes.

A spool belongs to the cluster its writes were meant for, so they are never replayed into
another cluster that happens to use the same index name. The cluster is known by its URL
(scheme, host, port and path, never the credentials): writes are spooled exactly when the
cluster cannot be asked for anything, its uuid included, so the URL is all there is to go by.
The same cluster reached under two names (``localhost`` and ``127.0.0.1``) gets two spools;
each is replayed when its own URL is used again. The owner is recorded inside the spool file,
so a spool copied or pointed to elsewhere is still refused by the wrong cluster.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from search.backend import BackendError
from search.sqlite_errors import sqlite_errors

SCHEMA = """
CREATE TABLE IF NOT EXISTS ops (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    doc_id TEXT NOT NULL,
    payload TEXT
);
CREATE INDEX IF NOT EXISTS ops_doc ON ops(doc_id);
CREATE TABLE IF NOT EXISTS owner (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rejected (
    seq INTEGER PRIMARY KEY,
    op TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    payload TEXT,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""


def spool_root() -> Path:
    root = os.environ.get("DUMAWATCH_SPOOL")
    return Path(root) if root else Path.home() / ".cache" / "dumawatch" / "spool"


def cluster_key(url: str) -> str:
    """``scheme://host:port/path`` of an Elasticsearch URL: what tells one cluster from
    another, without the credentials (they change, the cluster does not)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6
        host = f"[{host}]"
    port = parts.port or (443 if scheme == "https" else 9200)
    return f"{scheme}://{host}:{port}{parts.path.rstrip('/')}"


def default_spool_dir(cluster: str, index: str) -> Path:
    """``<root>/<host>:<port>-<hash of the whole key>/<index>``: readable, and distinct for
    every scheme and path. The ``:`` keeps these folders apart from old ones (``<root>/<index>``),
    since no index name holds one."""
    rest = cluster.split("://", 1)[-1]
    readable = re.sub(r"[^A-Za-z0-9.:\[\]-]+", "_", rest.split("/", 1)[0])[:80]
    digest = hashlib.sha256(cluster.encode()).hexdigest()[:10]
    return spool_root() / f"{readable}-{digest}" / index


def unowned_spool_dir(index: str) -> Path:
    """Where dumawatch kept an index's spool before spools belonged to a cluster."""
    return spool_root() / index


class SpoolOwnerError(BackendError):
    """The spool holds writes for another cluster or index (or does not say which)."""


@dataclass(frozen=True)
class SpooledOp:
    seq: int
    op: str  # "upsert" (doc is the document) or "delete" (doc is None)
    doc_id: str
    doc: dict | None


class Spool:
    """``owner`` (cluster key and index) binds a new spool to where its writes belong and is
    checked against an existing one: a spool of another owner, or one with pending writes that
    names none (written before spools had owners), raises ``SpoolOwnerError``. Without
    ``owner`` the spool is opened as it is (to count or inspect it, or to adopt it)."""

    def __init__(self, directory: str | Path, owner: tuple[str, str] | None = None):
        self.directory = Path(directory)
        self.path = self.directory / "spool.db"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise BackendError(f"cannot create spool folder {self.directory}: {reason}") from exc
        self._lock = threading.Lock()
        with self._errors():
            self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        try:
            with self._errors():
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                with self._db:
                    self._db.executescript(SCHEMA)
            if owner is not None:
                self._claim(owner)
        except BaseException:
            self._db.close()
            raise

    def _errors(self) -> AbstractContextManager[None]:
        return sqlite_errors("spool", self.path)

    def owner(self) -> tuple[str, str] | None:
        """(cluster key, index) this spool's writes are for; None when it does not say."""
        with self._lock, self._errors():
            rows = dict(self._db.execute("SELECT name, value FROM owner").fetchall())
        if "cluster" not in rows:
            return None
        return rows["cluster"], rows.get("index", "")

    def _claim(self, owner: tuple[str, str]) -> None:
        found = self.owner()
        if found == owner:
            return
        cluster, index = owner
        if found is not None:
            raise SpoolOwnerError(
                f"spool {self.path} holds writes for index {found[1]!r} at {found[0]}, not for "
                f"{index!r} at {cluster}: they are not replayed here"
            )
        if len(self):
            raise SpoolOwnerError(
                f"spool {self.path} holds {len(self)} writes that do not say which cluster they "
                f"are for: if it is {cluster}, replay them with `dumawatch index flush --index "
                f"{cluster} --adopt-spool {self.directory}`"
            )
        self.set_owner(owner)

    def set_owner(self, owner: tuple[str, str]) -> None:
        with self._lock, self._errors(), self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO owner(name, value) VALUES (?, ?)",
                [("cluster", owner[0]), ("index", owner[1])],
            )

    def add_upserts(self, docs: Iterable[dict]) -> list[str]:
        rows = [("upsert", d["id"], json.dumps(d, ensure_ascii=False)) for d in docs]
        self._add(rows)
        return [r[1] for r in rows]

    def add_deletes(self, ids: Iterable[str]) -> list[str]:
        rows = [("delete", i, None) for i in ids]
        self._add(rows)
        return [r[1] for r in rows]

    def _add(self, rows: list[tuple[str, str, str | None]]) -> None:
        with self._lock, self._errors(), self._db:
            self._db.executemany("INSERT INTO ops(op, doc_id, payload) VALUES (?, ?, ?)", rows)

    def batches(self, size: int = 500) -> Iterator[list[SpooledOp]]:
        """Pending operations, oldest first; remove a batch with ``done`` once it is applied."""
        last = 0
        while True:
            with self._lock, self._errors():
                rows = self._db.execute(
                    "SELECT seq, op, doc_id, payload FROM ops WHERE seq > ? ORDER BY seq LIMIT ?",
                    (last, size),
                ).fetchall()
            if not rows:
                return
            yield [SpooledOp(s, op, i, json.loads(p) if p else None) for s, op, i, p in rows]
            last = rows[-1][0]

    def done(self, ops: list[SpooledOp]) -> None:
        with self._lock, self._errors(), self._db:
            self._db.executemany("DELETE FROM ops WHERE seq = ?", [(o.seq,) for o in ops])

    def reject(self, ops: list[SpooledOp], reason: str) -> None:
        """Move operations the server will never accept (e.g. a mapping conflict) out of the
        queue, kept with the reason so nothing is silently dropped and the queue moves on."""
        with self._lock, self._errors(), self._db:
            for o in ops:
                self._db.execute(
                    "INSERT OR REPLACE INTO rejected(seq, op, doc_id, payload, reason) "
                    "SELECT seq, op, doc_id, payload, ? FROM ops WHERE seq = ?",
                    (reason, o.seq),
                )
                self._db.execute("DELETE FROM ops WHERE seq = ?", (o.seq,))

    def rejected(self) -> int:
        with self._lock, self._errors():
            return self._db.execute("SELECT COUNT(*) FROM rejected").fetchone()[0]

    def latest(self, doc_id: str) -> SpooledOp | None:
        """The last pending operation on ``doc_id`` (its ``doc`` is None for a delete)."""
        with self._lock, self._errors():
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
        with self._lock, self._errors():
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
        with self._lock, self._errors():
            return self._db.execute("SELECT COUNT(*) FROM ops").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
