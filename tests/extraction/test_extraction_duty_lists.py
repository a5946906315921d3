"""Acting posts handed out by «поручить исполнять обязанности»: after a colon as a list of
«post in the genitive — name in the dative;» items (one item may name two offices joined by a
dash), and one post running straight into the dative name; a genitive name after the post is
its owner, not the one who acts."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of

LIST = (
    "Остальным членам правительства губернатор поручил исполнять до формирования нового "
    "состава обязанности:\n\nпервого заместителя губернатора — Павлу Рябинину;\n\n"
    "вице-губернатора — Глебу Каштанову;\n\nзаместителя губернатора — руководителя аппарата "
    "правительства — Инне Сорокиной;"
)


@pytest.mark.parametrize(
    ("last", "posts"),
    [
        ("Рябинин", [("первый заместитель губернатора", "acting")]),
        ("Каштанов", [("вице-губернатор", "acting")]),
        (
            "Сорокина",
            [
                ("заместитель губернатора", "acting"),
                ("руководитель аппарата правительства", "acting"),
            ],
        ),
    ],
)
def test_list_of_duties_after_a_colon(last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(LIST, last) == posts


def test_one_line_list() -> None:
    text = (
        "Мэр поручил исполнять обязанности: заместителя мэра — Глебу Каштанову; начальника "
        "управления культуры — Павлу Рябинину."
    )
    assert posts_of(text, "Рябинин") == [("начальник управления культуры", "acting")]


def test_post_running_into_the_dative_name() -> None:
    text = (
        "Губернатор поручил исполнять обязанности первого заместителя губернатора Павлу Рябинину."
    )
    assert posts_of(text, "Рябинин") == [("первый заместитель губернатора", "acting")]


def test_a_list_of_tasks_is_no_post() -> None:
    text = "Губернатор поручил исполнять обязанности: следить за дорогами — Павлу Рябинину."
    assert posts_of(text, "Рябинин") == []


def test_a_genitive_name_after_the_post_is_its_owner() -> None:
    text = "Глеб Каштанов исполняет обязанности главы района Павла Рябинина."
    assert ("глава района", "acting") not in posts_of(text, "Рябинин")
