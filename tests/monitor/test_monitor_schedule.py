"""Scheduler, runs and watchlist matching against a real state store and a real SQLite index."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crawler.run import CrawlReport
from monitor.alerts import list_alerts
from monitor.runs import list_runs
from monitor.scheduler import next_due, run_due_once
from monitor.state import open_state
from monitor.watchlists import Entry, add_entry, create_watchlist
from search import open_index
from search.target import IndexSpec
from tests.app.test_api_corpus import BELOVA, KRYLOV, SOKOLOV, corpus


class CorpusCrawl:
    """Stands in for ``crawler.run.crawl``: indexes the hand-written corpus, a few docs a call."""

    def __init__(self, per_call: int) -> None:
        self.docs = corpus()
        self.per_call = per_call
        self.calls: list[tuple[list[str], str | None]] = []

    def __call__(self, start_urls, index: IndexSpec, *, source=None, **_: object) -> CrawlReport:
        self.calls.append((list(start_urls), source))
        batch, self.docs = self.docs[: self.per_call], self.docs[self.per_call :]
        with index.open() as backend:
            up = backend.upsert(batch)
        return CrawlReport(
            pages=len(batch) + 1,
            articles=len(batch),
            new=len(up.new),
            updated=len(up.updated),
            new_ids=up.new,
            updated_ids=up.updated,
        )


@pytest.fixture
def state(tmp_path):
    with open_state(tmp_path / "state.db") as st:
        yield st


def test_due_sources_run_once_per_slot_and_survive_restart(tmp_path, state) -> None:
    target = f"sqlite:///{tmp_path}/index.db"
    wl = create_watchlist(state, "Дума")
    add_entry(state, wl["id"], "Соколов")
    sources = [
        {
            "name": "duma",
            "start_urls": ["https://duma.example.ru/news/"],
            "schedule": "0 * * * *",
            "alert_first_crawl": True,  # the first crawl alerts too (see the baseline test)
        },
        {"name": "manual", "start_urls": ["https://x.example.ru/"], "schedule": None},
    ]
    crawl = CorpusCrawl(per_call=2)
    t0 = datetime(2024, 5, 1, 10, 15, tzinfo=UTC)
    runs = run_due_once(state, target, sources=sources, now=t0, crawl=crawl)
    assert [r["source"] for r in runs] == ["duma"] and crawl.calls[0][1] == "duma"
    assert runs[0]["new"] == 2 and runs[0]["status"] == "finished"
    assert runs[0]["alerts"] == 2  # documents 1 and 2 both mention Соколов
    # Same hour: not due again, even from a freshly opened store (a restarted process).
    state.close()
    with open_state(tmp_path / "state.db") as reopened:
        assert (
            run_due_once(
                reopened, target, sources=sources, now=t0 + timedelta(minutes=30), crawl=crawl
            )
            == []
        )
        later = run_due_once(
            reopened, target, sources=sources, now=t0 + timedelta(hours=1), crawl=crawl
        )
        assert len(later) == 1 and len(crawl.calls) == 2
        history = list_runs(reopened)
        assert [r["id"] for r in history] == [later[0]["id"], runs[0]["id"]]
        assert all(r["trigger"] == "schedule" and r["finished_at"] for r in history)
        assert {a["person_key"] for a in list_alerts(reopened)} == {SOKOLOV}


def test_a_new_sources_first_crawl_is_a_baseline_and_the_next_one_alerts(tmp_path, state) -> None:
    """The archive a new source brings is not news: its first crawl raises no alert; what the
    next crawl finds does."""
    target = f"sqlite:///{tmp_path}/index.db"
    wl = create_watchlist(state, "Дума")
    add_entry(state, wl["id"], "Крылов")  # in documents 1 (first crawl) and 4 (second)
    # the corpus documents carry this source name, as the crawler gives a named source's
    sources = [{"name": "duma-zarechensk", "start_urls": ["https://duma.example.ru/"],
                "schedule": "0 * * * *"}]  # fmt: skip
    crawl = CorpusCrawl(per_call=2)
    t0 = datetime(2024, 5, 1, 10, 15, tzinfo=UTC)
    (first,) = run_due_once(state, target, sources=sources, now=t0, crawl=crawl)
    assert first["new"] == 2 and first["alerts"] == 0 and list_alerts(state) == []
    assert "без оповещений" in first["message"]
    (second,) = run_due_once(
        state, target, sources=sources, now=t0 + timedelta(hours=1), crawl=crawl
    )
    assert second["new"] == 2 and second["alerts"] == 1 and not second["message"]
    assert [a["person_key"] for a in list_alerts(state)] == [KRYLOV]


def test_a_failing_crawl_is_recorded_and_not_retried_until_next_slot(tmp_path, state) -> None:
    def broken(*args: object, **kwargs: object) -> CrawlReport:
        raise ConnectionError("site down")

    target = f"sqlite:///{tmp_path}/x.db"
    sources = [{"name": "duma", "start_urls": ["https://d.example.ru/"], "schedule": "*/5 * * * *"}]
    t0 = datetime(2024, 5, 1, 10, 1, tzinfo=UTC)
    assert run_due_once(state, target, sources=sources, now=t0, crawl=broken) == []
    (run,) = list_runs(state)
    assert run["status"] == "failed" and "site down" in run["message"]
    assert run_due_once(state, target, sources=sources, now=t0, crawl=broken) == []
    assert len(list_runs(state)) == 1


def test_next_due_follows_cron() -> None:
    last = datetime(2024, 5, 1, 10, 15, tzinfo=UTC)
    assert next_due("30 6 * * *", last, last) == datetime(2024, 5, 2, 6, 30, tzinfo=UTC)
    assert next_due("30 6 * * *", None, last) == last


@pytest.mark.parametrize(
    ("name", "aliases", "posts", "expected"),
    [
        ("Белова Е.С.", [], [], {BELOVA}),
        ("Беловой Елены Сергеевны", [], [], {BELOVA}),
        ("Е. С. Белова", [], [], {BELOVA}),
        ("Белова Анна", [], [], set()),
        ("Крылов", [], ["глава администрации"], {KRYLOV}),
        ("Крылов", [], ["председатель"], set()),
        ("мэр", ["Павлом Ивановичем Крыловым"], [], {KRYLOV}),
        ("Соколов А.В.", [], ["председатель Думы"], {SOKOLOV}),
    ],
)
def test_entry_matches_people_in_every_case_form(name, aliases, posts, expected) -> None:
    entry = Entry(id=1, watchlist_id=1, name=name, aliases=aliases, posts=posts)
    found = {p["key"] for doc in corpus() for p in entry.matching_people(doc)}
    assert found == expected


def test_region_filter(tmp_path) -> None:
    entry = Entry(id=1, watchlist_id=1, name="Белова", regions=["Калужская область"])
    hits = [doc["id"] for doc in corpus() if entry.matching_people(doc)]
    assert len(hits) == 1  # only the ТОС article mentions both Белова and the region


@pytest.mark.slow
def test_scheduled_crawl_of_a_sources_yaml_entry(tmp_path) -> None:
    """The real crawler on the bundled sample site, due by its cron schedule in sources.yaml."""
    from sample_site.server import serve

    config = tmp_path / "sources.yaml"
    target = f"sqlite:///{tmp_path}/index.db"
    with serve() as site, open_state(tmp_path / "state.db") as state:
        config.write_text(
            "sources:\n"
            "  - name: zarechensk\n"
            f"    start_urls: ['{site.base_url}/news/']\n"
            "    schedule: '0 6 * * *'\n"
            "    delay: 0\n"  # a local site: no politeness wait
            "    alert_first_crawl: true\n",  # a new source's first crawl alerts only if asked
            encoding="utf-8",
        )
        wl = create_watchlist(state, "Дума")
        add_entry(state, wl["id"], "Васильева Е.В.")
        now = datetime(2024, 5, 1, 7, 0, tzinfo=UTC)
        (run,) = run_due_once(state, target, config_path=str(config), now=now)
        assert run["status"] == "finished" and run["source"] == "zarechensk"
        assert run["new"] == run["articles"] >= 15 and run["alerts"] >= 1
        alerts = list_alerts(state)
        assert len(alerts) == run["alerts"] and all("Васильев" in a["person_name"] for a in alerts)
        with open_index(target) as index:
            assert {d["source"] for d in index.iter_documents()} == {"zarechensk"}
        # Not due again until tomorrow's 06:00.
        assert (
            run_due_once(state, target, config_path=str(config), now=now + timedelta(hours=22))
            == []
        )
