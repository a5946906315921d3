"""A place adjective before a one-word office («печорский мэр», «ярославский губернатор»)
leaves the title; an adjective of a level of government («городской глава») stays in it."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Вологодский мэр Аркадий Синицын открыл сессию.", ("мэр", "current")),
        ("Курганский губернатор Аркадий Синицын провёл приём.", ("губернатор", "current")),
    ],
)
def test_the_place_adjective_leaves(text: str, post: tuple[str, str]) -> None:
    assert posts_of(text, "Синицын") == [post]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Городской глава Аркадий Синицын открыл сессию.", ("городской глава", "current")),
        ("Сельский глава Аркадий Синицын провёл сход.", ("сельский глава", "current")),
    ],
)
def test_a_level_adjective_stays(text: str, post: tuple[str, str]) -> None:
    assert posts_of(text, "Синицын") == [post]
