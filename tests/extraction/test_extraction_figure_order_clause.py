"""Keeping order and harm set a count apart (other) when they stand in its own clause or before
it («для обеспечения порядка были задействованы 180 полицейских»), not when a later clause of
their own follows the crowd («митинг собрал 300 человек, порядок обеспечивали полицейские»)."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пикет у мэрии собрал около 120 человек, порядок обеспечивали полицейские.",
            [(120, "participants")],
        ),
        (
            "Ярмарку посетили 6 тысяч человек, медицинская помощь никому не понадобилась.",
            [(6000, "participants")],
        ),
        (
            "На открытие катка пришли 400 горожан, за правопорядком следили дружинники.",
            [(400, "participants")],
        ),
    ],
)
def test_a_later_clause_leaves_the_crowd_alone(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Для обеспечения порядка на ярмарке были задействованы 90 полицейских.",
            [(90, "other")],
        ),
        ("После концерта за медицинской помощью обратились 7 человек.", [(7, "other")]),
        (
            "На карнавале пострадали 3 человека, они обратились за медицинской помощью.",
            [(3, "other")],
        ),
    ],
)
def test_order_and_harm_in_or_before_the_clause_still_count(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
