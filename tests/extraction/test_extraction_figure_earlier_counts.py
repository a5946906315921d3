"""The same count at another time, restated bare right after a people count: «в посёлке живут
4 120 человек (в 2015 году было 4 390)» counts the same people; a bare number after a count of
things, or in the next sentence, takes no people noun from it."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    "text",
    [
        "В посёлке Ключи живут 4120 человек (в 2015 году было 4390).",
        "В посёлке Ключи живут 4120 человек (в 2015-ом было 4390), в деревнях – 900 человек.",
        "В посёлке Ключи живут 4120 человек, в 2015 году было 4390.",
    ],
)
def test_an_earlier_count_restated_bare_takes_the_people(text: str) -> None:
    people = read(text)[0]
    assert people[:2] == [(4120, "residents"), (4390, "residents")]


@pytest.mark.parametrize(
    "text",
    [
        "В посёлке Ключи 38 километров дорог (в 2015 году было 31).",
        "В посёлке Ключи живут 4120 человек. В 2015 году было 31.",
    ],
)
def test_near_miss_no_people_count_right_before(text: str) -> None:
    assert all(value != 31 for value, _ in read(text)[0])
