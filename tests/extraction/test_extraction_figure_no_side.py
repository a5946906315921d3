"""A count followed by its own negated vote («трое не голосовали») is set apart (other), even
after a sentence about an earlier vote or the sitting that would pull it to the attendees."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В мае отставку не поддержали: за неё было лишь 11 депутатов. Во вторник за отставку "
            "проголосовали 19 из 22 присутствовавших, против высказался один, двое не голосовали.",
            ([(11, "votes_for"), (19, "votes_for"), (22, "attendees"), (1, "votes_against"),
              (2, "other")], [(11, None, None), (19, 1, None)]),
        ),
        (
            "На сессии присутствовали 22 депутата. За бюджет проголосовали 18, против – двое, "
            "ещё двое не участвовали в голосовании.",
            ([(22, "attendees"), (18, "votes_for"), (2, "votes_against"), (2, "other")],
             [(18, 2, None)]),
        ),
    ],
)  # fmt: skip
def test_a_count_that_took_no_side_is_set_apart(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected


def test_those_who_did_vote_stay_a_side() -> None:
    people, tallies = people_and_tallies(
        "Решение поддержали 15 депутатов, трое проголосовали против."
    )
    assert people == [(15, "votes_for"), (3, "votes_against")]
    assert tallies == [(15, 3, None)]
