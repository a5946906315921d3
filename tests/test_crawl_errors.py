"""A crawl into an index it cannot use ends in one line naming the cause (not «no articles
found»). Real SQLite files, real Elasticsearch, real crawls."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from crawler.run import CrawlError, crawl
from monitor.runs import list_runs
from monitor.state import open_state
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import open_index
from search.elastic import ElasticBackend
from tests.contract.documents import docs
from tests.es_server import elastic_backend, raw_client, server_url

FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "EXTRACTION_ENABLED": False,
}
PAGE = 4096


def dumawatch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args], capture_output=True, text=True, timeout=300
    )


def one_line(message: str) -> str:
    assert "\n" not in message.strip() and "Traceback" not in message
    return message.strip()


def garble(path: Path, pages: list[int]) -> None:
    """Overwrite whole pages of a SQLite file (1-based page numbers) with noise."""
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * PAGE : page * PAGE] = os.urandom(PAGE)
    path.write_bytes(bytes(data))


def table_pages(path: Path, table: str) -> list[int]:
    """The leaf pages holding ``table``'s rows (SQLite's dbstat table says which)."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            rows = db.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            ).fetchall()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a table's pages")
    assert rows
    return [r[0] for r in rows]


def filled_index(tmp_path: Path) -> Path:
    path = tmp_path / "index.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert(docs())
    return path


def test_a_corrupted_sqlite_index_is_refused_before_the_crawl(tmp_path) -> None:
    """Opening the file works (its header and schema are intact); the first read fails."""
    path = filled_index(tmp_path)
    size = path.stat().st_size // PAGE
    garble(path, list(range(4, size + 1)))
    with pytest.raises(CrawlError) as exc:
        crawl(["http://127.0.0.1:1/"], f"sqlite:///{path}", settings=FAST, progress=False)
    assert one_line(str(exc.value)) == (
        f"cannot open index sqlite:///{path}: database disk image is malformed"
    )


@pytest.mark.slow
def test_an_index_whose_writes_fail_says_so(tmp_path) -> None:
    """The rows of the documents table are garbage: counting (an index of the table) still
    works, every write fails. The crawl names the index and the cause."""
    path = filled_index(tmp_path)
    garble(path, table_pages(path, "documents"))
    with serve() as site, pytest.raises(CrawlError) as exc:
        crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
    assert one_line(str(exc.value)) == (
        f"index sqlite:///{path} stored none of the {len(ARTICLES)} articles: "
        "database disk image is malformed"
    )


@pytest.mark.slow
def test_an_index_failing_under_a_recrawl_stops_it(tmp_path) -> None:
    """A site crawled completely before is crawled incrementally: the spider asks the index
    which articles it holds. Those lookups failing stop the crawl with the cause."""
    path = tmp_path / "index.db"
    with serve() as site:
        first = crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
        assert first.new == len(ARTICLES)
        garble(path, table_pages(path, "documents"))
        with pytest.raises(CrawlError) as exc:
            crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
    assert one_line(str(exc.value)) == (
        f"index sqlite:///{path} failed: database disk image is malformed"
    )


def test_the_cli_names_a_corrupted_index(tmp_path) -> None:
    path = tmp_path / "index.db"
    path.write_bytes(b"SQLite format 3\0" + os.urandom(8 * PAGE))
    proc = dumawatch(
        "crawl", "http://127.0.0.1:1/", "--index", f"sqlite:///{path}",
        "--state", str(tmp_path / "state.db"),
    )  # fmt: skip
    assert proc.returncode == 1
    line = one_line(proc.stderr)
    assert line.startswith(f"dumawatch crawl: error: cannot open index sqlite:///{path}: ")
    assert line.endswith(("file is not a database", "database disk image is malformed"))


@pytest.mark.slow
def test_articles_spooled_while_elasticsearch_refuses_writes_are_reported(
    request, tmp_path
) -> None:
    """Elasticsearch reads but refuses writes (a write block, as when its disk is full):
    the crawl keeps the articles in the spool and says so, rather than «0 new»."""
    es_url = server_url()
    name = f"refusing-{uuid.uuid4().hex[:8]}"
    spool = tmp_path / "spool"
    backend = elastic_backend(request, name, spool_dir=spool)
    backend.upsert(docs()[:1])
    indices = backend.indices()
    backend.close()
    es = raw_client()
    es.indices.put_settings(index=indices, settings={"index.blocks.write": True})
    options = {"spool_dir": str(spool), "cooldown": 0, "retries": 0}
    try:
        with serve() as site:
            report = crawl(
                [site.base_url + "/"],
                es_url,
                settings={**FAST, "ES_INDEX": name, "INDEX_OPTIONS": options},
                progress=False,
            )
    finally:
        es.indices.put_settings(index=indices, settings={"index.blocks.write": False})
    assert report.articles == len(ARTICLES) and report.new == 0
    assert report.message == (
        f"{len(ARTICLES)} articles spooled while Elasticsearch was unavailable: they are "
        "written on the next crawl or by `dumawatch index flush`"
    )
    with ElasticBackend(es_url, index=name, spool_dir=spool) as replay:
        assert len(replay.flush().new) == len(ARTICLES)
        assert replay.count() == 1 + len(ARTICLES)


def test_a_finished_run_keeps_the_crawls_note(tmp_path) -> None:
    """The note of a crawl that did its job (spooled or unstored articles) reaches the run."""
    from monitor.crawls import run_crawl

    class Report:
        pages, articles, new, updated, unchanged, errors = 3, 2, 0, 0, 0, 0
        message = "2 articles spooled while Elasticsearch was unavailable"

    with open_state(tmp_path / "state.db") as st:
        target = f"sqlite:///{tmp_path / 'index.db'}"
        run = run_crawl(st, target, ["https://duma.example.ru/"], crawl=lambda *a, **k: Report())
        assert run["status"] == "finished"
        assert run["message"] == Report.message
        assert list_runs(st)[0]["message"] == run["message"]
