"""An audience reached («охват трансляции составил 300 тысяч человек») is no crowd that took part
in the event beside it: other."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Охват трансляции праздника составил 300 тысяч человек.", [(300000, "other")]),
        (
            "В слёте участвовали 900 человек, охват в соцсетях составил 2 миллиона человек.",
            [(900, "participants"), (2000000, "other")],
        ),
        ("Охват акцией — 12 тысяч школьников.", [(12000, "other")]),
    ],
)
def test_reach_is_other(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb «охватить» says where an event went, not who it reached
        (
            "Праздник охватил все районы, в нём участвовали 5 тысяч человек.",
            [(5000, "participants")],
        ),
    ],
)
def test_the_verb_leaves_the_count_alone(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
