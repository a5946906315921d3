"""Post shapes of regional news where the post is implied rather than said in apposition, fifth
set. Each sentence is written for this test: an adverb of the verb between a headed body and its
verb («администрацию района временно возглавляет»), leadership handed over («руководство
районом перешло к …», «временное руководство исполкомом поручено …»), «уходящий» as a word of
a post still held, and a name whose case only the participle after its comma tells
(«Руслану Тамбиеву, руководившему городом»)."""

from __future__ import annotations

import pytest

from extraction import extract
from tests.extraction.post_reading import PUBLISHED, posts_of

# an adverb of the verb after the body: the body ends before it, «временно» makes it acting
ADVERB_AFTER_BODY = [
    (
        "Пока идёт конкурс, администрацию Лесного района временно возглавляет Тимур Гараев.",
        "Гараев",
        [("глава администрации", "acting")],
    ),
    (
        "Комитет по бюджету теперь возглавляет Анна Лунина.",
        "Лунина",
        [("председатель комитета по бюджету", "current")],
    ),
    (
        "Исполком Кукморского района вновь возглавил Ильнар Закиров.",
        "Закиров",
        [("руководитель исполкома", "current")],
    ),
]

# leadership handed over: its receiver heads what it leads
LEADERSHIP_HANDED = [
    (
        "Руководство Буйнакским районом перешло к Шамилю Алиеву.",
        "Алиев",
        [("глава", "current")],
    ),
    (
        "Временное руководство исполкомом Мензелинского района поручено Айрату Шакирову.",
        "Шакиров",
        [("руководитель исполкома", "acting")],
    ),
    (
        "Руководство управлением образования передано Ольге Вереск.",
        "Вереск",
        [("начальник управления образования", "current")],
    ),
]

# «уходящий»: the post is still held, the word is not part of the title
LEAVING = [
    (
        "Уходящий глава района Пётр Лунин пожелал преемнику терпения.",
        "Лунин",
        [("глава района", "current")],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), ADVERB_AFTER_BODY + LEADERSHIP_HANDED + LEAVING)
def test_implied_heads(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


def test_leadership_not_handed_to_a_bystander() -> None:
    """«Перешло к» what is not a person: no post for the one named elsewhere."""
    text = "Руководство районом перешло к обсуждению бюджета, доклад сделал Пётр Лунин."
    assert posts_of(text, "Лунин") == []


# the participle after the name's comma tells the case: his dative, not her accusative
AGREEING_PARTICIPLE = [
    (
        "Руслану Тамбиеву, руководившему городом с 2017 по 2021 год, вменяют растрату.",
        ("Руслан", "Тамбиев"),
    ),
    (
        "Следствие предъявило обвинение Руслану Хакимову, возглавлявшему управление ЖКХ.",
        ("Руслан", "Хакимов"),
    ),
    (  # her accusative stays hers
        "Суд оправдал Руслану Хакимову, возглавлявшую управление ЖКХ.",
        ("Руслана", "Хакимова"),
    ),
]


@pytest.mark.parametrize(("text", "name"), AGREEING_PARTICIPLE)
def test_case_from_agreeing_participle(text: str, name: tuple[str, str]) -> None:
    people = [(p["first"], p["last"]) for p in extract(text, PUBLISHED)["people"]]
    assert name in people


# the deputy said by the district he represents in a legislature
REPRESENTED_DISTRICT = [
    (
        "Приём граждан провела Вера Саввина, представляющая Оймяконский округ в Государственном"
        " Собрании республики.",
        "Саввина",
        [("депутат Государственного Собрания", "current")],
    ),
    (
        "Вопросы жителей записывал Рустам Ганиев, представляющий в городском Совете округ № 7.",
        "Ганиев",
        [("депутат городского Совета", "current")],
    ),
    (
        "Олег Рябов, представлявший Заречный округ в районной думе прошлого созыва, стал"
        " министром.",
        "Рябов",
        [("депутат районной думы", "former"), ("министр", "current")],
    ),
    (  # the Federation Council: a senator, not a deputy
        "Иван Сомов представляет Уральский федеральный округ в Совете Федерации.",
        "Сомов",
        [],
    ),
    (  # presenting a draft is no seat
        "Анна Лунина представила проект бюджета в городской думе.",
        "Лунина",
        [],
    ),
]

# «обязанности первого вице-мэра исполняет»: an ordinal before the post head
DUTIES_OF_FIRST_DEPUTY = [
    (
        "Обязанности первого заместителя главы округа исполняет Семён Гуляев.",
        "Гуляев",
        [("первый заместитель главы округа", "acting")],
    ),
    (
        "После отставки Ларионова обязанности первого вице-мэра теперь исполняет Баир Дашиев.",
        "Дашиев",
        [("первый вице-мэр", "acting")],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), REPRESENTED_DISTRICT + DUTIES_OF_FIRST_DEPUTY)
def test_seat_and_duties(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


# a predicate joined by «, после чего» shares the subject of the sentence
AFTER_WHICH = [
    (
        "Гусейнов курировал в мэрии транспорт до 2021 года, после чего возглавил управление"
        " дорожного хозяйства.",
        "Гусейнов",
        [("начальник управления дорожного хозяйства", "current")],
    ),
    (  # two names before the joiner: whose predicate it is stays open
        "Анна Лунина встретилась с Петром Сомовым, после чего возглавила комиссию.",
        "Лунина",
        [],
    ),
]

# a post that opens its sentence as the subject of a verb of heading: the person it names
POST_AS_SUBJECT = [
    (
        "Заместителем главы округа назначен Глеб Тучков. Новый замглавы прежде руководил"
        " отделом архитектуры.",
        "Тучков",
        [("начальник отдела архитектуры", "former")],
    ),
    (
        "Председателем Собрания избран Олег Рябов. Новый спикер до этого возглавлял комиссию"
        " по бюджету.",
        "Рябов",
        [("председатель комиссии по бюджету", "former")],
    ),
    (  # two people named before, neither holding the post: nobody
        "Анна Лунина и Олег Рябов осмотрели школу. Директор школы ранее руководил лицеем.",
        "Рябов",
        [],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), AFTER_WHICH)
def test_predicate_after_which(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(("text", "last", "posts"), POST_AS_SUBJECT)
def test_post_as_subject(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    """The post the verb of heading gives (what the first sentence gives is other shapes')."""
    got = posts_of(text, last)
    assert [p for p in got if p[1] == "former"] == posts
