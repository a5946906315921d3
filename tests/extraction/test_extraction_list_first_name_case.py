"""A name listed after another («… Олегу Петрову и Альфиру Сафиуллину») takes the case of the
first when nothing before the first says it: the first one's known first name, in one case
only, says it (a quoted award title in between hides the verb). Near misses: a nominative
first name says nothing; a woman listed after a woman keeps her forms."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> list[tuple]:
    return [(p["last"], p["first"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За заслуги Ринат Гайнуллин и Марат Хайруллин вручили почетные звания “Заслуженный "
            "работник сельского хозяйства Республики Башкортостан” Олегу Петрову и Альфиру "
            "Шамсутдинову.",
            [
                ("Гайнуллин", "Ринат"),
                ("Хайруллин", "Марат"),
                ("Петров", "Олег"),
                ("Шамсутдинов", "Альфир"),
            ],
        ),
    ],
)
def test_list_takes_the_first_ones_case(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На сцене звания “Почётный ветеран района” получили Олег Петров и Ильнара "
            "Шамсутдинова.",
            [("Петров", "Олег"), ("Шамсутдинова", "Ильнара")],
        ),
        (
            "Звания “Почётный ветеран района” присвоены Анне Петровой и Ильнаре Шамсутдиновой.",
            [("Петрова", "Анна"), ("Шамсутдинова", "Ильнара")],
        ),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected
