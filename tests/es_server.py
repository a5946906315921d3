"""The Elasticsearch server tests run against: the one `.ci/run` starts with
``scripts/elasticsearch.sh start`` and names in ``$DUMAWATCH_ES_URL``.

An unset URL fails the test with instructions rather than skipping it, so a green run always
means Elasticsearch was tested too. Credentials come from ``$DUMAWATCH_ES_USER`` /
``$DUMAWATCH_ES_PASSWORD`` (set when the server was started with ``--secure``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from search.elastic import ElasticBackend

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "elasticsearch.sh"


def server_url() -> str:
    url = os.environ.get("DUMAWATCH_ES_URL")
    if not url:
        pytest.fail(
            "DUMAWATCH_ES_URL is not set: start a server with `scripts/elasticsearch.sh start` "
            "and export DUMAWATCH_ES_URL=http://127.0.0.1:9200 (`.ci/run` does both)",
            pytrace=False,
        )
    return url


def secure_server_url() -> str:
    url = os.environ.get("DUMAWATCH_ES_SECURE_URL")
    if not url:
        pytest.fail(
            "DUMAWATCH_ES_SECURE_URL is not set: run `scripts/elasticsearch.sh start --secure` "
            "and export DUMAWATCH_ES_SECURE_URL=http://127.0.0.1:9201 (`.ci/run` does both)",
            pytrace=False,
        )
    return url


def secure_credentials() -> tuple[str, str]:
    """The user `elasticsearch.sh start --secure` creates (same variables, same defaults)."""
    return (
        os.environ.get("DUMAWATCH_ES_SECURE_USER", "dumawatch"),
        os.environ.get("DUMAWATCH_ES_SECURE_PASSWORD", "dumawatch-secret"),
    )


@pytest.fixture(scope="session")
def es_url() -> str:
    return server_url()


@pytest.fixture(scope="session")
def es_secure_url() -> str:
    return secure_server_url()


def raw_client(url: str | None = None) -> Elasticsearch:
    """A bare client on the test server, for arranging states the backend would never make."""
    user = os.environ.get("DUMAWATCH_ES_USER")
    auth = (user, os.environ.get("DUMAWATCH_ES_PASSWORD", "")) if user else None
    return Elasticsearch(url or server_url(), basic_auth=auth)


def elastic_backend(
    request: pytest.FixtureRequest, index: str, *, secure: bool = False, **options
) -> ElasticBackend:
    """A backend on a fresh index of the test server (``secure``: of the secured one, logged in
    with user and password); the index and its spool go away after the test."""
    if secure:
        url = secure_server_url()
        user, password = secure_credentials()
        options.setdefault("user", user)
        options.setdefault("password", password)
    else:
        url = server_url()
    spool_dir = request.getfixturevalue("tmp_path_factory").mktemp(f"spool-{index}")
    options.setdefault("spool_dir", spool_dir)
    backend = ElasticBackend(url, index=index, **options)
    auth = {k: options[k] for k in ("user", "password") if k in options}

    def drop() -> None:
        with ElasticBackend(url, index=index, spool=False, **auth) as b:
            b.drop()

    request.addfinalizer(drop)
    return backend


def run_script(*args: str, port: int, env: dict[str, str] | None = None) -> str:
    """Run ``scripts/elasticsearch.sh`` for a server of a test's own on ``port``; returns what
    it printed (the URL for ``start``)."""
    full_env = {**os.environ, "ES_PORT": str(port), **(env or {})}
    done = subprocess.run(
        ["bash", str(SCRIPT), *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode not in (0, 3) or (args[0] != "status" and done.returncode):
        raise RuntimeError(
            f"elasticsearch.sh {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}"
        )
    return done.stdout.strip()
