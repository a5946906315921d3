"""Post shapes of municipal news, third set: a lone surname opening a participle clause
(«Гусев, занимавший пост …»), a second post «а затем» the same «пост» governs, two coordinated
posts before a name with a body closing the first one, plural posts shared by a list of
names, and «руководство X осуществляет». Each sentence is written for this test."""

from __future__ import annotations

import pytest

from extraction import extract


def people_of(text: str) -> dict[str, list[tuple[str, str]]]:
    return {
        person["last"]: [(p["title"], p["status"]) for p in person["posts"]]
        for person in extract(text, "2024-05-14")["people"]
    }


# a surname alone before a comma and a participle of holding or taking a post
LONE_SURNAMES = [
    (
        "Гусев, занимавший пост заместителя мэра, перешёл в областное правительство.",
        "Гусев",
        [("заместитель мэра", "former")],
    ),
    (
        "Тарасова, работавшая директором библиотеки, возглавила управление культуры.",
        "Тарасова",
        [("директор библиотеки", "former")],
    ),
    (
        "Вчера Лебедев, занимавший должность главы поселения, подал в отставку.",
        "Лебедев",
        [("глава поселения", "former")],
    ),
    # the second post after «а затем / а потом / а позже», governed by the same «пост»
    (
        "Сорокин, занимавший пост вице-мэра, а затем главы администрации, ушёл на пенсию.",
        "Сорокин",
        [("вице-мэр", "former"), ("глава администрации", "former")],
    ),
    (
        "Ольга Фомина, занимавшая должность заместителя главы, а позже первого заместителя "
        "губернатора, стала сенатором.",
        "Фомина",
        [("заместитель главы", "former"), ("первый заместитель губернатора", "former")],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), LONE_SURNAMES)
def test_lone_surname_before_participle(text: str, last: str, posts: list) -> None:
    assert all(p in people_of(text)[last] for p in posts)


@pytest.mark.parametrize(
    "text",
    [
        "Ростов, занимавший третье место в рейтинге, уступил Казани.",
        "Новый, работавший всю ночь, сломался утром.",
    ],
)
def test_place_or_word_before_participle_is_nobody(text: str) -> None:
    assert people_of(text) == {}


def test_then_without_a_post_adds_nothing() -> None:
    text = "Дмитрий Гусев занимал пост мэра, а затем депутаты отправили его в отставку."
    assert [t for t, _ in people_of(text)["Гусев"]] == ["мэр"]
