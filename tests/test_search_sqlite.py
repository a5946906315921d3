"""The embedded index's own promises beyond the shared contract: a searcher sees what another
process wrote as soon as it is committed, and older index files open and keep working."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from search import SearchQuery, open_index
from tests.contract.documents import DOCS, docs

ROOT = Path(__file__).resolve().parents[1]


def facet(result, name: str) -> dict[str, int]:
    return {f.value: f.count for f in result.facets[name]}


def test_a_searcher_sees_writes_committed_by_another_process(tmp_path):
    path = tmp_path / "index.db"
    searcher = open_index(f"sqlite:///{path}")
    searcher.upsert(docs()[:2])
    assert searcher.search(SearchQuery()).total == 2  # the searcher's own copy is built now
    writer = f"""
from search import open_index
from tests.contract.documents import docs
index = open_index("sqlite:///{path}")
index.upsert(docs()[2:])
index.delete([docs()[0]["id"]])
"""
    subprocess.run([sys.executable, "-c", writer], check=True, cwd=ROOT)
    result = searcher.search(SearchQuery())
    assert result.total == len(DOCS) - 1
    assert DOCS[0]["id"] not in {h.id for h in searcher.search(SearchQuery(limit=100)).hits}
    fresh = open_index(f"sqlite:///{path}").search(SearchQuery())
    assert (result.total, result.facets) == (fresh.total, fresh.facets)


def test_own_writes_show_in_the_next_search(tmp_path):
    index = open_index(f"sqlite:///{tmp_path}/index.db")
    index.upsert(docs())
    assert facet(index.search(SearchQuery(region="RU-KLU")), "regions")["RU-KLU"] == 2
    moved = docs()[0]
    moved["regions"] = []
    moved["body"] += " Уточнено."
    index.upsert([moved])
    assert facet(index.search(SearchQuery(region="RU-KLU")), "regions")["RU-KLU"] == 1
    assert index.search(SearchQuery(text="уточнить")).total == 1


def test_index_from_schema_2_opens_and_searches(tmp_path):
    path = tmp_path / "old.db"
    open_index(f"sqlite:///{path}").upsert(docs())
    with sqlite3.connect(path) as db:  # what schema 2 left: counts per fact, no generation
        db.execute("ALTER TABLE people ADD COLUMN docs INTEGER NOT NULL DEFAULT 0")
        db.execute("UPDATE meta SET value = '2' WHERE name = 'schema'")
        db.execute("DELETE FROM meta WHERE name = 'generation'")
    index = open_index(f"sqlite:///{path}")
    assert index.search(SearchQuery(person="Соколова")).total == 2
    index.upsert([{**docs()[0], "body": "Новый текст о приёме."}])
    assert index.search(SearchQuery(text="новый")).total == 1
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone() == ("3",)
