"""Property-based fuzzing of the whole API against its own OpenAPI schema (schemathesis, in
process over ASGI): every route, writes with the token, valid and invalid inputs, and every
built-in check — no 5xx, statuses, content types and bodies as documented, invalid input
refused and, above all, valid input accepted: a rule the server enforces (422) but the schema
does not declare fails the test.

Only one rule cannot be in a schema: URLs that name private or local addresses are refused
with 400 (the SSRF guard). For the routes that take URLs, a valid request may end in that 400,
and only in that one.
"""

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
from monitor.runs import list_runs
from search import open_index
from tests.app.test_api_corpus import corpus

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
    ("POST", "/api/crawls"),
}
GUARD = "points at a private or local address"
# A crawl request is sent with its URLs pointed at loopback and its source at a name no source
# can have (names are [\w.-]+): the guard or the 404 answers before anything is fetched, so the
# test never crawls the internet, whatever URL it generated.
SAFE_URL = "http://127.0.0.1:9/"
NO_SOURCE = "нет такого источника"


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
    started = list_runs(APP.state.context.state)
    APP.state.context.close()
    assert started == [], "a fuzzed request started a crawl"


def valid_urls_accepted_unless_private(ctx, response, case) -> None:
    """positive_data_acceptance, with the guard's 400 as the one allowed refusal."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    if response.status_code == 400 and GUARD in response.json().get("detail", ""):
        return
    positive_data_acceptance(ctx, response, case)


def _defused(case) -> None:
    if isinstance(case.body, dict):
        if isinstance(case.body.get("start_urls"), list):
            case.body["start_urls"] = [SAFE_URL for _ in case.body["start_urls"]]
        if isinstance(case.body.get("source"), str):
            case.body["source"] = NO_SOURCE


@schema.parametrize()
@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_never_errors(case) -> None:
    if (case.method, case.path) == ("POST", "/api/crawls"):
        _defused(case)
    if (case.method, case.path) in URL_WRITES:
        case.call_and_validate(
            headers=AUTH,
            excluded_checks=[positive_data_acceptance],
            additional_checks=[valid_urls_accepted_unless_private],
        )
    else:
        case.call_and_validate(headers=AUTH)
