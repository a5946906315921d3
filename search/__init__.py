"""Index backends and queries: one interface, an embedded SQLite default and Elasticsearch."""

from search.backend import IndexBackend, UpsertReport
from search.query import Bucket, Facet, Hit, SearchQuery, SearchResult
from search.target import open_index

__all__ = [
    "Bucket",
    "Facet",
    "Hit",
    "IndexBackend",
    "SearchQuery",
    "SearchResult",
    "UpsertReport",
    "open_index",
]
