"""«В Лесном комиссию возглавила Тучина, в Озёрске – Смелова»: a gapped list whose parts differ
only by a place gives the later name the same post in that place; a bracketed aside after the
first name and an age word before it do not break the list."""

from __future__ import annotations

from extraction import extract
from tests.extraction.post_reading import PUBLISHED, posts_of


def _posts(text: str, last: str) -> list[tuple[str, str | None]]:
    person = next(p for p in extract(text, PUBLISHED)["people"] if p["last"] == last)
    return [(p["title"], p["place"]) for p in person["posts"]]


def test_a_place_stands_for_the_post_in_that_place() -> None:
    text = "В Светлогорске комиссию возглавила Дарья Мохова, в Озёрске – Инга Кравец."
    assert _posts(text, "Кравец") == [("председатель комиссии", "Озёрск")]


def test_an_aside_after_the_first_name() -> None:
    text = (
        "В Светлогорске комиссию возглавила 41-летняя Дарья Мохова (прежде она руководила "
        "школой), в Озёрске – Инга Кравец."
    )
    assert posts_of(text, "Мохова")[0] == ("председатель комиссии", "current")
    assert _posts(text, "Кравец") == [("председатель комиссии", "Озёрск")]


def test_a_place_that_is_no_place_entity_gives_nothing() -> None:
    text = "Комиссию возглавила Дарья Мохова, в президиуме – Инга Кравец."
    assert posts_of(text, "Кравец") == []
