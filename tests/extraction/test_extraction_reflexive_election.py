"""«… задержан спустя год после своего избрания главой района», «После избрания главой
поселения Олег Сабуров …»: an election said as a noun with the reflexive «своего» (or no
possessor after «после») gives the post to the sentence's subject."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "post"),
    [
        (
            "Геннадий Ромашов был отстранён в апреле, спустя полгода после своего избрания "
            "главой района.",
            "Ромашов",
            ("глава района", "current"),
        ),
        (
            "Через месяц после избрания главой поселения Тарас Гуляев уволил трёх заместителей.",
            "Гуляев",
            ("глава поселения", "current"),
        ),
        (
            "После своего назначения заместителем министра Вера Кольцова переехала в Псков.",
            "Кольцова",
            ("заместитель министра", "current"),
        ),
        (
            "Тарас Гуляев сменил прежнюю команду после своего избрания главой города.",
            "Гуляев",
            ("глава города", "current"),
        ),
    ],
)
def test_the_subject_gets_the_post(text: str, last: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, last)


def test_another_named_person_leaves_a_bare_election_alone() -> None:
    # whose election? «после избрания» with no possessor and two people named
    text = "Тарас Гуляев поздравил Аллу Сенчину после избрания главой района."
    assert ("глава района", "current") not in posts_of(text, "Гуляев")
    assert ("глава района", "current") not in posts_of(text, "Сенчина")


def test_a_named_electee_is_not_the_subject() -> None:
    text = "После избрания Аллы Сенчиной главой района Тарас Гуляев ушёл в отставку."
    assert ("глава района", "current") not in posts_of(text, "Гуляев")


def test_an_election_with_no_post_gives_nothing() -> None:
    text = "Алла Сенчина рассказала о своих планах после избрания."
    assert posts_of(text, "Сенчина") == []
