"""«Во главе комиссии встал …», «… встал во главу комиссии по бюджету»: standing at the head
of a body is heading it; at the head of anything that is no body, nothing."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Во главе комиссии по строительству встал Александр Руденко.",
            "председатель комиссии по строительству",
        ),
        (
            "Александр Руденко встал во главу комиссии по бюджету, финансам и налогам.",
            "председатель комиссии по бюджету, финансам и налогам",
        ),
        ("Александр Руденко встал во главе комиссии.", "председатель комиссии"),
    ],
)
def test_standing_at_the_head_of_a_body(text: str, title: str) -> None:
    assert posts_of(text, "Руденко") == [(title, "current")]


def test_at_the_head_of_a_column_is_no_post() -> None:
    assert posts_of("Во главе колонны встал Александр Руденко.", "Руденко") == []
