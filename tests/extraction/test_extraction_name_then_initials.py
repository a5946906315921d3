"""A full name followed by the initials and surname of the next person («от имени губернатора
Игоря Руденко А. П. Смирнов вручил») is two people, and the initials stay with the second one.
Near misses: a surname followed by its own initials («Смирнов С. П.», a list of them) is one
person each; a first name and a patronymic before initials are not cut."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from extraction import extract
from extraction.name_then_initials import split_before_initials


def people(text: str) -> list[tuple]:
    return sorted((p["last"], p["first"], p["middle"]) for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "От имени губернатора области Игоря Руденко А. П. Смирнов вручил награды ветеранам.",
            [("Руденко", "Игорь", None), ("Смирнов", "А.", "П.")],
        ),
        (
            "По поручению главы района Сергея Петрова И. Н. Кузнецова открыла собрание.",
            [("Кузнецова", "И.", "Н."), ("Петров", "Сергей", None)],
        ),
    ],
)
def test_two_people(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Доклад сделал Смирнов С. П., затем выступил Петров.",
            [("Петров", None, None), ("Смирнов", "С.", "П.")],
        ),
        (
            "В заседании участвовали Лапин А.А., Сомов И.В., Дронова О.П.",
            [("Дронова", "О.", "П."), ("Лапин", "А.", "А."), ("Сомов", "И.", "В.")],
        ),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


def _cut(text: str, start: int, end: int) -> list[str]:
    doc = spacy.blank("ru")(text)
    return [s.text for s in split_before_initials(doc, Span(doc, start, end, label="PER"))]


def test_span_cut_before_initials() -> None:
    text = "от имени главы Рашида Темиргалиева М. Абазов приветствовал"
    assert _cut(text, 3, 7) == ["Рашида Темиргалиева", "М. Абазов"]


def test_patronymic_before_initials_not_cut() -> None:
    text = "слово Иван Петрович И. Сидоров взял"
    assert _cut(text, 1, 5) == ["Иван Петрович И. Сидоров"]
