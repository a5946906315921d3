"""A scaled number with no noun after it takes its unit from its sentence: a verb of watching
or visiting («посмотрели фейерверк», «побывали в парке», «наблюдали шоу») counts people, as
«посетили» and «пришли» do; «рассмотрели», «просмотрели» (reading papers) are no such verbs,
and money words still win."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Салют над рекой посмотрели 1,2 миллиона.", 1200000),
        ("За летние выходные в парке побывали почти 2 миллиона.", 2000000),
        ("Шоу дронов над набережной наблюдали 300 тысяч.", 300000),
    ],
)
def test_watchers_and_visitors_are_people(text: str, value: int) -> None:
    (fig,) = find_figures(text)
    assert (fig["value"], fig["unit"], fig["is_people"], fig["role"]) == (
        value, "человек", True, "participants",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Проект сквера рассмотрели, на него выделят 3 миллиона.",
        "Комиссия просмотрела сметы на 4 миллиона.",
        "Фейерверк посмотрели жители, из бюджета на него ушло 2 миллиона рублей.",
    ],
)
def test_reading_papers_and_money_stay_money(text: str) -> None:
    figs = [f for f in find_figures(text) if f["value"] >= 1e6]
    assert [(f["unit"], f["is_people"]) for f in figs] == [("рубль", False)]
