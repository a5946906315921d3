"""A range whose dash has spaces round it («около 40 — 50 человек») gives both ends, as
«40–50 человек» does, also at the start of a sentence; a larger number before the dash, a year
or a score is no range."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["unit"], f["role"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Около 40 — 50 человек каждую субботу выходят на уборку берега.",
            [
                ("Около 40", 40, "человек", "participants"),
                ("50 человек", 50, "человек", "participants"),
            ],
        ),
        (
            "На встречу с главой поселения пришли 25 – 30 жителей улицы Луговой.",
            [
                ("25", 25, "житель", "participants"),
                ("30 жителей", 30, "житель", "participants"),
            ],
        ),
        (
            "В каждом из сёл круглый год живут 12 — 15 семей.",
            [("12", 12, "семья", None), ("15 семей", 15, "семья", None)],
        ),
    ],
)
def test_spaced_dash_range_gives_both_ends(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Матч на стадионе «Труд» завершился со счётом 3 — 1 в пользу хозяев.",
        "В 2019 — 48 человек, в 2024 — 61 человек.",
    ],
)
def test_no_range_without_a_smaller_short_number_first(text: str) -> None:
    assert not any(f["text"][0].isdigit() and "—" in f["text"] for f in find_figures(text))
    assert all(f["value"] not in (3, 2019, 2024) for f in find_figures(text))
