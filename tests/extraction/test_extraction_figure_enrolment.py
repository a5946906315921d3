"""Children enrolled in a school or a kindergarten («в ней учатся 640 школьников», «детский сад
посещают 52 малыша») are ``other``, even in a text about an event; pupils who visit a museum or
take part in an event stay participants."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На субботнике у новой школы трудились родители. В этом году в ней учатся 640"
            " школьников, они занимаются в 24 классах.",
            [(640, "other")],
        ),
        ("Детский сад «Ромашка» посещают 52 малыша.", [(52, "other")]),
        ("Дошкольную группу при школе посещают пять детей.", [(5, "other")]),
        ("Сейчас в сельской школе обучаются двенадцать ребят.", [(12, "other")]),
        ("Ещё 35 малышей ходят в детский сад соседнего села.", [(35, "other")]),
    ],
)
def test_enrolled_children_are_other(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выставку в краеведческом музее посетили 300 школьников.", [(300, "participants")]),
        ("В экологической акции у школы приняли участие 120 учеников.", [(120, "participants")]),
    ],
)
def test_pupils_at_an_event_stay_participants(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
