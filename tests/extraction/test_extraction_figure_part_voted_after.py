"""The part of a gathering that voted are voters, whether the verb stands before the part
(«проголосовали 97 из них») or after it («из них 70 проголосовали за самообложение»); a
public vote is no council tally. The part of deputies at a sitting stays a tally, and a part
that only spoke stays participants."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    "text",
    [
        "На сход в деревне Липовка пришли 63 жителя, из них 58 проголосовали за самообложение.",
        "Пришедших на сход было 41 человек. Из них 39 проголосовали за.",
    ],
)
def test_a_part_of_a_gathering_that_voted_are_voters(text: str) -> None:
    people, tallies = people_and_tallies(text)
    assert [role for _, role in people] == ["participants", "voters"]
    assert tallies == []


def test_a_part_of_deputies_at_a_sitting_stays_a_tally() -> None:
    people, tallies = people_and_tallies(
        "На заседании присутствовали 19 депутатов, из них 17 проголосовали за."
    )
    assert people == [(19, "attendees"), (17, "votes_for")]
    assert tallies == [(17, None, None)]


def test_a_part_that_spoke_stays_participants() -> None:
    people, _ = people_and_tallies("На встречу пришли 40 жителей, из них 12 выступили.")
    assert people == [(40, "participants"), (12, "participants")]
