"""Votes for said reading by reading with the verb left out («В первом чтении поддержали
22 депутата, во втором – 24»): each later reading is a tally of its own; look-alikes in other
frames («в первом квартале …, во втором – …») are no tallies."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    ("text", "fors"),
    [
        ("В первом чтении «за» проголосовали 23 депутата, во втором – 25.", [23, 25]),
        (
            "Закон о бюджете поддержали в первом чтении 31 депутат, во втором – 33, в третьем – "
            "снова 31.",
            [31, 33, 31],
        ),
        ("В первом туре за Петрова проголосовали 12 депутатов, во втором – уже 15.", [12, 15]),
    ],
)
def test_each_later_reading_is_a_tally_of_its_own(text: str, fors: list[int]) -> None:
    people, tallies = read(text)
    assert tallies == [(n, None, None) for n in fors]
    assert [p[1] for p in people] == ["votes_for"] * len(fors)


@pytest.mark.parametrize(
    "text",
    [
        "В первом квартале в приёмную поступило 40 обращений, во втором – 55.",
        "В первом полугодии субботники собрали 300 человек, во втором – 450.",
    ],
)
def test_periods_said_the_same_way_are_no_tallies(text: str) -> None:
    assert read(text)[1] == []
