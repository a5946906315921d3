"""«… в связи с избранием его главой района», «в связи с её назначением заместителем главы»:
an election said as a noun, its person a pronoun, gives that person the post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "post"),
    [
        (
            "Полномочия депутата Марка Осокина прекращены досрочно в связи с избранием его "
            "председателем районного совета.",
            "Осокин",
            ("председатель районного совета", "current"),
        ),
        (
            "Депутат Вера Ладыгина сложила мандат в связи с её назначением заместителем главы "
            "администрации.",
            "Ладыгина",
            ("заместитель главы администрации", "current"),
        ),
    ],
)
def test_the_pronoun_gets_the_post(text: str, last: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, last)


def test_a_pronoun_of_another_gender_gets_nothing() -> None:
    text = "Депутат Вера Ладыгина сложила мандат в связи с избранием его председателем совета."
    assert all(title != "председатель совета" for title, _ in posts_of(text, "Ладыгина"))


def test_an_appointment_with_no_post_gives_nothing() -> None:
    text = "Марк Осокин ждёт решения, но назначение его отложено до осени."
    assert posts_of(text, "Осокин") == []
