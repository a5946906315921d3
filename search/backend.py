"""The one interface every index backend implements: the CLI, crawler and API never care which."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from search.query import SearchQuery, SearchResult


@dataclass
class ReindexReport:
    """What a reindex did: the indices it left, the one it made, documents copied/changed."""

    old: list[str]
    new: str
    copied: int
    changed: int


@dataclass
class UpsertReport:
    """What an upsert did, so crawls can report new/updated/unchanged articles."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    spooled: list[str] = field(default_factory=list)  # parked for later (server unreachable)
    # stored copies of an upserted article under other ids (see ``IndexBackend.stored_id``),
    # removed so that one article is one document
    merged: list[str] = field(default_factory=list)

    def merge(self, other: UpsertReport) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.spooled += other.spooled
        self.merged += other.merged


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do beyond the common interface, declared so callers ask rather
    than probe for methods."""

    spool: bool = False  # writes it cannot make now wait in a spool: flush(), adopt_spool()
    reindex: bool = False  # reindex() rebuilds into a new index behind an alias; without it
    # a re-extraction rewrites the documents in place (upsert)


def fingerprint(doc: dict) -> tuple[str, str | None] | None:
    """What makes two documents one article whatever URL each was found under: the same
    cleaned title and body (``content_hash``) published the same day. None for a document
    without a content_hash (nothing to compare)."""
    content = doc.get("content_hash")
    if not content:
        return None
    published = doc.get("published_at")
    return str(content), str(published)[:10] if published else None


class IndexBackend(ABC):
    """A store of documents with full-text search and fact facets.

    Documents are plain dicts in the export shape (docs/data-model.md, "Indexed document";
    the crawler's ``crawler.items.DOCUMENT_FIELDS``): ``id``, ``url``, ``source``, ``title``,
    ``published_at``, ``body``, ``fetched_at``, ``content_hash``, ``extraction_version`` and
    the extraction fields ``entities``, ``people``, ``regions``, ``dates``, ``figures``,
    ``votes`` (a document stored before tallies were extracted may lack ``votes``).
    """

    name: str = "abstract"
    capabilities: ClassVar[Capabilities] = Capabilities()

    @abstractmethod
    def upsert(self, docs: Iterable[dict], *, one_per_article: bool = False) -> UpsertReport:
        """Insert or replace documents by ``id``; a document whose content_hash and
        extraction_version are unchanged is left alone (reported as unchanged).

        ``one_per_article`` (crawls): a document whose article is stored under another id
        (``stored_id``) replaces it under that id, and further stored copies are removed
        (``UpsertReport.merged``). Without it ids alone decide, as for imports of documents
        whose identity their producer settled."""

    def stored_id(self, doc: dict) -> str | None:
        """The id under which this index holds ``doc``'s article: its own id when stored, else
        the id of a document with the same ``url``, else of one with the same
        ``fingerprint``; None when the article is new. ``upsert(docs, one_per_article=True)``
        writes a document under this id (and removes any other copy), so the same article
        reached under another URL form, or written by an older dumawatch under an older id,
        is updated in place."""
        raise NotImplementedError

    @abstractmethod
    def get(self, doc_id: str) -> dict | None:
        """The stored document, exactly as upserted, or None."""

    @abstractmethod
    def known(self, ids: Iterable[str]) -> dict[str, str]:
        """Map of id -> content_hash for those ids already stored (for incremental crawls)."""

    @abstractmethod
    def delete(self, ids: Iterable[str]) -> int:
        """Remove documents; returns how many were removed."""

    @abstractmethod
    def count(self) -> int: ...

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abstractmethod
    def iter_documents(self) -> Iterator[dict]:
        """Every stored document, in id order, streamed (no cap on how many)."""

    def flush(self) -> UpsertReport:
        """Replay the spooled writes now (``capabilities.spool``)."""
        raise Unsupported(f"the {self.name} index has no spool to replay")

    def adopt_spool(self, directory: str | os.PathLike) -> UpsertReport:
        """Replay a spool kept elsewhere into this index (``capabilities.spool``)."""
        raise Unsupported(f"the {self.name} index has no spool to replay into")

    def reindex(self, transform: Callable[[dict], dict | None] | None = None) -> ReindexReport:
        """Copy every document through ``transform`` into a new index and switch to it
        (``capabilities.reindex``)."""
        raise Unsupported(f"the {self.name} index is rewritten in place, not reindexed")

    def health(self) -> dict:
        return {"backend": self.name, "ok": True, "documents": self.count()}

    def close(self) -> None:  # noqa: B027 - optional hook
        pass

    def __enter__(self) -> IndexBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class BackendError(Exception):
    """A backend problem worth a one-line message to the user (bad target, unreachable, ...)."""


class Unsupported(BackendError):
    """An operation this backend does not have (see ``IndexBackend.capabilities``)."""


class QueryError(BackendError):
    """A query this backend cannot answer as asked (e.g. a page past Elasticsearch's 10,000
    results): the caller's to change, not an outage."""
