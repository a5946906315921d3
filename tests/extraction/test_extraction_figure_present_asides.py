"""A participle of presence set off by commas between those counted and their side leaves them
a tally's side: «Все 16 депутатов, присутствовавших на заседании, проголосовали «за»»."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies

_SITTING = "На заседании районного совета рассмотрели отчёт главы. "


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    return people_and_tallies(_SITTING + text)


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        (
            "Все 19 депутатов, присутствовавших в зале, проголосовали «за».",
            [(19, "votes_for")],
            [(19, None, None)],
        ),
        (
            "14 депутатов, зарегистрированных на заседании, высказались «за», двое – «против».",
            [(14, "votes_for"), (2, "votes_against")],
            [(14, 2, None)],
        ),
    ],
)
def test_a_presence_aside_between_the_count_and_its_side(
    text: str, people: list, tallies: list
) -> None:
    assert _read(text) == (people, tallies)


def test_the_whole_before_a_presence_aside_stays_those_present() -> None:
    people, tallies = _read("Из 23 депутатов, присутствовавших на сессии, 20 проголосовали «за».")
    assert people == [(23, "attendees"), (20, "votes_for")]
    assert tallies == [(20, None, None)]
