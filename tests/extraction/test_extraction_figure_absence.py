"""Absence said with a negated «быть» («не было трёх депутатов», «не хватало шести») sets the
count apart (other) even at a sitting; the whole a part is taken from stays the body's size."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На заседании не было трёх депутатов: Лапина, Орехова и Гусевой.", [(3, "other")]),
        ("В зале заседаний не хватало шести депутатов.", [(6, "other")]),
        ("Четверых депутатов на сессии не было по уважительной причине.", [(4, "other")]),
        (
            "На сессии присутствовали 21 депутат, не было пятерых.",
            [(21, "attendees"), (5, "other")],
        ),
        ("Из 25 депутатов на заседании не было троих.", [(25, "members"), (3, "other")]),
    ],
)
def test_those_not_there_are_set_apart(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кворума не было: пришли 12 депутатов из 25.", [(12, "attendees"), (25, "members")]),
        ("Возражений не было, решение поддержали 20 депутатов.", [(20, "votes_for")]),
    ],
)
def test_a_negated_быть_about_something_else_changes_nothing(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Из девяти членов комиссии пришли шестеро. Ещё трое членов комиссии, как сообщил "
            "её председатель, находятся в отпуске.",
            [(9, "members"), (6, "attendees"), (3, "other")],
        ),
        (
            "На сессию пришли 22 депутата, а двое в командировке.",
            [(22, "attendees"), (2, "other")],
        ),
        ("Четверо депутатов на больничном, поэтому сессию перенесли.", [(4, "other")]),
    ],
)
def test_those_away_on_leave_or_sick_are_set_apart(text: str, expected: list) -> None:
    """On leave, sick or on a trip is not at the sitting: like «не было», such a count is
    other, while the count before a contrast («22 депутата, а двое …») keeps its role."""
    assert people_and_tallies(text)[0] == expected
