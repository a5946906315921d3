"""A population recorded in a place: «в районе зафиксировано 44 196 граждан», and «там»,
«здесь» after a sentence naming the place («Второе место занял Тарский район. Там
зарегистрировано 39 329 человек»); plain people only, away from events and elections."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На начало года в Озёрском районе зафиксировано 18 240 граждан.", [(18240, "residents")]),
        (
            "Меньше всех потерял Луговской район. Там зарегистрировано 9 115 человек.",
            [(9115, "residents")],
        ),
        (
            "Третьим идёт город Берёзовск: здесь учтено около 61 тысячи жителей.",
            [(61000, "residents")],
        ),
    ],
)
def test_a_population_recorded_in_a_place(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of people, not the population
        ("В посёлке зарегистрировано 140 безработных граждан.", [(140, "other")]),
        # an election's electorate
        ("На выборах в округе зарегистрировано 27 000 избирателей.", [(27000, "other")]),
        # registered at an event named just before
        (
            "Слёт прошёл в Луговском районе. Там зарегистрировано 350 участников.",
            [(350, "participants")],
        ),
    ],
)
def test_near_misses_are_no_population(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
