"""A subject pronoun before a duty verb («Он будет временно исполнять полномочия спикера»)
makes the person it stands for the acting holder, and «Последний» / «Последняя» opening a
sentence stands for the last of the people listed in the sentence before."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Первым заместителем председателя избран Тимур Галеев. Он будет временно исполнять "
        "полномочия председателя собрания.",
        "Первым заместителем председателя избран Тимур Галеев. Он с 1 апреля исполняет "
        "обязанности председателя собрания.",
    ],
)
def test_a_pronoun_performing_duties_is_the_acting_holder(text: str) -> None:
    assert ("председатель собрания", "acting") in posts_of(text, "Галеев")


def test_a_pronoun_performing_a_promise_holds_nothing() -> None:
    text = "Первым заместителем председателя избран Тимур Галеев. Он исполнил своё обещание."
    assert posts_of(text, "Галеев") == [("первый заместитель председателя", "current")]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Мандаты сдали Вера Шубина и Тимур Галеев. Последний недавно исполнял обязанности "
            "главы округа.",
            "Галеев",
            ("глава округа", "acting"),
        ),
        (
            "Из думы ушли Тимур Галеев и Вера Шубина. Последняя с 2019 года была директором лицея.",
            "Шубина",
            ("директор лицея", "former"),
        ),
    ],
)
def test_the_latter_is_the_last_one_listed(text: str, name: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, name)


def test_the_latter_is_not_the_first_one_listed() -> None:
    text = (
        "Мандаты сдали Вера Шубина и Тимур Галеев. Последний недавно исполнял обязанности "
        "главы округа."
    )
    assert posts_of(text, "Шубина") == []


def test_the_latter_needs_a_list_before_it() -> None:
    text = "Мандат сдал Тимур Галеев. Последний недавно исполнял обязанности главы округа."
    assert posts_of(text, "Галеев") == []


def test_last_as_an_adjective_is_no_person() -> None:
    text = "Мандаты сдали Тимур Галеев и Вера Шубина. Последняя сессия прошла без них."
    assert posts_of(text, "Шубина") == []
