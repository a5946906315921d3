"""BM25 over cached postings: FTS5's own ``bm25()`` formula evaluated in numpy, so a word found
in most documents is ranked without calling the auxiliary function once per matching row.

Postings (rowid, weighted term frequency) are read once per term from an ``fts5vocab`` instance
table; document lengths come from ``doc_text_docsize`` and the averages from FTS5's own record,
so every score is the same double FTS5 computes. After a write the copy catches up with only the
documents written (``catch_up``): their texts are tokenised by a temporary FTS5 table declared
like the index's own, so the terms are exactly the ones FTS5 stored.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field

import numpy as np

K1 = 1.2
B = 0.75
MAX_TERMS = 512  # postings kept per generation; «город» at 100,000 documents is ~2 MB


def _varints(blob: bytes) -> list[int]:
    """FTS5's big-endian SQLite varints."""
    out, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            out.append(value)
            value = 0
    return out


@dataclass
class Postings:
    """Per-generation copy of what bm25() reads: lengths, averages, and postings by term."""

    generation: int
    rows: int
    avgdl: float
    lengths: np.ndarray  # rowid -> tokens in all columns
    terms: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


def _averages(db: sqlite3.Connection) -> tuple[int, float]:
    """(rows, average tokens per row) from FTS5's averages record."""
    record = db.execute("SELECT block FROM doc_text_data WHERE id = 1").fetchone()
    numbers = _varints(record[0]) if record else [0]
    rows = numbers[0]
    return rows, sum(numbers[1:]) / rows if rows else 1.0


def load_postings(db: sqlite3.Connection, generation: int, size: int) -> Postings:
    """Lengths of every document and the totals FTS5 keeps in its averages record."""
    rows, avgdl = _averages(db)
    lengths = np.zeros(size, dtype=np.float64)
    for rowid, sz in db.execute("SELECT id, sz FROM doc_text_docsize"):
        if rowid < size:
            lengths[rowid] = sum(_varints(sz))
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.doc_terms "
        "USING fts5vocab(main, doc_text, instance)"
    )
    return Postings(generation, rows, avgdl, lengths)


def _tokeniser(db: sqlite3.Connection) -> None:
    """``temp.changed_text``, an FTS5 table declared as ``doc_text`` is (same columns, same
    tokenizer), and its instance vocabulary ``temp.changed_terms``."""
    exists = db.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'changed_text'").fetchone()
    if exists:
        return
    sql = db.execute("SELECT sql FROM main.sqlite_master WHERE name = 'doc_text'").fetchone()[0]
    head, rest = sql.split("doc_text", 1)
    db.execute(f"{head}temp.changed_text{rest}")
    db.execute(
        "CREATE VIRTUAL TABLE temp.changed_terms USING fts5vocab(temp, changed_text, instance)"
    )


def catch_up(
    db: sqlite3.Connection,
    old: Postings,
    changed: np.ndarray,
    generation: int,
    size: int,
    title_weight: float,
) -> Postings:
    """``old`` brought to ``generation`` by re-reading only the ``changed`` rowids (written or
    deleted since): their lengths, and for every cached term their postings, as a full read
    would give them."""
    changed = np.unique(changed)
    only = ",".join(str(int(r)) for r in changed)  # integers only: safe to inline
    rows, avgdl = _averages(db)
    lengths = np.zeros(max(size, len(old.lengths)), dtype=np.float64)
    lengths[: len(old.lengths)] = old.lengths
    lengths[changed[changed < len(lengths)]] = 0.0
    for rowid, sz in db.execute(f"SELECT id, sz FROM doc_text_docsize WHERE id IN ({only})"):
        if rowid < len(lengths):
            lengths[rowid] = sum(_varints(sz))
    _tokeniser(db)
    db.execute("DELETE FROM temp.changed_text")
    db.execute(
        "INSERT INTO temp.changed_text(rowid, title, body) "
        f"SELECT rowid, title, body FROM main.doc_text WHERE rowid IN ({only})"
    )
    added: dict[str, dict[int, float]] = {}
    for term, doc, col in db.execute("SELECT term, doc, col FROM temp.changed_terms"):
        if term in old.terms:
            per_doc = added.setdefault(term, {})
            per_doc[doc] = per_doc.get(doc, 0.0) + (title_weight if col == "title" else 1.0)
    db.execute("DELETE FROM temp.changed_text")
    fresh = Postings(generation, rows, avgdl, lengths)
    for term, (rowids, freq) in old.terms.items():
        where = np.searchsorted(rowids, changed)
        inside = where < len(rowids)
        hit = where[inside][rowids[where[inside]] == changed[inside]]
        new = added.get(term)
        if len(hit) == 0 and not new:
            fresh.terms[term] = (rowids, freq)
            continue
        rowids, freq = np.delete(rowids, hit), np.delete(freq, hit)
        if new:
            extra = np.array(sorted(new), dtype=np.int64)
            at = np.searchsorted(rowids, extra)
            rowids = np.insert(rowids, at, extra)
            freq = np.insert(freq, at, np.array([new[r] for r in extra.tolist()]))
        fresh.terms[term] = (rowids, freq)
    return fresh


def term_postings(
    db: sqlite3.Connection, postings: Postings, term: str, title_weight: float
) -> tuple[np.ndarray, np.ndarray]:
    """(rowids, weighted frequency) of one lemma, read once per index generation."""
    cached = postings.terms.get(term)
    if cached is not None:
        return cached
    if len(postings.terms) >= MAX_TERMS:  # a bound on memory: the oldest term goes first
        del postings.terms[next(iter(postings.terms))]
    row = db.execute(
        "SELECT group_concat(doc), group_concat(col = 'title') FROM "
        "(SELECT doc, col FROM temp.doc_terms WHERE term = ? ORDER BY doc)",
        (term,),
    ).fetchone()
    if not row[0]:
        result = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
    else:
        docs = np.fromstring(row[0], dtype=np.int64, sep=",")
        title = np.fromstring(row[1], dtype=np.int64, sep=",")
        weights = np.where(title == 1, title_weight, 1.0)
        rowids, starts = np.unique(docs, return_index=True)
        result = (rowids, np.add.reduceat(weights, starts))
    postings.terms[term] = result
    return result


def _intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rowids in both sorted, duplicate-free arrays, sorted: the shorter one looked up in the
    longer (``np.intersect1d`` sorts both together: half of a two-common-word query)."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return a
    where = np.minimum(np.searchsorted(b, a), len(b) - 1)
    return a[b[where] == a]


def scores(
    db: sqlite3.Connection,
    postings: Postings,
    groups: list[list[str]],
    title_weight: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Documents matching every group (each an OR of lemmas) and their bm25() values, negative
    like FTS5's; phrases are summed in the order of the FTS5 expression."""
    phrases: list[tuple[np.ndarray, np.ndarray]] = []
    matched: np.ndarray | None = None
    for group in groups:
        lists = []
        for lemma in sorted(group):
            rowids, freq = term_postings(db, postings, lemma, title_weight)
            phrases.append((rowids, freq))
            lists.append(rowids)
        union = lists[0] if len(lists) == 1 else np.unique(np.concatenate(lists))
        matched = union if matched is None else _intersect(matched, union)
    assert matched is not None
    n = float(postings.rows)
    length = postings.lengths[matched]
    total = np.zeros(len(matched), dtype=np.float64)
    for rowids, freq in phrases:
        hits = float(len(rowids))
        idf = math.log((n - hits + 0.5) / (hits + 0.5))
        if idf <= 0.0:
            idf = 1e-6
        f = np.zeros(len(matched), dtype=np.float64)
        if len(rowids):
            where = np.minimum(np.searchsorted(rowids, matched), len(rowids) - 1)
            present = rowids[where] == matched
            f[present] = freq[where[present]]
        total = total + idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * length / postings.avgdl)))
    return matched, -1.0 * total
