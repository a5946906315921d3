"""The OpenAPI schema declares the rules the server enforces on write bodies: each body below is
sent to the running app and checked against the request schema the app publishes — refused
(422) exactly when the schema calls it invalid. tests/app/test_api_schemathesis.py looks for such
disagreements at random; these are the ones found before, kept as examples."""

from __future__ import annotations

import re

import jsonschema_rs
import pytest
from croniter import croniter
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from dumawatch.api import create_app
from dumawatch.api.patterns import CRON, NOT_BLANK

TOKEN = "patterns-token"
URL = "https://duma-pogranichny.example.ru/novosti/"
BLANK_NAMES = [" ", "\t\n", "\xa0", "\u3000 \u2009", "\u2028"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("patterns")
    mp = pytest.MonkeyPatch()
    mp.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    made = create_app(f"sqlite:///{folder}/index.db", str(folder / "state.db"))
    with TestClient(made, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield made, client
    mp.undo()


def _schema_says_valid(app, method: str, path: str, body: dict) -> bool:
    spec = app.openapi()
    content = spec["paths"][path][method.lower()]["requestBody"]["content"]
    schema = {**content["application/json"]["schema"], "components": spec["components"]}
    return jsonschema_rs.validator_for(schema).is_valid(body)


CASES = [
    # (method, path, body, accepted?)
    *[("POST", "/api/watchlists", {"name": n}, False) for n in BLANK_NAMES],
    ("POST", "/api/watchlists", {"name": "  Депутаты района "}, True),
    ("POST", "/api/watchlists", {"name": "\x1c"}, True),  # not white space to any engine
    ("POST", "/api/watchlists", {"name": "Депутаты", "webhook_secret": "короткий"}, False),
    ("POST", "/api/watchlists/1/entries", {"name": "\xa0\xa0"}, False),
    ("POST", "/api/watchlists/1/entries", {"name": "Белова", "aliases": ["  "]}, True),
    ("PATCH", "/api/watchlists/1", {"name": " "}, False),
    ("PATCH", "/api/watchlists/1", {"name": "Совет"}, True),
    ("POST", "/api/sources", {"name": "duma pogranichny", "start_urls": [URL]}, False),
    ("POST", "/api/sources", {"name": "duma/pogranichny", "start_urls": [URL]}, False),
    ("POST", "/api/sources", {"name": "совет-пограничный", "start_urls": [URL]}, True),
    ("POST", "/api/sources", {"name": "s1", "start_urls": [URL], "schedule": "0 6 * * *"}, True),
    ("POST", "/api/sources", {"name": "s2", "start_urls": [URL], "schedule": ""}, True),
    ("POST", "/api/sources", {"name": "s3", "start_urls": [URL], "schedule": "@daily"}, True),
    ("POST", "/api/sources", {"name": "s4", "start_urls": [URL], "schedule": "каждый день"}, False),
    ("POST", "/api/sources", {"name": "s5", "start_urls": [URL], "schedule": "0 24 * * *"}, False),
    ("POST", "/api/sources", {"name": "s6", "start_urls": [URL], "schedule": "*/0 * * * *"}, False),
    ("POST", "/api/sources", {"name": "s7", "start_urls": [URL], "schedule": "0" * 60}, False),
    ("POST", "/api/sources", {"name": "s8", "start_urls": []}, False),
    ("POST", "/api/crawls", {}, False),
    ("POST", "/api/crawls", {"source": None, "start_urls": []}, False),
    ("POST", "/api/crawls", {"source": "   "}, False),
    ("POST", "/api/crawls", {"source": "нет-такого"}, True),  # 404: valid, only unknown
]


@pytest.mark.parametrize(("method", "path", "body", "accepted"), CASES)
def test_the_schema_and_the_server_agree(app, method, path, body, accepted) -> None:
    made, client = app
    if path.startswith("/api/watchlists/1"):
        client.post("/api/watchlists", json={"name": "Список для проверок"})  # id 1 exists
    template = re.sub(r"/1(/|$)", r"/{watchlist_id}\1", path)
    assert _schema_says_valid(made, method, template, body) is accepted
    r = client.request(method, path, json=body)
    assert (r.status_code != 422) is accepted, r.text
    assert r.status_code < 500


def test_names_are_stored_without_the_white_space_around_them(app) -> None:
    _, client = app
    r = client.post("/api/watchlists", json={"name": "\u3000 Наблюдение за советом \n"})
    assert r.status_code == 201 and r.json()["name"] == "Наблюдение за советом"


@settings(max_examples=300, deadline=None)
@given(st.from_regex(CRON, fullmatch=True))
def test_every_declared_cron_expression_is_one_croniter_reads(expression: str) -> None:
    assert expression == "" or croniter.is_valid(expression)


@given(st.text(max_size=5))
def test_blank_means_the_same_to_the_pattern_and_to_stripping(text: str) -> None:
    from dumawatch.api.bodies import _strip

    assert bool(re.search(NOT_BLANK, text)) == bool(_strip(text))
