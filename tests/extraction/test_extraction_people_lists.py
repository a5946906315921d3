"""Names listed together share their case.

Own sentences, written for these rules: after a plural post in an oblique case, a capitalised
word for a being listed with another name is a surname in the post's case («депутатов Сокола
и Жука»); a name with initials listed beside one that reads only as a nominative is in the
nominative too («Граждане Н.В. Ларина, О.О. Зуев»), while a lone «И.И. Петрова» after a noun
stays his genitive.
"""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p["last"], p["first"], p["middle"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мнения депутатов Сокола и Жука разошлись.", [("Сокол", None, None), ("Жук", None, None)]),
        (
            "Глава района поблагодарил депутатов Гуся, Карася и Окуня за помощь.",
            [("Гусь", None, None), ("Карась", None, None), ("Окунь", None, None)],
        ),
        (
            "Депутатам Волку и Медведю вручили почётные грамоты.",
            [("Волк", None, None), ("Медведь", None, None)],
        ),
        (
            "Позиция депутатов Сокола и Иванова не изменилась.",
            [("Сокол", None, None), ("Иванов", None, None)],
        ),
        # the post's complement between: «депутатов городской думы»
        (
            "Предложения депутатов городской думы Сокола и Жука поддержали.",
            [("Сокол", None, None), ("Жук", None, None)],
        ),
        (
            "Поправки членов комиссии Окуня и Сокола отклонили.",
            [("Окунь", None, None), ("Сокол", None, None)],
        ),
    ],
)
def test_word_surnames_listed_after_an_oblique_plural_post(text: str, expected: list) -> None:
    assert names(text) == expected


def test_a_lone_word_after_an_oblique_plural_post_is_no_surname() -> None:
    # nothing lists «Сокола» with a name: it may as well be the neighbourhood
    assert names("Мнения депутатов Сокола разошлись.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Граждане Н.В. Ларина, О.О. Зуев обратились в Думу.",
            [("Ларина", "Н.", "В."), ("Зуев", "О.", "О.")],
        ),
        (
            "С жалобой пришли жители Зуев О.О., Ларина Н.В. и другие.",
            [("Зуев", "О.", "О."), ("Ларина", "Н.", "В.")],
        ),
        (
            "Пенсионеры Ларина Н.В., Зуев О.О. обратились к депутатам.",
            [("Ларина", "Н.", "В."), ("Зуев", "О.", "О.")],
        ),
        (
            "Собственники квартир А.П. Смирнова, Р.Р. Галиев подписали обращение.",
            [("Смирнова", "А.", "П."), ("Галиев", "Р.", "Р.")],
        ),
        # the nominative item two names away still sets the case of the whole list
        (
            "Граждане Н.В. Ларина, И.И. Петрова, О.О. Зуев обратились в Думу.",
            [("Ларина", "Н.", "В."), ("Петрова", "И.", "И."), ("Зуев", "О.", "О.")],
        ),
        (
            "Подписи поставили Ларина Н.В., Петрова И.И. и Зуев О.О.",
            [("Ларина", "Н.", "В."), ("Петрова", "И.", "И."), ("Зуев", "О.", "О.")],
        ),
    ],
)
def test_initials_and_surname_beside_a_nominative_are_nominative(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дети И.И. Петрова посещают гимназию.", [("Петров", "И.", "И.")]),
        ("Отчёт главы поселения Ларина Н.В. утвердили.", [("Ларин", "Н.", "В.")]),
    ],
)
def test_with_no_nominative_in_the_list_the_genitive_stays(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «Гаяну» is her accusative to pymorphy3, but a dative context and his dative surname
        # make it his name
        (
            "Слово дано Гаяну Хабибрахманову и Рамилю Сафину.",
            [("Хабибрахманов", "Гаян", None), ("Сафин", "Рамиль", None)],
        ),
        (
            "Благодарность объявили Гаяну Хабибуллину за работу с молодёжью.",
            [("Хабибуллин", "Гаян", None)],
        ),
        ("Указание дано Ильдару Шакирову.", [("Шакиров", "Ильдар", None)]),
    ],
)
def test_her_accusative_first_name_in_a_dative_context_is_his(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no dative context: her accusative stays hers
        ("Поздравили Гаяну Хабибрахманову с юбилеем.", [("Хабибрахманова", "Гаяна", None)]),
        ("Грамоту вручили Гаяне Хабибрахмановой.", [("Хабибрахманова", "Гаяна", None)]),
        ("Интервью дал Ильдар Шакиров.", [("Шакиров", "Ильдар", None)]),
    ],
)
def test_her_name_and_the_giver_stay(text: str, expected: list) -> None:
    assert names(text) == expected
