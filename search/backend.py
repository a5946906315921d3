"""The one interface every index backend implements: the CLI, crawler and API never care which."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from search.query import SearchQuery, SearchResult


@dataclass
class UpsertReport:
    """What an upsert did, so crawls can report new/updated/unchanged articles."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def merge(self, other: UpsertReport) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged


class IndexBackend(ABC):
    """A store of documents (see ``search.document``) with full-text search and fact facets.

    Documents are plain dicts in the export shape: ``id``, ``url``, ``source``, ``title``,
    ``published_at``, ``body``, ``fetched_at``, ``content_hash``, ``extraction_version`` and
    the extraction fields ``entities``, ``people``, ``regions``, ``dates``, ``figures``,
    ``votes`` (a document stored before tallies were extracted may lack ``votes``).
    """

    name: str = "abstract"

    @abstractmethod
    def upsert(self, docs: Iterable[dict]) -> UpsertReport:
        """Insert or replace documents by ``id``; a document whose content_hash and
        extraction_version are unchanged is left alone (reported as unchanged)."""

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


class QueryError(BackendError):
    """A query this backend cannot answer as asked (e.g. a page past Elasticsearch's 10,000
    results): the caller's to change, not an outage."""
