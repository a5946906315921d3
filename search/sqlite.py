"""The embedded default index: one SQLite file (WAL, FTS5 over lemmas, fact tables for filters
and facets), so a researcher needs no server to search what was crawled."""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import numpy as np

from search.backend import BackendError, IndexBackend, UpsertReport, fingerprint
from search.doc_values import DocValues, FactColumn, catch_up, int_column, load
from search.facts import (
    figure_facts,
    lemma_key,
    org_facts,
    people_facts,
    published_day,
    region_facts,
    vote_facts,
)
from search.filters import is_region_code, matches, name_match, people_filter, person_mask
from search.lemmas import lemma_text
from search.person_records import record as person_record
from search.person_records import surname
from search.query import Facet, Hit, SearchQuery, SearchResult
from search.query_text import Term, parse_query, term_lemmas
from search.snippets import snippet
from search.sqlite_errors import describe, file_problem
from search.sqlite_facets import people_facet
from search.sqlite_rank import Postings, load_postings, scores
from search.sqlite_rank import catch_up as catch_up_postings

# 3: a change log that search copies follow; facet counts are not kept. 4: vote tallies.
# 5: the surname each person key goes by (``person_surnames``)
SCHEMA_VERSION = 5
TITLE_WEIGHT = 3.0  # a match in the title ranks above the same match in the body
TIE_MARGIN = 64  # rows ranked past a page, to see a score tie across its end

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
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
CREATE INDEX IF NOT EXISTS documents_content ON documents(content_hash, day);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_text USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS doc_people (doc INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_people_key ON doc_people(key, doc);
CREATE INDEX IF NOT EXISTS doc_people_doc ON doc_people(doc);
CREATE TABLE IF NOT EXISTS people (
    key TEXT PRIMARY KEY, name TEXT, lemmas TEXT
);
CREATE TABLE IF NOT EXISTS person_surnames (
    surname TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (surname, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_regions (doc INTEGER NOT NULL, code TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_regions_code ON doc_regions(code, doc);
CREATE INDEX IF NOT EXISTS doc_regions_doc ON doc_regions(doc);
CREATE TABLE IF NOT EXISTS regions (
    code TEXT PRIMARY KEY, name TEXT, lemmas TEXT
);
CREATE TABLE IF NOT EXISTS doc_orgs (doc INTEGER NOT NULL, org TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_orgs_org ON doc_orgs(org, doc);
CREATE INDEX IF NOT EXISTS doc_orgs_doc ON doc_orgs(doc);
CREATE TABLE IF NOT EXISTS orgs (
    lemmas TEXT PRIMARY KEY, name TEXT
);
CREATE TABLE IF NOT EXISTS doc_figures (
    doc INTEGER NOT NULL, value REAL NOT NULL, unit TEXT, role TEXT, is_people INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_figures_role ON doc_figures(role, value);
CREATE INDEX IF NOT EXISTS doc_figures_doc ON doc_figures(doc);
CREATE TABLE IF NOT EXISTS doc_votes (
    doc INTEGER NOT NULL, votes_for INTEGER, against INTEGER, abstained INTEGER,
    unanimous INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_votes_doc ON doc_votes(doc);
CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL);
"""

FACT_TABLES = ("doc_people", "doc_regions", "doc_orgs", "doc_figures", "doc_votes")
# every write logs the rowids it touched, so a reader's columnar copy can catch up with only
# those documents; the log keeps the latest KEEP_CHANGES entries
KEEP_CHANGES = 50_000
# two subqueries: SQLite reads MIN or MAX alone off the key, both in one SELECT scan the table
LOG_BOUNDS = (
    "SELECT COALESCE((SELECT MIN(seq) FROM changes), 0), "
    "COALESCE((SELECT MAX(seq) FROM changes), 0)"
)


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


P = ParamSpec("P")
R = TypeVar("R")


def translated(
    method: Callable[Concatenate[SqliteBackend, P], R],
) -> Callable[Concatenate[SqliteBackend, P], R]:
    """An SQLite error inside ``method`` becomes a one-line BackendError naming the cause."""

    @functools.wraps(method)
    def wrapper(self: SqliteBackend, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._sqlite_errors():
            return method(self, *args, **kwargs)

    return wrapper


class SqliteBackend(IndexBackend):
    name = "sqlite"

    # bm25 from the posting copy (search.sqlite_rank); off, every text query ranks in FTS5
    posting_ranking = True
    # after a write the posting copy catches up with the written documents; off, it is read
    # anew (the benchmark's baseline)
    posting_catch_up = True

    def __init__(self, path: str | Path, must_exist: bool = False):
        """``must_exist``: for commands that only read (search, export, serve), a missing
        file is an error and is not created."""
        self.path = Path(path)
        if must_exist and not self.path.exists():
            raise BackendError(
                f"нет индекса {self.path}: сначала соберите его обходом (dumawatch crawl)"
            )
        if self.path.is_dir():
            raise BackendError(f"путь индекса {self.path} — папка, а не файл базы")
        if not self.path.parent.exists():
            raise BackendError(f"папки {self.path.parent} для индекса нет")
        problem = file_problem(self.path)
        if problem is not None:  # refused before SQLite opens it, so it is never written to
            raise BackendError(f"{self.path} не годится как индекс dumawatch: {problem}")
        self._lock = threading.RLock()
        self._values: DocValues | None = None
        self._postings: Postings | None = None
        existed = self.path.exists()
        try:
            if must_exist:  # mode=rw: opens the file only if it is there, never creates it
                where = self.path.absolute().as_uri() + "?mode=rw"
                self._db = sqlite3.connect(where, uri=True, check_same_thread=False, timeout=30)
            else:
                self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        except sqlite3.Error as exc:
            raise BackendError(describe(exc, "index", self.path)) from exc
        try:
            with self._sqlite_errors():
                self._refuse_foreign()  # before WAL mode, which would rewrite its header
                self._set_wal()
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._init_schema()
                self._db.execute("CREATE TEMP TABLE matched (doc INTEGER PRIMARY KEY)")
        except BaseException:
            self._db.close()
            if not existed and self.path.exists() and self.path.stat().st_size == 0:
                self.path.unlink()  # a new index that could not even be started
            raise

    @contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        """SQLite errors as one line naming the cause (damaged file, disk full, read-only, …);
        a transaction a failed commit left open is rolled back, so the lock is released."""
        try:
            yield
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                try:
                    self._db.rollback()
                except sqlite3.Error:
                    pass
            raise BackendError(describe(exc, "index", self.path)) from exc

    def _refuse_foreign(self) -> None:
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if tables and "meta" not in tables:
            raise BackendError(f"{self.path} — файл SQLite, но не индекс dumawatch")

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
            self._refuse_foreign()  # again: another process may have created it meanwhile
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
                    f"{self.path} записан более новой версией dumawatch (схема {row[0]})"
                )
            elif int(row[0]) < SCHEMA_VERSION:
                # 1 and 2 differ only in counts that 3 no longer reads (a 2's ``docs`` columns
                # stay, unused); the change log starts with the first write. Before 4 no
                # tallies were kept: they are read from the stored documents.
                if int(row[0]) < 4:
                    self._store_votes_of_stored()
                self._store_surnames_of_stored()
                self._db.execute(
                    "UPDATE meta SET value = ? WHERE name = 'schema'", (str(SCHEMA_VERSION),)
                )

    def _store_votes_of_stored(self) -> None:
        """Fill ``doc_votes`` from documents stored before it existed, logged as changes so
        search copies other processes hold catch up with them."""
        rows = self._db.execute(
            "SELECT rowid, doc FROM documents WHERE json_type(doc, '$.votes') = 'array' "
            "AND json_array_length(doc, '$.votes') > 0"
        ).fetchall()
        touched = []
        for rowid, doc in rows:
            self._db.execute("DELETE FROM doc_votes WHERE doc = ?", (rowid,))
            self._store_votes(rowid, json.loads(doc))
            touched.append(rowid)
        self._log_changes(touched)

    # -- writes ---------------------------------------------------------------------------

    @translated
    def upsert(self, docs: Iterable[dict], *, one_per_article: bool = False) -> UpsertReport:
        report = UpsertReport()
        touched: list[int] = []
        with self._lock, self._db:
            for doc in docs:
                if not doc.get("id") or not doc.get("url"):
                    raise BackendError("a document needs an id and a url")
                if one_per_article:
                    doc = self._as_stored(doc, report, touched)
                rowid = self._upsert_one(doc, report)
                if rowid is not None:
                    touched.append(rowid)
            self._log_changes(touched)
        return report

    def _log_changes(self, rowids: list[int]) -> None:
        if not rowids:
            return
        self._db.executemany("INSERT INTO changes(doc) VALUES (?)", [(r,) for r in rowids])
        first, last = self._db.execute(LOG_BOUNDS).fetchone()
        if last - first >= 2 * KEEP_CHANGES:
            self._db.execute("DELETE FROM changes WHERE seq <= ?", (last - KEEP_CHANGES,))

    def _copies(self, doc: dict) -> list[tuple[int, str]]:
        """(rowid, id) of every stored copy of ``doc``'s article: the one under its own id
        first, then those with its URL, then with its fingerprint, oldest first."""
        fp = fingerprint(doc) or (None, None)
        return self._db.execute(
            "SELECT rowid, id FROM documents WHERE id = ? OR url = ? "
            "OR (content_hash = ? AND day IS ?) "
            "ORDER BY CASE WHEN id = ? THEN 0 WHEN url = ? THEN 1 ELSE 2 END, rowid",
            (doc["id"], doc["url"], *fp, doc["id"], doc["url"]),
        ).fetchall()

    def _as_stored(self, doc: dict, report: UpsertReport, touched: list[int]) -> dict:
        """``doc`` under the id its article is stored under; other copies are removed."""
        copies = self._copies(doc)
        if not copies:
            return doc
        for rowid, other in copies[1:]:
            self._forget_facts(rowid)
            self._db.execute("DELETE FROM documents WHERE rowid = ?", (rowid,))
            touched.append(rowid)
            report.merged.append(other)
        return doc if copies[0][1] == doc["id"] else {**doc, "id": copies[0][1]}

    @translated
    def stored_id(self, doc: dict) -> str | None:
        with self._lock:
            copies = self._copies(doc)
        return copies[0][1] if copies else None

    def _upsert_one(self, doc: dict, report: UpsertReport) -> int | None:
        """Store one document; the rowid it was written under, None when unchanged."""
        dg = digest(doc)
        row = self._db.execute(
            "SELECT rowid, digest FROM documents WHERE id = ?", (doc["id"],)
        ).fetchone()
        if row and row[1] == dg:
            report.unchanged.append(doc["id"])
            return None
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
        return rowid

    def _forget_facts(self, rowid: int) -> None:
        self._db.execute("DELETE FROM doc_text WHERE rowid = ?", (rowid,))
        for table in FACT_TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE doc = ?", (rowid,))

    def _store_facts(self, rowid: int, doc: dict) -> None:
        db = self._db
        db.execute(
            "INSERT INTO doc_text(rowid, title, body) VALUES (?, ?, ?)",
            (rowid, lemma_text(doc.get("title") or ""), lemma_text(doc.get("body") or "")),
        )
        self._store_surnames(doc)
        for p in people_facts(doc):
            db.execute("INSERT INTO doc_people(doc, key) VALUES (?, ?)", (rowid, p.key))
            db.execute(
                "INSERT INTO people(key, name, lemmas) VALUES (?, ?, ?) ON CONFLICT(key) "
                "DO UPDATE SET name=excluded.name, lemmas=excluded.lemmas",
                (p.key, p.name, p.lemmas),
            )
        for r in region_facts(doc):
            db.execute("INSERT INTO doc_regions(doc, code) VALUES (?, ?)", (rowid, r.code))
            db.execute(
                "INSERT INTO regions(code, name, lemmas) VALUES (?, ?, ?) "
                "ON CONFLICT(code) DO UPDATE SET name=excluded.name, lemmas=excluded.lemmas",
                (r.code, r.name, r.lemmas),
            )
        for o in org_facts(doc):
            db.execute("INSERT INTO doc_orgs(doc, org) VALUES (?, ?)", (rowid, o.lemmas))
            db.execute(
                "INSERT INTO orgs(lemmas, name) VALUES (?, ?) ON CONFLICT(lemmas) DO NOTHING",
                (o.lemmas, o.name),
            )
        db.executemany(
            "INSERT INTO doc_figures(doc, value, unit, role, is_people) VALUES (?, ?, ?, ?, ?)",
            [(rowid, f.value, f.unit, f.role, int(f.is_people)) for f in figure_facts(doc)],
        )
        self._store_votes(rowid, doc)

    def _store_surnames(self, doc: dict) -> None:
        """Which keys go by which surname (``search.person_subset`` finds a name's people by
        it); rows outlive the documents: a key without documents is simply not found."""
        pairs = {(surname(r), r[0]) for r in map(person_record, doc.get("people") or []) if r}
        self._db.executemany(
            "INSERT OR IGNORE INTO person_surnames(surname, key) VALUES (?, ?)", sorted(pairs)
        )

    def _store_surnames_of_stored(self) -> None:
        """Fill ``person_surnames`` from documents stored before it existed."""
        for (people,) in self._db.execute("SELECT json_extract(doc, '$.people') FROM documents"):
            self._store_surnames({"people": json.loads(people) if people else []})

    def _store_votes(self, rowid: int, doc: dict) -> None:
        self._db.executemany(
            "INSERT INTO doc_votes(doc, votes_for, against, abstained, unanimous) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, v.votes_for, v.against, v.abstained, int(v.unanimous))
                for v in vote_facts(doc)
            ],
        )

    @translated
    def delete(self, ids: Iterable[str]) -> int:
        removed: list[int] = []
        with self._lock, self._db:
            for doc_id in ids:
                row = self._db.execute(
                    "SELECT rowid FROM documents WHERE id = ?", (doc_id,)
                ).fetchone()
                if row:
                    self._forget_facts(row[0])
                    self._db.execute("DELETE FROM documents WHERE rowid = ?", (row[0],))
                    removed.append(row[0])
            self._log_changes(removed)
        return len(removed)

    # -- reads ----------------------------------------------------------------------------

    @translated
    def get(self, doc_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT doc FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    @translated
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

    @translated
    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def iter_documents(self) -> Iterator[dict]:
        last = ""
        while True:
            with self._lock, self._sqlite_errors():
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

    # -- search ----------------------------------------------------------------------------

    def _doc_values(self) -> DocValues:
        """The columnar copy for this read snapshot. When writers (in any process) committed
        since it was built, it catches up with the documents they touched, or is read anew
        when they touched many or the log no longer reaches back that far."""
        first, last = self._db.execute(LOG_BOUNDS).fetchone()
        values = self._values
        if values is not None and values.generation == last:
            return values
        if values is None or not (first - 1 <= values.generation < last):
            self._values = load(self._db, last)
            return self._values
        changed = int_column(
            self._db, "SELECT DISTINCT doc AS v FROM changes WHERE seq > ?", (values.generation,)
        )
        if len(changed) > max(1_000, values.size // 10):
            self._values = load(self._db, last)
        else:
            self._values = catch_up(self._db, values, changed, last)
        return self._values

    def _filters(self, values: DocValues, q: SearchQuery) -> np.ndarray | None:
        """Documents passing every fact filter; None when the query has none."""
        size = values.size
        masks: list[np.ndarray] = []
        if q.person:
            column = values.people
            wanted = people_filter(q.person, column.keys, column.labels, index=self)
            masks.append(
                person_mask(
                    wanted,
                    column.keys,
                    lambda ids: column.holding(ids, size),
                    lambda docs: values.rowids(self._rowids(docs)),
                )
            )
        if q.region:
            region = q.region.upper() if is_region_code(q.region) else q.region
            masks.append(values.regions.holding(values.regions.resolve(name_match(region)), size))
        if q.org:
            masks.append(values.orgs.holding(org_ids(values.orgs, q.org), size))
        if q.source:
            ids = [i for i, name in enumerate(values.sources.keys) if name == q.source]
            masks.append(values.sources.holding(ids, size))
        if q.since or q.until:
            masks.append(values.between(q.since, q.until))
        if q.figure_min is not None or q.figure_max is not None or q.figure_role:
            masks.append(values.figures(q.figure_role, q.figure_min, q.figure_max))
        if q.votes_against_min is not None:
            masks.append(values.votes_against(q.votes_against_min))
        if not masks:
            return None
        mask = values.present.copy()
        for m in masks:
            mask &= m
        return mask

    def _rowids(self, ids: Iterable[str]) -> np.ndarray:
        """Rowids of stored documents by id (inside the caller's read snapshot)."""
        return int_column(
            self._db,
            "SELECT rowid AS v FROM documents WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        )

    @translated
    def search(self, query: SearchQuery) -> SearchResult:
        """Full text runs in FTS5; filters, counts, facets and the order of hits without text
        come from the columnar copy, all inside one read snapshot."""
        terms = parse_query(query.text)
        if not terms and query.text.strip():  # only punctuation or operators: nothing to find
            return SearchResult(0, [], self._empty_facets(), [] if query.histogram else None)
        with self._lock:
            db = self._db
            db.execute("BEGIN")
            try:
                values = self._doc_values()
                mask = self._filters(values, query)
                restricted = mask is not None
                if mask is None:
                    mask = values.present
                expression = fts_expression(terms) if terms else ""
                fast = None
                if (
                    expression
                    and self.posting_ranking
                    and all(len(term.words) == 1 for term in terms)
                ):
                    fast = self._scored(values, [term.words[0] for term in terms])
                    mask = mask & values.rowids(fast[0])
                elif expression:
                    text = int_column(
                        db, "SELECT rowid AS v FROM doc_text WHERE doc_text MATCH ?", (expression,)
                    )
                    mask = mask & values.rowids(text)
                total = int(mask.sum())
                facets = values.facets(mask, query.facet_size)
                facets["people"] = people_facet(self, db, values.people, mask, query.facet_size)
                histogram = values.histogram(mask, query.histogram) if query.histogram else None
                if fast is not None:
                    page = self._ranked_fast(fast, values, mask, query)
                elif expression:
                    page = self._ranked(expression, values, mask, restricted, query)
                else:
                    page = [(r, 0.0) for r in values.newest(mask, query.offset, query.limit)]
                rows = self._documents([r for r, _ in page])
            finally:
                db.commit()  # ends the read snapshot and the temporary rows' transaction
        lemmas = term_lemmas(terms)
        hits = [self._hit(rows[r], lemmas, score) for r, score in page if r in rows]
        return SearchResult(total, hits, facets, histogram)

    def _ranked(
        self,
        expression: str,
        values: DocValues,
        mask: np.ndarray,
        restricted: bool,
        q: SearchQuery,
    ) -> list[tuple[int, float]]:
        """A page of (rowid, score) by BM25, ties newest first then by id. SQLite keeps only the
        best rows; a margin past the page shows whether a tie runs across its end."""
        matches = int(mask.sum())
        wanted = min(q.offset + q.limit, matches)  # never more rows than match (nor huge ints)
        if wanted <= 0 or q.offset >= matches:
            return []
        only = ""
        if restricted:
            self._db.execute("DELETE FROM temp.matched")
            self._db.execute(
                "INSERT INTO temp.matched(doc) SELECT value FROM json_each(?)",
                (json.dumps(np.flatnonzero(mask).tolist()),),
            )
            only = " AND +rowid IN (SELECT doc FROM temp.matched)"  # +: scan the text matches
        sql = (
            "SELECT rowid, bm25(doc_text, ?, 1.0) AS s FROM doc_text "
            f"WHERE doc_text MATCH ?{only} ORDER BY s LIMIT ?"
        )
        rows = self._db.execute(sql, (TITLE_WEIGHT, expression, wanted + TIE_MARGIN)).fetchall()
        if len(rows) == wanted + TIE_MARGIN and rows[-1][1] == rows[wanted - 1][1]:
            rows = self._db.execute(sql, (TITLE_WEIGHT, expression, -1)).fetchall()
        rows.sort(key=lambda r: (r[1], values.position[r[0]]))
        return [(r, -s) for r, s in rows[q.offset : wanted]]

    def _scored(self, values: DocValues, groups: list) -> tuple[np.ndarray, np.ndarray]:
        """Matches and bm25() scores from the posting copy of this read snapshot."""
        postings = self._postings
        if postings is None or postings.generation != values.generation:
            postings = self._postings = self._posting_copy(postings, values)
        return scores(self._db, postings, [set(g) for g in groups], TITLE_WEIGHT)

    def _posting_copy(self, old: Postings | None, values: DocValues) -> Postings:
        """The posting copy at ``values``' generation: the old one caught up with the documents
        written since when they are few and the change log still reaches back, else read anew
        (which costs the first query of each word a read of its postings)."""
        first, _last = self._db.execute(LOG_BOUNDS).fetchone()
        if (
            self.posting_catch_up
            and old is not None
            and first - 1 <= old.generation < values.generation
        ):
            changed = int_column(
                self._db,
                "SELECT DISTINCT doc AS v FROM changes WHERE seq > ? AND seq <= ?",
                (old.generation, values.generation),
            )
            if len(changed) <= max(1_000, values.size // 20):
                return catch_up_postings(
                    self._db, old, changed, values.generation, values.size, TITLE_WEIGHT
                )
        return load_postings(self._db, values.generation, values.size)

    @staticmethod
    def _ranked_fast(
        fast: tuple[np.ndarray, np.ndarray], values: DocValues, mask: np.ndarray, q: SearchQuery
    ) -> list[tuple[int, float]]:
        """The same page as ``_ranked``: bm25 ascending, ties by the columnar order."""
        matched, score = fast
        inside = matched < len(mask)
        keep = np.zeros(len(matched), dtype=bool)
        keep[inside] = mask[matched[inside]]
        rows, s = matched[keep], score[keep]
        end = q.offset + q.limit
        if end < len(rows):  # partial sort: everything tied with the last wanted score stays
            cut = np.partition(s, end - 1)[end - 1]
            near = s <= cut
            rows, s = rows[near], s[near]
        order = np.lexsort((values.position[rows], s))[q.offset : end]
        return [(int(rows[i]), -float(s[i])) for i in order]

    def _documents(self, rowids: list[int]) -> dict[int, tuple]:
        if not rowids:
            return {}
        marks = ",".join("?" * len(rowids))
        rows = self._db.execute(
            "SELECT rowid, id, url, title, source, published_at, doc FROM documents "
            f"WHERE rowid IN ({marks})",
            rowids,
        ).fetchall()
        return {r[0]: r[1:] for r in rows}

    @staticmethod
    def _hit(row: tuple, lemmas: set[str], score: float) -> Hit:
        """A stored row (id, url, title, source, published_at, doc JSON) as a hit."""
        doc_id, url, title, src, published, doc_json = row
        body = json.loads(doc_json).get("body") or ""
        return Hit(doc_id, url, title or "", src or "", published, snippet(body, lemmas), score)

    @staticmethod
    def _empty_facets() -> dict[str, list[Facet]]:
        return {"people": [], "regions": [], "orgs": [], "sources": []}


def org_ids(column: FactColumn, value: str) -> list[int]:
    """Organisations are stored by their lemmas: a value names one by those lemmas, verbatim,
    or by containing all of a stored name's words in any case form."""
    match = name_match(value)
    wanted = {lemma_key(value), value.strip().lower()}
    return [
        i
        for i, key in enumerate(column.keys)
        if key in wanted or (match.words and matches(match, key))
    ]
