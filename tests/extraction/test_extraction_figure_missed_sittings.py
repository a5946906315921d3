"""Deputies said to have missed a sitting are absentees (other), like «отсутствовали трое»,
though the sitting named beside them would make them attendees («Сессию пропустили пятеро
депутатов», «Четыре депутата пропустили заседание»); letting a crowd through is no absence."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _people(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Очередную сессию пропустили шестеро депутатов.", [(6, "other")]),
        (
            "Три депутата пропустили заседание комиссии без уважительной причины.",
            [(3, "other")],
        ),
        ("Последнее заседание думы пропустили 4 депутата из 25.", [(4, "other"), (25, "members")]),
    ],
)
def test_missing_a_sitting_is_absence(text: str, expected: list[tuple]) -> None:
    assert _people(text) == expected


def test_letting_a_crowd_through_is_no_absence() -> None:
    text = "На входе в парк через рамки пропустили около 3 тысяч зрителей."
    assert _people(text) == [(3000, "participants")]
