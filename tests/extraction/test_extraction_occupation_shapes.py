"""Person–post shapes of general Russian news (federal, foreign and business reporting, the
prose of factRuEval-style text rather than municipal bulletins). Each sentence is written for
this test; a post is checked by the words it covers in the text and by its body."""

from __future__ import annotations

import pytest

from extraction import extract


def posts_at(text: str, last: str) -> list[tuple[str, str | None]]:
    """(words of the text the post covers, its org) for the person with that surname."""
    for person in extract(text, "2024-05-14")["people"]:
        if person["last"] == last:
            return [(text[p["start"] : p["end"]], p["org"]) for p in person["posts"]]
    raise AssertionError(f"{last} not found in {text!r}")


# a body's abbreviation in brackets between the post and the name
BRACKETED_ALIASES = [
    (
        "Председатель Российского футбольного союза (РФС) Николай Толстых провёл "
        "пресс-конференцию.",
        "Толстых",
        ("Председатель Российского футбольного союза", "Российский футбольный союз"),
    ),
    (
        "Как заявил глава Федеральной антимонопольной службы (ФАС) Игорь Артемьев, "
        "проверка продлится месяц.",
        "Артемьев",
        ("глава Федеральной антимонопольной службы", "Федеральная антимонопольная служба"),
    ),
    (
        "Генеральный директор Международного энергетического агентства (IEA) Фатих Бироль "
        "представил доклад.",
        "Бироль",
        ("Генеральный директор Международного энергетического агентства", None),
    ),
    (
        "Письмо подписал президент Торгово-промышленной палаты (ТПП) Сергей Катырин.",
        "Катырин",
        ("президент Торгово-промышленной палаты", None),
    ),
]


@pytest.mark.parametrize(("text", "last", "post"), BRACKETED_ALIASES)
def test_post_before_a_bracketed_alias(text: str, last: str, post: tuple) -> None:
    words, org = post
    found = posts_at(text, last)
    assert [w for w, _ in found] == [words]
    if org is not None:
        assert found[0][1] == org


@pytest.mark.parametrize(
    "text",
    [
        # brackets that are no alias of a body: a remark, a year, a lower-case aside
        "Глава района (по данным избиркома) Иван Сомов набрал большинство голосов.",
        "Новая школа (2019) Иван Сомов назвал её лучшей в области.",
    ],
)
def test_other_brackets_give_no_post(text: str) -> None:
    assert posts_at(text, "Сомов") == []


# an adverb of degree grading an adjective of the body: the post goes on past it
DEGREES = [
    (
        "На митинге выступил лидер крайне левой партии «Новая справедливость» Олег Журавлёв.",
        "Журавлёв",
        (
            "лидер крайне левой партии «Новая справедливость»",
            "крайне левая партия «Новая справедливость»",
        ),
    ),
    (
        "Председатель наиболее крупного профсоюза страны Григорий Валуев призвал к забастовке.",
        "Валуев",
        ("Председатель наиболее крупного профсоюза страны", None),
    ),
]


@pytest.mark.parametrize(("text", "last", "post"), DEGREES)
def test_degree_adverb_inside_a_body(text: str, last: str, post: tuple) -> None:
    words, org = post
    found = posts_at(text, last)
    assert [w for w, _ in found] == [words]
    if org is not None:
        assert found[0][1] == org


def test_adverb_after_a_post_still_ends_it() -> None:
    # «крайне» grades a short adjective of the predicate, not the body of the post
    text = "Глава района Пётр Рогов крайне недоволен темпами ремонта."
    assert posts_at(text, "Рогов") == [("Глава района", None)]


# an adjective of renown opening a comma list of free professions covers the whole list
@pytest.mark.parametrize(
    "text",
    [
        "Вчера Олег Сафронов, знаменитый певец, актёр и журналист, дал концерт.",
        "Известная певица, актриса и писательница Алла Сафронова выпустила мемуары.",
    ],
)
def test_renowned_list_is_no_post(text: str) -> None:
    last = "Сафронов" if "Олег" in text else "Сафронова"
    assert posts_at(text, last) == []


@pytest.mark.parametrize(
    ("text", "last", "words"),
    [
        # a post in the list, or a profession said with whose it is, stays a post
        (
            "Олег Сафронов, известный художник, директор городского музея, открыл выставку.",
            "Сафронов",
            "директор городского музея",
        ),
        (
            "Олег Сафронов, депутат, поэт и публицист, открыл выставку.",
            "Сафронов",
            "депутат",
        ),
    ],
)
def test_list_with_a_post_keeps_it(text: str, last: str, words: str) -> None:
    assert words in [w for w, _ in posts_at(text, last)]


def test_bare_member_post_is_not_the_head_named_before() -> None:
    # a head of a body named before is not the «представитель» of a later sentence
    text = (
        "Глава МИД Эстонии Олег Панов прибыл в Москву. Переговоры продлились три часа. "
        "Представитель ведомства заявил журналистам, что встреча прошла успешно."
    )
    assert [w for w, _ in posts_at(text, "Панов")] == ["Глава МИД Эстонии"]


def test_bare_post_of_a_person_named_without_one_still_goes_to_them() -> None:
    text = (
        "Вчера Олег Панов прибыл в Москву. Представитель ведомства заявил журналистам, "
        "что встреча прошла успешно."
    )
    assert [w for w, _ in posts_at(text, "Панов")] == ["Представитель ведомства"]
