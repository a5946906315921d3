"""A region in brackets between a fronted post and its verb: «Главой городского округа
Ветлуга (Нижегородская область) был избран Пётр Кольцов» holds the post; a bracket of other
words («(на фото)», «(32 из 35)») is not stepped over."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "12 апреля главой городского округа Ветлуга (Нижегородская область) был избран "
            "Пётр Кольцов.",
            "глава",
        ),
        ("Мэром Кунгура (Пермский край) стал Пётр Кольцов.", "мэр"),
        ("Председателем думы Сортавалы (Карелия) избрана Инна Шустова.", "председатель думы"),
    ],
)
def test_post_before_a_bracketed_region(text: str, title: str) -> None:
    last = "Шустова" if "Шустова" in text else "Кольцов"
    assert (title, "current") in posts_of(text, last)


@pytest.mark.parametrize(
    "text",
    [
        "Главой округа (на фото) избран Пётр Кольцов.",
        "Главой округа (32 из 35) избран Пётр Кольцов.",
    ],
)
def test_a_bracket_of_other_words_is_not_stepped_over(text: str) -> None:
    assert posts_of(text, "Кольцов") == []
