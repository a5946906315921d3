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
