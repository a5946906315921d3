"""Turn an ``--index`` target string into a backend, so every entry point accepts the same forms."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from search.backend import BackendError, IndexBackend

DEFAULT_TARGET = "sqlite:///dumawatch.db"
# scheme://user:password@ — the credentials part of a URL, wherever it sits in a message
_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<user>[^/@:\s]*)(?::[^/@\s]*)?@")
# A URL and what follows it up to a blank or quote: a node list (``http://a:9200,u:p@b:9200``)
# gives the later nodes' credentials without a scheme before them.
_URL_RUN = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]*")
# ,user:password@ of a later node in such a list (the password may hold commas: up to its @)
_LISTED_USERINFO = re.compile(r",(?P<user>[^/@:,]*)(?::[^/@]*)?@")


def sqlite_path(target: str) -> Path:
    """Path of a ``sqlite:///…`` target.

    ``sqlite:///file.db`` is relative to the working directory and ``sqlite:////abs/file.db``
    absolute (SQLAlchemy's convention); ``sqlite:///tmp/x.db`` is read as ``/tmp/x.db`` when
    ``./tmp`` does not exist but ``/tmp`` does, since that is what people mean by it.
    """
    rest = target[len("sqlite://") :]
    if rest.startswith("//"):
        return Path(rest[1:])
    rel = rest.lstrip("/")
    if not rel or rel.endswith("/"):
        raise BackendError(f"no database file in index target {redact(target)!r}")
    first = rel.split("/", 1)[0]
    if "/" in rel and not Path(first).exists() and Path("/" + first).is_dir():
        return Path("/" + rel)
    return Path(rel)


def resolve_target(target: str | None) -> str:
    return target or os.environ.get("DUMAWATCH_INDEX") or DEFAULT_TARGET


@dataclass(frozen=True, eq=False)
class IndexSpec:
    """An index as the user named it: the target and every backend option (Elasticsearch
    index name, credentials, spool folder ...), resolved once and handed whole from the CLI,
    API or scheduler to the crawl process, so no option is dropped on the way."""

    target: str
    options: Mapping[str, object] = field(default_factory=dict)

    def open(self) -> IndexBackend:
        return open_index(self.target, **self.options)

    def __str__(self) -> str:
        return redact(self.target)

    def __repr__(self) -> str:  # options may hold a password: only their names are shown
        return f"IndexSpec({redact(self.target)!r}, options={sorted(self.options)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IndexSpec):
            return NotImplemented
        return (self.target, dict(self.options)) == (other.target, dict(other.options))


def resolve_index(
    target: str | IndexSpec | None = None, *, es_index: str | None = None, **options: object
) -> IndexSpec:
    """The one reading of ``--index`` (or ``$DUMAWATCH_INDEX``, or ./dumawatch.db) and its
    options: ``options`` are added to (and win over) those of a given spec; ``es_index`` is
    the ``--es-index`` shortcut for the ``index`` option."""
    if isinstance(target, IndexSpec):
        merged = {**target.options, **options}
        resolved = target.target
    else:
        merged = dict(options)
        resolved = resolve_target(target)
    if es_index:
        merged["index"] = es_index
    return IndexSpec(resolved, merged)


def index_options(value: Mapping[str, object] | str | None) -> dict[str, object]:
    """Backend options given as a mapping, or as JSON text (a crawl's ``-s INDEX_OPTIONS=…``);
    ``ValueError`` names what is wrong with text that is not a JSON object."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else {}
        except json.JSONDecodeError as exc:
            raise ValueError(f"index options are not JSON: {exc.msg}") from None
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError("index options must be a JSON object of backend options")
    return dict(value)


def open_index(
    target: str | None = None, *, must_exist: bool = False, **options: object
) -> IndexBackend:
    """Open the index named by ``target`` (or ``$DUMAWATCH_INDEX``, or ./dumawatch.db).

    ``sqlite:///path.db`` (or a bare path ending in .db) opens the embedded index;
    ``http(s)://host:9200`` opens Elasticsearch, with ``options`` passed to that backend.
    ``must_exist``: a missing SQLite file or Elasticsearch index is an error instead of a new
    empty index.
    """
    target = resolve_target(target)
    scheme = target.split("://", 1)[0].lower() if "://" in target else ""
    if scheme == "sqlite":
        from search.sqlite import SqliteBackend

        return SqliteBackend(sqlite_path(target), must_exist=must_exist)
    if not scheme and target.endswith((".db", ".sqlite", ".sqlite3")):
        from search.sqlite import SqliteBackend

        return SqliteBackend(Path(target), must_exist=must_exist)
    if scheme in ("http", "https"):
        from search.elastic import ElasticBackend

        return ElasticBackend(target, must_exist=must_exist, **options)  # type: ignore[arg-type]
    raise BackendError(
        f"unknown index target {redact(target)!r}: use sqlite:///path/file.db or http(s)://host:9200"
    )


def redact(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@host`` in it masked.

    Index targets may carry Elasticsearch credentials; they go into error messages, run
    records, logs and start-up lines, none of which may show them.
    """
    masked = _USERINFO.sub(_mask_userinfo, text)
    return _URL_RUN.sub(lambda run: _LISTED_USERINFO.sub(_mask_listed, run.group()), masked)


def _mask_userinfo(match: re.Match[str]) -> str:
    user = match.group("user")
    return f"{match.group('scheme')}://{user + ':' if user else ''}***@"


def _mask_listed(match: re.Match[str]) -> str:
    user = match.group("user")
    return f",{user + ':' if user else ''}***@"


def es_hosts(target: str) -> list[str]:
    """Every node of an Elasticsearch target, each a full URL.

    ``http://u:p@10.0.0.1:9200,10.0.0.2:9200`` names the nodes of one cluster: the scheme and
    credentials are written once, on the first node, and hold for every later node that gives
    none of its own; a later node may also be a full URL. One client on all nodes keeps
    working while any of them is down.
    """
    parts = [part.strip() for part in target.split(",")]
    if len(parts) == 1:
        return parts
    first = urlsplit(parts[0])
    if not first.scheme or not first.netloc:
        raise BackendError(f"bad Elasticsearch node list {redact(target)!r}: starts without a URL")
    userinfo = first.netloc.rpartition("@")[0]
    hosts = [parts[0]]
    for part in parts[1:]:
        if not part:
            raise BackendError(f"bad Elasticsearch node list {redact(target)!r}: an empty node")
        if "://" in part:
            hosts.append(part)
        elif "@" in part.split("/", 1)[0] or not userinfo:
            hosts.append(f"{first.scheme}://{part}")
        else:
            hosts.append(f"{first.scheme}://{userinfo}@{part}")
    return hosts
