"""«по меньшей мере», «как минимум» and «минимум» bound a count from below, as «не менее» does:
the figure is approximate and its span opens with the words; a «минимум» that is no part of
the count («Минимум через неделю пришли …») leaves the count alone."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures

_CASES = [
    (
        "В новом классе окажутся по меньшей мере восемь учеников.",
        "по меньшей мере восемь учеников",
        "по меньшей мере",
    ),
    ("На сход в Заречье пришли как минимум 40 жителей.", "как минимум 40 жителей", "как минимум"),
    ("Для избрания нужно набрать минимум 16 голосов.", "минимум 16 голосов", "минимум"),
]


@pytest.mark.parametrize(("text", "span", "approx"), _CASES)
def test_lower_bound_words_are_approximate(text: str, span: str, approx: str) -> None:
    (fig,) = find_figures(text)
    assert (fig["text"], fig["approx"]) == (span, approx)


def test_a_minimum_of_time_is_no_bound_of_the_count() -> None:
    (fig,) = find_figures("Минимум через неделю в клуб пришли 25 жителей.")
    assert (fig["text"], fig["approx"]) == ("25 жителей", None)
