"""More words of a population: «обитать» («в деревне обитает 86 человек») and the statistics'
«постоянное место жительства в области имеют N человек» count residents."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В хуторе Заречном обитает всего 57 человек.", [(57, "residents")]),
        ("Сейчас в старом посёлке обитают около 900 жителей.", [(900, "residents")]),
        (
            "На 1 января постоянное место жительства в округе имеют 41 200 человек.",
            [(41200, "residents")],
        ),
        (
            "По данным статистиков, место жительства в Верхнекамском районе имеют 12 тысяч "
            "граждан.",
            [(12000, "residents")],
        ),
    ],
)
def test_population_words(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «по месту жительства» beside a vote names where they voted, not a population
        ("По месту жительства проголосовали 300 человек.", [(300, "voters")]),
        # the place of residence of those who came: they took part in the meeting
        (
            "На встречу по месту жительства пришли 45 человек.",
            [(45, "participants")],
        ),
    ],
)
def test_near_misses_keep_their_roles(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
