"""A threshold said with the presence or taking part it needs («нужно присутствие минимум 40
депутатов», «необходимо участие не менее 14») is a threshold (other), like «требовалось 13»."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Для принятия устава нужно присутствие минимум 22 депутатов.", [(22, "other")]),
        (
            "Для кворума необходимо участие не менее 11 депутатов, пришли 13.",
            [(11, "other"), (13, "attendees")],
        ),
        ("На сходе было необходимо присутствие 60 жителей.", [(60, "other")]),
    ],
)
def test_needed_presence_is_a_threshold(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # presence secured, not needed: those present
        ("На сессии обеспечено присутствие 19 депутатов.", [(19, "attendees")]),
        # the need names no count; the count after it is those who came
        (
            "В субботнике необходимо участие всех жителей, пришли 200 человек.",
            [(200, "participants")],
        ),
    ],
)
def test_near_misses_keep_their_roles(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
