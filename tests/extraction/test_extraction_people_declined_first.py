"""A first name that pymorphy3 also knows as an indeclinable foreign one («Анне», the
Finnish name) is read in its declined sense beside a surname that does not decline
either. Own sentences written for this rule."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(p["last"], p["first"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Благодарность Галине Седых и Анне Долгих.",
            [("Седых", "Галина"), ("Долгих", "Анна")],
        ),
        ("Почётная грамота – Анне Мироненко.", [("Мироненко", "Анна")]),
        ("Спасибо Анне Белых за помощь!", [("Белых", "Анна")]),
    ],
)
def test_her_declined_first_name_beside_an_indeclinable_surname(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ответить на вопросы пригласили Марину Иванову.", [("Иванова", "Марина")]),
        ("Выступить с докладом попросили и пригласили Ирину Лосеву.", [("Лосева", "Ирина")]),
        ("Ответить на вопросы жителей поручили Ивану Сомову.", [("Сомов", "Иван")]),
    ],
)
def test_the_verb_nearest_the_name_decides_its_case(text: str, expected: list) -> None:
    """A verb taking a dative earlier in the clause («ответить») does not make the object of
    «пригласили» a dative: «Марину Иванову» is her accusative, not «Марину Иванову» his dative."""
    assert names(text) == expected
