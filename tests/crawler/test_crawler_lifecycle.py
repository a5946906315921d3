"""A crawl's processes end together: killing ``dumawatch crawl`` (even with ``kill -9``) stops
its crawl process and the extraction workers within seconds, leaves no temporary file, and
the run reads as interrupted. Real processes throughout, against a slow local site."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crawler.extract_pool import ExtractionPool
from sample_site.server import SampleSite, serve

MARK = "DUMAWATCH_TEST_MARK"


def marked(mark: str) -> list[int]:
    """Pids of processes whose environment carries ``mark`` (children inherit it, forks too,
    whoever their parent is by now)."""
    wanted = f"{MARK}={mark}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if wanted in env and state not in ("Z", "X"):
            pids.append(int(entry.name))
    return pids


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.2)


@pytest.fixture
def slow_site() -> Iterator[SampleSite]:
    """The sample site, each answer 0.4 s late: a crawl of it takes half a minute."""
    with serve() as site:
        respond = site.respond

        def slowly(path: str):  # noqa: ANN202 - the site's own Response type
            time.sleep(0.4)
            return respond(path)

        site.respond = slowly  # type: ignore[method-assign]
        yield site


def dumawatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def start_crawl(site: SampleSite, tmp_path: Path) -> tuple[str, Path, Path, subprocess.Popen]:
    """``dumawatch crawl`` with two extraction workers, its processes marked, its temporary
    files going to a folder of their own."""
    mark = uuid.uuid4().hex
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, MARK: mark, "TMPDIR": str(tmp)}
    state = tmp_path / "state.db"
    index = tmp_path / "index.db"
    cli = subprocess.Popen(
        [
            sys.executable, "-m", "dumawatch", "crawl", site.base_url + "/",
            "--index", f"sqlite:///{index}", "--state", str(state), "--quiet",
            "-s", "EXTRACTION_WORKERS=2", "-s", "AUTOTHROTTLE_ENABLED=false",
            "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=2",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    return mark, tmp, state, cli


def wait_until_busy(site: SampleSite, mark: str, cli: subprocess.Popen) -> None:
    """The CLI, its crawl process and two extraction workers, with articles coming in."""
    wait_for(lambda: len(marked(mark)) >= 4, 120, "the extraction workers")
    wait_for(lambda: sum(n for p, n in site.hits.items() if "/news/" in p) >= 3, 60, "articles")
    assert cli.poll() is None, cli.stderr.read() if cli.stderr else ""


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_killing_the_cli_ends_the_crawl_and_its_workers(slow_site, tmp_path, sig) -> None:
    mark, tmp, state, cli = start_crawl(slow_site, tmp_path)
    try:
        wait_until_busy(slow_site, mark, cli)
        cli.send_signal(sig)
        _, stderr = cli.communicate(timeout=30)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    killed_at = time.monotonic()
    wait_for(lambda: not marked(mark), 10, "the crawl process and workers to end")
    assert time.monotonic() - killed_at < 10
    hits = sum(slow_site.hits.values())
    time.sleep(1.5)
    assert sum(slow_site.hits.values()) == hits  # nobody fetches any more
    assert list(tmp.iterdir()) == []  # no request or report file left behind

    runs = json.loads(dumawatch("runs", "--state", str(state), "--json").stdout)
    assert [r["status"] for r in runs] == ["interrupted"]
    if sig == signal.SIGKILL:  # nobody could record it: the next reader does
        assert runs[0]["message"].startswith("interrupted: the process that ran this crawl")
        assert runs[0]["finished_at"] is None
    else:  # the CLI stopped its crawl and recorded the run itself
        assert cli.returncode == 130 and stderr.strip() == "dumawatch crawl: прервано"
        assert runs[0]["message"] == "interrupted (SIGTERM)" and runs[0]["finished_at"]


EXTRACTOR = """
import os


def extract(text, published_at):
    return {"pid": os.getpid()}
"""


def test_an_extraction_worker_exits_on_sigterm(tmp_path, monkeypatch) -> None:
    """The crawl process has a Python SIGTERM handler (Scrapy's, or its own); a forked
    worker inherited it, and with it SIGTERM did nothing to the worker."""
    (tmp_path / "pid_extractor.py").write_text(EXTRACTOR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    handled: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: handled.append(signum))
    try:
        pool = ExtractionPool("pid_extractor", workers=1)
        try:
            pid = pool.executor.submit(os.getpid).result(timeout=60)
            assert pid != os.getpid()
            os.kill(pid, signal.SIGTERM)
            wait_for(lambda: not _alive(pid), 5, f"worker {pid} to exit")
        finally:
            pool.executor.shutdown(wait=False, cancel_futures=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert handled == []  # the signal went to the worker only


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_dies_with_the_process_that_forked_it(tmp_path) -> None:
    """Its parent killed with SIGKILL (no cleanup at all), the worker follows."""
    (tmp_path / "pid_extractor.py").write_text(EXTRACTOR, encoding="utf-8")
    script = (
        "import os, sys, time\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from crawler.extract_pool import ExtractionPool\n"
        "pool = ExtractionPool('pid_extractor', workers=1)\n"
        "print(pool.executor.submit(os.getpid).result(), flush=True)\n"
        "time.sleep(120)\n"
    )
    owner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout is not None
        worker = int(owner.stdout.readline())
        assert _alive(worker)
    finally:
        owner.kill()
        owner.wait()
    wait_for(lambda: not _alive(worker), 5, f"worker {worker} to follow its parent")


def _crawl_process(mark: str, cli: subprocess.Popen) -> int:
    """The marked process whose parent is the CLI (the workers' parent is the crawl)."""
    for pid in marked(mark):
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if int(stat[1]) == cli.pid:
            return pid
    raise AssertionError("no crawl process")


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
@pytest.mark.slow
def test_killing_the_crawl_process_ends_its_workers_and_fails_the_run(slow_site, tmp_path):
    """The crawl process itself gets SIGTERM: its workers go with it, the CLI says so."""
    mark, tmp, state, cli = start_crawl(slow_site, tmp_path)
    try:
        wait_until_busy(slow_site, mark, cli)
        os.kill(_crawl_process(mark, cli), signal.SIGTERM)
        _, stderr = cli.communicate(timeout=30)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    wait_for(lambda: not marked(mark), 10, "the extraction workers to end")
    assert cli.returncode == 1
    assert stderr.strip() == "dumawatch crawl: ошибка: процесс обхода завершился аварийно (код 143)"
    runs = json.loads(dumawatch("runs", "--state", str(state), "--json").stdout)
    assert [r["status"] for r in runs] == ["failed"]
    assert list(tmp.iterdir()) == []
