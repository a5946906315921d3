"""Staff working in a workplace a relative clause opens after («построили ФАП, где работают два
фельдшера») or in a FAP («в ФАПе работают три медика») are its members; medics at an event stay
set apart."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В селе построили новый ФАП, где работают два медицинских работника.", [(2, "members")]),
        ("В фельдшерско-акушерском пункте работают три медика.", [(3, "members")]),
        ("Открылась амбулатория, в которой работают четыре врача.", [(4, "members")]),
    ],
)
def test_staff_of_a_workplace_are_members(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_medics_at_an_event_stay_other() -> None:
    text = "Во время праздника у сцены дежурили три медицинских работника."
    assert people_and_tallies(text)[0] == [(3, "other")]
