"""Words between a fronted post and its verb — how the vote went, the footing of the post,
who voted, a day word — are no part of the post and do not stop it being found."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Председателем думы тайным голосованием избран Олег Клёнов.", "председатель думы"),
        ("Главой округа большинством голосов избран Олег Клёнов.", "глава округа"),
        ("Председателем совета со второй попытки избран Олег Клёнов.", "председатель совета"),
        ("Главой поселения в третий раз избран Олег Клёнов.", "глава поселения"),
        ("Председателем думы на постоянной основе избран Олег Клёнов.", "председатель думы"),
        ("Спикером собрания была вновь избрана Олеся Клёнова.", "спикер собрания"),
        ("Председателем думы депутаты единогласно избрали Олега Клёнова.", "председатель думы"),
        ("Главой района народные избранники выбрали Олега Клёнова.", "глава района"),
        (
            "Заместителем председателя думы депутаты выбрали сегодня Олега Клёнова.",
            "заместитель председателя думы",
        ),
    ],
)
def test_words_between_the_post_and_the_verb(text: str, title: str) -> None:
    last = "Клёнова" if "Олеся" in text else "Клёнов"
    assert posts_of(text, last) == [(title, "current")]


def test_a_second_attempt_and_the_voters_together() -> None:
    text = (
        "Заместителем председателя совета на постоянной основе депутаты выбрали вчера "
        "Олега Клёнова."
    )
    assert [t for t, _ in posts_of(text, "Клёнов")] == ["заместитель председателя совета"]


def test_a_noun_of_the_vote_without_its_manner_is_no_gap() -> None:
    # «голосованием» alone is no manner of the vote, so the verb is not reached
    text = "Председателем думы после долгого обсуждения избран Олег Клёнов."
    assert posts_of(text, "Клёнов") == []


def test_day_word_before_a_name_that_is_no_predicate() -> None:
    # a day word before the name with no link verb before it gives the name no post
    assert posts_of("Комиссия по бюджету собралась сегодня. Олег Клёнов выступил.", "Клёнов") == []


def test_a_bracketed_abbreviation_of_the_body_before_the_verb() -> None:
    text = "Директором городского предприятия «Зеленстрой» (МУП «ЗС») назначен Олег Клёнов."
    assert [t for t, _ in posts_of(text, "Клёнов")] != []


def test_brackets_with_a_date_are_no_abbreviation() -> None:
    assert posts_of("Председателем думы (с 2015 года) избран Олег Клёнов.", "Клёнов") == []


@pytest.mark.parametrize(
    "text",
    [
        "Депутаты выбрали главу поселения, им второй созыв подряд стал Олег Клёнов.",
        "Депутаты выбрали главу поселения. Им в очередной раз стал Олег Клёнов.",
    ],
)
def test_a_count_of_terms_between_the_pronoun_and_its_verb(text: str) -> None:
    assert posts_of(text, "Клёнов") == [("глава поселения", "current")]
