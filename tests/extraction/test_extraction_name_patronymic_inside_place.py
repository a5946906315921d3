"""slovnet runs a place in the genitive on into the full name after it («директор Чайковского
лесничества Салават Фатихович Аглямов» as one place): a first name, a patronymic and a surname
closing a place span are a person. Near misses: a place with no name after it stays a place,
and a first name and patronymic without a surname give no person."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return sorted(p["name"] for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За многолетний добросовестный труд директор Кизеловского лесхоза Ринат Фаритович "
            "Галимзянов был отмечен краевой наградой.",
            ["Ринат Фаритович Галимзянов"],
        ),
        (
            "Благодарность получила заведующая Верхнекамской библиотеки Ольга Петровна Лукина.",
            ["Ольга Петровна Лукина"],
        ),
    ],
)
def test_full_name_closing_a_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За добросовестный труд отмечен коллектив Кизеловского лесхоза.", []),
        ("Коллектив Кизеловского лесхоза поздравил Рината Фаритовича с юбилеем.", []),
    ],
)
def test_near_misses(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def _spans(text: str, start: int, end: int) -> list[tuple[str, str]]:
    import spacy
    from spacy.tokens import Span

    from extraction.name_inside_place import name_inside_place

    doc = spacy.blank("ru")(text)
    out = name_inside_place(doc, [Span(doc, start, end, label="LOC")])
    return [(s.text, s.label_) for s in out]


def test_place_span_cut_before_full_name() -> None:
    text = "директор Бирского лесничества Салават Айратович Шарипов отмечен"
    assert _spans(text, 1, 6) == [
        ("Бирского лесничества", "LOC"),
        ("Салават Айратович Шарипов", "PER"),
    ]


def test_place_span_without_surname_kept() -> None:
    text = "жители села Салават Айратович приехали"
    assert _spans(text, 1, 4) == [("села Салават Айратович", "LOC")]
    text = "улица Фрунзе Салават Шарипов"
    assert _spans(text, 0, 4) == [("улица Фрунзе", "LOC"), ("Салават Шарипов", "PER")]
