"""A decimal opening «с … до» takes the scale and unit of the scaled end after it, and «до» there
ends a change rather than bounding the figure («с 9,6 до 8,1 тыс. человек»)."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За десять лет население села сократилось с 9,6 до 8,1 тыс. человек.",
            [("9,6", 9600, "человек"), ("8,1 тыс. человек", 8100, "человек")],
        ),
        (
            "Расходы на ремонт дорог увеличат с 46,5 до 60 млн рублей.",
            [("46,5", 46_500_000, "рубль"), ("60 млн рублей", 60_000_000, "рубль")],
        ),
        (
            "Доходы бюджета выросли с 2,4 до 3,1 миллиарда рублей.",
            [("2,4", 2_400_000_000, "рубль"), ("3,1 миллиарда рублей", 3_100_000_000, "рубль")],
        ),
    ],
)
def test_a_decimal_start_takes_the_scale_of_the_end(text: str, expected: list) -> None:
    got = [(f["text"], f["value"], f["unit"]) for f in find_figures(text)]
    assert [(t, pytest.approx(v), u) for t, v, u in expected] == got


def test_an_unscaled_decimal_start_stays_no_figure() -> None:
    """Without a scale word the decimal may be anything (a price, a share); only the end counts."""
    got = [(f["text"], f["value"]) for f in find_figures("Цена выросла с 9,6 до 12 рублей.")]
    assert got == [("12 рублей", 12)]


def test_an_upper_bound_keeps_its_до() -> None:
    got = find_figures("На праздник ожидают до 3 тыс. человек.")
    assert [(f["text"], f["value"]) for f in got] == [("до 3 тыс. человек", 3000)]
