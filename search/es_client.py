"""Talking to the Elasticsearch server: the client's errors turned into ``BackendError``, retries
with backoff for a server that is busy or down, and the alias, template and versioned indices the
backend writes through (created on first write, checked against ``search.es_mapping``)."""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import elasticsearch

from search.backend import (
    BackendError,
)
from search.es_mapping import FLAT_VERSION, MAPPING_VERSION, MAPPINGS, READABLE_VERSIONS, SETTINGS
from search.spool import (
    cluster_key,
)
from search.target import redact

log = logging.getLogger("search.elastic")  # one logger for the whole backend

SUPPORTED_MAJOR = int(elasticsearch.__versionstr__.split(".")[0])  # the client's own major
INDEX_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
UNAVAILABLE_STATUS = {429, 502, 503, 504}


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


class ElasticConnection:
    """Errors, retries and index setup, shared by writes and reads. Part of ``ElasticBackend``."""

    def _error(self, exc: Exception) -> BackendError:
        """One line a person can act on, for any client exception; credentials masked even
        where the client quotes a URL."""
        if isinstance(exc, BackendError):
            return exc
        return BackendError(redact(str(self._described(exc))))

    def _described(self, exc: Exception) -> BackendError:
        where = f"Elasticsearch на {self.shown_url}"
        if isinstance(exc, Unavailable) and isinstance(exc.__cause__, Exception):
            exc = exc.__cause__
        if isinstance(exc, Rejected):
            return BackendError(f"{where} отклонил записи: {exc}")
        if isinstance(exc, elasticsearch.SSLError):
            return BackendError(
                f"ошибка TLS с {where}: {exc.message} (DUMAWATCH_ES_CA — сертификат центра, "
                "подписавшего сертификат сервера)"
            )
        if isinstance(exc, elasticsearch.ConnectionError):
            hint = ""
            if self.url.startswith("http://") and "RemoteDisconnected" in str(exc.message):
                hint = " (может быть, нужен https://?)"
            return BackendError(f"нет связи с {where}: {exc.message}{hint}")
        if isinstance(exc, elasticsearch.UnsupportedProductError):
            return BackendError(f"{self.shown_url} — не сервер Elasticsearch")
        if isinstance(exc, elasticsearch.AuthenticationException):
            return BackendError(
                f"{where} не принял учётные данные (HTTP 401): задайте DUMAWATCH_ES_USER и "
                "DUMAWATCH_ES_PASSWORD или DUMAWATCH_ES_API_KEY"
            )
        if isinstance(exc, elasticsearch.AuthorizationException):
            return BackendError(f"{where} отказал в запросе (HTTP 403): {exc.message}")
        if isinstance(exc, elasticsearch.NotFoundError):
            return BackendError(f"индекс {self.alias!r} не найден на {self.shown_url}")
        if isinstance(exc, elasticsearch.ApiError):
            return BackendError(f"{where} ответил HTTP {exc.meta.status}: {exc.message}")
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
                        f"нет индекса {self.alias!r} на {self.shown_url}: сначала соберите его "
                        "обходом (dumawatch crawl)"
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
        """Every index behind the alias must have a mapping this version reads; one of an
        earlier readable version (without the flat facet fields) turns them off for all."""
        mappings = self._es.indices.get_mapping(index=indices)
        flat = True
        for name, body in mappings.body.items():
            version = (body.get("mappings", {}).get("_meta") or {}).get("dumawatch_mapping")
            if version not in READABLE_VERSIONS:
                raise BackendError(
                    f"index {name} at {self.shown_url} has dumawatch mapping {version}, this "
                    f"version needs {MAPPING_VERSION}: run `dumawatch reindex`"
                )
            flat = flat and version >= FLAT_VERSION
        self._flat = flat

    def refresh(self) -> None:
        """Make every write so far visible to searches (tests, or before a report)."""
        self._ensure()
        self._call(lambda: self._es.indices.refresh(index=self.alias))
        self._dirty = False

    def _fresh(self) -> None:
        self._ensure()
        if self._dirty:
            self.refresh()
