"""A link verb's participle opening a later apposition («…, бывшего главу района, ранее
работавшего министром финансов области») is no part of the post, and a participle's aside
closed by a comma belongs to the name before it, not to the next one in a list («Анна
Лунина, являющаяся председателем комитета, и Игорь Сотов, занимающий должность …»)."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Суд оправдал Кирилла Пестова, бывшего главу поселения, ранее работавшего "
            "министром лесного хозяйства края.",
            ("министр лесного хозяйства края", "former"),
        ),
        (
            "Слово дали Кириллу Пестову, бывшему главе поселения, работающему ныне "
            "советником губернатора.",
            ("советник губернатора", "current"),
        ),
    ],
)
def test_a_participle_before_a_second_post_is_dropped(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, "Пестов")


def test_a_participle_aside_stays_with_its_own_name() -> None:
    text = (
        "Приём вели Дарья Ковалёва, являющаяся председателем комиссии по здравоохранению, "
        "и Роман Ильин, занимающий должность главы округа."
    )
    assert posts_of(text, "Ковалёва") == [("председатель комиссии по здравоохранению", "current")]
    assert posts_of(text, "Ильин") == [("глава округа", "current")]


def test_a_participle_right_before_the_name_still_gives_the_post() -> None:
    text = "Работавший прежде заместителем мэра Роман Ильин выступил на сессии."
    assert posts_of(text, "Ильин") == [("заместитель мэра", "former")]


def test_a_participle_after_and_is_no_part_of_the_post() -> None:
    text = (
        "Суд оправдал Кирилла Пестова, ранее возглавлявшего Озёрный район и работавшего "
        "министром лесного хозяйства края."
    )
    assert ("министр лесного хозяйства края", "former") in posts_of(text, "Пестов")


def test_a_post_after_and_keeps_its_own_words() -> None:
    text = "Слово взял Кирилл Пестов, политик и лидер партии."
    assert posts_of(text, "Пестов") == [("лидер партии", "current")]
