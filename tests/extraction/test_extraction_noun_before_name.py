"""A capitalised common noun opening a sentence («Якутянку», «Москвичку») before a first name
and a surname is no part of the person's name. Near misses: a name written surname first keeps
its surname; a post head before the name is handled as before."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from extraction import extract
from extraction.noun_before_name import noun_before_name


def people(text: str) -> list[tuple]:
    return sorted((p["last"], p["first"]) for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Якутянку Марию Ефимову наградили медалью «За труд».", [("Ефимова", "Мария")]),
        ("Москвичку Ирину Белову наградили знаком отличия.", [("Белова", "Ирина")]),
    ],
)
def test_noun_is_no_first_name(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сидорову Марию Ивановну наградили медалью.", [("Сидорова", "Мария")]),
        ("Глава района Айдар Хасанов подписал указ.", [("Хасанов", "Айдар")]),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


def test_span_loses_the_noun() -> None:
    doc = spacy.blank("ru")("Якутянку Марию Ефимову наградили")
    assert noun_before_name(Span(doc, 0, 3, label="PER")).text == "Марию Ефимову"
    doc = spacy.blank("ru")("Ворону Анну Петровну наградили")
    assert noun_before_name(Span(doc, 0, 3, label="PER")).text == "Ворону Анну Петровну"
