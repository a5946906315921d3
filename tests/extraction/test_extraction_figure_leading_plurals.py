"""A scaled number after a dash at a sentence's end, with no noun of its own, counts the plural
genitive that opens the sentence: «Блинов испекли больше, чем гостей, – 10 тысяч» (блины, not
the guests named nearer), «Саженцев высадили рекордное количество – 12 тысяч»."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["unit"], f["is_people"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пирожков на ярмарке продали больше, чем было покупателей, – 6 тысяч.",
            [("6 тысяч", 6000, "пирожок", False)],
        ),
        (
            "Тюльпанов в этом году высадили рекордное количество – 15 тысяч.",
            [("15 тысяч", 15000, "тюльпан", False)],
        ),
        (
            "Книг в районную библиотеку за год поступило рекордное количество – 2,5 тысячи.",
            [("2,5 тысячи", 2500, "книга", False)],
        ),
    ],
)
def test_a_scaled_number_at_the_end_counts_the_opening_plural(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_no_opening_plural_leaves_the_number_alone() -> None:
    """Without a plural genitive at the start the scaled number still needs another cue."""
    assert _read("Вчера на ярмарке было много народу – 6 тысяч.") == []
