"""Names written all in lower case after a post or a verb of speech.

Own sentences, written for this rule: text copied from social networks loses its capitals; a
known first name followed by a known surname (or by a patronymic and a surname) right after a
post head or a verb of speech is a person, normalised with capitals. Common nouns that are also
names («вера», «надежда», «любовь», «роман») with no surname after them stay nobody.
"""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p["last"], p["first"], p["middle"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("депутат виктор лосев выступил на сессии.", [("Лосев", "Виктор", None)]),
        ("об этом сообщила вера иванова.", [("Иванова", "Вера", None)]),
        (
            "глава района ирина петровна сомова открыла заседание.",
            [("Сомова", "Ирина", "Петровна")],
        ),
        (
            "депутаты олег жуков и анна котова проголосовали против.",
            [("Жуков", "Олег", None), ("Котова", "Анна", None)],
        ),
        ("мы поздравили депутата виктора лосева с юбилеем.", [("Лосев", "Виктор", None)]),
        ("— дороги отремонтируем, — заявил мэр роман новиков.", [("Новиков", "Роман", None)]),
    ],
)
def test_lower_case_name_after_a_post_or_speech(text: str, expected: list) -> None:
    assert names(text) == expected


def test_the_post_goes_to_the_lower_case_name() -> None:
    [person] = extract("депутат виктор лосев выступил на сессии.")["people"]
    assert [p["title"] for p in person["posts"]] == ["депутат"]


@pytest.mark.parametrize(
    "text",
    [
        "депутат вера в успех не теряла.",
        "председатель отметил, что надежда жителей на ремонт оправдалась.",
        "директор любовь к родине воспитывает с детства.",
        "писатель роман века так и не закончил.",
        "сказал, что вера людей важна.",
        # after a name and a patronymic, a common noun with a surname's ending is no surname
        "рассказала директор анна петровна половина средств ушла на ремонт.",
        # no post and no verb of speech before: a lower-case pair alone is not enough
        "в парке гуляли виктор лосев и его друзья.",
    ],
)
def test_common_nouns_and_bare_pairs_are_nobody(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pymorphy3 knows «лапин» in lower case only as a plural of «лапина»
        ("председатель думы сергей лапин напомнил о сроках.", [("Лапин", "Сергей", None)]),
        ("мы поблагодарили депутата сергея лапина за помощь.", [("Лапин", "Сергей", None)]),
        ("сообщила глава поселения ольга лапина.", [("Лапина", "Ольга", None)]),
    ],
)
def test_a_surname_shape_after_a_word_that_is_only_a_first_name(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["депутат сергей готов помочь жителям.", "депутат олег сегодня выступил первым."],
)
def test_no_surname_shape_or_no_noun_is_nobody(text: str) -> None:
    assert names(text) == []
