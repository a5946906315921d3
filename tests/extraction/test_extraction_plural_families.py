"""Two people of one family named with the surname said once, in the plural, in any case:
«Хабир и Алсу Мухарлямовы», «поздравил Ивана и Марию Петровых», «вручили Ильдару и Гульнаре
Сабировым». Each gets his or her own singular nominative; a first name slovnet leaves untagged
before «и» is a person too. Near misses: a lone surname in -ых, and one person's «Алексей
Боровых», stay as written."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return sorted(p["name"] for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Медалью «Родительская слава» награждены Ринат и Зульфия Гайнуллины из Арска.",
            ["Зульфия Гайнуллина", "Ринат Гайнуллин"],
        ),
        (
            "Глава поселения поздравил Степана и Ольгу Кузнецовых с золотой свадьбой.",
            ["Ольга Кузнецова", "Степан Кузнецов"],
        ),
        (
            "Благодарственные письма вручили Айрату и Лилии Хасановым.",
            ["Айрат Хасанов", "Лилия Хасанова"],
        ),
        (
            "Орденом награждены Фёдор и Анна Беловы, воспитавшие девятерых детей.",
            ["Анна Белова", "Фёдор Белов"],
        ),
    ],
)
def test_a_plural_surname_is_each_ones_own(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Слово предоставили Алексею Боровых, директору школы.", ["Алексей Боровых"]),
        ("Выступили Игорь Седых и Анна Черных.", ["Анна Черных", "Игорь Седых"]),
    ],
)
def test_a_surname_in_ykh_stays(text: str, expected: list[str]) -> None:
    assert names(text) == expected
