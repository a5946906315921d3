"""Post shapes of regional news agencies and city papers, sixth set. Each sentence is written
for this test: years written as ordinals in a biography («а с 2022-го был …»), a predicate
joined by «, затем» (also after a subject pronoun), bodies with an abbreviated prefix
(«IT-отдел»), «в бытность …» before a subject pronoun, and a post opening its sentence as the
subject of a link verb and an instrumental post («Новый глава работал заместителем …»)."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of

# «с 2022-го», «в 2019-м»: a span of time like «с 2022 года»
ORDINAL_YEARS = [
    (
        "С 2017 года Олег Кривцов возглавлял районный дом культуры, а с 2021-го был "
        "заместителем главы района.",
        "Кривцов",
        [("заместитель главы района", "former")],
    ),
    (
        "Нина Гусева работала учителем, а с 2020-го года была директором гимназии.",
        "Гусева",
        [("учитель", "former"), ("директор гимназии", "former")],
    ),
    (
        "Виктор Зуев окончил аграрный институт, а в 2015-м стал главой поселения.",
        "Зуев",
        [("глава поселения", "current")],
    ),
]

# «…, затем руководил»: a comma and a word of sequence join a predicate to the subject (the
# first job, «водителем», «механиком», is the profession layer's business)
THEN_JOINED = [
    (
        "Директором музея назначена Анна Белова. Прежде она преподавала в колледже, затем "
        "возглавляла отдел кадров.",
        "Белова",
        ("начальник отдела кадров", "former"),
    ),
    (
        "Руководителем аппарата стал Павел Ильин. После армии он работал водителем, потом "
        "руководил отделом снабжения.",
        "Ильин",
        ("начальник отдела снабжения", "former"),
    ),
    (
        "Алексей Зотов работал механиком в автопарке, затем возглавил управление транспорта.",
        "Зотов",
        ("начальник управления транспорта", "current"),
    ),
]

# «IT-отдел», «PR-служба»: the body is the noun after the hyphen
PREFIXED_BODIES = [
    ("Артём Лунин руководил IT-отделом городской больницы.", "Лунин", "начальник"),
    ("PR-службу администрации возглавила Дарья Миронова.", "Миронова", "начальник"),
]

# «в бытность главой района он …»: the pronoun after the post is its holder
TENURE_PRONOUN = [
    (
        "Суд арестовал Игоря Самсонова. По версии следствия, в бытность начальником "
        "дорожного управления он завышал объёмы работ.",
        "Самсонов",
        [("начальник дорожного управления", "former")],
    ),
    (
        "Прокуратура проверяет Ольгу Лаврову. В бытность директором лицея она принимала "
        "подарки от родителей.",
        "Лаврова",
        [("директор лицея", "former")],
    ),
]

# a bare post opening its sentence is the subject of a link verb and an instrumental post
POST_SUBJECT_PREDICATE = [
    (
        "Главой района назначен Андрей Гладких. Последние три года новый глава работал "
        "заместителем главы района по строительству.",
        "Гладких",
        [("глава района", "current"), ("заместитель главы района по строительству", "former")],
    ),
    (
        "Председателем комитета избрана Ольга Сомова. Ранее новый председатель была депутатом "
        "городской думы.",
        "Сомова",
        [("председатель комитета", "current"), ("депутат городской думы", "former")],
    ),
]


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    ORDINAL_YEARS + TENURE_PRONOUN + POST_SUBJECT_PREDICATE,
)
def test_regional_biographies(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(("text", "last", "post"), THEN_JOINED)
def test_predicate_joined_by_then(text: str, last: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, last)


def test_then_after_another_name_is_not_joined() -> None:
    text = "Иван Котов встретился с Олегом Рябовым, затем возглавил комиссию по бюджету."
    assert posts_of(text, "Рябов") == []


@pytest.mark.parametrize(("text", "last", "head"), PREFIXED_BODIES)
def test_prefixed_body(text: str, last: str, head: str) -> None:
    titles = [title for title, _ in posts_of(text, last)]
    assert len(titles) == 1 and titles[0].startswith(head), titles
    assert "отдел" in titles[0] or "служб" in titles[0]


def test_tenure_said_twice_is_one_post() -> None:
    text = (
        "Осуждён экс-глава Лесного района Пётр Ганин. В бытность главой района он незаконно "
        "продал участок."
    )
    assert [status for _, status in posts_of(text, "Ганин")] == ["former"]


def test_pronoun_before_any_name_is_nobodys_tenure() -> None:
    text = "В бытность мэром он построил мост. Об этом рассказал депутат Илья Фомин."
    assert posts_of(text, "Фомин") == [("депутат", "current")]


def test_named_subject_post_is_not_bare() -> None:
    text = "Главой поселения избран Роман Ковалёв. Глава района Пётр Жуков был гостем сессии."
    assert posts_of(text, "Ковалёв") == [("глава поселения", "current")]


def test_subject_post_taking_a_new_post_is_left_alone() -> None:
    """Only a biography's past posts are given through a bare subject post."""
    text = "Председателем совета избран Пётр Жуков. Председатель совета стал членом комиссии."
    assert posts_of(text, "Жуков") == [("председатель совета", "current")]


# «Новый замглавы …. Он сменил Марину Лаптеву»: the successor's post comes from a bare subject
# post and the pronoun passes through that sentence; the predecessor held it before
PREDECESSOR_OF_A_SUBJECT_POST = [
    (
        "Социальный блок возглавил Игорь Дьяков. Новый заместитель мэра прежде руководил "
        "управлением образования. Он сменил Марину Лаптеву, которая ушла на пенсию.",
        "Лаптева",
        [("заместитель мэра", "former")],
    ),
    (
        "Отдел культуры возглавила Ирина Седых. Новый начальник отдела прежде работала в "
        "библиотеке. Она сменила Нину Котову, которая переехала в Казань.",
        "Котова",
        [("начальник отдела", "former")],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), PREDECESSOR_OF_A_SUBJECT_POST)
def test_predecessor_of_a_subject_post(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


def test_pronoun_of_another_gender_replaces_nobody() -> None:
    text = (
        "Социальный блок возглавил Игорь Дьяков. Новый заместитель мэра прежде руководил "
        "управлением образования. Она сменила Марину Лаптеву."
    )
    assert posts_of(text, "Лаптева") == []


# the body headed and the subject's own post may both be long: «рабочую группу по подготовке
# к отопительному сезону возглавил заместитель главы … по вопросам жилищно-коммунального
# хозяйства Антон Бельский»
LONG_HEADED = [
    (
        "Комиссию по подготовке к оздоровительной кампании возглавила Елена Фадеева.",
        "Фадеева",
        [("председатель комиссии по подготовке к оздоровительной кампании", "current")],
    ),
    (
        "Штаб возглавил первый заместитель главы администрации муниципального района по "
        "вопросам строительства и архитектуры Игорь Лапшин.",
        "Лапшин",
        [
            ("руководитель штаба", "current"),
            (
                "первый заместитель главы администрации муниципального района по вопросам "
                "строительства и архитектуры",
                "current",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), LONG_HEADED)
def test_long_headed_bodies_and_posts(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


def test_preparing_for_a_date_ends_the_post() -> None:
    """«к» joins only what is prepared; a date after a post still ends it."""
    text = "Глава района Олег Сурков к 1 сентября отремонтирует школу."
    assert posts_of(text, "Сурков") == [("глава района", "current")]
