"""Which stored document an upserted one is, when the index answers by query rather than by
a transaction (Elasticsearch): stored copies are gathered once per write and followed here
while the write's documents are placed, so the same rules hold as in SQLite's
``SqliteBackend._copies``: own id first, then the same URL, then the same fingerprint."""

from __future__ import annotations

from collections import defaultdict

from search.backend import fingerprint

Fingerprint = tuple[str, str | None]


class Copies:
    """Stored documents (id, url, fingerprint) that may be copies of documents being written."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}  # id -> url
        self.prints: dict[str, Fingerprint | None] = {}
        self.by_url: defaultdict[str, set[str]] = defaultdict(set)
        self.by_print: defaultdict[Fingerprint, set[str]] = defaultdict(set)

    def add(self, doc_id: str, url: str, fp: Fingerprint | None) -> None:
        self.remove(doc_id)
        self.urls[doc_id] = url
        self.prints[doc_id] = fp
        self.by_url[url].add(doc_id)
        if fp is not None:
            self.by_print[fp].add(doc_id)

    def remove(self, doc_id: str) -> None:
        if doc_id not in self.urls:
            return
        self.by_url[self.urls.pop(doc_id)].discard(doc_id)
        fp = self.prints.pop(doc_id)
        if fp is not None:
            self.by_print[fp].discard(doc_id)

    def of(self, doc: dict) -> list[str]:
        """Ids of the stored copies of ``doc``'s article, the one to keep first."""
        ranked = [doc["id"]] if doc["id"] in self.urls else []
        ranked += sorted(self.by_url.get(doc["url"], ()))
        fp = fingerprint(doc)
        if fp is not None:
            ranked += sorted(self.by_print.get(fp, ()))
        return list(dict.fromkeys(ranked))

    def place(self, doc: dict) -> tuple[dict, list[str]]:
        """``doc`` under the id to write it under, and the ids of other copies to remove;
        what is written then counts as stored for the documents after it."""
        copies = self.of(doc)
        keep = copies[0] if copies else doc["id"]
        for other in copies[1:]:
            self.remove(other)
        self.add(keep, doc["url"], fingerprint(doc))
        return (doc if keep == doc["id"] else {**doc, "id": keep}), copies[1:]
