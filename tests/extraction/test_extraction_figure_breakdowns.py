"""Counts said without their noun or named by a group: a scaled number with no noun
(«около 1,2 тысячи»), a population or a body broken down by groups named before a dash, staff
counted with a profession, members said beside others, and «из них» after a body that picks.
Each rule is checked on more than one wording, with the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def people(text: str) -> list[tuple[float, str]]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(round(f["value"], 3), f["role"]) for f in figures if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В селе живут 3 400 человек. Из них трудоспособного возраста – около 1,8 тысячи.",
            [(3400, "residents"), (1800, "residents")],
        ),
        (
            "В районе проживают 41 тысяча человек, из них пенсионеров – почти 9,5 тысячи.",
            [(41000, "residents"), (9500, "residents")],
        ),
        (
            "На выборах проголосовали 56 тысяч избирателей, из них досрочно – 2,3 тысячи.",
            [(56000, "voters"), (2300, "voters")],
        ),
    ],
)
def test_a_scaled_number_without_a_noun_is_a_part_of_the_count_before(
    text: str, expected: list
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Бюджет составит 4,5 млрд рублей, на дороги – 1,2 млрд.",
        "Весь тираж – 2,5 тысячи экземпляров.",
    ],
)
def test_a_scaled_number_of_money_or_things_stays_no_people_count(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным переписи, в деревне Сосновка живут 512 человек. Детей до 14 лет – 87, "
            "пенсионеров – 190.",
            [(512, "residents"), (87, "residents"), (190, "residents")],
        ),
        (
            "Население поселения составляет 4 060 человек. Мужчин – 1 870, женщин – 2 190.",
            [(4060, "residents"), (1870, "residents"), (2190, "residents")],
        ),
        (
            "В районном Совете 25 депутатов. Женщин – 9, мужчин – 16.",
            [(25, "members"), (9, "members"), (16, "members")],
        ),
    ],
)
def test_groups_named_before_a_dash_break_a_population_or_a_body_down(
    text: str, expected: list
) -> None:
    assert people(text) == expected


def test_a_group_with_a_verb_of_its_own_is_no_breakdown() -> None:
    text = "В посёлке живут 2 300 человек. На субботник в воскресенье вышли 640 жителей."
    assert people(text) == [(2300, "residents"), (640, "participants")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В районной больнице трудятся 38 врачей и 12 фельдшеров.", [(38, "members")]),
        ("В новой школе будут работать 46 учителей.", [(46, "members")]),
        (
            "В лагере отдохнут 150 детей. В лагере будут работать 14 вожатых из числа студентов.",
            [(150, "participants"), (14, "members")],
        ),
    ],
)
def test_professionals_working_in_an_institution_are_its_staff(text: str, expected: list) -> None:
    assert people(text)[: len(expected)] == expected


def test_teachers_at_an_event_still_take_part() -> None:
    assert people("В субботнике у школы участвовали 40 учителей.") == [(40, "participants")]


def test_a_part_from_among_the_same_group_still_shares_its_role() -> None:
    text = "В заседании участвовали 20 депутатов. Трое из числа депутатов выступили."
    assert people(text) == [(20, "attendees"), (3, "attendees")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Совете 15 депутатов. На постоянной основе работают трое.",
            [(15, "members"), (3, "members")],
        ),
        (
            "Из 25 депутатов городской Думы на освобождённой основе трудятся пятеро.",
            [(25, "members"), (5, "members")],
        ),
        ("На профессиональной основе в думе работают 4 депутата.", [(4, "members")]),
    ],
)
def test_those_who_hold_their_seat_as_a_job_are_members(text: str, expected: list) -> None:
    assert people(text) == expected


def test_full_time_without_work_is_no_membership() -> None:
    assert people("На постоянной основе в акции участвуют 30 волонтёров.") == [(30, "participants")]


@pytest.mark.parametrize(
    "text",
    [
        "Заседание комиссии прошло в расширенном составе: кроме 9 её членов, в нём "
        "участвовали 14 приглашённых.",
        "Помимо 9 его членов, на заседании совета присутствовали 14 приглашённых.",
    ],
)
def test_a_bodys_own_members_said_beside_the_invited_are_members(text: str) -> None:
    assert people(text) == [(9, "members"), (14, "participants")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Заявки на конкурс подали шесть кандидатов. Комиссия из 8 человек отберёт двух из них.",
            [(6, "other"), (8, "members"), (2, "other")],
        ),
        (
            "На грант претендуют 40 активистов. Жюри из 5 человек выберет 10 из них.",
            [(40, "other"), (5, "members"), (10, "other")],
        ),
    ],
)
def test_a_body_picking_from_them_is_not_their_whole(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_part_of_a_body_at_its_sitting_still_comes_from_the_body() -> None:
    text = "Совет состоит из 30 депутатов. В заседании участвовали 28 из них."
    assert people(text) == [(30, "members"), (28, "attendees")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В детском саду «Ромашка» 160 воспитанников и 25 сотрудников.",
            [(160, "other"), (25, "members")],
        ),
        ("В лицее учатся 640 детей, работают 48 педагогов.", [(640, "other"), (48, "members")]),
    ],
)
def test_staff_of_an_institution_said_without_a_verb_or_in_the_next_clause(
    text: str, expected: list
) -> None:
    assert people(text) == expected


def test_staff_words_at_an_event_still_take_part() -> None:
    assert people("На празднике в школе работали 12 учителей.") == [(12, "participants")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Волонтёрский корпус города насчитывает 1 500 человек.", "members"),
        ("Молодёжный клуб района насчитывает 1 500 человек.", "members"),
        ("Город насчитывает 1 500 человек.", "residents"),
    ],
)
def test_a_corps_or_club_of_a_town_counts_members_not_residents(text: str, role: str) -> None:
    assert people(text) == [(1500, role)]
