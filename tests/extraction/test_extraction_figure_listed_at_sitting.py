"""Deputies listed after a comma among those who took part in a sitting attend it, even when a
council's name follows them («В заседании приняли участие глава района, 12 депутатов районного
совета»); a council's size said with no taking part («Заседание прошло в мэрии, в думе 25
депутатов») stays its members."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В заседании приняли участие глава округа, 11 депутатов окружного совета.",
            [(11, "attendees")],
        ),
        (
            "На сессии присутствовали мэр, 14 депутатов городского совета и 20 жителей.",
            [(14, "attendees"), (20, "participants")],
        ),
    ],
)
def test_listed_deputies_attend(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_a_council_size_beside_a_sitting_stays_members() -> None:
    people, _ = people_and_tallies("Заседание прошло в мэрии, в думе 25 депутатов.")
    assert people == [(25, "members")]
