"""Election results by district: «Депутатом Думы по округу № 37 избран Анатолий Котов. По округу
№ 38 избран Леонид Сомов» — the second sentence, only a district before «избран», repeats the
office. A place cut to its adjectives before «избирательному округу» names no place."""

from __future__ import annotations

import pytest

from extraction import extract

from .post_reading import PUBLISHED, posts_of


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "Депутатом городской думы по округу № 5 избран Тимур Галеев. По округу № 6 "
            "избрана Дина Мурзина.",
            "Мурзина",
            [("депутат городской думы", "current")],
        ),
        (
            "Депутатом Государственной Думы по Лесному одномандатному избирательному округу "
            "№ 37 избран Павел Мухин. По Речному одномандатному избирательному округу № 38 "
            "избран Глеб Тихонов.",
            "Тихонов",
            [("депутат", "current")],
        ),
    ],
)
def test_a_district_only_sentence_repeats_the_office(
    text: str, last: str, posts: list[tuple[str, str]]
) -> None:
    assert posts_of(text, last) == posts


def test_no_district_before_no_repeated_office() -> None:
    """Near miss: the sentence before named a chair, not a district's deputy."""
    text = "Председателем совета избран Тимур Галеев. По округу № 6 избрана Дина Мурзина."
    assert posts_of(text, "Мурзина") == []


def test_adjectives_of_a_district_are_no_place() -> None:
    text = (
        "Депутатом Государственной Думы по Лесному одномандатному избирательному округу № 37 "
        "избран Павел Мухин."
    )
    person = next(p for p in extract(text, PUBLISHED)["people"] if p["last"] == "Мухин")
    assert [(q["title"], q["place"]) for q in person["posts"]] == [("депутат", None)]
