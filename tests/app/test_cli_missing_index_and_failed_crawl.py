"""Commands that read an index never create one, and a crawl that fails says so in one line and
is recorded as failed with its error: real processes, real files, a real site on 127.0.0.1."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sample_site.server import serve

STATS_KEY = "downloader/request_count"  # the first of the Scrapy statistics --verbose prints


def dumawatch(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0, proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr and not proc.stdout.strip()
    return lines[0]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*"))


@pytest.mark.parametrize(
    "command",
    [
        ["search", "бюджет"],
        ["search", "бюджет", "--json"],
        ["export", "--format", "csv", "-o", "out.csv"],
        ["export", "--format", "jsonl"],
        ["serve", "--port", "PORT", "--state", "state.db"],
    ],
)
def test_a_missing_index_is_a_one_line_error_and_nothing_is_created(tmp_path, command):
    work = tmp_path / "work"
    work.mkdir()
    command = [str(closed_port()) if arg == "PORT" else arg for arg in command]
    line = one_line_error(dumawatch(*command, "--index", "sqlite:///does-not-exist.db", cwd=work))
    assert line.startswith(f"dumawatch {command[0]}: ошибка: нет индекса does-not-exist.db")
    assert files_under(work) == []


def test_the_default_index_missing_is_the_same_error(tmp_path):
    line = one_line_error(dumawatch("search", "бюджет", cwd=tmp_path))
    assert "нет индекса dumawatch.db" in line
    assert files_under(tmp_path) == []


def test_a_missing_index_in_a_missing_folder(tmp_path):
    target = f"sqlite:///{tmp_path}/archive/2026/index.db"
    line = one_line_error(dumawatch("export", "--index", target, cwd=tmp_path))
    assert f"нет индекса {tmp_path}/archive/2026/index.db" in line
    assert files_under(tmp_path) == []


@pytest.mark.slow
def test_a_failed_crawl_prints_one_line_and_records_its_error(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/"
    state = str(tmp_path / "state.db")
    proc = dumawatch(
        "crawl", url, "--index", f"sqlite:///{tmp_path}/x.db", "--state", state, cwd=tmp_path
    )
    line = one_line_error(proc)
    assert line.startswith("dumawatch crawl: ошибка: не удалось обойти " + url)
    runs = json.loads(dumawatch("runs", "--state", state, "--json", cwd=tmp_path).stdout)
    assert runs[0]["status"] == "failed" and runs[0]["errors"] >= 1
    assert url in runs[0]["message"] and "refused" in runs[0]["message"].lower()


@pytest.mark.slow
def test_scrapy_statistics_only_with_verbose(tmp_path):
    outputs = {}
    with serve() as site:
        for flag in ("", "--verbose"):
            proc = dumawatch(
                "crawl", site.base_url + "/", *([flag] if flag else []),
                "--index", f"sqlite:///{tmp_path}/duma.db", "--state", str(tmp_path / "s.db"),
                "-s", "EXTRACTION_ENABLED=false", "-s", "AUTOTHROTTLE_ENABLED=false",
                "-s", "DOWNLOAD_DELAY=0",
                cwd=tmp_path,
            )  # fmt: skip
            assert proc.returncode == 0, proc.stderr
            outputs[flag] = proc.stderr
    assert STATS_KEY not in outputs[""]
    assert STATS_KEY in outputs["--verbose"]
    for err in outputs.values():  # the crawl's own summary comes last either way
        assert re.match(r"страниц \d+, статей \d+ \(новых \d+", err.strip().splitlines()[-1])
