"""People who moved into or out of a place («в поселение прибыло 380 человек, убыло 290», «из
деревни уехали 25 человек») are ``other``, like births and deaths; those who came to a sitting
or to a holiday are not moving house."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На территории поселения проживают 3870 человек. За год в поселение прибыло 380"
            " человек, убыло 290, а родились 31 ребёнок.",
            [(3870, "residents"), (380, "other"), (290, "other"), (31, "other")],
        ),
        ("За последние три года из деревни уехали 25 человек.", [(25, "other")]),
        ("На постоянное место жительства в район приехали 14 человек.", [(14, "other")]),
    ],
)
def test_a_move_is_other(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На сессию районного Совета прибыли 15 депутатов из 19.",
            [(15, "attendees"), (19, "members")],
        ),
        ("На праздник в посёлок приехали около 3 тысяч гостей.", [(3000, "participants")]),
    ],
)
def test_coming_to_an_event_is_no_move(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
