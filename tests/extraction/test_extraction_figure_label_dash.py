"""A count after a spaced dash that follows a labelled number («на участке № 12 — 412
избирателей», «в доме № 14 — 320 человек») is a figure: the label names one place and the dash
gives how many it has; after a plural noun («в округах № 4 — 7») the labels are a range."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Самая высокая явка была на участке № 1203 — 1 118 избирателей.",
            [("1 118 избирателей", 1118)],
        ),
        (
            "Больше всего детей записано в школу № 5 — 214 первоклассников.",
            [("214 первоклассников", 214)],
        ),
        ("Больше всего жильцов в доме № 14 — 320 человек.", [("320 человек", 320)]),
    ],
)
def test_count_after_a_labelled_place_and_a_dash(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


def test_labels_after_a_plural_noun_stay_a_range() -> None:
    assert _read("В округах № 4 — 7 избирателей больше, чем в прошлый раз.") == []
