"""A name given by initials and a surname is not run on into the next person's first name and
patronymic («с Т. А. Лобановой Юрий Геннадьевич побывал»); the same person written twice
(«И. П. Сидоров Иван Петрович») stays one."""

from __future__ import annotations

from extraction import extract

PUBLISHED = "2024-05-14"


def _people(text: str) -> list[str]:
    return sorted(p["name"] for p in extract(text, PUBLISHED)["people"])


def test_initials_and_a_surname_then_another_persons_first_name() -> None:
    text = (
        "Глава района Олег Вершинин посетил село. Вместе с директором школы Н. В. Гараевой "
        "Олег Петрович осмотрел спортзал."
    )
    assert _people(text) == ["Н. В. Гараева", "Олег Петрович Вершинин"]


def test_the_same_person_in_initials_and_in_full_stays_one() -> None:
    text = "С отчётом выступил глава района О. П. Вершинин Олег Петрович."
    assert _people(text) == ["Олег Петрович Вершинин"]
