"""Hyphens written for dashes: a tally with no spaces («за-20, против-1, воздержались-0») or
with «возд.», and a range with a hyphen («20-25 человек», both bounds as for «20–25»); while
dates, phones, times and ranges of ordinals («в 10–11 классах», «5-7 места») stay no counts."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import figures_and_tallies as read


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Итоги голосования: за-18, против-2, воздержались-1.", (18, 2, 1)),
        ("Проголосовали: за-18, против-2.", (18, 2, None)),
        ("Решение принято (за - 18, против - 2, возд. - 1).", (18, 2, 1)),
    ],
)
def test_a_tally_with_hyphens_or_an_abbreviated_abstention(text: str, tally: tuple) -> None:
    assert read(text)[1] == [tally]


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("На встречу пришли 30-35 человек.", [30, 35], "человек"),
        ("Ежедневно на приём приходят 10-15 жителей.", [10, 15], "житель"),
    ],
)
def test_a_hyphen_range_counts_both_bounds(text: str, values: list, unit: str) -> None:
    found, _ = read(text)
    assert [(v, u) for v, u, _ in found] == [(v, unit) for v in values]


@pytest.mark.parametrize(
    "text",
    [
        "Программа рассчитана на 2025-2027 годы.",
        "Телефон приёмной 22-33-44, приём с 9-00.",
        "Заседания пройдут 12-13 марта.",
        "Ученики 5-7 классов посетили музей.",
        "В 10–11 классах прошли уроки мужества.",
    ],
)
def test_dates_phones_and_ranges_of_ordinals_are_no_counts(text: str) -> None:
    assert read(text) == ([], [])
