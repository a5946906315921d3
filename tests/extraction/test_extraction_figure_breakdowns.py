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
