"""One identity per person across the corpus, on any backend.

Extraction keys a person per mention («морозов д», «морозов дмитрий»); the registry groups the
stored keys into identities: keys with a full first name join when surname and first name agree
(any case form) and their patronymics and places do not conflict; a key with only an initial
joins the one compatible full-name identity, and stays apart when there are several or none.
Curation decisions (merge, split, rename) are kept next to the index — a table in the SQLite
file, a small companion index in Elasticsearch — so re-crawls and reindexing keep them, and are
applied on every read. The grouping is a pure function of the stored people and the decisions,
so the same index always gives the same identities.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from typing import TypeVar

from extraction.lang.morph import fold
from extraction.lang.names import NameQuery, forms, stored_name
from search.backend import BackendError, IndexBackend
from search.person_records import decode as read_person_records
from search.person_records import record as _record

SPLIT_MARK = "~"  # a split-off person's key: «морозов д~doc-id»
PLACE_MARK = "@"  # a namesake told apart by place: «иванов сергей@тверь»


@dataclass
class _Key:
    """What the corpus says about one stored person key."""

    key: str
    surname: str = ""
    first: str = ""
    middle: str = ""
    names: Counter = field(default_factory=Counter)
    places: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    doc_places: dict[str, set[str]] = field(default_factory=dict)
    doc_names: dict[str, list[str]] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return len(self.first) > 1


@dataclass(frozen=True)
class PersonFilter:
    """Which (key, document) mentions a ``--person`` value stands for: every document of
    ``keys``, and of each key in ``only`` just those documents, of each key in ``excluded`` all
    but those (the mentions a split gave another identity). Both backends apply it."""

    keys: tuple[str, ...] = ()
    only: dict[str, frozenset[str]] = field(default_factory=dict)
    excluded: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.keys or self.only or self.excluded)

    def all_keys(self) -> list[str]:
        return sorted({*self.keys, *self.only, *self.excluded})


@dataclass
class Identity:
    """A person: a stable key, the fullest name seen, every key and name it goes by."""

    key: str
    name: str
    keys: list[str]
    names: list[str]
    documents: set[str]
    # mentions under these keys in these documents are someone else's (a split)
    excluded: dict[str, set[str]] = field(default_factory=dict)
    # a split-off person holds only these (key, document) mentions
    only: dict[str, set[str]] | None = None
    # beginnings of its stored surnames' forms, and its keys as typed: what a name lookup
    # can match it by (kept with the identity, so a registry taken forward reuses them)
    _index: tuple[frozenset[str], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )

    def pairs(self) -> list[tuple[str, str]]:
        return [(k, n) for k in self.keys for n in self.names] or [(self.key, self.name)]

    def lookup_index(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._index is None:
            prefixes: set[str] = set()
            for k, n in self.pairs():
                stored = stored_name(k, n or k)
                if stored is not None:
                    prefixes.update(stored.prefixes)
            typed = frozenset(fold(k).replace("_", " ") for k in self.keys)
            self._index = (frozenset(prefixes), typed)
        return self._index

    def owns(self, key: str, doc: str) -> bool:
        if doc in self.excluded.get(key, ()):
            return False
        if self.only is not None:
            return doc in self.only.get(key, ())
        return key in self.keys

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "keys": self.keys,
            "variants": self.names,
            "documents": len(self.documents),
        }


def _part(value: object) -> str:
    return fold(str(value or "")).rstrip(".").strip()


def _agree(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(forms(a) & forms(b))


def _fullness(name: str) -> tuple[int, int]:
    words = name.replace(".", ". ").split()
    return sum(len(w.rstrip(".")) > 1 for w in words), len(words)


class Decisions:
    """Curation decisions kept next to the index, in the order they were made."""

    def __init__(self, index: IndexBackend) -> None:
        self.index = index
        self._sqlite = getattr(index, "path", None) if index.name == "sqlite" else None

    @property
    def _es_name(self) -> str:
        return self.index.decisions_index  # type: ignore[attr-defined]

    def load(self) -> list[dict]:
        if self._sqlite is not None:
            if not self._sqlite.exists():
                return []
            with closing(sqlite3.connect(self._sqlite)) as db:
                if not db.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'person_decisions'"
                ).fetchone():
                    return []
                rows = db.execute("SELECT decision FROM person_decisions ORDER BY seq").fetchall()
            return [json.loads(r[0]) for r in rows]
        es = self.index._es  # type: ignore[attr-defined]
        if not es.indices.exists(index=self._es_name):
            return []
        resp = es.search(index=self._es_name, size=10_000, sort=[{"seq": "asc"}])
        return [json.loads(h["_source"]["decision"]) for h in resp["hits"]["hits"]]

    def add(self, decision: dict) -> None:
        text = json.dumps(decision, ensure_ascii=False, sort_keys=True)
        if self._sqlite is not None:
            with closing(sqlite3.connect(self._sqlite)) as db, db:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS person_decisions "
                    "(seq INTEGER PRIMARY KEY AUTOINCREMENT, decision TEXT NOT NULL)"
                )
                db.execute("INSERT INTO person_decisions(decision) VALUES (?)", (text,))
            return
        es = self.index._es  # type: ignore[attr-defined]
        seq = len(self.load()) + 1
        es.index(
            index=self._es_name,
            id=str(seq),
            document={"seq": seq, "decision": text},
            refresh="wait_for",
        )


class Registry:
    """Identities of every stored person, with curation applied."""

    whole = True  # False: built on a closed subset of the people (``search.person_subset``)
    read = 0  # documents read to build a subset

    def __init__(
        self,
        people: dict[str, _Key],
        decisions: list[dict],
        previous: Registry | None = None,
        changed: set[str] | None = None,
    ) -> None:
        """Group ``people``; with the registry built before (``previous``, under the same
        decisions) and the keys whose documents changed since (``changed``), only the keys
        those can reach through a shared surname form or a merge are grouped again — the
        other identities are kept as they were, which is what a full grouping would give."""
        self.people = people
        self.identities: dict[str, Identity] = {}
        self._of: dict[str, str] = {}  # stored key -> identity key (unsplit mentions)
        self._split_of: dict[tuple[str, str], str] = {}  # (key, doc) -> split-off identity
        self._named: dict[str, list[Identity]] = {}  # typed names already looked up
        self._by_prefix: dict[str, set[str]] | None = None  # surname beginning -> identities
        self._by_key: dict[str, set[str]] = {}  # a key as typed -> identities
        self.regrouped = len(people)  # keys grouped in this build (the rest were kept)
        scope = set(people)
        if previous is not None and changed is not None:
            reach = self._scope(previous, changed, decisions)
            for ident in previous.identities.values():
                if ident.keys and not reach.intersection(ident.keys):
                    self.identities[ident.key] = ident
            self._of = {k: i for k, i in previous._of.items() if k not in reach and k in people}
            scope = reach & scope
            self.regrouped = len(scope)
        self._group(decisions, scope)
        for ident in self.identities.values():  # a later split of a split-off person wins
            for k, docs in (ident.only or {}).items():
                for d in docs:
                    if ident.owns(k, d):
                        self._split_of[(k, d)] = ident.key

    def _scope(self, previous: Registry, changed: set[str], decisions: list[dict]) -> set[str]:
        """The keys to group again: the changed ones, every key sharing a surname form or a
        merge with one of them (transitively), and every key of an identity any of those
        belonged to before — a union of whole groups, so the rest is left as it was."""
        by_form: dict[str, set[str]] = {}
        for k, rec in self.people.items():
            for f in forms(rec.surname):
                by_form.setdefault(f, set()).add(k)
        merged: dict[str, set[str]] = {}
        for d in decisions:
            if d.get("op") == "merge":
                for k in d.get("keys", []):
                    merged.setdefault(k, set()).update(d.get("keys", []))
        before: dict[str, set[str]] = {}
        for ident in previous.identities.values():
            for k in ident.keys:
                before.setdefault(k, set()).update(ident.keys)
        scope: set[str] = set()
        todo = list(changed)
        while todo:
            k = todo.pop()
            if k in scope:
                continue
            scope.add(k)
            near = set(before.get(k, ())) | merged.get(k, set())
            if k in self.people:
                for f in forms(self.people[k].surname):
                    near |= by_form.get(f, set())
            todo.extend(near - scope)
        return scope

    # grouping -------------------------------------------------------------------------
    def _group(self, decisions: list[dict], scope: set[str]) -> None:
        parent = {k: k for k in scope}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        keys = sorted(scope)
        # only keys whose surnames share a dictionary form can agree: each key is compared
        # with those, not with every other key
        by_form: dict[str, list[_Key]] = {}
        for k in keys:
            for f in forms(self.people[k].surname):
                by_form.setdefault(f, []).append(self.people[k])

        def alike(p: _Key) -> list[_Key]:
            seen = {q.key: q for f in forms(p.surname) for q in by_form.get(f, [])}
            return [seen[k] for k in sorted(seen) if k != p.key]

        for a in (self.people[k] for k in keys):
            if a.full:
                for b in alike(a):
                    if b.full and b.key > a.key and self._compatible(a, b):
                        union(a.key, b.key)
        full_groups: dict[str, list[_Key]] = {}  # the full-name people, before initials join
        for k in keys:
            if self.people[k].full:
                full_groups.setdefault(find(k), []).append(self.people[k])
        root_of = {p.key: root for root, group in full_groups.items() for p in group}
        for p in (self.people[k] for k in keys):
            if p.full:
                continue
            groups = {root_of[q.key]: full_groups[root_of[q.key]] for q in alike(p) if q.full}
            fits = [
                root
                for root, members in sorted(groups.items())
                if all(self._compatible(p, m) for m in members)
            ]
            if len(fits) == 1:
                union(p.key, fits[0])
        for decision in decisions:
            if decision.get("op") == "merge":
                known = [k for k in decision.get("keys", []) if k in parent]
                for k in known[1:]:
                    union(known[0], k)
        members: dict[str, list[str]] = {}
        for k in keys:
            members.setdefault(find(k), []).append(k)
        renames: dict[str, str] = {}
        splits: list[dict] = []
        for decision in decisions:
            if decision.get("op") == "rename" and decision.get("key"):
                renames[str(decision["key"])] = str(decision.get("name") or "")
            elif decision.get("op") == "split":
                splits.append(decision)
        for group in members.values():
            ident = self._identity(group)
            self.identities[ident.key] = ident
            for k in group:
                self._of[k] = ident.key
        # a merge naming a split-off person (by place or by hand) undoes that split
        cancelled = {
            k
            for d in decisions
            if d.get("op") == "merge"
            for k in d.get("people", [])
            if SPLIT_MARK in k or PLACE_MARK in k
        }
        for k in keys:
            self._namesakes(k, cancelled)
        for decision in splits:
            source = self.find(str(decision.get("key") or ""))
            if source is None or not scope.intersection(source.keys):
                continue  # a kept identity: its splits were made when it was grouped
            self._split(str(decision.get("key") or ""), set(decision.get("docs") or []), cancelled)
        for key, name in renames.items():
            ident = self.find(key)
            if ident is not None and name:
                ident.name = name
                if name not in ident.names:
                    ident.names.insert(0, name)

    @staticmethod
    def _compatible(a: _Key, b: _Key) -> bool:
        if not (forms(a.surname) & forms(b.surname)):
            return False
        if not (_agree(a.first, b.first) and _agree(a.middle, b.middle)):
            return False
        # namesakes: both tied to places, none shared
        return not (a.places and b.places and not (a.places & b.places))

    def _identity(self, group: list[str]) -> Identity:
        people = [self.people[k] for k in group]
        # the canonical key: a full-name key before an initial, then the alphabet — stable
        # as documents come and go
        canonical = min(people, key=lambda p: (not p.full, p.key)).key
        names: Counter = Counter()
        docs: set[str] = set()
        for p in people:
            names.update(p.names)
            docs |= p.docs
        ordered = sorted(names, key=lambda n: (-_fullness(n)[0], -names[n], n))
        return Identity(
            canonical, ordered[0] if ordered else canonical, sorted(group), ordered, docs
        )

    def _namesakes(self, key: str, cancelled: set[str]) -> None:
        """One key named in posts of different places is several people: the documents of
        each further place (fewer documents, then the alphabet) become a person of their own."""
        by_place: dict[str, set[str]] = {}
        for doc, places in self.people[key].doc_places.items():
            for place in places:
                by_place.setdefault(place, set()).add(doc)
        if len(by_place) < 2:
            return
        ordered = sorted(by_place, key=lambda pl: (-len(by_place[pl]), pl))
        taken = set(by_place[ordered[0]])
        for place in ordered[1:]:
            docs = by_place[place] - taken
            taken |= docs
            if docs:
                self._split(key, docs, cancelled, new_key=f"{key}{PLACE_MARK}{place}")

    def _split(
        self, key: str, docs: set[str], cancelled: set[str], new_key: str | None = None
    ) -> None:
        source = self.find(key)
        stored = key if key in self.people else None
        if source is None:
            return
        if stored is None:  # a split named by identity: the mentions under each of its keys
            targets = {k: docs & self.people[k].docs for k in source.keys if k in self.people}
        else:
            targets = {stored: docs & self.people[stored].docs}
        targets = {k: d for k, d in targets.items() if d}
        if not targets:
            return
        moved = set().union(*targets.values())
        new_key = new_key or f"{min(targets)}{SPLIT_MARK}{min(moved)}"
        if new_key in cancelled:
            return
        for k, d in targets.items():
            source.excluded.setdefault(k, set()).update(d)
        source.documents = {
            d
            for d in source.documents
            if any(d in self.people[k].docs and source.owns(k, d) for k in source.keys)
        }
        names = [n for k, d in targets.items() for doc in d
                 for n in self.people[k].doc_names.get(doc, ())]  # fmt: skip
        self.identities[new_key] = Identity(
            new_key,
            sorted(names, key=lambda n: (-_fullness(n)[0], n))[0] if names else new_key,
            sorted(targets),
            sorted(set(names)),
            moved,
            only=targets,
        )

    # reading --------------------------------------------------------------------------
    def find(self, key: str) -> Identity | None:
        """The identity of a canonical key, a split-off key or any stored key (alias)."""
        if key in self.identities:
            return self.identities[key]
        folded = fold(key).strip()
        if folded in self.identities:
            return self.identities[folded]
        of = self._of.get(key) or self._of.get(folded)
        return self.identities.get(of) if of else None

    def owner(self, key: str, doc: str) -> Identity | None:
        """The identity a mention under ``key`` in ``doc`` belongs to (splits honoured)."""
        split = self._split_of.get((key, doc))
        if split is not None:
            return self.identities[split]
        return self.find(key)

    def person(self, person: dict, doc: str) -> dict:
        """A document's person record under the key and display name of its identity (as is
        when the registry does not know the key yet)."""
        ident = self.owner(str(person.get("key") or ""), doc)
        if ident is None:
            return person
        return {**person, "key": ident.key, "name": ident.name}

    def named(self, value: str) -> list[Identity]:
        """Identities a typed name or key names: by key, alias, or any name variant."""
        if value not in self._named:
            self._named[value] = self._lookup(value)
        return list(self._named[value])

    def _lookup(self, value: str) -> list[Identity]:
        exact = self.find(value)
        if exact is not None:
            return [exact]
        query = NameQuery(value)
        if self._by_prefix is None:
            by_prefix: dict[str, set[str]] = {}
            by_key: dict[str, set[str]] = {}
            for ident in self.identities.values():
                prefixes, typed = ident.lookup_index()
                for p in prefixes:
                    by_prefix.setdefault(p, set()).add(ident.key)
                for k in typed:
                    by_key.setdefault(k, set()).add(ident.key)
            self._by_prefix, self._by_key = by_prefix, by_key
        # only an identity with a surname form beginning as the typed one's, or a key typed
        # as it is, can match (``NameQuery.matches``): the others are not compared
        candidates = set(self._by_key.get(query.exact, ()))
        for p in query.prefixes:
            candidates |= self._by_prefix.get(p, set())
        return [
            ident
            for ident in self.identities.values()
            if ident.key in candidates and any(query.matches(k, n) for k, n in ident.pairs())
        ]

    def selected(self, value: str, matched: Iterable[str]) -> list[Identity]:
        """The identities a ``--person`` value names: the one whose key or alias it is, else
        those its name matches and those of the stored keys it matched."""
        exact = self.find(value)
        if exact is not None:
            return [exact]
        idents = {i.key: i for i in self.named(value)}
        for k in matched:
            ident = self.find(k)
            if ident is not None:
                idents.setdefault(ident.key, ident)
        return list(idents.values())

    def person_filter(self, value: str, matched: Iterable[str]) -> PersonFilter:
        """The mentions a ``--person`` value stands for: each key of the identities it names,
        in the documents those identities own — so a split-off person and the one it was split
        from never share a document through a shared key."""
        matched = list(matched)
        idents = self.selected(value, matched)
        chosen = {i.key for i in idents}
        plain: set[str] = {k for k in matched if k not in self.people}
        only: dict[str, frozenset[str]] = {}
        excluded: dict[str, frozenset[str]] = {}
        for k in sorted({k for i in idents for k in i.keys}):
            if k not in self.people:
                plain.add(k)
                continue
            docs = self.people[k].docs
            owned = {d for d in docs if (o := self.owner(k, d)) is not None and o.key in chosen}
            main = self.find(k)
            if owned == docs:
                plain.add(k)
            elif main is not None and main.key in chosen:
                excluded[k] = frozenset(docs - owned)
            elif owned:
                only[k] = frozenset(owned)
        return PersonFilter(tuple(sorted(plain)), only, excluded)

    def listing(self) -> list[Identity]:
        return sorted(self.identities.values(), key=lambda i: (-len(i.documents), i.name))


def _add(rec: _Key, doc: str, r: tuple) -> None:
    key, last, first_name, middle_name, name, places = r
    words = key.split()
    rec.surname = rec.surname or _part(last) or (words[0] if words else "")
    # a key is surname first, then the given names: «соколова ирина петровна»
    given = words[len(_part(last).split()) or 1 :] if words else []
    first = _part(first_name) or (given[0] if given else "")
    if len(first) > len(rec.first):
        rec.first = first
    middle = _part(middle_name) or (given[1] if len(given) > 1 and not first_name else "")
    if len(middle) > len(rec.middle):
        rec.middle = middle
    if name:
        rec.names[str(name)] += 1
        rec.doc_names.setdefault(doc, []).append(str(name))
    for place in places:
        rec.places.add(place)
        rec.doc_places.setdefault(doc, set()).add(place)
    rec.docs.add(doc)


class _Corpus:
    """The person records of every stored document, by document, and the stored keys built
    from them; a document that changed replaces its records and rebuilds only its keys (in
    document-id order, as a full read would)."""

    def __init__(self) -> None:
        self.records: dict[str, list[tuple]] = {}
        self.key_docs: dict[str, set[str]] = {}
        self.people: dict[str, _Key] = {}
        self.mark: object = None  # where the backend's log stood when this was read
        self.rowid_of: dict[int, str] = {}  # SQLite: the document id of each rowid read

    def put(self, doc: str, people: list | None) -> set[str]:
        """Replace a document's records (None: it is gone); the keys it touched."""
        touched = {r[0] for r in self.records.pop(doc, [])}
        for k in touched:
            self.key_docs[k].discard(doc)
        if people is not None:
            recs = [r for r in map(_record, people or []) if r is not None]
            self.records[doc] = recs
            for r in recs:
                touched.add(r[0])
                self.key_docs.setdefault(r[0], set()).add(doc)
        return touched

    def put_records(self, doc: str, records: list[tuple]) -> None:
        """A document's records as read from doc values (a fresh corpus: none before)."""
        self.records[doc] = records
        for r in records:
            self.key_docs.setdefault(r[0], set()).add(doc)

    def rebuild(self, keys: set[str]) -> None:
        self.people = dict(self.people)  # the registry built before may still be read
        for k in keys:
            docs = self.key_docs.get(k)
            if not docs:
                self.key_docs.pop(k, None)
                self.people.pop(k, None)
                continue
            rec = _Key(k)
            for doc in sorted(docs):
                for r in self.records[doc]:
                    if r[0] == k:
                        _add(rec, doc, r)
            self.people[k] = rec


CHANGED_MAX = 1000  # more changed documents than this (or a tenth): read everything again


def _people(value: str | None) -> list:
    return json.loads(value) if value else []


def _read_sqlite(index: IndexBackend, corpus: _Corpus | None) -> tuple[_Corpus, set[str] | None]:
    """SQLite: the change log says which documents changed since ``corpus`` was read (its
    rowids); only their person records are read, on a connection of the registry's own (a
    search may be under way on the index's). None for the keys: everything was read anew."""
    with closing(sqlite3.connect(index.path)) as db:  # type: ignore[attr-defined]
        db.execute("BEGIN")
        first, last = db.execute(
            "SELECT COALESCE((SELECT MIN(seq) FROM changes), 0), "
            "COALESCE((SELECT MAX(seq) FROM changes), 0)"
        ).fetchone()
        if corpus is not None and corpus.mark == last:
            return corpus, set()
        rows: list = []
        if corpus is not None and isinstance(corpus.mark, int) and first - 1 <= corpus.mark:
            rowids = [
                r[0]
                for r in db.execute(
                    "SELECT DISTINCT doc FROM changes WHERE seq > ?", (corpus.mark,)
                ).fetchall()
            ]
            if len(rowids) <= max(CHANGED_MAX, len(corpus.records) // 10):
                rows = db.execute(
                    "SELECT rowid, id, json_extract(doc, '$.people') FROM documents "
                    "WHERE rowid IN (SELECT value FROM json_each(?))",
                    (json.dumps(rowids),),
                ).fetchall()
                now = {r[0]: r[1] for r in rows}
                rowid_of = corpus.rowid_of
                touched: set[str] = set()
                # first what left each rowid (removed, or its rowid taken by another document
                # after the last row was removed), then what is there now
                for rowid in rowids:
                    if rowid in rowid_of and now.get(rowid) != rowid_of[rowid]:
                        touched |= corpus.put(rowid_of.pop(rowid), None)
                for rowid, doc_id, people in rows:
                    rowid_of[rowid] = doc_id
                    touched |= corpus.put(doc_id, _people(people))
                corpus.rebuild(touched)
                corpus.mark = last
                return corpus, touched
        fresh = _Corpus()
        for rowid, doc_id, people in db.execute(
            "SELECT rowid, id, json_extract(doc, '$.people') FROM documents ORDER BY id"
        ):
            fresh.rowid_of[rowid] = doc_id
            fresh.put(doc_id, _people(people))
        fresh.rebuild(set(fresh.key_docs))
        fresh.mark = last
        db.rollback()
        return fresh, None


PAGE = 2000
PAGE_FLAT = 10_000  # documents per page when the records come from doc values


def _es_mark(index: IndexBackend) -> tuple:
    """The concrete indices behind the alias (a reindex makes new ones) and their uuids."""
    es = index._es  # type: ignore[attr-defined]
    settings = index._call(  # type: ignore[attr-defined]
        lambda: es.indices.get_settings(index=index.alias, name="index.uuid")  # type: ignore[attr-defined]
    )
    return tuple(sorted((n, s["settings"]["index"]["uuid"]) for n, s in settings.items()))


def _read_es(index: IndexBackend, corpus: _Corpus | None) -> tuple[_Corpus, set[str] | None]:
    """Elasticsearch: documents written since ``corpus`` was read have a higher ``_seq_no``
    (one index behind the alias, one shard); only their ids and people are fetched. A removed
    document shows as a count short of what the corpus expects: then everything is read anew,
    ids and people only (never the bodies)."""
    es = index._es  # type: ignore[attr-defined]
    alias = index.alias  # type: ignore[attr-defined]
    call = index._call  # type: ignore[attr-defined]  # its errors, in the backend's words
    if hasattr(index, "_fresh"):
        index._fresh()
    indices = _es_mark(index)
    if corpus is not None and isinstance(corpus.mark, tuple) and corpus.mark[0] == indices:
        seq = corpus.mark[1]
        resp = call(
            lambda: es.search(
                index=alias,
                query={"range": {"_seq_no": {"gt": seq}}},
                sort=[{"_seq_no": "asc"}],
                size=CHANGED_MAX,
                seq_no_primary_term=True,
                source_includes=["id", "people"],
                track_total_hits=False,
            )
        )
        hits = resp["hits"]["hits"]
        if len(hits) < CHANGED_MAX and len(indices) == 1:
            touched: set[str] = set()
            for h in hits:
                touched |= corpus.put(str(h["_source"]["id"]), h["_source"].get("people") or [])
                seq = max(seq, int(h["_seq_no"]))
            if call(lambda: es.count(index=alias))["count"] == len(corpus.records):
                corpus.rebuild(touched)
                corpus.mark = (indices, seq)
                return corpus, touched
    fresh = _Corpus()
    seq = -1
    after = None
    # an index with the records in doc values (mapping 4) is read without its sources: the
    # source of a million documents, bodies and all, took minutes to read
    if getattr(index, "_flat", False):
        # millions of small records: the cyclic collector would walk them again and again
        collecting = gc.isenabled()
        gc.disable()
        try:
            return _read_es_doc_values(index, indices)
        finally:
            if collecting:
                gc.enable()
    while True:
        page: dict = {
            "index": alias,
            "sort": [{"id": "asc"}],
            "size": PAGE,
            "seq_no_primary_term": True,
            "source_includes": ["id", "people"],
            "track_total_hits": False,
        }
        if after is not None:
            page["search_after"] = after
        hits = call(lambda p=page: es.search(**p))["hits"]["hits"]
        if not hits:
            break
        for h in hits:
            fresh.put(str(h["_source"]["id"]), h["_source"].get("people") or [])
            seq = max(seq, int(h.get("_seq_no", -1)))
        after = hits[-1]["sort"]
    fresh.rebuild(set(fresh.key_docs))
    fresh.mark = (indices, seq)
    return fresh, None


def _read_es_doc_values(index: IndexBackend, indices: tuple) -> tuple[_Corpus, None]:
    """Every document's id and person records from doc values (an index of mapping 4), in
    index order through a point in time: no source is read (the sources of a million
    documents, bodies and all, took minutes) and no page sorts the whole index."""
    fresh = _Corpus()
    seq = -1
    for doc_id, records, doc_seq in es_person_records(index):
        fresh.put_records(doc_id, records)
        seq = max(seq, doc_seq)
    fresh.rebuild(set(fresh.key_docs))
    fresh.mark = (indices, seq)
    return fresh, None


def es_person_records(
    index: IndexBackend, query: dict | None = None
) -> Iterator[tuple[str, list[tuple], int]]:
    """(id, person records, ``_seq_no``) of the documents ``query`` matches (all: None), from
    doc values through a point in time, in index order."""
    import elasticsearch

    es = index._es  # type: ignore[attr-defined]
    call = index._call  # type: ignore[attr-defined]
    pit = call(lambda: es.open_point_in_time(index=index.alias, keep_alive="2m"))["id"]  # type: ignore[attr-defined]
    try:
        after = None
        while True:
            page: dict = {
                "pit": {"id": pit, "keep_alive": "2m"},
                "sort": ["_shard_doc"],
                "size": PAGE_FLAT,
                "seq_no_primary_term": True,
                "stored_fields": "_none_",
                "docvalue_fields": ["id", "person_records"],
                "track_total_hits": False,
            }
            if query is not None:
                page["query"] = query
            if after is not None:
                page["search_after"] = after
            resp = call(lambda p=page: es.search(**p))
            pit = resp.get("pit_id", pit)
            hits = resp["hits"]["hits"]
            if not hits:
                break
            for h in hits:
                fields = h["fields"]
                value = fields.get("person_records")
                records = read_person_records(value[0]) if value else []
                yield fields["id"][0], records, int(h.get("_seq_no", -1))
            after = hits[-1]["sort"]
    finally:
        try:
            es.close_point_in_time(id=pit)
        except (elasticsearch.ApiError, elasticsearch.TransportError):
            pass  # it expires by itself


def _read_any(index: IndexBackend, corpus: _Corpus | None) -> tuple[_Corpus, set[str] | None]:
    """Any other backend: every document, every time."""
    fresh = _Corpus()
    for doc in index.iter_documents():
        fresh.put(str(doc["id"]), doc.get("people") or [])
    fresh.rebuild(set(fresh.key_docs))
    return fresh, None


_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_cache_lock = threading.RLock()


T = TypeVar("T")


def _guarded(index: IndexBackend, read: Callable[[], T]) -> T:
    """A registry read failing as the backend's own reads fail: one line that names the cause
    (a damaged SQLite file, a server that cannot be reached), never a traceback."""
    sqlite_errors = getattr(index, "_sqlite_errors", None)
    if sqlite_errors is not None:
        with sqlite_errors():
            return read()
    call = getattr(index, "_call", None)
    if call is not None:
        return call(read)  # type: ignore[no-any-return]
    return read()


def registry(index: IndexBackend) -> Registry:
    """The index's person registry. Only documents written since the last read are read, and
    only the keys they can affect are grouped again; new decisions group everything again
    (from the people already read)."""
    with _cache_lock:
        decisions = _guarded(index, lambda: Decisions(index).load())
        text = json.dumps(decisions, sort_keys=True)
        cached = _cache.get(index)
        corpus = cached[1] if cached is not None else None
        if index.name == "sqlite":
            corpus, touched = _guarded(index, lambda: _read_sqlite(index, corpus))
        elif hasattr(index, "_es"):
            corpus, touched = _guarded(index, lambda: _read_es(index, corpus))
        else:
            corpus, touched = _read_any(index, None)
        if cached is not None and cached[0] == text and touched is not None:
            if not touched:
                return cached[2]
            built = Registry(corpus.people, decisions, previous=cached[2], changed=touched)
        else:
            built = Registry(corpus.people, decisions)
        _cache[index] = (text, corpus, built)
        return built


_spent: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # index -> documents read


def _subset_or_whole(index: IndexBackend, build: Callable[[], Registry | None]) -> Registry:
    """A subset registry (``build``; None: none can be built), or the whole one once the
    subsets of this process have read as many documents as the index holds: a long-lived
    process (the API) then pays for one whole read, not for a subset per search."""
    spent = _spent.get(index, 0)
    if spent and spent >= _guarded(index, index.count):
        return registry(index)
    found = _guarded(index, build)
    if found is None:
        return registry(index)
    _spent[index] = spent + found.read
    return found


def registry_for(index: IndexBackend, value: str, matched: Iterable[str] = ()) -> Registry:
    """A registry that answers for ``value`` as the full one would: the full one when this
    process has read it (it is kept up to date), else one of just the people ``value`` can
    name and those they group with (``search.person_subset``) — the first ``--person`` of a
    process no longer reads every document's people."""
    from search.person_subset import subset_registry

    return _unless_read(index, lambda decisions: subset_registry(index, value, matched, decisions))


def registry_for_keys(
    index: IndexBackend, keys: Callable[[], Iterable[str]], limit: int | None = None
) -> Registry:
    """A registry that gives the stored ``keys`` their identities as the full one would: the
    full one when this process has read it, else one of just those keys' people and those
    they group with (``person_subset.keys_registry``; the full one when there are more than
    ``limit`` keys, ``KEYS_MAX`` by default). ``keys`` is called only when no whole registry
    is read yet."""
    from search.person_subset import KEYS_MAX, keys_registry

    most = KEYS_MAX if limit is None else min(limit, KEYS_MAX)
    return _unless_read(index, lambda decisions: keys_registry(index, set(keys()), decisions, most))


def _unless_read(index: IndexBackend, build: Callable[[list[dict]], Registry | None]) -> Registry:
    """The whole registry when this process has read it, else ``build`` (given the stored
    curation decisions) by way of ``_subset_or_whole``."""
    with _cache_lock:
        if index in _cache:
            return registry(index)
        decisions = _guarded(index, lambda: Decisions(index).load())
        return _subset_or_whole(index, lambda: build(decisions))


def named(index: IndexBackend, value: str) -> list[Identity]:
    """Identities a typed name or key names (``Registry.named``), without the full registry
    when none is read yet."""
    return registry_for(index, value).named(value)


def expand_people(index: IndexBackend, value: str, matched: Iterable[str]) -> list[str]:
    """The stored keys of every identity a ``--person`` value names (used by both backends)."""
    return person_filter(index, value, matched).all_keys()


def person_filter(index: IndexBackend, value: str, matched: Iterable[str]) -> PersonFilter:
    """The (key, document) mentions a ``--person`` value stands for (used by both backends)."""
    matched = list(matched)
    with _cache_lock:
        if getattr(index, "_registry_busy", False):
            # the registry's own reads never filter by person; no recursion
            return PersonFilter(tuple(sorted(set(matched))))
        index._registry_busy = True  # type: ignore[attr-defined]
        try:
            return registry_for(index, value, matched).person_filter(value, matched)
        finally:
            index._registry_busy = False  # type: ignore[attr-defined]


# curation ---------------------------------------------------------------------------------
class CurationError(BackendError):
    """A curation request naming no known person or document."""


def merge(index: IndexBackend, keys: list[str]) -> Identity:
    reg = registry(index)
    idents = []
    for k in keys:
        ident = reg.find(k)
        if ident is None:
            raise CurationError(f"нет человека с ключом {k!r}")
        idents.append(ident)
    stored = sorted({k for i in idents for k in i.keys})
    people = sorted({i.key for i in idents})
    Decisions(index).add({"op": "merge", "keys": stored, "people": people})
    result = registry(index).find(stored[0])
    assert result is not None
    return result


def split(index: IndexBackend, key: str, docs: list[str]) -> Identity:
    reg = registry(index)
    ident = reg.find(key)
    if ident is None:
        raise CurationError(f"нет человека с ключом {key!r}")
    missing = [d for d in docs if d not in ident.documents]
    if missing or not docs:
        raise CurationError(f"документы не упоминают {ident.name}: {', '.join(missing) or '—'}")
    stored = key if key in ident.keys else ident.key
    if stored not in reg.people:
        stored = next(k for k in ident.keys if reg.people[k].docs & set(docs))
    Decisions(index).add({"op": "split", "key": stored, "docs": sorted(docs)})
    new = registry(index).owner(stored, sorted(docs)[0])
    assert new is not None
    return new


def rename(index: IndexBackend, key: str, name: str) -> Identity:
    reg = registry(index)
    ident = reg.find(key)
    if ident is None:
        raise CurationError(f"нет человека с ключом {key!r}")
    if not name.strip():
        raise CurationError("пустое имя")
    Decisions(index).add({"op": "rename", "key": ident.key, "name": name.strip()})
    result = registry(index).find(ident.key)
    assert result is not None
    return result
