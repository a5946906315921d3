"""A count ending in one agrees with a singular verb: «4301 ученик пришёл в первый класс»,
«21 первоклассник пришел в школу» are children starting school (other), like «пришли 82
ученика»; a singular count at a school's event stays participants."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    "text",
    [
        "В этом году 2171 ученик пришёл в первый класс школ Коврова.",
        "В первый класс гимназии пришел 31 ребёнок.",
    ],
)
def test_a_singular_intake_is_other(text: str) -> None:
    assert [role for _, role in people_and_tallies(text)[0]] == ["other"]


def test_a_singular_count_at_a_school_event_stays_participants() -> None:
    people, _ = people_and_tallies("На торжественную линейку пришел 41 выпускник.")
    assert people == [(41, "participants")]
