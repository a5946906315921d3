"""Words of time between «возглавлять» and the body headed: «возглавлявший до этого комитет»,
«Возглавлявшая на протяжении пяти лет комиссию», «возглавлял три года управление»."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Регламентный комитет возглавил Остап Лукин, так как возглавлявший до этого "
            "комитет Герман Швецов перешёл в правительство края.",
            ("председатель комитета", "former"),
        ),
        (
            "Возглавлявший на протяжении четырёх лет комиссию по экологии Герман Швецов "
            "стал советником губернатора.",
            ("председатель комиссии по экологии", "former"),
        ),
        (
            "Герман Швецов возглавлял в 2016–2019 годах управление образования.",
            ("начальник управления образования", "former"),
        ),
    ],
)
def test_the_headed_body_past_words_of_time(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, "Швецов")


def test_a_headed_column_is_no_post() -> None:
    assert posts_of("Герман Швецов до этого возглавлял колонну ветеранов.", "Швецов") == []


def test_time_words_before_a_non_body_give_nothing() -> None:
    text = "Герман Швецов на протяжении двух лет возглавлял шествие."
    assert posts_of(text, "Швецов") == []
