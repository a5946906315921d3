"""Resignation and stand-in news: «На Илью Ивашова (на него) возложены полномочия главы города»
makes the person acting head; «прекращение полномочий заместителя председателя и депутата
Гордумы» ends both offices."""

from __future__ import annotations

import pytest

from .post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "На Тимура Хабибова возложены полномочия главы города.",
            "Хабибов",
            [("глава города", "acting")],
        ),
        (
            "На Тимура Хабибова временно возложено исполнение обязанностей главы района.",
            "Хабибов",
            [("глава района", "acting")],
        ),
        (
            "Первым заместителем главы назначен Тимур Хабибов. На него возложены полномочия "
            "главы района до выборов.",
            "Хабибов",
            [("первый заместитель главы", "current"), ("глава района", "acting")],
        ),
        (
            "Секретарём совета избрана Дина Мурзина. На неё временно возложены обязанности "
            "председателя совета.",
            "Мурзина",
            [("секретарь совета", "current"), ("председатель совета", "acting")],
        ),
    ],
)
def test_duties_laid_on_a_person(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no duties of a post, or a pronoun of the other gender
        "На Тимура Хабибова возложена ответственность за уборку улиц.",
        "Секретарём совета избрана Дина Мурзина. На него возложены обязанности председателя.",
    ],
)
def test_no_acting_post_without_duties_of_the_person(text: str) -> None:
    last = "Хабибов" if "Хабибова" in text else "Мурзина"
    assert all(status != "acting" for _, status in posts_of(text, last))


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Депутаты поддержали решение Сергея Бойко о досрочном прекращении полномочий "
            "заместителя председателя и депутата Гордумы.",
            [("заместитель председателя", "former"), ("депутат", "former")],
        ),
        (
            "Сергей Бойко сложил полномочия председателя и депутата районного совета.",
            [("председатель", "former"), ("депутат районного совета", "former")],
        ),
    ],
)
def test_ended_powers_of_two_offices(text: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, "Бойко") == posts


def test_an_aide_of_a_chair_and_a_deputy_stays_one_post() -> None:
    """Near miss: «помощник председателя и депутата» may be the deputy's aide: one post."""
    text = "Помощник председателя и депутата Сергей Бойко выступил."
    assert posts_of(text, "Бойко") == [("помощник председателя и депутата", "current")]
