"""A count of people in brackets right after deputies, with no action of its own, is the size
of a group of the body: members. A bracketed count after other people is not."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("После выборов выросло число беспартийных депутатов (6 человек).", [(6, "members")]),
        (
            "В совете есть депутаты-единороссы (11 человек) и коммунисты (3 человека).",
            [(11, "members"), (3, "members")],
        ),
    ],
)
def test_bracketed_count_after_deputies_is_members(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_bracketed_count_after_residents_is_no_members() -> None:
    text = "Жители переулка (35 человек) написали коллективное письмо."
    assert [role for _, role in people_and_tallies(text)[0]] != ["members"]


def test_bracketed_deputies_present_at_a_sitting_stay_attendees() -> None:
    text = "На заседании присутствовали депутаты (14 человек), кворум есть."
    assert people_and_tallies(text)[0] == [(14, "attendees")]
