"""The command line as a user runs it: a real process, real files, one-line errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from search import open_index
from search.target import sqlite_path
from tests.search.contract.documents import DOCS, docs


def dumawatch(*args: str, stdin: str | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture
def index(tmp_path) -> str:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as backend:
        backend.upsert(docs())
    return target


def one_line_error(proc) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_search_json_has_total_hits_facets(index):
    proc = dumawatch("search", "Волковым", "--index", index, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["total"] == 2
    assert {"title", "published_at", "url", "snippet"} <= set(out["hits"][0])
    assert "<mark>Волков" in out["hits"][0]["snippet"]
    assert {"people", "regions", "orgs"} <= set(out["facets"])


def test_search_filters_from_the_command_line(index):
    proc = dumawatch(
        "search", "--index", index, "--json", "--region", "Калужская область",
        "--since", "2018-06-01", "--participants-min", "300",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert [h["title"] for h in json.loads(proc.stdout)["hits"]] == [
        "Слушания по бюджету на 2019 год"
    ]


def test_search_human_output_shows_titles_and_facets(index):
    proc = dumawatch("search", "бюджет", "--index", index)
    assert proc.returncode == 0, proc.stderr
    assert "Слушания по бюджету на 2019 год" in proc.stdout
    assert "Ирина Соколова (1)" in proc.stdout


def test_search_histogram_by_year(index):
    proc = dumawatch("search", "--index", index, "--json", "--histogram", "year", "--limit", "1")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["histogram"] == [
        {"key": "2018", "count": 3},
        {"key": "2019", "count": 2},
    ]
    shown = dumawatch("search", "--index", index, "--histogram", "month")
    assert "2018-11" in shown.stdout and "По датам" in shown.stdout
    assert "недопустимое значение" in one_line_error(
        dumawatch("search", "--index", index, "--histogram", "week")
    )


@pytest.mark.parametrize("query", ['"Волков', "AND OR NOT", "Волков) (*"])
def test_search_with_stray_quotes_and_operators(index, query):
    proc = dumawatch("search", query, "--index", index, "--json")
    assert proc.returncode == 0, proc.stderr
    json.loads(proc.stdout)


def test_unknown_index_scheme_is_one_line_error(tmp_path):
    line = one_line_error(dumawatch("search", "x", "--index", "ftp://example/db"))
    assert "unknown index target" in line


def test_bad_date_is_one_line_usage_error(index):
    proc = dumawatch("search", "--index", index, "--since", "26.11.2018")
    assert proc.returncode == 2
    assert "ГГГГ-ММ-ДД" in one_line_error(proc)


def test_a_file_that_is_not_an_index_is_refused_and_left_alone(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"just some text, not a database" * 10)
    line = one_line_error(dumawatch("search", "x", "--index", f"sqlite:///{junk}"))
    assert "не годится как индекс dumawatch" in line
    assert junk.read_bytes() == b"just some text, not a database" * 10


def test_default_index_is_dumawatch_db_in_working_directory(tmp_path):
    with open_index(str(tmp_path / "dumawatch.db")) as backend:
        backend.upsert(docs())
    proc = dumawatch("search", "", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["total"] == len(DOCS)


def test_index_from_environment(tmp_path, index, monkeypatch):
    monkeypatch.setenv("DUMAWATCH_INDEX", index)
    proc = dumawatch("search", "съезд", "--json", cwd=tmp_path)
    assert json.loads(proc.stdout)["total"] == 1
    assert not (tmp_path / "dumawatch.db").exists()


def test_sqlite_target_forms(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert sqlite_path("sqlite:///x.db") == Path("x.db")
    assert sqlite_path("sqlite:////abs/x.db") == Path("/abs/x.db")
    assert sqlite_path("sqlite:///tmp/x.db") == Path("/tmp/x.db")
    (tmp_path / "data").mkdir()
    assert sqlite_path("sqlite:///data/x.db") == Path("data/x.db")


def test_export_jsonl_has_every_document_with_facts(index, tmp_path):
    out = tmp_path / "all.jsonl"
    proc = dumawatch("export", "--format", "jsonl", "-o", str(out), "--index", index)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # each person's identity rides beside the stored document (an added field, nothing else)
    identities = [row.pop("person_identities", {}) for row in rows]
    assert sorted(rows, key=lambda d: d["id"]) == sorted(DOCS, key=lambda d: d["id"])
    for row, found in zip(rows, identities, strict=True):
        assert set(found) == {p["key"] for p in row["people"]}
    required = {"id", "url", "source", "title", "published_at", "body", "fetched_at"}
    facts = {"entities", "people", "regions", "dates", "figures"}
    assert all(required | facts <= set(r) for r in rows)


def test_export_csv(index, tmp_path):
    out = tmp_path / "all.csv"
    proc = dumawatch("export", "--format", "csv", "-o", str(out), "--index", index)
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(DOCS)
    by_title = {r["title"]: r for r in rows}
    row = by_title["Съезд ТОС в Воронежской области"]
    assert row["people"] == "Андрей Волков"
    assert row["regions"] == "Воронежская область"
    assert float(row["participants"]) == 500
    assert json.loads(row["figures"])[0]["approx"] == "около"


def test_export_to_missing_folder_fails_without_partial_file(index, tmp_path):
    proc = dumawatch("export", "-o", str(tmp_path / "nope" / "x.jsonl"), "--index", index)
    assert "нет" in one_line_error(proc)


def test_extract_malformed_jsonl_names_the_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Тула"}\n{"id": "b", "text": \n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    line = one_line_error(dumawatch("extract", str(src), "-o", str(out), "--workers", "1"))
    assert f"{src}:2" in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("record", "complaint"),
    [
        ('["not", "an", "object"]', "JSON-объект"),
        ('{"id": "x"}', "'text'"),
        ('{"id": "x", "text": "a", "published_at": "вчера"}', "ГГГГ-ММ-ДД"),
    ],
)
def test_extract_rejects_bad_records(record, complaint):
    line = one_line_error(dumawatch("extract", "--workers", "1", stdin=record + "\n"))
    assert complaint in line


def test_extract_missing_input_file(tmp_path):
    assert "нет такого файла" in one_line_error(dumawatch("extract", str(tmp_path / "none.jsonl")))


@pytest.fixture(params=["sqlite", "elasticsearch"])
def any_index(request, index) -> str:
    if request.param == "sqlite":
        return index
    from tests.es_server import server_url

    return server_url()


@pytest.mark.parametrize(
    "option",
    [
        "--offset=99999999999999999999",
        "--offset=-1",
        "--limit=99999999999999999999",
        "--limit=0",
        "--participants-min=1e400",
        "--figure-min=nan",
        "--figure-max=-inf",
        "--figure-max=много",
        "--since=2018-13-45",
        "--until=99999-01-01",
    ],
)
def test_numbers_and_dates_out_of_range_are_one_line_usage_errors(any_index, option):
    """The same line for either backend: the bound is the command line's, checked before an
    overflow could happen in SQLite or a request reach Elasticsearch."""
    proc = dumawatch("search", "Волков", "--index", any_index, "--es-index", "unused", option)
    assert proc.returncode == 2
    name, _, value = option.partition("=")
    line = one_line_error(proc)
    assert line.startswith(f"dumawatch search: ошибка: аргумент {name}: ")
    assert repr(value) in line


@pytest.mark.parametrize(
    "args",
    [
        ["runs", "--limit", "99999999999999999999"],
        ["alerts", "--limit", "99999999999999999999"],
        ["alerts", "--offset", "99999999999999999999"],
        ["alerts", "--since", "вчера"],
        ["serve", "--port", "70000"],
        ["schedule", "--interval", "nan"],
        ["extract", "--workers", "99999999999999999999"],
        ["crawl", "https://duma.example.ru/", "--max-pages", "99999999999999999999"],
    ],
)
def test_other_numbers_out_of_range(tmp_path, args):
    state = [] if args[0] == "extract" else ["--state", str(tmp_path / "s.db")]
    proc = dumawatch(*args, *state)
    assert proc.returncode == 2
    assert f"аргумент {args[-2]}: " in one_line_error(proc)
    assert not (tmp_path / "s.db").exists()


def test_an_unknown_target_with_a_password_is_shown_masked():
    proc = dumawatch("search", "x", "--index", "ftp://reader:Pa55word@files.example.ru/news.db")
    line = one_line_error(proc)
    assert "unknown index target 'ftp://reader:***@files.example.ru/news.db'" in line
    assert "Pa55word" not in proc.stdout + proc.stderr


def test_output_to_a_pipe_is_never_wrapped_or_cut(tmp_path):
    """Piped into a file, rich would assume 80 columns: long titles wrapped, cells cut with «…»."""
    doc = docs()[0]
    doc["title"] = "Депутаты городской думы обсудили " + "очень " * 30 + "длинный перечень поправок"
    target = f"sqlite:///{tmp_path}/long.db"
    with open_index(target) as backend:
        backend.upsert([doc])
    proc = dumawatch("search", "поправок", "--index", target)
    assert proc.returncode == 0, proc.stderr
    assert any(
        line.endswith(doc["title"]) or doc["title"] in line for line in proc.stdout.splitlines()
    )
