"""A run whose process is gone reads as interrupted, and a source whose scheduled crawl was
killed is not locked until the stale limit: real state files, real processes."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime

from crawler.run import CrawlReport
from monitor.runs import get_run, list_runs, start_run
from monitor.scheduler import run_due_once
from monitor.state import open_state

SOURCES = [
    {"name": "duma", "start_urls": ["https://duma.example.ru/news/"], "schedule": "* * * * *"}
]


def start_run_in_a_process_that_exits(state_path) -> int:
    code = (
        "import sys\n"
        "from monitor.runs import start_run\n"
        "from monitor.state import open_state\n"
        f"print(start_run(open_state({str(state_path)!r}), 'duma', ['https://duma.example.ru/']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_a_run_whose_process_is_gone_is_interrupted(tmp_path) -> None:
    state_path = tmp_path / "state.db"
    run_id = start_run_in_a_process_that_exits(state_path)
    with open_state(state_path) as state:
        mine = start_run(state, "duma", ["https://duma.example.ru/"])  # this process: alive
        runs = {r["id"]: r for r in list_runs(state)}
        assert runs[mine]["status"] == "running" and runs[mine]["message"] is None
        gone = runs[run_id]
        assert gone["status"] == "interrupted" and gone["finished_at"] is None
        assert gone["message"].startswith("interrupted: the process that ran this crawl (pid ")
        assert "owner_pid" not in gone and "owner_host" not in gone  # not shown
        stored = state.query_one("SELECT status FROM crawl_runs WHERE id = ?", (run_id,))
        assert stored == {"status": "interrupted"}
        assert get_run(state, run_id) == gone


def test_a_reused_pid_does_not_keep_a_run_running(tmp_path) -> None:
    """The owner's pid now belongs to another process (here: this one) that started later."""
    with open_state(tmp_path / "state.db") as state:
        run_id = start_run(state, "duma", ["https://duma.example.ru/"])
        with state.transaction() as db:
            db.execute(
                "UPDATE crawl_runs SET owner_started = owner_started || '0' WHERE id = ?",
                (run_id,),
            )
        assert get_run(state, run_id)["status"] == "interrupted"  # type: ignore[index]


def test_a_run_owned_elsewhere_is_left_alone(tmp_path) -> None:
    """Another host's (or container's) pids mean nothing here: its run stays as recorded."""
    with open_state(tmp_path / "state.db") as state:
        run_id = start_run(state, "duma", ["https://duma.example.ru/"])
        with state.transaction() as db:
            db.execute(
                "UPDATE crawl_runs SET owner_host = 'crawler-2', owner_pid = 999999999"
                " WHERE id = ?",
                (run_id,),
            )
        assert get_run(state, run_id)["status"] == "running"  # type: ignore[index]


def test_an_old_state_file_gains_the_owner_columns(tmp_path) -> None:
    path = tmp_path / "state.db"
    with sqlite3.connect(path) as db:  # crawl_runs as first released
        db.execute(
            "CREATE TABLE crawl_runs (id INTEGER PRIMARY KEY, source TEXT, trigger TEXT NOT NULL,"
            " start_urls TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL,"
            " started_at TEXT NOT NULL, finished_at TEXT, pages INTEGER NOT NULL DEFAULT 0,"
            " articles INTEGER NOT NULL DEFAULT 0, new INTEGER NOT NULL DEFAULT 0,"
            " updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,"
            " errors INTEGER NOT NULL DEFAULT 0, alerts INTEGER NOT NULL DEFAULT 0, message TEXT)"
        )
        db.execute(
            "INSERT INTO crawl_runs (source, trigger, status, started_at)"
            " VALUES ('duma', 'cli', 'running', '2024-05-01T10:00:00+00:00')"
        )
    with open_state(path) as state:
        (old,) = list_runs(state)
        assert old["status"] == "running"  # no owner recorded: nothing to judge by
        new = start_run(state, "duma", [])
        row = state.query_one("SELECT owner_pid FROM crawl_runs WHERE id = ?", (new,))
        assert row is not None and row["owner_pid"] > 0
    with open_state(path) as again:  # a second open finds the columns in place
        assert len(list_runs(again)) == 2


SCHEDULER = """
import sys, time
from datetime import UTC, datetime
from monitor.scheduler import run_due_once
from monitor.state import open_state

def hang(*args, **kwargs):
    print("crawling", flush=True)
    time.sleep(600)

sources = [{{"name": "duma", "start_urls": ["https://duma.example.ru/news/"],
            "schedule": "* * * * *"}}]
run_due_once(open_state({state!r}), {target!r}, sources=sources, now=datetime.now(UTC),
             crawl=hang)
"""


class QuickCrawl:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        return CrawlReport(pages=1, articles=0)


def test_a_killed_scheduled_crawl_does_not_lock_its_source(tmp_path) -> None:
    state_path, target = tmp_path / "state.db", f"sqlite:///{tmp_path / 'index.db'}"
    code = SCHEDULER.format(state=str(state_path), target=target)
    scheduler = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert scheduler.stdout is not None and scheduler.stdout.readline() == "crawling\n"
        with open_state(state_path) as state:
            crawl = QuickCrawl()
            now = datetime.now(UTC)
            # while the other scheduler crawls, the source is its
            assert run_due_once(state, target, sources=SOURCES, now=now, crawl=crawl) == []
            scheduler.send_signal(signal.SIGKILL)
            scheduler.wait()
            runs = run_due_once(state, target, sources=SOURCES, now=datetime.now(UTC), crawl=crawl)
            assert crawl.calls == 1 and [r["status"] for r in runs] == ["finished"]
            history = [(r["trigger"], r["status"]) for r in list_runs(state)]
            assert history == [("schedule", "finished"), ("schedule", "interrupted")]
    finally:
        if scheduler.poll() is None:
            scheduler.kill()
            scheduler.wait()
