"""A rally's crowd named before its count («Численность митингующих составила около 500
человек», «Число пикетчиков не превышало 20 человек») took part in the rally; a staff's size
named the same way stays its members."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Численность митингующих, по оценкам полиции, составила около 600 человек.",
            [(600, "participants")],
        ),
        ("Число пикетчиков у здания мэрии не превышало 25 человек.", [(25, "participants")]),
        ("Число демонстрантов составило 900 человек.", [(900, "participants")]),
    ],
)
def test_a_rally_crowd_named_before_its_count_took_part(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_a_staff_size_named_the_same_way_stays_members() -> None:
    people, _ = people_and_tallies("Численность сотрудников управления составила 42 человека.")
    assert people == [(42, "members")]
