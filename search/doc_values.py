"""A columnar copy of what filters, facets and sorting read (each document's day and source, its
people, regions, organisations, figures and its tallies' votes against), held in numpy arrays
indexed by SQLite rowid.

Counting facets over tens of thousands of matches with SQL joins took hundreds of milliseconds
at 100k documents; a masked ``bincount`` takes one. The copy follows the database's change
log (re-reading only the documents written since) or is read anew, so it is never a second
source of truth."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from search.filters import NameMatch, matches
from search.query import Bucket, Facet


def int_column(db: sqlite3.Connection, sql: str, args: tuple = ()) -> np.ndarray:
    """One integer column as an array; ``group_concat`` crosses into Python as one string,
    several times faster than a row per value."""
    return _numbers(db.execute(f"SELECT group_concat(v) FROM ({sql})", args).fetchone()[0])


def _numbers(text: str | None, dtype: type = np.int64) -> np.ndarray:
    """Comma-separated numbers (a ``group_concat``) as an array."""
    return np.fromstring(text, dtype=dtype, sep=",") if text else np.zeros(0, dtype=dtype)


def day_number(day: str | None) -> int:
    """'2018-03-05' -> 20180305; 0 for a document without a date."""
    return int(day.replace("-", "")) if day else 0


@dataclass
class FactColumn:
    """One (document, value) pair per entry; value ids index ``keys``/``labels``/``lemmas``."""

    docs: np.ndarray
    values: np.ndarray
    keys: list[str]
    labels: list[str]
    lemmas: list[str]
    label_rank: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        order = sorted(range(len(self.labels)), key=lambda i: (self.labels[i], self.keys[i]))
        self.label_rank = np.empty(len(self.labels), dtype=np.int64)
        self.label_rank[order] = np.arange(len(order))

    def resolve(self, match: NameMatch) -> list[int]:
        """Value ids a filter value names: the key itself (any case), else every value whose
        lemmas hold all the words and initials."""
        exact = match.exact.lower()
        found = [i for i, key in enumerate(self.keys) if key.lower() == exact]
        if found or (not match.words and not match.initials):
            return found
        return [i for i, lemmas in enumerate(self.lemmas) if matches(match, lemmas)]

    def holding(self, value_ids: list[int], size: int) -> np.ndarray:
        """Mask of the documents holding any of the values."""
        mask = np.zeros(size, dtype=bool)
        if value_ids:
            mask[self.docs[np.isin(self.values, value_ids)]] = True
        return mask

    def facet(self, mask: np.ndarray, size: int) -> list[Facet]:
        """Most documents first, ties by label (as ``ORDER BY n DESC, label`` in SQL)."""
        counts = np.bincount(self.values[mask[self.docs]], minlength=len(self.keys))
        present = np.flatnonzero(counts)
        top = present[np.lexsort((self.label_rank[present], -counts[present]))][:size]
        return [Facet(self.keys[i], self.labels[i], int(counts[i])) for i in top]


@dataclass
class DocValues:
    generation: int  # the last change-log entry this copy includes
    present: np.ndarray  # bool by rowid: a stored document
    days: np.ndarray  # yyyymmdd by rowid, 0 when unknown
    order: np.ndarray  # rowids, newest day first, then by id: the order of hits without text
    position: np.ndarray  # rowid -> index in ``order``, to break score ties the same way
    sources: FactColumn
    people: FactColumn
    regions: FactColumn
    orgs: FactColumn
    figure_docs: np.ndarray
    figure_values: np.ndarray
    figure_roles: np.ndarray  # role ids into ``roles``; -1 when a figure has none
    figure_people: np.ndarray  # bool: counts people
    roles: dict[str, int]
    vote_docs: np.ndarray  # one entry per tally that gives its votes against
    vote_against: np.ndarray

    @property
    def size(self) -> int:
        return len(self.present)

    def empty(self) -> np.ndarray:
        return np.zeros(self.size, dtype=bool)

    def rowids(self, ids: np.ndarray) -> np.ndarray:
        """Mask of the given rowids, ignoring any this copy does not know (written after it)."""
        mask = self.empty()
        mask[ids[(ids >= 0) & (ids < self.size)]] = True
        return mask & self.present

    def between(self, since: date | None, until: date | None) -> np.ndarray:
        mask = self.days > 0
        if since:
            mask &= self.days >= day_number(since.isoformat())
        if until:
            mask &= self.days <= day_number(until.isoformat())
        return mask

    def figures(self, role: str | None, low: float | None, high: float | None) -> np.ndarray:
        """Documents with a figure of that role (any people count without one) in range."""
        if role:
            keep = self.figure_roles == self.roles.get(role, -2)
        else:
            keep = self.figure_people.copy()
        if low is not None:
            keep &= self.figure_values >= low
        if high is not None:
            keep &= self.figure_values <= high
        mask = self.empty()
        mask[self.figure_docs[keep]] = True
        return mask

    def votes_against(self, low: int) -> np.ndarray:
        """Documents with a tally of at least ``low`` votes against."""
        mask = self.empty()
        mask[self.vote_docs[self.vote_against >= low]] = True
        return mask

    def newest(self, mask: np.ndarray, offset: int, limit: int) -> list[int]:
        """A page of the matching rowids in hit order (newest day first, then id)."""
        return self.order[mask[self.order]][offset : offset + limit].tolist()

    def histogram(self, mask: np.ndarray, interval: str) -> list[Bucket]:
        """Dated matching documents per calendar day, month or year, oldest first."""
        days = self.days[mask]
        unit = {"day": 1, "month": 100, "year": 10_000}[interval]
        keys, counts = np.unique(days[days > 0] // unit, return_counts=True)
        pairs = zip(keys.tolist(), counts.tolist(), strict=True)
        return [Bucket(_bucket_key(k, interval), n) for k, n in pairs]

    def facets(self, mask: np.ndarray, size: int) -> dict[str, list[Facet]]:
        return {
            "people": self.people.facet(mask, size),
            "regions": self.regions.facet(mask, size),
            "orgs": self.orgs.facet(mask, size),
            "sources": self.sources.facet(mask, size),
        }


def _bucket_key(number: int, interval: str) -> str:
    """20180305 // unit back to "2018-03-05", "2018-03" or "2018"."""
    if interval == "year":
        return f"{number:04d}"
    if interval == "month":
        return f"{number // 100:04d}-{number % 100:02d}"
    return f"{number // 10_000:04d}-{number // 100 % 100:02d}-{number % 100:02d}"


def _facts(
    db: sqlite3.Connection, grouped: str, args: tuple = (), names: dict | None = None
) -> FactColumn:
    """Rows of (value, its documents as a list) become one column; ``names`` maps a value to
    its (label, lemmas). Reading grouped rows from a covering index is one row per value, not
    one per pair."""
    rows = db.execute(grouped, args).fetchall()
    docs = [_numbers(r[1]) for r in rows]
    keys = [str(r[0]) for r in rows]
    named = [(names or {}).get(r[0]) or (r[0], r[0]) for r in rows]
    return FactColumn(
        np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64),
        np.repeat(np.arange(len(docs), dtype=np.int64), [len(d) for d in docs]),
        keys,
        [str(label or key) for (label, _), key in zip(named, keys, strict=True)],
        [str(lemmas or "") for _, lemmas in named],
    )


def _only(column: str, only: str | None) -> tuple[str, tuple]:
    """A WHERE clause keeping the rowids in ``only`` (a JSON list), or none."""
    if only is None:
        return "", ()
    return f" WHERE {column} IN (SELECT value FROM json_each(?))", (only,)


def _named(
    db: sqlite3.Connection, facts: str, column: str, table: str, key: str, only: str | None
) -> FactColumn:
    where, args = _only("doc", only)
    names = {
        r[0]: r[1:]
        for r in db.execute(
            f"SELECT {key}, name, lemmas FROM {table} "
            f"WHERE {key} IN (SELECT {column} FROM {facts}{where})",
            args,
        )
    }
    grouped = f"SELECT {column}, group_concat(doc) FROM {facts}{where} GROUP BY {column}"
    return _facts(db, grouped, args, names)


def _sources(db: sqlite3.Connection, only: str | None) -> FactColumn:
    where, args = _only("rowid", only)
    where = f"{where} AND" if where else " WHERE"
    return _facts(
        db,
        f"SELECT source, group_concat(rowid) FROM documents{where} source IS NOT NULL "
        "GROUP BY source",
        args,
    )


@dataclass
class _Facts:
    """Everything read per document fact, for all documents or only some."""

    sources: FactColumn
    people: FactColumn
    regions: FactColumn
    orgs: FactColumn
    figure_docs: np.ndarray
    figure_values: np.ndarray
    figure_roles: np.ndarray
    figure_people: np.ndarray
    roles: dict[str, int]
    vote_docs: np.ndarray
    vote_against: np.ndarray


def _read_facts(
    db: sqlite3.Connection, only: str | None = None, roles: dict[str, int] | None = None
) -> _Facts:
    """Role names get ids after those already in ``roles`` (a copy is extended)."""
    where, args = _only("doc", only)
    docs, values, people_counts, role_text = db.execute(
        "SELECT group_concat(doc), group_concat(value), group_concat(is_people), "
        f"group_concat(COALESCE(role, ''), char(31)) FROM doc_figures{where}",
        args,
    ).fetchone()
    # one figure without a role concatenates to "", which is no reason to drop it
    role_names = (role_text or "").split("\x1f") if docs else []
    roles = dict(roles or {})
    vote_docs, vote_against = db.execute(
        "SELECT group_concat(doc), group_concat(against) FROM doc_votes"
        + (f"{where} AND" if where else " WHERE")
        + " against IS NOT NULL",
        args,
    ).fetchone()
    for name in role_names:
        if name and name not in roles:
            roles[name] = len(roles)
    return _Facts(
        sources=_sources(db, only),
        people=_named(db, "doc_people", "key", "people", "key", only),
        regions=_named(db, "doc_regions", "code", "regions", "code", only),
        orgs=_named(db, "doc_orgs", "org", "orgs", "lemmas", only),
        figure_docs=_numbers(docs),
        figure_values=_numbers(values, np.float64),
        figure_roles=np.array([roles.get(r, -1) for r in role_names], dtype=np.int64),
        figure_people=_numbers(people_counts).astype(bool),
        roles=roles,
        vote_docs=_numbers(vote_docs),
        vote_against=_numbers(vote_against),
    )


def _order(db: sqlite3.Connection, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Rowids newest day first, then by id, and each rowid's place in that order."""
    order = int_column(db, "SELECT rowid AS v FROM documents ORDER BY day DESC, id")
    position = np.zeros(size, dtype=np.int64)
    position[order] = np.arange(len(order))
    return order, position


def _assemble(
    generation: int,
    present: np.ndarray,
    days: np.ndarray,
    ordered: tuple[np.ndarray, np.ndarray],
    facts: _Facts,
) -> DocValues:
    order, position = ordered
    return DocValues(
        generation=generation,
        present=present,
        days=days,
        order=order,
        position=position,
        sources=facts.sources,
        people=facts.people,
        regions=facts.regions,
        orgs=facts.orgs,
        figure_docs=facts.figure_docs,
        figure_values=facts.figure_values,
        figure_roles=facts.figure_roles,
        figure_people=facts.figure_people,
        roles=facts.roles,
        vote_docs=facts.vote_docs,
        vote_against=facts.vote_against,
    )


def _size(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM documents").fetchone()[0]


def load(db: sqlite3.Connection, generation: int) -> DocValues:
    """Read the copy inside the caller's read transaction, so all of it is one snapshot."""
    size = _size(db)
    present = np.zeros(size, dtype=bool)
    days = np.zeros(size, dtype=np.int64)
    # rowids by day, then each day's count: one row per day instead of one per document
    ordered = _order(db, size)
    runs = db.execute(
        "SELECT day, COUNT(*) FROM documents GROUP BY day ORDER BY day DESC"
    ).fetchall()
    present[ordered[0]] = True
    days[ordered[0]] = np.repeat([day_number(d) for d, _ in runs], [n for _, n in runs])
    return _assemble(generation, present, days, ordered, _read_facts(db))


def _grown(values: np.ndarray, size: int) -> np.ndarray:
    out = np.zeros(size, dtype=values.dtype)
    out[: len(values)] = values
    return out


def _merged(old: FactColumn, fresh: FactColumn, gone: np.ndarray) -> FactColumn:
    """``old`` without the documents in ``gone``, plus ``fresh`` (their facts as they are now);
    values no document holds any more are dropped, as a full read would not have them."""
    keep = ~gone[old.docs]
    ids = {key: i for i, key in enumerate(old.keys)}
    keys, labels, lemmas = list(old.keys), list(old.labels), list(old.lemmas)
    remap = np.zeros(len(fresh.keys), dtype=np.int64)
    for j, key in enumerate(fresh.keys):
        i = ids.get(key)
        if i is None:
            i = ids[key] = len(keys)
            keys.append(key)
            labels.append(fresh.labels[j])
            lemmas.append(fresh.lemmas[j])
        else:  # a write may have renamed it
            labels[i], lemmas[i] = fresh.labels[j], fresh.lemmas[j]
        remap[j] = i
    docs = np.concatenate([old.docs[keep], fresh.docs])
    values = np.concatenate([old.values[keep], remap[fresh.values]])
    held = np.flatnonzero(np.bincount(values, minlength=len(keys)))
    dense = np.full(len(keys), -1, dtype=np.int64)
    dense[held] = np.arange(len(held))
    return FactColumn(
        docs,
        dense[values],
        [keys[i] for i in held],
        [labels[i] for i in held],
        [lemmas[i] for i in held],
    )


def catch_up(
    db: sqlite3.Connection, old: DocValues, changed: np.ndarray, generation: int
) -> DocValues:
    """``old`` brought up to date by re-reading only the ``changed`` documents (rowids written
    or deleted since it was built); the hit order is read anew (one index scan)."""
    size = max(old.size, _size(db))
    gone = np.zeros(size, dtype=bool)
    gone[changed[changed < size]] = True
    present = _grown(old.present, size) & ~gone
    days = _grown(old.days, size)
    days[gone] = 0
    only = json.dumps(changed.tolist())
    for rowid, day in db.execute(
        "SELECT rowid, day FROM documents WHERE rowid IN (SELECT value FROM json_each(?))",
        (only,),
    ):
        present[rowid] = True
        days[rowid] = day_number(day)
    facts = _read_facts(db, only, old.roles)
    facts.sources = _merged(old.sources, facts.sources, gone)
    facts.people = _merged(old.people, facts.people, gone)
    facts.regions = _merged(old.regions, facts.regions, gone)
    facts.orgs = _merged(old.orgs, facts.orgs, gone)
    keep = ~gone[old.figure_docs]
    facts.figure_docs = np.concatenate([old.figure_docs[keep], facts.figure_docs])
    facts.figure_values = np.concatenate([old.figure_values[keep], facts.figure_values])
    facts.figure_roles = np.concatenate([old.figure_roles[keep], facts.figure_roles])
    facts.figure_people = np.concatenate([old.figure_people[keep], facts.figure_people])
    kept = ~gone[old.vote_docs]
    facts.vote_docs = np.concatenate([old.vote_docs[kept], facts.vote_docs])
    facts.vote_against = np.concatenate([old.vote_against[kept], facts.vote_against])
    return _assemble(generation, present, days, _order(db, size), facts)
