"""A superior named by surname after a dependent post («Заместитель Собянина Пётр Бирюков»):
the surname is a person in the genitive, not a place, and the post is the holder's. Each
sentence is written for this test."""

from __future__ import annotations

import pytest

from extraction import extract


def people_of(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {
        p["name"]: [(q["title"], q["place"]) for q in p["posts"]] for p in extract(text)["people"]
    }


@pytest.mark.parametrize(
    ("text", "superior", "holder", "title"),
    [
        ("Заместитель Котова Иван Лунин провёл планёрку.", "Котов", "Иван Лунин", "заместитель"),
        (
            "Помощник Грачёва Ольга Сизова ответила на вопросы.",
            "Грачёв",
            "Ольга Сизова",
            "помощник",
        ),
        ("Советник Волкова Пётр Ясенев рассказал о проекте.", "Волков", "Пётр Ясенев", "советник"),
    ],
)
def test_the_superior_is_a_person_and_the_post_is_the_holders(
    text: str, superior: str, holder: str, title: str
) -> None:
    found = people_of(text)
    assert found[superior] == []
    assert found[holder] == [(title, None)]
    assert not any(e["type"] == "LOC" for e in extract(text)["entities"])


def test_the_superior_named_before_stays_one_person() -> None:
    text = (
        "Глава района Сергей Котов уехал в отпуск. Заместитель Котова Иван Лунин провёл планёрку."
    )
    assert people_of(text) == {
        "Сергей Котов": [("глава района", None)],
        "Иван Лунин": [("заместитель", None)],
    }


def test_her_own_surname_after_the_post_is_hers() -> None:
    """No holder's name after it: «Советник Петрова» is the adviser herself."""
    assert people_of("Советник Петрова рассказала о проекте.") == {"Петрова": [("советник", None)]}
