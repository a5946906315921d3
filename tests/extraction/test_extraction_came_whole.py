"""The whole a count at a sitting is taken from, named by having come («48 депутатов из 65
изначально пришедших на сессию», «из 41 пришедших на заседание»), is the attendees; at a rally the
same words name participants, and a bare «из 20 депутатов» stays the body's members."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "После перерыва в зале осталось 27 депутатов из 34 изначально пришедших на сессию.",
            [(27, "attendees"), (34, "attendees")],
        ),
        (
            "К концу заседания остались 18 депутатов из 23 явившихся.",
            [(18, "attendees"), (23, "attendees")],
        ),
    ],
)
def test_the_whole_that_came_to_a_sitting_attends(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На митинг пришли 300 человек. Из 300 пришедших выступили 12.",
            [(300, "participants"), (300, "participants"), (12, "participants")],
        ),
        ("Из 20 депутатов на сессию пришли 16.", [(20, "members"), (16, "attendees")]),
    ],
)
def test_other_wholes_keep_their_reading(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
