"""«Ключевский сельсовет возглавила Ирина Плотникова»: a village or settlement council
(«сельсовет», «поссовет») named before the verb of heading makes its head («глава»), a district
council («райсовет») its chair; being somewhere in a council is no post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "head"),
    [
        ("Ключевский сельсовет теперь возглавляет Ирина Плотникова.", "Плотникова", "глава"),
        ("Дубровский сельсовет возглавила агроном Анна Жукова.", "Жукова", "глава"),
        ("Заречный поссовет вновь возглавил Степан Гончаров.", "Гончаров", "глава"),
        ("Райсовет на новый срок возглавил Тимур Акбаров.", "Акбаров", "председатель"),
    ],
)
def test_heading_a_council_is_its_head(text: str, last: str, head: str) -> None:
    assert head in [title.split()[0] for title, _ in posts_of(text, last)]


def test_visiting_a_council_is_no_post() -> None:
    text = "Степан Гончаров приехал в Заречный поссовет на встречу с жителями."
    assert posts_of(text, "Гончаров") == []
