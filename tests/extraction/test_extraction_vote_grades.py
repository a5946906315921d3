"""Deputies grading an official's work «удовлетворительно» / «неудовлетворительно» give a
tally (for, against); a grade given to anyone else is no vote."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"]) for v in find_votes(text, find_figures(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Оценку «удовлетворительно» работе администрации поставили 19 депутатов, "
            "«неудовлетворительно» – четверо.",
            [(19, 4)],
        ),
        (
            "Работу главы округа на «удовлетворительно» оценили 18 депутатов, на "
            "«неудовлетворительно» – трое.",
            [(18, 3)],
        ),
        (
            "Отчёт начальника полиции заслушали депутаты. «Удовлетворительно» – 15, "
            "«неудовлетворительно» – 4.",
            [(15, 4)],
        ),
    ],
)
def test_grades_of_deputies_are_a_tally(text: str, expected: list) -> None:
    assert tallies(text) == expected


def test_a_grade_of_pupils_is_no_vote() -> None:
    text = "На экзамене оценку «удовлетворительно» получили 12 учеников."
    assert tallies(text) == []
