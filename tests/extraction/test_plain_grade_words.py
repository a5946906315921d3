"""«новоиспечённый», «обычный», «рядовой» before a post describe its holder or its grade, not
the post: «Новоиспечённый заместитель губернатора» holds «заместитель губернатора»."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Новоиспечённый заместитель мэра Ростислав Ельцов провёл первое совещание.",
            ("заместитель мэра", "current"),
        ),
        (
            "Новоиспеченный министр Ростислав Ельцов представил коллективу план работы.",
            ("министр", "current"),
        ),
        ("Рядовой депутат Ростислав Ельцов голосовал против.", ("депутат", "current")),
    ],
)
def test_the_word_leaves_the_title(text: str, post: tuple[str, str]) -> None:
    assert posts_of(text, "Ельцов") == [post]


def test_a_private_is_no_post() -> None:
    assert posts_of("Рядовой Ростислав Ельцов получил медаль.", "Ельцов") == []
