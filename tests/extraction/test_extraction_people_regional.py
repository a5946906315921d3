"""Regional name shapes of the n341–n370 batch, each in other wordings of our own: her
surname in -ич beside her first name, a capitals surname after a first name in a byline, a
dative verb's name, her lone unknown surname in an oblique case, a body named by a place
swallowed into a name."""

from __future__ import annotations

import pytest

from extraction import extract


def _names(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p["last"], p["first"], p["middle"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Секретарём комиссии избрана Ирина Мицкевич.", ("Мицкевич", "Ирина", None)),
        ("Диплом вручили Оксане Янкович, учителю музыки.", ("Янкович", "Оксана", None)),
        ("Председателем совета стала Алина Лукашевич.", ("Лукашевич", "Алина", None)),
    ],
)
def test_a_surname_in_ich_beside_her_first_name_is_her_surname(text: str, name: tuple) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Глава улуса Айсен Михайлович Егоров встретился с жителями наслега.",
        "Слово взял Пётр Ильич Сомов. Петру Ильичу задали вопросы.",
    ],
)
def test_his_patronymic_in_ich_stays_a_patronymic(text: str) -> None:
    assert all(n[2] in {"Михайлович", "Ильич"} for n in _names(text))
    assert len(_names(text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В клубе прошёл вечер поэзии.\nФото Ильдара ГАЙНУЛЛИНА", ("Гайнуллин", "Ильдар")),
        ("Ярмарка собрала сотни гостей.\nТекст и фото Марины ДОЛГИХ", ("Долгих", "Марина")),
        ("Субботник прошёл в сквере.\nФото: Артём КОВАЛЕНКО", ("Коваленко", "Артём")),
    ],
)
def test_a_first_name_before_a_surname_in_capitals_is_one_person(text: str, name: tuple) -> None:
    assert [n[:2] for n in _names(text)] == [name]


def test_capitals_that_are_no_surname_join_no_first_name() -> None:
    assert all(n[0] != "Мвд" for n in _names("Запрос направил Сергей МВД области."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Главный приз достался Эльмиру Гасанову из Дербента.", ("Гасанов", "Эльмир")),
        ("Первое место досталось Ринату Закирову.", ("Закиров", "Ринат")),
    ],
)
def test_a_prize_that_went_to_a_name_takes_the_dative(text: str, name: tuple) -> None:
    assert [n[:2] for n in _names(text)] == [name]


def test_her_lone_unknown_surname_in_an_oblique_case_joins_her() -> None:
    text = (
        "Лучшей мастерицей признана Зарема Алиханова. Глава района вручил Алихановой "
        "сертификат на обучение."
    )
    assert [n[:2] for n in _names(text)] == [("Алиханова", "Зарема")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("На открытии выступил депутат Ил Тумэна Сахамин Афанасьев.", ("Афанасьев", "Сахамин")),
        ("Поздравил депутат Курултая Башкортостана Айрат Шамсутдинов.", ("Шамсутдинов", "Айрат")),
    ],
)
def test_a_body_named_by_a_place_is_cut_from_the_name(text: str, name: tuple) -> None:
    assert [n[:2] for n in _names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ярмарка прошла в парке.\nСВЕТЛАНА КОВАЛЬ, фото автора", ("Коваль", "Светлана")),
        ("Субботник собрал сотню жителей.\nДЕНИС ЛОБОДА", ("Лобода", "Денис")),
        ("ТАТЬЯНА БЕЛЫХ, фото автора", ("Белых", "Татьяна")),
    ],
)
def test_a_byline_all_in_capitals_is_a_person(text: str, name: tuple) -> None:
    assert [n[:2] for n in _names(text)] == [name]


def test_a_common_noun_in_capitals_is_no_first_name() -> None:
    assert _names("ВЕРА ПРАВОСЛАВНАЯ И МИР СЕМЬИ\nВ храме прошла встреча.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Проект поддержали Аяна Саввинова и Туяра Петрова.",
            [("Саввинова", "Аяна"), ("Петрова", "Туяра")],
        ),
        (
            "Инициативу поддержали Сардаана Попова и Нюргуяна Егорова.",
            [("Попова", "Сардаана"), ("Егорова", "Нюргуяна")],
        ),
        (
            "Депутаты поддержали Ивана Петрова и Туяра Сидорова.",
            [("Петров", "Иван"), ("Сидоров", "Туяр")],
        ),
    ],
)
def test_a_name_listed_after_a_subject_is_a_subject_too(text: str, names: list) -> None:
    assert sorted(n[:2] for n in _names(text)) == sorted(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("На улице Мусы Джалиля Рамис Гайнутдинов открыл пекарню.", ("Гайнутдинов", "Рамис")),
        (
            "В сквере на проспекте Салавата Юлаева Айгуль Сафина провела мастер-класс.",
            ("Сафина", "Айгуль"),
        ),
    ],
)
def test_a_person_right_after_a_street_named_after_someone(text: str, name: tuple) -> None:
    assert [n[:2] for n in _names(text)] == [name]


def test_a_street_named_after_someone_keeps_its_whole_name() -> None:
    found = extract("Ремонт на улице Мусы Джалиля закончат в мае.")["entities"]
    assert not [e for e in found if e["type"] == "PER"]
