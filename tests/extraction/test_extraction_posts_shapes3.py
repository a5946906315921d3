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


# two posts in one case before a name: a body or place closing the first one makes it
# another, unnamed person's; with nothing between the heads both are the name's
TWO_HOLDERS = [
    (
        "Губернатору края и председателю Законодательного собрания Олегу Гусеву направили "
        "обращение.",
        "Гусев",
        ["председатель"],  # the body goes to «org»
    ),
    (
        "Мэр города и председатель городской думы Ирина Тарасова подписали соглашение.",
        "Тарасова",
        ["председатель городской думы"],
    ),
    (
        "Депутат и председатель комиссии по бюджету Павел Лебедев выступил с докладом.",
        "Лебедев",
        ["депутат", "председатель комиссии по бюджету"],
    ),
    (
        "Министр культуры и туризма Анна Фомина открыла выставку.",
        "Фомина",
        ["министр культуры и туризма"],
    ),
]


@pytest.mark.parametrize(("text", "last", "titles"), TWO_HOLDERS)
def test_two_posts_before_a_name(text: str, last: str, titles: list[str]) -> None:
    got = [t for t, _ in people_of(text)[last]]
    assert [t for t in got if t in titles] == titles
    assert len(got) == len(titles)


# a plural post whose complements are joined by «и» before the same preposition or «№»,
# shared by as many names: each name's own complement in turn
RESPECTIVE = [
    (
        "Председатели комиссий по бюджету и по местному самоуправлению Олег Гусев и Ирина "
        "Тарасова ответили на вопросы.",
        {
            "Гусев": "председатель комиссии по бюджету",
            "Тарасова": "председатель комиссии по местному самоуправлению",
        },
    ),
    (
        "Директора гимназий № 5 и № 12 Павел Лебедев и Анна Фомина получили грамоты.",
        {"Лебедев": "директор гимназии № 5", "Фомина": "директор гимназии № 12"},
    ),
]


@pytest.mark.parametrize(("text", "titles"), RESPECTIVE)
def test_respective_complements(text: str, titles: dict[str, str]) -> None:
    got = people_of(text)
    assert {last: [t for t, _ in got[last]] for last in titles} == {
        last: [title] for last, title in titles.items()
    }


def test_shared_complements_with_more_names_stay_one_post() -> None:
    text = (
        "Председатели комиссий по бюджету и по экологии Олег Гусев, Ирина Тарасова и "
        "Павел Лебедев ответили на вопросы."
    )
    got = people_of(text)
    titles = {t for last in ("Гусев", "Тарасова", "Лебедев") for t, _ in got[last]}
    assert len(titles) == 1


# «руководство X осуществляет» is the post «руководит X» gives
EXERCISED = [
    ("Руководство поселением осуществляет Дмитрий Гусев.", "Гусев", ("глава поселения", "current")),
    (
        "Руководство контрольной комиссией осуществляла Ирина Тарасова.",
        "Тарасова",
        ("председатель контрольной комиссии", "former"),
    ),
    (
        "Павел Лебедев осуществляет руководство управлением.",
        "Лебедев",
        ("начальник управления", "current"),
    ),
]


@pytest.mark.parametrize(("text", "last", "post"), EXERCISED)
def test_exercised_leadership(text: str, last: str, post: tuple[str, str]) -> None:
    assert people_of(text)[last] == [post]


def test_leading_a_project_is_no_post() -> None:
    assert people_of("Руководство проектом осуществляет Дмитрий Гусев.")["Гусев"] == []


# places said by adjectives sharing one plural noun are no one place: the title keeps them
SHARED_NOUN = [
    (
        "Заместители главы Ленинского и Советского районов Олег Гусев и Павел Лебедев "
        "проверили дороги.",
        ["Гусев", "Лебедев"],
        "заместитель главы Ленинского и Советского районов",
    ),
    (
        "Глава Ленинского и Советского районов Ирина Тарасова провела совещание.",
        ["Тарасова"],
        "глава Ленинского и Советского районов",
    ),
]


@pytest.mark.parametrize(("text", "lasts", "title"), SHARED_NOUN)
def test_places_sharing_one_noun(text: str, lasts: list[str], title: str) -> None:
    got = people_of(text)
    assert all([t for t, _ in got[last]] == [title] for last in lasts)


@pytest.mark.parametrize(
    ("text", "last", "post"),
    [
        ("Районом руководит Андрей Гусев.", "Гусев", ("глава района", "current")),
        ("Поселением руководит Павел Фомин.", "Фомин", ("глава поселения", "current")),
        ("Районом руководила Ирина Тарасова.", "Тарасова", ("глава района", "former")),
    ],
)
def test_headed_common_noun_opening_a_sentence(text: str, last: str, post: tuple) -> None:
    """A body's common noun capitalised at a sentence start is no named place."""
    assert people_of(text)[last] == [post]


def test_heads_of_places_sharing_one_noun_respectively() -> None:
    """«Главы X-ого и Y-ого районов A и B»: each name heads its own place in turn."""
    text = "Главы Ленинского и Советского районов Олег Гусев и Павел Лебедев открыли ярмарку."
    got = {
        person["last"]: [(p["title"], p["place"]) for p in person["posts"]]
        for person in extract(text, "2024-05-14")["people"]
    }
    assert got["Гусев"] == [("глава", "Ленинский район")]
    assert got["Лебедев"] == [("глава", "Советский район")]
