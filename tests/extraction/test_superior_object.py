"""A genitive name after a deputy's or a representative's post that follows a verb taking no
object («работал», «стал», «назначен»): the name is the superior, the post the subject's."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "holder", "post", "superior", "office"),
    [
        (
            "Прежде Глеб Арсеньев работал первым заместителем главы Твери Ильи Воронова.",
            "Арсеньев",
            ("первый заместитель главы", "former"),
            "Воронов",
            ("глава", "current"),
        ),
        (
            "Глеб Арсеньев назначен представителем губернатора Тамбовской области Ильи "
            "Воронова в Совете Федерации.",
            "Арсеньев",
            ("представитель губернатора", "current"),
            "Воронов",
            ("губернатор", "current"),
        ),
        (
            "В прошлом году Глеб Арсеньев стал советником мэра Ильи Воронова.",
            "Арсеньев",
            ("советник мэра", "current"),
            "Воронов",
            ("мэр", "current"),
        ),
    ],
)
def test_the_superior_keeps_his_office_only(
    text: str, holder: str, post: tuple[str, str], superior: str, office: tuple[str, str]
) -> None:
    assert post in posts_of(text, holder)
    assert posts_of(text, superior) == [office]


def test_an_object_of_an_active_verb_is_the_appointee() -> None:
    text = "Губернатор назначил первым заместителем председателя правительства Илью Воронова."
    assert ("первый заместитель председателя правительства", "current") in posts_of(text, "Воронов")


def test_a_nominative_name_after_the_verb_holds_the_post() -> None:
    text = "Первым заместителем главы Твери назначен Илья Воронов."
    assert posts_of(text, "Воронов") == [("первый заместитель главы", "current")]


@pytest.mark.parametrize(
    ("text", "post", "office"),
    [
        (
            "Затем Глеб Арсеньев занимал должность заместителя губернатора Ильи Воронова.",
            ("заместитель губернатора", "former"),
            [("губернатор", "current")],
        ),
        (
            "Глеб Арсеньев, занимавший пост помощника мэра Ильи Воронова, ушёл в бизнес.",
            ("помощник мэра", "former"),
            [("мэр", "current")],
        ),
        (
            "Глеб Арсеньев занимал должность советника Ильи Воронова.",
            ("советник", "former"),
            [],
        ),
    ],
)
def test_a_held_deputy_post_is_the_subjects(
    text: str, post: tuple[str, str], office: list[tuple[str, str]]
) -> None:
    assert post in posts_of(text, "Арсеньев")
    assert posts_of(text, "Воронов") == office


def test_a_deputy_named_after_his_post_keeps_it() -> None:
    text = "На встрече выступил заместитель губернатора Илья Воронов."
    assert posts_of(text, "Воронов") == [("заместитель губернатора", "current")]
