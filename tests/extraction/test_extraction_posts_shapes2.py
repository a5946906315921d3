"""More post shapes of municipal news: a post taken over by a successor («его преемником
стал», «на смену … пришёл»), a post said before and then given «на эту должность», and a
chair named by «председательствовал». Each sentence is written for this test."""

from __future__ import annotations

import pytest

from extraction import extract


def posts_of(text: str, last: str) -> list[tuple[str, str]]:
    for person in extract(text, "2024-05-14")["people"]:
        if person["last"] == last:
            return [(p["title"], p["status"]) for p in person["posts"]]
    raise AssertionError(f"{last} not found in {text!r}")


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
    # an occupation named beside the person as a post is
    (
        "Его соперник, предприниматель Ильнур Сафин, набрал 31 % голосов.",
        "Сафин",
        "предприниматель",
        "current",
    ),
    ("Бизнесмен Олег Ручкин купил здание бывшего кинотеатра.", "Ручкин", "бизнесмен", "current"),
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
