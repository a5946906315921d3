"""«Глава района Вершинин открыл сессию. Как сообщает корреспондент «Вестника», …»: a bare
reporter's post (корреспондент, пресс-секретарь) is the reporter's, not the official named
before with a post of his own; with no other post, the one person named before keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "second",
    [
        "Как сообщает корреспондент «Районных вестей», депутаты утвердили бюджет.",
        "Депутаты утвердили бюджет, передаёт корреспондент агентства.",
        "Об этом сообщил пресс-секретарь главы.",
    ],
)
def test_the_reporter_is_not_the_official(second: str) -> None:
    text = "Глава района Тимофей Лаптев открыл сессию. " + second
    assert posts_of(text, "Лаптев") == [("глава района", "current")]


def test_a_reporter_with_no_other_post_keeps_it() -> None:
    text = "Тимофей Лаптев пишет о районе десять лет. Корреспондент газеты побывал на сессии."
    assert posts_of(text, "Лаптев") == [("корреспондент газеты", "current")]
