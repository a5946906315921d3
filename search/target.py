"""Turn an ``--index`` target string into a backend, so every entry point accepts the same forms."""

from __future__ import annotations

import os
import re
from pathlib import Path

from search.backend import BackendError, IndexBackend

DEFAULT_TARGET = "sqlite:///dumawatch.db"
# scheme://user:password@ — the credentials part of a URL, wherever it sits in a message
_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<user>[^/@:\s]*)(?::[^/@\s]*)?@")


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


def open_index(
    target: str | None = None, *, must_exist: bool = False, **options: object
) -> IndexBackend:
    """Open the index named by ``target`` (or ``$DUMAWATCH_INDEX``, or ./dumawatch.db).

    ``sqlite:///path.db`` (or a bare path ending in .db) opens the embedded index;
    ``http(s)://host:9200`` opens Elasticsearch, with ``options`` passed to that backend.
    ``must_exist``: a missing SQLite file is an error instead of a new empty index.
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

        return ElasticBackend(target, **options)  # type: ignore[arg-type]
    raise BackendError(
        f"unknown index target {redact(target)!r}: use sqlite:///path/file.db or http(s)://host:9200"
    )


def redact(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@host`` in it masked.

    Index targets may carry Elasticsearch credentials; they go into error messages, run
    records, logs and start-up lines, none of which may show them.
    """
    return _USERINFO.sub(_mask_userinfo, text)


def _mask_userinfo(match: re.Match[str]) -> str:
    user = match.group("user")
    return f"{match.group('scheme')}://{user + ':' if user else ''}***@"
