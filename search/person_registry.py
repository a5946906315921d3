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

import json
import sqlite3
import threading
import weakref
from collections import Counter
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field

from extraction.lang.morph import fold
from extraction.lang.names import NameQuery, forms
from search.backend import BackendError, IndexBackend
from search.query import SearchQuery

FACET_ALL = 100_000  # people read for the registry's signature
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
        return f"person-decisions-{getattr(self.index, 'alias', 'dumawatch')}"

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

    def __init__(self, people: dict[str, _Key], decisions: list[dict]) -> None:
        self.people = people
        self.identities: dict[str, Identity] = {}
        self._of: dict[str, str] = {}  # stored key -> identity key (unsplit mentions)
        self._split_of: dict[tuple[str, str], str] = {}  # (key, doc) -> split-off identity
        self._named: dict[str, list[Identity]] = {}  # typed names already looked up
        self._group(decisions)
        for ident in self.identities.values():  # a later split of a split-off person wins
            for k, docs in (ident.only or {}).items():
                for d in docs:
                    if ident.owns(k, d):
                        self._split_of[(k, d)] = ident.key

    # grouping -------------------------------------------------------------------------
    def _group(self, decisions: list[dict]) -> None:
        parent = {k: k for k in self.people}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        keys = sorted(self.people)
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
        found = []
        for ident in self.identities.values():
            pairs = [(k, n) for k in ident.keys for n in ident.names] or [(ident.key, ident.name)]
            if any(query.matches(k, n) for k, n in pairs):
                found.append(ident)
        return found

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


def _collect(index: IndexBackend) -> dict[str, _Key]:
    people: dict[str, _Key] = {}
    for doc in index.iter_documents():
        for p in doc.get("people") or []:
            key = str(p.get("key") or "")
            if not key:
                continue
            rec = people.setdefault(key, _Key(key))
            words = key.split()
            rec.surname = rec.surname or _part(p.get("last")) or (words[0] if words else "")
            first = _part(p.get("first")) or (words[-1] if len(words) > 1 else "")
            if len(first) > len(rec.first):
                rec.first = first
            middle = _part(p.get("middle"))
            if len(middle) > len(rec.middle):
                rec.middle = middle
            if p.get("name"):
                rec.names[str(p["name"])] += 1
                rec.doc_names.setdefault(str(doc["id"]), []).append(str(p["name"]))
            for post in p.get("posts") or []:
                if post.get("place"):
                    place = fold(str(post["place"]))
                    rec.places.add(place)
                    rec.doc_places.setdefault(str(doc["id"]), set()).add(place)
            rec.docs.add(str(doc["id"]))
    return people


_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_cache_lock = threading.RLock()


def _signature(index: IndexBackend, decisions: list[dict]) -> tuple:
    """What changes when the stored people may have: SQLite's write log (read on a connection
    of its own, as a search may be under way on the index's), else the people facet."""
    if index.name == "sqlite":
        with closing(sqlite3.connect(index.path)) as db:  # type: ignore[attr-defined]
            people: tuple = db.execute(
                "SELECT COUNT(*), COALESCE(MAX(seq), 0), (SELECT COUNT(*) FROM documents) "
                "FROM changes"
            ).fetchone()
    else:
        result = index.search(SearchQuery(limit=0, facet_size=FACET_ALL))
        people = tuple((f.value, f.label, f.count) for f in result.facets.get("people", []))
    return people, json.dumps(decisions, sort_keys=True)


def registry(index: IndexBackend) -> Registry:
    """The index's person registry, rebuilt only when its people or decisions changed."""
    with _cache_lock:
        decisions = Decisions(index).load()
        sig = _signature(index, decisions)
        cached = _cache.get(index)
        if cached is not None and cached[0] == sig:
            return cached[1]
        built = Registry(_collect(index), decisions)
        _cache[index] = (sig, built)
        return built


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
            return registry(index).person_filter(value, matched)
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
