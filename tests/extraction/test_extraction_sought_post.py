"""«Комиссия определила кандидатами на пост главы района …»: the post of a candidacy is sought,
not held, so the names after it do not take it in apposition; an appointment does."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Конкурсная комиссия определила кандидатом на пост главы округа Игната Бочарова.",
            ["Бочаров"],
        ),
        (
            "Комиссия выбрала кандидатами на пост главы поселения Игната Бочарова и "
            "Лидию Карпенко.",
            ["Бочаров", "Карпенко"],
        ),
        (
            "Во втором этапе участвовали претенденты на должность главы района Игнат Бочаров и "
            "Лидия Карпенко.",
            ["Бочаров", "Карпенко"],
        ),
    ],
)
def test_a_sought_post_is_nobodys(text: str, names: list[str]) -> None:
    for last in names:
        assert all(not title.startswith("глава") for title, _ in posts_of(text, last))


def test_an_appointment_to_the_post_still_gives_it() -> None:
    text = "Депутаты назначили на пост главы округа Игната Бочарова."
    assert ("глава округа", "current") in posts_of(text, "Бочаров")


def test_a_list_appointed_to_posts_still_gets_them() -> None:
    text = "Заместителями главы назначены Игнат Бочаров и Лидия Карпенко."
    assert ("заместитель главы", "current") in posts_of(text, "Карпенко")
