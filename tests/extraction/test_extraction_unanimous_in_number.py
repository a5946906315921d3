"""A unanimous vote whose voters are counted in apposition («Депутаты в количестве 16 человек
единогласно поддержали …») is a tally with those votes for; a count said a sentence before, or
residents at a gathering, give no votes for."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


def test_the_counted_deputies_voted_for() -> None:
    text = "Депутаты в количестве 16 человек единогласно одобрили отчёт главы района."
    assert people_and_tallies(text) == ([(16, "votes_for")], [(16, 0, 0)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На сессии присутствовали депутаты в количестве 13 человек. Все решения приняты"
            " единогласно.",
            ([(13, "attendees")], [(None, 0, 0)]),
        ),
        (
            "Жители в количестве 70 человек единогласно поддержали самообложение.",
            ([(70, "voters")], [(None, 0, 0)]),
        ),
    ],
)
def test_other_counts_give_no_votes_for(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected
