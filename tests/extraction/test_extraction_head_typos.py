"""A post head misspelt by one letter still names the post, written as the word it
misspells; names and short or ambiguous words are never corrected."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.head_typos import head_typo


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [q["title"] for q in p["posts"]] for p in extract(text)["people"]}


@pytest.mark.parametrize(
    ("word", "fixed"),
    [
        ("заметители", "заместители"),  # a letter left out
        ("Преседатель", "председатель"),
        ("руководитль", "руководитель"),
        ("губернатрр", "губернатор"),  # a letter replaced
        ("помошник", "помощник"),
        ("начвльнка", None),  # two letters off
        ("заместителя", None),  # spelt right
        ("Ивановым", None),  # a name
        ("депуттаы", None),  # letters swapped: too far
        ("мэрр", None),  # too short to tell
    ],
)
def test_one_letter_off_a_long_post_head(word: str, fixed: str | None) -> None:
    assert head_typo(word) == fixed


def test_a_misspelt_plural_head_still_shares_its_post() -> None:
    text = "Вместо главы выступали его заметители Ильдар Сабиров и Олеся Кравец."
    assert posts(text) == {"Ильдар Сабиров": ["заместитель"], "Олеся Кравец": ["заместитель"]}


def test_a_misspelt_head_gives_the_title_spelt_right() -> None:
    text = "Руководитль аппарата районной администрации Тамара Жильцова напомнила о сроках."
    assert posts(text) == {"Тамара Жильцова": ["руководитель аппарата районной администрации"]}
