"""Watchlists from the command line: ids shown, names or ids accepted, edit and remove, one
alert per watched person and document, alerts newest article first with paging."""

from __future__ import annotations

import json

import pytest

from monitor.alerts import process_new_documents
from monitor.state import open_state
from search import open_index
from tests.app.test_api_corpus import BELOVA, corpus
from tests.app.test_cli import dumawatch, one_line_error


@pytest.fixture
def state(tmp_path) -> str:
    return str(tmp_path / "state.db")


def watch(state: str, *args: str):
    return dumawatch("watch", *args, "--state", state)


def test_list_shows_ids_and_constraints_and_edit_remove_take_names_or_ids(state) -> None:
    added = watch(state, "add", "Елена Белова", "--watchlist", "Дума", "--post", "депутат")
    assert added.returncode == 0, added.stderr
    assert "(список 1, запись 1)" in added.stdout
    assert watch(state, "add", "Андрей Соколов", "--watchlist", "1").returncode == 0  # list id

    listed = watch(state, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Дума (список 1):" in listed.stdout
    assert "1. Елена Белова (должности: депутат)" in listed.stdout
    assert "2. Андрей Соколов" in listed.stdout

    edited = watch(state, "edit", "Андрей Соколов", "--alias", "Соколов А.В.", "--region", "RU-KLU")
    assert edited.returncode == 0, edited.stderr
    entries = json.loads(watch(state, "list", "--json").stdout)[0]["entries"]
    assert entries[1]["aliases"] == ["Соколов А.В."] and entries[1]["regions"] == ["RU-KLU"]

    assert watch(state, "remove", "1").returncode == 0
    removed = watch(state, "remove", "Соколов А.В.", "--watchlist", "Дума")  # by alias
    assert removed.returncode == 0, removed.stderr
    assert json.loads(watch(state, "list", "--json").stdout)[0]["entries"] == []


def test_unknown_or_ambiguous_references_are_one_line_errors(state) -> None:
    watch(state, "add", "Петров")
    watch(state, "add", "Петров", "--post", "глава")
    assert "нескольким записям (1, 2)" in one_line_error(watch(state, "remove", "Петров"))
    assert "нет записи" in one_line_error(watch(state, "edit", "Сидоров", "--rename", "X"))
    assert "нет списка наблюдения 'Другой'" in one_line_error(
        dumawatch("alerts", "--watchlist", "Другой", "--state", state)
    )
    assert "нужен --rename" in one_line_error(watch(state, "edit", "1"))


def test_two_entries_for_one_person_alert_once_and_alerts_page_newest_first(
    state, tmp_path
) -> None:
    watch(state, "add", "Елена Белова", "--watchlist", "Дума")
    watch(state, "add", "Белова", "--watchlist", "Дума")  # the same person, a shorter form
    docs = corpus()
    with open_index(f"sqlite:///{tmp_path}/index.db") as index, open_state(state) as st:
        report = index.upsert(docs)
        created = process_new_documents(st, index, report.new, deliver=False)
    with_belova = [d for d in docs if any(p["key"] == BELOVA for p in d["people"])]
    assert len(created) == len(with_belova) == 3

    shown = dumawatch("alerts", "--watchlist", "Дума", "--json", "--state", state)
    assert shown.returncode == 0, shown.stderr
    dates = [a["published_at"] for a in json.loads(shown.stdout)]
    newest_first = sorted((d["published_at"] or "" for d in with_belova), reverse=True)
    assert [d or "" for d in dates] == newest_first
    page = dumawatch("alerts", "--watchlist", "1", "--limit", "1", "--offset", "1", "--json",
                     "--state", state)  # fmt: skip
    assert [a["published_at"] for a in json.loads(page.stdout)] == dates[1:2]
    assert dates[0] is not None  # an undated article goes last, not first
