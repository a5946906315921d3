"""An event that «насчитывает» people counts those who took part in it («шествие насчитывало
900 человек»); a place counts its population and a club or a body its members."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В прошлом году шествие насчитывало около 900 человек.", [(900, "participants")]),
        ("Акция памяти в Заречье насчитывала более 2 тысяч человек.", [(2000, "participants")]),
        ("Первый городской забег насчитывал всего 60 бегунов.", [(60, "participants")]),
    ],
)
def test_an_event_counts_those_taking_part(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Посёлок насчитывает 900 человек.", [(900, "residents")]),
        ("Библиотека насчитывает 900 читателей.", [(900, "members")]),
        ("Клуб, который организует фестиваль, насчитывает 120 человек.", [(120, "members")]),
    ],
)
def test_places_and_clubs_keep_their_roles(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
