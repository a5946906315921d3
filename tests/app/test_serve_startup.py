"""`dumawatch serve` without a token says at start-up that writes are refused, so the first
failed write is not the first the user hears of it; with a token it says nothing of the kind.
A real server process on 127.0.0.1 and real HTTP requests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from dumawatch.api.auth import TOKEN_ENV
from search import open_index
from tests.search.contract.documents import docs


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_until_up(tmp_path: Path, token: str | None) -> tuple[str, str]:
    """Start serve, wait for its port, try one write, stop it; (stderr, write status)."""
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as backend:
        backend.upsert(docs())
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != TOKEN_ENV}
    if token:
        env[TOKEN_ENV] = token
    args = ["serve", "--index", target, "--port", str(port), "--state", str(tmp_path / "s.db")]
    proc = subprocess.Popen(
        [sys.executable, "-m", "dumawatch", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/watchlists",
            data=b'{"name": "\\u041e\\u0441\\u043d\\u043e\\u0432\\u043d\\u043e\\u0439"}',
            headers={"Content-Type": "application/json"}
            | ({"Authorization": f"Bearer {token}"} if token else {}),
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = str(response.status)
        except urllib.error.HTTPError as error:
            status = str(error.code)
    finally:
        proc.terminate()
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    return err, status


@pytest.mark.slow
def test_serve_without_a_token_says_writes_are_refused_before_one_fails(tmp_path) -> None:
    err, status = serve_until_up(tmp_path, None)
    assert status == "403"
    assert "Started server process" in err, err
    assert TOKEN_ENV in err.split("Started server process")[0], err  # said before serving


@pytest.mark.slow
def test_serve_with_a_token_does_not_warn_and_takes_writes(tmp_path) -> None:
    err, status = serve_until_up(tmp_path, "test-token-1")
    assert status == "201"
    assert TOKEN_ENV not in err, err
