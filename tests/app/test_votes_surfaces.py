"""Votes where people meet them: the search filter in the CLI, the API and the search form, the
tallies on the document page, and in every export, on SQLite and Elasticsearch."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import open_index
from search.exports import CSV_COLUMNS
from tests.search.contract.vote_documents import VOTE_DOCS, vote_docs, with_against_at_least

ROOT = Path(__file__).resolve().parents[2]
ID = {d["url"].rstrip("/").rsplit("/", 1)[1]: d["id"] for d in VOTE_DOCS}
# the CSV columns exports had before votes, in their order
OLD_CLI_COLUMNS = [
    "id", "url", "source", "title", "published_at", "fetched_at", "people", "regions", "orgs",
    "participants", "body", "entities", "dates", "figures", "extraction_version",
]  # fmt: skip


def dumawatch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(params=["sqlite", "elasticsearch"])
def index(request, tmp_path) -> tuple[str, str | None]:
    """Target and Elasticsearch index name (None for SQLite) holding the vote documents."""
    if request.param == "sqlite":
        path = f"sqlite:///{tmp_path}/index.db"
        with open_index(path) as backend:
            backend.upsert(vote_docs())
        return path, None
    from tests.es_server import elastic_backend, server_url

    name = f"votes-{uuid.uuid4().hex[:8]}"
    backend = elastic_backend(request, name)
    backend.upsert(vote_docs())
    backend.refresh()
    backend.close()
    return server_url(), name


@pytest.fixture
def target(index) -> list[str]:
    """The command line's options naming that index."""
    url, name = index
    return ["--index", url] + (["--es-index", name] if name else [])


@pytest.fixture
def client(index, tmp_path):
    url, name = index
    options = {"index": name, "spool_dir": tmp_path / "spool"} if name else {}
    app = create_app(url, str(tmp_path / "state.db"), index_options=options)
    with TestClient(app) as c:
        yield c


# -- command line ------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, 3])
def test_cli_search_votes_against_min(target, n):
    proc = dumawatch("search", "--votes-against-min", str(n), "--json", "--limit", "50", *target)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert {h["id"] for h in result["hits"]} == with_against_at_least(n)
    assert result["total"] == len(with_against_at_least(n))


@pytest.mark.parametrize("value", ["-1", "два", "2.5", "99999999999999999999"])
def test_cli_bad_minimum_is_a_one_line_usage_error(tmp_path, value):
    proc = dumawatch("search", f"--votes-against-min={value}", "--index", f"{tmp_path}/x.db")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert lines[0].startswith("dumawatch search: ошибка: аргумент --votes-against-min: ")
    assert repr(value) in lines[0]
    assert not (tmp_path / "x.db").exists()


def test_cli_export_jsonl_carries_votes(target, tmp_path):
    out = tmp_path / "all.jsonl"
    proc = dumawatch("export", "-o", str(out), *target)
    assert proc.returncode == 0, proc.stderr
    rows = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    for row in rows.values():
        row.pop("person_identities")  # added beside the stored document
    assert rows == {d["id"]: d for d in VOTE_DOCS}
    assert rows[ID["sessiya-byudzhet"]]["votes"][0]["against"] == 2


def test_cli_export_csv_keeps_its_columns_and_adds_the_tallies(target, tmp_path):
    out = tmp_path / "all.csv"
    proc = dumawatch("export", "--format", "csv", "-o", str(out), *target)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = {r["id"]: r for r in reader}
        header = reader.fieldnames
    assert header == list(CSV_COLUMNS)
    assert header[: len(OLD_CLI_COLUMNS)] == OLD_CLI_COLUMNS
    report = rows[ID["otchet-glavy"]]
    assert (report["votes_for"], report["votes_against"], report["votes_abstained"]) == (
        "18; ",
        "7; 0",
        "; 0",
    )
    assert json.loads(report["votes"]) == VOTE_DOCS[1]["votes"]
    budget = rows[ID["sessiya-byudzhet"]]
    assert (budget["votes_for"], budget["votes_against"], budget["votes_abstained"]) == (
        "25",
        "2",
        "1",
    )
    none = rows[ID["vstrecha-veteranov"]]
    assert (none["votes"], none["votes_for"], none["votes_against"]) == ("[]", "", "")


# -- API ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, 2, 3, 8])
def test_api_search_votes_against_min(client, n):
    body = client.get("/api/search", params={"votes_against_min": n, "limit": 50}).json()
    assert {h["id"] for h in body["hits"]} == with_against_at_least(n)


@pytest.mark.parametrize("value", ["-1", "много", "1.5", "1e30"])
def test_api_bad_minimum_is_a_422_with_the_reason(client, value):
    for path in ("/api/search", "/api/export"):
        r = client.get(path, params={"votes_against_min": value})
        assert r.status_code == 422, r.text
        detail = r.json()["detail"]
        assert "votes_against_min" in json.dumps(detail, ensure_ascii=False)


def test_api_document_and_export_carry_votes(client):
    doc = client.get(f"/api/documents/{ID['sessiya-byudzhet']}").json()
    assert doc["votes"] == VOTE_DOCS[0]["votes"]
    lines = client.get("/api/export", params={"votes_against_min": 3}).text.splitlines()
    exported = [json.loads(x) for x in lines]
    assert [{k: v for k, v in d.items() if k != "person_identities"} for d in exported] == [
        VOTE_DOCS[1]
    ]
    text = client.get("/api/export", params={"format": "csv", "votes_against_min": 0}).text
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header = rows[0]
    assert header == list(CSV_COLUMNS)  # the same columns as the CLI's CSV
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert set(by_id) == with_against_at_least(0)
    assert by_id[ID["pochetnye-grazhdane"]]["votes_against"] == "0"


# -- web UI ------------------------------------------------------------------------------------


def test_search_form_has_the_field_and_the_url_parameter_filters(client):
    page = client.get("/", params={"votes_against_min": "3"})
    assert page.status_code == 200
    assert "Найдено документов: <strong>1</strong>" in page.text
    assert 'name="votes_against_min"' in page.text and 'value="3"' in page.text
    assert "Отчёт главы и новое имя улицы" in page.text
    assert "Дума изменила бюджет" not in page.text
    empty = client.get("/", params={"votes_against_min": ""})  # an empty field is no filter
    assert f"<strong>{len(VOTE_DOCS)}</strong>" in empty.text


def test_search_form_refuses_a_negative_minimum(client):
    page = client.get("/", params={"votes_against_min": "-4"})
    assert page.status_code == 400
    assert "votes_against_min" in page.text


def test_document_page_shows_each_tally_and_its_subject(client):
    budget = client.get(f"/documents/{ID['sessiya-byudzhet']}").text
    assert "Голосования" in budget
    assert "за — 25, против — 2, воздержались — 1" in budget
    assert "внесение изменений в бюджет" in budget
    report = client.get(f"/documents/{ID['otchet-glavy']}").text
    assert "за — 18, против — 7" in report
    assert ">единогласно<" in report
    plain = client.get(f"/documents/{ID['vstrecha-veteranov']}").text
    assert "Голосования" not in plain
