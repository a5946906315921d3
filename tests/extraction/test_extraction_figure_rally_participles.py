"""A rally's crowd counted by a participle used as a noun is a people count: «на площадь
вышли 300 митингующих», «собрались около 150 бастующих» took part; those of them detained by
the police are other, as «задержали 40 участников акции» are."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("К зданию администрации вышли 350 митингующих.", [(350, "participants")]),
        ("У проходной завода собрались около 120 бастующих.", [(120, "participants")]),
    ],
)
def test_a_rally_crowd_participle_is_a_people_count(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_detained_protesters_are_other() -> None:
    people, _ = people_and_tallies("Полиция задержала 35 протестующих.")
    assert people == [(35, "other")]
