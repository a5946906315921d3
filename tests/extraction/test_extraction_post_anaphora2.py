"""A post said without a name in one sentence, its holder named without a post in another.
Every passage is written for this test; a post is checked by the words it covers."""

from __future__ import annotations

import pytest

from extraction import extract


def posts_of(text: str, last: str) -> list[str]:
    """The words of the text each post of the person with that surname covers."""
    for person in extract(text, "2024-05-14")["people"]:
        if person["last"] == last:
            return [text[p["start"] : p["end"]] for p in person["posts"]]
    raise AssertionError(f"{last} not found in {text!r}")


# a one-holder office in an oblique case, the holder named alone beside it
OFFICE_BESIDE_NAME = [
    (
        "Критика в адрес мэра Казани звучит всё громче. Ильсур Метшин пока не ответил на неё.",
        "Метшин",
        ["мэра Казани"],
    ),
    (
        "Евросоюз ввёл санкции против переизбранного президента Венесуэлы. Николасу Мадуро "
        "запрещён въезд в страны союза.",
        "Мадуро",
        ["переизбранного президента Венесуэлы"],
    ),
    (
        "Вчера в Москве завершился визит бразильского президента. Луис Лула да Силва провёл "
        "переговоры в Кремле.",
        "да Силва",
        ["бразильского президента"],
    ),
    (
        "Реджеп Эрдоган прилетел в Баку. Визит турецкого президента продлится два дня.",
        "Эрдоган",
        ["турецкого президента"],
    ),
    (
        "Посол Японии Кэндзи Мори вручил ноту. Токио недоволен словами губернатора "
        "Сахалинской области. Валерий Лимаренко ответил, что поедет на острова снова.",
        "Лимаренко",
        ["губернатора Сахалинской области"],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), OFFICE_BESIDE_NAME)
def test_office_goes_to_the_one_person_beside_it(text: str, last: str, posts: list) -> None:
    assert posts_of(text, last) == posts


# the office must stay unassigned: a rival, an act of someone else, the office itself
NO_OFFICE = [
    (
        "Иван Петров раскритиковал решение мэра Казани. Горожане его поддержали.",
        "Петров",
    ),
    (
        "Олег Панов прибыл в Казань. Он встретился с мэром Казани и обсудил ремонт дорог.",
        "Панов",
    ),
    (
        "Выборы мэра Казани назначены на сентябрь. Олег Панов объявил, что пойдёт на них.",
        "Панов",
    ),
    (
        "В Кремле обсуждали визит бразильского президента. Олег Панов и Ирина Седова "
        "готовят переговоры.",
        "Панов",
    ),
    (
        "Политолог Иван Петров считает, что позиции мэра Казани прочны.",
        "Петров",
    ),
    (
        "Кандидатуру на пост губернатора области согласуют в мае. Ирина Седова не "
        "исключает, что выдвинется.",
        "Седова",
    ),
]


@pytest.mark.parametrize(("text", "last"), NO_OFFICE)
def test_office_not_given_without_one_holder_in_reach(text: str, last: str) -> None:
    assert not [w for w in posts_of(text, last) if "мэр" in w or "президент" in w or "губерн" in w]


def test_person_with_a_post_of_another_head_does_not_compete() -> None:
    text = (
        "Министр финансов Олег Панов представил бюджет. Его поддержал глава "
        "правительства Татарстана. Алексей Песошин назвал бюджет взвешенным."
    )
    assert posts_of(text, "Панов") == ["Министр финансов"]


# a subject post said when the last person named is out of reach: the one quoted after it
SPEAKER_AFTER_EARLIER_NAMES = [
    (
        "Олег Панов посетил выставку. Переговоры длились долго. Стороны подписали договор. "
        "Итоги подведут завтра. Президент Белоруссии прибыл в Москву. «Мы довольны», — "
        "заявил Александр Лукашенко.",
        "Лукашенко",
        ["Президент Белоруссии"],
    ),
    (
        "Ирина Седова вручила грамоты. Праздник продолжился концертом. Зрители аплодировали. "
        "Вечером прошёл салют. Председатель Думы открыл заседание. «Работы много», — "
        "отметил Иван Колягин.",
        "Колягин",
        ["Председатель Думы"],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), SPEAKER_AFTER_EARLIER_NAMES)
def test_subject_post_goes_to_the_speaker_after_it(text: str, last: str, posts: list) -> None:
    assert posts_of(text, last) == posts


def test_subject_post_not_given_to_a_speaker_with_a_post_of_their_own() -> None:
    text = (
        "Депутат Олег Панов посетил выставку. Экспозиция открыта до мая. Билеты продаются "
        "в кассах. Вход для детей бесплатный. Глава города открыл новую школу. «Это "
        "подарок», — сказал Сергей Котов, директор школы."
    )
    assert posts_of(text, "Котов") == ["директор школы"]
    assert posts_of(text, "Панов") == ["Депутат"]


def test_subject_post_with_a_person_in_reach_is_not_the_speakers() -> None:
    # the person named in the sentence before is the one the post refers back to
    text = (
        "Иван Колягин вручил грамоты. Председатель Думы открыл заседание. «Работы много», "
        "— отметила Ирина Седова."
    )
    assert posts_of(text, "Седова") == []


# a body's or ministry's one chair or minister, said in an oblique case
CHAIR_BESIDE_NAME = [
    (
        "Депутаты поддержали предложение председателя городской Думы. Иван Колягин "
        "поблагодарил коллег за единодушие.",
        "Колягин",
        ["председателя городской Думы"],
    ),
    (
        "Проверку начали по поручению министра здравоохранения Татарстана. Марат Садыков "
        "пообещал назвать итоги в июне.",
        "Садыков",
        ["министра здравоохранения Татарстана"],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), CHAIR_BESIDE_NAME)
def test_chair_goes_to_the_one_person_beside_it(text: str, last: str, posts: list) -> None:
    assert posts_of(text, last) == posts


def test_chair_not_given_when_two_people_are_beside_it() -> None:
    text = (
        "Депутаты поддержали предложение председателя городской Думы. Иван Колягин и "
        "Ольга Лаптева проголосовали против."
    )
    assert posts_of(text, "Колягин") == []
    assert posts_of(text, "Лаптева") == []
