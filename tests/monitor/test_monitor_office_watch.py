"""Office watches: a new holder or a holder's new status alerts once; mentions alone do not;
an article older than what the watch knows changes nothing."""

from __future__ import annotations

import copy
import json

from monitor.alerts import list_alerts, process_new_documents
from monitor.state import open_state
from monitor.watchlists import add_entry, create_watchlist
from search import open_index
from tests.app.test_cli import dumawatch
from tests.search.contract.test_officials_contract import (
    KRYLOV,
    ORLOVA,
    registry_docs,
    with_statuses,
)


def changes_of(alert: dict) -> list[tuple[str, str, str]]:
    return [(c["person"]["key"], c["change"], c["status"]) for c in alert["changes"]]


def test_new_holders_and_status_changes_alert_once(tmp_path) -> None:
    first, handover, duma = with_statuses(registry_docs())
    later = copy.deepcopy(handover)  # another article a month on: nothing new about the office
    later["id"], later["published_at"] = "later-article", "2019-07-10"
    older = copy.deepcopy(first)  # an article from before, read last
    older["id"], older["published_at"] = "older-article", "2017-05-01"
    older["people"][0]["posts"][0]["status"] = "elect"
    with (
        open_index(f"sqlite:///{tmp_path}/index.db") as index,
        open_state(tmp_path / "state.db") as state,
    ):
        wl = create_watchlist(state, "Администрация")
        add_entry(state, wl["id"], "", office={"title": "главы", "place": "Зареченска"})

        def process(*docs: dict) -> list[dict]:
            report = index.upsert(list(docs))
            return process_new_documents(state, index, report.new + report.updated, deliver=False)

        assert [changes_of(a) for a in process(first, duma)] == [
            [(KRYLOV, "new_holder", "current")]
        ]
        [alert] = process(handover)
        assert changes_of(alert) == [
            (ORLOVA, "new_holder", "current"),
            (KRYLOV, "status", "former"),
        ]
        assert alert["changes"][1]["previous_status"] == "current"
        assert process(later) == []
        assert process(older) == []
        stored = list_alerts(state, watchlist_id=wl["id"])
        assert [a["doc_id"] for a in stored] == [handover["id"], first["id"]]


def test_watch_add_office_from_the_command_line(tmp_path) -> None:
    state = str(tmp_path / "state.db")
    added = dumawatch("watch", "add", "--office", "глава", "--place", "Зареченск", "--state", state)
    assert added.returncode == 0, added.stderr
    assert "глава — Зареченск" in added.stdout
    listed = json.loads(dumawatch("watch", "list", "--json", "--state", state).stdout)
    assert listed[0]["entries"][0]["office"] == {
        "title": "глава",
        "place": "Зареченск",
        "org": None,
    }
    with open_index(f"sqlite:///{tmp_path}/index.db") as index, open_state(state) as st:
        report = index.upsert(with_statuses(registry_docs()))
        process_new_documents(st, index, report.new, deliver=False)
    shown = dumawatch("alerts", "--state", state)
    assert shown.returncode == 0, shown.stderr
    assert "Нина Петровна Орлова: новый в должности" in shown.stdout
    assert "статус: current → former" in shown.stdout


def test_a_watched_office_is_found_however_the_post_names_it() -> None:
    from monitor.offices import holders_in

    office = {"title": "глава администрации", "org": None, "place": "Зареченск"}
    doc = {
        "id": "d1",
        "people": [
            {
                "key": "krylov_pavel",
                "name": "Павел Крылов",
                "posts": [{"title": "глава", "org": "администрация", "place": "Зареченск"}],
            },
            {
                "key": "orlova_nina",
                "name": "Нина Орлова",
                "posts": [{"title": "глава", "org": None, "place": "Зареченск"}],
            },
        ],
    }
    assert [(p["key"], status) for p, status in holders_in(office, doc)] == [
        ("krylov_pavel", "current")
    ]


def test_a_placeless_post_holds_the_office_of_the_town_the_article_is_about() -> None:
    from monitor.offices import holders_in

    office = {"title": "глава", "org": None, "place": "Зареченск"}

    def article(*places: str) -> dict:
        return {
            "id": "d2",
            "entities": [{"type": "LOC", "text": p, "normal": p} for p in places],
            "people": [
                {
                    "key": "orlova_nina",
                    "name": "Нина Орлова",
                    "posts": [{"title": "глава города", "org": None, "place": None}],
                },
                {
                    "key": "krylov_pavel",
                    "name": "Павел Крылов",
                    "posts": [{"title": "глава района", "org": None, "place": None}],
                },
            ],
        }

    held = holders_in(office, article("Зареченске", "Зареченск", "Калуга"))
    assert [p["key"] for p, _ in held] == ["orlova_nina"]
    assert holders_in(office, article("Калуга", "Калуги", "Зареченск")) == []
    assert holders_in(office, article("Калуга", "Зареченск")) == []  # no leading place


def test_a_city_body_named_by_its_town_adjective_is_in_that_town() -> None:
    from monitor.offices import holders_in

    office = {"title": "председатель", "org": "Городская Дума", "place": "Калуга"}
    doc = {
        "id": "d3",
        "people": [
            {
                "key": "smirnov_oleg",
                "name": "Олег Смирнов",
                "posts": [{"title": "председатель", "org": "Калужская Городская Дума"}],
            },
            {
                "key": "lapin_igor",
                "name": "Игорь Лапин",
                "posts": [{"title": "председатель", "org": "Тульская Городская Дума"}],
            },
        ],
    }
    assert [(p["key"], status) for p, status in holders_in(office, doc)] == [
        ("smirnov_oleg", "current")
    ]
