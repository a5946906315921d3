"""Bare numbers listed before a noun of measure share it: «на дистанциях 2 и 5 километров»
gives 2 and 5 kilometres, «500 и 1000 метров» 500 and 1000 metres; a list of labels (houses,
grades) has no measure after it and gives no figure."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Юниоры бежали на дистанциях 2 и 5 километров.", [(2, "километр"), (5, "километр")]),
        ("Малыши пробежали 300 и 600 метров.", [(300, "метр"), (600, "метр")]),
        ("С полей собрали 4, 6 и 9 тонн картофеля.", [(4, "тонна"), (6, "тонна"), (9, "тонна")]),
    ],
)
def test_a_listed_number_takes_the_measure(text: str, expected: list) -> None:
    assert [(f["value"], f["unit"]) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Капремонт домов 3, 8 и 11 завершён.", "Занятия прошли в 5 и 7 классах гимназии."],
)
def test_a_list_of_labels_gives_no_figure(text: str) -> None:
    assert find_figures(text) == []
