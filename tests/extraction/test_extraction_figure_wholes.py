"""People counts told as a part of a whole, or through «число X»: a bare «16 из 25» at a
sitting, «(из 25)» after a count, the whole a part of voters or of a village came from, a
size said of «число участников», an office's staff, absence said by a noun, and a sum
(«Всего это …») restating an event. Each rule is checked on more than one wording, with the
look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def people(text: str) -> list[tuple[float, str, str]]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(f["value"], f["unit"], f["role"]) for f in figures if f["is_people"]]


def values(text: str) -> list[float]:
    return [f["value"] for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Кворум (16 из 25) был обеспечен.",
        "Кворум есть: присутствуют 16 из 25.",
        "Заседание правомочно (зарегистрированы 16 из 25).",
        "На сессии присутствовали 16 из 25, кворум имеется.",
        "На заседании присутствовали 16 из 25 (64%).",
    ],
)
def test_a_bare_pair_at_a_sitting_counts_its_deputies(text: str) -> None:
    assert people(text) == [(16, "депутат", "attendees"), (25, "депутат", "members")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second number has its own noun: what it counts is that noun, not deputies
        ("На сессии рассмотрели 12 из 14 запланированных вопросов.", [12, 14]),
        ("На заседании депутаты рассмотрели 12 из 14 вопросов повестки.", [12, 14]),
        # no sitting in the sentence: a pair of bare numbers says nothing of people
        ("Счёт в серии — 3 из 5.", []),
        ("Из 14 матчей сезона команда выиграла 12.", [14, 12]),
    ],
)
def test_a_pair_with_a_noun_or_away_from_a_sitting_is_no_deputies(text, expected) -> None:
    assert values(text) == expected
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В голосовании участвовали 22 депутата (из 25).",
            [(22, "депутат", "attendees"), (25, "депутат", "members")],
        ),
        (
            "На заседании работали 19 членов комиссии (из 21).",
            [(19, "член", "attendees"), (21, "член", "members")],
        ),
    ],
)
def test_a_whole_in_brackets_takes_the_noun_of_the_part(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the electorate a part of voters came from
        (
            "Проголосовали 1 012 человек из 1 510.",
            [(1012, "человек", "voters"), (1510, "человек", "other")],
        ),
        (
            "На выборах главы поселения бюллетени получили 806 жителей из 1 930.",
            [(806, "житель", "voters"), (1930, "житель", "other")],
        ),
        # the village a part of its people came from
        (
            "В сходе граждан участвовали 62 жителя деревни из 130.",
            [(62, "житель", "participants"), (130, "житель", "residents")],
        ),
        (
            "На встречу с главой пришли 45 сельчан из 210.",
            [(45, "сельчанин", "participants"), (210, "сельчанин", "residents")],
        ),
        # a vote at a gathering: the whole is those present, not an electorate
        (
            "На сходе за самообложение проголосовали 54 человека из 62.",
            [(54, "человек", "voters"), (62, "человек", "voters")],
        ),
    ],
)
def test_the_whole_a_part_of_people_came_from(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число участников фестиваля выросло вдвое и превысило 600.", [(600, "participants")]),
        ("Количество волонтёров акции в этом году достигло 250.", [(250, "participants")]),
        (
            "Число жителей посёлка сократилось и составляет сейчас 3 400.",
            [(3400, "residents")],
        ),
        (
            "Количество депутатов сократилось с 35 до 25 человек.",
            [(35, "members"), (25, "members")],
        ),
        ("Число депутатов думы составляет 25.", [(25, "members")]),
        # a change by so many stays a delta
        ("Число участников выросло на 200 человек.", [(200, "other")]),
    ],
)
def test_a_size_of_number_of_people(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сумма составила 500.",
        "Температура воздуха составила 25.",
        "Число участков превысило 40.",
    ],
)
def test_a_size_verb_alone_counts_no_people(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число работников администрации превышает 300 человек.", [(300, "members")]),
        ("Численность сотрудников аппарата думы — 40 человек.", [(40, "members")]),
        ("Количество служащих мэрии составляет 212 человек.", [(212, "members")]),
        # its change is a delta
        ("Численность работников администрации сократилась на 20 человек.", [(20, "other")]),
    ],
)
def test_an_office_staff_counted_by_its_size(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Заседание не состоялось из-за отсутствия шести депутатов.",
        "Сессию перенесли из-за неявки шести депутатов.",
        "В связи с отсутствием шести депутатов кворума не было.",
        "Заседание прошло без шести депутатов.",
        "Без 6 депутатов кворума не будет.",
    ],
)
def test_absence_said_by_a_noun(text: str) -> None:
    assert people(text) == [(6, "депутат", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number spaced into thousands is no year, though its value is one
        ("Пришли 806 жителей из 1 930.", [(806, "participants"), (1930, "residents")]),
        ("Проголосовали 2 010 человек из 2 095.", [(2010, "voters"), (2095, "other")]),
    ],
)
def test_a_spaced_whole_is_no_year(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Из 25 депутатов, избранных в 2020, на сессию пришли 19.",
            [(25, "members"), (19, "attendees")],
        ),
        (
            "Из 30 депутатов, избранных в 2021 году, сейчас работают 28.",
            [(30, "members"), (28, "members")],
        ),
    ],
)
def test_a_year_between_a_whole_and_its_part_is_no_figure(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected
    assert 2020 not in values(text) and 2021 not in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Явка депутатов — 18 из 20.", [(18, "attendees"), (20, "members")]),
        ("Явка депутатов на сессию составила 18 человек.", [(18, "attendees")]),
        ("Явка избирателей составила 12 тысяч человек.", [(12000, "voters")]),
    ],
)
def test_a_turnout_of_named_people(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На заседании присутствовало 15-ть депутатов.", [(15, "attendees")]),
        ("На сессию пришли 5-ро депутатов.", [(5, "attendees")]),
        ("В мероприятии приняли участие 20-ти человек.", [(20, "participants")]),
    ],
)
def test_a_cardinal_with_its_case_ending(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected


def test_a_compound_with_a_case_ending_is_no_count() -> None:
    assert values("В 5-ти этажном доме 40 квартир.") == [40]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В фестивале народного творчества участвуют 26 коллективов. Всего это более 400 "
            "исполнителей.",
            [(400, "participants")],
        ),
        ("На спартакиаду заявились 14 команд. Это около 300 спортсменов.", [(300, "participants")]),
        ("Конкурс прошёл в районном ДК. Итого это 45 конкурсантов.", [(45, "participants")]),
        # candidates stay what they are
        ("Фестиваль завершился. Это 12 кандидатов на пост главы.", [(12, "other")]),
    ],
)
def test_a_sum_restating_an_event_counts_its_participants(text: str, expected: list) -> None:
    assert [(v, r) for v, _, r in people(text)] == expected
