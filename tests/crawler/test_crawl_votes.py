"""A real crawl of the sample duma site: an article with a vote tally reaches the index with
its votes, in SQLite and in Elasticsearch, and the votes-against filter finds it."""

from __future__ import annotations

import shutil
import uuid

import pytest

from crawler.run import crawl
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import SearchQuery, open_index

pytestmark = pytest.mark.slow  # real crawls, with extraction, in child processes
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0}
# «За документ проголосовали 22 депутата из 25, двое воздержались, один проголосовал против.»
BUDGET = next(a for a in ARTICLES if a.slug == "byudzhet-2019-prinyat")
# «Решение № 112 принято единогласно.»
UNANIMOUS = next(a for a in ARTICLES if a.slug == "zasedanie-dumy-27-fevralya")


@pytest.fixture(scope="module")
def site():
    with serve() as running:
        yield running


@pytest.fixture(scope="module")
def crawled_db(site, tmp_path_factory):
    """One SQLite crawl of the site, shared: each test that reads it works on its own copy."""
    path = tmp_path_factory.mktemp("crawled") / "duma.db"
    report = crawl([site.base_url + "/"], f"sqlite:///{path}", settings=FAST, progress=False)
    assert report.new == len(ARTICLES) and report.errors == 0
    return path


def copy_of(db, tmp_path) -> str:
    for suffix in ("", "-wal", "-shm"):  # a write-ahead log left open travels with the file
        if (source := db.with_name(db.name + suffix)).exists():
            shutil.copy(source, tmp_path / f"duma.db{suffix}")
    return f"sqlite:///{tmp_path}/duma.db"


@pytest.fixture(params=["sqlite", "elasticsearch"])
def target(request, tmp_path) -> tuple[str, dict]:
    if request.param == "sqlite":
        return copy_of(request.getfixturevalue("crawled_db"), tmp_path), {}
    from tests.es_server import elastic_backend, server_url

    name = f"crawl-votes-{uuid.uuid4().hex[:8]}"
    elastic_backend(request, name).close()  # dropped after the test
    return server_url(), {"index": name}


def test_crawled_tallies_are_indexed_and_searchable(site, target):
    url, options = target
    if options:  # Elasticsearch: crawled here; SQLite: the shared crawl's copy
        settings = {**FAST, "ES_INDEX": options["index"]}
        report = crawl([site.base_url + "/"], url, settings=settings, progress=False)
        assert report.new == len(ARTICLES) and report.errors == 0
    with open_index(url, **options) as index:
        if hasattr(index, "refresh"):
            index.refresh()
        docs = {d["url"]: d for d in index.iter_documents()}
        budget = docs[site.base_url + BUDGET.path]
        [tally] = budget["votes"]
        assert (tally["for"], tally["against"], tally["abstained"]) == (22, 1, 2)
        assert budget["body"][tally["start"] : tally["end"]] == tally["text"]
        unanimous = docs[site.base_url + UNANIMOUS.path]
        assert any(v["unanimous"] and v["against"] == 0 for v in unanimous["votes"])
        assert all(isinstance(d["votes"], list) for d in docs.values())
        found = {h.id for h in index.search(SearchQuery(votes_against_min=1, limit=50)).hits}
        expected = {
            d["id"]
            for d in docs.values()
            if any(v["against"] is not None and v["against"] >= 1 for v in d["votes"])
        }
        assert budget["id"] in found and found == expected


def test_a_recrawl_extracts_votes_for_documents_stored_without_them(site, crawled_db, tmp_path):
    """Documents stored while crawls dropped the tallies hold the current extraction version
    but no ``votes``: a full re-crawl extracts them again rather than reusing the stored facts."""
    url = copy_of(crawled_db, tmp_path)
    with open_index(url) as index:
        before = list(index.iter_documents())
        index.upsert([{k: v for k, v in d.items() if k != "votes"} for d in before])
        assert not any("votes" in d for d in index.iter_documents())
    again = {**FAST, "INCREMENTAL": False, "SITEMAPS_ENABLED": False}
    report = crawl([site.base_url + "/"], url, settings=again, progress=False)
    assert report.updated == len(ARTICLES) and report.stats.get("dumawatch/extracted")
    with open_index(url) as index:
        after = {d["id"]: d for d in index.iter_documents()}
    assert {d["id"]: d["votes"] for d in before} == {i: d["votes"] for i, d in after.items()}
    assert any(d["votes"] for d in after.values())
