"""Azerbaijani and Uzbek patronymics: «оглу» (as «оглы») and «угли»/«кизи» join the father's
name as the middle name, also when the surname comes after them («Гасану Зал оглу Гасанову»,
which slovnet cuts into an organisation and a surname). Near misses: a name without such a
word keeps its usual reading; a lower-case word before «оглы» starts no name."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> list[tuple]:
    return sorted((p["last"], p["first"], p["middle"]) for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Назначить персональную пенсию Эльдару Вагиф оглу Рзаеву.",
            [("Рзаев", "Эльдар", "Вагиф оглу")],
        ),
        (
            "Наградить почётным дипломом Мамедова Эльчина Рауф оглу.",
            [("Мамедов", "Эльчин", "Рауф оглу")],
        ),
        (
            "Грамоту получил Алишер Бахтиёр угли Каримов.",
            [("Каримов", "Алишер", "Бахтиёр угли")],
        ),
    ],
)
def test_turkic_patronymics(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Назначить персональную пенсию Эльдару Вагиф оглу Рзаеву.",
        "Предоставить Эльдару Зал оглу Рзаеву персональную пенсию.",
    ],
)
def test_no_place_or_organisation_left_inside(text: str) -> None:
    assert [e["type"] for e in extract(text)["entities"] if e["type"] != "PER"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пенсию назначили Эльдару Рзаеву.", [("Рзаев", "Эльдар", None)]),
        ("Наградить Мамедову Севиндж Ильхам кызы.", [("Мамедова", "Севиндж", "Ильхам кызы")]),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected
