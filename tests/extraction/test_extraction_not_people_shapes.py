"""Words around names that are not people, and names slovnet cuts wrongly:
- a name after «имени» whose first initial is glued to the rest («имени К.Е.Ворошиловой»);
- an organisation's capitals before a name («МБС Ирина Кравец»): not part of the name, not a
  person alone;
- a two-word town in the nominative that slovnet reads with the name after it as one place
  («города Великие Луки Ринат Шамсутдинов»);
- two common nouns joined by a hyphen at the start of a sentence («Конкурс-фестиваль»);
- a surname said alone in -ову/-еву/-ину («наградил Кадырову») joins the person named in full.
Near misses keep people: a name in capitals («ОЛЕГ СИДОРЕНКО»), a hyphenated surname
(«Петров-Водкин»), a name after a place in the genitive."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return sorted(p["name"] for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вручение премии имени К.Е.Ворошиловой прошло в районной библиотеке.",
            [],
        ),
        (
            "Ведущий библиотекарь городской МБС Ирина Кравец получила диплом.",
            ["Ирина Кравец"],
        ),
        (
            "Глава города Великие Луки Ринат Шамсутдинов открыл сквер.",
            ["Ринат Шамсутдинов"],
        ),
        ("Конкурс-фестиваль прошёл в доме культуры 12 мая.", []),
        (
            "Президент наградил Кадырову и Смирнова. Орденом награждена учитель Гузель Кадырова.",
            ["Гузель Кадырова", "Смирнов"],
        ),
    ],
)
def test_not_people_and_cut_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Фото: ОЛЕГ СИДОРЕНКО.", ["Олег Сидоренко"]),
        ("Выставку картин Петрова-Водкина открыл Иван Серов.", ["Иван Серов", "Петров-Водкин"]),
        ("Мэр Великих Лук Ринат Шамсутдинов открыл сквер.", ["Ринат Шамсутдинов"]),
    ],
)
def test_near_misses_keep_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected
