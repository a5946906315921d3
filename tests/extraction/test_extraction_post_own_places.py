"""A plural post before names, each with a place or complement of its own: «главы Ключевского
сельсовета Иван Сорокин и Никольского сельсовета Пётр Лосев», «главы Ключевского и Никольского
сельсоветов …», «председатели комитета по бюджету А и комитета по ЖКХ Б». Each name holds the
post with its own place; a shared plural complement is each one's in the singular («главы
сельсоветов А и Б»: each is «глава сельсовета»)."""

from __future__ import annotations

import pytest

from extraction import extract

from .post_reading import PUBLISHED


def _posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    people = extract(text, PUBLISHED)["people"]
    return {p["last"]: [(q["title"], q["place"]) for q in p["posts"]] for p in people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На совещании выступили главы Ключевского сельсовета Иван Сорокин и Никольского "
            "сельсовета Пётр Лосев.",
            {
                "Сорокин": [("глава", "Ключевский сельсовет")],
                "Лосев": [("глава", "Никольский сельсовет")],
            },
        ),
        (
            "Отчитались главы Ключевского и Никольского сельсоветов Иван Сорокин и Пётр Лосев.",
            {
                "Сорокин": [("глава", "Ключевский сельсовет")],
                "Лосев": [("глава", "Никольский сельсовет")],
            },
        ),
        (
            "На встрече были главы Заречного и Луговского сельских поселений Анна Климова и "
            "Пётр Лосев.",
            {
                "Климова": [("глава", "Заречное сельское поселение")],
                "Лосев": [("глава", "Луговское сельское поселение")],
            },
        ),
        (
            "Иван Сорокин и Пётр Лосев, главы Ключевского и Никольского сельских поселений, "
            "приняли участие в сходе.",
            {
                "Сорокин": [("глава", "Ключевское сельское поселение")],
                "Лосев": [("глава", "Никольское сельское поселение")],
            },
        ),
    ],
)
def test_each_name_has_its_own_place(
    text: str, expected: dict[str, list[tuple[str, str | None]]]
) -> None:
    assert _posts(text) == expected


def test_each_name_has_its_own_complement() -> None:
    text = (
        "Итоги подвели председатели комитета по бюджету Анна Лосева и комитета по ЖКХ Олег Рябов."
    )
    assert _posts(text) == {
        "Лосева": [("председатель комитета по бюджету", None)],
        "Рябов": [("председатель комитета по ЖКХ", None)],
    }


def test_a_second_name_with_another_post_keeps_its_own() -> None:
    """Near miss: after «и» a post head, not a complement of the first post, opens."""
    text = "Главы сельсоветов Иван Сорокин и Пётр Лосев, а также директор школы Анна Лосева пришли."
    assert _posts(text) == {
        "Сорокин": [("глава сельсовета", None)],
        "Лосев": [("глава сельсовета", None)],
        "Лосева": [("директор школы", None)],
    }


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Председатели постоянных комиссий Иван Сорокин и Пётр Лосев отчитались.",
            "председатель постоянной комиссии",
        ),
        (
            "Иван Сорокин и Пётр Лосев — руководители муниципальных учреждений.",
            "руководитель муниципального учреждения",
        ),
        # near miss: the genitive after the first plural noun stays plural
        (
            "Иван Сорокин и Пётр Лосев — председатели советов ветеранов.",
            "председатель совета ветеранов",
        ),
        ("Депутаты городской думы Иван Сорокин и Пётр Лосев пришли.", "депутат городской думы"),
    ],
)
def test_shared_plural_complement_is_each_ones(text: str, title: str) -> None:
    assert _posts(text) == {"Сорокин": [(title, None)], "Лосев": [(title, None)]}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Жители Кировского, Ленинского и Советского районов пришли на встречу.",
            ["Кировского", "Ленинского", "Советского районов"],
        ),
        (
            "Субботник прошёл на территории Ключевского и Никольского сельсоветов.",
            ["Ключевского", "Никольского сельсоветов"],
        ),
    ],
)
def test_adjectives_of_one_plural_noun_are_places(text: str, places: list[str]) -> None:
    found = [e["text"] for e in extract(text, PUBLISHED)["entities"] if e["type"] == "LOC"]
    assert found == places
    assert not [e for e in extract(text, PUBLISHED)["entities"] if e["type"] == "PER"]


def test_adjectival_surnames_without_a_shared_noun_stay_people() -> None:
    """Near miss: «Ключевский» and «Никольская» named with first names, no place noun after."""
    text = "Выступили Иван Ключевский и Анна Никольская, жители двух сельсоветов."
    people = [e["text"] for e in extract(text, PUBLISHED)["entities"] if e["type"] == "PER"]
    assert people == ["Иван Ключевский", "Анна Никольская"]
