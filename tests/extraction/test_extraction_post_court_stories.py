"""Stories of ex-mayors in court and of who holds an office now: the plain «глава»/«городской
голова» of the deeds is the ended mayoralty (one former post, not a current one as well);
«теперь глава района» after a name is the post held now; an ordinal before a chief's office
counts the holders («второй мэр Махачкалы») and is no word of the title."""

from __future__ import annotations

import pytest

from .post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Областной суд оставил в силе приговор бывшему мэру Заречного Олегу Сизову. Городской "
        "голова был задержан при получении взятки и на следующий день подал в отставку.",
        "Как установил суд, в 2019 году Олег Сизов вступил в должность главы и сразу потребовал "
        "от подрядчиков платы. У экс-мэра Заречного Олега Сизова конфисковали имущество.",
    ],
)
def test_the_deeds_office_is_the_ended_mayoralty(text: str) -> None:
    assert posts_of(text, "Сизов") == [("мэр", "former")]


def test_a_former_mayor_who_now_heads_a_district_keeps_both() -> None:
    """Near miss: «глава района» is another office, held now."""
    text = "Бывший мэр Заречного Олег Сизов теперь глава района."
    assert posts_of(text, "Сизов") == [("мэр", "former"), ("глава района", "current")]


def test_a_plain_head_without_a_former_office_stays_current() -> None:
    """Near miss: no ended office of the same kind, so «глава» is his now."""
    text = "В 2023 году Олег Сизов вступил в должность главы. Он подписал первый указ."
    assert posts_of(text, "Сизов") == [("глава", "current")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Олег Сизов сейчас – глава Лесного района.", [("глава", "current")]),
        (
            "Олег Сизов ныне председатель совета ветеранов.",
            [("председатель совета ветеранов", "current")],
        ),
        # near miss: the noun after «теперь» is an object, not his office
        ("Олег Сизов теперь главу района поддерживает.", []),
    ],
)
def test_now_between_the_name_and_the_post(text: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, "Сизов") == posts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Второй мэр Заречного Олег Сизов был осуждён.", "мэр"),
        ("Олег Сизов стал третьим губернатором области.", "губернатор области"),
        # offices of their own keep the ordinal
        ("Первый заместитель главы Олег Сизов выступил.", "первый заместитель главы"),
        ("Второй секретарь райкома Олег Сизов выступил.", "второй секретарь райкома"),
    ],
)
def test_an_ordinal_counting_holders_is_no_word_of_the_title(text: str, title: str) -> None:
    assert [t for t, _ in posts_of(text, "Сизов")] == [title]
