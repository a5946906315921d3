"""Shapes of appointment news and short biographies: several offices of one person in one
line («главой района – главой администрации», «заместителем председателя и руководителем
фракции»), a career told as dated dashes («…, с 2019 года – первый заместитель главы»), a span
of years opening the sentence, adverbs before «возглавил» and «до этого дня» before a
participle."""

from __future__ import annotations

import pytest

from .post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "Депутаты районного совета избрали главой района – главой администрации Олега "
            "Рыбакова.",
            "Рыбаков",
            [("глава района", "current"), ("глава администрации", "current")],
        ),
        (
            "Глава округа – глава администрации Тимур Галеев открыл заседание.",
            "Галеев",
            [("глава округа", "current"), ("глава администрации", "current")],
        ),
        (
            "Заместителем председателя и руководителем фракции стала Дарья Соколова.",
            "Соколова",
            [("заместитель председателя", "current"), ("руководитель фракции", "current")],
        ),
        (
            "Первым заместителем и председателем бюджетной комиссии избран Павел Мухин.",
            "Мухин",
            [("первый заместитель", "current"), ("председатель бюджетной комиссии", "current")],
        ),
    ],
)
def test_two_offices_in_one_line(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


def test_a_dash_before_a_name_is_not_a_second_office() -> None:
    """Near miss: «председатель комиссии – Мухин» names the holder, no second head."""
    assert posts_of("Председатель комиссии – Павел Мухин.", "Мухин") == [
        ("председатель комиссии", "current")
    ]


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "Олег Рыбаков – глава Сосновского сельсовета, с марта 2019 года – первый "
            "заместитель главы администрации района.",
            "Рыбаков",
            [
                ("глава", "former"),
                ("первый заместитель главы администрации района", "current"),
            ],
        ),
        (
            "Дарья Соколова с 2008 года работала учителем, с 2016 года – директор гимназии.",
            "Соколова",
            [("учитель", "former"), ("директор гимназии", "current")],
        ),
        (
            "Павел Мухин – начальник отдела, с 2015 года – заместитель главы, с 2021 года – "
            "глава города.",
            "Мухин",
            [
                ("начальник отдела", "former"),
                ("заместитель главы", "former"),
                ("глава города", "current"),
            ],
        ),
    ],
)
def test_a_career_told_in_dated_dashes(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


def test_a_dated_dash_without_a_post_adds_nothing() -> None:
    """Near miss: the dash after the date opens an event, not an office."""
    text = "Дарья Соколова – директор гимназии, в 2016 году – открытие нового корпуса."
    assert posts_of(text, "Соколова") == [("директор гимназии", "current")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("С 2009 по 2018 год Олег Рыбаков – глава Сосновского сельсовета.", "former"),
        ("В 2009–2018 годах Олег Рыбаков – глава Сосновского сельсовета.", "former"),
        # a span reaching the year of publication (2024) is no ended holding
        ("С 2019 по 2024 год Олег Рыбаков – глава Сосновского сельсовета.", "current"),
    ],
)
def test_a_span_of_years_opening_the_sentence(text: str, status: str) -> None:
    assert posts_of(text, "Рыбаков") == [("глава", status)]


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "Калининский район также впервые возглавил Тимур Галеев.",
            "Галеев",
            [("глава", "current")],
        ),
        (
            "Совет ветеранов уже возглавила Дарья Соколова.",
            "Соколова",
            [("председатель совета ветеранов", "current")],
        ),
        (
            "Павел Мухин, до этого дня руководивший Калининским районом, станет советником.",
            "Мухин",
            [("глава", "former")],
        ),
        (
            "Павел Мухин, до недавнего времени руководивший Калининским районом, станет "
            "советником.",
            "Мухин",
            [("глава", "former")],
        ),
    ],
)
def test_words_between_the_office_and_its_verb(
    text: str, last: str, posts: list[tuple[str, str]]
) -> None:
    assert posts_of(text, last)[: len(posts)] == posts


def test_heading_a_delegation_is_no_office() -> None:
    """Near miss: the adverbs are skipped, yet a delegation names no office."""
    assert posts_of("Делегацию также впервые возглавил Тимур Галеев.", "Галеев") == []
