"""Women's first names pymorphy3 knows only as a man's name in another case («Амина» as the
genitive of «Амин») or only as his nominative («Асият», «Зейнаб»): the context and the
surname's form say whose name it is, and the post before it stays hers."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> dict[str, list[str]]:
    return {p["name"]: [q["title"] for q in p["posts"]] for p in extract(text)["people"]}


@pytest.mark.parametrize(
    ("text", "name", "posts"),
    [
        # a post of her own right before the name, a verb of hers after it
        (
            "Депутат Амина Курбанова провела приём граждан в Каспийске.",
            "Амина Курбанова",
            ["депутат"],
        ),
        ("Выступила депутат Амина Курбанова.", "Амина Курбанова", ["депутат"]),
        # a plural post before a list: every name in it is a nominative
        (
            "Депутаты Амина Курбанова и Саида Алиева голосовали против.",
            "Саида Алиева",
            ["депутат"],
        ),
        # a first name in a consonant does not decline for her, whatever pymorphy3 guesses
        (
            "Начальник отдела Асият Гаджиева сообщила о ремонте кровли.",
            "Асият Гаджиева",
            ["начальник отдела"],
        ),
        ("Грамоту получила Зейнаб Алиева.", "Зейнаб Алиева", []),
        ("Поздравили с юбилеем Зейнаб Алиеву.", "Зейнаб Алиева", []),
        # her dative beside her surname in -ой: «Амине» of «Амина»
        (
            "Слово предоставили Амине Курбановой, депутату городского собрания.",
            "Амина Курбанова",
            ["депутат городского собрания"],
        ),
    ],
)
def test_her_name_stays_hers(text: str, name: str, posts: list[str]) -> None:
    found = people(text)
    assert name in found, found
    assert found[name] == posts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post held under a person governs his genitive: the verb is the deputy's
        ("Заместитель Ивана Петрова провела совещание.", "Иван Петров"),
        ("Помощник депутата Амина Курбанова рассказал о встрече.", "Амин Курбанов"),
        # his name as written, in the nominative
        ("Асият Гаджиев провёл приём граждан.", "Асият Гаджиев"),
        ("Сторонники Саида Алиева вышли на площадь.", "Саид Алиев"),
    ],
)
def test_his_name_stays_his(text: str, name: str) -> None:
    assert name in people(text)


def test_a_post_before_the_verb_does_not_set_the_case_of_its_object() -> None:
    # «Глава района» is the subject; the names after «вручил» are its datives
    found = people(
        "Глава района Ильдар Гильмутдинов вручил награды Гульшат Хабировой и Фанису Галиеву."
    )
    assert set(found) == {"Ильдар Гильмутдинов", "Гульшат Хабирова", "Фанис Галиев"}


def test_a_person_whose_memory_is_honoured_is_named() -> None:
    found = people(
        "Депутаты почтили минутой молчания память Виталия Алексеевича Мельникова, "
        "бывшего главы района."
    )
    assert found == {"Виталий Алексеевич Мельников": ["глава района"]}
    # a tournament named after him names no one present
    assert people("Турнир памяти Виталия Мельникова собрал 40 борцов.") == {}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Секретарём совета избрана Дина Мурзина.", "Дина", "Мурзина"),
        ("Дина Мурзина назначена секретарём совета.", "Дина", "Мурзина"),
        # near miss: his short participle keeps his name
        ("Секретарём совета избран Дин Мурзин.", "Дин", "Мурзин"),
    ],
)
def test_a_short_participle_beside_the_name_gives_its_gender(
    text: str, first: str, last: str
) -> None:
    people = extract(text)["people"]
    assert [(p["first"], p["last"]) for p in people] == [(first, last)]


def test_a_form_hers_by_a_verb_elsewhere_is_hers_after_a_genitive_post() -> None:
    """«и. п. главы района Е. В. Карпачева» reads as his genitive; the same words closing
    «– …, – сказала, открывая сессию, Е. В. Карпачева.» are hers: one woman."""
    text = (
        "Заседание ведут и. п. главы района О. Н. Лапшина и заместитель главы А. В. Рожков. "
        "– Вопросов много, – сказала, открывая сессию, О. Н. Лапшина."
    )
    people = extract(text)["people"]
    assert [(p["last"], [q["status"] for q in p["posts"]]) for p in people] == [
        ("Лапшина", ["acting"]),
        ("Рожков", ["current"]),
    ]


def test_a_form_beside_his_verb_stays_his() -> None:
    """Near miss: the genitive form is followed by his own verb, so it stays his."""
    text = (
        "Доклад заместителя главы О. Н. Лапшина и отчёт депутата обсудили. – Работа идёт, – "
        "отметил, открывая сессию, О. Н. Лапшин."
    )
    people = extract(text)["people"]
    assert [p["last"] for p in people] == ["Лапшин"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # pymorphy3 knows «Ступина», «Кашина» only as towns in the genitive
        ("Выступила О. Н. Ступина.", "Ступина"),
        ("Выступила О. Н. Кашина.", "Кашина"),
        # near miss: his genitive stays his
        ("Доклад главы района О. Н. Ступина был коротким.", "Ступин"),
    ],
)
def test_a_surname_that_is_also_a_town(text: str, last: str) -> None:
    assert [p["last"] for p in extract(text)["people"]] == [last]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # «Даши», «Саши» read first as her genitive; his nominative surname has no such form
        ("Первое заседание будет вести Даши Цыренов, старейший депутат.", "Даши", "Цыренов"),
        # near miss: her surname agrees with her genitive
        ("Слово предоставили Даше Цыреновой.", "Даша", "Цыренова"),
    ],
)
def test_a_first_name_that_cannot_agree_with_his_surname(text: str, first: str, last: str) -> None:
    assert [(p["first"], p["last"]) for p in extract(text)["people"]] == [(first, last)]
