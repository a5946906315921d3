"""«Анна Котова, помощник депутата Петра Лунёва», «Помощник депутата Петра Лунёва Анна Котова»:
a dependent post (помощник, заместитель, советник) whose superior is named in the genitive is
the first person's, and the superior holds only the inner post («депутат»); a first name the
people layer read as another form («Петра» -> «Петр») is not the nominative it could be. A post
before a nominative name after a comma stays that name's."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Слово взяла Анна Котова, помощник депутата Петра Лунёва.",
        "Помощник депутата Петра Лунёва Анна Котова взяла слово.",
    ],
)
def test_aide_and_superior(text: str) -> None:
    assert posts_of(text, "Котова") == [("помощник депутата", "current")]
    assert posts_of(text, "Лунёв") == [("депутат", "current")]


def test_deputy_of_a_minister_named_after() -> None:
    text = "Доклад прочла Анна Котова, заместитель министра финансов Петра Лунёва, и ушла."
    assert posts_of(text, "Котова") == [("заместитель министра финансов", "current")]
    assert posts_of(text, "Лунёв") == [("министр финансов", "current")]


def test_post_before_a_nominative_name_is_that_names() -> None:
    text = "Пришли Анна Котова, заместитель главы Игорь Лунёв и другие."
    assert posts_of(text, "Котова") == []
    assert posts_of(text, "Лунёв") == [("заместитель главы", "current")]
