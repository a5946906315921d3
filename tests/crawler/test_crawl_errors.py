"""A crawl into an index it cannot use ends in one line naming the cause (not «no articles
found»), and an index URL's password shows nowhere: not on stderr, not in the run record,
not in ``GET /api/runs``. Real SQLite files, real Elasticsearch, real crawls."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from benchmarks.generated_site import build_articles
from benchmarks.generated_site import serve as serve_generated
from crawler.run import CrawlError, CrawlReport, RedactingFilter, crawl
from dumawatch.api import create_app
from monitor.runs import list_runs, start_run
from monitor.state import open_state
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import open_index
from search.elastic import ElasticBackend
from tests.es_server import elastic_backend, raw_client, secure_server_url, server_url
from tests.search.contract.documents import docs

FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "EXTRACTION_ENABLED": False,
}
PASSWORD = "Pa55-w0rd-nobody-sees"
PAGE = 4096


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    message = one_line(str(exc.value))
    assert str(path) in message and "повреждён (database disk image is malformed)" in message


@pytest.mark.slow
def test_an_index_whose_writes_fail_says_so(tmp_path) -> None:
    """The rows of the documents table are garbage: counting (an index of the table) still
    works, every write fails. The crawl names the index and the cause."""
    path = filled_index(tmp_path)
    garble(path, table_pages(path, "documents"))
    with serve() as site, pytest.raises(CrawlError) as exc:
        crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
    message = one_line(str(exc.value))
    assert message.startswith(
        f"индекс sqlite:///{path} не сохранил ни одной из {len(ARTICLES)} статей: индекс {path} "
    )
    assert "повреждён (database disk image is malformed)" in message


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
    message = one_line(str(exc.value))
    assert message.startswith(f"индекс {path} повреждён (database disk image is malformed)")


@pytest.mark.slow
def test_an_index_failing_under_conditional_requests_stops_the_crawl(tmp_path) -> None:
    """A site with ETags, whose walk the crawl state forgot: the spider asks the index
    nothing, the conditional-request middleware does (is the article still stored?)."""
    path = tmp_path / "index.db"
    with serve_generated(build_articles(30)) as site:
        first = crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
        assert first.new == 30
        garble(path, table_pages(path, "documents"))
        with sqlite3.connect(tmp_path / "index.crawl-state.db") as state:
            assert state.execute("SELECT COUNT(*) FROM validators").fetchone() == (30,)
            state.execute("DELETE FROM walks")
        with pytest.raises(CrawlError) as exc:
            crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
    message = one_line(str(exc.value))
    assert message.startswith(f"индекс {path} повреждён (database disk image is malformed)")


def test_the_cli_names_a_corrupted_index(tmp_path) -> None:
    path = tmp_path / "index.db"
    path.write_bytes(b"SQLite format 3\0" + os.urandom(8 * PAGE))
    proc = dumawatch(
        "crawl", "http://127.0.0.1:1/", "--index", f"sqlite:///{path}",
        "--state", str(tmp_path / "state.db"),
    )  # fmt: skip
    assert proc.returncode == 1
    line = one_line(proc.stderr)
    assert line.startswith(f"dumawatch crawl: ошибка: индекс {path} повреждён (")
    assert "file is not a database" in line or "database disk image is malformed" in line


def test_unreachable_elasticsearch_is_named_and_its_password_shown_nowhere(tmp_path) -> None:
    port = closed_port()
    target = f"http://elastic:{PASSWORD}@127.0.0.1:{port}"
    shown = f"http://elastic:***@127.0.0.1:{port}"
    state = tmp_path / "state.db"
    proc = dumawatch("crawl", "http://127.0.0.1:1/", "--index", target, "--state", str(state))
    assert proc.returncode == 1
    line = one_line(proc.stderr)
    assert line.startswith(f"dumawatch crawl: ошибка: нет связи с Elasticsearch на {shown}: ")
    assert "Connection refused" in line and PASSWORD not in line

    # a run recorded before messages were redacted is masked when read
    with open_state(state) as st:
        old = start_run(st, None, ["http://127.0.0.1:1/"])
        with st.transaction() as db:
            db.execute(
                "UPDATE crawl_runs SET status = 'failed', message = ? WHERE id = ?",
                (f"CrawlError: не открыть индекс {target}: cannot reach it", old),
            )
    runs = json.loads(dumawatch("runs", "--state", str(state), "--json").stdout)
    assert [r["status"] for r in runs] == ["failed", "failed"]
    assert all(shown in r["message"] for r in runs)
    index = f"sqlite:///{tmp_path / 'api.db'}"
    with TestClient(create_app(index, str(state))) as client:
        body = client.get("/api/runs").text
        assert shown in body and PASSWORD not in body
        assert PASSWORD not in client.get(f"/api/runs/{old}").text
    with open_state(state) as st:
        stored = st.query("SELECT message FROM crawl_runs ORDER BY id")
    assert PASSWORD not in stored[0]["message"]  # redacted as it was written


def test_refused_credentials_are_named(tmp_path) -> None:
    host = secure_server_url().split("://", 1)[1]
    target = f"http://dumawatch:{PASSWORD}@{host}"
    with pytest.raises(CrawlError) as exc:
        crawl(["http://127.0.0.1:1/"], target, settings=FAST, progress=False)
    message = one_line(str(exc.value))
    assert message.startswith(f"Elasticsearch на http://dumawatch:***@{host} ")
    assert "не принял учётные данные (HTTP 401)" in message and PASSWORD not in message


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
        f"статей отложено, пока Elasticsearch был недоступен: {len(ARTICLES)}; они будут "
        "записаны при следующем обходе или командой `dumawatch index flush`"
    )
    with ElasticBackend(es_url, index=name, spool_dir=spool) as replay:
        assert len(replay.flush().new) == len(ARTICLES)
        assert replay.count() == 1 + len(ARTICLES)


def test_a_finished_run_keeps_the_crawls_note(tmp_path) -> None:
    """The note of a crawl that did its job (spooled or unstored articles) reaches the run."""
    from monitor.crawls import run_crawl

    report = CrawlReport(
        pages=3, articles=2, message=f"2 articles spooled for http://elastic:{PASSWORD}@es:9200"
    )
    with open_state(tmp_path / "state.db") as st:
        target = f"sqlite:///{tmp_path / 'index.db'}"
        run = run_crawl(st, target, ["https://duma.example.ru/"], crawl=lambda *a, **k: report)
        assert run["status"] == "finished"
        assert run["message"] == "2 articles spooled for http://elastic:***@es:9200"
        assert list_runs(st)[0]["message"] == run["message"]


def test_log_lines_of_the_crawl_process_show_no_password() -> None:
    """The crawl process's log handlers mask index URLs in messages and tracebacks."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger(f"test-redact-{uuid.uuid4().hex}")
    log.addHandler(handler)
    log.propagate = False
    target = f"https://elastic:{PASSWORD}@es.duma.example.ru:9200"
    log.warning("index %s is slow", target)
    try:
        raise ConnectionError(f"cannot reach {target}")
    except ConnectionError:
        log.exception("index failed")
    shown = out.getvalue()
    assert "index https://elastic:***@es.duma.example.ru:9200 is slow" in shown
    assert "ConnectionError: cannot reach https://elastic:***@es.duma.example.ru:9200" in shown
    assert PASSWORD not in shown
