"""One person whose first name is spelt two ways in one text («Рустем/Рустам», «Рашит/Рашид»),
and namesakes who must stay apart. Own sentences written for this rule."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(p["last"], p["first"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Собрание открыл глава поселения Фарит Галимов. Он напомнил о сроках ремонта "
            "школы. По словам Фарид Галимова, подрядчик уже выбран.",
            [("Галимов", "Фарит")],
        ),
        (
            "Отчёт представил депутат Рустем Валиахметов. В прениях выступили жители "
            "деревни. Рустам Валиахметов ответил на все вопросы.",
            [("Валиахметов", "Рустем")],
        ),
    ],
)
def test_one_letter_spelt_two_ways_is_one_person(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Грамоты получили близнецы Рустем и Рустам Хасановы.",
            [("Хасанов", "Рустем"), ("Хасанов", "Рустам")],
        ),
        (
            "Слово взял Павел Морозов. Позже выступил и Пётр Морозов, его брат.",
            [("Морозов", "Павел"), ("Морозов", "Пётр")],
        ),
        (
            "Приз получила Арина Сомова. Её мама, Ирина Сомова, работает в школе.",
            [("Сомова", "Арина"), ("Сомова", "Ирина")],
        ),
    ],
)
def test_namesakes_stay_apart(text: str, expected: list) -> None:
    assert names(text) == expected
