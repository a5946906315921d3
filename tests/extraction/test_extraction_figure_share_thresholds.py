"""A count in brackets (or after «то есть») restating a required share of a body («не менее двух
третей от списочного состава (28 депутатов)») is a threshold (other), like a quorum's size; a
share said of people who did something («половина депутатов (12 человек) …») is no threshold."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Заседание Совета правомочно, если на нём присутствуют не менее двух третей от"
            " установленной численности депутатов (18 депутатов). На заседание пришли 20.",
            [(18, "other"), (20, "attendees")],
        ),
        (
            "Решение принимается, если его поддержали не менее половины от числа избранных"
            " депутатов (13 человек).",
            [(13, "other")],
        ),
        (
            "Для правомочности сессии нужно участие не менее 2/3 депутатов, т. е. 14 человек."
            " Пришли 16 депутатов.",
            [(14, "other"), (16, "attendees")],
        ),
    ],
)
def test_a_required_shares_size_is_a_threshold(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Более половины жителей деревни (около 200 человек) пришли на сход.",
            [(200, "participants")],
        ),
        (
            "Более половины депутатов (14 человек) пришли на заседание.",
            [(14, "attendees")],
        ),
    ],
)
def test_a_share_of_people_who_came_is_no_threshold(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
