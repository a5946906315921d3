"""Digits ending in 2–4 before a noun that can also number («участок», «округ», «место») count
it when the noun is an oblique plural («на 24 участках», «по 22 округам»), as «3 места» does;
a singular («3 место», «в 3 округе») or a plural grade («учащиеся 2 классов») stays an ordinal."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Голоса на 34 участках района считали до утра.", [("34 участках", 34)]),
        (
            "Видеокамеры установлены на 22 избирательных участках.",
            [("22 избирательных участках", 22)],
        ),
        ("Кандидаты выдвинуты по 23 округам.", [("23 округам", 23)]),
        ("Новые скамейки появились на 42 площадках.", [("42 площадках", 42)]),
    ],
)
def test_an_oblique_plural_after_2_to_4_is_a_count(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Команда школы заняла 2 место в районной спартакиаде.",
        "В 4 округе явка оказалась самой высокой.",
        "Учащиеся 3 классов побывали на экскурсии в думе.",
        "Студенты 2 курсов колледжа прошли практику в администрации.",
    ],
)
def test_singulars_and_plural_grades_stay_ordinals(text: str) -> None:
    assert _read(text) == []
