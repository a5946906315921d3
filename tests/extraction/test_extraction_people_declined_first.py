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
