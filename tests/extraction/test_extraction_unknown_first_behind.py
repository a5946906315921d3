"""School and contest lists write the surname first: «Прокопьева Сайаана», «Егоров Айтал».
A surname pymorphy3 knows before a word it knows nothing of (a Yakut, Buryat or Tatar first
name, not even guessed as a surname) is that order; slovnet's two halves of such a name
(«Яковлева» + «Варя») are one person. Near misses: a known first name before an unknown
surname keeps the usual order; two surnames side by side are not swapped."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Первое место заняла ученица 6 класса Прокопьева Сайаана.", "Сайаана Прокопьева"),
        ("Второе место у ученика 8 класса Егоров Айтал.", "Айтал Егоров"),
        (
            "Призёрами стали ученица 4 класса Яковлева Варя и ученик 3 класса Семёнов Дьулус.",
            "Варя Яковлева",
        ),
    ],
)
def test_surname_first_before_an_unknown_first_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known first name before an unknown surname: the usual order
        ("С докладом выступил Айсен Сахаядов.", "Айсен Сахаядов"),
        ("Совещание провёл Сергей Куйвашев.", "Сергей Куйвашев"),
    ],
)
def test_usual_order_stays(text: str, name: str) -> None:
    assert name in names(text)
