"""«Комиссией по экологии будет руководить Пётр Соколов»: the analytic future of a heading
verb heads the body before «будет», a post not yet held («elect», as «возглавит»)."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Комиссией по экологии и природопользованию будет руководить Пётр Соколов.",
            "председатель комиссии по экологии и природопользованию",
        ),
        ("Отделом культуры будет руководить Пётр Соколов.", "начальник отдела культуры"),
    ],
)
def test_future_heading_is_an_elect_post(text: str, title: str) -> None:
    assert posts_of(text, "Соколов") == [(title, "elect")]


def test_present_heading_stays_current() -> None:
    assert posts_of("Комиссией по экологии руководит Пётр Соколов.", "Соколов") == [
        ("председатель комиссии по экологии", "current")
    ]


def test_future_of_another_verb_is_no_post() -> None:
    assert posts_of("Комиссией по экологии будет заниматься Пётр Соколов.", "Соколов") == []
