"""Deputies counted «at the moment» («сейчас», «на данный момент», «после перерыва») right after
a sentence about a sitting's quorum or break are those present then (attendees), not the body."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Депутаты долго не могли собрать кворум. На данный момент после перерыва 16 депутатов.",
            [(16, "attendees")],
        ),
        ("После перерыва кворума не было. Сейчас в зале 12 депутатов.", [(12, "attendees")]),
        (
            "Кворум не набрался. Сейчас в наличии только 9 депутатов из 15.",
            [(9, "attendees"), (15, "members")],
        ),
    ],
)
def test_deputies_at_the_moment_of_a_quorum_trouble(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body named in the count's clause: its size
        ("Кворум для думы — 14. Сейчас в думе 20 депутатов.", [(14, "other"), (20, "members")]),
        # the noun before the number: may be the body's size
        ("Кворум для думы — 14. Сейчас депутатов 20.", [(14, "other"), (20, "members")]),
        # no quorum or break before: no sitting moment
        (
            "Заседание прошло без споров. Сейчас депутатов 25, а мест 30.",
            [(25, "members"), (30, "members")],
        ),
    ],
)
def test_near_misses_stay_members(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
