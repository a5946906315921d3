"""Word numerals that set the scene («в двух чтениях», «на одном заседании») are no figures;
counts of places («в одной школе», «на трёх предприятиях») still are."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def values(text: str) -> list[float]:
    return [f["value"] for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Поправки в устав дума приняла сразу в двух чтениях.", []),
        ("Закон о бюджете рассмотрели в трёх чтениях на одном заседании.", []),
        ("Бюджет приняли в двух чтениях, «за» проголосовали 19 депутатов.", [19]),
        ("Оба документа депутаты приняли на одном заседании в конце мая.", []),
        ("На одной сессии депутаты рассмотрели 17 вопросов.", [17]),
    ],
)
def test_a_scene_numeral_is_no_figure(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ремонт кровли прошёл в одной школе и двух детских садах.", [1, 2]),
        ("Вспышку гриппа выявили в одной школе района.", [1]),
        ("Новые рабочие места открылись на трёх предприятиях района.", [3]),
        ("Один из пяти округов остался без кандидатов.", [5]),
        ("Прививки делали в одной поликлинике, 2 фельдшерских пунктах и школе.", [1, 2]),
    ],
)
def test_counts_of_places_and_votes_stay(text: str, expected: list) -> None:
    assert values(text) == expected


def test_readings_before_a_tally_are_no_side_of_it() -> None:
    text = "Закон приняли сразу в двух чтениях: «за» – 27 депутатов, «против» – трое."
    figures = find_figures(text)
    votes = find_votes(text, figures)
    assert [(f["value"], f["role"]) for f in figures] == [(27, "votes_for"), (3, "votes_against")]
    assert [(v["for"], v["against"]) for v in votes] == [(27, 3)]
