"""Property-based fuzzing of the whole API against its own OpenAPI schema (schemathesis, in
process over ASGI): whatever the input, no 500s and responses as documented."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from dumawatch.api import create_app
from search import open_index
from tests.test_api_corpus import corpus

pytestmark = pytest.mark.slow

# schemathesis reads the schema when the module is imported; the app opens its index lazily, so
# the folder can be filled by the fixture below before the first request.
FOLDER = Path(tempfile.mkdtemp(prefix="dumawatch-fuzz-"))
atexit.register(shutil.rmtree, FOLDER, True)  # also when only collected, never run
TARGET = f"sqlite:///{FOLDER}/index.db"
APP = create_app(TARGET, str(FOLDER / "state.db"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


TOKEN = "fuzz-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
URL_WRITES = {
    ("POST", "/api/sources"),
    ("POST", "/api/watchlists"),
    ("PATCH", "/api/watchlists/{watchlist_id}"),
}


@pytest.fixture(scope="module", autouse=True)
def indexed_corpus():
    FOLDER.mkdir(parents=True, exist_ok=True)  # a tmp cleaner may have run since collection
    with open_index(TARGET) as index:
        index.upsert(corpus())
    saved = os.environ.get("DUMAWATCH_API_TOKEN")
    os.environ["DUMAWATCH_API_TOKEN"] = TOKEN
    yield
    if saved is None:
        os.environ.pop("DUMAWATCH_API_TOKEN", None)
    else:
        os.environ["DUMAWATCH_API_TOKEN"] = saved
    APP.state.context.close()


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_never_errors(case) -> None:
    # Writes are fuzzed with the token, except starting crawls: a generated URL could name a
    # real public site, and a test must not crawl the internet.
    if case.path == "/api/crawls":
        case.call_and_validate()
    elif (case.method, case.path) in URL_WRITES:
        # A schema-valid URL is still refused when it names a local address (the SSRF guard,
        # tested in test_api_endpoints), so "valid data accepted" cannot hold for these.
        case.call_and_validate(headers=AUTH, excluded_checks=[positive_data_acceptance])
    else:
        case.call_and_validate(headers=AUTH)
