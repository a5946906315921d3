"""A building's or an institution's capacity counts no people («школа рассчитана на 250
учеников», «детский сад на 500 ребят»); those who actually fill it stay a people count."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import figures_and_tallies, people_and_tallies


@pytest.mark.parametrize(
    "text",
    [
        "Новая школа рассчитана на 825 учеников.",
        "В микрорайоне Солнечном открылся детский сад на 320 ребят.",
        "Летом начнут строить лагерь на 150 детей.",
        "Корпус больницы рассчитан лишь на 60 пациентов.",
    ],
)
def test_a_capacity_is_no_people_count(text: str) -> None:
    assert people_and_tallies(text) == ([], [])
    assert [f[0] for f in figures_and_tallies(text)[0]] != []


def test_those_who_fill_the_place_stay_a_count() -> None:
    people, _ = people_and_tallies(
        "Школа в посёлке рассчитана на 400 учеников, а учатся в ней 530 детей."
    )
    assert people == [(530, "other")]


def test_a_crowd_that_came_to_a_school_stays_a_count() -> None:
    people, _ = people_and_tallies("На линейку в школу пришли 350 учеников и родителей.")
    assert [value for value, _ in people] == [350]
