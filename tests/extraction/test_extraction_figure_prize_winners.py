"""Those who received prizes or cups at an event are other, as those given diplomas or
certificates are («На празднике провели 10 конкурсов, призы получили 35 детей»): the count is
the winners, not the crowd that took part."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _people(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На празднике двора провели 10 конкурсов, призы получили 35 детей.",
            [(35, "other")],
        ),
        (
            "В турнире по мини-футболу играли 16 команд. Кубки и призы получили 45 спортсменов.",
            [(45, "other")],
        ),
    ],
)
def test_prize_winners_are_other(text: str, expected: list[tuple]) -> None:
    assert _people(text) == expected
