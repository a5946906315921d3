"""Both ends of a range said with a dash are figures: the lower bound is the number alone with
the upper bound's scale, unit and role («40–50 человек», «3–5 тысяч зрителей»)."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["unit"], f["role"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На хуторе Лесном круглый год живут 30–35 человек.",
            [("30", 30, "человек", "residents"), ("35 человек", 35, "человек", "residents")],
        ),
        (
            "На каждый приём к депутату приходят 10-12 жителей микрорайона.",
            [("10", 10, "житель", "participants"), ("12 жителей", 12, "житель", "participants")],
        ),
        (
            "На ярмарку в выходные приезжают около 60–70 фермеров.",
            [
                ("около 60", 60, "фермер", "participants"),
                ("70 фермеров", 70, "фермер", "participants"),
            ],
        ),
        (
            "Концерты на набережной собирают 3–4 тысячи зрителей.",
            [
                ("3", 3000, "зритель", "participants"),
                ("4 тысячи зрителей", 4000, "зритель", "participants"),
            ],
        ),
        (
            "Ремонт крыши школы обойдётся в 2,5–3 млн рублей.",
            [("2,5", 2_500_000, "рубль", None), ("3 млн рублей", 3_000_000, "рубль", None)],
        ),
        (
            "Плата за вывоз мусора вырастет на 8–10 процентов.",
            [("8", 8, "%", None), ("10 процентов", 10, "%", None)],
        ),
    ],
)
def test_both_ends_of_a_dash_range(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Занятия в кружке посещают дети 7–12 лет.",  # ages are no figures
        "Ученики 10–11 классов написали пробный экзамен.",  # ordinals
        "Приём ведётся с 9–00 до 13–00 в кабинете 5.",  # times
    ],
)
def test_ranges_of_non_figures_stay_none(text: str) -> None:
    assert _read(text) == []


def test_a_score_is_no_range() -> None:
    """A falling pair is no range: only the count after it is read."""
    got = _read("Хозяева выиграли 5–3, на трибунах было 400 болельщиков.")
    assert [(t, v) for t, v, _, _ in got] == [("400 болельщиков", 400)]
