"""Professions of village and town life («фармацевт», «хормейстер», «педиатр», «лаборант»)
are post heads like «агроном» or «врач»: before a name they are its post, and a verb of
heading with one between it and the name still reaches the name; a profession named with no
name beside it is no one's post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "head"),
    [
        ("Благодарность получила хормейстер народного хора Вера Осокина.", "Осокина", "хормейстер"),
        ("Приём вела педиатр районной больницы Ольга Зайцева.", "Зайцева", "педиатр"),
        ("Ключевский сельсовет возглавила фармацевт Анна Жукова.", "Жукова", "глава"),
        ("Ключевский сельсовет возглавила фармацевт Анна Жукова.", "Жукова", "фармацевт"),
    ],
)
def test_profession_before_a_name(text: str, last: str, head: str) -> None:
    assert head in [title.split()[0] for title, _ in posts_of(text, last)]


def test_profession_without_a_name_beside_it() -> None:
    text = "Записаться к педиатру можно по телефону, сообщила Анна Жукова."
    assert posts_of(text, "Жукова") == []
