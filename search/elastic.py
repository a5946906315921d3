"""The Elasticsearch backend: the same documents, queries and facets as SQLite, on a server that
many crawlers and readers can share.

Writes go through an alias (``dumawatch``) onto versioned indices (``dumawatch-v1-<time>``), so
``reindex`` can build a new index and switch atomically. Writes that cannot reach the server go
to a local spool (``search.spool``) and are replayed, in order, on the next write or ``flush``.
Searches use the lemmas from ``search.lemmas`` and filters from ``search.filters``, so both
backends read text and filters alike; the ``tests/contract`` suite holds them to it.

The class here holds the connection's settings and composes one module per job, as SQLite's
side does: ``es_client`` (errors, retries, alias and index setup), ``es_mapping`` (fields and
document shape), ``es_writes`` (bulk upserts, spool, delete, reindex), ``es_reads`` (documents
by id, count, export scan), ``es_queries`` (query and filters, hits) and ``es_facets``
(aggregations, histogram). Their names stay importable from here.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import elasticsearch
from elasticsearch import Elasticsearch
from elasticsearch.serializer import OrjsonSerializer

from search.backend import BackendError, Capabilities, IndexBackend
from search.es_client import (  # noqa: F401 - kept importable from search.elastic
    INDEX_NAME,
    SUPPORTED_MAJOR,
    UNAVAILABLE_STATUS,
    DocumentsRejected,
    ElasticConnection,
    Rejected,
    Unavailable,
    _nodes_key,
    _replicas_from_env,
    _with_port,
)
from search.es_facets import (  # noqa: F401 - kept importable from search.elastic
    FACET_SCAN,
    FACETS,
    HISTOGRAM_FORMATS,
    ElasticFacets,
)
from search.es_queries import (  # noqa: F401 - kept importable from search.elastic
    PEOPLE_SCAN,
    RESOLVE_SIZE,
    SHOWN_FIELDS,
    TITLE_BOOST,
    ElasticQueries,
)
from search.es_reads import (  # noqa: F401 - kept importable from search.elastic
    ElasticReads,
)
from search.es_writes import (  # noqa: F401 - kept importable from search.elastic
    CHUNK,
    PART,
    ElasticWrites,
)
from search.spool import Spool, default_spool_dir
from search.target import es_hosts, redact

log = logging.getLogger(__name__)


class ElasticBackend(
    ElasticConnection, ElasticWrites, ElasticReads, ElasticQueries, ElasticFacets, IndexBackend
):
    name = "elasticsearch"
    capabilities = Capabilities(spool=True, reindex=True)

    def __init__(
        self,
        target_url: str,
        index: str | None = None,
        user: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        ca: str | None = None,
        *,
        refresh: bool | str = False,
        spool_dir: str | os.PathLike | None = None,
        spool: bool = True,
        retries: int = 2,
        backoff: float = 0.25,
        cooldown: float = 5.0,
        request_timeout: float = 30.0,
        replicas: int | None = None,
        must_exist: bool = False,
    ):
        """``refresh`` is passed to bulk writes (False, True or "wait_for"); with False the
        backend still refreshes before its own next read, so a process always sees what it
        wrote. ``cooldown`` is how long writes go straight to the spool after the server was
        found unreachable, so a crawl does not wait on a dead server for every article.
        ``replicas`` (default ``$DUMAWATCH_ES_REPLICAS``, else 1 on a cluster of two or more
        data nodes and 0 on one) is the copies of each shard a new index gets. ``must_exist``:
        for commands that only read (search, export, serve), a missing index is an error raised
        here, and neither the index nor its template is created."""
        env = os.environ
        self.url = target_url
        self.alias = index or env.get("DUMAWATCH_ES_INDEX") or "dumawatch"
        if not INDEX_NAME.match(self.alias):
            raise BackendError(
                f"bad Elasticsearch index name {self.alias!r}: use lowercase letters, digits, "
                "'-', '_' or '.'"
            )
        user = user or env.get("DUMAWATCH_ES_USER")
        password = password or env.get("DUMAWATCH_ES_PASSWORD")
        api_key = api_key or env.get("DUMAWATCH_ES_API_KEY")
        ca = ca or env.get("DUMAWATCH_ES_CA")
        # orjson: a tenth of bulk indexing time went to the standard library's JSON encoder
        options: dict = {
            "request_timeout": request_timeout,
            "max_retries": 0,
            "serializer": OrjsonSerializer(),
        }
        if user or password:
            options["basic_auth"] = (user or "", password or "")
        if api_key:
            options["api_key"] = api_key
        if ca:
            if not os.path.isfile(ca):
                raise BackendError(f"CA certificate file {ca} (DUMAWATCH_ES_CA) does not exist")
            options["ca_certs"] = ca
        hosts = [_with_port(host) for host in es_hosts(target_url)]
        # A node that cannot be reached is marked dead and the request goes to the next one;
        # one node alone keeps 0, since _retrying backs off between its own attempts. The
        # client keeps the nodes it was given (no sniffing: a cluster's published addresses
        # need not be reachable from here).
        options["max_retries"] = len(hosts) - 1
        try:
            self._es = Elasticsearch(hosts, **options)
        except (ValueError, TypeError) as exc:
            raise BackendError(f"bad Elasticsearch URL {redact(target_url)!r}: {exc}") from exc
        self.refresh_mode = refresh
        self.retries = retries
        self.backoff = backoff
        self.cooldown = cooldown
        self.replicas = replicas if replicas is not None else _replicas_from_env()
        self._spool_on = spool
        self._owner = (_nodes_key(hosts), self.alias)
        self._own_spool_dir = spool_dir is None
        self._spool_dir = Path(spool_dir or default_spool_dir(*self._owner))
        self._spool: Spool | None = None
        self._unowned_checked = False
        self._ready = False
        self._flat = True  # the indices have the flat facet fields (``_check_mapping`` says)
        self._dirty = False
        self._down_until = 0.0
        self._pool: ThreadPoolExecutor | None = None
        self.page_size = CHUNK  # documents per page when streaming
        self.must_exist = must_exist
        if must_exist:
            try:
                self._setup()
            except Unavailable:
                pass  # a server that is down is not a missing index: reads will say which

    @property
    def shown_url(self) -> str:
        return redact(self.url)

    def health(self) -> dict:
        out = {"backend": self.name, "url": self.shown_url, "index": self.alias}
        try:
            sp = self.spool()
            out["spooled"] = len(sp) if sp is not None else 0
            out["spool_rejected"] = sp.rejected() if sp is not None else 0
            self._ensure()
            h = self._call(lambda: self._es.cluster.health())
            out.update(ok=True, status=h["status"], documents=self.count())  # type: ignore[index]
        except BackendError as exc:
            out.update(ok=False, error=str(exc))
        return out

    def close(self) -> None:
        """Refreshes first if this backend wrote, so whoever reads next (another process, after
        a crawl) sees every document without waiting for the refresh interval."""
        if self._dirty:
            try:
                self._es.indices.refresh(index=self.alias)
            except (elasticsearch.ApiError, elasticsearch.TransportError) as exc:
                log.warning("no refresh of %s on close: %s", self.alias, exc)
        if self._pool is not None:
            self._pool.shutdown()
        self._es.close()
        if self._spool is not None:
            self._spool.close()

    @property
    def decisions_index(self) -> str:
        """Where curation decisions of this alias live (``search.person_registry``)."""
        return f"person-decisions-{self.alias}"

    def drop(self) -> None:
        """Delete the alias, its indices, template and curation decisions (tests, or
        starting over)."""
        indices = self._call(self._alias_indices)
        if indices:
            self._call(lambda: self._es.indices.delete(index=indices))
        self._call(
            lambda: self._es.options(ignore_status=404).indices.delete(index=self.decisions_index)
        )
        self._call(
            lambda: self._es.options(ignore_status=404).indices.delete_index_template(
                name=self.alias
            )
        )
        self._ready = False
