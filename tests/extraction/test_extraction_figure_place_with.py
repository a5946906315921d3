"""A place «с N жителями» states its population: «посёлок с 900 жителями», «за Верхнесельским
с 6 200 жителями» (a place's name as an adjective, its noun left out); meeting or talking «с N
жителями» is not one."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Посёлок с 900 жителями получил новую школу.", [(900, "residents")]),
        (
            "Звание самого малочисленного закреплено за Верхнесельским с 6 200 жителями.",
            [(6200, "residents")],
        ),
        ("Село с населением около 400 человек получило новый клуб.", [(400, "residents")]),
        (
            "Самым маленьким остаётся Заозёрный район со 3 тысячами жителей.",
            [(3000, "residents")],
        ),
    ],
)
def test_a_place_with_its_inhabitants(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Депутаты встретились в Ивановском районе с 40 жителями.", [(40, "participants")]),
        ("Глава района провёл встречу с 60 жителями.", [(60, "participants")]),
        ("Глава побеседовал в Ивановском районе с 40 жителями.", [(40, "other")]),
    ],
)
def test_meeting_and_talking_with_them_is_no_population(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected
