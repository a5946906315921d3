"""One crawl of a source at a time, whoever starts it: the API, the scheduler and the CLI take
the same lock in the real state file, around real crawls of the sample site on 127.0.0.1
held back by a gate (a slow site) until the test has seen the other starter refused."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from monitor.crawl_locks import SourceBusy, lock_holder, release_lock, take_lock
from monitor.runs import list_runs
from monitor.scheduler import run_due_once
from monitor.state import open_state
from sample_site.server import SampleSite, handler_for

TOKEN = "lock-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SOURCE = "zarechensk"
NOW = datetime(2024, 5, 1, 7, 0, tzinfo=UTC)  # the source's 06:00 slot is due


@contextmanager
def slow_site(gate: threading.Event, reached: threading.Event) -> Iterator[SampleSite]:
    """The sample site, answering nothing until ``gate`` is set; ``reached`` is set by the
    first request that arrives."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    site = SampleSite(httpd)

    class Gated(handler_for(site)):  # type: ignore[misc, valid-type]
        def _answer(self, with_body: bool) -> None:
            reached.set()
            gate.wait(120)
            super()._answer(with_body)

    httpd.RequestHandlerClass = Gated
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        gate.set()
        httpd.shutdown()
        httpd.server_close()


def sources_file(tmp_path: Path, site: SampleSite) -> Path:
    config = tmp_path / "sources.yaml"
    config.write_text(
        f"sources:\n  - name: {SOURCE}\n    start_urls: ['{site.base_url}/news/']\n"
        "    schedule: '0 6 * * *'\n    delay: 0\n",  # a local site: no politeness wait
        encoding="utf-8",
    )
    return config


def wait_for(condition, what: str, timeout: float = 240) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


pytestmark = pytest.mark.slow


def test_the_scheduler_and_the_cli_skip_a_source_the_api_is_crawling(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    state_path, target = tmp_path / "state.db", f"sqlite:///{tmp_path}/index.db"
    gate, reached = threading.Event(), threading.Event()
    with slow_site(gate, reached) as site:
        config = sources_file(tmp_path, site)
        app = create_app(
            target, str(state_path), allow_private_crawl=True, sources_path=str(config)
        )
        with TestClient(app) as client, open_state(state_path) as state:
            r = client.post("/api/crawls", json={"source": SOURCE}, headers=AUTH)
            assert r.status_code == 202, r.text
            api_run = r.json()["id"]
            assert reached.wait(120), "the API crawl did not reach the site"

            assert run_due_once(state, target, config_path=str(config), now=NOW) == []
            cli = subprocess.run(
                [sys.executable, "-m", "dumawatch", "crawl", "--source", SOURCE, "--config",
                 str(config), "--index", target, "--state", str(state_path)],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert cli.returncode == 1
            error = cli.stderr.strip()
            assert error.count("\n") == 0 and f"run {api_run}, started by api" in error, error
            assert [r["id"] for r in list_runs(state)] == [api_run]  # nothing else recorded

            gate.set()
            wait_for(lambda: client.get(f"/api/runs/{api_run}").json()["status"] != "running",
                     "the API crawl to finish")  # fmt: skip
            run = client.get(f"/api/runs/{api_run}").json()
            assert run["status"] == "finished" and run["new"] >= 15, run
            assert lock_holder(state, SOURCE) is None
            # Still due: the skipped slot runs now that the source is free.
            (scheduled,) = run_due_once(state, target, config_path=str(config), now=NOW)
            assert scheduled["trigger"] == "schedule" and scheduled["status"] == "finished"
            assert scheduled["new"] == 0 and scheduled["unchanged"] >= 1  # the API run's articles


def test_the_api_answers_409_while_the_scheduler_crawls_the_source(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    state_path, target = tmp_path / "state.db", f"sqlite:///{tmp_path}/index.db"
    gate, reached = threading.Event(), threading.Event()
    with slow_site(gate, reached) as site:
        config = sources_file(tmp_path, site)
        app = create_app(
            target, str(state_path), allow_private_crawl=True, sources_path=str(config)
        )
        with TestClient(app) as client, open_state(state_path) as state:
            done: list[list[dict]] = []
            scheduler = threading.Thread(
                target=lambda: done.append(
                    run_due_once(state, target, config_path=str(config), now=NOW)
                )
            )
            scheduler.start()
            assert reached.wait(120), "the scheduled crawl did not reach the site"

            r = client.post("/api/crawls", json={"source": SOURCE}, headers=AUTH)
            assert r.status_code == 409, r.text
            holder = lock_holder(state, SOURCE)
            assert holder is not None and holder["trigger"] == "schedule"
            assert r.json()["detail"] == (
                f"source {SOURCE!r} is already being crawled (run {holder['run_id']}, "
                f"started by schedule at {holder['taken_at']})"
            )
            gate.set()
            scheduler.join(240)
            assert not scheduler.is_alive()
            ((run,),) = done
            assert run["status"] == "finished" and run["new"] >= 15
            r = client.post("/api/crawls", json={"source": SOURCE}, headers=AUTH)
            assert r.status_code == 202, r.text
            wait_for(lambda: client.get(f"/api/runs/{r.json()['id']}").json()["status"]
                     != "running", "the API crawl to finish")  # fmt: skip
            assert [r["trigger"] for r in list_runs(state)] == ["api", "schedule"]


LOCK_AND_DIE = """
import os, sys
from monitor.crawl_locks import take_lock
from monitor.state import open_state
take_lock(open_state(sys.argv[1]), "duma", "cli")
print("locked", flush=True)
os.kill(os.getpid(), 9)
"""


def test_a_lock_whose_process_is_gone_is_taken_over_and_a_live_one_is_not(tmp_path) -> None:
    path = tmp_path / "state.db"
    dead = subprocess.run(
        [sys.executable, "-c", LOCK_AND_DIE, str(path)], capture_output=True, text=True
    )
    assert dead.stdout == "locked\n" and dead.returncode == -9
    with open_state(path) as state:
        stale = lock_holder(state, "duma")
        assert stale is not None and stale["owner_pid"] != 0
        lock = take_lock(state, "duma", "api")  # the owner is gone: taken over
        holder = lock_holder(state, "duma")
        assert holder is not None and holder["trigger"] == "api"
        with pytest.raises(SourceBusy, match="started by api"):
            take_lock(state, "duma", "schedule")  # this process is alive
        release_lock(state, lock)
        assert lock_holder(state, "duma") is None
        release_lock(state, lock)  # twice is harmless
        take_lock(state, "duma", "schedule")
