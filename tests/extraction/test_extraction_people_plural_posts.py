"""Names after posts, and surnames in -ович/-евич beside a first name alone.

Own sentences, written for these rules: a plural post in the nominative names the people after
it in the nominative («депутаты Е.С. Кулагина» is her), each word of a list after a plural post
is a surname even when it is a common noun («Сокол, Жук и Карась»), a guessed patronymic made
from no first name is a surname («Сергею Шульговичу»), a dash glued to the name is split off
(«Докладчик –Сергей Лыков»), and a singular post in the nominative makes «Амина …» hers.
"""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p["last"], p["first"], p["middle"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С критикой выступили депутаты А.М. Сорокина, В.В. Ткачёв.",
            [("Сорокина", "А.", "М."), ("Ткачёв", "В.", "В.")],
        ),
        (
            "Члены комиссии Т.Г. Белова и С.С. Греков проверили смету.",
            [("Белова", "Т.", "Г."), ("Греков", "С.", "С.")],
        ),
        (
            "Против голосовали депутаты городской думы Л.А. Мухина и И.И. Рябов.",
            [("Мухина", "Л.", "А."), ("Рябов", "И.", "И.")],
        ),
    ],
)
def test_a_plural_nominative_post_takes_her_nominative(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive governor still makes «Мухина» his: the reports of two deputies
        (
            "Отчёт депутата Л.А. Мухина утвердили.",
            [("Мухин", "Л.", "А.")],
        ),
    ],
)
def test_a_singular_genitive_post_still_governs(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Обращения жителей рассмотрели депутаты Лебедь, Заяц и Ворона.",
            [("Лебедь", None, None), ("Заяц", None, None), ("Ворона", None, None)],
        ),
        ("Грамоты вручили педагогам Пак и Гусь.", [("Пак", None, None), ("Гусь", None, None)]),
        (
            "В рабочую группу вошли Никифоров, Сом и Ёрш.",
            [("Никифоров", None, None), ("Сом", None, None), ("Ёрш", None, None)],
        ),
    ],
)
def test_word_like_surnames_listed_after_a_plural_post(text: str, expected: list) -> None:
    assert names(text) == expected


def test_animals_with_no_post_or_surname_are_nobody() -> None:
    assert names("На празднике Лиса и Волк водили хоровод с детьми.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Грамоту глава района вручил Игорю Шульговичу.", [("Шульгович", "Игорь", None)]),
        ("По инициативе Дениса Янковича сквер озеленили.", [("Янкович", "Денис", None)]),
        ("Договор подписан с Романом Мицкевичем.", [("Мицкевич", "Роман", None)]),
        (
            "Отчёт заслушали вместе с Павлом Андреевичем Бабичем.",
            [("Бабич", "Павел", "Андреевич")],
        ),
    ],
)
def test_surnames_in_ovich_beside_a_first_name(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Слово предоставили Ильдару Рашитовичу.",
        "Поздравляем Сергея Анатольевича с юбилеем!",
        "Вопрос адресовали Руслану Хазретовичу.",
    ],
)
def test_a_patronymic_made_from_a_first_name_stays_a_patronymic(text: str) -> None:
    # a first name and patronymic with no surname name nobody a reader could look up
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ведущий –Артём Голубев,учитель истории.", [("Голубев", "Артём", None)]),
        ("Ответственный —Нина Соловьёва.", [("Соловьёва", "Нина", None)]),
    ],
)
def test_a_dash_glued_to_the_name(text: str, expected: list) -> None:
    assert names(text) == expected


def test_a_dash_glued_to_a_number_stays_with_it() -> None:
    from extraction.pipeline import build

    doc = build()("Температура опустилась до –15 градусов, сообщил Пётр Зимин.")
    assert "–15" in [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Открыл выставку директор музея Амина Валиуллина.",
            [("Валиуллина", "Амина", None)],
        ),
        # a dash gives no post: a man's name said in the genitive stays his
        (
            "Обязанности прежнего директора – Алексея Фомина – исполняет заместитель.",
            [("Фомин", "Алексей", None)],
        ),
    ],
)
def test_her_name_after_a_nominative_post(text: str, expected: list) -> None:
    assert names(text) == expected
