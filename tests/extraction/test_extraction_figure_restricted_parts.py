"""A bare part of a count after «из них» / «среди них» with a restricting particle between
(«из них только 250 онлайн», «среди них лишь 12») is still that count's part, as «из них 250»
is; a number that counts its own thing after «из них» keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    "text",
    [
        "На конференцию ТОС записались 640 человек, из них только 95 заочно.",
        "На конференцию ТОС записались 640 человек, из них лишь 95 онлайн.",
        "На конференцию ТОС записались 640 человек, среди них всего около 95 заочно.",
    ],
)
def test_a_restricted_part_after_of_them_is_a_part(text: str) -> None:
    assert read(text)[0] == [(640, "participants"), (95, "participants")]


def test_near_miss_a_part_with_its_own_noun_keeps_it() -> None:
    text = "На конференцию ТОС записались 640 человек, из них только 95 пенсионеров."
    assert read(text)[0] == [(640, "participants"), (95, "participants")]
    text = "Отремонтировали 640 метров теплотрассы, из них только 95 метров в центре."
    assert read(text)[0] == []
