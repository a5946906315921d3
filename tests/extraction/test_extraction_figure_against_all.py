"""The ballot's «против всех» option is a line of an election's results, not the side
against of a tally: «Против всех – 41 голос» gives no tally; «против» of a council's tally,
even after «против всех поправок» in the same sentence, stays the side against."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    "text",
    [
        "Результаты выборов старосты распределились так:\nПротив всех - 41 голос;\n"
        "Ирина Зимина - 97 голосов.",
        "На выборах главы сельсовета «Против всех» – 41 голос.",
    ],
)
def test_the_against_all_option_is_no_tally(text: str) -> None:
    assert read(text)[1] == []


def test_near_miss_against_in_a_council_tally_stays() -> None:
    text = "Фракция выступила против всех поправок к бюджету: против – 16, за – 3."
    assert read(text)[1] == [(3, 16, None)]
