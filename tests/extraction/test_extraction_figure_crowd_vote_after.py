"""At a public hearing the crowd that voted is named before its verb («горожане проголосовали
за проект»); the bare sides after it («Против высказались 40, воздержались 7 человек») are that
crowd's public vote, not a council's tally, even when the question names deputies."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На публичных слушаниях по уставу, который сокращает число депутатов с 25 до 15, "
            "жители проголосовали против. Против высказались 120, воздержались 6 человек.",
            ([(25, "members"), (15, "members"), (120, "participants"), (6, "participants")], []),
        ),
        (
            "Слушания о числе депутатов думы прошли в клубе. Участники проголосовали за проект, "
            "против высказались 31, воздержались 4 человека.",
            ([(31, "voters"), (4, "voters")], []),
        ),
    ],
)
def test_the_crowd_that_voted_keeps_its_sides(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deputies voting after a hearing: a council's tally
        (
            "После публичных слушаний депутаты проголосовали за проект: за — 20, против — 2.",
            ([(20, "votes_for"), (2, "votes_against")], [(20, 2, None)]),
        ),
        (
            "Сессия думы прошла после слушаний. За проект проголосовали 18 депутатов, против — 3.",
            ([(18, "votes_for"), (3, "votes_against")], [(18, 3, None)]),
        ),
    ],
)
def test_a_council_vote_beside_a_hearing_is_still_a_tally(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected
