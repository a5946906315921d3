"""People who arrive late at a sitting are present too («Ещё трое подошли через полчаса»), and
speakers and those who applied are people counts («26 выступающих», «32 обратившихся»)."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На сессию к началу пришли 12 депутатов. Ещё трое подошли через полчаса.",
            [(12, "attendees"), (3, "attendees")],
        ),
        (
            "К открытию заседания собрались 15 депутатов, ещё двое подъехали позже.",
            [(15, "attendees"), (2, "attendees")],
        ),
        (
            "На субботник вышли 40 жителей, позже подошли ещё 12 человек.",
            [(40, "participants"), (12, "participants")],
        ),
    ],
)
def test_late_comers_are_there_too(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На слушаниях слово получили 26 выступающих, 19 из них критиковали проект.",
            [(26, "participants"), (19, "participants")],
        ),
        ("На конференции выступали 17 выступавших из разных районов.", [(17, "participants")]),
        (
            "На приём записались 14 человек, пришли все 14 записавшихся.",
            [(14, "participants"), (14, "participants")],
        ),
    ],
)
def test_speakers_and_applicants_are_people(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
