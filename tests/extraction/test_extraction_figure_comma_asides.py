"""A bare number set off by commas right after the noun it counts is a figure of that noun:
«Больше всего голосов, 1 120, получил проект», «Больше всего заявок, 46, поступило из …»."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["is_people"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Больше всего голосов, 2 340, в рейтинговом голосовании набрал проект набережной.",
            [("2 340", 2340, False)],
        ),
        (
            "Больше всего обращений, 58, пришло от жителей частного сектора.",
            [("58", 58, False)],
        ),
        (
            "Больше всего добровольцев, 130, вышли на уборку в Северном микрорайоне.",
            [("130", 130, True)],
        ),
    ],
)
def test_a_number_in_commas_after_its_noun(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Приём пройдёт на улице Садовой, 14, во второй половине дня.",  # a house number
        "В 2025 году, 20 апреля, прошёл общегородской субботник.",  # a date
        "Жители домов, 7 и 9, пожаловались на шум стройки.",  # labels in a list
    ],
)
def test_labels_and_dates_in_commas_stay_no_figures(text: str) -> None:
    assert _read(text) == []
