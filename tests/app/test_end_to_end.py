"""Crawl the bundled sample site over real HTTP, extract, index into a real SQLite file, then
search it as a researcher would — through the CLI, as a separate process."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search import SearchQuery, open_index
from search.person_registry import registry
from tests.app.test_cli import dumawatch, one_line_error

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site():
    with serve() as s:
        yield s


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    """The site crawled once through `dumawatch crawl`, and the re-crawl's stderr."""
    folder = tmp_path_factory.mktemp("e2e")
    target, state = f"sqlite:///{folder}/index.db", str(folder / "state.db")
    watch = dumawatch("watch", "add", "Сергей Петров", "--state", state)
    assert watch.returncode == 0, watch.stderr
    # alerts on the site's first crawl too (without the flag it is a silent baseline)
    first = dumawatch(
        "crawl", site.base_url + "/", "--index", target, "--state", state, "--alert-first-crawl",
        *FAST,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = dumawatch("crawl", site.base_url + "/", "--index", target, "--state", state, *FAST)
    assert again.returncode == 0, again.stderr
    return target, first.stderr, again.stderr, state


FAST = ("--quiet", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0")


def search_json(target: str, *args: str) -> dict:
    proc = dumawatch("search", *args, "--index", target, "--json", "--limit", "100")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def titles_matching(pattern: str) -> set[str]:
    rx = re.compile(pattern, re.IGNORECASE)
    return {a.title for a in ARTICLES if rx.search(a.title + "\n" + a.body)}


def test_every_article_indexed_once(crawled):
    target, first, *_ = crawled
    with open_index(target) as index:
        docs = list(index.iter_documents())
    assert sorted(d["title"] for d in docs) == sorted(a.title for a in ARTICLES)
    assert len({d["url"] for d in docs}) == len(ARTICLES)
    assert f"новых {len(ARTICLES)}" in first


def test_recrawl_adds_nothing(crawled):
    target, _, again, _ = crawled
    assert "новых 0" in again and "обновлённых 0" in again
    with open_index(target) as index:
        assert index.count() == len(ARTICLES)


def test_surname_forms_find_each_other(crawled):
    target, *_ = crawled
    expected = titles_matching(r"\bПетров(а|у|ым|е)?\b")
    assert len(expected) >= 3
    for form in ("Петров", "Петровым", "Петрову"):
        assert {h["title"] for h in search_json(target, form)["hits"]} == expected


def test_region_noun_in_any_case(crawled):
    target, *_ = crawled
    expected = titles_matching(r"\b[Оо]бласт(ь|и|ью|ей|ям|ями|ях)\b")
    assert expected
    assert {h["title"] for h in search_json(target, "областях")["hits"]} == expected


def test_highlights_show_the_original_words(crawled):
    target, *_ = crawled
    hits = search_json(target, "бюджетом")["hits"]
    assert hits
    for hit in hits:
        marked = re.findall(r"<mark>(.*?)</mark>", hit["snippet"])
        assert marked and all(m.lower().startswith("бюджет") for m in marked)


def test_facets_and_person_filter_agree(crawled):
    target, *_ = crawled
    everything = search_json(target, "")
    assert everything["total"] == len(ARTICLES)
    top = everything["facets"]["people"][0]
    filtered = search_json(target, "", "--person", top["value"])
    assert filtered["total"] == top["count"]
    with open_index(target) as index:
        # the facet's value is an identity: every hit holds one of its keys
        ident = registry(index).find(top["value"])
        assert ident is not None and ident.key == top["value"]
        for hit in filtered["hits"]:
            keys = {p["key"] for p in index.get(hit["id"])["people"]}
            assert keys & set(ident.keys)


def test_region_filter_by_name_equals_filter_by_code(crawled):
    target, *_ = crawled
    facets = search_json(target, "")["facets"]["regions"]
    kaluga = next(f for f in facets if f["value"] == "RU-KLU")
    by_code = search_json(target, "", "--region", "RU-KLU")
    by_name = search_json(target, "", "--region", "Калужской области")
    assert by_code["total"] == by_name["total"] == kaluga["count"] > 0


def test_date_filter_and_participants(crawled):
    target, *_ = crawled
    since = search_json(target, "", "--since", "2019-01-01")
    assert since["total"] == sum(1 for a in ARTICLES if a.published.isoformat() >= "2019-01-01")
    with open_index(target) as index:
        crowded = index.search(SearchQuery(figure_role="participants", figure_min=100, limit=50))
        assert crowded.total > 0
        for hit in crowded.hits:
            roles = [f for f in index.get(hit.id)["figures"] if f["role"] == "participants"]
            assert max(f["value"] for f in roles) >= 100


def test_export_matches_extract_for_each_body(crawled, tmp_path):
    target, *_ = crawled
    out = tmp_path / "all.jsonl"
    assert dumawatch("export", "-o", str(out), "--index", target).returncode == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    sample = docs[:3]
    lines = "".join(
        json.dumps({"id": d["id"], "text": d["body"], "published_at": d["published_at"]},
                   ensure_ascii=False) + "\n"
        for d in sample
    )  # fmt: skip
    proc = dumawatch("extract", "--workers", "1", stdin=lines)
    assert proc.returncode == 0, proc.stderr
    for doc, line in zip(sample, proc.stdout.splitlines(), strict=True):
        extracted = json.loads(line)
        for field in ("entities", "people", "regions", "dates", "figures"):
            assert doc[field] == extracted[field], field


def test_unreachable_site_is_a_one_line_error(tmp_path):
    proc = dumawatch("crawl", "http://127.0.0.1:9/", "--index", f"sqlite:///{tmp_path}/x.db", *FAST)
    assert "127.0.0.1:9" in one_line_error(proc)


def test_non_html_start_page_is_refused(site, tmp_path):
    proc = dumawatch(
        "crawl", site.base_url + "/upload/budget-2019.pdf", "--index", f"sqlite:///{tmp_path}/x.db",
        *FAST,
    )  # fmt: skip
    one_line_error(proc)


def test_scrapy_crawl_command_runs_the_same_spider(site, tmp_path):
    target = f"sqlite:///{tmp_path}/scrapy.db"
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_url={site.base_url}/news/",
         "-s", f"INDEX_TARGET={target}", "-s", "LOG_LEVEL=WARNING", "-s", "MAX_PAGES=8",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    with open_index(target) as index:
        titles = {d["title"] for d in index.iter_documents()}
    assert titles and titles <= {a.title for a in ARTICLES}


def test_runs_and_alerts_recorded(crawled):
    _, first, again, state = crawled
    runs = json.loads(dumawatch("runs", "--state", state, "--json").stdout)
    assert [(r["new"], r["status"]) for r in runs] == [(0, "finished"), (len(ARTICLES), "finished")]
    alerts = json.loads(dumawatch("alerts", "--state", state, "--json").stdout)
    mentioned = {a.title for a in ARTICLES if re.search(r"Петров", a.body, re.IGNORECASE)}
    assert {a["title"] for a in alerts} <= mentioned
    assert len(alerts) >= len(mentioned) // 2 > 0
    assert "оповещений 0" in again and f"оповещений {len(alerts)}" in first
