"""Bare numbers listed before a scaled figure share its scale and unit («премии в 60, 40 и 25
тысяч рублей» are three sums); a decimal with a spaced comma («4, 5 млрд») and years are no list."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import figures_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Победители конкурса ТОС получили премии в 60, 40 и 25 тысяч рублей.",
            [60000, 40000, 25000],
        ),
        ("Гранты составят 2,5 и 1,5 млн рублей.", [2500000, 1500000]),
        ("Призёрам вручили сертификаты на 15 и 10 тысяч рублей соответственно.", [15000, 10000]),
    ],
)
def test_listed_numbers_share_the_scale(text: str, expected: list) -> None:
    assert [f[0] for f in figures_and_tallies(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Расходы бюджета выросли до 4, 5 млрд рублей.", [4500000000]),
        ("В 2024 и 2025 годах на ремонт выделят 12 млн рублей.", [12000000]),
    ],
)
def test_no_list_no_new_figures(text: str, expected: list) -> None:
    assert [f[0] for f in figures_and_tallies(text)[0]] == expected
