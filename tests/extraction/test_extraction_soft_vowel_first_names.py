"""An unknown man's first name whose stem ends in a vowel and -й (Назбий, Мирзай) is put in
the nominative with -й, not -ь: «Урусову Назбию Магометовичу», «Назбия Урусова». Near misses:
consonant stems keep their endings («Ильсуру» -> Ильсур, «Ильфата» -> Ильфат), known names
stay as pymorphy3 has them («Виталию» -> Виталий)."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> list[tuple]:
    return [(p["last"], p["first"], p["middle"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Медаль вручена Абазову Зурабию Хасановичу, председателю совета ветеранов.",
            [("Абазов", "Зурабий", "Хасанович")],
        ),
        ("Совет поздравил Зурабия Абазова с юбилеем.", [("Абазов", "Зурабий", None)]),
        ("Встреча с Зурабием Абазовым прошла в районе.", [("Абазов", "Зурабий", None)]),
        ("Жители поздравили Мирзая Гусейнова.", [("Гусейнов", "Мирзай", None)]),
        (
            "Глава наградил председателя совета ветеранов района Зурабия Абазова.",
            [("Абазов", "Зурабий", None)],
        ),
    ],
)
def test_vowel_stem_names(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Грамоту вручили Ильсуру Хисматуллину.", [("Хисматуллин", "Ильсур", None)]),
        ("Жители поздравили Ильфата Черных.", [("Черных", "Ильфат", None)]),
        ("Грамоту вручили Виталию Петрову.", [("Петров", "Виталий", None)]),
        (
            "Глава наградил председателя совета ветеранов района Рамиля Гарипова.",
            [("Гарипов", "Рамиль", None)],
        ),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected
