"""A number after a street named in any case and a comma is a house number, no figure
(«на улице Чкалова, 18, собрал», «на проспекте Победы, 12а,»), when nothing is counted after
it; a count after a square's name and a comma stays a count."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Праздник двора на улице Полевой, 18, собрал 120 человек.", [("120 человек", 120)]),
        (
            "Продажу здания на улице Гагарина, 5, одобрили 16 депутатов.",
            [("16 депутатов", 16)],
        ),
        (
            "Сквер у дома на проспекте Строителей, 12а, обошёлся в 3 млн рублей.",
            [("3 млн рублей", 3000000)],
        ),
        ("Совет ТОС принимает жителей в здании на переулке Школьном, 4.", []),
        ("Ремонт подъездов в доме на набережной Волжской, 21/2, завершён.", []),
    ],
)
def test_house_number_after_a_street_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


def test_a_count_after_a_square_and_a_comma_stays() -> None:
    assert _read("На площади Победы, 300 человек собрались на митинг.") == [("300 человек", 300)]
