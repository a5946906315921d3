"""What does not belong to a post phrase by agreement: a participle of another gender before
the head («(программа,) поддержанной Губернатором»), and a plural post after a name's comma,
which names others («Выступил Петров, главы поселений задали вопросы»). And a post held over
a span of years («занимавший в 2016 году пост») is behind its holder."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


def test_a_participle_of_another_gender_is_no_part_of_the_title() -> None:
    text = "Программа, поддержанной Губернатором области Тимуром Алексеевым, продлена."
    assert posts_of(text, "Алексеев") == [("губернатор области", "current")]


def test_a_participle_that_agrees_stays() -> None:
    text = "Исполняющая обязанности главы района Нина Бортникова провела приём."
    assert posts_of(text, "Бортникова") == [("глава района", "acting")]


@pytest.mark.parametrize(
    "text",
    [
        "Выступил Тимур Алексеев, главы и старосты сельских поселений задали вопросы.",
        "На сходе были Тимур Алексеев, председатели уличных комитетов и жители.",
    ],
)
def test_a_plural_post_after_the_comma_names_others(text: str) -> None:
    assert posts_of(text, "Алексеев") == []


@pytest.mark.parametrize(
    "text",
    [
        "Тимур Алексеев, председатель совета директоров, выступил.",
        "Слово взяла Нина Бортникова, заместитель главы района.",
    ],
)
def test_a_singular_apposition_with_a_plural_complement_stays(text: str) -> None:
    last = "Алексеев" if "Алексеев" in text else "Бортникова"
    assert len(posts_of(text, last)) == 1


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Тимур Алексеев, занимавший в 2016 году пост главы района, выступил.", "former"),
        ("Тимур Алексеев, занимавший с 2010 по 2016 год пост главы района, выступил.", "former"),
        ("Тимур Алексеев, занимающий с 2016 года пост главы района, выступил.", "current"),
    ],
)
def test_a_span_of_years_before_the_post_noun(text: str, status: str) -> None:
    assert posts_of(text, "Алексеев") == [("глава района", status)]
