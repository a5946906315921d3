"""Post shapes of long regional news passages, fourth set. Each sentence is written for this
test: two posts joined by «и» before one name that is the subject of a singular verb, «на
должность X назначен Y» after a genitive name, the act's words («Указом губернатора») before an
instrumental post, a quote attributed past its addressee («— сказал журналистам Петров»), a
subject pronoun past a span of time («он пять лет возглавлял»), working groups and firms headed,
«а до того работал …», a dash inside a quoted party name («Справедливая Россия — За правду»),
an honorary description between a dash and the name («— заслуженный артист России …»), and a
subject pronoun standing for the one of several people named in the nominative."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of

# two posts before one name: both his when the verb agrees with one person
ONE_SUBJECT = [
    (
        "Заместитель председателя Думы и председатель комиссии по бюджету Иван Сомов предложил"
        " увеличить расходы на ремонт дворов.",
        "Сомов",
        ["заместитель председателя", "председатель комиссии по бюджету"],
    ),
    (
        "Глава района и председатель районного Совета Константин Бурлаков вручил награды"
        " лучшим механизаторам.",
        "Бурлаков",
        ["глава района", "председатель"],
    ),
    (
        "На сессии выступил заместитель председателя городской Думы и руководитель фракции"
        " Олег Рябинин.",
        "Рябинин",
        ["заместитель председателя", "руководитель фракции"],
    ),
    (
        "Председатель Думы и глава города Анна Ветрова лично открыла новый сквер.",
        "Ветрова",
        ["председатель", "глава города"],
    ),
]

# two people, one unnamed: a plural verb or an oblique case keeps the first post apart
TWO_HOLDERS = [
    (
        "Глава района и председатель районного Совета Константин Бурлаков вручили награды"
        " механизаторам.",
        "Бурлаков",
        ["председатель"],
    ),
    (
        "Письмо направлено губернатору области и председателю Думы Ивану Сомову.",
        "Сомов",
        ["председатель"],
    ),
    (
        "Награды вручили председатель Думы и глава города Пётр Лунин.",
        "Лунин",
        ["глава города"],
    ),
]


@pytest.mark.parametrize(("text", "last", "titles"), ONE_SUBJECT + TWO_HOLDERS)
def test_posts_joined_before_one_name(text: str, last: str, titles: list[str]) -> None:
    assert [title for title, _ in posts_of(text, last)] == titles


# «на должность / пост X назначен Y» after another name in the genitive: Y's post
ON_POST_THEN_NAME = [
    (
        "Приказом начальника управления Сергея Белякова на должность заместителя назначена"
        " Анна Лунина.",
        {"Беляков": ["начальник управления"], "Лунина": ["заместитель"]},
    ),
    (
        "По представлению мэра Ивана Сомова на пост председателя комитета по благоустройству"
        " утверждён Олег Рыжов.",
        {"Сомов": ["мэр"], "Рыжов": ["председатель комитета по благоустройству"]},
    ),
    ("Иван Сомов на пост главы был избран в 2015 году.", {"Сомов": ["глава"]}),
]

# the act's own words before an instrumental post: «Указом губернатора … назначен»
ACT_BEFORE_POST = [
    (
        "Указом губернатора временно исполняющим обязанности главы округа назначен Станислав"
        " Рыбин.",
        "Рыбин",
        [("глава округа", "acting")],
    ),
    (
        "Решением Думы заместителем председателя избрана Анна Лунина.",
        "Лунина",
        [("заместитель председателя", "current")],
    ),
]

# a post said before anyone is named, then a quote attributed past its addressee
SPEAKER_PAST_ADDRESSEE = [
    (
        "Председатель городской Думы встретился с жителями микрорайона. «Мы добьёмся, чтобы"
        " работы по ночам прекратились», — заверил собравшихся Игорь Брагин.",
        "Брагин",
        ["председатель"],
    ),
    (
        "Глава района осмотрела новую школу. «Школа откроется в сентябре», — сообщила"
        " журналистам Анна Лунина.",
        "Лунина",
        ["глава района"],
    ),
    (  # the verb of the other gender: the post is not hers
        "Глава района осмотрел новую школу. «Школа откроется в сентябре», — сообщила"
        " журналистам Анна Лунина.",
        "Лунина",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ON_POST_THEN_NAME)
def test_post_noun_then_appointed_name(text: str, expected: dict[str, list[str]]) -> None:
    for last, titles in expected.items():
        assert [title for title, _ in posts_of(text, last)] == titles


@pytest.mark.parametrize(("text", "last", "posts"), ACT_BEFORE_POST)
def test_instrumental_post_after_the_act(
    text: str, last: str, posts: list[tuple[str, str]]
) -> None:
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(("text", "last", "titles"), SPEAKER_PAST_ADDRESSEE)
def test_speaker_past_addressee(text: str, last: str, titles: list[str]) -> None:
    assert [title for title, _ in posts_of(text, last)] == titles


# a subject pronoun, a span of time, then a heading verb
PRONOUN_PAST_TIME_SPAN = [
    (
        "Министром назначен Роман Журавлёв. До этого он пять лет возглавлял управление"
        " строительства.",
        "Журавлёв",
        [("министр", "current"), ("начальник управления строительства", "former")],
    ),
    (
        "Министром назначен Роман Журавлёв. Он много лет возглавлял управление строительства.",
        "Журавлёв",
        [("министр", "current"), ("начальник управления строительства", "former")],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), PRONOUN_PAST_TIME_SPAN)
def test_pronoun_heading_past_time_span(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


# «возглавил» a working group, an organising committee or a firm; «а до того работал …»
HEADED_AND_BEFORE_THAT = [
    (
        "Антон Бельский возглавил рабочую группу.",
        "Бельский",
        [("руководитель рабочей группы", "current")],
    ),
    (
        "Оргкомитет фестиваля возглавил Антон Бельский.",
        "Бельский",
        [("председатель оргкомитета фестиваля", "current")],
    ),
    (
        "Ранее Дмитрий Ветров руководил крупным агрохолдингом.",
        "Ветров",
        [("руководитель крупного агрохолдинга", "former")],
    ),
    (
        "Николай Сафонов руководил поселением с 2015 года, а до того работал директором"
        " местной школы.",
        "Сафонов",
        [("глава поселения", "former"), ("директор местной школы", "former")],
    ),
    (
        "Анна Лунина возглавляет управление образования, а до этого была директором гимназии.",
        "Лунина",
        [("начальник управления образования", "current"), ("директор гимназии", "former")],
    ),
]


@pytest.mark.parametrize(("text", "last", "posts"), HEADED_AND_BEFORE_THAT)
def test_headed_bodies_and_before_that(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


# a dash inside a body's quoted name does not end the post before the name
QUOTED_DASH = [
    (
        "Первым выступил руководитель фракции «Справедливая Россия — За правду» Вадим Козлов.",
        "Козлов",
        ["руководитель"],
    ),
    (
        "Депутат от партии «Справедливая Россия – За правду» Вадим Козлов голосовал против.",
        "Козлов",
        ["депутат"],
    ),
]


@pytest.mark.parametrize(("text", "last", "titles"), QUOTED_DASH)
def test_dash_inside_quoted_name(text: str, last: str, titles: list[str]) -> None:
    assert [title for title, _ in posts_of(text, last)] == titles


# a post, a dash, an honorary description, the name: the post is the name's
DASH_DESCRIPTION = [
    (
        "Художественный руководитель фестиваля — заслуженный артист России Вячеслав Громов.",
        "Громов",
        ["художественный руководитель фестиваля"],
    ),
    (
        "Главный режиссёр театра – народный артист республики Олег Рыжов.",
        "Рыжов",
        ["главный режиссёр театра"],
    ),
    (
        "Председатель оргкомитета — ветеран труда Николай Белов.",
        "Белов",
        ["председатель оргкомитета"],
    ),
]


@pytest.mark.parametrize(("text", "last", "titles"), DASH_DESCRIPTION)
def test_post_dash_description_name(text: str, last: str, titles: list[str]) -> None:
    assert [title for title, _ in posts_of(text, last)] == titles


# several people of one gender named before a subject pronoun: the one in the nominative
PRONOUN_NOMINATIVE_SUBJECT = [
    (
        "Распоряжением губернатора области Сергея Белякова на должность министра строительства"
        " назначен Роман Журавлёв. До этого он пять лет возглавлял управление строительства.",
        {
            "Беляков": [("губернатор области", "current")],
            "Журавлёв": [
                ("министр строительства", "current"),
                ("начальник управления строительства", "former"),
            ],
        },
    ),
    (  # two subjects in the nominative: the pronoun stays unresolved
        "Иван Сомов и Пётр Лунин встретились. Он работал директором школы.",
        {"Сомов": [], "Лунин": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_NOMINATIVE_SUBJECT)
def test_pronoun_stands_for_the_nominative_name(
    text: str, expected: dict[str, list[tuple[str, str]]]
) -> None:
    for last, posts in expected.items():
        assert posts_of(text, last) == posts
