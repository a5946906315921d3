"""Text wrapped at a fixed width or by ``<br>`` inside sentences reads like the same text on
one line; real line ends (blank lines, lists, headings) stay. Sentences written for this
test."""

from __future__ import annotations

import textwrap

import pytest

from extraction import extract
from extraction.line_breaks import unwrap

PASSAGE = (
    "На заседании городской Думы депутаты рассмотрели отчёт о работе администрации. С "
    "докладом выступил заместитель главы администрации по экономике Алексей Гурьянов. "
    "Председатель Думы Ирина Голованова напомнила, что бюджет должен быть принят до конца "
    "месяца. Исполняющим обязанности начальника управления ЖКХ назначен Марат Ахметшин, до "
    "этого он работал заместителем начальника управления. Против отчёта проголосовали "
    "депутаты Сергей Лапин и Нина Короткова."
)


def people(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (p["name"], sorted((q["title"], q["status"]) for q in p["posts"]))
        for p in extract(text, "2024-05-14")["people"]
    ]


@pytest.mark.parametrize("width", [40, 60, 75])
def test_a_wrapped_passage_gives_the_people_and_posts_of_the_plain_one(width: int) -> None:
    wrapped = "\n".join(textwrap.wrap(PASSAGE, width))
    assert "\n" in wrapped
    assert people(wrapped) == people(PASSAGE)


def test_offsets_still_slice_the_wrapped_text() -> None:
    wrapped = "\n".join(textwrap.wrap(PASSAGE, 50))
    facts = extract(wrapped, "2024-05-14")
    for entity in facts["entities"]:
        assert wrapped[entity["start"] : entity["end"]] == entity["text"]
    for person in facts["people"]:
        for post in person["posts"]:
            assert 0 <= post["start"] < post["end"] <= len(wrapped)


def test_unwrap_keeps_the_length_and_only_turns_breaks_into_spaces() -> None:
    wrapped = "\n".join(textwrap.wrap(PASSAGE, 50))
    flat = unwrap(wrapped)
    assert len(flat) == len(wrapped)
    assert "\n" not in flat
    assert [i for i, (a, b) in enumerate(zip(wrapped, flat, strict=True)) if a != b] == [
        i for i, c in enumerate(wrapped) if c == "\n"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Новый глава района\n\nИван Сомов вступил в должность.",  # a heading and a blank line
        "Отсутствовали депутаты:\nСомов И.П.\nКотова А.В.",  # a list after a colon
        "Глава района\nИ.П. Сомов",  # a signature under one short line
        "Решение принято.\nСледующее заседание пройдёт в мае.",  # lines that end sentences
    ],
)
def test_real_line_ends_stay(text: str) -> None:
    assert unwrap(text) == text


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("заместитель главы\nадминистрации", "заместитель главы администрации"),
        ("депутаты Сергей Лапин,\nНина Короткова", "депутаты Сергей Лапин, Нина Короткова"),
        ("встреча с\nЖителями", "встреча с Жителями"),
        ("заместитель главы\r\nадминистрации", "заместитель главы  администрации"),
    ],
)
def test_a_break_inside_a_phrase_becomes_a_space(text: str, flat: str) -> None:
    assert unwrap(text) == flat


def test_a_single_break_between_names_in_a_wrapped_text_joins_them() -> None:
    text = (
        "С докладом выступил заместитель главы\nадминистрации по экономике Алексей\n"
        "Гурьянов, его поддержала председатель\nкомиссии Ирина Голованова."
    )
    assert ("Алексей Гурьянов", [("заместитель главы администрации по экономике", "current")]) in (
        people(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Состав комиссии:\n• Сомов И.П., глава района;\n• Ларина Н.В., заместитель главы;\n"
        "• Грачёв П.П., начальник финансового управления.",
        "Ф.И.О. | Должность\nСомов Иван Петрович | глава района\nГрачёв Пётр Павлович | "
        "начальник финансового управления",
    ],
)
def test_list_and_table_rows_give_each_person_their_post(text: str) -> None:
    found = dict(people(text))
    grachev = next(name for name in found if "Грачёв" in name)
    assert found[grachev] == [("начальник финансового управления", "current")]
    assert len(found) == 2 + ("•" in text)


@pytest.mark.parametrize(
    "text", ["Об этом сказал Президент В.В. Путин.", "Приказ подписал Министр А.Б. Сидоров."]
)
def test_a_capitalised_post_before_initials_is_no_surname(text: str) -> None:
    assert [len(p[0].split()) for p in people(text)] == [3]
