"""Refusing denies the taking part that follows it, as «не» does: «трое депутатов отказались
принимать участие в голосовании» sets them apart (other), not among those present."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шесть депутатов отказались принимать участие в голосовании.", [(6, "other")]),
        ("Ещё трое депутатов отказались голосовать.", [(3, "other")]),
        (
            "В голосовании участвовали 19 депутатов, двое отказались участвовать.",
            [(19, "attendees"), (2, "other")],
        ),
    ],
)
def test_those_who_refused_are_set_apart(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the refusal denied: they took part
        ("Восемь депутатов не отказались от участия в голосовании.", [(8, "attendees")]),
        # a refusal in another clause says nothing of this count
        (
            "Никто не отказался, в голосовании участвовали 20 депутатов.",
            [(20, "attendees")],
        ),
        # far after the refusal the cue is the count's own
        (
            "Организаторы отказались от платного входа, и на концерт пришли 700 зрителей.",
            [(700, "participants")],
        ),
    ],
)
def test_near_misses_keep_their_roles(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
