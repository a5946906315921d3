"""A site's first crawl is a baseline: its archive is indexed without alerts unless the user
asks for them (``--alert-first-crawl``). Real CLI processes, the bundled sample site on
127.0.0.1, a real state file and SQLite index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.alerts import list_alerts
from monitor.state import open_state
from monitor.watchlists import add_entry, create_watchlist
from sample_site.server import serve

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false", "--quiet"]


def crawl(url: str, index: Path, state: Path, *flags: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "dumawatch", "crawl", url, "--index", f"sqlite:///{index}",
         "--state", str(state), *FAST, *flags],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


@pytest.mark.slow
def test_first_crawl_is_silent_unless_asked(tmp_path) -> None:
    state = tmp_path / "state.db"
    with open_state(state) as st:
        add_entry(st, create_watchlist(st, "Дума")["id"], "Петров С.")
    with serve() as site:
        quiet = crawl(site.base_url + "/", tmp_path / "a.db", state)
        with open_state(state) as st:
            assert list_alerts(st) == []
        assert "оповещений 0" in quiet and "без оповещений" in quiet
        asked = crawl(site.base_url + "/", tmp_path / "b.db", state, "--alert-first-crawl")
    with open_state(state) as st:
        alerts = list_alerts(st)
    assert alerts and all("Петров" in a["person_name"] for a in alerts)
    assert f"оповещений {len(alerts)}" in asked
