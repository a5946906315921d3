"""Staff named by the work they run («Кружки ведут 12 педагогов», «Работу лагерей обеспечивали
96 вожатых») are an institution's people (members); those attending the classes take part, and
those keeping order at an event stay set apart."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    "text",
    [
        "Кружки в доме культуры ведут 12 педагогов.",
        "Занятия для пенсионеров ведут 12 тренеров и преподавателей.",
        "Работу летних лагерей обеспечивали 12 вожатых и воспитателей.",
        "Занятия в секциях вели 12 тренеров.",
    ],
)
def test_those_who_run_the_work_are_staff(text: str) -> None:
    assert people_and_tallies(text)[0] == [(12, "members")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На занятия в кружках ходят 40 детей.", [(40, "participants")]),
        ("Порядок на празднике обеспечивали 300 полицейских.", [(300, "other")]),
        ("Открытые занятия посетили 25 учителей района.", [(25, "participants")]),
    ],
)
def test_others_around_the_classes_keep_their_roles(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
