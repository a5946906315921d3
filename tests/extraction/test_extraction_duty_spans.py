"""«Исполнять обязанности главы временно будет Мария Ковалёва», «… на время его отпуска будет
…»: an adverb of time or a span («на время отсутствия») between the duties and the auxiliary
verb still leaves the name after the verb the acting holder; a span followed by no verb of
its own does not."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Исполнять обязанности главы поселения временно будет Мария Ковалёва.",
            "Ковалёва",
            "глава поселения",
        ),
        (
            "Исполнять обязанности главы района на время его отпуска будет Игорь Шаповалов.",
            "Шаповалов",
            "глава района",
        ),
        (
            "Исполнять обязанности заместителя мэра по экономике пока будет начальник отдела "
            "торговли Ольга Лукина.",
            "Лукина",
            "заместитель мэра по экономике",
        ),
    ],
)
def test_acting_holder_after_span(text: str, last: str, title: str) -> None:
    assert (title, "acting") in posts_of(text, last)


def test_span_without_verb_is_no_duty() -> None:
    text = (
        "Исполнять обязанности главы района на время ремонта в здании будет сложно, "
        "сказала Мария Ковалёва."
    )
    assert posts_of(text, "Ковалёва") == []
