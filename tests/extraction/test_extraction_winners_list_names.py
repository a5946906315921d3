"""Lists of winners in Buryat and Yakut district news: «Surname Firstname, Village» lines.
A surname's suffix on a word pymorphy3 does not know, before a word that has none, is the
surname first («Тогмитов Гэндэн»); the one or two capitalised words after the name's comma up
to the end of the line, with no surname's suffix and no known first name, are a village, not a
person. Near misses: a surname after the comma stays a person; a name in running text keeps
its order."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.names import split_name


def people(text: str) -> list[tuple]:
    return sorted((p["last"], p["first"]) for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Итоги турнира по стрельбе из лука:\n"
            "1 место - Жамбалов Гэндэн, Бургуй\n"
            "2 место - Очиров Дамбий, Санага\n"
            "3 место - Дамдинова Сэсэг, Ехэ - Цакир\n",
            [("Дамдинова", "Сэсэг"), ("Жамбалов", "Гэндэн"), ("Очиров", "Дамбий")],
        ),
    ],
)
def test_winners_with_villages(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Победители конкурса:\n1 место - Иванова Анна, Сидорова\n2 место - Петров Олег\n",
            [("Иванова", "Анна"), ("Петров", "Олег"), ("Сидорова", None)],
        ),
        (
            "На празднике выступили Гэндэн Жамбалов и Сэсэг Дамдинова.",
            [("Дамдинова", "Сэсэг"), ("Жамбалов", "Гэндэн")],
        ),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Дашицыренов", "Гэндэн"], ("Дашицыренов", "Гэндэн")),
        (["Бадмажапова", "Сэсэг"], ("Бадмажапова", "Сэсэг")),
        (["Гэндэн", "Дашицыренов"], ("Дашицыренов", "Гэндэн")),
        (["Иван", "Петров"], ("Петров", "Иван")),
    ],
)
def test_unknown_surname_first(words: list[str], expected: tuple) -> None:
    name = split_name(words)
    assert (name.last, name.first) == expected
