"""SQLite's people facet by identity (``search.facets``), counted on the columnar copy.

Each (document, key) pair of the copy is given the identity that owns it — the key's identity,
or a split-off person's for the documents a split gave away — once per copy and registry, and
every pair repeating an (identity, document) pair before it is marked. A facet is then one
``bincount`` over the matching unmarked pairs, as fast as the facet by key: a document naming
«Д. О. Морозов» and «Дмитрий Морозов» counts once, and a filter keeps or drops all of a
document's pairs together, so the first of them is always the one counted."""

from __future__ import annotations

import json
import sqlite3
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from search.backend import IndexBackend
from search.doc_values import FactColumn
from search.facets import Sharing, registry_of
from search.person_registry import Registry
from search.query import Facet


@dataclass
class Grouping:
    """The people column's pairs by identity, for one copy and one registry."""

    keys: list[str]  # identity id -> its stable key (the facet's value)
    labels: list[str]  # identity id -> display name
    rank: np.ndarray  # identity id -> place in (label, key) order, to break count ties
    pairs: np.ndarray  # pair -> identity id
    repeated: np.ndarray  # pair -> its (identity, document) came in an earlier pair
    docs: np.ndarray  # pair -> document rowid

    def facet(self, mask: np.ndarray, size: int) -> list[Facet]:
        keep = ~self.repeated
        inside = self.docs < len(mask)
        keep[inside] &= mask[self.docs[inside]]
        keep[~inside] = False
        counts = np.bincount(self.pairs[keep], minlength=len(self.keys))
        present = np.flatnonzero(counts)
        top = present[np.lexsort((self.rank[present], -counts[present]))][:size]
        return [Facet(self.keys[i], self.labels[i], int(counts[i])) for i in top]


def _rowids(db: sqlite3.Connection, ids: set[str]) -> dict[str, int]:
    rows = db.execute(
        "SELECT id, rowid FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    )
    return dict(rows.fetchall())


def grouping(
    db: sqlite3.Connection, column: FactColumn, reg: Registry, only: np.ndarray | None = None
) -> Grouping:
    """Identities of the column's pairs (``only``: of just those pairs, by position); split-off
    mentions are looked up by rowid on ``db`` (the caller's read snapshot)."""
    slots: dict[str, int] = {}
    keys: list[str] = []
    labels: list[str] = []

    def slot(key: str, label: str) -> int:
        if key not in slots:
            slots[key] = len(keys)
            keys.append(key)
            labels.append(label)
        return slots[key]

    def own(key: str, label: str) -> int:
        ident = reg.find(key)
        return slot(ident.key, ident.name) if ident is not None else slot(key, label)

    values, docs = column.values, column.docs
    if only is None:
        by_value = np.array(
            [own(k, label) for k, label in zip(column.keys, column.labels, strict=True)],
            dtype=np.int64,
        )
        present: Iterable[int] = range(len(column.keys))
    else:
        values, docs = values[only], docs[only]
        present = np.unique(values).tolist()
        by_value = np.full(len(column.keys), -1, dtype=np.int64)
        for v in present:
            by_value[v] = own(column.keys[v], column.labels[v])
    pairs = by_value[values] if len(values) else np.zeros(0, dtype=np.int64)
    rows = int(docs.max()) + 1 if len(docs) else 1
    position = {column.keys[v]: v for v in present}
    moved: list[tuple[int, str, int]] = []  # (value id, document id, identity id)
    for key, offs in Sharing.of(reg).split_offs.items():
        if key not in position:
            continue
        for doc in sorted({d for ident in offs for d in (ident.only or {}).get(key, ())}):
            owner = reg.owner(key, doc)
            if owner is not None:
                moved.append((position[key], doc, slot(owner.key, owner.name)))
    if moved:
        rowid = _rowids(db, {doc for _, doc, _ in moved})
        moved = [(v, d, i) for v, d, i in moved if d in rowid]
        codes = np.array([v * rows + rowid[d] for v, d, _ in moved], dtype=np.int64)
        target = np.array([i for _, _, i in moved], dtype=np.int64)
        order = np.argsort(codes)
        codes, target = codes[order], target[order]
        all_codes = values * rows + docs
        hit = np.flatnonzero(np.isin(all_codes, codes))
        pairs[hit] = target[np.searchsorted(codes, all_codes[hit])]
    n = len(keys)
    repeated = np.ones(len(pairs), dtype=bool)
    repeated[np.unique(pairs * rows + docs, return_index=True)[1]] = False
    order = sorted(range(n), key=lambda i: (labels[i], keys[i]))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return Grouping(keys, labels, rank, pairs, repeated, docs)


_groupings: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.RLock()


def people_facet(
    index: IndexBackend, db: sqlite3.Connection, column: FactColumn, mask: np.ndarray, size: int
) -> list[Facet]:
    """The people facet by identity over the documents in ``mask``; by stored key while the
    registry is reading the index itself. With no whole registry read yet in this process,
    the identities of just the keys of the matching documents (``registry_of``), grouped for
    those documents' pairs only — unless those keys are half the column's or more: then the
    whole registry is read (and kept for the searches after)."""
    if size <= 0:
        return []
    matching: list[np.ndarray] = []  # the matching documents' pairs, found when needed

    def counted() -> list[str]:
        inside = column.docs < len(mask)
        matching.append(np.flatnonzero(inside)[mask[column.docs[inside]]])
        return [column.keys[v] for v in np.unique(column.values[matching[0]]).tolist()]

    reg = registry_of(index, counted, limit=len(column.keys) // 2)
    if reg is None:
        return column.facet(mask, size)
    if not reg.whole:
        return grouping(db, column, reg, matching[0]).facet(mask, size)
    with _lock:
        cached = _groupings.get(index)
        if cached is not None and cached[0] is column and cached[1] is reg:
            built = cached[2]
        else:
            built = grouping(db, column, reg)
            _groupings[index] = (column, reg, built)
    return built.facet(mask, size)
