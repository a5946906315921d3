"""Roles of people counts by the annotation guideline's kinds, on sentences written for them.

Each kind of the guideline (participants of an event, attendees of a sitting, members of a
body, voters, residents, other) gets sentences in several wordings, so that a rule is checked
on more than the one phrase it was written for.
"""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def roles(text: str) -> list[tuple[float, str]]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(f["value"], f["role"]) for f in figures if f["is_people"]]


MEMBERS = [
    ("В новый состав городской думы избраны 35 депутатов.", [(35, "members")]),
    ("Городская дума избирается на 5 лет и состоит из 35 депутатов.", [(35, "members")]),
    (
        "Из 17 избранных депутатов 12 представляют «Единую Россию».",
        [(17, "members"), (12, "members")],
    ),
    (
        "В Совете 45 депутатов, из них 30 — члены фракции «Единая Россия».",
        [(45, "members"), (30, "members")],
    ),
    ("У главы города пять заместителей.", [(5, "members")]),
    ("Горсовет избрал пять заместителей председателя.", [(5, "members")]),
    ("Фракция «Единая Россия» насчитывает 20 депутатов.", [(20, "members")]),
    (
        "Новый созыв — 30 депутатов, из которых 18 избраны впервые.",
        [(30, "members"), (18, "members")],
    ),
    ("В гордуму прошли 18 единороссов и 4 коммуниста.", [(18, "members"), (4, "members")]),
    (
        "Выборы шли по смешанной системе: 13 депутатов избирались по одномандатным округам, "
        "12 — по партийным спискам.",
        [(13, "members"), (12, "members")],
    ),
    (
        "По итогам выборов в гордуму избраны 45 депутатов, 41 из них — представители "
        "«Единой России», двое – КПРФ, один – ЛДПР.",
        [(45, "members"), (41, "members"), (2, "members"), (1, "members")],
    ),
    ("Депутатами стали 15 представителей партии власти.", [(15, "members")]),
    ("Свои мандаты получили 28 депутатов.", [(28, "members")]),
    ("Общественная палата города состоит из 24 человек.", [(24, "members")]),
    ("В молодёжный парламент вошли 30 школьников.", [(30, "members")]),
    ("Каждый из 25 депутатов получил планшет.", [(25, "members")]),
]
ATTENDEES = [
    ("На заседание пришли все 25 депутатов.", [(25, "attendees")]),
    ("В работе сессии приняли участие 19 депутатов из 21.", [(19, "attendees"), (21, "members")]),
    ("В заседании участвовали 16 народных избранников.", [(16, "attendees")]),
    ("Кворум есть: в зале 20 депутатов из 25.", [(20, "attendees"), (25, "members")]),
    ("На заседании работали 24 депутата из 30.", [(24, "attendees"), (30, "members")]),
    ("В зале было 30 депутатов.", [(30, "attendees")]),
    ("Сессия прошла при участии 28 депутатов.", [(28, "attendees")]),
    ("Зарегистрировались 21 из 25 депутатов.", [(21, "attendees"), (25, "members")]),
    (
        "На сессии присутствовало 30 из 35 депутатов, кворум имеется.",
        [(30, "attendees"), (35, "members")],
    ),
]
VOTERS = [
    ("В голосовании приняли участие 45 тысяч избирателей.", [(45000, "voters")]),
    ("На избирательные участки пришли 12 тысяч человек.", [(12000, "voters")]),
    ("Явка составила 38%, проголосовали 54 тысячи жителей.", [(54000, "voters")]),
    ("Свои голоса за кандидатов отдали 3200 избирателей.", [(3200, "voters")]),
    ("Кандидата в мэры поддержали 5 тысяч избирателей.", [(5000, "voters")]),
    ("На выборы пришли 23 тысячи человек.", [(23000, "voters")]),
]
PARTICIPANTS = [
    ("В публичных слушаниях по бюджету приняли участие 60 человек.", [(60, "participants")]),
    ("На приём к депутату пришли 15 человек.", [(15, "participants")]),
    ("В ходе приёма депутаты приняли 34 человека.", [(34, "participants")]),
    ("С вопросами к главе обратились 27 горожан.", [(27, "participants")]),
    ("Концерт собрал более 2 тысяч зрителей.", [(2000, "participants")]),
    ("Крестный ход собрал 500 верующих.", [(500, "participants")]),
    ("Субботник объединил 3 тысячи человек.", [(3000, "participants")]),
    ("На личный приём записались 12 человек.", [(12, "participants")]),
    ("В субботнике поучаствовали 20 депутатов городской думы.", [(20, "participants")]),
    ("Волонтёрами стали 80 студентов.", [(80, "participants")]),
    ("За уборку взялись 40 школьников.", [(40, "participants")]),
    ("Территорию сквера убирали 35 жителей соседних домов.", [(35, "participants")]),
    ("Праздник в парке. Всего на гулянии было около 5 тысяч человек.", [(5000, "participants")]),
    ("17 августа в День города на площадь пришли 40 тысяч человек.", [(40000, "participants")]),
    (
        "На публичные слушания собрались порядка 70 человек, 15 из них выступили.",
        [(70, "participants"), (15, "participants")],
    ),
]
RESIDENTS = [
    ("Население города — 120 тысяч человек.", [(120000, "residents")]),
    ("Это город с населением 600 тысяч человек.", [(600000, "residents")]),
    ("В посёлке 2,5 тыс. жителей.", [(2500, "residents")]),
    ("На территории ТОС проживает 1200 человек.", [(1200, "residents")]),
]
OTHER = [
    ("Звание почётного гражданина присвоено трём горожанам.", [(3, "other")]),
    ("Почётными гражданами города стали 12 человек.", [(12, "other")]),
    ("На должность главы претендуют 4 кандидата.", [(4, "other")]),
    ("На заседании отсутствовали 3 депутата.", [(3, "other")]),
    ("На сессию не явились 4 депутата.", [(4, "other")]),
    ("Досрочно сложили полномочия 3 депутата.", [(3, "other")]),
    ("Уволены 12 чиновников мэрии.", [(12, "other")]),
    ("За 2019 год к ответственности привлечены 14 глав муниципалитетов.", [(14, "other")]),
    ("Число депутатов увеличено на 5 человек.", [(5, "other")]),
    ("Штат администрации сократят на 20 человек.", [(20, "other")]),
    ("Обращение подписали более 1500 жителей.", [(1500, "other")]),
    ("Из фракции вышли два депутата.", [(2, "other")]),
    ("Порядок на празднике обеспечивали 300 полицейских.", [(300, "other")]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), ATTENDEES)
def test_attendees(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), VOTERS)
def test_voters(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTICIPANTS)
def test_participants(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), RESIDENTS)
def test_residents(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER)
def test_other(text: str, expected: list) -> None:
    assert roles(text) == expected


def tallies(text: str) -> list[tuple]:
    found = find_votes(text, find_figures(text))
    return [(v["for"], v["against"], v["abstained"]) for v in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Решение принято (29 из 31).", [(29, None, None)]),
        (
            "Голосовали 30 депутатов: «за» — 27, «против» — 2, «воздержался» — 1.",
            [(27, 2, 1)],
        ),
        ("За отставку мэра высказались 18 народных избранников из 22.", [(18, None, None)]),
        ("Решение поддержали все 19 присутствовавших депутатов.", [(19, None, None)]),
        ("Против принятия бюджета выступили 4 депутата фракции КПРФ.", [(None, 4, None)]),
        ("Решение поддержало большинство — 21 депутат.", [(21, None, None)]),
        ("Иванова избрали главой города 14 голосами из 15.", [(14, None, None)]),
        ("Проголосовали за 23 депутата, против — 1, воздержались — 2.", [(23, 1, 2)]),
        ("Петицию поддержали 2 тысячи горожан.", []),
        ("Инициативу одобрили 300 жителей микрорайона.", []),
    ],
)
def test_tallies(text: str, expected: list) -> None:
    assert tallies(text) == expected


def test_those_present_out_of_whom_a_side_voted_attend() -> None:
    text = "За отставку проголосовали 28 депутатов из 35 присутствовавших."
    assert roles(text) == [(28, "votes_for"), (35, "attendees")]


def test_tally_sides_take_their_roles_and_the_whole_count_attends() -> None:
    text = "Голосовали 30 депутатов: «за» — 27, «против» — 2, «воздержался» — 1."
    assert roles(text) == [
        (30, "attendees"),
        (27, "votes_for"),
        (2, "votes_against"),
        (1, "abstained"),
    ]


def values(text: str) -> list[tuple]:
    return [(f["value"], f["text"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число депутатов уменьшится с 49 до 37.", [(49, "49"), (37, "до 37")]),
        (
            "Численность думы сократят с 49 до 37 депутатов.",
            [(49, "49"), (37, "до 37 депутатов")],
        ),
        (
            "Численность населения снизилась с 52 до 48 тысяч человек.",
            [(52000, "52"), (48000, "до 48 тысяч человек")],
        ),
        ("Сейчас в думе 21 депутат вместо прежних 25.", [(21, "21 депутат"), (25, "25")]),
        ("Депутатов в думе станет меньше — 25 вместо 35.", [(25, "25"), (35, "35")]),
        ("Иванов стал одним из 25 депутатов нового созыва.", [(25, "25 депутатов")]),
        ("Десяток активистов вышли на субботник.", [(10, "Десяток активистов")]),
        ("Было принято 400 с лишним человек.", [(400, "400 с лишним человек")]),
        ("Собралось более полутысячи человек.", [(500, "более полутысячи человек")]),
        ("Приём граждан ведётся с 9 до 17.", []),
    ],
)
def test_counts_before_and_after_a_change(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_lower_bound_of_an_ordinal_takes_no_unit() -> None:
    assert (1, "1") not in values("Кружок для учеников с 1 до 4 класса.")
