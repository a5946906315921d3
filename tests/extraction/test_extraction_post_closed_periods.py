"""A post held over a span of years that has ended is a former post; an open span or one
reaching the publication year keeps it current."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.closed_periods import closed_span


def posts(text: str, published: str | None = "2024-05-01") -> list[tuple[str, str]]:
    found = extract(text, published)["people"]
    return [(q["title"], q["status"]) for p in found for q in p["posts"]]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Дронов — глава района с 2012 по 2019 год — теперь работает в министерстве.",
        "Олег Дронов, глава района в 2012–2019 годах, теперь работает в министерстве.",
        "Олег Дронов, в 2012–2019 годах глава района, теперь работает в министерстве.",
        "Олег Дронов, с 2012 по 2019 год глава района, теперь работает в министерстве.",
        "Олег Дронов, глава района в 2012-19 гг., теперь работает в министерстве.",
    ],
)
def test_a_closed_span_makes_the_post_former(text: str) -> None:
    assert posts(text) == [("глава района", "former")]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Дронов, с 2012 года глава района, открыл новую школу.",
        "Олег Дронов с 2012 года — глава района.",
        # a term that runs to the publication year or later is still held
        "Олег Дронов, глава района в 2021–2026 годах, открыл новую школу.",
    ],
)
def test_an_open_span_keeps_it_current(text: str) -> None:
    assert posts(text) == [("глава района", "current")]


def test_with_no_date_any_closed_span_has_ended() -> None:
    text = "Олег Дронов, глава района в 2021–2026 годах, открыл новую школу."
    assert posts(text, None) == [("глава района", "former")]
    assert closed_span("глава с 2001 по 2005 год", 0, 5, None)
    assert not closed_span("глава с 2001 года", 0, 5, None)
