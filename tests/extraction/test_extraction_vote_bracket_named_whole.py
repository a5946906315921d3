"""A bracketed tally of a small council names its whole: «большинством голосов (11 из 12
депутатов)» gives 11 for out of the 12 present, as «(29 из 31)» does; a seat share in brackets
without a vote is no tally."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        (
            "Большинством голосов (9 из 11 депутатов) главой поселения избрана Ольга Седова.",
            [(9, "votes_for"), (11, "attendees")],
            [(9, None, None)],
        ),
        (
            "Решение о тарифах принято (14 из 15 присутствующих).",
            [(14, "votes_for"), (15, "attendees")],
            [(14, None, None)],
        ),
    ],
)
def test_a_bracketed_part_of_a_named_whole_is_a_tally(text, people, tallies) -> None:
    assert people_and_tallies(text) == (people, tallies)


def test_a_bracketed_seat_share_is_no_tally() -> None:
    assert people_and_tallies("Партия получила большинство мест (17 из 30 депутатов).")[1] == []
