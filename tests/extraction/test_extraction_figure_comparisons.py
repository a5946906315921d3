"""A bare number set against another time's count («против нынешних 7 900», «против
прошлогодних 1 100») counts the same noun; a «против» in a tally stays a side, no comparison."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import figures_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пять лет назад в школы района ходили 8 420 учеников против нынешних 7 150.",
            [(8420, "ученик"), (7150, "ученик")],
        ),
        (
            "В этом году в лагерях отдохнули 1 240 детей против прошлогодних 1 100.",
            [(1240, "ребёнок"), (1100, "ребёнок")],
        ),
        (
            "В этом году в посёлке работают 14 фельдшеров против прежних 9.",
            [(14, "фельдшер"), (9, "фельдшер")],
        ),
    ],
)
def test_a_count_set_against_another_times_takes_its_noun(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _ in figures_and_tallies(text)[0]] == expected


def test_a_tally_side_is_no_comparison() -> None:
    figures, tallies = figures_and_tallies("Решение поддержали 19 депутатов, против – 3.")
    assert figures == [(19, "депутат", "votes_for"), (3, "депутат", "votes_against")]
    assert tallies == [(19, 3, None)]
