"""People counted in a march's columns took part in it («В каждой из пяти колонн шло около
двух тысяч человек», «в колоннах шли 40 тысяч горожан»); a column of vehicles and those who
escort it or are taken from it are no marchers."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В каждой из пяти колонн двигалось около двух тысяч человек.", [(2000, "participants")]),
        ("В колоннах шли 40 тысяч горожан.", [(40000, "participants")]),
    ],
)
def test_people_in_columns_took_part(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Колонну из 30 машин сопровождали 9 сотрудников ГИБДД.",
        "Из колонны техники выделили 12 человек охраны.",
    ],
)
def test_a_column_of_vehicles_gives_no_marchers(text: str) -> None:
    assert [role for _, role in people_and_tallies(text)[0]] == ["other"]
