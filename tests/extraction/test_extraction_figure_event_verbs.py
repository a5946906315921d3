"""A bare number right after a verb of taking part in a race, a visit or a camp counts people
(«год назад стартовало 1 700», «отдохнуло 210», «посетило 2 900»), as after «пришли»."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _people(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "На лыжную гонку вышли 1 480 спортсменов. Год назад стартовало 1 260.",
            [(1480, "participants"), (1260, "participants")],
        ),
        (
            "В загородном лагере за первую смену отдохнули 180 школьников. Во вторую смену "
            "отдохнуло 165.",
            [(180, "participants"), (165, "participants")],
        ),
        (
            "Выставку в районном музее посетили 2 700 человек. За тот же срок прошлого года "
            "посетило 1 900.",
            [(2700, "participants"), (1900, "participants")],
        ),
        (
            "Полумарафон собрал 640 бегунов. На дистанцию 21 км стартовали 410, финишировали 396.",
            [(640, "participants"), (410, "participants"), (396, "participants")],
        ),
    ],
)
def test_a_bare_number_after_an_event_verb_counts_people(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "Программа стартовала 1 июня, заявки принимают до осени.",  # a date
        "В 2026 году стартовало 14 новых проектов.",  # the number counts its own noun
    ],
)
def test_dates_and_counted_nouns_stay_no_people(text: str) -> None:
    assert _people(text) == []
