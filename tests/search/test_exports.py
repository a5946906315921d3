"""Exports: every search filter in CLI and API, one CSV layout (BOM, same columns), the long
facts CSV, and files others can read."""

from __future__ import annotations

import csv
import io
import json
import re
import stat

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import open_index
from search.exports import CSV_COLUMNS, FACT_COLUMNS
from tests.app.test_api_corpus import BELOVA, corpus
from tests.app.test_cli import dumawatch


@pytest.fixture
def target(tmp_path) -> str:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(corpus())
    return target


def rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_cli_and_api_export_the_same_filtered_documents_in_the_same_layout(target, tmp_path):
    out = tmp_path / "belova.csv"
    proc = dumawatch("export", "--index", target, "--person", "Белова", "--since", "2018-12-01",
                     "--format", "csv", "-o", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    cli = rows(out.read_text(encoding="utf-8"))
    assert stat.S_IMODE(out.stat().st_mode) & 0o044 == 0o044  # readable by group and others
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as client:
        api = rows(client.get("/api/export", params={"format": "csv", "person": "Белова",
                                                     "since": "2018-12-01"}).text)  # fmt: skip
    assert cli[0] == api[0] == list(CSV_COLUMNS)
    assert sorted(cli[1:]) == sorted(api[1:])
    expected = {d["id"] for d in corpus() if any(p["key"] == BELOVA for p in d["people"])
                and (d["published_at"] or "") >= "2018-12-01"}  # fmt: skip
    assert {r[0] for r in cli[1:]} == expected and expected


def test_facts_csv_has_a_row_per_person_post_figure_and_vote(target, tmp_path):
    out = tmp_path / "facts.csv"
    proc = dumawatch("export", "--index", target, "--format", "facts-csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    table = rows(out.read_text(encoding="utf-8"))
    assert table[0] == list(FACT_COLUMNS)
    facts = [dict(zip(FACT_COLUMNS, r, strict=True)) for r in table[1:]]
    docs = corpus()
    posts = sum(max(1, len(p["posts"])) for d in docs for p in d["people"])
    figures = sum(len(d["figures"]) for d in docs)
    assert sum(f["kind"] == "person" for f in facts) == posts
    assert sum(f["kind"] == "figure" for f in facts) == figures
    chair = next(f for f in facts if f["post_title"] == "председатель" and f["post_place"])
    assert chair["person_name"] == "Андрей Викторович Соколов" and chair["post_status"] == "current"
    hearing = next(f for f in facts if f["kind"] == "figure" and f["role"] == "participants")
    assert hearing["value"] == "300" and hearing["quote"] == "около 300 жителей"


def test_jsonl_export_with_a_text_query(target, tmp_path):
    proc = dumawatch("export", "субботник", "--index", target)
    assert proc.returncode == 0, proc.stderr
    titles = [json.loads(line)["title"] for line in proc.stdout.splitlines()]
    assert 0 < len(titles) < len(corpus())


FILTERS = [  # (CLI flags, API/web parameters): one vocabulary, docs/data-model.md "Filters"
    (["--participants-min", "300"], {"participants_min": "300"}),
    (["--figure-role", "participants", "--figure-min", "100", "--figure-max", "400"],
     {"figure_role": "participants", "figure_min": "100", "figure_max": "400"}),
    (["--person", "Соколову А.В.", "--until", "2018-12-31"],
     {"person": "Соколову А.В.", "until": "2018-12-31"}),
    (["--region", "Калужской области"], {"region": "Калужской области"}),
    (["--org", "Городская Дума"], {"org": "Городская Дума"}),
]  # fmt: skip


@pytest.mark.parametrize(("flags", "params"), FILTERS)
def test_one_filter_vocabulary_for_cli_api_and_web(target, tmp_path, flags, params):
    proc = dumawatch("search", "--index", target, "--json", "--limit", "50", *flags)
    assert proc.returncode == 0, proc.stderr
    cli = {h["id"] for h in json.loads(proc.stdout)["hits"]}
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as client:
        api = {
            h["id"]
            for h in client.get("/api/search", params={**params, "limit": 50}).json()["hits"]
        }
        page = client.get("/", params=params)
    assert page.status_code == 200, page.text
    web = set(re.findall(r'href="/documents/([^"]+)"', page.text))
    assert cli == api == web and cli
