"""The embedded default index: one SQLite file (WAL, FTS5 over lemmas, fact tables for filters
and facets), so a researcher needs no server to search what was crawled."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from search.backend import BackendError, IndexBackend, UpsertReport
from search.facts import (
    figure_facts,
    lemma_key,
    org_facts,
    people_facts,
    published_day,
    region_facts,
)
from search.filters import is_region_code, matches, name_match
from search.lemmas import lemma_text
from search.query import Facet, Hit, SearchQuery, SearchResult
from search.query_text import Term, parse_query, term_lemmas
from search.snippets import snippet

SCHEMA_VERSION = 2  # 2: per-fact document counts for unfiltered facets
TITLE_WEIGHT = 3.0  # a match in the title ranks above the same match in the body

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    source TEXT,
    title TEXT,
    published_at TEXT,
    day TEXT,
    fetched_at TEXT,
    content_hash TEXT,
    extraction_version TEXT,
    digest TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_day ON documents(day);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_day_id ON documents(day DESC, id);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_text USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS doc_people (doc INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_people_key ON doc_people(key, doc);
CREATE INDEX IF NOT EXISTS doc_people_doc ON doc_people(doc);
CREATE TABLE IF NOT EXISTS people (
    key TEXT PRIMARY KEY, name TEXT, lemmas TEXT, docs INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS doc_regions (doc INTEGER NOT NULL, code TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_regions_code ON doc_regions(code, doc);
CREATE INDEX IF NOT EXISTS doc_regions_doc ON doc_regions(doc);
CREATE TABLE IF NOT EXISTS regions (
    code TEXT PRIMARY KEY, name TEXT, lemmas TEXT, docs INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS doc_orgs (doc INTEGER NOT NULL, org TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_orgs_org ON doc_orgs(org, doc);
CREATE INDEX IF NOT EXISTS doc_orgs_doc ON doc_orgs(doc);
CREATE TABLE IF NOT EXISTS orgs (
    lemmas TEXT PRIMARY KEY, name TEXT, docs INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS doc_figures (
    doc INTEGER NOT NULL, value REAL NOT NULL, unit TEXT, role TEXT, is_people INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_figures_role ON doc_figures(role, value);
CREATE INDEX IF NOT EXISTS doc_figures_doc ON doc_figures(doc);
"""

FACT_TABLES = ("doc_people", "doc_regions", "doc_orgs", "doc_figures")
# fact table -> (dictionary table, its key column, the fact table's column): each dictionary row
# counts the documents holding it, so a facet over the whole index needs no scan
COUNTED = {
    "doc_people": ("people", "key", "key"),
    "doc_regions": ("regions", "code", "code"),
    "doc_orgs": ("orgs", "lemmas", "org"),
}
FACETS = {"people": "doc_people", "regions": "doc_regions", "orgs": "doc_orgs"}


def digest(doc: dict) -> str:
    """Identity of a document's content: everything but when it was fetched."""
    stable = {k: v for k, v in doc.items() if k != "fetched_at"}
    return hashlib.sha1(json.dumps(stable, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def fts_expression(terms: list[Term]) -> str:
    """An FTS5 query that cannot fail to parse: every lemma is a quoted string."""
    parts = []
    for term in terms:
        if len(term.words) == 1:
            parts.append("(" + " OR ".join(f'"{v}"' for v in sorted(term.words[0])) + ")")
        else:
            phrase = " ".join(sorted(variants)[0] for variants in term.words)
            parts.append(f'"{phrase}"')
    return " AND ".join(parts)


class SqliteBackend(IndexBackend):
    name = "sqlite"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if self.path.is_dir():
            raise BackendError(f"index path {self.path} is a directory, not a database file")
        if not self.path.parent.exists():
            raise BackendError(f"folder {self.path.parent} for the index does not exist")
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            self._set_wal()
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._init_schema()
            self._db.execute(
                "CREATE TEMP TABLE matched (doc INTEGER PRIMARY KEY, rank REAL, day TEXT, id TEXT)"
            )
        except sqlite3.DatabaseError as exc:
            raise BackendError(f"{self.path} is not a usable dumawatch index: {exc}") from exc

    def _set_wal(self) -> None:
        """Switch to WAL; a second process doing the same at the same moment may be told
        "locked" without the busy handler being asked, so try again briefly."""
        for attempt in range(50):
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 49:
                    raise
                time.sleep(0.1)

    def _init_schema(self) -> None:
        """Create the schema in one IMMEDIATE transaction, so processes opening a new index at
        the same moment queue on the write lock instead of deadlocking on an upgrade."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
            if tables and "meta" not in tables:
                raise BackendError(f"{self.path} is an SQLite file but not a dumawatch index")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            row = self._db.execute("SELECT value FROM meta WHERE name='schema'").fetchone()
            if row is None:
                self._db.execute(
                    "INSERT INTO meta(name, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise BackendError(
                    f"{self.path} was written by a newer dumawatch (schema {row[0]})"
                )
            elif int(row[0]) < 2:
                self._add_counts()

    def _add_counts(self) -> None:
        """Schema 1 -> 2: count each fact's documents once; writes keep the counts after."""
        for facts, (table, key, column) in COUNTED.items():
            names = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
            if "docs" not in names:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN docs INTEGER NOT NULL DEFAULT 0")
            self._db.execute(
                f"UPDATE {table} SET docs = "
                f"(SELECT COUNT(*) FROM {facts} x WHERE x.{column} = {table}.{key})"
            )
        self._db.execute("UPDATE meta SET value = ? WHERE name = 'schema'", (str(SCHEMA_VERSION),))

    # -- writes ---------------------------------------------------------------------------

    def upsert(self, docs: Iterable[dict]) -> UpsertReport:
        report = UpsertReport()
        with self._lock, self._db:
            for doc in docs:
                if not doc.get("id") or not doc.get("url"):
                    raise BackendError("a document needs an id and a url")
                self._upsert_one(doc, report)
        return report

    def _upsert_one(self, doc: dict, report: UpsertReport) -> None:
        dg = digest(doc)
        row = self._db.execute(
            "SELECT rowid, digest FROM documents WHERE id = ?", (doc["id"],)
        ).fetchone()
        if row and row[1] == dg:
            report.unchanged.append(doc["id"])
            return
        values = (
            doc["url"],
            doc.get("source"),
            doc.get("title"),
            doc.get("published_at"),
            published_day(doc),
            doc.get("fetched_at"),
            doc.get("content_hash"),
            doc.get("extraction_version"),
            dg,
            json.dumps(doc, ensure_ascii=False),
        )
        if row:
            rowid = row[0]
            self._db.execute(
                "UPDATE documents SET url=?, source=?, title=?, published_at=?, day=?, "
                "fetched_at=?, content_hash=?, extraction_version=?, digest=?, doc=? "
                "WHERE rowid=?",
                (*values, rowid),
            )
            self._forget_facts(rowid)
            report.updated.append(doc["id"])
        else:
            cur = self._db.execute(
                "INSERT INTO documents(id, url, source, title, published_at, day, fetched_at, "
                "content_hash, extraction_version, digest, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc["id"], *values),
            )
            rowid = cur.lastrowid
            report.new.append(doc["id"])
        self._store_facts(rowid, doc)

    def _forget_facts(self, rowid: int) -> None:
        self._db.execute("DELETE FROM doc_text WHERE rowid = ?", (rowid,))
        for facts, (table, key, column) in COUNTED.items():
            self._db.execute(
                f"UPDATE {table} SET docs = docs - 1 "
                f"WHERE {key} IN (SELECT {column} FROM {facts} WHERE doc = ?)",
                (rowid,),
            )
        for table in FACT_TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE doc = ?", (rowid,))

    def _store_facts(self, rowid: int, doc: dict) -> None:
        db = self._db
        db.execute(
            "INSERT INTO doc_text(rowid, title, body) VALUES (?, ?, ?)",
            (rowid, lemma_text(doc.get("title") or ""), lemma_text(doc.get("body") or "")),
        )
        for p in people_facts(doc):
            db.execute("INSERT INTO doc_people(doc, key) VALUES (?, ?)", (rowid, p.key))
            db.execute(
                "INSERT INTO people(key, name, lemmas, docs) VALUES (?, ?, ?, 1) ON CONFLICT(key) "
                "DO UPDATE SET name=excluded.name, lemmas=excluded.lemmas, docs=docs + 1",
                (p.key, p.name, p.lemmas),
            )
        for r in region_facts(doc):
            db.execute("INSERT INTO doc_regions(doc, code) VALUES (?, ?)", (rowid, r.code))
            db.execute(
                "INSERT INTO regions(code, name, lemmas, docs) VALUES (?, ?, ?, 1) "
                "ON CONFLICT(code) DO UPDATE SET name=excluded.name, lemmas=excluded.lemmas, "
                "docs=docs + 1",
                (r.code, r.name, r.lemmas),
            )
        for o in org_facts(doc):
            db.execute("INSERT INTO doc_orgs(doc, org) VALUES (?, ?)", (rowid, o.lemmas))
            db.execute(
                "INSERT INTO orgs(lemmas, name, docs) VALUES (?, ?, 1) ON CONFLICT(lemmas) "
                "DO UPDATE SET docs=docs + 1",
                (o.lemmas, o.name),
            )
        db.executemany(
            "INSERT INTO doc_figures(doc, value, unit, role, is_people) VALUES (?, ?, ?, ?, ?)",
            [(rowid, f.value, f.unit, f.role, int(f.is_people)) for f in figure_facts(doc)],
        )

    def delete(self, ids: Iterable[str]) -> int:
        removed = 0
        with self._lock, self._db:
            for doc_id in ids:
                row = self._db.execute(
                    "SELECT rowid FROM documents WHERE id = ?", (doc_id,)
                ).fetchone()
                if row:
                    self._forget_facts(row[0])
                    self._db.execute("DELETE FROM documents WHERE rowid = ?", (row[0],))
                    removed += 1
        return removed

    # -- reads ----------------------------------------------------------------------------

    def get(self, doc_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT doc FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def known(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        out: dict[str, str] = {}
        with self._lock:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                out.update(
                    self._db.execute(
                        f"SELECT id, content_hash FROM documents WHERE id IN ({marks})", chunk
                    ).fetchall()
                )
        return out

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def iter_documents(self) -> Iterator[dict]:
        last = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT id, doc FROM documents WHERE id > ? ORDER BY id LIMIT 500", (last,)
                ).fetchall()
            if not rows:
                return
            for _, doc in rows:
                yield json.loads(doc)
            last = rows[-1][0]

    def health(self) -> dict:
        return {"backend": self.name, "ok": True, "path": str(self.path), "documents": self.count()}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- search ---------------------------------------------------------------------------

    def _resolve(self, table: str, column: str, value: str) -> list[str]:
        """Stored keys/codes/organisations that a filter value names."""
        match = name_match(value)
        rows = self._db.execute(f"SELECT {column}, lemmas FROM {table}").fetchall()
        exact = [key for key, _ in rows if key.lower() == match.exact.lower()]
        if exact:
            return exact
        if not match.words and not match.initials:
            return []
        return [key for key, lemmas in rows if matches(match, lemmas)]

    def _where(self, q: SearchQuery) -> tuple[list[str], list[object]]:
        where: list[str] = []
        args: list[object] = []

        def restrict(sql: str, values: list[str]) -> None:
            marks = ",".join("?" * len(values)) or "NULL"
            where.append(f"d.rowid IN ({sql.format(marks=marks)})")
            args.extend(values)

        if q.person:
            restrict(
                "SELECT doc FROM doc_people WHERE key IN ({marks})",
                self._resolve("people", "key", q.person),
            )
        if q.region:
            value = q.region.upper() if is_region_code(q.region) else q.region
            restrict(
                "SELECT doc FROM doc_regions WHERE code IN ({marks})",
                self._resolve("regions", "code", value),
            )
        if q.org:
            restrict("SELECT doc FROM doc_orgs WHERE org IN ({marks})", self._resolve_orgs(q.org))
        if q.source:
            where.append("d.source = ?")
            args.append(q.source)
        if q.since:
            where.append("d.day >= ?")
            args.append(q.since.isoformat())
        if q.until:
            where.append("d.day <= ?")
            args.append(q.until.isoformat())
        if q.figure_min is not None or q.figure_max is not None or q.figure_role:
            cond = ["f.role = ?" if q.figure_role else "f.is_people = 1"]
            values: list[object] = [q.figure_role] if q.figure_role else []
            if q.figure_min is not None:
                cond.append("f.value >= ?")
                values.append(q.figure_min)
            if q.figure_max is not None:
                cond.append("f.value <= ?")
                values.append(q.figure_max)
            # an uncorrelated IN: one pass over doc_figures, not one probe per document
            where.append(f"d.rowid IN (SELECT f.doc FROM doc_figures f WHERE {' AND '.join(cond)})")
            args.extend(values)
        return where, args

    def _resolve_orgs(self, value: str) -> list[str]:
        match = name_match(value)
        key = lemma_key(value)
        rows = self._db.execute("SELECT lemmas FROM orgs").fetchall()
        return [
            r[0]
            for r in rows
            if r[0] in (key, value.strip().lower()) or (match.words and matches(match, r[0]))
        ]

    def search(self, query: SearchQuery) -> SearchResult:
        """Matches are collected once into a temporary table; the count, the page of hits and
        every facet then read that table instead of re-running the full-text query."""
        terms = parse_query(query.text)
        if not terms and query.text.strip():  # only punctuation or operators: nothing to find
            return SearchResult(total=0, facets=self._empty_facets())
        with self._lock:
            where, args = self._where(query)
            source, rank = "documents d", "0.0"
            if terms:
                source = (
                    "documents d JOIN (SELECT rowid AS r, bm25(doc_text, ?, 1.0) AS rank "
                    "FROM doc_text WHERE doc_text MATCH ?) t ON t.r = d.rowid"
                )
                args = [TITLE_WEIGHT, fts_expression(terms), *args]
                rank = "t.rank"
            if not terms and not where:
                return self._search_everything(query)
            sql_where = f"WHERE {' AND '.join(where)}" if where else ""
            db = self._db
            db.execute("DELETE FROM temp.matched")
            db.execute(
                f"INSERT INTO temp.matched(doc, rank, day, id) "
                f"SELECT d.rowid, {rank}, d.day, d.id FROM {source} {sql_where}",
                args,
            )
            total = db.execute("SELECT COUNT(*) FROM temp.matched").fetchone()[0]
            rows = db.execute(
                "SELECT d.id, d.url, d.title, d.source, d.published_at, d.doc, -m.rank "
                "FROM temp.matched m JOIN documents d ON d.rowid = m.doc "
                "ORDER BY m.rank, m.day DESC, m.id LIMIT ? OFFSET ?",
                (query.limit, query.offset),
            ).fetchall()
            facets = self._facets(query.facet_size)
            db.commit()  # the temporary rows were a transaction of their own
        lemmas = term_lemmas(terms)
        return SearchResult(total, [self._hit(row, lemmas) for row in rows], facets)

    @staticmethod
    def _hit(row: tuple, lemmas: set[str]) -> Hit:
        """A result row (id, url, title, source, published_at, doc JSON, score) as a hit."""
        doc_id, url, title, src, published, doc_json, score = row
        body = json.loads(doc_json).get("body") or ""
        return Hit(
            doc_id, url, title or "", src or "", published, snippet(body, lemmas), float(score)
        )

    def _search_everything(self, query: SearchQuery) -> SearchResult:
        """No text and no filter: newest first, facets from the maintained counts."""
        db = self._db
        total = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        rows = db.execute(
            "SELECT id, url, title, source, published_at, doc, 0.0 FROM documents "
            "ORDER BY day DESC, id LIMIT ? OFFSET ?",
            (query.limit, query.offset),
        ).fetchall()
        specs = {
            name: f"SELECT {key}, name, docs AS n FROM {table} WHERE docs > 0"
            for name, facts in FACETS.items()
            for table, key, _ in [COUNTED[facts]]
        }
        specs["sources"] = (
            "SELECT source, source, COUNT(*) AS n FROM documents "
            "WHERE source IS NOT NULL GROUP BY source"
        )
        facets = self._facet_lists(specs, query.facet_size)
        return SearchResult(total, [self._hit(row, set()) for row in rows], facets)

    @staticmethod
    def _empty_facets() -> dict[str, list[Facet]]:
        return {"people": [], "regions": [], "orgs": [], "sources": []}

    def _facets(self, size: int) -> dict[str, list[Facet]]:
        """Facets over the documents in ``temp.matched``."""
        specs = {
            name: f"SELECT x.{column}, t.name, COUNT(*) AS n FROM {facts} x "
            f"JOIN {table} t ON t.{key} = x.{column} "
            f"WHERE x.doc IN (SELECT doc FROM temp.matched) GROUP BY x.{column}"
            for name, facts in FACETS.items()
            for table, key, column in [COUNTED[facts]]
        }
        specs["sources"] = (
            "SELECT d.source, d.source, COUNT(*) AS n FROM documents d "
            "WHERE d.rowid IN (SELECT doc FROM temp.matched) AND d.source IS NOT NULL "
            "GROUP BY d.source"
        )
        return self._facet_lists(specs, size)

    def _facet_lists(self, specs: dict[str, str], size: int) -> dict[str, list[Facet]]:
        """Run each (value, label, n) query, most documents first, ties by label."""
        out = {}
        for name, sql in specs.items():
            rows = self._db.execute(f"{sql} ORDER BY n DESC, 2 LIMIT ?", (size,)).fetchall()
            out[name] = [Facet(str(v), str(label), int(n)) for v, label, n in rows]
        return out
