"""«один» naming the item a price is per is no count: «стоимость одной путёвки», «одна поездка
стоит 45 рублей»; a «один» that counts stays a figure."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _values(text: str) -> list[tuple[str, float]]:
    return [(f["text"], f["value"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Стоимость одной путёвки в лагерь – 28 400 рублей.", [("28 400 рублей", 28400)]),
        ("Цена одного билета на концерт составит 350 рублей.", [("350 рублей", 350)]),
        ("Одна поездка на автобусе стоит теперь 45 рублей.", [("45 рублей", 45)]),
        ("Один квадратный метр жилья обойдётся в 95 тысяч рублей.", [("95 тысяч рублей", 95000)]),
    ],
)
def test_the_item_a_price_is_per_counts_nothing(text: str, expected: list) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На ремонт одной школы выделено 12 млн рублей.",
            [("одной школы", 1), ("12 млн рублей", 12_000_000)],
        ),
        ("В посёлке работает одна школа.", [("одна школа", 1)]),
    ],
)
def test_a_one_that_counts_stays(text: str, expected: list) -> None:
    assert _values(text) == expected
