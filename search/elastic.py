"""The Elasticsearch backend: the same documents, queries and facets as SQLite, on a server that
many crawlers and readers can share.

Writes go through an alias (``dumawatch``) onto versioned indices (``dumawatch-v1-<time>``), so
``reindex`` can build a new index and switch atomically. Writes that cannot reach the server go
to a local spool (``search.spool``) and are replayed, in order, on the next write or ``flush``.
Searches use the lemmas from ``search.lemmas`` and filters from ``search.filters``, so both
backends read text and filters alike; the ``tests/contract`` suite holds them to it.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import elasticsearch
from elasticsearch import Elasticsearch, helpers
from elasticsearch.serializer import OrjsonSerializer

from extraction.lang.names import NameQuery
from search.backend import (
    BackendError,
    Capabilities,
    IndexBackend,
    QueryError,
    ReindexReport,
    UpsertReport,
    fingerprint,
)
from search.copies import Copies
from search.es_mapping import (
    MAPPING_VERSION,
    MAPPINGS,
    SETTINGS,
    digest,
    indexed_document,
    stored_document,
)
from search.facts import lemma_key
from search.filters import NameMatch, is_region_code, name_match
from search.person_registry import expand_people
from search.query import Bucket, Facet, Hit, SearchQuery, SearchResult
from search.query_text import Term, parse_query, term_lemmas
from search.snippets import snippet
from search.spool import (
    Spool,
    SpoolOwnerError,
    cluster_key,
    default_spool_dir,
    unowned_spool_dir,
)
from search.target import es_hosts, redact

log = logging.getLogger(__name__)

SUPPORTED_MAJOR = int(elasticsearch.__versionstr__.split(".")[0])  # the client's own major
TITLE_BOOST = 3.0  # as SQLite's TITLE_WEIGHT: a title match ranks above a body match
CHUNK = 500
PART = (
    125  # documents per bulk request while writing: small parts let encoding and indexing overlap
)
RESOLVE_SIZE = 1000  # most keys a person/region/org filter value can name
PEOPLE_SCAN = 10_000  # most people with a lemma beginning like a --person surname
FACET_SCAN = 200  # buckets fetched per facet, re-sorted by (count, label) like SQLite
SHOWN_FIELDS = ["id", "url", "title", "source", "published_at", "body"]
INDEX_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
UNAVAILABLE_STATUS = {429, 502, 503, 504}
HISTOGRAM_FORMATS = {"day": "yyyy-MM-dd", "month": "yyyy-MM", "year": "yyyy"}
FACETS = {  # facet name -> (nested path, value field, label field)
    "people": ("person_facts", "key", "name"),
    "regions": ("region_facts", "code", "name"),
    "orgs": ("org_facts", "key", "name"),
}


class Unavailable(Exception):
    """The server could not take the request now (down, overloaded, read-only): worth spooling."""


class DocumentsRejected(BackendError):
    """The server refused these documents for good (mapping conflict): retrying cannot help."""

    def __init__(self, message: str, ids: list[str]):
        super().__init__(message)
        self.ids = ids


class Rejected(Exception):
    """Bulk items the server turned away for now (queue full, read-only block): retried."""


def _with_port(url: str) -> str:
    """``http://host`` means Elasticsearch's 9200 and ``https://host`` 443 (hosted clusters);
    the client itself insists on a port."""
    parts = urlsplit(url)
    if parts.hostname is None:
        raise BackendError(f"bad Elasticsearch URL {redact(url)!r}: no host")
    try:
        port = parts.port
    except ValueError as exc:
        raise BackendError(f"bad Elasticsearch URL {redact(url)!r}: {exc}") from exc
    if port is None:
        netloc = parts.netloc + (":443" if parts.scheme == "https" else ":9200")
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return url


def _replicas_from_env() -> int | None:
    """``$DUMAWATCH_ES_REPLICAS`` as a count; None when unset (decided by the cluster's size)."""
    value = os.environ.get("DUMAWATCH_ES_REPLICAS", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise BackendError(f"DUMAWATCH_ES_REPLICAS must be a whole number, not {value!r}")
    return int(value)


def _nodes_key(hosts: list[str]) -> str:
    """The cluster a spool belongs to, the same whatever order its nodes are listed in:
    ``http://a:9200,b:9200`` (one node: ``cluster_key`` as before)."""
    keys = sorted(dict.fromkeys(cluster_key(host) for host in hosts))
    schemes = {key.split("://", 1)[0] for key in keys}
    if len(keys) == 1 or len(schemes) > 1:
        return ",".join(keys)
    return f"{schemes.pop()}://" + ",".join(key.split("://", 1)[1] for key in keys)


def _checked_chunks(docs: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for doc in docs:
        if not doc.get("id") or not doc.get("url"):
            raise BackendError("a document needs an id and a url")
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class ElasticBackend(IndexBackend):
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

    # -- plumbing -------------------------------------------------------------------------

    @property
    def shown_url(self) -> str:
        return redact(self.url)

    def _error(self, exc: Exception) -> BackendError:
        """One line a person can act on, for any client exception; credentials masked even
        where the client quotes a URL."""
        if isinstance(exc, BackendError):
            return exc
        return BackendError(redact(str(self._described(exc))))

    def _described(self, exc: Exception) -> BackendError:
        where = f"Elasticsearch at {self.shown_url}"
        if isinstance(exc, Unavailable) and isinstance(exc.__cause__, Exception):
            exc = exc.__cause__
        if isinstance(exc, Rejected):
            return BackendError(f"{where} turned writes away: {exc}")
        if isinstance(exc, elasticsearch.SSLError):
            return BackendError(
                f"TLS failed with {where}: {exc.message} (DUMAWATCH_ES_CA names the CA "
                "certificate that signed the server's)"
            )
        if isinstance(exc, elasticsearch.ConnectionError):
            hint = ""
            if self.url.startswith("http://") and "RemoteDisconnected" in str(exc.message):
                hint = " (does it want https://?)"
            return BackendError(f"cannot reach {where}: {exc.message}{hint}")
        if isinstance(exc, elasticsearch.UnsupportedProductError):
            return BackendError(f"{self.shown_url} is not an Elasticsearch server")
        if isinstance(exc, elasticsearch.AuthenticationException):
            return BackendError(
                f"{where} rejected the credentials (HTTP 401): set DUMAWATCH_ES_USER and "
                "DUMAWATCH_ES_PASSWORD, or DUMAWATCH_ES_API_KEY"
            )
        if isinstance(exc, elasticsearch.AuthorizationException):
            return BackendError(f"{where} refused the request (HTTP 403): {exc.message}")
        if isinstance(exc, elasticsearch.NotFoundError):
            return BackendError(f"index {self.alias!r} not found at {self.shown_url}")
        if isinstance(exc, elasticsearch.ApiError):
            return BackendError(f"{where} answered HTTP {exc.meta.status}: {exc.message}")
        return BackendError(f"{where}: {exc}")

    def _unavailable(self, exc: Exception) -> bool:
        if isinstance(exc, elasticsearch.SSLError):
            return False
        # a timeout too: a node without a master holds writes until the client gives up
        if isinstance(
            exc, elasticsearch.ConnectionError | elasticsearch.ConnectionTimeout | Rejected
        ):
            return True
        if isinstance(exc, elasticsearch.ApiError):
            return exc.meta.status in UNAVAILABLE_STATUS or "cluster_block" in str(exc.message)
        return False

    def _retrying(self, fn: Callable[[], object]) -> object:
        """Run ``fn`` with back-off on transient failures; ``Unavailable`` when they persist."""
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except (elasticsearch.ApiError, elasticsearch.TransportError, Rejected) as exc:
                if not self._unavailable(exc):
                    raise self._error(exc) from exc
                if attempt == self.retries:
                    raise Unavailable(str(exc)) from exc
                time.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")

    def _call(self, fn: Callable[[], object]) -> object:
        """Run a read: transient failures are retried, then reported as a BackendError."""
        try:
            return self._retrying(fn)
        except Unavailable as exc:
            raise self._error(exc) from exc

    def _check_server(self) -> None:
        try:
            info = self._es.nodes.info(node_id="_local", filter_path="nodes.*.version")
        except elasticsearch.AuthorizationException:
            return  # an API key without `monitor` may still read and write the index
        versions = [n.get("version", "") for n in (info.get("nodes") or {}).values()]
        version = versions[0] if versions else "unknown"
        if not version.split(".")[0].isdigit() or int(version.split(".")[0]) != SUPPORTED_MAJOR:
            raise BackendError(
                f"Elasticsearch {version} at {self.shown_url} is not supported: this dumawatch "
                f"uses the {elasticsearch.__versionstr__} client and needs a "
                f"{SUPPORTED_MAJOR}.x server"
            )

    def _setup(self, check_mapping: bool = True) -> None:
        """Check the server and make sure the alias and its index exist (once per backend);
        ``Unavailable`` when the server cannot be reached, so writes can spool."""
        if self._ready:
            return

        def setup() -> None:
            self._check_server()
            if self.must_exist:
                indices = self._alias_indices()
                if not indices:
                    raise BackendError(
                        f"no index {self.alias!r} at {self.shown_url}: crawl into it first "
                        "(dumawatch crawl)"
                    )
            else:
                self._put_template()
                indices = self._alias_indices()
            if not indices:
                self._create_index(write=True)
                indices = self._alias_indices()
            if check_mapping:
                self._check_mapping(indices)

        self._retrying(setup)
        self._ready = check_mapping

    def _ensure(self, check_mapping: bool = True) -> None:
        try:
            self._setup(check_mapping)
        except Unavailable as exc:
            raise self._error(exc) from exc

    def _settings(self) -> dict:
        return {**SETTINGS, "number_of_replicas": self._replicas()}

    def _replicas(self) -> int:
        """Replicas for a new index: as configured, else one when another data node can hold
        it (a lone node cannot, and an unassigned replica would keep the index yellow)."""
        if self.replicas is None:
            try:
                health = self._es.cluster.health(filter_path="number_of_data_nodes")
                self.replicas = 1 if health.get("number_of_data_nodes", 1) >= 2 else 0
            except elasticsearch.AuthorizationException:
                self.replicas = 0  # a user without `monitor` keeps the single-node default
        return self.replicas

    def _put_template(self) -> None:
        """The template names the mapping for anyone creating ``<alias>-v*`` indices by hand; our
        own index creation passes it explicitly, so a user without template rights still works."""
        try:
            self._put_template_now()
        except elasticsearch.AuthorizationException as exc:
            log.warning("index template for %s not updated: %s", self.alias, exc.message)

    def _put_template_now(self) -> None:
        self._es.indices.put_index_template(
            name=self.alias,
            index_patterns=[f"{self.alias}-v*"],
            priority=200,
            template={"settings": self._settings(), "mappings": MAPPINGS},
            meta={"dumawatch_mapping": MAPPING_VERSION},
        )

    def indices(self) -> list[str]:
        """The concrete indices behind the alias now."""
        return self._call(self._alias_indices)  # type: ignore[return-value]

    def _alias_indices(self) -> list[str]:
        try:
            return sorted(self._es.indices.get_alias(name=self.alias).body)
        except elasticsearch.NotFoundError:
            if self._es.indices.exists(index=self.alias):
                raise BackendError(
                    f"{self.alias!r} at {self.shown_url} is a plain index, not a dumawatch "
                    "alias: choose another DUMAWATCH_ES_INDEX or remove it"
                ) from None
            return []

    def _create_index(self, write: bool) -> str:
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
        name = f"{self.alias}-v{MAPPING_VERSION}-{stamp}"
        aliases = {self.alias: {"is_write_index": True}} if write else {}
        try:
            self._es.indices.create(
                index=name, aliases=aliases, settings=self._settings(), mappings=MAPPINGS
            )
        except elasticsearch.BadRequestError as exc:
            if "resource_already_exists" in str(exc.message) or "invalid_alias_name" in str(
                exc.message
            ):
                if self._alias_indices():
                    return name  # another process created it at the same moment
            raise
        return name

    def _check_mapping(self, indices: list[str]) -> None:
        mappings = self._es.indices.get_mapping(index=indices)
        for name, body in mappings.body.items():
            version = (body.get("mappings", {}).get("_meta") or {}).get("dumawatch_mapping")
            if version != MAPPING_VERSION:
                raise BackendError(
                    f"index {name} at {self.shown_url} has dumawatch mapping {version}, this "
                    f"version needs {MAPPING_VERSION}: run `dumawatch reindex`"
                )

    def refresh(self) -> None:
        """Make every write so far visible to searches (tests, or before a report)."""
        self._ensure()
        self._call(lambda: self._es.indices.refresh(index=self.alias))
        self._dirty = False

    def _fresh(self) -> None:
        self._ensure()
        if self._dirty:
            self.refresh()

    # -- spool ----------------------------------------------------------------------------

    def spool(self, create: bool = False) -> Spool | None:
        """This cluster's and index's spool, opened when asked to ``create`` it or when it
        exists from before (a spool that belongs elsewhere raises ``SpoolOwnerError``)."""
        if self._spool is None and self._spool_on:
            self._warn_unowned()
            if create or (self._spool_dir / "spool.db").exists():
                self._spool = Spool(self._spool_dir, owner=self._owner)
        return self._spool

    def unowned_spool(self) -> tuple[Path, int] | None:
        """(folder, pending writes) of a spool for this index name kept by an earlier dumawatch,
        which does not say what cluster its writes were for: never replayed by itself, since
        that could be another cluster (``adopt_spool`` replays it when told where it belongs)."""
        if not self._own_spool_dir:
            return None
        folder = unowned_spool_dir(self.alias)
        if not (folder / "spool.db").exists():
            return None
        sp = Spool(folder)
        try:
            pending = len(sp) if sp.owner() is None else 0
        finally:
            sp.close()
        return (folder, pending) if pending else None

    def _warn_unowned(self) -> None:
        if self._unowned_checked:
            return
        self._unowned_checked = True
        try:
            found = self.unowned_spool()
        except BackendError as exc:
            log.warning("old spool for %s not inspected: %s", self.alias, exc)
            return
        if found is not None:
            folder, pending = found
            log.warning(
                "spool %s holds %d writes from an earlier dumawatch that do not say which "
                "cluster they are for: not replayed; if they are for %s, run `dumawatch index "
                "flush --index %s --adopt-spool %s`",
                folder,
                pending,
                self._owner[0],
                self._owner[0],
                folder,
            )

    def adopt_spool(self, directory: str | os.PathLike) -> UpsertReport:
        """Replay the writes waiting in the spool at ``directory`` into this cluster's index:
        for a spool that names no cluster (kept by an earlier dumawatch), on the word of the
        person who knows where its writes belong. A spool naming another cluster is refused."""
        if not (Path(directory) / "spool.db").is_file():
            raise BackendError(f"no spool in {directory} (it holds a spool.db when it is one)")
        sp = Spool(directory)
        try:
            owner = sp.owner()
            if owner is not None and owner != self._owner:
                raise SpoolOwnerError(
                    f"spool {sp.path} holds writes for index {owner[1]!r} at {owner[0]}, not "
                    f"for {self.alias!r} at {self._owner[0]}: not adopted"
                )
            try:
                self._setup()
                return self._replay(sp)
            except (Unavailable, BackendError) as exc:
                raise BackendError(
                    f"{self._error(exc)}; {len(sp)} writes stay spooled in {sp.directory}"
                ) from exc
        finally:
            sp.close()

    def pending(self) -> int:
        """Writes waiting in the spool."""
        sp = self.spool()
        return len(sp) if sp is not None else 0

    def _replay(self, sp: Spool | None = None) -> UpsertReport:
        """Apply the waiting writes of this backend's spool (or of ``sp``), oldest first."""
        report = UpsertReport()
        sp = sp or self.spool()
        if sp is None or not len(sp):
            return report
        for batch in sp.batches(CHUNK):
            run: list = []
            for op in batch + [None]:  # consecutive operations of one kind go in one request
                if run and (op is None or op.op != run[0].op):
                    try:
                        if run[0].op == "upsert":
                            self._write([o.doc for o in run], report)
                        else:
                            self._delete_now([o.doc_id for o in run])
                    except DocumentsRejected as exc:  # would fail forever: set aside
                        sp.reject([o for o in run if o.doc_id in exc.ids], str(exc))
                        log.error("spooled writes set aside in %s: %s", sp.path, exc)
                    run = []
                if op is not None:
                    run.append(op)
            sp.done(batch)
        log.info(
            "replayed %d spooled documents into %s",
            len(report.new + report.updated + report.unchanged),
            self.alias,
        )
        return report

    def flush(self) -> UpsertReport:
        """Replay the spool now; a BackendError (with how much is still waiting) if we can't."""
        try:
            self._setup()
            return self._replay()
        except SpoolOwnerError:
            raise
        except (Unavailable, BackendError) as exc:
            err = self._error(exc)
            raise BackendError(
                f"{err}; {self.pending()} writes stay spooled in {self._spool_dir}"
            ) from exc

    def _down(self) -> bool:
        return time.monotonic() < self._down_until

    # -- writes ---------------------------------------------------------------------------

    def upsert(self, docs: Iterable[dict], *, one_per_article: bool = False) -> UpsertReport:
        """Streams ``docs`` in chunks; once the server is unavailable, the rest of the stream
        goes to the spool."""
        report = UpsertReport()
        chunks = _checked_chunks(docs, CHUNK)
        pending: list[dict] = []
        try:
            if self._down():
                raise Unavailable("server was unreachable moments ago")
            self._setup()
            self._replay()
            for pending in chunks:
                self._write(pending, report, one_per_article)
        except Unavailable as exc:
            if not self._spool_on:
                raise self._error(exc) from exc
            self._down_until = time.monotonic() + self.cooldown
            spool = self.spool(create=True)
            assert spool is not None
            done = set(report.new + report.updated + report.unchanged)
            report.spooled += spool.add_upserts(d for d in pending if d["id"] not in done)
            for chunk in chunks:
                report.spooled += spool.add_upserts(chunk)
            log.warning(
                "Elasticsearch at %s unavailable (%s): %d documents spooled in %s",
                self.shown_url,
                exc,
                len(report.spooled),
                self._spool_dir,
            )
        return report

    def _write(self, docs: list[dict], report: UpsertReport, one_per_article: bool = False) -> None:
        """Reads stored digests and encodes one part while the server indexes the part before
        (in ``self._sender``), so Python and Elasticsearch work at the same time; a part counts
        in the report only once its bulk request succeeded."""
        written: dict[str, str] = {}  # digests sent by earlier parts (their mget may predate them)
        in_flight: tuple[Future | None, list[str], dict[str, str]] | None = None
        # spooled writes are replayed by id: the next crawl of an article merges any copy
        docs, gone = self._placed(docs) if one_per_article else (docs, [])
        try:
            for part in _chunks(docs, PART):
                ids, kinds, actions = self._prepare(part, written)
                if in_flight is not None:
                    self._settle(in_flight, report)
                    in_flight = None
                sent = self._sender().submit(self._bulk, actions) if actions else None
                in_flight = (sent, ids, kinds)
            if in_flight is not None:
                self._settle(in_flight, report)
                in_flight = None
            if gone:  # only once the article's document is written
                self._delete_now(gone)
                report.merged += gone
        finally:
            if in_flight is not None and in_flight[0] is not None:
                wait([in_flight[0]])  # never leave a request running behind a failure

    def _copies(self, docs: list[dict]) -> Copies:
        """Stored documents sharing an id, a URL or a content_hash with any of ``docs``."""
        if self._dirty:  # what this process wrote must be found
            self._retrying(lambda: self._es.indices.refresh(index=self.alias))
            self._dirty = False
        should: list[dict] = [
            {"ids": {"values": list({d["id"] for d in docs})}},
            {"terms": {"url": list({d["url"] for d in docs})}},
        ]
        hashes = list({d["content_hash"] for d in docs if d.get("content_hash")})
        if hashes:
            should.append({"terms": {"content_hash": hashes}})
        resp = self._retrying(
            lambda: self._es.search(
                index=self.alias,
                query={"bool": {"should": should}},
                source_includes=["url", "content_hash", "published_at"],
                size=10_000,
            )
        )
        copies = Copies()
        for hit in resp["hits"]["hits"]:  # type: ignore[index]
            src = hit["_source"]
            copies.add(hit["_id"], src.get("url") or "", fingerprint(src))
        return copies

    def _placed(self, docs: list[dict]) -> tuple[list[dict], list[str]]:
        """``docs`` under the ids their articles are stored under, and the ids of other
        stored copies to remove (see ``IndexBackend.stored_id``)."""
        copies = self._copies(docs)
        placed, gone = [], []
        for doc in docs:
            doc, others = copies.place(doc)
            placed.append(doc)
            gone += others
        return placed, list(dict.fromkeys(gone))

    def stored_id(self, doc: dict) -> str | None:
        self._ensure()
        try:
            found = self._copies([doc]).of(doc)
        except Unavailable as exc:
            raise self._error(exc) from exc
        return found[0] if found else None

    def _prepare(
        self, part: list[dict], written: dict[str, str]
    ) -> tuple[list[str], dict[str, str], list[dict]]:
        """(ids, new/updated/unchanged per id, bulk actions) for one part of a write."""
        ids = list(dict.fromkeys(d["id"] for d in part))
        stored = self._digests(ids)
        latest: dict[str, tuple[dict, str]] = {}  # within a write the last version of an id wins
        kinds: dict[str, str] = {}
        earlier = set(written)
        for doc in part:
            dg = digest(doc)
            known = doc["id"] in stored or doc["id"] in earlier
            before = written.get(doc["id"], stored.get(doc["id"]))
            if before == dg:
                kinds.setdefault(doc["id"], "unchanged")
                continue
            latest[doc["id"]] = (doc, dg)
            written[doc["id"]] = dg
            kinds[doc["id"]] = "updated" if known else "new"
        actions = [
            {"_index": self.alias, "_id": i, "_source": indexed_document(d, dg)}
            for i, (d, dg) in latest.items()
        ]
        return ids, kinds, actions

    def _settle(
        self, flight: tuple[Future | None, list[str], dict[str, str]], report: UpsertReport
    ) -> None:
        sent, ids, kinds = flight
        if sent is not None:
            sent.result()  # the bulk request's own error, if it failed
            self._dirty = True
        for i in ids:
            getattr(report, kinds[i]).append(i)

    def _sender(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="dumawatch-bulk")
        return self._pool

    def _digests(self, ids: list[str]) -> dict[str, str]:
        resp = self._retrying(
            lambda: self._es.mget(index=self.alias, ids=ids, source_includes=["digest"])
        )
        return {d["_id"]: d["_source"].get("digest", "") for d in resp["docs"] if d.get("found")}

    def _bulk(self, actions: list[dict]) -> list[dict]:
        def run() -> list[dict]:
            failed, results = [], []
            for ok, item in helpers.streaming_bulk(
                self._es,
                actions,
                chunk_size=CHUNK,
                max_retries=self.retries,
                initial_backoff=self.backoff,
                raise_on_error=False,
                raise_on_exception=True,
                refresh=self.refresh_mode,
            ):
                result = next(iter(item.values()))
                results.append(result)
                if not ok and result.get("status") != 404:
                    failed.append(result)
            if failed:
                first = failed[0]
                status = first.get("status")
                error = first.get("error") or {}
                kind = error.get("type", "") if isinstance(error, dict) else str(error)
                reason = error.get("reason", "") if isinstance(error, dict) else ""
                if status in UNAVAILABLE_STATUS or "cluster_block" in kind:
                    raise Rejected(f"HTTP {status} {kind}: {reason}")
                raise DocumentsRejected(
                    f"Elasticsearch at {self.shown_url} rejected document {first.get('_id')} "
                    f"({kind}: {reason}); mapping conflict? {len(failed)} of {len(actions)} "
                    "writes failed",
                    [str(f.get("_id")) for f in failed],
                )
            return results

        return self._retrying(run)  # type: ignore[return-value]

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return 0
        try:
            if self._down():
                raise Unavailable("server was unreachable moments ago")
            self._setup()
            self._replay()
            return self._delete_now(ids)
        except Unavailable as exc:
            if not self._spool_on:
                raise self._error(exc) from exc
            self._down_until = time.monotonic() + self.cooldown
            self.spool(create=True).add_deletes(ids)  # type: ignore[union-attr]
            return 0

    def _delete_now(self, ids: list[str]) -> int:
        results = self._bulk([{"_op_type": "delete", "_index": self.alias, "_id": i} for i in ids])
        self._dirty = True
        return sum(1 for r in results if r.get("result") == "deleted")

    # -- reads ----------------------------------------------------------------------------

    def get(self, doc_id: str) -> dict | None:
        """A write still waiting in the spool is the newest version, so it wins (and answers
        even while the server is down)."""
        sp = self.spool()
        if sp is not None:
            pending = sp.latest(doc_id)
            if pending is not None:
                return pending.doc
        self._ensure()
        resp = self._call(
            lambda: self._es.options(ignore_status=404).get(index=self.alias, id=doc_id)
        )
        if not resp.get("found"):  # type: ignore[union-attr]
            if "error" in resp:  # type: ignore[operator]
                raise self._error(elasticsearch.NotFoundError(str(resp), resp.meta, resp.body))  # type: ignore[union-attr]
            return None
        return stored_document(resp["_source"])  # type: ignore[index]

    def known(self, ids: Iterable[str]) -> dict[str, str]:
        """Stored hashes; while the server is down, only what waits in the spool (a crawl
        then re-fetches the rest, and the replay finds it unchanged)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        try:
            if self._down():
                raise Unavailable("server was unreachable moments ago")
            self._setup()
            try:
                self._replay()
            except Unavailable as exc:  # refusing writes need not mean refusing reads
                log.warning("spool not replayed: %s", exc)
            for chunk in _chunks(ids, CHUNK):
                resp = self._retrying(
                    lambda c=chunk: self._es.mget(
                        index=self.alias, ids=c, source_includes=["content_hash"]
                    )
                )
                for d in resp["docs"]:  # type: ignore[index]
                    if d.get("found"):
                        out[d["_id"]] = d["_source"].get("content_hash") or ""
        except Unavailable as exc:
            self._down_until = time.monotonic() + self.cooldown
            log.warning("Elasticsearch at %s unavailable (%s)", self.shown_url, exc)
        sp = self.spool()
        if sp is not None:
            for doc_id, h in sp.latest_hashes(ids).items():
                if h is None:
                    out.pop(doc_id, None)
                else:
                    out[doc_id] = h
        return out

    def count(self) -> int:
        self._fresh()
        return int(self._call(lambda: self._es.count(index=self.alias))["count"])  # type: ignore[index]

    def iter_documents(self) -> Iterator[dict]:
        """Every document in id order, through a point in time, so nothing caps how many."""
        self._fresh()
        pit = self._call(lambda: self._es.open_point_in_time(index=self.alias, keep_alive="2m"))
        pit_id = pit["id"]  # type: ignore[index]
        after = None
        try:
            while True:
                page = {
                    "pit": {"id": pit_id, "keep_alive": "2m"},
                    "sort": [{"id": "asc"}],
                    "size": self.page_size,
                    "track_total_hits": False,
                }
                if after:
                    page["search_after"] = after
                resp = self._call(lambda p=page: self._es.search(**p))
                hits = resp["hits"]["hits"]  # type: ignore[index]
                if not hits:
                    return
                pit_id = resp.get("pit_id", pit_id)  # type: ignore[union-attr]
                for h in hits:
                    yield stored_document(h["_source"])
                after = hits[-1]["sort"]
        finally:
            try:
                self._es.close_point_in_time(id=pit_id)
            except Exception:  # noqa: BLE001 - expires by itself in 2 minutes
                pass

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

    def drop(self) -> None:
        """Delete the alias, its indices and template (tests, or starting over)."""
        indices = self._call(self._alias_indices)
        if indices:
            self._call(lambda: self._es.indices.delete(index=indices))
        self._call(
            lambda: self._es.options(ignore_status=404).indices.delete_index_template(
                name=self.alias
            )
        )
        self._ready = False

    # -- search ---------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        self._fresh()
        terms = parse_query(query.text)
        if query.text.strip() and not terms:
            return SearchResult(0, [], self._empty_facets(), [] if query.histogram else None)
        bool_query: dict = {"filter": self._filters(query)}
        if terms:
            bool_query["must"] = [self._term_query(t) for t in terms]
            sort: list = ["_score", {"day": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
        else:
            sort = [{"day": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
        if query.offset + query.limit > 10_000:
            raise QueryError(
                "Elasticsearch pages stop at 10,000 results (offset + limit): narrow the query"
            )
        aggs = self._facet_aggs(query.facet_size)
        if query.histogram:
            aggs["histogram"] = {
                "date_histogram": {
                    "field": "day",
                    "calendar_interval": query.histogram,
                    "format": HISTOGRAM_FORMATS[query.histogram],
                    "min_doc_count": 1,
                }
            }
        resp = self._call(
            lambda: self._es.search(
                index=self.alias,
                query={"bool": bool_query},
                sort=sort,
                from_=query.offset,
                size=query.limit,
                track_total_hits=True,
                track_scores=bool(terms),
                source_includes=SHOWN_FIELDS,
                aggs=aggs,
            )
        )
        lemmas = term_lemmas(terms)
        hits = []
        for h in resp["hits"]["hits"]:  # type: ignore[index]
            s = h["_source"]
            hits.append(
                Hit(
                    s["id"],
                    s["url"],
                    s.get("title") or "",
                    s.get("source") or "",
                    s.get("published_at"),
                    snippet(s.get("body") or "", lemmas),
                    float(h.get("_score") or 0.0) if terms else 0.0,
                )
            )
        total = resp["hits"]["total"]["value"]  # type: ignore[index]
        aggregations: dict = resp["aggregations"]  # type: ignore[assignment]
        histogram = None
        if query.histogram:
            buckets = aggregations["histogram"]["buckets"]
            histogram = [Bucket(b["key_as_string"], b["doc_count"]) for b in buckets]
        return SearchResult(
            total=total,
            hits=hits,
            facets=self._read_facets(aggregations, query.facet_size),
            histogram=histogram,
        )

    @staticmethod
    def _empty_facets() -> dict[str, list[Facet]]:
        return {"people": [], "regions": [], "orgs": [], "sources": []}

    @staticmethod
    def _term_query(term: Term) -> dict:
        """A word matches any of its lemma variants in title or body; a phrase, its lemmas in a
        row in one field (the same choices SQLite's FTS5 expression makes)."""
        if len(term.words) == 1:
            variants = sorted(term.words[0])
        else:
            variants = [" ".join(sorted(v)[0] for v in term.words)]
        should = []
        for v in variants:
            should.append({"match_phrase": {"title_lemmas": {"query": v, "boost": TITLE_BOOST}}})
            should.append({"match_phrase": {"body_lemmas": {"query": v}}})
        return {"bool": {"should": should, "minimum_should_match": 1}}

    def _filters(self, q: SearchQuery) -> list[dict]:
        out: list[dict] = []

        def restrict(path: str, key: str, keys: list[str]) -> None:
            if not keys:
                out.append({"match_none": {}})
            else:
                out.append({"nested": {"path": path, "query": {"terms": {f"{path}.{key}": keys}}}})

        if q.person:
            restrict("person_facts", "key", self._resolve_people(q.person))
        if q.region:
            value = q.region.upper() if is_region_code(q.region) else q.region
            restrict("region_facts", "code", self._resolve("region_facts", "code", value))
        if q.org:
            restrict("org_facts", "key", self._resolve_orgs(q.org))
        if q.source:
            out.append({"term": {"source": q.source}})
        if q.since or q.until:
            rng: dict = {"format": "yyyy-MM-dd"}
            if q.since:
                rng["gte"] = q.since.isoformat()
            if q.until:
                rng["lte"] = q.until.isoformat()
            out.append({"range": {"day": rng}})
        if q.figure_min is not None or q.figure_max is not None or q.figure_role:
            cond: list[dict] = []
            if q.figure_role:
                cond.append({"term": {"figure_facts.role": q.figure_role}})
            else:
                cond.append({"term": {"figure_facts.is_people": True}})
            value_range = {}
            if q.figure_min is not None:
                value_range["gte"] = q.figure_min
            if q.figure_max is not None:
                value_range["lte"] = q.figure_max
            if value_range:
                cond.append({"range": {"figure_facts.value": value_range}})
            out.append({"nested": {"path": "figure_facts", "query": {"bool": {"filter": cond}}}})
        if q.votes_against_min is not None:
            against = {"range": {"vote_facts.against": {"gte": q.votes_against_min}}}
            out.append({"nested": {"path": "vote_facts", "query": against}})
        return out

    @staticmethod
    def _lemma_query(path: str, match: NameMatch) -> dict:
        cond: list[dict] = [{"terms": {f"{path}.lemmas": sorted(v)}} for v in match.words]
        cond += [{"prefix": {f"{path}.lemmas": i}} for i in match.initials]
        return {"bool": {"filter": cond}}

    def _keys(self, path: str, key: str, named: dict[str, dict]) -> dict[str, list[str]]:
        """For each named filter (inside ``path``), the distinct ``key`` values it matches."""
        aggs = {
            name: {
                "filter": flt,
                "aggs": {"keys": {"terms": {"field": f"{path}.{key}", "size": RESOLVE_SIZE}}},
            }
            for name, flt in named.items()
        }
        resp = self._call(
            lambda: self._es.search(
                index=self.alias,
                size=0,
                aggs={"n": {"nested": {"path": path}, "aggs": aggs}},
            )
        )
        n = resp["aggregations"]["n"]  # type: ignore[index]
        return {name: [b["key"] for b in n[name]["keys"]["buckets"]] for name in named}

    def _resolve(self, path: str, key: str, value: str) -> list[str]:
        """Stored keys/codes a filter value names: an exact key/code wins, else lemma matches."""
        match = name_match(value)
        named: dict[str, dict] = {"exact": {"term": {f"{path}.{key}_folded": match.exact.lower()}}}
        if match.words or match.initials:
            named["lemmas"] = self._lemma_query(path, match)
        found = self._keys(path, key, named)
        return found["exact"] or found.get("lemmas", [])

    def _resolve_people(self, value: str) -> list[str]:
        """Stored person keys a ``--person`` value names: the people with a lemma that begins
        like its surname (or with that key), checked with their display names by the one name
        matcher."""
        query = NameQuery(value)
        if not query.text:
            return []
        should: list[dict] = [
            {"terms": {"person_facts.key_folded": sorted({query.exact, query.text.lower()})}}
        ]
        # every word of a stored name is among its lemmas, which begin as the word does
        should += [{"prefix": {"person_facts.lemmas": p}} for p in query.prefixes]
        resp = self._call(
            lambda: self._es.search(
                index=self.alias,
                size=0,
                aggs={
                    "n": {
                        "nested": {"path": "person_facts"},
                        "aggs": {
                            "found": {
                                "filter": {"bool": {"should": should, "minimum_should_match": 1}},
                                "aggs": {
                                    "keys": {
                                        "terms": {"field": "person_facts.key", "size": PEOPLE_SCAN},
                                        "aggs": {
                                            "name": {
                                                "terms": {"field": "person_facts.name", "size": 1}
                                            }
                                        },
                                    }
                                },
                            }
                        },
                    }
                },
            )
        )
        buckets = resp["aggregations"]["n"]["found"]["keys"]["buckets"]  # type: ignore[index]
        named = [
            (b["key"], (b["name"]["buckets"] or [{"key": b["key"]}])[0]["key"]) for b in buckets
        ]
        matched = [key for key, name in named if query.matches(key, name)]
        return expand_people(self, value, matched)

    def _resolve_orgs(self, value: str) -> list[str]:
        match = name_match(value)
        should: list[dict] = [
            {"terms": {"org_facts.key": sorted({lemma_key(value), value.strip().lower()})}}
        ]
        if match.words:
            should.append(self._lemma_query("org_facts", match))
        named = {"any": {"bool": {"should": should, "minimum_should_match": 1}}}
        return self._keys("org_facts", "key", named)["any"]

    @staticmethod
    def _facet_aggs(size: int) -> dict:
        """More buckets than ``size``, so re-sorting ties by label (as SQLite orders them) sees
        the tied values beyond the cut too."""
        scan = max(FACET_SCAN, 4 * size)
        aggs: dict = {}
        for name, (path, value, label) in FACETS.items():
            aggs[name] = {
                "nested": {"path": path},
                "aggs": {
                    "values": {
                        "terms": {"field": f"{path}.{value}", "size": scan},
                        "aggs": {"label": {"terms": {"field": f"{path}.{label}", "size": 1}}},
                    }
                },
            }
        aggs["sources"] = {"terms": {"field": "source", "size": scan}}
        return aggs

    @staticmethod
    def _read_facets(aggs: dict, size: int) -> dict[str, list[Facet]]:
        out: dict[str, list[Facet]] = {}
        for name in [*FACETS, "sources"]:
            buckets = (
                aggs[name]["buckets"] if name == "sources" else aggs[name]["values"]["buckets"]
            )
            facets = []
            for b in buckets:
                labels = b.get("label", {}).get("buckets") or [{"key": b["key"]}]
                facets.append(Facet(str(b["key"]), str(labels[0]["key"]), int(b["doc_count"])))
            facets.sort(key=lambda f: (-f.count, f.label))
            out[name] = facets[:size]
        return out

    # -- reindex --------------------------------------------------------------------------

    def reindex(self, transform: Callable[[dict], dict | None] | None = None) -> ReindexReport:
        """Copy every document into a fresh index with the current mapping, passing each through
        ``transform`` (e.g. re-extract when ``extraction_version`` is old; None keeps it), then
        switch the alias atomically and delete the old indices.

        Searches keep working throughout. The old indices are write-blocked during the copy, so
        other writers' documents go to their spools and are replayed into the new index on
        their next write, instead of landing in an index about to be deleted."""
        self._ready = False
        self._ensure(check_mapping=False)
        try:
            self._replay()
        except Unavailable as exc:
            raise self._error(exc) from exc
        old = self._call(self._alias_indices)
        new = self._call(lambda: self._create_index(write=False))
        copied = changed = 0

        def actions() -> Iterator[dict]:
            nonlocal copied, changed
            for hit in helpers.scan(self._es, index=old, size=CHUNK):
                doc = stored_document(hit["_source"])
                if transform is not None:
                    fresh = transform(doc)
                    if fresh is not None and fresh != doc:
                        doc = fresh
                        changed += 1
                copied += 1
                yield {"_index": new, "_id": doc["id"], "_source": indexed_document(doc)}

        block = {"index.blocks.write": True}
        try:
            if old:
                self._es.indices.put_settings(index=old, settings=block)
                self._es.indices.refresh(index=old)  # the copy sees every write before the block
            for ok, item in helpers.streaming_bulk(
                self._es,
                actions(),
                chunk_size=CHUNK,
                max_retries=self.retries,
                initial_backoff=self.backoff,
                raise_on_error=False,
            ):
                if not ok:
                    raise BackendError(f"reindex into {new} failed: {item}")
            self._es.indices.refresh(index=new)
            switch = [{"remove": {"index": i, "alias": self.alias}} for i in old]
            switch.append({"add": {"index": new, "alias": self.alias, "is_write_index": True}})
            self._es.indices.update_aliases(actions=switch)
        except BaseException as exc:
            self._es.indices.delete(index=new, ignore_unavailable=True)
            if old:
                self._es.indices.put_settings(index=old, settings={"index.blocks.write": None})
            if isinstance(exc, elasticsearch.ApiError | elasticsearch.TransportError):
                raise self._error(exc) from exc
            raise
        if old:
            self._call(lambda: self._es.indices.delete(index=old))
        self._ready = False
        self._dirty = False
        return ReindexReport(old=old, new=new, copied=copied, changed=changed)
