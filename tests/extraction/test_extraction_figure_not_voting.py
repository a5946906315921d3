"""Those who took no part in a vote: «Участия в голосовании не принимали 4 депутата» (the
negation on «принимать», the cue on «участие») and a dash after «не голосовали» are people
set apart (other), never a side of the tally; those who did take part stay attendees."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    "text",
    [
        "Участия в голосовании не принимали 4 депутата.",
        "В голосовании участия не принимали 4 депутата.",
    ],
)
def test_not_taking_part_in_a_vote_is_other(text: str) -> None:
    assert read(text) == ([(4, "other")], [])


def test_taking_part_and_not_in_one_sentence() -> None:
    text = "Участие в заседании приняли 18 депутатов, не принимали участия двое."
    assert read(text)[0] == [(18, "attendees"), (2, "other")]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Итоги голосования депутатов: за – 15, против – 2, не голосовали – 3.", (15, 2, None)),
        ("«За» – 15 голосов, «против» – 2, не голосовали – 3.", (15, 2, None)),
    ],
)
def test_a_dash_after_not_voting_counts_people_apart(text: str, tally: tuple) -> None:
    people, tallies = read(text)
    assert people[-1] == (3, "other")
    assert tallies == [tally]
