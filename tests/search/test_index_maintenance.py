"""`dumawatch index flush` and `dumawatch reindex` take their path from what the backend
declares it can do (``IndexBackend.capabilities``): a real SQLite file and a real
Elasticsearch index, through the real CLI."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest

from search import open_index
from search.backend import Capabilities, Unsupported
from tests.es_server import elastic_backend
from tests.search.contract.documents import docs


def dumawatch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args], capture_output=True, text=True, timeout=300
    )


def test_sqlite_declares_no_spool_and_no_reindex(tmp_path) -> None:
    with open_index(f"sqlite:///{tmp_path}/index.db") as index:
        assert index.capabilities == Capabilities()
        with pytest.raises(Unsupported, match="no spool"):
            index.flush()
        with pytest.raises(Unsupported, match="in place"):
            index.reindex(None)


def test_flush_and_reindex_of_a_sqlite_index(tmp_path) -> None:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(docs())
    done = dumawatch("index", "flush", "--index", target)
    assert done.returncode == 0
    assert done.stderr == "дописывать нечего: индекс sqlite пишется сразу\n"
    done = dumawatch("index", "flush", "--index", target, "--adopt-spool", str(tmp_path))
    assert done.returncode == 1
    assert done.stderr == ("dumawatch index: ошибка: у индекса sqlite нет отложенных записей\n")
    done = dumawatch("reindex", "--index", target, "--copy-only")
    assert done.returncode == 0 and done.stderr == "заново разобрано на месте: 0 документов\n"


def test_flush_and_reindex_of_an_elasticsearch_index(request, tmp_path) -> None:
    name = f"maint-{uuid.uuid4().hex[:8]}"
    backend = elastic_backend(request, name)
    assert backend.capabilities == Capabilities(spool=True, reindex=True)
    with backend:
        backend.upsert(docs())
        url = backend.url
    done = dumawatch("index", "flush", "--index", url, "--es-index", name)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "отложенные документы дописаны: новых 0, обновлённых 0, без изменений 0, ещё отложено 0\n"
    )
    done = dumawatch("reindex", "--index", url, "--es-index", name, "--copy-only")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(f"переиндексировано: {len(docs())} документов в {name}-")
    assert done.stderr.endswith(" (заново разобрано 0)\n")
