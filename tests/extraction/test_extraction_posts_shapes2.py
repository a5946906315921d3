"""More post shapes of municipal news: a post taken over by a successor («его преемником
стал», «на смену … пришёл»), a post said before and then given «на эту должность», and a
chair named by «председательствовал». Each sentence is written for this test."""

from __future__ import annotations

import pytest

from extraction import extract
from tests.extraction.post_reading import posts_of

CASES = [
    # a successor named by «преемник»: the post of the one succeeded passes to him
    (
        "Глава района Игорь Лаптев ушёл в отставку. Его преемником стал Виктор Сухов.",
        "Сухов",
        "глава района",
        "current",
    ),
    (
        "Глава района Игорь Лаптев ушёл в отставку. Его преемником стал Виктор Сухов.",
        "Лаптев",
        "глава района",
        "former",
    ),
    (
        "Директор школы Ирина Белова вышла на пенсию. Её преемницей стала завуч Анна Клюева.",
        "Клюева",
        "директор школы",
        "current",
    ),
    (
        "Преемником Игоря Лаптева на посту главы района стал Виктор Сухов.",
        "Сухов",
        "глава района",
        "current",
    ),
    # «на смену» with the one succeeded named or said by a pronoun
    (
        "На смену главе поселения Петру Зимину пришёл Антон Греков.",
        "Греков",
        "глава поселения",
        "current",
    ),
    (
        "На смену главе поселения Петру Зимину пришёл Антон Греков.",
        "Зимин",
        "глава поселения",
        "former",
    ),
    (
        "Мэр Ирина Белова уволилась. На смену ей пришла Анна Клюева.",
        "Клюева",
        "мэр",
        "current",
    ),
    # a successor only spoken of is not in office yet
    (
        "Министр спорта Игорь Рыжов ушёл в отставку. Его преемником может стать Олег Ручкин.",
        "Ручкин",
        "министр спорта",
        "elect",
    ),
    (
        "Министр спорта Игорь Рыжов ушёл в отставку. Его преемником может стать Олег Ручкин.",
        "Рыжов",
        "министр спорта",
        "current",
    ),
    # «на эту должность назначен»: the post said before, held by nobody
    (
        "Депутаты комитета по бюджету избрали нового председателя. "
        "На эту должность был выдвинут депутат Олег Шустов.",
        "Шустов",
        "председатель",
        "current",
    ),
    (
        "Администрации района нужен новый заместитель главы по строительству. "
        "На эту должность назначен Виктор Сухов.",
        "Сухов",
        "заместитель главы по строительству",
        "current",
    ),
    # an active verb of dismissal with its object's name before «от должности»
    (
        "Губернатор освободил Игоря Рыжова от должности министра спорта.",
        "Рыжов",
        "министр спорта",
        "former",
    ),
    (
        "Совет депутатов отстранил Андрея Лаптева от должности главы поселка.",
        "Лаптев",
        "глава поселка",
        "former",
    ),
    (
        "Губернатор назначил Игоря Рыжова на должность министра спорта.",
        "Рыжов",
        "министр спорта",
        "current",
    ),
    # a biography: the subject's verbs chained by commas, the posts listed by commas
    (
        "Виктор Сухов родился в 1975 году, работал учителем истории.",
        "Сухов",
        "учитель истории",
        "former",
    ),
    (
        "Виктор Сухов окончил педагогический институт, работал учителем, затем директором "
        "школы № 4.",
        "Сухов",
        "директор школы № 4",
        "former",
    ),
    (
        "Виктор Сухов окончил педагогический институт. Работал учителем, директором школы № 4.",
        "Сухов",
        "директор школы № 4",
        "former",
    ),
    # two posts after a name joined by «и» past a named body
    (
        "Олег Лукин, заместитель председателя Думы и председатель комиссии по бюджету, "
        "выступил с докладом.",
        "Лукин",
        "председатель комиссии по бюджету",
        "current",
    ),
    (
        "С докладом выступила Нина Орлова — депутат Законодательного собрания и член "
        "комиссии по образованию.",
        "Орлова",
        "член комиссии по образованию",
        "current",
    ),
    # «полномочия» laid on a person, like «обязанности»
    (
        "Полномочия главы администрации возложены на заместителя главы Ирину Котову.",
        "Котова",
        "глава администрации",
        "acting",
    ),
    # a «где» clause with no subject of its own continues the name's sentence
    (
        "Олег Рябинин переехал в Казань, где работает заместителем министра транспорта.",
        "Рябинин",
        "заместитель министра транспорта",
        "current",
    ),
    (
        "Ирина Котова вернулась в родной район, где была избрана главой поселения.",
        "Котова",
        "глава поселения",
        "current",
    ),
    # an appointing participle with a date: in office since then, not about to be
    (
        "Игорь Сомов, избранный депутатом в 2021 году, сложил мандат.",
        "Сомов",
        "депутат",
        "current",
    ),
    (
        "Алексей Куликов, избранный в прошлом месяце секретарём политсовета, провёл заседание.",
        "Куликов",
        "секретарь политсовета",
        "current",
    ),
    (
        "Назначенный в мае министром Игорь Сомов провёл первое совещание.",
        "Сомов",
        "министр",
        "current",
    ),
    # without a date the participle still says «not yet in office»
    (
        "Юлиан Седов, избранный главой района, вступит в должность 1 октября.",
        "Седов",
        "глава района",
        "elect",
    ),
    ("Избранный главой района Юлиан Седов провёл совещание.", "Седов", "глава района", "elect"),
    # heading a body named by an abbreviation
    (
        "Вера Игнатьева руководит ТОС «Солнечный» с 2018 года.",
        "Игнатьева",
        "председатель",
        "current",
    ),
    ("Олег Ручкин возглавил МУП «Водоканал».", "Ручкин", "директор", "current"),
    (
        "Олег Ручкин возглавлял МБУ «Центр культуры» до 2019 года.",
        "Ручкин",
        "директор",
        "former",
    ),
    # a body heading a relative clause: «…, которым руководит …»
    (
        "Комитет по бюджету, которым руководит Ирина Гусева, одобрил поправки.",
        "Гусева",
        "председатель комитета по бюджету",
        "current",
    ),
    (
        "Управление образования, которое с 2015 года возглавляет Ирина Гусева, отчиталось.",
        "Гусева",
        "начальник управления образования",
        "current",
    ),
    (
        "Район, которым руководит Игорь Сомов, занял первое место.",
        "Сомов",
        "глава района",
        "current",
    ),
    # a plural post before a list: a hyphenated head, a participle head
    (
        "Депутаты-единороссы Олег Ручкин и Ирина Гусева голосовали против.",
        "Гусева",
        "депутат-единоросс",
        "current",
    ),
    (
        "Заведующие детскими садами Олег Ручкин и Ирина Гусева получили грамоты.",
        "Ручкин",
        "заведующий детскими садами",
        "current",
    ),
    # an age before the post describes the person, not the post
    ("Игорь Сомов, 54-летний глава района, выступил.", "Сомов", "глава района", "current"),
    ("Суд арестовал 47-летнего бывшего мэра Ивана Лосева.", "Лосев", "мэр", "former"),
    # «председательствовал» with a post stated
    (
        "Председательствовал на заседании глава города Иван Сомов.",
        "Сомов",
        "глава города",
        "current",
    ),
    (
        "Председательствовал Игорь Ладейщиков, председатель Совета депутатов.",
        "Ладейщиков",
        "председатель",
        "current",
    ),
    (
        "Председательствовал на сессии Сергей Молчанов, заместитель председателя Совета.",
        "Молчанов",
        "заместитель председателя",
        "current",
    ),
]


@pytest.mark.parametrize(("text", "last", "title", "status"), CASES)
def test_post_shape(text: str, last: str, title: str, status: str) -> None:
    assert (title, status) in posts_of(text, last)


# shapes that give no post
NO_POST = [
    # no post stated
    ("Председательствовал Иван Сомов.", "Сомов"),
    # the proposer of «на эту должность предложил» is not the one proposed, and nothing
    # before says which post
    ("На эту должность депутаты единогласно избрали Олега Шустова.", "Шустов"),
    # a «где» clause with its own subject
    ("Олег Рябинин приехал в школу, где работает директором его брат.", "Рябинин"),
    ("Ирина Котова приехала в школу, где работал директором её отец.", "Котова"),
    # a participle that describes a noun is no plural post
    ("Встреча прошла с уполномоченными органами, Олег Ручкин выступил.", "Ручкин"),
    # a comma chain with another subject's verb gives the name nothing
    ("Иван Сомов выступил на сессии, говорили о бюджете.", "Сомов"),
]


@pytest.mark.parametrize(("text", "last"), NO_POST)
def test_no_post(text: str, last: str) -> None:
    assert posts_of(text, last) == []


def test_ombudsman_is_the_commissioner_said_before() -> None:
    """«омбудсмен» said again of a commissioner is the same post, not a second one."""
    text = (
        "Уполномоченный по правам человека в крае Олег Жуков принял 20 жителей. "
        "Омбудсмен пообещал помочь каждому."
    )
    assert posts_of(text, "Жуков") == [("уполномоченный по правам человека в крае", "current")]


def test_body_and_head_before_a_name_stay_apart() -> None:
    """Before a name, a body and «и» may end an unnamed person's post."""
    text = "В заседании участвовали председатель Думы и глава города Иван Сомов."
    assert [title for title, _ in posts_of(text, "Сомов")] == ["глава города"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Глава Каменского района Николай Пестов провёл приём.", "Каменский район"),
        ("Бывший глава Каменского округа Николай Пестов арестован.", "Каменский округ"),
        (
            "Глава Каменского сельского поселения Николай Пестов провёл приём.",
            "Каменское сельское поселение",
        ),
        ("Глава Заречного района Николай Пестов провёл приём.", "Заречный район"),
    ],
)
def test_place_whose_adjective_reads_as_a_surname(text: str, place: str) -> None:
    """«Каменского» is only a surname to pymorphy3: the place still agrees in the nominative."""
    (person,) = extract(text)["people"]
    assert [p["place"] for p in person["posts"]] == [place]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "На должность председателя контрольно-счётной палаты депутаты утвердили Ольгу Белову.",
            "Белова",
            "председатель контрольно-счётной палаты",
        ),
        ("На пост главы поселения жители выбрали Степана Гурова.", "Гуров", "глава поселения"),
    ],
)
def test_a_plural_subject_after_the_post_is_not_its_word(text: str, last: str, title: str) -> None:
    """A genitive chain does not go on with a nominative plural that a verb follows."""
    assert posts_of(text, last) == [(title, "current")]


def test_a_description_with_a_place_in_it_before_the_post() -> None:
    """«…, известный в городе меценат, председатель …»: the description's own noun, not the
    one «в» governs, is in the case the post after the next comma must agree with."""
    text = (
        "Письмо подписал Иван Сомов, известный в городе меценат, "
        "председатель попечительского совета школы."
    )
    assert posts_of(text, "Сомов") == [("председатель попечительского совета школы", "current")]


def test_a_biography_lists_workshop_posts() -> None:
    """«мастер», «бригадир», «прораб» head posts of a career, as «начальник цеха» does."""
    text = (
        "Никита Белых родился в 1968 году в Кунгуре. "
        "Работал бригадиром, мастером, начальником участка на заводе."
    )
    assert posts_of(text, "Белых") == [
        ("бригадир", "former"),
        ("мастер", "former"),
        ("начальник участка на заводе", "former"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Мастер спорта Гульнара Ахметова провела открытую тренировку.",
        "Мастер спорта международного класса Гульнара Ахметова провела открытую тренировку.",
    ],
)
def test_a_sports_title_is_a_rank(text: str) -> None:
    """«мастер спорта» is a grade, like «капитан полиции»: no post."""
    assert posts_of(text, "Ахметова") == []


def test_a_workshop_post_with_its_place_is_a_post() -> None:
    text = "Мастер участка Степан Лузгин показал новый станок."
    assert posts_of(text, "Лузгин") == [("мастер участка", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Гринёв — депутат горсовета трёх созывов, председатель комиссии по ЖКХ.",
        "Олег Гринёв, депутат горсовета двух созывов, председатель комиссии по ЖКХ, выступил.",
    ],
)
def test_a_tenure_between_two_listed_posts(text: str) -> None:
    """«трёх созывов» says how long the first post was held; the comma after it still opens
    the second post."""
    titles = [title for title, _ in posts_of(text, "Гринёв")]
    assert titles[1:] == ["председатель комиссии по ЖКХ"] and titles[0].startswith("депутат")
