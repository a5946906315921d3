"""A ``--person`` value answered from the people who could be it, not from the whole registry.

Building the registry reads every document's people (47 s at a million documents in
Elasticsearch) before the first ``--person`` filter of a process can be answered. Yet which
identities a name stands for depends only on the keys that can group with the keys it names:
grouping joins keys whose surnames share a dictionary form (``forms``), and curation merges.
So the people read are those closed under both, starting from the keys whose surname (a
record's ``last``, else the key's first word: what grouping reads) begins like one of the typed
surname's forms — SQLite keeps surname → key in ``person_surnames``; Elasticsearch finds the
documents whose ``people.last`` or ``person_keys`` begins so — and only the documents mentioning
those keys are read. The registry built on that subset gives those identities exactly as the
full one does: same keys, namesakes, splits and names.

What a surname begins with is a three-letter bucket (``PREFIX``), widened by every inflection of
the form: a fleeting vowel («Орёл», «Орла») can change the first letters of a form.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from extraction.lang.morph import fold, parses
from extraction.lang.names import PREFIX, NameQuery, forms, parse_name
from search.backend import IndexBackend
from search.person_records import surname
from search.person_registry import (
    PLACE_MARK,
    SPLIT_MARK,
    Registry,
    _Corpus,
    _people,
    es_person_records,
)

DOCS_SHARE = 0.5  # Elasticsearch: a facet's subset reads at most this share of the documents
KEYS_MAX = 10_000  # more keys than this in a bucket: the subset is no saving, read everything


@lru_cache(maxsize=20_000)
def beginnings(form: str) -> frozenset[str]:
    """The first letters a stored surname has when ``form`` is among its forms: the form's
    own and those of every word of its lexemes."""
    found = {form[:PREFIX]}
    if " " not in form:
        for p in parses(form):
            found.update(fold(w.word)[:PREFIX] for w in p.lexeme)
    return frozenset(b for b in found if b)


def surname_beginnings(surname_forms: Iterable[str]) -> set[str]:
    return {b for f in surname_forms for b in beginnings(f)}


def _regex(prefix: str) -> str:
    """A Lucene regular expression for values beginning with any spelling of a folded
    ``prefix`` (case, «ё»)."""
    parts = []
    for ch in prefix:
        alts = {ch, ch.upper()} | ({"ё", "Ё"} if ch == "е" else set())
        parts.append("[" + "".join(sorted(re.sub(r"(\W)", r"\\\1", a) for a in alts)) + "]")
    return "".join(parts) + ".*"


REGEX_MAX = 1000  # Elasticsearch's ``index.max_regex_length`` by default


def _patterns(prefixes: set[str]) -> list[str]:
    """Alternations of the prefixes' regular expressions, each within ``REGEX_MAX``: a facet's
    keys bring hundreds of surname beginnings."""
    out: list[str] = []
    for p in sorted(prefixes):
        part = f"({_regex(p)})"
        if out and len(out[-1]) + 1 + len(part) <= REGEX_MAX:
            out[-1] += "|" + part
        else:
            out.append(part)
    return out


class TooMany(Exception):
    """A bucket holds so many keys that reading the whole registry is as cheap."""


class _SqliteReader:
    """Keys by surname beginning from ``person_surnames``, and the people of only the
    documents holding given keys (``doc_people(key, doc)``), in one read transaction."""

    def __init__(self, index: IndexBackend) -> None:
        self.db = sqlite3.connect(index.path)  # type: ignore[attr-defined]
        self.db.execute("BEGIN")

    def keys_beginning(self, prefixes: set[str]) -> set[str]:
        found: set[str] = set()
        for prefix in prefixes:
            found.update(
                r[0]
                for r in self.db.execute(
                    "SELECT key FROM person_surnames WHERE surname >= ? AND surname < ?",
                    (prefix, prefix + "\U0010ffff"),
                )
            )
            if len(found) > KEYS_MAX:
                raise TooMany
        return found

    def bound(self, keys: set[str]) -> None:
        """No bound here: reading by key costs about what a whole read does per document
        (100k: 60,727 documents 2.5 s, the whole registry 4.2 s); ``people_facet`` bounds the
        keys instead."""

    def read(self, keys: set[str], corpus: _Corpus) -> None:
        rows = self.db.execute(
            "SELECT id, json_extract(doc, '$.people') FROM documents WHERE rowid IN "
            "(SELECT doc FROM doc_people WHERE key IN (SELECT value FROM json_each(?)))",
            (json.dumps(sorted(keys), ensure_ascii=False),),
        )
        for doc_id, people in rows:
            if doc_id not in corpus.records:
                corpus.put(doc_id, _people(people))

    def close(self) -> None:
        self.db.rollback()
        self.db.close()


class _EsReader:
    """Keys by surname beginning from the documents whose ``people.last`` or ``person_keys``
    begin so, and the person records (doc values) of only the documents holding given keys
    (an index of mapping 4)."""

    def __init__(self, index: IndexBackend) -> None:
        self.index = index
        self.most: int | None = None  # documents a facet's subset may read
        self.counted = 0  # documents holding the keys read so far (repeats counted again)

    def keys_beginning(self, prefixes: set[str]) -> set[str]:
        if not prefixes:
            return set()
        should = [
            {"regexp": {field: {"value": pattern}}}
            for pattern in _patterns(prefixes)
            for field in ("people.last", "person_keys")
        ]
        query = {"bool": {"should": should, "minimum_should_match": 1}}
        begins = tuple(prefixes)
        found: set[str] = set()
        for _, records, _ in es_person_records(self.index, query):
            found.update(r[0] for r in records if surname(r).startswith(begins))
            if len(found) > KEYS_MAX:
                raise TooMany
        return found

    def bound(self, keys: set[str]) -> None:
        """TooMany once the documents to read pass ``DOCS_SHARE`` of the index: reading by key
        costs about twice a whole read per document here (100k: 60,727 documents 3.2 s, the
        whole registry 3.0 s)."""
        call, es, alias = self.index._call, self.index._es, self.index.alias  # type: ignore[attr-defined]
        if self.most is None:
            self.most = int(call(lambda: es.count(index=alias))["count"] * DOCS_SHARE)
        query = {"terms": {"person_keys": sorted(keys)}}
        self.counted += call(lambda: es.count(index=alias, query=query))["count"]
        if self.counted > self.most:
            raise TooMany

    def read(self, keys: set[str], corpus: _Corpus) -> None:
        query = {"terms": {"person_keys": sorted(keys)}}
        for doc_id, records, _ in es_person_records(self.index, query):
            if doc_id not in corpus.records:
                corpus.put_records(doc_id, records)

    def close(self) -> None:
        pass


def _reader(index: IndexBackend) -> _SqliteReader | _EsReader | None:
    if index.name == "sqlite":
        return _SqliteReader(index)
    if hasattr(index, "_es"):
        if hasattr(index, "_fresh"):
            index._fresh()
        if getattr(index, "_flat", False):
            return _EsReader(index)
    return None  # a mapping-3 index, another backend: the whole registry


def _stored(key: str) -> str:
    """The stored key under a split-off or place key («морозов д~d3» → «морозов д»)."""
    return re.split(f"[{re.escape(SPLIT_MARK + PLACE_MARK)}]", key, maxsplit=1)[0]


def seeds(value: str, matched: Iterable[str], decisions: list[dict]) -> tuple[set[str], set[str]]:
    """The keys and surname beginnings a value can name directly: the value as a key (or a split-
    off person's), the stored keys a backend matched, the beginnings of the typed surname's
    forms, and the person of a rename whose new name shares them."""
    query = NameQuery(value)
    typed = {value, value.strip(), fold(value).strip(), query.exact}
    keys = {k for t in typed if t for k in (t, _stored(t))} | set(matched)
    prefixes = set(query.prefixes)
    for d in decisions:
        if d.get("op") == "rename" and d.get("key"):
            renamed = parse_name(str(d.get("name") or ""))
            if renamed is not None and set(renamed.prefixes) & prefixes:
                keys.add(_stored(str(d["key"])))
    beginnings_ = surname_beginnings(query.name.surname) if query.name else set()
    return keys, beginnings_


def subset_registry(
    index: IndexBackend, value: str, matched: Iterable[str], decisions: list[dict]
) -> Registry | None:
    """A registry of just the people ``value`` can name and those they can group with (None:
    this index cannot be read by key, or a bucket is so big that the whole registry is as
    cheap)."""
    keys, prefixes = seeds(value, matched, decisions)
    return _closed(index, keys, prefixes, decisions, KEYS_MAX)


def keys_registry(
    index: IndexBackend, keys: Iterable[str], decisions: list[dict], limit: int = KEYS_MAX
) -> Registry | None:
    """A registry of just the people stored under ``keys`` and those they can group with: it
    gives each of those keys the identity (keys, names, documents, splits) the whole registry
    gives it — what a facet over those keys needs. None: this index cannot be read by key, or
    there are more than ``limit`` keys, or more than ``KEYS_MAX`` with those they group with
    (the whole registry is as cheap)."""
    keys = set(keys)
    if len(keys) > limit:
        return None
    return _closed(index, keys, set(), decisions, KEYS_MAX, bounded=True)


def _closed(
    index: IndexBackend,
    keys: set[str],
    prefixes: set[str],
    decisions: list[dict],
    limit: int,
    bounded: bool = False,
) -> Registry | None:
    """The registry of ``keys``, the keys whose surnames begin with ``prefixes``, and every key
    that can group with those (a shared surname beginning, a merge), until nothing new comes."""
    reader = _reader(index)
    if reader is None:
        return None
    partners: dict[str, set[str]] = {}
    for d in decisions:
        if d.get("op") == "merge":
            for k in d.get("keys", []):
                partners.setdefault(k, set()).update(d.get("keys", []))
    corpus = _Corpus()
    done: set[str] = set()
    scanned: set[str] = set()
    try:
        while keys or prefixes:
            new = set(keys) | reader.keys_beginning(prefixes - scanned)
            scanned |= prefixes
            new -= done
            if not new:
                break
            if len(done) + len(new) > limit:
                raise TooMany
            if bounded:
                reader.bound(new)
            reader.read(new, corpus)
            done |= new
            corpus.rebuild({k for k in new if k in corpus.key_docs})
            keys = {p for k in new for p in partners.get(k, ())} - done
            prefixes = {
                b
                for k in new
                if k in corpus.people
                for b in surname_beginnings(forms(corpus.people[k].surname))
            } - scanned
    except TooMany:
        return None
    finally:
        reader.close()
    people = {k: corpus.people[k] for k in done if k in corpus.people}
    built = Registry(people, decisions)
    built.whole, built.read = False, len(corpus.records)
    return built
